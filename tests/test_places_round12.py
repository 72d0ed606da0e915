"""Place rules added in round 12 (held-out corpus L opened after scoring): short reports written for these tests,
each failing on the code before its rule."""
from __future__ import annotations

import pytest

from mobilization.places import detect_place
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str):
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


def test_township_named_after_another_county_is_no_county() -> None:
    # 龙泉寺乡 (a township of 信都区) begins with 龙泉, the short form of 龙泉市 in another province; and 龙泉寺
    # later in the same text is the same township
    text = ("山村转移群众\n7月20日，邢台市信都区龙泉寺乡连降暴雨。龙泉寺乡干部挨家挨户动员村民转移。"
            "龙泉寺一带雨量最大，龙泉寺村党员守在河边。信都区白岸乡也转移群众。\n")
    assert place(text).code == "130503"
