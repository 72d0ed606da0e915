"""Round r32 (tenth session): places and dates read from reports we invented (docs/places.md, "Round 32 (tenth
session)")."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe
from tests.invented import code_and_name


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_a_news_apps_name_is_the_pages_host_not_its_place() -> None:
    # 新甘肃客户端 is the provincial paper's app: the publisher, like 每日甘肃网; the story is the district's
    text = ("志愿者清扫积雪方便居民出行\n"
            "每日甘肃网·新甘肃客户端讯 1月12日,兰州市七里河区西园街道办事处社区党委联合兰州供热公司志愿服务队、"
            "甘肃长城物业有限公司党支部,共同开展清扫积雪活动。\n"
            "志愿者们拿起铁锹、扫帚,清理出一条条通道,方便居民出行。\n")
    assert code_and_name(text) == ("620103", "七里河区")


def test_a_page_named_only_by_its_apps_place_keeps_that_place() -> None:
    # the host is still the page's own place when the story names no other
    text = "党员下沉社区\n云上宕昌客户端讯 全县建立临时党支部143个,党员干部下沉一线。\n"
    assert code_and_name(text) == ("621223", "宕昌县")


def test_a_stamp_set_one_part_a_line_is_the_pages_date() -> None:
    # a site's template sets its stamp as a block: the year, month/day and clock time on lines of their own
    text = ("某某在线_新闻中心\n\n"
            "城郊乡志愿者重阳节前到敬老院送温暖\n\n"
            "2019\n10/08\n09:15\n城郊乡政府\n\n"
            "10月6日,重阳节来临之际,城郊乡团委组织志愿者20余人走进该乡敬老院,为老人送上慰问品。\n")
    assert _date(text) == "2019-10-08"
