"""General rules prompted by held-out corpus F (issue 12): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization import numerals
from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_zero_point_decimal_with_a_big_unit() -> None:
    assert numerals.read_numeral("零点五万") == 5000
    assert [(q.value, q.entity) for q in extract("当天发放帐篷零点三万顶。")] == [(3000, "帐篷")]


def test_bedding_bundles_and_scrolls_have_their_classifiers() -> None:
    assert rows("向灾区运去三万床棉被。") == [("三万床棉被", 30000, "棉被", "supplies")]
    assert rows("牧区储备干草4200捆。") == [("干草4200捆", 4200, "干草", "supplies")]
    assert rows("书法家写了三十幅春联。") == [("三十幅春联", 30, "春联", "supplies")]


def test_bed_counts_only_bedding() -> None:
    assert rows("这家医院有800床。") == []
