"""Counts that are rhetoric or per-unit amounts, not tallies (CODEBOOK.md exclusions): our own sentences."""
from __future__ import annotations

from mobilization.quantities import extract


def surfaces(text: str) -> list[str]:
    return [q.surface for q in extract(text)]


def test_narrative_one_person_is_not_a_tally() -> None:
    assert surfaces("洪水围困了村庄，其中有一名老人行动不便。") == []
    assert surfaces("一位党员带头冲进了水里。") == []


def test_one_team_set_up_is_still_counted() -> None:
    assert [q.entity for q in extract("村里组建一支党员突击队。")] == ["党员突击队"]


def test_each_before_the_number_is_one_row_with_the_amount_of_each() -> None:
    # held-out gold B and F: named donors each giving a sum (甲、乙各200万元) are one row, per-donor value
    text = "甲公司、乙公司各200万元，丙基金会捐款500万元。"
    assert [q.value for q in extract(text)] == [2_000_000, 5_000_000]
    assert [q.value for q in extract("东区、西区各发生1起火灾。")] == [1]


def test_each_in_a_word_does_not_exclude() -> None:
    assert [q.value for q in extract("各级党组织共成立临时党支部45个。")] == [45]


def test_a_rate_per_day_is_not_a_tally() -> None:
    assert surfaces("新生产线投产后每天可生产口罩20万只。") == []


def test_a_numbered_villagers_group_is_a_name() -> None:
    assert surfaces("他是新塘村5组的老党员。") == []


def test_erci_is_an_adverb_not_two_times() -> None:
    assert surfaces("不少群众二次地参与了捐款。") == []
    assert [q.value for q in extract("共开展十二次培训。")] == [12]   # 十二次 stays twelve times


def test_a_demonstrative_points_back_and_is_no_new_tally() -> None:
    assert surfaces("依托这两所医院的现有条件改建。") == []


def test_one_person_in_a_total_or_a_norm_is_kept() -> None:
    assert [q.value for q in extract("本次共有一名志愿者受到表彰。")] == [1]
    assert [q.value for q in extract("每个村派驻一名驻村干部。")] == [1]
