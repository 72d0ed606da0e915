"""Round 23 (corpus AK opened, with every earlier place corpus): invented reports, each failing on the code before.

A short form that is also an ordinary word (大厂 "a big factory") names its county when it heads the page, is named
again below and the text speaks at the county's level (我县, 全县): round 22's rule wanted the full name, a parent in
the sentence or an organ after it, and a county's own outlet seldom writes any of them.
"""
from __future__ import annotations

from invented import code_and_name


def test_an_ordinary_word_short_form_in_the_headline_and_the_body_of_a_page_that_says_our_county() -> None:
    text = ("【我是大厂正能量】我县开展无偿献血活动 情暖大厂\n"
            "(本网讯)连日来，我县在全县范围内开展无偿献血活动，党员干部踊跃参与，传递大厂正能量。"
            "县文化广场上，消防员们早早来到这里献血。\n")
    assert code_and_name(text) == ("131028", "大厂回族自治县")


def test_an_ordinary_word_in_the_headline_without_the_text_speaking_as_a_county_stays_a_word() -> None:
    # 大厂 "a big factory" in the headline and the body of a firm's story: no 我县, no place
    text = ("大厂担当：职工踊跃献血\n"
            "连日来，这家大厂的职工踊跃参与无偿献血活动，传递大厂正能量。\n")
    assert code_and_name(text) == ("", "")
