"""Counted nouns that jieba does not tag as nouns, read from their form (head_forms.csv): our own sentences."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


@pytest.mark.parametrize("text, entity, category", [
    ("向学校赠送80本英汉词典。", "英汉词典", "supplies"),          # tagged as a name by jieba
    ("为学生配发三角套尺120套。", "三角套尺", "supplies"),          # tagged as two measure words
    ("分发快速检测包3万份。", "快速检测包", "supplies"),            # a verbal noun inside (检测) and 包 tagged v
    ("捐赠5000盒抗原测试包。", "抗原测试包", "supplies"),
    ("紧急调运120顶安置帐篷。", "安置帐篷", "supplies"),            # a verb naming the goods' use
    ("调拨新冠疫苗2万剂。", "新冠疫苗", "supplies"),  # 剂 counts doses; delivered, goods (doses given: activity, q13)
    ("调拨8万剂检测套装。", "检测套装", "supplies"),
    ("建成饮水工程5处。", "饮水工程", "activity"),                  # facilities built
    ("建成两座光伏电站。", "光伏电站", "activity"),
])
def test_form_nouns(text: str, entity: str, category: str) -> None:
    qs = extract(text)
    assert [(q.entity, q.category) for q in qs] == [(entity, category)]


def test_money_still_buys_its_goods() -> None:
    # a verb after money is what the money does, not a name of goods
    qs = extract("拿出积蓄2000元购买帐篷。")
    assert [q.entity for q in qs] != ["购买帐篷"]


@pytest.mark.parametrize("text, entity, category", [
    ("全乡水渠受损86处。", "水渠", "other"),                        # a word of harm between noun and number
    ("暴雨后涵洞坍塌或损坏17座。", "涵洞", "other"),
    ("全镇公路中断42条，已抢通30条。", "公路", "other"),
])
def test_noun_before_a_word_of_harm(text: str, entity: str, category: str) -> None:
    q = extract(text)[0]
    assert (q.entity, q.category) == (entity, category)


def test_a_place_before_a_word_of_harm_is_not_counted() -> None:
    assert [q.entity for q in extract("全县死亡4人。")] == [""]


def test_goods_after_an_approximation_and_de() -> None:
    assert [q.entity for q in extract("搭起300顶左右的救灾帐篷。")] == ["救灾帐篷"]


def test_a_verb_before_a_team_names_it() -> None:
    assert [q.entity for q in extract("现场组成五个搜救小组。")] == ["搜救小组"]


def test_after_deng_the_noun_is_before_the_number() -> None:
    # 等 closes a list: what follows names the kind of the whole list, the counted noun comes before
    qs = extract("捐赠手套300副、护目镜500副等防疫物资。")
    assert [q.entity for q in qs] == ["手套", "护目镜"]


def test_noun_after_a_relative_clause_that_fits_the_classifier() -> None:
    qs = extract("新增两所新冠肺炎患者收治的定点医院。")
    assert qs[0].entity.endswith("定点医院") and qs[0].category == "organization"


def test_a_short_modifier_before_a_quoted_name() -> None:
    assert [q.entity for q in extract("建成三座新式“方舱”。")] == ["新式方舱"]


def test_a_company_is_an_organization() -> None:
    assert [(q.entity, q.category) for q in extract("全县组建民兵连45个。")] == [("民兵连", "organization")]
