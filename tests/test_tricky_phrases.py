"""Every row of data/tricky_phrases.csv (a copy of design/tricky_phrases.csv) must pass.

A phrase with several rows yields exactly those quantities; a row with an empty value means
nothing may be reported. Phrases may be traditional: they go through OpenCC t2s first, as in
the pipeline.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from mobilization.lexicon import read_rows
from mobilization.quantities import extract
from mobilization.script import convert


def _expected() -> dict[str, list[tuple]]:
    by_text: dict[str, list[tuple]] = defaultdict(list)
    for row in read_rows("tricky_phrases.csv"):
        rows = by_text[row["text"]]
        if row["value"]:
            high = float(row["value_high"]) if row["value_high"] else None
            rows.append((float(row["value"]), high, row["approx"], row["unit"], row["entity"]))
    return dict(by_text)


EXPECTED = _expected()


def test_the_copy_has_every_phrase():
    assert len(read_rows("tricky_phrases.csv")) == 43
    assert len(EXPECTED) == 40 and sum(not v for v in EXPECTED.values()) == 10  # 10 non-counts


@pytest.mark.parametrize("text", sorted(EXPECTED))
def test_tricky_phrase(text):
    simplified = convert(text, "t2s")
    got = [(q.value, q.value_high, q.approx, q.unit, q.entity) for q in extract(simplified)]
    assert sorted(got, key=str) == sorted(EXPECTED[text], key=str)
