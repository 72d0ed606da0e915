"""Round 10 (corpus K): three ways pages print their own date that were not read (invented reports)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_an_english_date_label_marks_the_page_date():
    text = " date 2025-09-29 某县连日降雨，县委组织全县党员干部转移群众。\n全县组建党员突击队12支。\n"
    assert _date(text) == "2025-09-29"


def test_a_year_then_month_and_day_with_a_time_is_a_page_stamp():
    text = "某县:众志成城守家园\n某某网 > > 正文\n2025 08/02 09:37:38\n来源:某某日报\n全县组建党员突击队12支。\n"
    assert _date(text) == "2025-08-02"


def test_a_newspaper_page_line_with_the_weekday_gives_the_issue_date():
    text = ("某某日报 数字报纸\n\n00003版:要闻\n\n渔船进港避台风\n\n本报8月26日电 全县组织党员干部转移渔民。\n\n"
            "某某日报 要闻 00003 渔船进港避台风 2012-08-27 2697655 2 2012年08月27日 星期一")
    assert _date(text) == "2012-08-27"


def test_a_ratio_after_a_year_and_an_event_with_a_weekday_in_a_sentence_are_no_page_dates():
    assert _date("某县\n2025 3/4 的村完成了转移。\n全县组建党员突击队12支。\n") == ""
    assert _date("某县\n全县组建党员突击队12支。\n2020年2月3日星期一，突击队出发。") == ""
