"""Place rules added in round 11 (held-out corpus K opened after scoring, with G and I): short reports written
for these tests."""
from __future__ import annotations

import pytest

from mobilization.places import Zone, find_hits

from invented import place


def test_peoples_organization_acts_for_its_place() -> None:
    # 总工会, 红十字会, 妇联 … of a county act for it like its bureaus: one such mention is no passing one
    text = "职工志愿服务队成立\n日前，宕昌县总工会组建职工志愿服务队120人，分赴各社区服务。\n"
    assert place(text).code == "621223"


def test_agency_dateline_province_and_city_are_both_the_bureau() -> None:
    # 新华社甘肃舟曲…电: the province and the city after the agency say where the story was filed
    text = "新华社甘肃舟曲8月26日电 舟曲县党员投入抢险。"
    hits = find_hits(text, [Zone(0, 12, "source"), Zone(12, len(text), "body")])
    assert [(h.surface, h.zone) for h in hits[:2]] == [("甘肃", "body"), ("舟曲", "body")]


def test_team_stationed_in_a_village_is_the_villages_county() -> None:
    # 驻 a county and its village: where the unit's team is stationed. The codebook (2026-12-07, round r38) gives
    # stationed help the village's county whoever sent it (here the city's branch); round 11 gave the sender
    text = ("驻村工作队为村民办实事\n2024年5月，在中国铁塔拉萨市分公司党委的安排下，该公司3名员工来到色麦村。"
            "拉萨市分公司驻曲水县色麦村工作队帮助村民追回欠薪。曲水县色麦村工作队还联系企业，拉萨市分公司支持。\n")
    assert place(text).code == "540124"


@pytest.mark.parametrize("text, code", [
    # 江苏援疆: the province that gives counterpart aid acts; the county aided is where it works
    ("江苏援疆助力发展快车道\n提起新疆克州乌恰县，人们想到高寒。近年来，江苏对口援乌，乌恰县经济增长。"
     "西极景区位于乌恰县最西部的吉根乡。在江苏常州的援助下，乌恰县吉根乡建成景区。\n", "320000"),
    # the headline's actor stays when the body names one of its cities with it (在江苏常州的援助下)
    ("江苏援疆助力发展快车道\n近年来，江苏对口援乌。在江苏常州的援助下，吉根乡建成景区，常州第十一批援疆工作组支援运营。\n",
     "320000"),
])
def test_counterpart_aid_sender_is_the_unit(text: str, code: str) -> None:
    assert place(text).code == code


@pytest.mark.parametrize("text, code", [
    # the prefecture only in the headline, the body only in one county's town: the town's county
    ("舟山：渔船进港避台风\n本报记者 王某\n今天，沈家门街道所属的286艘渔船全部进港避风，沈家门街道干部到港边值守。\n", "330903"),
    # the prefecture also in the body (舟山全市): the prefecture's report, the town an example
    ("舟山：渔船进港避台风\n本报记者 王某\n今天，舟山全市渔船进港避风，沈家门街道干部到港边值守。\n", "330900"),
])
def test_township_story_under_a_headline_prefecture(text: str, code: str) -> None:
    assert place(text).code == code


@pytest.mark.parametrize("text, code", [
    # paragraphs that turn to three counties of the prefecture (在陆川县，… 在福绵区，…): the prefecture's roundup,
    # though the headline picks one county's town
    ("玉林市博白县沙河镇党员干部转移群众\n受暴雨影响，玉林市多地受灾。在博白县沙河镇，党员干部转移群众，博白县干部连夜值守。"
     "在陆川县，米场镇党员救援。在福绵区，石和镇党员抢修道路。\n", "450900"),
    # one county's scenes and a neighbour named in passing: the county
    ("博白县沙河镇党员干部转移群众\n受暴雨影响，博白县多地受灾。在博白县沙河镇，党员干部转移群众，博白县干部连夜值守。"
     "陆川县支援了车辆。\n", "450923"),
])
def test_roundup_turning_to_several_counties(text: str, code: str) -> None:
    assert place(text).code == code


def test_prefecture_roundup_outweighs_a_side_note_county() -> None:
    # two fires in two counties of 攀枝花市 (named only before them) and a side note on 凉山州's 会理县, named twice
    text = ("两起森林火灾均已扑灭\n据消息，17日14时，攀枝花市盐边县桐子林镇木撒拉村发生森林火灾，当地组织扑救。"
            "17日17时，攀枝花市仁和区仁和镇干坝塘村发生森林火灾，当地立即组织116人扑救。"
            "另16日发生在凉山州会理县河口乡的森林火灾、会理县城郊的火情已扑灭。\n")
    assert place(text).code == "510400"
