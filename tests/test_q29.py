"""Round q29 (fourteenth session): figures found in BL's kinds (docs/rounds/q29.md), pinned on sentences written for
this test. Cases marked `was …` gave something else on the round's starting commit (59a553d); the others pin what
the new rules leave alone.
"""
from __future__ import annotations

import math

import pytest

from mobilization.quantities import extract


def _sums(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.currency) for q in extract(text)]


@pytest.mark.parametrize("text, expected", [
    ("基金会截至昨日共筹得HK$ 1,256,300.50。", [(1256300.5, "HKD")]),                  # was []
    ("校友会捐款:HK$30,000", [(30000.0, "HKD")]),                                        # was []
    ("商会再捐US$8,000,作紧急援助。", [(8000.0, "USD")]),                                 # was []
    ("本澳社团筹得MOP$2,400,并转交灾区。", [(2400.0, "MOP")]),                              # was []
    ("该会捐出港币500万元。", [(5000000.0, "HKD")]),
])
def test_a_sign_before_a_sum_names_its_money(text, expected):
    assert _sums(text) == expected


@pytest.mark.parametrize("text", [
    # (was nothing with a sign: the sign alone would read the head, 3, 2 or 1.25 HKD)
    "社团捐款HK$3,45,作为援助。",       # was []
    "社团捐款HK$ 2 500 000,作为援助。",  # was []
    "社团捐款HK$1.250.000,作为援助。",   # was []
    "社团捐款56,78元,作为援助。",        # was 78 CNY: the tail
])
def test_a_sum_not_read_whole_is_flagged(text):
    (q,) = extract(text)
    assert math.isnan(q.value) and q.unreadable


def test_an_amount_times_a_count_is_no_sum_given():
    # HK$50,000 × 3 is what each of three donors gave; × 1 leaves a single sum; 9人 × HK$5,000 pays each of nine
    assert _sums("• 捐款 HK$50,000 × 3\n  捐款 HK$80,000 × 1") == [(80000.0, "HKD")]              # was 50000 too
    assert [(q.value, q.unit) for q in extract("• 受伤居民 9人 × HK$5,000 = HK$45,000")] == [(9.0, "人"), (45000.0, "")]
    assert _sums("慰问困难学生10人 × 3000元,合共30000元。")[1:] == [(30000.0, "CNY")]       # was 3000 too
