"""Place rules added in round 9 (held-out corpus I opened after scoring; townships): short reports written for
these tests."""
from __future__ import annotations

import pytest

from mobilization.gazetteer import census_county, divisions, townships
from mobilization.places import detect_place
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str):
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


@pytest.mark.parametrize("text, code", [
    # a township unique in the country, its county never named: the county (曹路镇 → 浦东新区)
    ("居民区党支部结对医院\n曹路镇各居民区党支部与医院党支部结对，曹路镇居民的需求由党员对接。\n", "310115"),
    # ... in traditional characters, a 苏木 of a banner
    ("乌盖苏木党委组织党员抗旱\n我旗乌盖苏木党委组织党员为牧民送水，乌盖苏木干部入户走访。\n", "150825"),
    # a township shared by four counties, narrowed by the prefecture's short form (温州 → 苍南县's 赤溪镇)
    ("台风来袭 赤溪镇干部到岗\n本报温州消息 赤溪镇干部挨家挨户转移群众，赤溪镇召开紧急会议，赤溪镇渔船进港。\n", "330327"),
])
def test_township_stands_for_its_county(text: str, code: str) -> None:
    assert place(text).code == code


@pytest.mark.parametrize("text", [
    # a name shared by many counties (城关镇) and nothing that narrows it: no place
    "城关镇党员下沉社区\n城关镇组织党员干部到社区值守，城关镇社区居民响应。\n",
    # a county's short form that is also a word (党委和政府's 和政) does not narrow it
    "城关镇党员下沉社区\n城关镇党委和政府组织党员干部到社区值守，城关镇居民响应。\n",
])
def test_ambiguous_township_gives_nothing(text: str) -> None:
    assert place(text).code == ""


def test_township_never_outweighs_a_county_named_in_full() -> None:
    # 越秀区's cadres in a town of 徐闻县 (the scene, named only by its town): 越秀区
    text = ("越秀区干部驻村帮扶\n广州市越秀区选派干部驻村。干部在曹路镇走访，曹路镇村民，曹路镇产业，曹路镇党员。\n")
    assert place(text).code == "440104"


def test_census_county_of_later_counties() -> None:
    census = divisions()
    assert census_county("330327", "苍南县", census) == ("330327", "")
    assert census_county("431181", "祁阳市", census)[0] == "431121"  # re-coded 2021: same stem
    assert census_county("330113", "临平区", census)[0] == "330100"  # created 2021: its prefecture
    assert townships()["曹路镇"] == ("310115",)


def test_column_kicker_is_not_the_headline() -> None:
    # the outlet's column line (某某网独家连线 + the informant) stands above the real headline
    text = ("新华网独家连线甘肃省委组织部\n\n陇南市各县区党员干部投入抗洪\n"
            "据甘肃省委组织部提供的消息，陇南市各县区党委组织党员干部奔赴一线。\n"
            "武都区组织党员突击队。宕昌县干部转移群众。\n")
    assert place(text).code == "621200"


@pytest.mark.parametrize("text, code", [
    # the headline's prefecture over a body whose county heads a section (the page shows only the first)
    ("湖南常德：党旗在一线飘扬\n常德连日强降雨，党员干部冲锋在前。\n石门县千余名干部下沉镇村\n"
     "洪灾发生以来，石门县党员干部深入一线。石门县委组织党员突击队。石门县迅速部署，石门县转移群众，"
     "石门县开展重建。\n", "430700"),
    # the county named inside the headline keeps the report
    ("常德石门县：党旗在一线飘扬\n常德连日强降雨。\n石门县千余名干部下沉镇村\n石门县组织党员突击队。石门县转移群众。\n",
     "430726"),
])
def test_headline_prefecture_over_county_sections(text: str, code: str) -> None:
    assert place(text).code == code


def test_the_reporter_going_there_is_not_a_destination() -> None:
    # 记者…前往 X: the story's place, not where a team was sent (its later mentions still count)
    text = "驻村干部扶贫纪实\n记者独自前往陇南市宕昌县，进行为期四天的采访。宕昌县驻村干部走访农户，宕昌县党员结对帮扶。\n"
    assert place(text).code == "621223"
    # a team sent stays a destination
    assert place("医疗队出发\n兰州市医疗队前往宕昌县支援，宕昌县群众欢迎。\n").code != "621223"


def test_the_place_helped_is_a_destination() -> None:
    # X 结对帮扶 Y村: Y is where the help goes (like 支援 Y); the city's bureau is the unit.
    # Since the codebook's line of 2026-12-07 (round r39) help stationed in a village (结对帮扶, a 驻村 team) goes to
    # the village's county whoever sent it: the city is named as its bureau and as the programme's owner (根据某市干部
    # 驻村帮扶工作领导小组安排), so the county stands; this test wrote the old actor reading (the city).
    text = ("甘谷县大庄乡东部山上，有一个山高林密的小山村——大庄村。因自然资源匮乏，土地贫瘠，这里贫困发生率在16%以上，"
            "是甘谷县24个整村推进贫困村之一，村民收入很低，年轻人外出务工。\n"
            "2016年，根据天水市干部驻村帮扶工作领导小组安排，天水市财政局开始结对帮扶甘谷县大庄村。五年来，他们发展产业，"
            "天水市财政局的工作队扎根村里。\n")
    assert place(text).code == "620523"
