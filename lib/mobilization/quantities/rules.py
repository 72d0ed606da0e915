"""Quantities, step 7: rules across quantities: shared nouns, breakdowns, counts that are not tallies.

`apply_rules` runs them on the quantities of one `scan`: neighbours share a noun (200桶800斤酒精,
`shared_nouns`), the parts of a total take its category and a count after a verb of change takes the
subject before it (`parts_and_changes`), a lone count takes the noun named before it (`lone_counts`);
then `tallies.drop_non_tallies` drops the counts that are not tallies.
"""
from __future__ import annotations

from .records import Lexicon, Quantity, replaced
from .shared_nouns import _list_kind, _share_nouns
from .lone_counts import _batches, _gift_counts, _lone_counts, _second_unit, _valued_goods
from .parts_and_changes import _breakdowns, _changes, _increases, _parts_of_total
from .tallies import drop_non_tallies


def apply_rules(found: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """The rules across quantities on the quantities of one scan, in order: shared nouns,
    breakdowns, lone counts; then the counts that are not tallies are dropped (`tallies.drop_non_tallies`).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "8个工作小组,每个小组设立一个临时党支部"; [q.surface for q in apply_rules(scan(t), t, lexicon())]
    ['8个工作小组']
    """
    found = _marked(found, _share_nouns(found, text, lex))
    found = _marked(found, _list_kind(found, text, lex))
    found = _marked(found, _breakdowns(found, text))
    found = _marked(found, _changes(found, text, lex))
    found = _marked(found, _increases(found, text, lex))
    found = _marked(found, _batches(found, text, lex))
    found = _marked(found, _valued_goods(found, text, lex))
    found = _marked(found, _second_unit(found, text, lex))
    found = _marked(found, _gift_counts(found, text, lex))
    found = _marked(found, _lone_counts(found, text, lex))
    found = _marked(found, _parts_of_total(found, text, lex))
    found = _marked(found, _vessels_named(found, text))
    return drop_non_tallies(found, text, lex)


def _vessels_named(qs: list[Quantity], text: str) -> list[Quantity]:
    """Counts whose noun a rule above gave (noun_from figure or context) and that the noun makes vessels a warning
    reaches (`situations.vessel_reached`): coverage, as if they had read it themselves (全市在港渔船5376艘,安全撤离40艘,
    83艘在安全水域; round q27).

    >>> q = Quantity(0, 3, "40艘", 40.0, unit="艘", entity="渔船", category="supplies", noun_from="context",
    ...              category_from="classifier")
    >>> _vessels_named([q], "40艘")[0].category
    'coverage'
    """
    out = qs
    for i, q in enumerate(qs):
        if q.noun_from not in ("figure", "context") or q.category_from not in ("classifier", "agree", "noun", "form"):
            continue  # (most counts; the late import below only for the others: it costs ~4 µs, round s15)
        from .situations import vessel_reached  # (situations reads the clause; this rule reads it again)
        if vessel_reached(q, text):
            if out is qs:
                out = list(qs)
            out[i] = replaced(q, category="coverage", category_from="figures")
    return out


def _marked(before: list[Quantity], after: list[Quantity]) -> list[Quantity]:
    """`after`, the quantities a rule across figures returned for `before` (the same figures: a rule changes a figure's
    noun or category, never which figures there are), with what decided recorded where the rule did not say it
    itself: a noun it changed came from another figure (noun_from figure), a category it changed was the rule's
    (category_from figures).

    >>> q = Quantity(0, 2, "3桶", 3.0, unit="桶", category="supplies", noun_from="", category_from="classifier")
    >>> r = _marked([q], [replaced(q, entity="酒精")])[0]
    >>> r.noun_from, r.category_from
    ('figure', 'classifier')
    """
    if after is before:
        return after
    out = []
    for old, new in zip(before, after, strict=True):
        if new is not old:
            changes = {}
            if new.entity != old.entity and new.noun_from == old.noun_from:
                changes["noun_from"] = "figure" if new.entity else ""
            if new.category != old.category and new.category_from == old.category_from:
                changes["category_from"] = "figures"
            new = replaced(new, **changes) if changes else new
        out.append(new)
    return out
