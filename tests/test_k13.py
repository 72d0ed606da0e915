"""Round k13 (thirteenth session): the leftovers of the last review.

1. A documents table given back whose row, marked `detected`, was left as written while the text is now read
   otherwise (another version of the software, or the file changed): the row is read again, and a line names it
   (before: the old reading was taken as the user's place or date).
2. Inputs that are not plain files, for every command: a symbolic link to a folder, a link loop, a FIFO, a file of odd
   bytes: one line naming the file, an exit code other than 0, nothing half written; a FIFO given as `--meta` or
   `--documents` no longer hangs; a link to a folder inside a corpus folder is followed (each real folder once).

Reports invented for these tests (`invented.GIVEN_BACK_REPORTS`).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mobilization.cli import main

from invented import GIVEN_BACK_REPORTS, as_read, corpus, write_corpus  # noqa: F401 (fixtures)

# the province's story told of another province: what a changed reading of henan_story gives
RETOLD = GIVEN_BACK_REPORTS["gansu_story"].replace("2020-02-11", "2020-02-10")


def _copy(corpus: Path, folder: Path, **texts: str) -> Path:
    """The corpus copied to `folder`, some of its texts replaced (doc=text)."""
    reports = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    return write_corpus(folder, {**reports, **texts})


def _documents(corpus: Path, table: pd.DataFrame, folder: Path, capsys) -> tuple[pd.DataFrame, str]:
    given = folder / "given_back.csv"
    table.to_csv(given, index=False)
    out = folder / "again.csv"
    assert main(["documents", str(corpus), "--out", str(out), "--meta", str(given)]) == 0
    return pd.read_csv(out, dtype=str, keep_default_na=False).set_index("doc"), capsys.readouterr().err


# ------------------------------------------------------------------------ 1. a reading changed since the table

def test_a_row_left_as_written_is_read_again_when_the_text_reads_otherwise(corpus, as_read, tmp_path, capsys):
    changed = _copy(corpus, tmp_path / "corpus", henan_story=RETOLD)
    again, err = _documents(changed, as_read, tmp_path, capsys)
    # was: 410000 河南省, source user (the old reading taken as the researcher's), counted whatever its word
    assert again.loc["henan_story", ["place_code", "place_source", "place_confidence"]].tolist() == [
        "620000", "detected", "low"]
    assert ("given_back.csv: 3 places marked detected: 2 as read stay read, with their confidence word; 1 read "
            "otherwise now than when the table was written, read again: henan_story (410000 河南省 → 620000 甘肃省); "
            "to keep what the table says, write user in its place_source") in err
    assert "changed is yours" not in err


def test_a_date_left_as_written_is_read_again_too(corpus, as_read, tmp_path, capsys):
    redated = GIVEN_BACK_REPORTS["county_story"].replace("2020-02-12", "2020-02-14")
    again, err = _documents(_copy(corpus, tmp_path / "corpus", county_story=redated), as_read, tmp_path, capsys)
    assert again.loc["county_story", ["date", "date_source"]].tolist() == ["2020-02-14", "detected"]  # was: user
    assert ("3 dates marked detected: 2 as read stay read; 1 read otherwise now than when the table was written, "
            "read again: county_story (2020-02-12 → 2020-02-14); to keep what the table says, write user in its "
            "date_source") in err


def test_a_row_the_researcher_changed_stays_theirs_when_the_text_reads_otherwise(corpus, as_read, tmp_path, capsys):
    table = as_read.copy()
    row = table["doc"] == "henan_story"
    table.loc[row, ["place_code", "place_name"]] = ["411000", "许昌市"]  # corrected, name and all, mark left
    again, err = _documents(_copy(corpus, tmp_path / "corpus", henan_story=RETOLD), table, tmp_path, capsys)
    assert again.loc["henan_story", ["place_code", "place_source"]].tolist() == ["411000", "user"]
    assert "1 place changed is yours: henan_story" in err and "read again" not in err


def test_a_row_that_cannot_be_told_stays_the_users_as_before(corpus, as_read, tmp_path, capsys):
    table = as_read.drop(columns=["place_evidence", "date_evidence"])  # a table cut down by hand: no evidence
    again, _ = _documents(_copy(corpus, tmp_path / "corpus", henan_story=RETOLD), table, tmp_path, capsys)
    assert again.loc["henan_story", ["place_code", "place_source"]].tolist() == ["410000", "user"]


# ------------------------------------------------------------------------ 2. inputs that are not plain files

@pytest.fixture
def odd_inputs(tmp_path) -> Path:
    """A folder of odd inputs beside a folder of one good report: a link to that folder, a link loop, a FIFO, a file
    of random-looking bytes (no NUL), a broken link."""
    good = write_corpus(tmp_path / "real", {"county_story": GIVEN_BACK_REPORTS["county_story"]})
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "linkdir").symlink_to(good)
    (odd / "loop.txt").symlink_to(odd / "loop.txt")
    os.mkfifo(odd / "fifo.txt")
    (odd / "odd.txt").write_bytes(bytes((i * 97 + 13) % 255 + 1 for i in range(3000)))
    (odd / "gone.txt").symlink_to("nowhere.txt")
    return odd


@pytest.mark.parametrize("name, says", [
    ("loop.txt", "loop.txt: cannot read: Too many levels of symbolic links"),
    ("fifo.txt", "fifo.txt: not a regular file (a FIFO (named pipe))"),
    ("odd.txt", "odd.txt: not UTF-8"),
    ("gone.txt", "gone.txt: no such file (a broken symbolic link to nowhere.txt)"),  # was: "no such file"
    ("linkdir", "linkdir: is a folder, not a file")])
def test_convert_names_what_an_input_is(odd_inputs, name, says, capsys):
    assert main(["convert", str(odd_inputs / name)]) == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize("command", ["extract", "documents"])
@pytest.mark.parametrize("name, says", [
    ("loop.txt", "loop.txt: cannot be read (Too many levels of symbolic links)"),
    ("fifo.txt", "fifo.txt: not a regular file (a FIFO (named pipe))"),
    ("odd.txt", "odd.txt: not UTF-8"),
    ("gone.txt", "gone.txt: no such file (a broken symbolic link)")])
def test_extract_and_documents_name_what_an_input_is_and_write_nothing(odd_inputs, command, name, says, capsys):
    out = odd_inputs.parent / "out.csv"
    assert main([command, str(odd_inputs / name), "--out", str(out)]) == 2
    assert says in capsys.readouterr().err
    assert not out.exists() and sorted(p.name for p in odd_inputs.parent.iterdir()) == ["odd", "real"]


@pytest.mark.parametrize("name, says", [
    ("loop.txt", "loop.txt: not a folder: cannot be read (Too many levels of symbolic links)"),
    ("fifo.txt", "fifo.txt: not a folder: not a regular file (a FIFO (named pipe))"),  # was: "not a folder" alone
    ("odd.txt", "odd.txt: not a folder (a file)"),
    ("gone.txt", "gone.txt: not a folder: no such file (a broken symbolic link)")])
def test_run_names_what_a_corpus_that_is_no_folder_is(odd_inputs, name, says, capsys):
    out = odd_inputs.parent / "results"
    assert main(["run", str(odd_inputs / name), "--out", str(out)]) == 2
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_a_link_to_a_folder_inside_a_corpus_is_followed_once(odd_inputs, capsys):
    (odd_inputs / "linkdir" / "again").symlink_to(odd_inputs)  # a loop through the folders: entered once
    out = odd_inputs.parent / "m.csv"
    assert main(["extract", str(odd_inputs), "--out", str(out)]) == 1  # the odd files fail, one line each
    err = capsys.readouterr().err
    assert set(pd.read_csv(out)["doc"]) == {"county_story"}  # was: not read ("no documents": the link not followed)
    assert "loop.txt: cannot be read" in err and "fifo.txt: not a regular file" in err and "odd.txt: not UTF-8" in err


@pytest.mark.parametrize("command", ["documents", "run"])
@pytest.mark.parametrize("name, says", [
    ("fifo.txt", "fifo.txt: not a regular file (a FIFO (named pipe))"),  # was: the command waited for ever
    ("linkdir", "linkdir: is a folder, not a file"),  # was: "cannot read as a table ([Errno 21] Is a directory…)"
    ("loop.txt", "loop.txt: cannot read: Too many levels of symbolic links"),
    ("odd.txt", "odd.txt: not UTF-8")])
def test_a_metadata_file_that_is_not_a_file_is_named_and_nothing_is_written(odd_inputs, command, name, says):
    out = odd_inputs.parent / ("again.csv" if command == "documents" else "results")
    meta = "--meta" if command == "documents" else "--documents"
    code = ("import sys; from mobilization.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, command, str(odd_inputs.parent / "real"), "--out", str(out),
                           meta, str(odd_inputs / name)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not out.exists()


# ------------------------------------------------------------------------ 3. test time: start-ups and maps, unchanged

def test_the_tagger_copies_the_tags_it_would_read_from_the_dictionary():
    import jieba.posseg

    from mobilization.segment import domain_terms, jieba_tokenizer, pos_tokenizer

    ours = pos_tokenizer()
    ours.makesure_userdict_loaded()
    read = jieba.posseg.POSTokenizer(jieba_tokenizer()).word_tag_tab  # what __init__ reads from the file
    assert ours.tokenizer is jieba_tokenizer() and ours.word_tag_tab is not jieba.posseg.dt.word_tag_tab
    terms = {term for term, _, _ in domain_terms()}  # (their tags are the domain dictionary's, merged over)
    assert {w: t for w, t in ours.word_tag_tab.items() if w not in terms} == {
        w: t for w, t in read.items() if w not in terms}


def test_a_map_keeps_its_view_and_its_shapes(monkeypatch):
    """The map's patches are added without computing data limits (add_artist): every unit is still drawn, in the
    same order, and the view is the one the map sets."""
    import matplotlib.pyplot as plt

    from mobilization.charts import maps

    ind = pd.DataFrame(dict(indicator_id=["party_dues"], place_code=["621223"], place_name=["宕昌县"],
                            value=[500000.0], per_10k=[17.1], bound=["exact"], sources=["d@1:5"],
                            label_zh=["党费"], label_en=["Party dues"], unit=["yuan"]))
    fig = maps.prefecture_map(ind, "party_dues")
    ax = fig.axes[0]
    patches = [a for a in ax.get_children() if type(a).__name__ == "PathPatch"]
    assert len(patches) >= len(maps.boundaries())  # every unit (some have several polygons)
    assert ax.get_xlim() == (73.0, 136.0) and ax.get_ylim() == (17.0, 54.0)
    plt.close(fig)
