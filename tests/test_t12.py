"""Round t12 (twelfth session): the leftovers of the last review of the tables and the command line.

1. A documents table written by `mobilization documents` and given back (`--documents`, `--meta`) keeps what was
   read: a row marked `detected` whose place is still the text's stays detected, with its confidence word (a low
   one is still set aside); a place changed in it is the user's, and one line says which.
2. The place filter's words and cleaned columns are read in one place (`place_filter`), by the summary and the charts.

Reports invented for these tests: a province's story (low), a county's (high) and a prefecture's (medium), each dated.
"""
from __future__ import annotations

import contextlib
import io

import pandas as pd
import pytest

from mobilization.cli import main

from invented import GIVEN_BACK_REPORTS, as_read, benchmark_script, corpus, write_corpus  # noqa: F401 (fixtures)

REPORTS = GIVEN_BACK_REPORTS


def _given_back(as_read: pd.DataFrame, folder, **changes: str):
    """The table with the place code of some rows changed (doc=code), written to `folder`/given_back.csv."""
    table = as_read.copy()
    for doc, code in changes.items():
        table.loc[table["doc"] == doc, "place_code"] = code
    path = folder / "given_back.csv"
    table.to_csv(path, index=False)
    return path


def test_a_documents_table_given_back_keeps_what_was_read(corpus, as_read, tmp_path, capsys) -> None:
    path = _given_back(as_read, tmp_path, gansu_story="621223")  # the researcher fixes one row: 宕昌县
    out = tmp_path / "again.csv"
    assert main(["documents", str(corpus), "--out", str(out), "--meta", str(path)]) == 0
    again = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("doc")
    # was: every row "user", its word emptied, the low Henan place promoted to the user's
    assert again.loc["henan_story", ["place_code", "place_source", "place_confidence"]].tolist() == [
        "410000", "detected", "low"]
    assert again.loc["county_story", ["place_source", "place_confidence", "date_source"]].tolist() == [
        "detected", "high", "detected"]
    assert again.loc["gansu_story", ["place_code", "place_source", "place_confidence"]].tolist() == [
        "621223", "user", ""]
    assert again.loc["henan_story", "place_evidence"] == as_read.set_index("doc").loc["henan_story", "place_evidence"]
    assert ("given_back.csv: 3 places marked detected: 2 as read stay read, with their confidence word; "
            "1 place changed is yours: gansu_story; 3 dates marked detected: 3 as read stay read") in capsys.readouterr().err


def test_run_with_the_table_given_back_still_sets_aside_the_low_place(corpus, as_read, tmp_path) -> None:
    path = _given_back(as_read, tmp_path, gansu_story="621223")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["run", str(corpus), "--out", str(tmp_path / "run"), "--documents", str(path)])
    assert code == 0
    lines = printed.getvalue().splitlines()
    placed = next(line for line in lines if line.startswith("placed: "))
    assert placed.startswith("placed: 2 (") and "user 1" in placed and "detected 1" in placed  # was: "placed: 3 (user 3)"
    assert any(line.startswith("set aside, place read below medium confidence: 1 (henan_story (河南省, low)")
               for line in lines)


def test_a_place_read_is_made_the_users_by_saying_so(corpus, as_read, tmp_path) -> None:
    table = as_read.copy()
    table.loc[table["doc"] == "henan_story", "place_source"] = "user"  # checked: the province's story it is
    path = tmp_path / "checked.csv"
    table.to_csv(path, index=False)
    out = tmp_path / "again.csv"
    assert main(["documents", str(corpus), "--out", str(out), "--meta", str(path)]) == 0
    again = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("doc")
    assert again.loc["henan_story", ["place_code", "place_source"]].tolist() == ["410000", "user"]
    assert again.loc["gansu_story", "place_source"] == "detected"


def test_a_place_name_edited_beside_its_code_is_named(corpus, as_read, tmp_path, capsys) -> None:
    table = as_read.copy()
    table.loc[table["doc"] == "gansu_story", "place_name"] = "宕昌县"  # edited the name, not the code
    path = tmp_path / "renamed.csv"
    table.to_csv(path, index=False)
    assert main(["documents", str(corpus), "--out", str(tmp_path / "again.csv"), "--meta", str(path)]) == 0
    err = capsys.readouterr().err
    assert ("renamed.csv: place_name is not read, and names another place than place_code in 1 row kept as read: "
            "gansu_story (宕昌县 ≠ 620000 甘肃省)") in err  # was: not a word, the edit lost
    assert "place_name is not read" not in _given_back_err(corpus, as_read, tmp_path, capsys)  # a code changed: no word


def _given_back_err(corpus, as_read, tmp_path, capsys) -> str:
    """What `documents --meta` says of the table with one code changed (its name left as it was)."""
    path = _given_back(as_read, tmp_path, gansu_story="621223")
    assert main(["documents", str(corpus), "--out", str(tmp_path / "again2.csv"), "--meta", str(path)]) == 0
    return capsys.readouterr().err


# ---------------------------------------------------------------------------- 2. the filter read in one place

def _docs(**columns) -> pd.DataFrame:
    """A documents table by hand: a province's report read low, a county's the user gave, one with no place."""
    base = dict(doc=["henan_story", "county_story", "nowhere_story"], place_code=["410000", "621223", ""],
                place_name=["河南省", "宕昌县", ""], place_level=["province", "county", ""],
                date=["2020-02-10", "2020-02-12", None], date_precision=["day", "day", ""],
                population_2020=pd.array([99365519, 291940, None], dtype="Int64"))
    base.update(columns)
    return pd.DataFrame({k: v for k, v in base.items() if v is not None})


def test_a_source_mark_the_table_never_writes_is_refused(corpus, as_read, tmp_path, capsys) -> None:
    table = as_read.copy()
    table.loc[table["doc"] == "henan_story", "place_source"] = "detcted"  # a typo would decide whose place it is
    path = tmp_path / "given_back.csv"
    table.to_csv(path, index=False)
    out = tmp_path / "again.csv"
    # was: read as the user's place (anything but `detected` was), the low Henan place counted
    assert main(["documents", str(corpus), "--out", str(out), "--meta", str(path)]) == 2
    assert "place_source 'detcted' is none of user, detected, none" in capsys.readouterr().err
    assert not out.exists()


def test_the_summary_reads_the_words_once(monkeypatch) -> None:
    from mobilization import place_filter, run_summary

    calls = []
    words = place_filter.confidence_words
    monkeypatch.setattr(place_filter, "confidence_words", lambda df: calls.append(1) or words(df))
    docs = _docs(place_source=["detected", "user", "none"], place_confidence=["low", "", ""])
    ind = pd.DataFrame(dict(place_code=["621223"], value=[5.0]))
    lines = run_summary.summary_lines(docs, pd.DataFrame(columns=["cluster", "doc"]), ind, 3, 0,
                                      facts=pd.DataFrame(dict(doc=["a"], place_code=["621223"])), with_values=0)
    assert lines[1] == "placed: 1 (user 1)" and lines[-1].startswith("why: ")
    assert len(calls) == 1  # was 3: the placed count, the set-aside line (twice) and the why line each read them
    calls.clear()
    assert any("henan_story (河南省, low)" in w for w in run_summary.coverage_warnings(docs))
    assert len(calls) == 1  # was 3


def test_a_table_from_before_the_word_column_is_captioned_with_its_word() -> None:
    """A documents table written before round t11 has the word only in its evidence: the filter reads it there, and
    now the captions and the timeline too."""
    from mobilization import charts, place_filter

    docs = _docs(place_source=["detected", "user", "none"],
                 place_evidence=["0:3 河南省; confidence low; 3 mentions (title+source+body)", "", ""])
    view = place_filter.places_used(docs)
    assert place_filter.set_aside(docs) == ["henan_story"]
    assert charts.set_aside_rows(view) == [("henan_story", "河南省", "low")]  # was: the word empty
    assert "henan_story (河南省, low)" in charts.set_aside_note(view)
    fig = charts.timeline_chart(view)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    import matplotlib.pyplot as plt

    plt.close(fig)
    assert "河南省 (set aside: low) · henan_story" in labels  # was: "河南省 (set aside) · henan_story"


def test_a_table_by_hand_with_a_word_and_no_source_is_filtered_as_it_is_captioned() -> None:
    from mobilization import charts, place_filter

    docs = _docs(place_confidence=["low", "", ""])  # no place_source: only a detected place has a word
    assert place_filter.set_aside(docs) == ["henan_story"]  # was: kept, while the captions read its word
    assert charts.set_aside_rows(place_filter.places_used(docs)) == [("henan_story", "河南省", "low")]


def test_a_table_by_hand_with_neither_source_nor_word_still_works() -> None:
    import matplotlib.pyplot as plt

    from mobilization import charts, place_filter, run_summary

    docs = _docs()
    assert place_filter.set_aside(docs) == [] and place_filter.places_used(docs) is docs
    assert charts.set_aside_rows(place_filter.places_used(docs)) == [] and charts.set_aside_note(docs) == ""
    ind = pd.DataFrame(dict(place_code=["410000", "621223"], value=[5.0, 3.0]))
    lines = run_summary.summary_lines(docs.assign(place_source="user"), pd.DataFrame(columns=["cluster", "doc"]),
                                      ind, 3, 0)
    assert lines[1] == "placed: 2 (user 2)" and lines[2] == "dated: 2 (day 2)"
    assert run_summary.coverage_warnings(docs)[0].endswith("documents have no place and are in no indicator: "
                                                           "nowhere_story")
    fig = charts.timeline_chart(docs)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert sorted(labels) == ["宕昌县 · county_story", "河南省 · henan_story"]


# ---------------------------------------------------------------------------- 3. the word's signals only on decide's path

def _tool():
    return benchmark_script("heldout/place_confidence.py")


def test_decide_computes_only_what_the_word_reads() -> None:
    from dataclasses import fields

    from mobilization.places.confidence import Signals, signals_of

    # was: 13 fields, eight of them (above, below, others, outlet …) for the benchmark only, computed on every pick
    # round r38: the word reads the weight of other provinces too (`elsewhere`)
    assert [f.name for f in fields(Signals)] == ["support", "rival", "zones", "mentions", "level", "elsewhere"]
    assert signals_of("621223", 9.0, 1.0, {"title"}, 3).level == "county"


def test_the_benchmark_derives_its_signals_and_reads_the_librarys_word(tmp_path, monkeypatch) -> None:
    import importlib
    from types import SimpleNamespace

    decide = importlib.import_module("mobilization.places.decide")  # (the module: `places.decide` is its function)
    tool = _tool()
    # the library's word, not a regex over the evidence (was: confidence_word(evidence, got))
    assert tool.confidence_word(SimpleNamespace(place_confidence="high", place_evidence="0:2 宕昌; 3 mentions"), "1") == "high"
    folder = tmp_path / "X"
    write_corpus(folder / "texts", {"001": REPORTS["county_story"], "002": REPORTS["henan_story"]})
    (folder / "gold_places.csv").write_text("doc,place_code\n001,621223\n002,410000\n", encoding="utf-8")
    monkeypatch.setattr(decide, "place_confidence", decide.place_confidence)  # (restored after the test)
    rows = {r["doc"]: r for r in tool.reports([folder], signals=True)}
    assert (rows["001"]["word"], rows["001"]["level"], rows["001"]["strength"]) == ("high", "county", "strong")
    assert rows["001"]["acts"] is True and rows["001"]["above"] == 0.0 and rows["002"]["word"] == "low"
    assert {"heaviest", "above", "below", "others", "sent", "short", "outlet", "counts_word"} <= set(rows["001"])


# ---------------------------------------------------------------------------- 4. one account of the metadata file

ENCODINGS = ("UTF-8 with or without BOM", "GB18030/GBK", "Big5", "UTF-16 with BOM", "Parquet")


def _section(path: str, start: str, end: str) -> str:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / path).read_text(encoding="utf-8")
    return " ".join(text[text.index(start):text.index(end, text.index(start))].split())


@pytest.mark.parametrize("where", [("README.md", "### Place and date of every report", "### Your corpus"),
                                   ("docs/places.md", "## Your own metadata wins", "The same file given"),
                                   ("docs/cli.md", "## Your metadata", "**The documents table given back.**")])
def test_the_readme_and_the_docs_name_the_encodings_the_help_names(where) -> None:
    from mobilization.cli import META_HELP

    text = _section(*where)
    for encoding in ENCODINGS:
        assert encoding in META_HELP
        assert encoding in text, f"{where[0]} does not name {encoding}"  # was: README "a CSV, UTF-8 or GBK"


@pytest.mark.parametrize("command", ["extract", "documents", "run"])
def test_every_help_names_the_same_file(command, capsys, monkeypatch) -> None:
    from mobilization.cli import META_HELP

    monkeypatch.setenv("COLUMNS", "2000")  # (no line break inside a word such as UTF-8)
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert " ".join(META_HELP.split()) in " ".join(capsys.readouterr().out.split())


def test_every_chart_of_the_notebooks_is_drawn_from_the_places_used() -> None:
    """A chart or map drawn from `t.documents` (the table as read) shows a set-aside place as if it were used; the
    notebooks draw every one from `t.places_used` (notebook 03 drew four from `t.documents`)."""
    import json
    import re
    from pathlib import Path

    calls = []
    for notebook in sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"]) if cell["cell_type"] == "code" else ""
            calls += [(notebook.name, call) for call in re.findall(r"(?:charts\.\w+|tables\.place_list)\([^\n]*", source)
                      if "use_cjk_font" not in call and "rest_table" not in call]
    assert len(calls) >= 8
    assert [c for c in calls if "t.documents" in c[1]] == []  # was: notebook 03's timeline, panels and composition


# ---------------------------------------------------------------------------- 5. docs/repair.md is reference only

def test_docs_repair_has_no_round_sections_and_its_rounds_are_indexed() -> None:
    import re
    from pathlib import Path

    docs = Path(__file__).resolve().parents[1] / "docs"
    headings = [l for l in (docs / "repair.md").read_text(encoding="utf-8").splitlines() if l.startswith("#")]
    dated = [h for h in headings if re.search(r"round|session|issue \d|held-out", h, re.I)]
    assert dated == []  # was: Held-out pages, Body detection round, closing lines, Round 29
    index = (docs / "rounds" / "README.md").read_text(encoding="utf-8")
    for name in ("repair-held-out-pages", "body-detection-round", "body-closing-lines", "repair-speed-history"):
        assert (docs / "rounds" / f"{name}.md").exists() and f"[{name}]({name}.md)" in index
