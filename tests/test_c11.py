"""Round c11 (eleventh session): a place confidence a researcher can filter on (docs/rounds/c11.md).

The word goes by the level of the pick and how strongly the text names it (data/place_confidence.csv): the places
the rules get wrong are mostly a county's story lifted to its prefecture or province, however often the text names
the higher unit. Reports invented for these tests.
"""
from __future__ import annotations

from invented import benchmark_script, place
from mobilization.places.confidence import Signals, table, word


def test_a_county_the_body_names_as_actor_three_times_is_high() -> None:
    # no headline or source line names it, yet a county that acts three times is the report's (right 0.99 of the time)
    g = place("党员干部下沉社区\n近日，宕昌县委组织部组织全县机关党员下沉社区。宕昌县委要求党员亮明身份。"
              "宕昌县共有300名党员参加。\n")
    assert (g.code, g.confidence) == ("621223", "high")


def test_a_province_is_low_however_often_it_is_named() -> None:
    # a province pick was never right on the opened corpora (0 of 33): the rules lift a part's story to it
    g = place("甘肃省：万名党员干部下沉社区\n来源：甘肃省委组织部\n甘肃省委组织部部署全省机关党员下沉社区，"
              "甘肃省共有1万名党员参加。\n")
    assert (g.code, g.confidence) == ("620000", "low")


def test_a_prefecture_named_in_headline_and_source_is_medium() -> None:
    g = place("陇南市：3000名党员下沉社区\n来源：陇南市委组织部\n陇南市委组织部部署全市机关党员下沉社区，"
              "陇南市共有3000名党员参加。\n")
    assert (g.code, g.confidence) == ("621200", "medium")


def test_a_county_named_once_in_the_body_is_medium_not_low() -> None:
    g = place("志愿者走进敬老院\n重阳节前夕，宕昌县20余名青年志愿者走进敬老院，为老人们打扫卫生。\n")
    assert (g.code, g.confidence) == ("621223", "medium")


def test_the_word_follows_the_table_and_an_overlay_may_change_it(tmp_path, monkeypatch) -> None:
    s = Signals(9.0, 1.0, frozenset({"title"}), 3, "prefecture")
    assert word(s) == "medium"
    (tmp_path / "place_confidence.csv").write_text(
        "level,strong,weak\nprefecture,high,low\n", encoding="utf-8")  # one row replaces the shipped prefecture's
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    table.cache_clear()
    try:
        assert word(s) == "high" and word(Signals(9.0, 1.0, frozenset({"title"}), 3, "province")) == "low"
    finally:
        monkeypatch.delenv("MOBILIZATION_DATA")
        table.cache_clear()


def _tool():
    return benchmark_script("heldout/place_confidence.py")


def test_loco_cells_come_from_the_other_corpora_only() -> None:
    tool = _tool()
    rows = ([{"corpus": "A", "level": "county", "strength": "strong", "right": 1}] * 20
            + [{"corpus": "B", "level": "county", "strength": "strong", "right": 0}] * 5)
    assert tool.cell_words([r for r in rows if r["corpus"] != "B"]) == {("county", "strong"): "high"}
    assert tool.cell_words(rows) == {("county", "strong"): "medium"}  # 20 of 25: below 0.95
