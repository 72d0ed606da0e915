"""General rules from the strict round on corpora Q and U of issue 12 (misses and extras of all opened
figure corpora counted by cause): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity) for q in extract(text)]


def test_a_verb_or_time_word_right_after_the_classifier_modifies_the_noun() -> None:
    # a relative clause with no 的: the verb, adverb or time word describes the noun counted
    assert rows("本市今日新增两宗输入个案,均已隔离。") == [("两宗输入个案", 2, "输入个案")]
    assert rows("协会送出800盒端午礼盒与300包大米。")[0] == ("800盒端午礼盒", 800, "端午礼盒")
    assert rows("新院提供420个长期照顾床位及80个日间照顾床位。")[0][2].startswith("长期照顾")


def test_a_verb_phrase_after_the_count_is_what_the_counted_do() -> None:
    # people do things; a verb and a place are work done; a verb after the noun ends the clause reading
    assert rows("消防官兵80余名连夜加固河堤。") == [("消防官兵80余名", 80, "消防官兵")]
    assert [q.entity for q in extract("全区新增12宗,其中8宗属外地输入。")] == ["", ""]


def test_ban_counts_blister_cards_of_medicine_only() -> None:
    assert rows("送去布洛芬胶囊60板、感冒药20盒。")[0] == ("布洛芬胶囊60板", 60, "布洛芬胶囊")
    assert rows("股市三板块领涨。") == []  # 板 begins 板块


def test_a_population_named_by_its_trade_counts_without_a_classifier() -> None:
    # …民 names people of a trade or place (head_forms.csv); a verb after them ends their noun
    assert rows("全县38万牧民享受草原补贴。") == [("38万牧民", 380000, "牧民")]


def test_a_total_with_wan_after_a_noun_of_people_or_funds_counts_it() -> None:
    # the noun before names what a figure with 万/亿 and no unit counts, when the figure ends its clause
    assert rows("全市流动人口超过12万,均已登记。") == [("流动人口超过12万", 120000, "流动人口")]
    assert [(q.surface, q.category) for q in extract("省里下拨资金300万。")] == [("资金300万", "funds")]
    assert rows("全省GDP达3万亿。") == [] and rows("去年我县人口12万左右的乡镇") == []


def test_a_sum_for_each_person_or_thing_is_a_rate_not_a_tally() -> None:
    assert rows("每名困难学生资助2000元。") == []  # what each receives (a noun of people between is no norm here)
    assert rows("月饼礼盒每盒188元,由企业捐赠。") == []  # a price
    assert [q.value for q in extract("每名党员捐款100元,共计5万元。")] == [50000]  # the total is kept


def test_a_lone_zero_is_no_count() -> None:
    assert all(q.value != 0 for q in extract("某汽车零部件公司捐赠20万元。"))  # (零|部 was 0 部)
    assert all(q.value != 0 for q in extract("全县零售药店12家。"))


def test_cups_capsules_and_tablets_are_goods_by_their_form() -> None:
    assert [(q.surface, q.category) for q in extract("送来保温杯50个、维生素片30瓶。")] == \
        [("保温杯50个", "supplies"), ("维生素片30瓶", "supplies")]


def test_idioms_with_numerals_before_a_classifier_count_nothing() -> None:
    assert rows("建立三位一体联动机制。") == [] and rows("他三番五次上门做工作。") == []


def test_a_lone_er_before_a_unit_of_things_is_an_ordinal() -> None:
    assert rows("推进二期项目建设。") == []  # a count says 两: 两期培训班
    assert [q.value for q in extract("举办两期培训班,二人获奖。")] == [2, 2]  # 二 before people still counts


def test_standing_by_ends_the_noun_of_vehicles() -> None:
    assert rows("各类抢险车辆共1200余辆待命。") == [("各类抢险车辆共1200余辆", 1200, "各类抢险车辆")]


def test_a_bare_hundred_needs_a_word_of_approximation() -> None:
    assert rows("一支百人乐团登台演出。") == []  # the size of one band, not a tally (百 alone was read before)
    assert rows("古树百棵以上。") == [("古树百棵以上", 100, "古树")]
    assert [(q.surface, q.approx) for q in extract("共派发破千袋物资。")] == [("破千袋物资", "more_than")]
    assert [q.value for q in extract("半百名党员报名。")] == [50]


def test_bu_gives_way_to_the_words_it_begins() -> None:
    assert rows("晚会分为演出和义卖两部分。") == [] and rows("参观八一部队营区。") == []
    assert rows("捐赠10部手机。") == [("10部手机", 10, "手机")]


def test_reports_and_complaints_received_are_counted_by_their_verbal_noun() -> None:
    assert rows("共收到群众来信举报230件,受理有效投诉180件。") == \
        [("举报230件", 230, "举报"), ("有效投诉180件", 180, "有效投诉")]


def test_a_list_of_goods_may_run_on_with_commas() -> None:
    assert [q.entity for q in extract("调运棉大衣800件,雨布300件,毛毯500条。")] == ["棉大衣", "雨布", "毛毯"]
