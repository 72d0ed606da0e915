"""A folder output is whole or not at all, and holds no file of an earlier run (audit B1, B2, C7, B6).

`run --out DIR` and `extract --out DIR/` build the new folder beside DIR and swap it in at the end;
the MARKER lists what a run wrote, so the next run removes or replaces exactly those files and
keeps the user's own. A kill at any moment leaves the old folder or the new one.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mobilization import outputs
from mobilization.mainjob import run_main
from mobilization.outputs import MARKER, atomic_dir, clean_leftovers, own_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def earlier_run(out: Path, files: dict[str, str]) -> dict[str, bytes]:
    """A folder as an earlier run left it (its MARKER lists its files), plus a file of the user's."""
    with atomic_dir(out) as tmp:
        for rel, text in files.items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(text)
    (out / "my-notes.md").write_text("what I think of these charts\n")
    return snapshot(out)


def test_next_run_removes_what_the_earlier_run_wrote_and_only_that(tmp_path):
    out = tmp_path / "results"
    earlier_run(out, {"figures/indicators_absolute.png": "3 places", "tables/rest_x.csv": "old", "tables/a.csv": "1"})
    assert own_files(out) == {"figures/indicators_absolute.png", "tables/rest_x.csv", "tables/a.csv"}
    with atomic_dir(out) as tmp:
        (tmp / "tables").mkdir()
        (tmp / "tables" / "a.csv").write_text("2")
    assert snapshot(out).keys() == {MARKER, "tables/a.csv", "my-notes.md"}  # no stale chart, no stale rest table
    assert (out / "tables" / "a.csv").read_text() == "2"
    assert (out / "my-notes.md").read_text() == "what I think of these charts\n"  # foreign: kept as it was
    assert own_files(out) == {"tables/a.csv"}  # (the user's file is still not the command's)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results"]


def test_an_output_of_an_older_version_without_a_list(tmp_path):
    out = tmp_path / "results"
    (out / "figures").mkdir(parents=True)
    (out / MARKER).write_text("This folder was written by `mobilization extract` or `mobilization run`\n")
    (out / "figures" / "old_chart.png").write_text("stale")
    (out / "part-00003.parquet").write_text("stale")
    (out / "figures" / "notes.txt").write_text("mine")
    with atomic_dir(out) as tmp:
        (tmp / "part-00000.parquet").write_text("new")
    assert snapshot(out).keys() == {MARKER, "part-00000.parquet", "figures/notes.txt"}


def test_a_foreign_file_with_an_output_name_is_kept_beside_it(tmp_path):
    out = tmp_path / "results"
    with atomic_dir(out) as tmp:
        (tmp / "a.csv").write_text("1")
    (out / "b.csv").write_text("mine")
    with atomic_dir(out) as tmp:
        (tmp / "b.csv").write_text("the command's")
    assert (out / "b.csv").read_text() == "the command's" and (out / "b.csv.yours").read_text() == "mine"


def test_a_failure_mid_write_leaves_the_previous_folder_as_it_was(tmp_path):
    out = tmp_path / "results"
    before = earlier_run(out, {"tables/a.csv": "1", "figures/c.png": "x"})
    with pytest.raises(OSError):
        with atomic_dir(out) as tmp:
            (tmp / "tables").mkdir()
            (tmp / "tables" / "a.csv").write_text("2")
            raise OSError(28, "No space left on device")
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results"]


KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from mobilization import mainjob, outputs

    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    where = sys.argv[1]
    if where == "write":  # the third table file: the new folder is half written
        real, calls = mainjob.write_table, []
        def write_table(df, path):
            calls.append(path)
            if len(calls) == 3:
                killed()
            return real(df, path)
        mainjob.write_table = write_table
    else:  # between the two renames of a swap without renameat2: no folder at OUT for a moment
        outputs.folders._exchange = lambda a, b: False
        real_replace = os.replace
        def replace(a, b):
            if Path(b) == Path(sys.argv[2]):  # the new folder about to take the name: the old one is aside
                killed()
            return real_replace(a, b)
        outputs.folders.os.replace = replace
    sys.exit(mainjob.run_main(mainjob.ROOT / "tests" / "corpus", out=Path(sys.argv[2])))
""")


@pytest.mark.parametrize("where", ["write", "swap"])
def test_run_killed_at_any_moment_leaves_old_or_new_and_the_next_run_cleans_up(tmp_path, where, capsys):
    out = tmp_path / "results"
    before = earlier_run(out, {"tables/documents.csv": "the earlier run", "figures/indicators_absolute.png": "old"})
    proc = subprocess.run([sys.executable, "-c", KILLER, where, str(out)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name != "results")
    assert leftovers and all(outputs._LEFTOVER.fullmatch(n) for n in leftovers)
    if where == "write":
        assert snapshot(out) == before  # the old folder, untouched
    else:
        assert not out.exists()  # killed between the renames: the old folder is beside it, whole
        assert clean_leftovers(out) and snapshot(out) == before
    meta = tmp_path / "meta.csv"
    meta.write_text((CORPUS / "documents.csv").read_text(encoding="utf-8") + "rizhao_donor,371100,2020-02-03\n",
                    encoding="utf-8")
    assert run_main(CORPUS, out=out, documents_csv=meta) == 0  # the next run
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meta.csv", "results"]  # leftovers gone
    after = snapshot(out)
    assert "figures/indicators_absolute.png" in after and after["figures/indicators_absolute.png"] != b"old"
    assert after["my-notes.md"] == before["my-notes.md"]
    assert set(after) - {"my-notes.md", MARKER} == own_files(out)
    err = capsys.readouterr().err
    assert "meta.csv: 1 document(s) not among the inputs: rizhao_donor" in err  # audit B6: the typo is named


def test_run_with_every_input_bad_writes_nothing_and_says_so(tmp_path, capsys):
    out = tmp_path / "results"
    before = earlier_run(out, {"tables/documents.csv": "the earlier run"})
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert run_main(bad, out=out) == 2  # nothing done (the documented code), as for extract and documents
    captured = capsys.readouterr()
    assert f"all 2 inputs failed; nothing written ({out} left as it was)" in captured.err
    assert "written:" not in captured.out
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "results"]


def test_run_reads_what_extract_reads(tmp_path):
    """Audit C6: `run` on a folder of .html pages and a Parquet table of documents, as `extract` reads them."""
    import pandas as pd

    src = tmp_path / "pages"
    src.mkdir()
    text = (CORPUS / "jishishan_dues.txt").read_text(encoding="utf-8")
    (src / "jishishan.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    pd.DataFrame({"doc": ["donggang"], "text": [(CORPUS / "donggang_rota.txt").read_text(encoding="utf-8")]}
                 ).to_parquet(src / "more.parquet")
    out = tmp_path / "o"
    assert run_main(src, out=out) in (0, 3)
    docs = pd.read_csv(out / "tables" / "documents.csv", dtype=str)
    assert sorted(docs["doc"]) == ["donggang", "jishishan"]


def test_a_file_output_cleans_what_a_killed_write_left(tmp_path):
    out = tmp_path / "m.csv"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    (tmp_path / f".m.csv.new-{pid}-ab12_x.tmp").write_text("half")  # a killed write's temporary file
    (tmp_path / f".m.csv.new-{os.getpid()}-cd34.tmp").write_text("busy")  # a live one's: left alone
    outputs.write_table(__import__("pandas").DataFrame({"a": [1]}), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".m.csv.new-{os.getpid()}-cd34.tmp", "m.csv"]
