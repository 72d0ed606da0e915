"""Repair pass 3b: known substitutions of re-spun web copy (data/repair_substitutions.csv)."""
from __future__ import annotations

import pytest

from mobilization import pipeline
from mobilization.corpus import Document
from mobilization.lexicon import read_rows
from mobilization.repair import repair, SPUN


def test_a_spun_word_is_written_back_and_points_at_the_original():
    original = "全市共转移群众1200东谈主,其中老人300东说念主。"
    r = repair(original)
    assert r.text == "全市共转移群众1200人,其中老人300人。"
    assert [e.kind for e in r.edits] == [SPUN, SPUN]
    i = r.text.index("1200")
    start, end = r.original_span(i, i + 5)
    assert original[start:end] == "1200东谈主"


def test_a_spun_word_in_a_page_with_markup_and_residue():
    original = "<p>安置區(qū)共1500東談主</p>"
    r = repair(original)
    assert "1500人" in r.text
    i = r.text.index("1500")
    assert r.original[slice(*r.original_span(i, i + 5))] == "1500東談主"


def test_text_without_spun_strings_is_left_alone():
    text = "东方人谈主要问题,说念书。"
    assert repair(text).text == text and repair(text).edits == ()


def test_every_row_is_no_word_and_documented():
    rows = read_rows("repair_substitutions.csv")
    assert rows and all(r["spun"] and r["word"] and r["note"] for r in rows)
    assert all(r["word"] not in r["spun"] for r in rows)  # the substitute is not the word plus something


def test_a_count_of_spun_people_is_read_with_its_original_surface():
    text = "暴雨期间,全县转移安置群众52483东谈主。"
    rows = pipeline.mention_rows(pipeline.analyse(Document("x", "x.txt", "", "utf-8", text)))
    assert [(r["surface"], r["value"], r["unit"]) for r in rows] == [("群众52483东谈主", 52483.0, "人")]
