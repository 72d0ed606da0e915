"""Round q19 (issue 12): the counted noun phrase runs to its head and stops before a predicate or a money word.

Invented sentences; those marked `was …` gave another result on main 6618ecc.
"""
import pytest

from mobilization.quantities import extract


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def _entities(text: str) -> list[str]:
    return [q.entity for q in extract(text)]


@pytest.mark.parametrize("text, entity", [
    # a verb with an aspect particle, or an adverb, after the head starts the predicate (was 民警守着老人)
    ("镇里派出2名民警守着老人。", "民警"),
    # the money counted donors give is no part of them (was 单位捐款)
    ("全镇共有7家单位捐款。", "单位"),
    # a bare verb before a further noun is its modifier, the phrase runs on to the head
    ("组建37家中央定点帮扶单位。", "中央定点帮扶单位"),
    ("成立一个医护救治小组。", "医护救治小组"),
])
def test_phrase_stops_before_a_predicate(text, entity):
    assert _entities(text) == [entity]
