"""Round q23 (ninth session): counted nouns from the strict misses and extras of AZ, pinned on small sentences
written for this test (docs/rounds/q23.md). Cases marked `was …` gave something else
on the round's starting commit; the others pin what the new rules leave alone.
"""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.entity) for q in extract(text)]


def test_locative_predicate_after_a_count():
    # 在 right after a count opens where the things are; the noun is the one of the counts before
    got = _read("全县渔船900艘,已经撤离70艘,35艘在台风影响范围外的开阔海域。")
    assert got[1:] == [("70艘", 70.0, "渔船"), ("35艘", 35.0, "渔船")]   # was 35艘在台风影响范围外的开阔海域
    # a known noun after the 的 still makes a relative clause
    assert _read("调运300顶在仓库存放的帐篷。") == [("300顶在仓库存放的帐篷", 300.0, "在仓库存放的帐篷")]


def test_chain_of_elided_counts():
    # each count with no noun of its own after the first counts the same noun, as read
    got = _read("计划搭建板房500间,目前已经建成300间,已经入住120间。")
    assert [e for _, _, e in got] == ["板房", "板房", "板房"]             # was no noun for 120间


@pytest.mark.parametrize("text, expected", [
    # a note in brackets between a count and its noun
    ("全年共选派600多名(计划内300名)医务人员到灾区工作。",
     [("600多名", 600.0, "医务人员"), ("300名", 300.0, "医务人员")]),     # was no noun (both)
    # a bare count in brackets restates the figure in another unit: left as it was (docs, q23)
    ("今年又有12户(45人)贫困户脱贫。", [("12户", 12.0, ""), ("45人", 45.0, "")]),
    # a note with a noun of its own is no note before the noun: the count keeps its reading
    ("共救出5人(含2名儿童)。", [("5人", 5.0, ""), ("2名儿童", 2.0, "儿童")]),
])
def test_note_between_count_and_noun(text, expected):
    assert _read(text) == expected


def test_degree_before_harm():
    # 不同程度, 严重: how badly, not what
    assert _read("全镇道路不同程度损坏35处。") == [("道路不同程度损坏35处", 35.0, "道路")]   # was 道路不同程度
    # a clause of degree and harm alone takes the noun of the count just before
    got = _read("全乡倒塌房屋40间,不同程度损坏260间。")
    assert got[-1] == ("260间", 260.0, "房屋")                          # was 不同程度损坏260间, 不同程度
