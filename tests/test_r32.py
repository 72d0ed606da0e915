"""Round r32 (tenth session): places and dates read from reports we invented (docs/rounds/r32.md)."""
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


def test_a_county_named_by_its_name_before_it_became_a_city() -> None:
    # 玉环县 became 玉环市 in 2017; a report written before names the county, then its short name 玉环 (also a word)
    text = ("渔港干部挨家挨户劝离渔民\n"
            "7月9日14时,玉环县坎门渔港,街道干部逐船通知渔民转移。这时的玉环还是晴天,可台风就要来了。"
            "玉环全县转移渔船三百余艘。\n")
    assert code_and_name(text) == ("331083", "玉环市")


def test_a_district_named_by_its_name_before_it_became_a_district() -> None:
    # 吴江市 became 苏州市吴江区 in 2012
    text = "暴雨后党员突击队清淤\n7月3日,吴江市松陵镇组织党员突击队清理淤泥,吴江市委组织部派出工作组。\n"
    assert code_and_name(text) == ("320509", "吴江区")


def test_yu_after_a_post_is_a_surname_not_at() -> None:
    # 於 (t2s: 于) after 书记 and 领导 is the secretary's surname: 东明 is his given name, not 东明县
    text = ("街道开展安全生产大检查\n"
            "5月8日,新塘街道召开安全生产工作会议。街道党工委书记於东明部署安保工作。\n"
            "会后,街道领导於东明、李建峰带队赴辖区企业检查。\n")
    assert code_and_name(text) == ("", "")


def test_yu_as_at_before_a_county_stays_the_county() -> None:
    text = "防汛会议召开\n7月3日,全县防汛工作会议于东明县城召开,东明县委书记部署防汛工作。\n"
    assert code_and_name(text) == ("371728", "东明县")


def test_a_last_update_stamp_is_the_pages_date() -> None:
    # the only date a mirror prints for the story: its last-update stamp, on a line that runs into the lead
    text = ("洪水中的英德人:自建百人救助群\n"
            "最后更新: 2022-07-05 11:16:03【文/某某网 记者 张三 编辑/李四】6月25日,广东清远英德,天气多云。\n"
            "英德防汛抢险救灾工作重心已转向救灾复产。\n")
    assert _date(text) == "2022-07-05"
