"""Quantities, after extraction: how far to trust the counted noun and category of a figure (round f11).

A figure's `confidence` word (high | medium | low) is read from what the extractor decided (`signals`): where its
counted noun came from and what decided its category, as the extractor recorded them on the `Quantity` where it
chose them (`Quantity.noun_from`, `Quantity.category_from`; round f12). The word comes from the table of
data/figure_confidence.csv (`word`); benchmarks/heldout/figure_confidence.py measures every signal and makes that
table leave one corpus out (docs/rounds/f11.md, docs/rounds/f12.md). The figure itself never changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_rows
from .records import Quantity
from .wordlists import lexicon


@dataclass(frozen=True)
class Signals:
    """What the extractor had when it chose a figure's noun and category.

    `noun`: where the counted noun is (after: read after the number, or the unit naming itself, 8县; before: before
    the number; context: named elsewhere, in the clause or by another figure; empty: none); `decided`: what gave the category (money: the figure
    is a sum of money, funds or goods of a value; noun: the noun's own category, listed or of its form, the classifier
    agreeing or saying nothing; classifier: the classifier's; rule: the clause or a rule across figures, or noun and
    classifier together (名 + 居民: the people reached); fallback: nothing named a category, other); `unit`: the kind
    of the classifier (count, money, event, measure; none); `approx`: the number is not exact. `noun_from` and
    `category_from` are the Quantity's own record, of which `noun` and `decided` are the coarser cut.
    """

    noun: str
    decided: str
    unit: str
    approx: bool
    noun_from: str = ""
    category_from: str = ""


# the table's rows and columns from what the extractor recorded (Quantity.noun_from, Quantity.category_from)
_WHERE = {"after": "after", "unit": "after", "before": "before", "context": "context", "figure": "context", "": "empty"}
_DECIDED = {"money": "money", "noun": "noun", "form": "noun", "agree": "noun", "classifier": "classifier",
            "combined": "rule", "clause": "rule", "figures": "rule", "fallback": "fallback"}


def signals(q: Quantity, text: str = "") -> Signals:
    """The signals of `q` (`text`, the simplified text its offsets point into, is not needed: kept for callers).

    >>> t = "全市建立751个临时党支部"
    >>> from .extraction import extract
    >>> signals(extract(t)[0], t)
    Signals(noun='after', decided='noun', unit='count', approx=False, noun_from='after', category_from='noun')
    """
    classifier = lexicon().classifiers.get(q.unit)
    if q.category == "funds" or q.currency or (classifier is not None and classifier.kind == "money"):
        decided = "money"
    else:
        decided = _DECIDED.get(q.category_from, "rule")
    return Signals(_WHERE.get(q.noun_from, "context"), decided,
                   classifier.kind if classifier else "none", q.approx != "exact", q.noun_from, q.category_from)


CELL = ["s_noun", "s_decided"]  # the signals the table of data/figure_confidence.csv is keyed by
DECIDED = ("money", "noun", "classifier", "rule", "fallback")  # its columns: what decided the category


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], str]:
    """The word of each cell, from data/figure_confidence.csv (a MOBILIZATION_DATA overlay may replace rows)."""
    return {(r["where"], d): r[d] for r in read_rows("figure_confidence.csv") for d in DECIDED}


def word(q: Quantity, text: str) -> str:
    """The confidence word of `q` (high | medium | low) by its signals, as data/figure_confidence.csv says.

    >>> from .extraction import extract
    >>> t = "全市建立临时党支部751个,捐款4600余万元,帮扶32个村,转移12人"
    >>> [(q.surface, word(q, t)) for q in extract(t)]
    [('临时党支部751个', 'high'), ('捐款4600余万元', 'high'), ('32个村', 'medium'), ('12人', 'medium')]
    """
    s = signals(q, text)
    return table().get((s.noun, s.decided), "medium")
