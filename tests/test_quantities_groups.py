"""General rules from the cross-corpus round of issue 12 (misses and extras grouped by cause over the
opened corpora B, D, F, H, J, N): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_a_bare_thousand_before_the_classifier_of_people_is_a_round_count() -> None:
    assert rows("千名志工集结到安置点。") == [("千名志工", 1000, "志工", "personnel")]
    assert rows("万名党员下沉社区。") == [("万名党员", 10000, "党员", "personnel")]
    assert rows("千方百计保供应,百姓安心。") == []  # a bare 千/百 before anything else is no number


def test_a_place_noun_right_after_a_number_counts_itself() -> None:
    assert rows("工作组奔赴甲乙两省考察灾情。") == [("两省", 2, "省", "coverage")]
    assert [q.surface for q in extract("旱情使10余镇数千群众受到影响。")][0] == "10余镇"
    assert [(q.surface, q.entity) for q in extract("东塘等5校学童参加。")] == [("5校", "校")]


def test_a_unit_that_begins_a_word_is_the_word() -> None:
    assert rows("送水车服务300村民。") == [("300村民", 300, "村民", "coverage")]
    assert rows("十省市商会联合捐赠。") == []  # 省市 is one word: the name of the chambers
    assert [q.surface for q in extract("队员分两组分别赶赴各县。")] == ["两组"]  # 组|分别, not 组分
    assert rows("厂区3车间停工。") == []
    assert rows("累计运送43车救灾物资。") == [("43车救灾物资", 43, "救灾物资", "supplies")]


def test_the_object_of_a_verb_of_holding_events_names_them() -> None:
    assert rows("召开院坝会90余场次。") == [("院坝会90余场次", 90, "院坝会", "activity")]
    assert [q.entity for q in extract("参加会诊及病例讨论200余次。")] == ["会诊及病例讨论"]
    assert [q.entity for q in extract("他参加了3次。")] == [""]


def test_a_noun_and_the_number_of_it() -> None:
    assert [q.entity for q in extract("发布志愿服务项目数1200个。")] == ["志愿服务项目"]
    assert [q.entity for q in extract("报名志愿者人数300人。")] == ["志愿者"]


def test_what_one_person_owns_is_a_story() -> None:
    assert rows("他家的4间土房完全垮塌。") == []
    assert rows("她的2间房屋被冲毁。") == []
    assert [q.value for q in extract("我县4间校舍受损。")] == [4]  # an office speaks for many


def test_a_scene_of_sides_and_ends_is_no_tally() -> None:
    assert rows("二楼右侧两个房间里挤满了村民。") == []
    assert rows("山的南北两个坡面同时起火。") == []
    assert [q.value for q in extract("村主街西侧56户连夜转移。")] == [56]  # digits: households counted
    assert [q.value for q in extract("前后两次到访。")] == [2]


def test_a_sum_after_a_word_of_value_is_money_worth_the_goods() -> None:
    assert [(q.value, q.entity, q.category) for q in extract("将货值约10万的防护面罩捐给医院。")] \
        == [(100000, "防护面罩", "funds")]


def test_a_wage_or_yield_per_day_year_or_mu_is_a_rate() -> None:
    assert rows("一天有80块钱的工钱。") == []
    assert rows("贫困户每家一年就增收3000元。") == []
    assert rows("大棚每亩纯收益达到1.8万元。") == []
    assert [q.value for q in extract("仅一天就募集善款200万元。")] == [2000000]  # a span, not a rate
    assert [q.value for q in extract("一年来全县捐款500万元。")] == [5000000]


def test_one_after_a_copula_describes_the_subject() -> None:
    assert rows("镇中学成为一个重要的安置点。") == []
    assert [q.value for q in extract("组建一支党员突击队。")] == [1]


def test_the_parts_of_a_text_are_its_structure() -> None:
    assert rows("方案分为5个部分,从三个方面推进。") == []
    assert [q.value for q in extract("覆盖3个部分地区。")] == [3]


def test_a_list_of_bare_counts_trailing_off_illustrates() -> None:
    assert rows("10只、30只、100只……企业纷纷捐赠口罩。") == []
    assert [q.value for q in extract("累计转移安置280多万人……")] == [2800000]  # one count: a fact


def test_a_few_people_named_again_are_the_same_people() -> None:
    assert [q.value for q in extract("姐妹两人捐出一千元。两人把心意告诉爷爷,学校将表扬两人。")] == [2, 1000]


def test_a_noun_cut_by_the_end_of_the_excerpt_is_no_figure() -> None:
    assert rows("服务全国832个贫困") == []
    assert rows("服务全国832个贫困县") == [("832个贫困县", 832, "贫困县", "coverage")]


def test_a_verb_and_a_one_character_noun_of_a_form_after_a_classifier() -> None:
    assert rows("调派队员,7头搜救犬、16艘舟艇赶赴灾区。")[:1] == [("7头搜救犬", 7, "搜救犬", "supplies")]
    assert rows("捐赠5个救援包") == [("5个救援包", 5, "救援包", "supplies")]  # a noun of goods at the text's end


def test_a_count_per_unit_after_a_count_of_those_units() -> None:
    assert [q.value for q in extract("队伍被分为八个班次,每班约10人。")] == [8]  # 班次 … 每班
    assert [q.value for q in extract("按照一个部门包保一个村的原则,3个部门包保12个村。")] == [3, 12]  # pairing: 一 to 一


def test_er_before_a_unit_that_names_itself_is_an_ordinal_in_a_name() -> None:
    assert rows("新华二村居民积极参与。") == []
    assert [q.surface for q in extract("向浙、闽两省派出工作组。")][0] == "两省"


def test_the_same_few_people_after_a_place_are_new_people() -> None:
    assert [q.value for q in extract("甲村两人受伤,乙村两人死亡。")] == [2, 2]
