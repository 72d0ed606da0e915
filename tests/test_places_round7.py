"""Place rules added in round 7 (held-out corpus E opened after scoring): short reports written for these tests."""
from __future__ import annotations

import pytest

from mobilization.places import detect_place
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str):
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


@pytest.mark.parametrize("text, code", [
    # a bare short form whose last character begins another word (堤防上|高高) is no place; the full
    # name with its suffix is (上高县 is not read from 上高高)
    ("红旗在大坝上高高飘扬\n宕昌县组织党员守护大坝，宕昌县委部署防汛工作。\n", "621223"),
    # 世界上海拔最高: 上海 is not read from 世界上|海拔
    ("世界上海拔最高的村庄有了党支部\n宕昌县委派出驻村工作队，宕昌县干部轮流驻守。\n", "621223"),
    # 海南 alone is the province (海南州 in Qinghai is read after 青海)
    ("海南抗击台风见闻\n海南全岛进入风圈，全省党员干部行动起来。\n", "460000"),
    # the city after a national outlet's name on its dateline is the bureau, not the place
    ("中组部部署抗震救灾中的组织工作\n中广网北京5月26日消息（记者张三）\n中组部要求各级党组织发挥作用。\n", ""),
    # provinces listed with their count (甘肃、青海2省): the report is about both, no single place
    ("中央组织部向甘肃、青海2省划拨党费\n党费用于抗震救灾和灾后重建，灾区党组织要发挥作用。\n", ""),
    # a page that is only a photo caption is read (a caption is skipped only beside a report)
    ("近日，宕昌县党员干部下沉到小区值守。这是宕昌县干部在小区门口登记。 张三摄\n", "621223"),
    # 我省 (the province speaks, named only as the paper) with counties of two prefectures → the province
    ("多地遭受洪涝灾害\n来源：甘肃日报\n我省多地遭受洪涝灾害，陇南市宕昌县、文县和甘南州舟曲县受灾。"
     "宕昌县委组织部组织党员转移群众。全省党员干部奋战一线。\n", "620000"),
    # an institution's site names it whole in the header; the headline and body drop its place
    ("网站首页 | 欢迎访问宕昌县人民医院官方网站 | 设为首页\n县人民医院医疗队奔赴灾区\n"
     "县人民医院医疗队在灾区救治伤员。四川灾区群众感谢医疗队。\n", "621223"),
])
def test_round7_places(text: str, code: str) -> None:
    assert place(text).code == code
