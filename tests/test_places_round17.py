"""Round 17 of the place detector (Z1 opened; all opened corpora pooled): each rule on a small invented report."""
from __future__ import annotations

import pytest

from mobilization.places import detect_place
from mobilization.places import townships as townships_module
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str) -> tuple[str, str]:
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    guess = detect_place(rep, simplified)
    return guess.code, guess.name


# a township glued to its county, under a name the township list holds only for a county far away (隆子县's 玉麦乡)
GLUED = ("党员帮牧民转场\n"
         "连日来，阿克陶玉麦乡组织党员挨家挨户走访，帮助牧民赶着畜群转到冬季草场。\n"
         "玉麦乡某某村的牧民说，党员就是我们的亲人。玉麦乡的转场工作已经完成。\n")


def test_a_township_right_after_a_county_is_that_countys() -> None:
    assert place(GLUED) == ("653022", "阿克陶县")


def test_without_the_address_rule_the_list_sends_the_township_away(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(townships_module, "_after_their_county", lambda townships, resolved: townships)
    assert place(GLUED)[0] != "653022"
