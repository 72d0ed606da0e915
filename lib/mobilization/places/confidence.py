"""Place, step 5 (confidence): how far to trust the place `decide` picked: high, medium or low.

The word is a filter (docs/rounds/c11.md): "high" is meant to be right at least 0.95 of the time on reports nobody
tuned the rules on, and the wrong places to sit in medium or low, which a researcher checks. Measured on the opened
place corpora, at first contact and after, the wrong places are mostly of level: a county's story lifted to its
prefecture or its province. So the word goes by the level of the pick and by how strongly the text names it
(`strength`), as data/place_confidence.csv says: a county named strongly is high; a county named weakly, or a
prefecture named strongly, medium; a prefecture named weakly, and every province, low. The other signals
(`Signals`) are recorded for benchmarks/heldout/place_confidence.py, which measures what each is worth.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from ..lexicon import read_rows

STRONG_SUPPORT, STRONG_RATIO = 3.0, 1.5  # the support a strong pick needs, and how much heavier than its rival


@dataclass(frozen=True)
class Signals:
    """What `decide` knows about its pick when it has made it (weights are decide's zone x role weights).

    `support`: the pick's own weight with its parts' and the outlet's above it; `rival`: the heaviest division
    outside its line (neither above nor below it); `zones`: where the pick itself is named; `mentions`: how often;
    `level`: province, prefecture or county; `heaviest`: the pick is the division with the most weight of its
    own (no level, actor or sender rule moved it); `above`: the weight of divisions above it (a province or
    prefecture framing a county); `below`: the weight of its parts; `others`: how many divisions outside its
    line have weight; `sent`: a team's destination was named (驰援, 赴 …); `acts`: the pick is named as an actor;
    `short`: its deciding mention is a short form (宕昌 for 宕昌县); `outlet`: the page's outlet names it or a division
    above it (兰州晚报 over 宕昌县).
    """

    support: float
    rival: float
    zones: frozenset[str]
    mentions: int
    level: str
    heaviest: bool = True
    above: float = 0.0
    below: float = 0.0
    others: int = 0
    sent: bool = False
    acts: bool = False
    short: bool = False
    outlet: bool = False


def signals_of(best: str, top: str, score: dict[str, float], support: float, rival: float, zones: set[str],
               mentions: int, acts: set[str], sent_to: set[str], short: bool = False,
               host: frozenset[str] = frozenset()) -> Signals:
    """The signals of `decide`'s pick `best` (`top`: the division with the most weight before the level, actor and
    sender rules; `score`: every division's weight; `short`: its mention is a short form; `host`: the divisions the
    page's outlet names).

    >>> s = signals_of("621223", "621223", {"621223": 8.0, "621200": 1.0, "620100": 1.0}, 9.0, 1.0, {"title"}, 3,
    ...                {"621223"}, set())
    >>> s.level, s.heaviest, s.above, s.others, s.acts
    ('county', True, 1.0, 1, True)
    """
    line = set(ancestors(best))
    below = {c for c in score if best in ancestors(c)}
    others = [c for c, w in score.items() if w > 0 and c != best and c not in line and c not in below]
    return Signals(support, rival, frozenset(zones), mentions, divisions()[best].level, top == best,
                   sum(score.get(c, 0.0) for c in line), sum(score[c] for c in below), len(others),
                   bool(sent_to), best in acts, short, bool(host & (line | {best})))


def strength(s: Signals) -> str:
    """`strong` when the text names the pick with support 3 or more and 1.5 times its rival's or more, else `weak`
    (the medium bar of the tenth session's word, `counts_word`).

    >>> strength(Signals(3.0, 2.0, frozenset({"body"}), 3, "county")), strength(Signals(2.0, 0.0, frozenset(), 2, "county"))
    ('strong', 'weak')
    """
    return "strong" if s.support >= STRONG_SUPPORT and s.support >= STRONG_RATIO * s.rival else "weak"


def counts_word(s: Signals) -> str:
    """The confidence word of the tenth session: how much the text names the pick against its rival, whatever its
    level (kept to measure against: benchmarks/heldout/place_confidence.py).

    >>> counts_word(Signals(8.0, 1.0, frozenset({"title"}), 3, "county"))
    'high'
    """
    if s.zones & {"title", "source"} and s.support >= 2 * s.rival and s.support >= 4:
        return "high"
    return "medium" if strength(s) == "strong" else "low"


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], str]:
    """The word of each (level, strength), from data/place_confidence.csv.

    >>> table()[("county", "strong")], table()[("province", "strong")]
    ('high', 'low')
    """
    return {(r["level"], strength): r[strength] for r in read_rows("place_confidence.csv") for strength in ("strong", "weak")}


def word(s: Signals) -> str:
    """The confidence word of a pick: by its level and the strength of its naming (data/place_confidence.csv).

    A county the text names strongly is high; the same county in one passing body mention is medium; a prefecture
    named strongly is medium (the rules lift a county's story to its city more often than they err on a county);
    a province is low however often it is named.

    >>> word(Signals(9.0, 1.0, frozenset({"title"}), 3, "county")), word(Signals(1.0, 0.0, frozenset({"body"}), 1, "county"))
    ('high', 'medium')
    >>> word(Signals(9.0, 1.0, frozenset({"title"}), 3, "prefecture")), word(Signals(20.0, 0.0, frozenset({"title"}), 9, "province"))
    ('medium', 'low')
    """
    return table().get((s.level, strength(s)), "medium")
