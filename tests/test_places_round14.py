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
