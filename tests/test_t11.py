"""Round t11 (eleventh session): the place tables use the place confidence (docs/rounds/t11.md).

Since round c11 a detected place's confidence word is a filter: at first contact high was right 0.965 of the time,
medium 0.68 and low 1 time in 28. `mobilization run` (and `mainjob.corpus_tables`, `tables.from_analyses`) now sets
aside a detected place below `--min-confidence` (default medium): its report counts as unplaced, the summary names
it, and it adds to no place's facts, indicators, charts or map. A place the user gives always counts. The documents
table carries the word in a column of its own, `place_confidence`. Reports invented for these tests.
"""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pandas as pd
import pytest

from mobilization import mainjob
from mobilization.cli import main
from mobilization.documents import DOCUMENT_COLUMNS

from invented import write_corpus

# One report per confidence word (the words of tests/test_c11.py): a province (low), a prefecture named strongly
# (medium), a county named strongly (high). Each counts Party members sent down, which an indicator counts.
REPORTS = {
    "prov_story": "甘肃省：万名党员干部下沉社区\n来源：甘肃省委组织部\n"
                  "甘肃省委组织部部署全省机关党员下沉社区，甘肃省共有1万名党员参加。\n",
    "pref_story": "陇南市：3000名党员下沉社区\n来源：陇南市委组织部\n"
                  "陇南市委组织部部署全市机关党员下沉社区，陇南市共有3000名党员参加。\n",
    "county_story": "党员干部下沉社区\n近日，宕昌县委组织部组织全县机关党员下沉社区。宕昌县委要求党员亮明身份。"
                    "宕昌县共有300名党员参加。\n",
}
PROVINCE, PREFECTURE, COUNTY = "620000", "621200", "621223"
MOBILIZED = "party_members_mobilized"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("t11") / "corpus", REPORTS)


def _run(corpus: Path, out: Path, *args: str) -> tuple[int, str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["run", str(corpus), "--out", str(out), *args])
    return code, printed.getvalue()


def _valued_places(out: Path) -> dict[str, float]:
    ind = pd.read_csv(out / "tables" / "indicators.csv", dtype={"place_code": str})
    part = ind[(ind["indicator_id"] == MOBILIZED) & ind["value"].notna()]
    return dict(zip(part["place_code"], part["value"]))


@pytest.fixture(scope="module")
def default_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "default"
    code, printed = _run(corpus, out)
    return code, out, printed


def test_a_low_place_is_set_aside_by_default(default_run) -> None:
    code, out, _ = default_run
    assert code == 0
    assert _valued_places(out) == {PREFECTURE: 3000.0, COUNTY: 300.0}  # was: 甘肃省 with 10000 too
    facts = pd.read_csv(out / "tables" / "facts.csv", dtype=str, keep_default_na=False).set_index("doc")
    assert facts.at["prov_story", "place_code"] == ""  # its figures go to no place
    ind = pd.read_csv(out / "tables" / "indicators.csv", dtype=str, keep_default_na=False)
    for column in ("docs", "sources", "candidates"):  # and no place's sources name it
        assert not ind[column].str.contains("prov_story").any()


def test_the_summary_names_the_set_aside_report(default_run) -> None:
    _, _, printed = default_run
    assert "placed: 2 (detected 2)\n" in printed  # was: placed: 3
    assert ("set aside, place read below medium confidence: 1 (prov_story (甘肃省, low); give the place with --documents "
            "to count it)\n") in printed
    assert "unplaced: 0\n" in printed


def test_the_documents_table_has_the_word_in_a_column_of_its_own(default_run) -> None:
    _, out, _ = default_run
    for table in (pd.read_csv(out / "tables" / "documents.csv", dtype=str, keep_default_na=False),
                  pd.read_parquet(out / "tables" / "documents.parquet")):
        assert list(table.columns) == DOCUMENT_COLUMNS
        assert DOCUMENT_COLUMNS.index("place_confidence") == DOCUMENT_COLUMNS.index("place_evidence") + 1
        rows = table.set_index("doc")
        assert rows["place_confidence"].to_dict() == {"prov_story": "low", "pref_story": "medium",
                                                      "county_story": "high"}
        # the documents table keeps what was read, the word still in the evidence too
        assert rows.at["prov_story", "place_code"] == PROVINCE
        assert "; confidence low; " in rows.at["prov_story", "place_evidence"]


def test_min_confidence_low_uses_every_detected_place(corpus, tmp_path) -> None:
    code, printed = _run(corpus, tmp_path / "low", "--min-confidence", "low")
    assert code == 0
    assert _valued_places(tmp_path / "low") == {PROVINCE: 10000.0, PREFECTURE: 3000.0, COUNTY: 300.0}
    assert "placed: 3 (detected 3)\n" in printed and "set aside" not in printed


def test_min_confidence_high_keeps_only_high_places(corpus) -> None:
    t, errors = mainjob.corpus_tables(corpus, min_confidence="high")
    assert not errors
    valued = t.indicators[(t.indicators["indicator_id"] == MOBILIZED) & t.indicators["value"].notna()]
    assert set(valued["place_code"]) == {COUNTY}
    assert set(t.indicators["place_code"]) == {COUNTY}  # the set-aside places are no rows at all
    assert t.set_aside == ["pref_story", "prov_story"]
    assert t.places_used.set_index("doc").at["pref_story", "place_code"] == ""
    assert t.documents.set_index("doc").at["pref_story", "place_code"] == PREFECTURE  # still what was read


def test_user_places_always_count(corpus, tmp_path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(f"doc,place_code\nprov_story,{PROVINCE}\n", encoding="utf-8")  # the user vouches for the province
    out = tmp_path / "user"
    code, printed = _run(corpus, out, "--documents", str(mine), "--min-confidence", "high")
    assert code == 0
    assert _valued_places(out) == {PROVINCE: 10000.0, COUNTY: 300.0}
    placed = next(line for line in printed.splitlines() if line.startswith("placed: "))
    assert placed in ("placed: 2 (user 1, detected 1)", "placed: 2 (detected 1, user 1)")  # the county and the user's
    assert ("set aside, place read below high confidence: 1 (pref_story (陇南市, medium); give the place with "
            "--documents to count it)\n") in printed
    documents = pd.read_csv(out / "tables" / "documents.csv", dtype=str, keep_default_na=False).set_index("doc")
    assert (documents.at["prov_story", "place_source"], documents.at["prov_story", "place_confidence"]) == ("user", "")


def test_every_place_set_aside_says_why_no_indicator(corpus, tmp_path) -> None:
    only = tmp_path / "only"
    only.mkdir()
    (only / "prov_story.txt").write_text(REPORTS["prov_story"], encoding="utf-8")
    code, printed = _run(only, tmp_path / "out")
    assert code == mainjob.EXIT_NO_INDICATORS
    assert "why: every place was read from the text below medium confidence and set aside" in printed


def test_a_bad_word_is_refused(corpus, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["run", str(corpus), "--out", str(tmp_path / "x"), "--min-confidence", "certain"])
    assert "invalid choice" in capsys.readouterr().err
    with pytest.raises(TypeError):  # a UsageError, also a TypeError
        mainjob.corpus_tables(corpus, min_confidence="certain")
    assert not (tmp_path / "x").exists()
