"""Round 21 (corpus AG opened, with every earlier place corpus): invented reports, each failing on the code before.

Dates: a page's own date stands with the story's headline, dateline or source line; the dates of the other stories
listed under a short page's story are theirs; a date the page labels its own is not a caption's event; a stamp
followed by its source label is read though a stray digit is glued before it.
"""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe

_STORY = ("某某县党员突击队连夜转移群众\n"
          "某某网讯 连日来，某某县普降暴雨，全县党员干部闻令而动，组建党员突击队12支，连夜转移群众300余人，并在各村设立临时安置点，安排专人值守，确保受灾群众有饭吃、有衣穿、有地方住。\n"
          "突击队员在堤坝上巡查，排除险情5处，确保群众安全。\n")


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_the_dates_of_other_stories_listed_under_a_short_page_are_not_its_date() -> None:
    listed = "甲校举行开学典礼\n时间:2024-09-23 08:10:12\n乙县召开防汛会议\n时间:2024-09-23 08:10:25\n"
    assert _date(_STORY + listed) == ""
    loaded = "加载更多\n-\n某市举办招聘会\n2018-03-02 08:58:39\n-\n某地一所学校只剩一名学生\n2018-03-01 14:40:53\n"
    assert _date(_STORY + loaded) == ""


def test_a_date_inside_another_storys_headline_under_the_story_is_not_its_date() -> None:
    related = ("某省人民代表大会常务委员会免职名单(2022年1月13日某省第十三届人民代表大会常务委员会第二十九次会议通过)\n"
               "某省人民代表大会常务委员会关于接受某某辞去某省第十三届人民代表大会常务委员会委员职务的请求\n")
    assert _date(_STORY + related) == ""


def test_a_single_dateline_or_signature_under_the_story_is_still_read() -> None:
    assert _date(_STORY + "2024-09-23\n") == "2024-09-23"


def test_a_date_the_page_labels_its_own_is_read_on_a_caption_line() -> None:
    text = (" date 2025-10-16 某某所昨天召开第一次协调会，三位乡长与会。（记者某某摄）\n\n"
            "台风可能侵袭，某某乡昨天召开防台会议，多位村长在会中反映意见。\n")
    assert _date(text) == "2025-10-16"
    # without the label, a caption's date is the picture's event, as before
    assert _date(text.replace(" date ", "")) == ""


def test_a_stamp_before_its_source_label_is_read_with_a_stray_digit_glued_before_it() -> None:
    text = ("手机版网站\n某镇: 党员先锋筑牢防汛安全堤 -d88某某z62024-07-19 17:52来源:某某镇\n"
            "在连日暴雨的严峻考验下，某某镇防汛工作成了检验基层党组织战斗力的试金石。\n")
    assert _date(text) == "2024-07-19"
    # a number ending in a digit before a date with no time and no source stays another number
    assert _date(text.replace(" 17:52来源:某某镇", " 编号")) == ""
