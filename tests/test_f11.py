"""Round f11 (eleventh session): a confidence for figures a researcher can filter on (docs/rounds/f11.md).

Each row of the mention table carries `confidence` (high | medium | low): how far to trust its counted noun and
category, by where the noun was found and what decided the category (data/figure_confidence.csv). Sentences
invented for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mobilization.corpus import Document
from mobilization.pipeline import MENTION_COLUMNS, analyse, mention_rows


def _words(text: str) -> dict[str, str]:
    """surface → confidence of the body figures of an invented report."""
    rows = mention_rows(analyse(Document("x", "x.txt", "", "utf-8", text)))
    return {r["surface"]: r["confidence"] for r in rows}


def test_the_mention_table_has_confidence_after_damaged() -> None:
    assert MENTION_COLUMNS[MENTION_COLUMNS.index("damaged") + 1] == "confidence"


def test_a_sum_of_money_is_high() -> None:
    # a sum was right 0.97 of the time on the opened corpora, whatever named it
    assert _words("全镇党员自愿捐款8万元，用于购买防疫物资。")["捐款8万元"] == "high"


def test_a_noun_named_before_the_number_that_gives_the_category_is_high() -> None:
    assert _words("该区调运抽水泵45台支援灾区。")["抽水泵45台"] == "high"


def test_a_count_of_places_after_the_number_is_medium() -> None:
    # a noun after the number (0.85): often a place that describes, not a tally (全区12个村); since round f12 a count
    # of places or people whose noun alone gave the category (个 says nothing) was low (0.665; tests/test_f12.py); since
    # round f13 places (people's categories counted in places) are a row of their own, and that cell is 0.70: medium
    assert _words("全区12个村的党员都行动起来。")["12个村"] == "medium"


def test_a_count_with_no_noun_and_no_category_is_low() -> None:
    # nothing names what is counted and nothing gives a category (other): never right on the opened corpora
    rows = mention_rows(analyse(Document("x", "x.txt", "", "utf-8", "现场达成就业意向的有116个。")))
    low = [r for r in rows if not r["entity"] and r["category"] == "other"]
    assert low and all(r["confidence"] == "low" for r in low)


def test_the_table_is_data_a_researcher_may_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mobilization.quantities import confidence

    (tmp_path / "figure_confidence.csv").write_text(
        "counts,money,agree\nthings,low,low\n", encoding="utf-8")  # (round f12: keyed by what is counted)
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    confidence.table.cache_clear()
    try:
        assert _words("该区调运抽水泵45台支援灾区。")["抽水泵45台"] == "low"
    finally:
        monkeypatch.delenv("MOBILIZATION_DATA")
        confidence.table.cache_clear()


def test_every_cell_of_the_shipped_table_is_a_word() -> None:
    from mobilization.lexicon import read_rows

    rows = read_rows("figure_confidence.csv")
    # (round f12: what is counted, not where; round f13: people counted as persons, places)
    assert {r["counts"] for r in rows} == {"people", "places", "things", "other"}
    assert {v for r in rows for k, v in r.items() if k != "counts"} <= {"high", "medium", "low"}
