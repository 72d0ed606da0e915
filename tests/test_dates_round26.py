"""Round 26 (corpus AQ opened): an event's clock (北京时间) is no page label, a spam header of search words is not the
story's first paragraph, and a "today" banner above the headline is no page date (invented reports, each failing
on the code before)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe

_BODY = ("  连日来，某县普降暴雨，全县党员干部迅速投入抢险救灾工作，转移群众三百余人，抢修道路十余公里。\n\n"
         "  某镇党委组织党员突击队连夜加固河堤，确保群众生命财产安全。\n")


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_beijing_time_before_an_events_date_is_no_label_the_stamp_on_the_source_line_is_the_date():
    text = ("某县:迅速了解地震震情\n某某网 2021-01-13 10:59:32 来源:某某网\n"
            "1月3日上午，某县发生3.0级地震后，县长迅速带队到震中了解震情。据了解，此次地震发生于北京时间2021年1月3日8时34分，"
            "震源深度28公里。\n" + _BODY)
    assert _date(text) == "2021-01-13"


def test_a_stamp_under_a_spam_header_of_search_words_is_still_in_the_head():
    spam = ",".join(["免费视频在线观看", "精品一区二区三区", "最新电影", "高清视频网站", "日韩视频", "中文字幕", "电视剧在线观看",
                     "热门电影排行", "国产视频在线播放", "免费高清影视", "综艺节目大全"])
    text = "某农场抗洪精神永放光芒\n\n" + spam + "\n\n  风雨铸丰碑\n\n  2019-12-23 02:08:40某某 某某\n  某刊 2019年20期\n\n" + _BODY
    assert _date(text) == "2019-12-23"


def test_a_date_banner_above_the_headline_earlier_than_the_leads_event_is_no_page_date():
    text = ("2025年6月29日\n\n中心党支部开展无偿献血进社区活动\n\n"
            "       9月10日上午，中心党支部联合某街道某社区党委开展无偿献血进社区主题党日活动，党员们踊跃参加。\n\n" + _BODY)
    assert _date(text) == ""


def test_a_date_above_the_headline_on_the_day_of_the_leads_event_is_still_the_page_date():
    text = ("2025年9月10日\n\n中心党支部开展无偿献血进社区活动\n\n"
            "       9月10日上午，中心党支部联合某街道某社区党委开展无偿献血进社区主题党日活动，党员们踊跃参加。\n\n" + _BODY)
    assert _date(text) == "2025-09-10"
