"""General rules prompted by held-out corpus H (issue 12): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization.quantities import extract
from mobilization.script import convert


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_numeral_in_groups_between_yi_and_wan_is_read_whole() -> None:
    got = [(q.surface, q.value, q.currency) for q in extract(convert("本次義賣共得新台幣 3 億 2041 萬 5176 元。"))]
    assert got == [("新台币 3 亿 2041 万 5176 元", 320415176, "TWD")]
    assert [q.value for q in extract("累计拨付1亿0503万2400元。")] == [105032400]
    assert extract("联系电话13812345678。") == []  # a long digit group is still a phone number


def test_product_kinds_carriages_and_machine_sets_have_classifiers() -> None:
    assert rows("展销会上架18款土特产。") == [("18款土特产", 18, "土特产", "supplies")]
    assert rows("铁路调集35节车厢运送煤炭。") == [("35节车厢", 35, "车厢", "supplies")]
    assert rows("他上了4节课。") == []  # 节 counts carriages and batteries only
    assert rows("投入除雪设备900台套。") == [("除雪设备900台套", 900, "除雪设备", "supplies")]


def test_products_phones_dogs_and_systems_are_goods() -> None:
    assert [q.category for q in extract("合作社推出农产品40多种。")] == ["supplies"]
    assert [q.category for q in extract("店里共有210个单品。")] == ["supplies"]
    assert [q.category for q in extract("救援队带来卫星电话3部、警犬5条。")] == ["supplies", "supplies"]
    assert rows("乡里运来净水系统9套。") == [("净水系统9套", 9, "净水系统", "supplies")]
    # (built, they are work done: CODEBOOK.md eighth session, 建成净水系统9套 activity; round q21c)
    assert rows("乡里建成净水系统9套。") == [("净水系统9套", 9, "净水系统", "activity")]


def test_a_part_that_names_a_kind_of_the_total_keeps_its_noun() -> None:
    got = rows("街道共有各类小区40个,其中老旧小区25个。")
    assert [e for _, _, e, _ in got] == ["各类小区", "老旧小区"]


def test_people_counted_after_their_teams_are_personnel() -> None:
    got = rows("到场的有医疗队3支45人、民兵分队2支60人。")
    assert [(v, e, c) for _, v, e, c in got] == [(3, "医疗队", "organization"), (45, "医疗队", "personnel"),
                                                 (2, "民兵分队", "organization"), (60, "民兵分队", "personnel")]


def test_the_injured_and_the_dead_are_victims() -> None:
    assert [q.category for q in extract("现场发现7名伤者和2名遇难者。")] == ["other", "other"]


def test_a_noun_first_count_after_a_de_clause_with_a_place() -> None:
    assert rows("走访发现在外省务工的人员27名。") == [("人员27名", 27, "人员", "coverage")]
    assert rows("在我镇3个路口设卡。")[0][2] == "路口"  # a place after 在 is still no noun-first phrase


def test_a_preposition_of_place_does_not_hide_the_verb_of_reaching() -> None:
    assert [q.category for q in extract("网格员排查出目前在外地人员41人。")] == ["coverage"]


def test_a_list_closed_by_deng_does_not_hide_the_verb_of_reaching() -> None:
    assert [q.category for q in extract("镇里转移河滩、危房、工棚等群众830人。")] == ["coverage"]


def test_a_bare_count_of_people_evacuated_is_coverage() -> None:
    assert [q.category for q in extract("山洪来临前,240人撤离彻底。")] == ["coverage"]
    assert [q.category for q in extract("抽调240人转移群众。")] == ["personnel"]


def test_a_verb_and_its_object_before_a_count_of_trips() -> None:
    assert rows("车队拉运饲草500车次。") == [("拉运饲草500车次", 500, "拉运饲草", "activity")]


def test_a_sum_over_a_bar_that_picks_people_is_no_money_given() -> None:
    got = rows("职工共捐款3.2万元,其中捐款超过500元的有21人。")
    assert [(s, v) for s, v, _, _ in got] == [("捐款3.2万元", 32000), ("21人", 21)]
    assert [q.value for q in extract("企业捐赠价值超过1000万元的物资。")] == [10000000]


def test_a_speakers_own_money_in_colloquial_speech_is_an_anecdote() -> None:
    assert extract("老王笑着说:“去年我养鸡挣了8000多块钱。”") == []
    assert [q.value for q in extract("村支书说:“我们村为灾区凑了5000块钱。”")] == [5000]


def test_reservoirs_with_a_size_class_in_parentheses() -> None:
    assert rows("全县9座小(一)型以上水库全部达标。") == [("9座小(一)型以上水库", 9, "小(一)型以上水库", "coverage")]


def test_firms_stations_and_venues() -> None:
    assert [(q.entity, q.category) for q in extract("吸引20多个商家入驻,建成8个电商网点。")] == [
        ("商家", "organization"), ("电商网点", "organization")]
    assert rows("方舱医院启用3个馆收治。")[0][2:] == ("馆", "coverage")


def test_an_adverb_jieba_mistags_does_not_hide_the_harm_after_a_count() -> None:
    assert [q.category for q in extract("截至昨晚,仍有9人仍失联。")] == ["other"]


def test_taiwan_screening_word() -> None:
    assert [q.category for q in extract("全县已有3万多人接受筛检。")] == ["coverage"]


def test_a_colloquial_range_in_digits_is_never_its_tail() -> None:
    got = [(q.surface, q.value, q.value_high, q.approx) for q in extract("那次只收到4、50袋。")]
    assert got == [("4、50袋", 40, 50, "range")]
