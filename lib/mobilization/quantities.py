"""Stage 5, extract quantities: value, approximation, unit, counted noun, category, offsets.

CONTRACT: `extract(text) -> list[Quantity]` on repaired, simplified text; offsets are
into that text and `text[q.start:q.end] == q.surface`. (First cut below; being replaced.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    surface: str
    value: float
    approx: str = "exact"
    value_high: float | None = None
    unit: str = ""
    entity: str = ""
    category: str = "other"


_FIRST_CUT = re.compile(r"(\d+(?:\.\d+)?)(多|余)?(万)?(个|名|人次|人|户|支|条|篇|次|元)")


def extract(text: str) -> list[Quantity]:
    """First cut: Arabic digits followed by a classifier.

    >>> [q.value for q in extract("建立751个临时党支部")]
    [751.0]
    """
    out = []
    for m in _FIRST_CUT.finditer(text):
        value = float(m.group(1)) * (10000 if m.group(3) else 1)
        out.append(Quantity(m.start(), m.end(), m.group(), value, "more_than" if m.group(2) else "exact", None, m.group(4)))
    return out
