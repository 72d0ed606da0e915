"""Place, step 5a (tally): the weight, mention count and zones of each division the resolved mentions name.

Weights: headline 4, source line 3, body 1; an actor or a formally introduced name counts double; an event named
after a place (芦山地震), a cited title or an informant counts half; a destination (驰援武汉) nothing, and a place a
team was sent to stays its destination. A media outlet's name (深圳新闻网) is the host, kept apart. A qualifier
(陇南市 of 陇南市宕昌县) adds nothing. Abbreviations, townships and self-references (我市) add weak support.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from ..gazetteer import ancestors, divisions
from .abbreviations import _abbreviation_support
from .contexts import _brand, _context_alt
from .mentions import Hit
from .no_place import _outside_weight, _word_like
from .selves import _self_references
from .senders import _placeless_senders_scene, _stationed_alone
from .townships import FARM_SUFFIXES, TOWNSHIP_WEIGHT, _township_support

ZONE_WEIGHT = {"title": 4.0, "source": 3.0, "body": 1.0}


def _weight(h: Hit) -> float:
    """A mention's weight: its zone's, doubled for an actor or a formal name, halved for an event, a cited title
    or an informant; nothing for a destination.

    >>> from mobilization.gazetteer import Entry
    >>> _weight(Hit(0, 2, "曹县", ("371721",), "title", True, Entry("曹县", ("371721",), False, False, False)))
    8.0
    """
    if h.dest:
        return 0.0
    return (ZONE_WEIGHT[h.zone] * (2.0 if h.actor or h.formal else 1.0) * (0.5 if h.event else 1.0)
            * (0.5 if h.cited or h.informant else 1.0))


class Mentions(NamedTuple):
    """The resolved mentions sorted for weighing: full names, abbreviations, townships, where teams were sent,
    and Hong Kong, Macau or Taiwan named in the first lines ((how often, which) or None)."""

    resolved: list[tuple[Hit, str]]
    abbreviations: list[Hit]
    townships: list[tuple[Hit, str]]
    sent_to: set[str]
    outside: tuple[float, str] | None


@dataclass
class Tally:
    """Each division's weight (`score`), the host outlet's weight, mention count, zones, first and strongest hit,
    and the self-references (我市, 全县) counted for it; the steps of `decide` read and amend it."""

    score: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    host: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    count: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    where: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first: dict[str, Hit] = field(default_factory=dict)
    best_hit: dict[str, Hit] = field(default_factory=dict)
    selves: dict[str, int] = field(default_factory=dict)


def sorted_mentions(resolved: list[tuple[Hit, str]], text: str) -> Mentions:
    """The mentions apart by kind, a word that only looks like a place beside Taiwan's dropped, and the places
    teams were sent to (a team stationed in the only county named is at its scene, not sent away).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "曹县驰援武汉"
    >>> m = sorted_mentions(resolve(find_hits(t, [Zone(0, 6, "body")])), t); m.sent_to, m.outside
    ({'420100'}, None)
    """
    outside = _outside_weight(text)
    if outside:  # 会同县府 beside 云林县长: the verb 会同 before Taiwan's 县府, not Hunan's 会同县
        resolved = [(h, c) for h, c in resolved if not _word_like(h, c, resolved)]
    abbreviations = [h for h, _ in resolved if h.abbreviation]
    townships = [(h, c) for h, c in resolved if h.township]
    resolved = [(h, c) for h, c in resolved if not h.abbreviation and not h.township]
    # where a team was sent stays where it went: later body mentions of it (在泌阳县…一线) are its work
    # there, unless the place itself acts (泌阳县委)
    stationed = _stationed_alone(resolved, text)  # a school's team stationed in the only county named: its scene
    resolved = [(replace(h, dest=False) if h.dest and c in stationed else h, c) for h, c in resolved]
    sent_to = {code for h, code in resolved if h.dest} | {h.codes[0] for h in abbreviations if h.dest}
    sent_to -= _placeless_senders_scene(resolved, sent_to, text)
    return Mentions(resolved, abbreviations, townships, sent_to, outside)


def tally(m: Mentions, text: str) -> Tally:
    """The weight of each division: its full names (not as a qualifier or a firm's brand named again), its
    abbreviations, its townships, and the self-references (我市) to it.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "海港区300人，山海关区200人"
    >>> dict(tally(sorted_mentions(resolve(find_hits(t, [Zone(0, 20, "body")])), t), t).score)
    {'130302': 1.0, '130303': 1.0}
    """
    t = Tally()
    _weigh_full_names(m, t, text)
    _weak_support(m, t, text)
    return t


def _weigh_full_names(m: Mentions, t: Tally, text: str) -> None:
    """Each full name's weight (`_weight`), or the host's, unless it only qualifies the next name or repeats a
    firm's brand, or names where a team was sent."""
    score, host, count, where, first, best_hit = t.score, t.host, t.count, t.where, t.first, t.best_hit
    resolved, townships, sent_to = m.resolved, m.townships, m.sent_to
    farms = {h.start: c for h, c in townships if h.surface.endswith(FARM_SUFFIXES)}
    starts = {h.start for h, _ in resolved}
    brands: set[tuple[str, str]] = set()
    for k, (h, code) in enumerate(resolved):
        brand = "" if h.actor or h.dest or h.host or h.end in starts else _brand(text, h.end)
        if brand and (code, brand) in brands:
            continue  # 广东昭信集团 named again: the same firm, no more mention of 广东 (round 33)
        brands.add((code, brand))
        nxt = resolved[k + 1] if k + 1 < len(resolved) else None
        if nxt and nxt[0].start <= h.end + 1 and code in ancestors(nxt[1]):
            continue  # a qualifier: 陇南市 in 陇南市宕昌县 only says which 宕昌县
        if nxt and _branch_head(h, code, nxt, text):
            continue  # … and 宿州市 in 宿州市某协会灵璧县分会 only says whose branch the county's is
        if code in ancestors(farms.get(h.end, "")):
            continue  # … and 黑龙江省 in 黑龙江省八五三农场 only says which farm
        if _zone_address(h, code, townships, text):
            continue  # … and 莆田 in 莆田湄洲湾北岸开发区东埔镇 only says which town
        if h.host:
            host[code] += ZONE_WEIGHT[h.zone]
            first.setdefault(code, h)
            continue
        if h.dest or (code in sent_to and h.zone == "body" and not h.actor):
            continue
        score[code] += _weight(h)
        count[code] += 1
        where[code].add(h.zone)
        first.setdefault(code, h)
        if code not in best_hit or _weight(h) > _weight(best_hit[code]):
            best_hit[code] = h


def _weak_support(m: Mentions, t: Tally, text: str) -> None:
    """The weak support: abbreviations (weight 1 each), townships of a county named in full or alone, and the
    self-references (我市, 全县) to a division named."""
    score, host, count, where, first, best_hit = t.score, t.host, t.count, t.where, t.first, t.best_hit
    resolved, abbreviations, townships, sent_to = m.resolved, m.abbreviations, m.townships, m.sent_to
    for code, hits in _abbreviation_support(abbreviations, dict(score), dict(host), sent_to).items():
        score[code] += len(hits)  # weight 1 each wherever they stand: weak, like 我省
        count[code] += len(hits)
        where[code].add("body")
        first.setdefault(code, hits[0])
        best_hit.setdefault(code, hits[0])
    in_full = {code for h, code in resolved if not h.entry.alias and score.get(code, 0.0) > 0}
    for h, code in _township_support(townships, in_full, sent_to, {c for c, w in score.items() if w > 0}):
        _add_support(code, h, score, count, where, first, best_hit)
    t.selves = _self_references(text, set(score) | set(host))
    for code, n in t.selves.items():
        score[code] += n
        if code not in best_hit:  # named only as the outlet (随州日报社) and then as 我市, 全市
            count[code] += n
            best_hit[code] = first[code]
            where[code].add(first[code].zone)


@lru_cache(maxsize=1)
def _zone_between() -> re.Pattern[str]:
    """A functional zone that the census does not list (data/place_context_words.csv zone_between: …开发区, …管委会),
    between a prefecture and one of its townships in an address.

    >>> bool(_zone_between().fullmatch("湄洲湾北岸开发区")), bool(_zone_between().fullmatch("湄洲湾北岸"))
    (True, False)
    """
    return re.compile(r"[\u4e00-\u9fff]{1,10}" f"(?:{_context_alt('zone_between')})")


def _zone_address(h: Hit, code: str, townships: list[tuple[Hit, str]], text: str) -> bool:
    """Is the name the head of an address that runs through a functional zone the census does not list down to a
    township of it (莆田湄洲湾北岸开发区东埔镇)? Then, like 陇南市 in 陇南市宕昌县, it only says which town: the zone
    administers the town, and the census puts the town in one of the prefecture's counties.

    >>> from mobilization.gazetteer import Entry
    >>> t = "7日,莆田湄洲湾北岸开发区东埔镇驻岛党员撤离。"
    >>> city = Hit(3, 5, "莆田", ("350300",), "body", False, Entry("莆田", ("350300",), True, False, False))
    >>> town = Hit(13, 16, "东埔镇", ("350305",), "body", False, Entry("东埔镇", ("350305",), False, False, False), township=True)
    >>> _zone_address(city, "350300", [(town, "350305")], t)
    True
    """
    for t, county in townships:
        if t.start > h.end and code in ancestors(county):
            if _zone_between().fullmatch(text, h.end, t.start):
                return True
    return False


# An organisation's name after a division (退役军人创业者协会, 电力公司): a few characters ending in the kind of body
# that has branches in the counties.
_BRANCHED = re.compile(r"[\u4e00-\u9fff]{0,14}?(?:协会|学会|商会|联合会|基金会|公司|集团|银行|学院|医院)")
# The county's branch of it (灵璧县分会, 某县支行): the county's own unit.
_BRANCH = re.compile(r"(?:分会|支会|分公司|子公司|支行|分行|分院|分局|分中心|办事处|工作站)")


def _branch_head(h: Hit, code: str, nxt: tuple[Hit, str], text: str) -> bool:
    """Is the name the head of an organisation's name whose branch in one of its counties comes next
    (宿州市退役军人创业者协会灵璧县分会: the county's branch of the city's association)? Then, like 陇南市 in
    陇南市宕昌县, it only says whose branch it is: the branch, the county's own unit, is the one at work (round r37).

    >>> from mobilization.gazetteer import Entry
    >>> t = "7月,宿州市退役军人创业者协会灵璧县分会的志愿者到尹集镇慰问。"
    >>> city = Hit(3, 6, "宿州市", ("341300",), "body", False, Entry("宿州市", ("341300",), False, False, False))
    >>> county = Hit(15, 18, "灵璧县", ("341323",), "body", False, Entry("灵璧县", ("341323",), False, False, False))
    >>> _branch_head(city, "341300", (county, "341323"), t)
    True
    >>> t = t.replace("分会的", "的")
    >>> _branch_head(city, "341300", (county, "341323"), t)
    False
    """
    o, c = nxt
    if code not in ancestors(c) or divisions()[c].level != "county":
        return False
    return bool(_BRANCHED.fullmatch(text, h.end, o.start)) and bool(_BRANCH.match(text, o.end))


def _add_support(code: str, h: Hit, score: dict[str, float], count: dict[str, int], where: dict[str, set[str]],
                 first: dict[str, Hit], best_hit: dict[str, Hit]) -> None:
    """One more mention `h` of `code` on the scoreboards of `decide`: its zone's weight (a township's counted as
    `TOWNSHIP_WEIGHT` of it), its zone, and it as the first and best mention where there is none yet.

    >>> from mobilization.gazetteer import Entry
    >>> h = Hit(0, 3, "赤溪镇", ("330327",), "body", False, Entry("赤溪镇", ("330327",), False, False, False), township=True)
    >>> score, count, where, first, best = {}, {}, {}, {}, {}
    >>> _add_support("330327", h, score, count, where, first, best); score, count, where
    ({'330327': 1.0}, {'330327': 1}, {'330327': {'body'}})
    """
    score[code] = score.get(code, 0.0) + ZONE_WEIGHT[h.zone] * (TOWNSHIP_WEIGHT if h.township else 1.0)
    count[code] = count.get(code, 0) + 1
    where.setdefault(code, set()).add(h.zone)
    first.setdefault(code, h)
    best_hit.setdefault(code, h)
