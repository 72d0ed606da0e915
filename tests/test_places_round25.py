"""Round 25 (AO opened; the level of the story, pooled): invented reports, each failing on the code before the rule
(or a guard that passes on both). Reports written for these tests, never third-party text."""
from __future__ import annotations

from invented import code_and_name, place

# The headline printed again between the photos is no new mention of the city it names.
BANNER = ("钦州党员在行动\n"
          "据悉，钦州钦南区发出志愿者招募通知，很多党员主动报名。\n"
          "钦州党员在行动\n"
          "志愿者小李是钦南区卫健局的一名干部，每天到社区值守。\n"
          "钦州党员在行动\n"
          "他们活跃在钦南区的各个小区，劝导群众减少聚集。\n"
          "钦州党员在行动\n"
          "钦州党员在行动\n"
          "截至目前，钦南区参与志愿服务的党员达300多人次。\n"
          "钦州党员在行动\n")


def test_the_headline_repeated_in_the_body_is_no_new_mention() -> None:
    assert code_and_name(BANNER) == ("450702", "钦南区")


def test_a_headline_said_once_keeps_its_city_over_a_district_named_once() -> None:
    text = "钦州党员在行动\n钦州市组织党员下沉社区，钦南区的党员也参加。\n"
    assert place(text).code == "450700"
