"""Round 29 (eighth session): the page's first line is not always a headline. A heading the page marks as one
(■ before a short run of Han characters) is the story's headline however short it is; a byline after the same mark
is not. An excerpt that opens with its lead keeps that lead's weight: the lead of an inverted-pyramid story is where
it says its place (the "lead read as body" rule was measured and dropped; the guard below keeps the reason).
Reports written for these tests, never third-party text; each non-guard test fails on the code before the round."""
from __future__ import annotations

from invented import body_lines, code_and_name

_LEAD = ("“今年收成怎么样?都能卖出去?”入秋后天气依旧炎热。一群头戴草帽的人顶着烈日,来到村民家的地头,"
         "与她拉起了家常。\n")
_BODY = ("开展驻镇帮镇扶村工作,是推进乡村振兴的重要抓手。工作队进村以来,走访农户三百余户,"
         "帮助村里办成实事二十多件。\n"
         "村民们说,工作队来了以后,村里的路修好了,产品也卖得出去了。\n")


def test_a_short_headline_after_a_block_mark_is_the_pages_headline() -> None:
    # ■宕昌县的工作队: seven Han characters, one under the eight repair wants of an unmarked headline
    text = "■宕昌县的工作队\n" + _LEAD + _BODY
    assert body_lines(text)[0] == "■宕昌县的工作队"
    assert code_and_name(text) == ("621223", "宕昌县")


def test_a_short_marked_headline_is_read_in_either_script() -> None:
    text = "■宕昌縣的工作隊\n" + _LEAD + _BODY
    assert code_and_name(text) == ("621223", "宕昌县")


def test_a_byline_after_a_block_mark_is_still_no_headline() -> None:
    # guard (passes before and after): names set apart by blanks are a byline, not a heading
    text = "某县党员抢险救灾纪实\n■某某 记者 某某\n" + _LEAD + _BODY
    assert "■某某 记者 某某" not in body_lines(text)


def test_a_short_unmarked_line_is_still_no_headline() -> None:
    # guard (passes before and after): without the mark, seven Han characters stay under the headline's length
    text = "宕昌县的工作队\n" + _LEAD + _BODY
    assert "宕昌县的工作队" not in body_lines(text)


def test_an_excerpt_that_opens_with_its_lead_takes_its_place_from_the_lead() -> None:
    # guard (passes before and after): the lead ends in a full stop, so it is no headline, but it is where the
    # story says where it happens; weighed as one body mention, the page had "only one passing mention"
    text = ("近日,宕昌县多地遭遇强降雨,党员干部冲锋在前,连夜转移受困群众。\n"
            "各村党员突击队挨家挨户劝说群众撤离,转移群众三百余人,抢修道路十余公里。\n"
            "“只要群众安全,再苦再累也值得。”一名党员说。\n")
    assert code_and_name(text) == ("621223", "宕昌县")
