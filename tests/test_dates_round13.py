"""Round 13 (corpora O and R): a page's date under a long site menu, and a lead's event date (invented reports)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe


_BODY = ("  7月1日,接州里指令,县里的突击队迅速集结6名队员,紧急奔赴邻县开展抗洪救灾工作,连续作业三天。\n\n"
         "  本次救援队成员来自全县各界,有社区工作者,也有企业职工,出发前召开了行前动员会,强调纪律。\n\n"
         "  抵达后,救援队立即编入当地救灾体系,承担起救灾物资收发调运的重任,确保物资及时送达。\n\n"
         "  目前,救援队仍坚守救灾一线。\n\n上一篇:没有内容了!\n\n下一篇:没有内容了!")


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_the_dateline_under_a_site_menu_of_letters_is_the_page_date():
    menu = "站点切换\n某县\n最近访问\n热门站点\n全部\n省级云\n市州云\n区县云\n" + "\n".join("ABCDEFGHJKLMNPQRSTWXYZ") + "\n\n"
    text = (menu + "某某县党员突击队驰援邻县抗洪\n\n2025-07-03 16:03:22     某某    某某新闻\n\n" + _BODY)
    assert _date(text) == "2025-07-03"


def test_blank_lines_above_the_dateline_do_not_count_as_head_lines():
    text = ("某某网\n\n某省\n当前位置:新闻 > 社会 > 正文\n\n\n某省增派医疗队支援邻省\n\n\n\n某省增派医疗队支援邻省\n\n"
            "2022-04-17 17:02:07 来源:某某新闻网\n\n" + _BODY)
    assert _date(text) == "2022-04-17"


def test_a_date_that_opens_the_lead_sentence_is_the_event_not_the_page_date():
    text = ("某某网(某某日报网)讯(通讯员 某某)2022年3月2日下午,某市特警支队组织开展无偿献血活动。\n"
            "当日下午3时许,前来参与献血的民警排起了长龙。\n")
    assert _date(text) == ""
    text = "某某网讯(记者 某某)2022年3月2日,某县组建党员突击队12支,奔赴一线。\n全县党员参加。\n"
    assert _date(text) == ""


def test_a_dateline_with_its_clock_time_and_source_is_still_the_page_date():
    assert _date("某县:党员下沉\n2022-03-02 15:20 来源:某县融媒体中心\n全县组建党员突击队12支。\n") == "2022-03-02"
