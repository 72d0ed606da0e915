"""Round r31 (ninth session): places read from reports we invented (docs/places.md, "Round 31 (ninth session)")."""
from __future__ import annotations

from tests.invented import code_and_name, place


def test_taiwan_compatriots_in_a_mainland_county_are_no_taiwan_report() -> None:
    # Taiwan qualifies the people and the things from there (台湾同胞, 台湾特色小镇): the story is in the county
    text = ("台胞当上河长\n"
            "今年4月，福建省漳平市首次聘请12名台湾同胞担任河长，助力建设台湾特色小镇。\n"
            "漳平市河长办介绍，每位台湾青年河长负责一段河流，巡河成为他们的日常。\n")
    assert code_and_name(text) == ("350881", "漳平市")


def test_a_report_about_taiwan_itself_stays_without_code() -> None:
    text = "台湾多地暴雨成灾\n台湾南部连日暴雨，台湾当局启动应变机制，高雄、台南多处淹水。\n"
    assert place(text).code == ""
