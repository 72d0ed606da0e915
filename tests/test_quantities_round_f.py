"""General rules prompted by held-out corpus F (issue 12): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization import numerals
from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_zero_point_decimal_with_a_big_unit() -> None:
    assert numerals.read_numeral("零点五万") == 5000
    assert [(q.value, q.entity) for q in extract("当天发放帐篷零点三万顶。")] == [(3000, "帐篷")]


def test_bedding_bundles_and_scrolls_have_their_classifiers() -> None:
    assert rows("向灾区运去三万床棉被。") == [("三万床棉被", 30000, "棉被", "supplies")]
    assert rows("牧区储备干草4200捆。") == [("干草4200捆", 4200, "干草", "supplies")]
    assert rows("书法家写了三十幅春联。") == [("三十幅春联", 30, "春联", "supplies")]


def test_bed_counts_only_bedding() -> None:
    assert rows("这家医院有800床。") == []


def test_a_banner_with_one_is_a_description() -> None:
    assert rows("墙上挂着一幅标语。") == []


def test_incidents_of_harm_are_other_and_their_parts_take_the_noun() -> None:
    got = rows("今年共发生12起交通事故,其中甲县8起,乙县、丙县各2起。")
    assert [(v, e, c) for _, v, e, c in got] == [(12, "交通事故", "other"), (8, "交通事故", "other"),
                                                 (2, "交通事故", "other")]
    assert [(q.entity, q.category) for q in extract("民警先后处置警情30起。")] == [("警情", "activity")]


def test_an_incident_noun_is_no_harm_word_around_people() -> None:
    assert [q.category for q in extract("森林火灾扑救队员200人连夜赶到。")] == ["personnel"]


def test_a_short_verb_and_object_after_the_vehicle_used_names_the_event() -> None:
    assert [(q.entity, q.category) for q in extract("村里出动消防车送水8次。")] == [("送水", "activity")]


def test_a_word_of_harm_before_the_noun_is_its_modifier() -> None:
    assert rows("塌方后还有6位受伤矿工等待转运。") == [("6位受伤矿工", 6, "受伤矿工", "other")]
    assert [(q.entity, q.category) for q in extract("山坡下有2间被掩埋民房。")] == [("被掩埋民房", "other")]


def test_people_rescued_after_their_count_are_reached() -> None:
    assert [q.category for q in extract("8名受困游客被成功救出。")] == ["coverage"]
    assert [q.category for q in extract("4名群众获救。")] == ["coverage"]


def test_the_disaster_as_a_whole_names_the_population_reached() -> None:
    assert [q.category for q in extract("全县3万余名受灾群众得到妥善安置。")] != ["other"]


def test_people_helped_escaped_or_moved_to_safety_are_reached() -> None:
    assert [q.category for q in extract("消防队救助受困遇险群众12名。")] == ["coverage"]
    assert [q.category for q in extract("另有6名村民成功脱险。")] == ["coverage"]
    assert [q.category for q in extract("组织低洼地带2000多名群众提前转移避险。")] == ["coverage"]


def test_a_verb_inside_a_listed_noun_does_not_reach_the_people_after_it() -> None:
    assert [q.category for q in extract("这个安置点组织了30多名志愿者值守。")] == ["personnel"]


def test_shelters_set_up_and_quoted_teams_are_organizations() -> None:
    assert [q.category for q in extract("乡里设置3个临时安置点。")] == ["organization"]
    assert [q.category for q in extract("各村组建12个“青年突击救援队”。")] == ["organization"]


def test_any_single_one_and_a_stretch_of_time_are_no_counts() -> None:
    assert rows("干部上门通知,不放过任何一户居民。") == []
    assert [q.value for q in extract("义卖活动两个下午就筹得3万元。")] == [30000]


def test_numerals_written_digit_by_digit() -> None:
    assert [q.value for q in extract("全岛志工达一二三万人。")] == [1_230_000]
    assert [q.value for q in extract("累计募得二八五亿元。")] == [28_500_000_000]
    assert [q.value for q in extract("参与者共卅二万六○五一人。")] == [326_051]
    assert [q.value for q in extract("报名者三四万人。")] == [30_000]   # two digits stay a range (30,000–40,000)


def test_one_team_after_a_relative_clause_is_counted() -> None:
    got = extract("村里来了一支市里下派的驻村扶贫工作队。")
    assert [(q.value, q.category) for q in got] == [(1, "organization")]
    assert got[0].entity.endswith("扶贫工作队")


def test_quilts_are_goods_and_ponds_dug_are_works() -> None:
    assert [q.category for q in extract("捐赠的3000条被子已经运到。")] == ["supplies"]
    assert [q.category for q in extract("工作队带领村民修好了3口山塘。")] == ["activity"]


def test_portions_are_goods_not_people() -> None:
    assert [(q.unit, q.category) for q in extract("调拨检测试剂3000人份。")] == [("人份", "supplies")]
