"""Round q21 (eighth session): values and counted nouns. Invented sentences, one rule each."""
from __future__ import annotations

from mobilization.quantities import extract


def _found(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.entity) for q in extract(text)}


def test_people_classifier_reads_a_people_noun_after_a_verb_that_modifies_it() -> None:
    # 名 counts people: a noun of people after a verb (应届) is the counted noun, the verb its modifier
    found = _found("今年资助的学生中,有52名应届高中毕业生,17名应往届专科生。")
    assert found["52名应届高中毕业生"] == (52.0, "应届高中毕业生")
    assert found["17名应往届专科生"] == (17.0, "应往届专科生")


def test_people_classifier_still_ignores_what_people_do() -> None:
    # the verb is what the counted do when no noun of people follows it
    found = _found("镇里派出80余名连夜加固堤坝。")
    assert [e for _, e in found.values()] == [""]


def test_a_conjunction_after_the_classifier_is_no_noun() -> None:
    # 及其 and 以及 join the next item; the noun is the one before the number
    found = _found("县里下拨帐篷300顶、毛毯900条及其他救灾物资。")
    assert found["毛毯900条"] == (900.0, "毛毯")


def test_a_two_character_conjunction_ends_the_noun() -> None:
    found = _found("他们捐赠大米100袋并且送上慰问金。")
    assert found["大米100袋"] == (100.0, "大米")


def test_cans_letters_and_calls_are_counted() -> None:
    found = _found("基金会送来200罐奶粉,收到感谢信30封,志愿者拨出回访电话500余通。")
    assert found["200罐奶粉"] == (200.0, "奶粉")
    assert found["感谢信30封"] == (30.0, "感谢信")
    assert found["回访电话500余通"][0] == 500.0



def test_kinds_are_counted_with_their_noun() -> None:
    found = _found("重点排查密接者、次密接者和入境人员等3类人员。基金会开展助学、助老等四大类慈善活动。")
    assert found["3类人员"] == (3.0, "人员")
    assert found["四大类慈善活动"] == (4.0, "慈善活动")
    # 6类2300台: 2300 machines of six kinds; right before another number the kinds are no count of their own
    found = _found("共调集挖掘机、装载机等机具6类2300台,涉及3类人员。")
    assert [v for v, _ in found.values()] == [2300.0, 3.0]


def test_a_noun_that_begins_with_the_classifier_is_no_reduplication() -> None:
    # 两个|个案: 个案 is the noun; 一个个 is the reduplication ("one after another")
    found = _found("善款将资助两个个案,一个个志愿者冲在前面。")
    assert found == {"两个个案": (2.0, "个案")}


def test_what_each_household_gets_is_no_tally() -> None:
    # 每个低保户 … 2袋: a ration per household, even when the noun after 每 runs the 每 out of the short reach
    found = _found("镇里为每个低保户发放了2袋面粉,共发放面粉600袋。")
    assert list(found) == ["面粉600袋"]


def test_big_n_counts_campaigns_and_zones() -> None:
    # CODEBOOK (fifth session): N大 + noun counts its noun when the noun names things; 三大攻坚战 is a term
    found = _found("全区开展文明创建、环境整治、平安建设三大行动,建成两大经济开发区,打好三大攻坚战。")
    assert found["三大行动"] == (3.0, "行动")
    assert found["两大经济开发区"] == (2.0, "经济开发区")
    assert not any("攻坚战" in s for s in found)


def test_provinces_count_themselves() -> None:
    found = _found("会上,四川、云南、贵州三省份和广西、宁夏两省区代表作了发言。")
    assert found["三省份"] == (3.0, "省份")
    assert found["两省区"] == (2.0, "省区")


def test_a_count_after_a_count_of_the_same_unit_shares_its_noun() -> None:
    # 40个安置点已完工32个: the second count is a part of the first, its noun elided
    found = _found("今年规划的40个安置点已完工32个。")
    assert found["32个"] == (32.0, "安置点")


def test_next_and_previous_are_no_count() -> None:
    # 下一个, 上一轮: "the next", "the previous" (an ordinal), not one of a tally
    assert _found("队员们又奔赴下一个“战场”,迎接上一轮强降雨过后的清淤。") == {}


def test_a_set_named_by_its_pieces_is_no_count() -> None:
    # 三件套: a three-piece set (a word of the dictionary), not three pieces
    found = _found("为80名老人送去防寒三件套。")
    assert list(found) == ["80名老人"]


def test_sums_shared_out_respectively_among_more_people_are_per_head() -> None:
    # 分别 maps 300 pupils onto two sums: each pupil gets one of them; two people and two sums: each one's own
    found = _found("300名小学生分别获得800元和500元助学金。两名老党员分别捐款1000元和600元。")
    assert list(found) == ["300名小学生", "两名老党员", "捐款1000元", "600元"]


def test_a_place_named_with_a_numeral_and_a_period_are_no_figures() -> None:
    # 三元乡 is a township's name, 一个时期 a span of time
    found = _found("三元乡在今后一个时期将安置群众300户。")
    assert list(found) == ["群众300户"]


def test_events_of_every_kind_before_their_count() -> None:
    found = _found("今年以来,全县公安机关侦破各类刑事案件56起。")
    assert found["各类刑事案件56起"] == (56.0, "各类刑事案件")


def test_a_verb_after_an_adverb_is_no_counted_noun() -> None:
    # 首次|登记: the verb of the clause; the noun (住房) was named before, so no noun here rather than a verb
    found = _found("为解决住房办证难,首次登记3000套。")
    assert found["3000套"] == (3000.0, "")


def test_orders_are_counted() -> None:
    found = _found("当天,志愿者为封控小区转运了二十多单生鲜、药品等物资。")
    assert found["二十多单生鲜、药品"] == (20.0, "生鲜、药品")
    # N单制 names a scheme (the four lists a community keeps), no count of orders
    assert _found("社区推行四单制,群众点单、社区接单。") == {}


def test_troops_are_counted_after_a_bare_number() -> None:
    found = _found("国军已派2万3100兵力投入救灾。")
    assert found["2万3100兵力"] == (23100.0, "兵力")


def test_a_demonstrative_an_iteration_and_a_weight_of_one_are_no_counts() -> None:
    # 这三件事 points back to a list; 一个又一个 is "one after another"; 30公斤重 is what one bag weighs
    found = _found("做好这三件事,完成了一个又一个任务,每一袋沙土约30公斤重,共装沙袋2000袋。")
    assert list(found) == ["沙袋2000袋"]


def test_a_comparison_and_a_city_name_are_no_counts() -> None:
    # 相当于12个西湖: a comparison of volume; 武汉三镇 is Wuhan itself
    found = _found("水库蓄水1.5亿立方米,相当于12个西湖,保住了武汉三镇,转移群众3000人。")
    assert list(found) == ["群众3000人"]


def test_the_people_of_a_place_after_a_bare_large_number() -> None:
    # 12万武汉人: a place name and 人 count its people, like 12万群众
    found = _found("疫情期间,12万武汉人报名成为志愿者。")
    assert found["12万武汉人"] == (120000.0, "武汉人")


def test_calls_after_the_classifier_are_counted() -> None:
    # 通电 is a word of the dictionary, yet 12通电话 is twelve calls: the heads of 通 decide, not the word
    found = _found("当晚,她接了12通电话。")
    assert found["12通电话"] == (12.0, "电话")
