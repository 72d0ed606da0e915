"""Round r31 (ninth session): places read from reports we invented (docs/rounds/r31.md)."""
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


def test_a_column_of_short_phrases_has_no_subtitle() -> None:
    # a poster page, one phrase a line: the line under the first is the next phrase, not a subtitle, so the city that
    # sends help there is read in the body, where the county the story is about is named again and again
    text = ("暴雨过后\n"
            "韶关市调派救援人员\n"
            "支援乳源瑶族自治县\n"
            "共派出队员60人\n"
            "乳源瑶族自治县组织党员干部300人\n"
            "清理淤泥\n"
            "在乳源瑶族自治县大桥镇\n"
            "党员突击队连夜转移群众\n"
            "乳源瑶族自治县各镇村干部坚守一线。\n")
    assert code_and_name(text) == ("440232", "乳源瑶族自治县")


def test_a_headline_with_its_subtitle_keeps_the_subtitle() -> None:
    text = ("党员冲在抢险一线\n"
            "乳源瑶族自治县全力抗洪\n"
            "来源:韶关发布\n"
            "7月2日以来，乳源瑶族自治县普降暴雨，县委组织党员干部300人转移群众。\n")
    assert code_and_name(text) == ("440232", "乳源瑶族自治县")
