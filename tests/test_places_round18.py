"""Round 18 of the place detector (AA opened): the level whose government acts, on small invented reports.

A prefecture's counties side by side as the scenes of one story (each with a township of its own, no county's
government speaking; or listed and closed by 等 and their kind) make the report the prefecture's; a county whose
government speaks (县委, 县里, 全县) keeps it.
"""
from __future__ import annotations

import sys

import pytest

from invented import code_and_name

import mobilization.places  # noqa: F401  (loads the package's modules)

decide_module = sys.modules["mobilization.places.pick"]  # (decide's step that moves the pick among levels)
levels_module = sys.modules["mobilization.places.levels"]

# a city's flood told by its Party members in two of its counties' townships; no county's government speaks
SCENES = ("党旗在抗洪一线飘扬\n"
          "6月以来，赣州市遭遇持续强降雨，各级党组织和广大党员冲在抗洪抢险第一线。\n"
          "于都县银坑镇某某村党支部书记连夜组织群众转移，于都县的党员突击队守在堤上，于都县的群众安全转移。\n"
          "兴国县长冈乡的一名村干部挨家挨户通知村民避险。\n")


def test_two_counties_each_a_scene_with_its_township_make_the_prefectures_report() -> None:
    assert code_and_name(SCENES) == ("360700", "赣州市")


def test_without_the_rule_one_county_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decide_module, "_scenes_of_one", lambda best, *args: best)
    assert code_and_name(SCENES)[0] in ("360731", "360732")


def test_a_county_whose_government_speaks_keeps_its_report() -> None:
    # 于都县's own story: 县委、县政府 and 县里 act; 兴国县's township is only a team member's home
    text = ("党员冲在抗洪一线\n"
            "6月以来，赣州市遭遇持续强降雨。县委、县政府连夜部署，于都县银坑镇党员突击队守在堤上。\n"
            "县里调来冲锋舟，于都县的党员干部转移群众。队员某某的老家在兴国县长冈乡，他三天没有回家。\n")
    assert code_and_name(text) == ("360731", "于都县")


# 我市瑞金、于都、兴国等县市: the city speaks of a set of its counties, never naming itself; one of them, a county-level
# city (whose own 市委 the city's could be), is named most
DENG = ("全市各驻村工作组全力投身防汛救灾\n"
        "入汛以来，我市瑞金、于都、兴国等县市遭遇暴雨洪涝灾害。各驻村工作组认真贯彻市委、市政府部署，迅速行动。\n"
        "瑞金市壬田镇某某村第一书记组织村民转移。瑞金市沙洲坝镇的工作组清理河道。瑞金市的群众安全转移。\n")


def test_a_prefecture_not_named_is_given_by_its_counties_listed_with_deng() -> None:
    assert code_and_name(DENG) == ("360700", "赣州市")


def test_without_deng_the_list_is_no_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(levels_module, "_PART_LIST", levels_module._PART_COUNT)
    assert code_and_name(DENG)[0] != "360700"


def test_counties_listed_as_neighbours_do_not_lift_a_county_story() -> None:
    # the list does not hold the county that is the story's: no set of parts
    text = ("于都县党员冲在抗洪一线\n"
            "于都县与兴国、宁都等县相邻。县委、县政府连夜部署，于都县银坑镇党员突击队守在堤上。\n"
            "于都县盘古山镇的党员干部转移群众。\n")
    assert code_and_name(text) == ("360731", "于都县")


def test_without_the_speech_the_county_story_would_go_up(monkeypatch: pytest.MonkeyPatch) -> None:
    selves_module = sys.modules["mobilization.places.selves"]
    monkeypatch.setattr(selves_module, "_speech_by_level", lambda text, named: {})
    # (round 19: a team member's home, 老家在兴国县长冈乡, is no longer read at all; here he comes from its township)
    text = ("党员冲在抗洪一线\n"
            "6月以来，赣州市遭遇持续强降雨。县委、县政府连夜部署，于都县银坑镇党员突击队守在堤上。\n"
            "县里调来冲锋舟，于都县的党员干部转移群众。兴国县长冈乡的队员某某三天没有回家。\n")
    assert code_and_name(text) == ("360700", "赣州市")


def test_a_county_in_the_headline_keeps_its_report() -> None:
    text = SCENES.replace("党旗在抗洪一线飘扬", "于都县：党旗在抗洪一线飘扬")
    assert code_and_name(text) == ("360731", "于都县")


def test_the_taiwan_strait_is_a_strait_not_taiwan() -> None:
    # a body of water named after a place is no mention of it (as 黄龙滩 is no 黄龙县)
    from mobilization.places.no_place import _outside
    regions, pattern = _outside()
    assert not pattern.search("台风进入台湾海峡") and pattern.search("台风在台湾台东登陆")


# a district's bureau at work in its own street, under the city named as the story's label and area
SNOW = ("安徽亳州：财政志愿者铲冰除雪保畅通\n"
        "受强冷空气影响，整个亳州城乡道路积雪结冰严重。亳州市谯城区财政局连夜动员志愿者，\n"
        "第二天一早到包保的汤陵街道某某社区铲冰除雪，保障群众安全出行。\n")


def test_the_one_district_that_acts_under_a_city_that_neither_acts_nor_speaks() -> None:
    assert code_and_name(SNOW) == ("341602", "谯城区")


def test_without_the_rule_the_city_label_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decide_module, "_acting_part", lambda best, *args: best)
    # (round 25: a headline's bare region over one county's story gives the district too; without both, the city)
    monkeypatch.setattr(decide_module, "_one_county_story", lambda best, *args: best)
    assert code_and_name(SNOW) == ("341600", "亳州市")


def test_a_city_that_speaks_keeps_the_report() -> None:
    text = SNOW.replace("连夜动员志愿者，", "连夜动员志愿者，按照市委、市政府部署，")
    assert code_and_name(text) == ("341600", "亳州市")


def test_a_city_unit_that_acts_keeps_the_report() -> None:
    text = SNOW.replace("整个亳州城乡道路积雪结冰严重。", "亳州市扫雪除冰指挥部连夜部署。")
    assert code_and_name(text) == ("341600", "亳州市")


# a municipality's district at work through its street office; the city, in the headline too, is only the frame
STREET = ("上海：社区的第一道防线如何铸成？\n"
          "作为特大都市的上海如何做好防控工作？社区是城市管理的细胞，上海的各社区训练有素。\n"
          "从春节到现在，杨浦区某某路街道办每天都在加班。某某路街道共19个居委，信息核查登记依赖基层排摸。\n"
          "某某路街道社区管理办的工作人员每天两次联系居委会，把信息上报到杨浦区卫生部门。\n")


def test_a_district_acting_through_its_street_office_under_a_municipality_as_frame() -> None:
    assert code_and_name(STREET.replace("某某路街道", "定海路街道")) == ("310110", "杨浦区")


def test_without_the_street_office_the_municipality_stays() -> None:
    text = STREET.replace("某某路街道", "定海路街道").replace("街道办每天都在加班", "街道每天都很忙")
    assert code_and_name(text)[0] == "310000"
