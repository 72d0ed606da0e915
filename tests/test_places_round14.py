"""Round 14 of the place detector (corpus T opened): each rule on a small invented report."""
from __future__ import annotations

from mobilization.places import detect_place
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str) -> tuple[str, str]:
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    guess = detect_place(rep, simplified)
    return guess.code, guess.name


def test_at_equal_weight_the_place_that_acts_wins_over_the_scene() -> None:
    # 湄潭供电局 acts (weight 2); 阳江 is struck and helped, named twice: the sender is the report's
    text = ("台风重创阳江，当地电网受损严重，民生用电告急。南方电网启动应急联动后，贵州遵义湄潭供电局迅速响应，"
            "组建30人抢修队，备齐物资奔赴受灾一线，为阳江群众恢复供电。\n通讯员 李某\n")
    assert place(text) == ("520328", "湄潭县")


def test_a_power_utility_named_for_its_area_acts_for_it() -> None:
    # 国网通化供电公司党委 organizes the drive: the utility serving 通化 is the city's unit, named once
    text = ("本报讯(某某)自3月1日起，国网通化供电公司党委组织各单位党组织开展“亮党旗保供电”行动，对设备全面排查。"
            "该公司党委成立多支青年党员运维小组，已发现并处理隐患4处。\n")
    assert place(text) == ("220500", "通化市")
