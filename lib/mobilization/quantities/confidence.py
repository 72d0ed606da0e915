"""Quantities, after extraction: how far to trust the counted noun and category of a figure (rounds f11, f12).

A figure's `confidence` word (high | medium | low) is read from what it counts (people, things, other) and what
decided its category, as the extractor recorded it on the `Quantity` where it chose it (`Quantity.category_from`;
round f12), a sum of money split by its size (`signals`). The word comes from the table of
data/figure_confidence.csv (`word`); benchmarks/heldout/figure_confidence.py measures every signal and judges that
table leave one corpus out (docs/rounds/f12.md). The figure itself never changes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_rows
from .records import Quantity
from .wordlists import lexicon


@dataclass(frozen=True)
class Signals:
    """What the extractor had when it chose a figure's noun and category.

    `counts`: what the figure counts, by its category (people: personnel or coverage, the people sent and the
    people or places reached; things: funds, supplies, organizations, activities; other: victims, damage, what no
    category fits); `decided`: what gave the category: money (a sum of money of 1000 or more: funds, whatever named
    it), small (a sum under 1000: a price, a sum per head or a threshold more often than a tally), few (a count,
    not a sum, of less than 3: one or two things of a story as often as a tally), or `Quantity.category_from` (agree, noun, form, classifier, combined, clause, figures, fallback); `noun`: where the
    counted noun was found (`Quantity.noun_from`: after, before, unit, context, figure; '' none); `unit`: the kind of
    the classifier (count, money, event, measure; none); `approx`: the number is not exact.
    """

    counts: str
    decided: str
    noun: str
    unit: str
    approx: bool


_PEOPLE = ("personnel", "coverage")
_THINGS = ("funds", "supplies", "organization", "activity")
SMALL_SUM = 1000  # a sum below it (50元, 200元 a head) was a tally 2 times in 18 on the opened corpora (round f12)
FEW = 3  # a count below it (一辆面包车, 两家医院) is a story's detail about as often as a tally: right 0.68 (round f12)


def signals(q: Quantity, text: str = "") -> Signals:
    """The signals of `q` (`text`, the simplified text its offsets point into, is not needed: kept for callers).

    >>> t = "全市建立751个临时党支部,人均200元"
    >>> from .extraction import extract
    >>> [signals(q, t) for q in extract(t)][0]
    Signals(counts='things', decided='noun', noun='after', unit='count', approx=False)
    >>> signals(Quantity(0, 4, "200元", 200.0, unit="元", category="funds", currency="CNY"), "200元").decided
    'small'
    """
    classifier = lexicon().classifiers.get(q.unit)
    if q.category == "funds" or q.currency or (classifier is not None and classifier.kind == "money"):
        decided = "small" if math.isfinite(q.value) and q.value < SMALL_SUM else "money"
    elif math.isfinite(q.value) and q.value < FEW:
        decided = "few"
    else:
        decided = q.category_from or "fallback"
    counts = "people" if q.category in _PEOPLE else "things" if q.category in _THINGS else "other"
    return Signals(counts, decided, q.noun_from, classifier.kind if classifier else "none", q.approx != "exact")


CELL = ["s_counts", "s_decided"]  # the signals the table of data/figure_confidence.csv is keyed by
# its columns: what decided the category
DECIDED = ("money", "small", "few", "agree", "noun", "form", "classifier", "combined", "clause", "figures", "fallback")


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], str]:
    """The word of each cell, from data/figure_confidence.csv (a MOBILIZATION_DATA overlay may replace rows)."""
    return {(r["counts"], d): r[d] for r in read_rows("figure_confidence.csv") for d in DECIDED}


def word(q: Quantity, text: str = "") -> str:
    """The confidence word of `q` (high | medium | low) by its signals, as data/figure_confidence.csv says.

    >>> from .extraction import extract
    >>> t = "调运抽水泵45台,建立临时党支部751个,捐款4600余万元,帮扶32个村,转移12人,李明捐款500元"
    >>> [(q.surface, word(q, t)) for q in extract(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('抽水泵45台', 'high'), ('临时党支部751个', 'medium'), ('捐款4600余万元', 'high'), ('32个村', 'low'),
     ('12人', 'medium'), ('李明捐款500元', 'low')]
    """
    s = signals(q, text)
    return table().get((s.counts, s.decided), "medium")
