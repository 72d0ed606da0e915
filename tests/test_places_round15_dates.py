"""Round 15 of the date detector (corpora V and X opened): each rule on a small invented page."""
from __future__ import annotations

from tests.invented import date_of


def test_a_reader_clock_is_not_the_date_of_a_page_that_labels_its_own_day_without_a_year() -> None:
    # the e-paper reader shows today's date; the page's own 日期:01-11 has no year: no date is invented
    page = ("电子报阅读机\n2026-03-23\n星期一\n当前报纸名称:某某日报\n\n雪中风景\n\n日期:01-11\n版面:第03版:综合新闻\n\n"
            "  1月9日，某某迎来降雪，区委组织部第一时间发出倡议，号召全区党员参与除雪。\n")
    assert date_of(page) == ""
    # the same page labelling the same day keeps the full date
    assert date_of(page.replace("日期:01-11", "日期:03-23")) == "2026-03-23"
