"""Quantities, step 7: rules across quantities: shared nouns, breakdowns, counts that are not tallies.

`apply_rules` runs them on the quantities of one `scan`: neighbours share a noun (200桶800斤酒精,
`shared_nouns`), the parts of a total take its category and a count after a verb of change takes the
subject before it (`parts_and_changes`), a lone count takes the noun named before it (`lone_counts`);
then `tallies.drop_non_tallies` drops the counts that are not tallies.
"""
from __future__ import annotations

from .records import Lexicon, Quantity
from .shared_nouns import _list_kind, _share_nouns
from .lone_counts import _batches, _gift_counts, _lone_counts, _second_unit, _valued_goods
from .parts_and_changes import _breakdowns, _changes, _parts_of_total
from .tallies import drop_non_tallies


def apply_rules(found: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """The rules across quantities on the quantities of one scan, in order: shared nouns,
    breakdowns, lone counts; then the counts that are not tallies are dropped (`tallies.drop_non_tallies`).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "8个工作小组,每个小组设立一个临时党支部"; [q.surface for q in apply_rules(scan(t), t, lexicon())]
    ['8个工作小组']
    """
    found = _share_nouns(found, text, lex)
    found = _list_kind(found, text, lex)
    found = _breakdowns(found, text)
    found = _changes(found, text, lex)
    found = _batches(found, text, lex)
    found = _valued_goods(found, text, lex)
    found = _second_unit(found, text, lex)
    found = _gift_counts(found, text, lex)
    found = _lone_counts(found, text, lex)
    found = _parts_of_total(found, text, lex)
    return drop_non_tallies(found, text, lex)
