"""Round q32 (sixteenth session): BR opened, pinned on small sentences written for this test (docs/rounds/q32.md).
Every case here gave something else on the round's starting commit (ab2fc03).
"""
from __future__ import annotations

import pytest

from mobilization.quantities import extract
from mobilization.repair.body import find_body


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(q.surface, q.entity, q.category) for q in extract(text)]


@pytest.mark.parametrize("text, surface, entity", [
    # words jieba's own dictionary tags a verb (引桥) or cuts with a verb (扫雪|滚): the noun before the count was lost
    ("暴雨冲毁村道引桥2处,冲垮漫水桥1座。", "引桥2处", "引桥"),
    ("区环卫所出动车载扫雪滚5台、小型除雪滚9台。", "车载扫雪滚5台", "车载扫雪滚"),
])
def test_nouns_the_tagger_misread_before_their_count(text, surface, entity):
    assert [(q.surface, q.entity) for q in extract(text) if q.surface == surface] == [(surface, entity)]


def test_aftershocks_counted_as_events_are_the_disasters_scale():
    # 余震 (tagged a person's name by jieba) is the noun; 记录到 is a verb and its complement, no preposition of place
    assert _read("截至发稿,监测站共记录到余震总数为312次。") == [("余震总数为312次", "余震", "other")]


def test_a_lists_items_each_with_its_verb_of_harm_share_the_noun():
    assert _read("地震造成民房倒塌25间、严重损坏140间。") == [
        ("民房倒塌25间", "民房", "other"), ("140间", "民房", "other")]


@pytest.mark.parametrize("text, expected", [
    # voters and members taking part in a vote are reached by it (CODEBOOK.md fifth session), also when two words name
    # the election (村委会换届选举) and when the voters are counted with no classifier
    ("全镇共有3.2万余选民参加了村委会换届选举。", [("3.2万余选民", "选民", "coverage")]),
    ("1.5万多名党员参加了村党组织换届选举。", [("1.5万多名党员", "党员", "coverage")]),
    # people elected to posts are personnel (CODEBOOK.md fifth session), whatever their noun says elsewhere
    ("全市共有320名大学生当选村委会委员。", [("320名大学生", "大学生", "personnel")]),
    ("共有86名妇女进入村“两委”班子。", [("86名妇女", "妇女", "personnel")]),
    # and the increase over the last term counts the same people
    ("全县共有86名妇女当选,比上届增加了12名。", [("86名妇女", "妇女", "personnel"), ("12名", "妇女", "personnel")]),
])
def test_elections_voters_reached_and_people_elected(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people handled for breaking rules are reached by the enforcement, like those summoned (约谈)
    ("今年全县共查处违规人员45人。", [("违规人员45人", "违规人员", "coverage")]),
    # nominees (人选) are the noun after 名, not the verb of the clause
    ("镇党委对12名不合格人选进行了劝退。", [("12名不合格人选", "不合格人选", "coverage")]),
    # 惠泽 (benefit) reaches the people after it, as 惠及 does
    ("该会去年的服务惠泽逾30万名基层市民。", [("逾30万名基层市民", "基层市民", "coverage")]),
])
def test_people_handled_nominees_and_people_benefiting(text, expected):
    assert _read(text) == expected


def test_a_ceiling_per_recipient_is_no_tally():
    assert _read("基金会向伤者发放上限2万元的医疗补助。") == []


def test_every_item_of_a_list_after_a_verb_of_holding_is_the_facilitys_size():
    assert _read("新校区建成后可容纳900名小学生、600名初中生就读。") == [
        ("900名小学生", "小学生", "other"), ("600名初中生", "初中生", "other")]


def test_students_at_school_are_counted_after_zai_xiao():
    # 在校 (enrolled) is one word with the students; its 在 is no preposition naming where
    assert _read("慈善会资助在校学生30名。") == [("在校学生30名", "在校学生", "coverage")]


def test_a_captions_line_with_a_picture_credit_is_furniture_before_the_first_paragraph():
    page = ("某县出动300名志愿者清扫积雪\n\n2021-01-05 10:20 来源:某某网\n\n全县出动300名志愿者清扫积雪。 县团委供图\n\n"
            "1月4日夜间起,某县普降大雪,县委组织机关干部和志愿者连夜上街清扫积雪,保障群众出行安全。\n")
    body, furniture = find_body(page)
    assert [s.kind for s in furniture] == ["dateline", "caption"]
    assert [page[s.start:s.end].strip()[:6] for s in body] == ["某县出动30", "1月4日夜间"]
