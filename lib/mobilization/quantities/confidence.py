"""Quantities, after extraction: how far to trust the counted noun and category of a figure (round f11).

A figure's `confidence` word (high | medium | low) is read from what the extractor decided, re-read from the
finished `Quantity` and its text (`signals`): where its counted noun came from and what decided its category. The
word comes from the table of data/figure_confidence.csv (`word`); benchmarks/heldout/figure_confidence.py measures
every signal and makes that table leave one corpus out (docs/rounds/f11.md). The figure itself never changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_rows
from .categories import _category
from .heads import _head_at_end
from .open_nouns import open_head
from .records import Head, Quantity
from .wordlists import lexicon


@dataclass(frozen=True)
class Signals:
    """What the extractor had when it chose a figure's noun and category.

    `noun`: where the counted noun is (after: after the number, inside the surface; before: before the number,
    inside the surface; context: named elsewhere, outside the surface, by a rule across figures or a noun of
    money; empty: none); `listed`: the noun ends in a head of nouns.csv (else it was read from the language);
    `decided`: what gave the category (money: the figure is a sum of money, funds or goods of a value; noun: the
    noun's own category, listed or of its form; classifier: the classifier's; rule: the clause or a rule across
    figures changed it from what noun and classifier say, or noun and classifier together decided it (名 + 居民:
    the people reached); fallback: nothing named a category, other); `unit`: the kind of the classifier (count,
    money, event, measure; none); `approx`: the number is not exact.
    """

    noun: str
    listed: bool
    decided: str
    unit: str
    approx: bool


def _where(q: Quantity, text: str) -> str:
    """Where the counted noun of `q` stands (after | before | context | empty).

    >>> _where(Quantity(0, 6, "751个支部", 751.0, unit="个", entity="支部", number_start=0, number_end=3), "751个支部")
    'after'
    """
    if not q.entity:
        return "empty"
    if q.entity in text[q.number_end:q.end]:
        return "after"
    if q.entity in text[q.start:q.number_start]:
        return "before"
    return "context"


def signals(q: Quantity, text: str) -> Signals:
    """The signals of `q`, found in the (simplified) `text` its offsets point into.

    >>> t = "全市建立751个临时党支部"
    >>> from .extraction import extract
    >>> signals(extract(t)[0], t)
    Signals(noun='after', listed=True, decided='noun', unit='count', approx=False)
    """
    lex = lexicon()
    classifier = lex.classifiers.get(q.unit)
    listed = _head_at_end(q.entity, lex) if q.entity else None
    head: Head | None = listed if listed is not None else (open_head(q.entity, lex) if q.entity else None)
    static = _category(classifier, head)
    if q.category == "funds" or q.currency or (classifier is not None and classifier.kind == "money"):
        decided = "money"
    elif q.category != static:
        decided = "rule"
    elif head is not None and head.category == q.category:
        decided = "noun"
    elif classifier is not None and classifier.category == q.category:
        decided = "classifier"
    elif q.category == "other":
        decided = "fallback"
    else:
        decided = "rule"
    return Signals(_where(q, text), listed is not None, decided, classifier.kind if classifier else "none",
                   q.approx != "exact")


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
