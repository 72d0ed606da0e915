"""Quantities, after extraction: how far to trust the counted noun and category of a figure (rounds f11-f13).

A figure's `confidence` word (high | medium | low) is read from what it counts (people, places, things, other) and
what decided its category, as the extractor recorded it on the `Quantity` where it chose it (`Quantity.category_from`;
round f12), a sum of money split by its size, and for a count of people the verb that governs it (`role`: round f13,
data/figure_roles.csv). The word comes from the table of data/figure_confidence.csv (`word`);
benchmarks/heldout/figure_confidence.py measures every signal, rebuilds that table and judges it leave one corpus out
(docs/rounds/f12.md, docs/rounds/f13.md). The figure itself never changes.
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

    `counts`: what the figure counts, by its category and classifier: people (personnel or coverage counted as
    persons: 名 人 位 人次), places (personnel or coverage counted otherwise: places, households, institutions, or with
    no classifier), things (funds, supplies, organizations, activities), other (victims, damage, what no category
    fits). `decided`: what gave the category: money (a sum of money of 1000 or more: funds, whatever named it), small
    (a sum under 1000: a price, a sum per head or a threshold more often than a tally), few (a count, not a sum, of
    less than 3: one or two things of a story as often as a tally); for people and places, verb (the verb governing
    the count names the role the category says: a word of data/figure_roles.csv, or else the extractor's clause
    reader decided), crossed (the verb names the other role: 慰问 before personnel), described (a verb of having: a
    population described); else `Quantity.category_from` (agree, noun, form, classifier, combined, figures,
    fallback). `noun`: where the counted noun was found (`Quantity.noun_from`: after, before, unit, context, figure;
    '' none); `unit`: the kind of the classifier (count, money, event, measure; none); `approx`: the number is not
    exact; `role`: the role the verb before a count of people names (`role`: sent, reached, described; '' none).
    """

    counts: str
    decided: str
    noun: str
    unit: str
    approx: bool
    role: str = ""


_PEOPLE = ("personnel", "coverage")
_THINGS = ("funds", "supplies", "organization", "activity")
_PERSONS = frozenset(("名", "人", "位", "人次"))  # classifiers that count persons; the others count places, households
_ROLE_OF = {"personnel": "sent", "coverage": "reached"}  # the role each category of people says
SMALL_SUM = 1000  # a sum below it (50元, 200元 a head) was a tally 2 times in 18 on the opened corpora (round f12)
FEW = 3  # a count below it (一辆面包车, 两家医院) is a story's detail about as often as a tally: right 0.68 (round f12)
ROLE_SPAN = 8  # how far back in its clause the verb of a count of people is read (round f13)
_CLAUSE_END = frozenset("，,。；;！!？?：:\n")


@lru_cache(maxsize=1)
def _role_words() -> tuple[dict[str, str], dict[str, str]]:
    """data/figure_roles.csv: (word → role, read anywhere in the span; word → role, read only right before)."""
    span: dict[str, str] = {}
    adjacent: dict[str, str] = {}
    for r in read_rows("figure_roles.csv"):
        (adjacent if r.get("adjacent", "") == "yes" else span)[r["word"]] = r["role"]
    return span, adjacent


def role(text: str, start: int) -> str:
    """The role (sent, reached, described; '' none) the verb before `start` names in its clause (ROLE_SPAN).

    The word of data/figure_roles.csv that ends nearest to the count speaks (of two ending together, the longer), after
    the last 的; a preposition of the beneficiary (为, 向, 给) only right before the count.

    >>> role("县里派出党员300名", 4), role("走访慰问困难群众300人", 8), role("全村共有521户", 4)
    ('sent', 'reached', 'described')
    >>> role("派出医疗队,救治300人", 8), role("因为下雨300人", 4), role("为500余名", 1), role("服务群众的志愿者300名", 5)
    ('reached', '', 'reached', '')
    """
    i = start
    while i > 0 and start - i < ROLE_SPAN and text[i - 1] not in _CLAUSE_END:
        i -= 1
    left = text[i:start]
    left = left[left.rfind("的") + 1:]  # a verb before 的 modifies the noun (服务群众的志愿者): it governs no count
    span, adjacent = _role_words()
    if left and left[-1] in adjacent:
        return adjacent[left[-1]]
    found, end, size = "", -1, 0
    for w, r in span.items():
        j = left.rfind(w)
        if j >= 0 and (j + len(w) > end or (j + len(w) == end and len(w) > size)):
            found, end, size = r, j + len(w), len(w)
    return found


def signals(q: Quantity, text: str = "") -> Signals:
    """The signals of `q`; `text` is the simplified text its offsets point into (without it, no verb is read).

    >>> t = "全市建立751个临时党支部,人均200元"
    >>> from .extraction import extract
    >>> [signals(q, t) for q in extract(t)][0]
    Signals(counts='things', decided='noun', noun='after', unit='count', approx=False, role='')
    >>> signals(Quantity(0, 4, "200元", 200.0, unit="元", category="funds", currency="CNY"), "200元").decided
    'small'
    >>> t = "派出党员300名,全村共有党员50名,为灾区服务医护人员30名"
    >>> [(s.counts, s.decided, s.role) for s in (signals(q, t) for q in extract(t))]
    [('people', 'verb', 'sent'), ('people', 'described', 'described'), ('people', 'crossed', 'reached')]
    """
    classifier = lexicon().classifiers.get(q.unit)
    people = q.category in _PEOPLE
    said = role(text, q.start) if people and text else ""
    if q.category == "funds" or q.currency or (classifier is not None and classifier.kind == "money"):
        decided = "small" if math.isfinite(q.value) and q.value < SMALL_SUM else "money"
    elif math.isfinite(q.value) and q.value < FEW:
        decided = "few"
    elif said == "described":
        decided = "described"
    elif said:  # the verb names a role: the one the category says, or the other
        decided = "verb" if said == _ROLE_OF[q.category] else "crossed"
    elif people and q.category_from == "clause":  # the extractor's clause reader read the verb that decided
        decided = "verb"
    else:
        decided = q.category_from or "fallback"
    if people:
        counts = "people" if q.unit in _PERSONS else "places"
    else:
        counts = "things" if q.category in _THINGS else "other"
    return Signals(counts, decided, q.noun_from, classifier.kind if classifier else "none", q.approx != "exact", said)


CELL = ["s_counts", "s_decided"]  # the signals the table of data/figure_confidence.csv is keyed by
# its columns: what decided the category
DECIDED = ("money", "small", "few", "verb", "crossed", "described", "agree", "noun", "form", "classifier", "combined",
           "clause", "figures", "fallback")


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], str]:
    """The word of each cell, from data/figure_confidence.csv (a MOBILIZATION_DATA overlay may replace rows)."""
    return {(r["counts"], d): r[d] for r in read_rows("figure_confidence.csv") for d in DECIDED}


def word(q: Quantity, text: str = "") -> str:
    """The confidence word of `q` (high | medium | low) by its signals, as data/figure_confidence.csv says.

    >>> from .extraction import extract
    >>> t = "调运抽水泵45台,建立临时党支部751个,捐款4600余万元,帮扶32个村,转移12人,李明捐款500元"
    >>> [(q.surface, word(q, t)) for q in extract(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('抽水泵45台', 'high'), ('临时党支部751个', 'medium'), ('捐款4600余万元', 'high'), ('32个村', 'medium'),
     ('12人', 'high'), ('李明捐款500元', 'low')]

    (转移12人: people moved, the verb's role "reached" agrees with their category coverage: high since round f13.)
    """
    s = signals(q, text)
    return table().get((s.counts, s.decided), "medium")
