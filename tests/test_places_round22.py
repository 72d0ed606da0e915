"""Round 22 (corpus AI opened, with every earlier place corpus): invented reports, each failing on the code before.

X灾区 is where a disaster struck, as X地震 is: it counts half, like an event named after a place, so a county
whose schools and government give to another place's disaster area stays the report's place.
"""
from __future__ import annotations

from invented import code_and_name


def test_a_disaster_area_named_after_a_place_counts_half_like_its_event() -> None:
    text = ("岷县师生：舟曲灾区同胞我们在一起\n"
            "在地震重灾区甘肃省岷县，舟曲灾区同胞牵动着人们的心。岷县县委发出向舟曲灾区捐款的倡议，"
            "岷县一中组织募捐。舟曲同胞们，我们在一起！全县师生的捐款将转赠舟曲灾区。\n")
    assert code_and_name(text) == ("621126", "岷县")
