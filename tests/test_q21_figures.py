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
