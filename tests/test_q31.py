"""Round q31 (fifteenth session): BP opened, pinned on small sentences written for this test (docs/rounds/q31.md).
Every case here gave something else on the round's starting commit (20a9c77).
"""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(q.surface, q.entity, q.category) for q in extract(text)]


@pytest.mark.parametrize("text, expected", [
    # teams counted by the general classifier 个, then their members and 的, then the teams' noun (read by its form)
    ("全省组建了5个260人的县级抢险机动队。",
     [("5个", "县级抢险机动队", "organization"), ("260人", "县级抢险机动队", "personnel")]),
    ("镇里成立3个45人的应急突击分队。",
     [("3个", "应急突击分队", "organization"), ("45人", "应急突击分队", "personnel")]),
])
def test_teams_counted_by_ge_before_their_members(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, part, entity", [
    # working dogs counted with no classifier, listed beside the people of a team (20人4搜救犬)
    ("该队出动20人4搜救犬赶赴现场。", "4搜救犬", "搜救犬"),
    ("警方派出两名训导员和2警犬参与搜寻。", "2警犬", "警犬"),
])
def test_working_dogs_counted_with_no_classifier(text, part, entity):
    assert [(q.surface, q.entity) for q in extract(text) if q.surface == part] == [(part, entity)]


def test_a_dogs_count_stops_before_the_place_of_the_next_item():
    # goods and a place are never counted together: the place sends the next item of the list
    got = [(q.surface, q.entity, q.category) for q in extract("甲县派出12人与2只搜救犬、乙县派出9人。") if q.unit == "只"]
    assert got == [("2只搜救犬", "搜救犬", "supplies")]


def test_search_and_rescue_personnel_are_sent_not_rescued():
    # 搜救人员 are those who search; 搜救 before other people still rescues them
    assert [(q.entity, q.category) for q in extract("当局已出动搜救人员860人前往灾区。")] == [("搜救人员", "personnel")]
    assert [(q.entity, q.category) for q in extract("消防员共出动搜救队员40名。")] == [("搜救队员", "personnel")]



def test_a_one_day_events_takings_are_a_tally():
    # 单日 before a verb of raising gives the day's total (not a rate); 单日最高 stays a peak
    assert [(q.surface, q.entity) for q in extract("义诊会单日募得180袋血液。")] == [("180袋血液", "血液")]
    assert extract("单日最高收治病人86例。") == []


def test_a_second_classifier_in_brackets_before_the_noun():
    # bedding counted by 床, clothes by 件: one count of both, its noun after the bracket (衣被 is bedding too)
    got = [(q.surface, q.value, q.category) for q in extract("民政部门下拨2万床(件)衣被。")]
    assert got == [("2万床(件)衣被", 20000.0, "supplies")]
    assert [q.entity for q in extract("紧急调运3000床衣被。")] == ["衣被"]
