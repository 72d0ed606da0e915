"""Place, step 5 (confidence): how far to trust the place `decide` picked: high, medium or low.

The word is a filter (docs/rounds/c11.md): "high" is meant to be right at least 0.95 of the time on reports nobody
tuned the rules on, and the wrong places to sit in medium or low, which a researcher checks. Measured on the opened
place corpora, at first contact and after, the wrong places are mostly of level: a county's story lifted to its
prefecture or its province. So the word goes by the level of the pick and by how strongly the text names it
(`strength`), as data/place_confidence.csv says: a county named strongly is high; a county named weakly, or a
prefecture named strongly, medium; a prefecture named weakly, and every province, low. Only that is computed on
decide's path (`confidence_of`); the other signals benchmarks/heldout/place_confidence.py measures (the weight above
and below the pick, its rivals, the outlet …) it derives itself from what `confidence_of` is handed (round t12).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import divisions, province_of, province_weights
from ..lexicon import read_rows

STRONG_SUPPORT, STRONG_RATIO = 3.0, 1.5  # the support a strong pick needs, and how much heavier than its rival


@dataclass(frozen=True)
class Signals:
    """What the word reads of `decide`'s pick (weights are decide's zone x role weights).

    `support`: the pick's own weight with its parts' and the outlet's above it; `rival`: the heaviest division
    outside its line (neither above nor below it); `zones`: where the pick itself is named; `mentions`: how often;
    `level`: province, prefecture or county; `elsewhere`: the weight of the divisions of other provinces, together,
    when they lie in two or more (`_elsewhere`).
    """

    support: float
    rival: float
    zones: frozenset[str]
    mentions: int
    level: str
    elsewhere: float = 0.0


def signals_of(best: str, support: float, rival: float, zones: Collection[str], mentions: int,
               score: Mapping[str, float] | None = None) -> Signals:
    """The signals of `decide`'s pick `best`: its level looked up, the weight of other provinces from `score`
    (`_elsewhere`), the rest as decide weighed them.

    >>> signals_of("621223", 9.0, 1.0, {"title"}, 3)
    Signals(support=9.0, rival=1.0, zones=frozenset({'title'}), mentions=3, level='county', elsewhere=0.0)
    >>> signals_of("230129", 3.0, 2.0, {"body"}, 2, {"230129": 3.0, "220283": 2.0, "210400": 2.0}).elsewhere
    4.0
    """
    return Signals(support, rival, frozenset(zones), mentions, divisions()[best].level, _elsewhere(best, score or {}))


def _elsewhere(best: str, score: Mapping[str, float]) -> float:
    """The weight of the divisions named in provinces other than the pick's, together, when they lie in two or more
    of them (吉林 舒兰市 and 辽宁 抚顺市 beside a county of 黑龙江: the page spans three provinces); 0 when they lie in
    one (a county's story that names where its returnees came from, 湖北 武汉).

    >>> _elsewhere("230129", {"230129": 3.0, "230183": 2.0, "220283": 2.0, "210400": 1.5})
    3.5
    >>> _elsewhere("511402", {"511402": 3.0, "420000": 2.0, "420100": 2.0})
    0.0
    """
    province = province_of(best)
    others = [w for p, w in province_weights(score).items() if p != province]
    return sum(others) if len(others) >= 2 else 0.0


def confidence_of(best: str, support: float, rival: float, zones: Collection[str], mentions: int, *,
                  top: str = "", score: Mapping[str, float] | None = None, acts: Collection[str] = (),
                  sent_to: Collection[str] = (), short: bool = False, host: Collection[str] = ()) -> str:
    """The confidence word of `decide`'s pick `best` (`word` of `signals_of`): what decide calls.

    The keyword arguments are what else decide knew when it picked, handed over as they are and not read here:
    `top`, the division with the most weight before the level, actor and sender rules; `score`, every division's
    weight (read here only for the weight of other provinces, `Signals.elsewhere`); `acts`, the divisions named as actors; `sent_to`, a team's destinations; `short`, the deciding mention is
    a short form; `host`, the divisions the page's outlet names. benchmarks/heldout/place_confidence.py wraps this
    function to derive its further signals from them.

    >>> confidence_of("621223", 9.0, 1.0, {"title"}, 3, top="621223", score={"621223": 8.0})
    'high'
    """
    return word(signals_of(best, support, rival, zones, mentions, score))


def strength(s: Signals) -> str:
    """`strong` when the text names the pick with support 3 or more and 1.5 times its rival's or more, and more than
    all the divisions of other provinces weigh together, else `weak` (the medium bar of the tenth session's word,
    kept in benchmarks/heldout/place_confidence.py to measure against). A page that names places in other provinces
    as much as the pick is a roundup as likely as the pick's story: one county of three provinces is no strong pick
    (round r38: a regional roundup's county was said high).

    >>> strength(Signals(3.0, 2.0, frozenset({"body"}), 3, "county")), strength(Signals(2.0, 0.0, frozenset(), 2, "county"))
    ('strong', 'weak')
    >>> strength(Signals(3.0, 2.0, frozenset({"body"}), 3, "county", elsewhere=4.0))
    'weak'
    """
    elsewhere = getattr(s, "elsewhere", 0.0)  # (benchmarks/heldout/place_confidence.py's PickSignals has no such field)
    return ("strong" if s.support >= STRONG_SUPPORT and s.support >= STRONG_RATIO * s.rival and s.support > elsewhere
            else "weak")


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
