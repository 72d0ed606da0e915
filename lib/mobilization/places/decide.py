"""Place, step 5 (decide): the reporting unit from the resolved mentions, or why there is none.

1. Weights: headline 4, source line 3, body 1; an actor or a formally introduced name counts double;
   an event named after a place (芦山地震), a cited title or an informant counts half; a destination
   (驰援武汉) nothing, and a place a team was sent to stays its destination. A media outlet's name
   (深圳新闻网) is the host, used only when nothing else is named; a single passing mention loses to the
   page's own outlet (`tally`).
2. The winner is the division with the most weight, then moved to the level the report is about
   (`levels`, `selves`), and from a team's destination to its sender (`senders`) (`pick`).
3. No place when several provinces share the weight or are listed together, when a central organ
   acts and the place is only in the body, when a national outlet gives examples from two provinces, or
   when overseas Chinese are the headline's actor; Hong
   Kong, Macau and Taiwan are named as such (no census division) (`no_place`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..gazetteer import ancestors, divisions, province_of, province_weights
from .confidence import confidence_of as place_confidence
from .counted_places import _counted_provinces
from .doubts import doubtful_county
from .mentions import Hit
from .no_place import (_ALL_PROVINCES, _lists_provinces, _regional_roundup, _national, _national_outlet_pattern,
                       _several_provinces, national_cues)
from .pick import Pick, pick
from .selves import _TOWNSHIP_ORGAN
from .tally import ZONE_WEIGHT, Mentions, Tally, _weight, sorted_mentions, tally  # noqa: F401 (ZONE_WEIGHT, _weight: features')
from .townships import _street_of_zone_city




@dataclass(frozen=True)
class PlaceGuess:
    """The reporting unit of one document, or why there is none.

    `code` is empty when unknown; then `reason` says why. `start`/`end` are offsets of the
    deciding hit in the analysed text (the caller maps them to the original).
    """

    code: str
    name: str
    level: str
    start: int
    end: int
    surface: str
    confidence: str  # high | medium | low | "" (unknown)
    mentions: int
    zones: str  # where it was named: "title+source+body"
    reason: str = ""



UNKNOWN = PlaceGuess("", "", "", -1, -1, "", "", 0, "", "no division named")



def decide(resolved: list[tuple[Hit, str]], text: str = "", title: str = "") -> PlaceGuess:
    """The reporting unit from resolved hits (see the module docstring, steps 5 to 8).

    `title` is the headline's text (for the overseas-actor rule).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 9, "title"), Zone(9, 200, "body")]
    >>> t = "秦皇岛下沉干部\\n海港区300人，山海关区200人，北戴河区100人，秦皇岛市共计600人。"
    >>> g = decide(resolve(find_hits(t, z)), t); g.name, g.level, g.confidence
    ('秦皇岛市', 'prefecture', 'medium')
    """
    m = sorted_mentions(resolved, text)
    t = tally(m, text)
    if national_cues().overseas.search(title) and not any(h.zone == "title" and not h.dest for h, _ in m.resolved):
        return _unknown("overseas Chinese (no census division)")
    host_only = _host_only(t)
    if not t.score:
        if m.outside:
            return _unknown(m.outside[1])
        return _unknown("national report" if text and _national(text) else "no division named")
    p = pick(m, t, text)
    s = _strength(p, t)
    return _no_single_place(p, s, m, t, text, title) or _guess(p, s, m, t, host_only, text)


def _host_only(t: Tally) -> bool:
    """Only the host's name (深圳新闻网) and no other place: the page's own place, said with low confidence."""
    host_only = not t.score and bool(t.host)
    if host_only:  # only the host's name: the page's own place, said with low confidence
        for code, weight in t.host.items():
            t.score[code], t.count[code] = weight, 1
            t.where[code].add("source")
            t.best_hit[code] = t.first[code]
    return host_only


class Strength(NamedTuple):
    """How strongly the pick is named: its support (its mentions, its parts', the host's above it), whether the
    headline or source line names it, and its strongest rival's weight and code ("" if none)."""

    support: float
    heard: set[str]
    rival: float
    rival_code: str


def _strength(p: Pick, t: Tally) -> Strength:
    """The pick's support, where it is heard, and its strongest rival (a division neither above nor below it).

    >>> from mobilization.places.tally import Tally
    >>> t = Tally(); t.score.update({"130300": 2.0, "130302": 1.0, "110000": 1.0}); t.where["130300"].add("title")
    >>> _strength(Pick("130300", ["130300", "130302", "110000"], set(), None), t)
    Strength(support=3.0, heard={'title'}, rival=1.0, rival_code='110000')
    """
    best, score = p.best, t.score
    # what speaks for it: its own mentions, its parts named, and the host's outlet above it
    support = (score[best] + sum(w for c, w in score.items() if best in ancestors(c))
               + sum(w for c, w in t.host.items() if c in ancestors(best)))
    heard = t.where[best] & {"title", "source"}
    rivals = [c for c in p.ranked if c != best and c not in ancestors(best) and best not in ancestors(c)
              and not (set(ancestors(c)) & {best})]
    rival = score[rivals[0]] if rivals else 0.0
    return Strength(support, heard, rival, rivals[0] if rivals else "")


def _no_single_place(p: Pick, s: Strength, m: Mentions, t: Tally, text: str, title: str) -> PlaceGuess | None:
    """Unknown, or the host's low guess, when no single place is named strongly enough; else None."""
    reason = _national_or_several(p, s, m, t, text, title)
    return _unknown(reason) if reason else _too_weak(p, s, t)


def _national_or_several(p: Pick, s: Strength, m: Mentions, t: Tally, text: str, title: str) -> str:
    """Why there is no place (a national report, several provinces, Hong Kong, Macau or Taiwan), or ""."""
    best, score, count, best_hit, resolved = p.best, t.score, t.count, t.best_hit, m.resolved
    support, heard, outside = s.support, s.heard, m.outside
    if outside and outside[0] >= support:
        return outside[1]
    if not heard and _ALL_PROVINCES.search(text[:300]):
        return "national report (it spans the provinces; places only in the body)"
    # … and its examples acting in two or more provinces (a county's bureau in 河北, a city in 贵州): the centre's
    # overview, whose first example acts too (round r38)
    if (national_cues().national_actor.search(text[:300]) and not heard
            and (not best_hit[best].actor or len(province_weights(score)) >= 2)
            and len(national_cues().national_actor.findall(text)) >= count[best]):
        return "national report (a central organ acts; places only in the body)"
    if province_of(best) in _counted_provinces(resolved, text):
        return "several provinces named with their count (甘肃、青海两省)"
    several = _several_provinces(best, score) or _regional_roundup(title, score, t.where)
    if several:
        return several
    # a list of origins (来自天津、湖北、上海等地的…) blocks no place whose own organ acts (某县委、县政府与来自…签约):
    # its partners' or visitors' homes; a team gathered from several provinces keeps the block where no place acts
    if not heard and _lists_provinces(resolved, text=text if best in p.acts else ""):
        return "several provinces listed; the place is named only in the body"
    # A national report names many provinces, none of them much: no single place.
    table = divisions()
    provinces = {table[c].level == "province" and c for c in score} - {False}
    if _national(text) and table[best].level == "province" and len(provinces) >= 3:
        return "national report (several provinces)"
    if not heard and count[best] <= 2 and national_cues().national.search(text[:800]) and _national_outlet_pattern().search(text[:400]):
        return "national report (a national outlet names one place in the body as an example)"
    if not heard and _national_outlet_pattern().search(text[:400]) and _examples_elsewhere(best, score, support):
        return "national report (a national outlet's examples from two or more provinces)"
    return ""


def _too_weak(p: Pick, s: Strength, t: Tally) -> PlaceGuess | None:
    """A single passing mention (then the host's outlet, if any, low) or a rival named as often: no place; else None."""
    best, score, host, first = p.best, t.score, t.host, t.first
    support, heard, rival = s.support, s.heard, s.rival
    only = t.best_hit.get(best) or first[best]
    if support < 2.0 and not heard and not (_alone_but_above(best, score) and not host and _named_whole(only)):
        if host:  # a passing mention (a person's name 孙永顺) loses to the page's own outlet
            code = max(host, key=lambda c: (host[c], -first[c].start))
            h, d = first[code], divisions()[code]
            return PlaceGuess(code, d.name, d.level, h.start, h.end, h.surface, "low", 1, "source")
        return _unknown("only one passing mention of a place")
    if rival >= support and not heard and not (rival == support and best in p.acts and s.rival_code not in p.acts):
        return _unknown("two places named as often")
    return None


def _guess(p: Pick, s: Strength, m: Mentions, t: Tally, host_only: bool, text: str) -> PlaceGuess:
    """The guess: the pick (or the outlet's town in it), its deciding hit, and its confidence."""
    best, host, count, where, first, resolved = p.best, t.host, t.count, t.where, t.first, m.resolved
    support, heard = s.support, s.heard
    h = t.best_hit.get(best) or first[best]
    own = _outlets_town(best, host, resolved, m.townships)
    if own != best:  # its mentions: the outlet's and the town's
        count[own], where[own] = count[best] + 1, where[best] | {"source"}
        best, h = own, first[own]
    # the one place is a township: the city may speak of it (我市某乡), unless the township's own office acts
    # (某街办事处迅速行动): then it is the township's story, its county's (round r43)
    if support < 2.0 and not heard and h.township and not _TOWNSHIP_ORGAN.match(text, h.end):
        best = _speaking_prefecture(best, text)
    # the word goes by the level of the final pick and the strength of its naming (places.confidence)
    confidence = place_confidence(best, support, s.rival, where[best], count[best], top=p.ranked[0], score=t.score,
                                  acts=p.acts, sent_to=m.sent_to, short=h.entry.alias, host=host)
    confidence = "low" if host_only else confidence  # the page's maker says where it is, the story does not
    if confidence == "high" and h.township and _street_of_zone_city(best, h.surface, resolved):
        confidence = "medium"  # a street alone in a city with a census zone: the zone's street, filed elsewhere?
    if confidence == "high" and doubtful_county(best, where[best], set(t.score) | set(host), p.speech(), resolved, text):
        confidence = "medium"  # a county of the prefecture's story: the city's own release, or one of two scenes
    d = divisions()[best]
    return PlaceGuess(best, d.name, d.level, h.start, h.end, h.surface, confidence, count[best],
                      "+".join(z for z in ("title", "source", "body") if z in where[best]))


def _outlets_town(best: str, host: dict[str, float], resolved: list[tuple[Hit, str]],
                  townships: list[tuple[Hit, str]]) -> str:
    """The county whose own outlet (枞阳在线消息 …, 稿件来源: 枞阳在线) reports a town that the township table puts in
    a neighbouring county of the same prefecture, when the text names that neighbour by no other word: a county's
    outlet reports its own towns, and towns move between neighbours (the table is the 2020 census's), so the outlet
    says which county the town is in. Else `best`.

    >>> from mobilization.gazetteer import Entry
    >>> town = Hit(20, 23, "老洲镇", ("340711",), "body", False, Entry("老洲镇", ("340711",), False, False, False), township=True)
    >>> _outlets_town("340711", {"340722": 7.0}, [], [(town, "340711")])
    '340722'
    >>> _outlets_town("340711", {"340722": 7.0}, [(town, "340711")], [(town, "340711")])
    '340711'
    """
    table = divisions()
    if table[best].level != "county" or any(c == best for _, c in resolved):
        return best
    if not any(c == best for _, c in townships):
        return best
    parent = (ancestors(best) or ("",))[0]
    own = [c for c in host if c != best and table[c].level == "county" and (ancestors(c) or ("",))[0] == parent]
    return max(own, key=lambda c: host[c]) if len(own) == 1 else best


def _examples_elsewhere(best: str, score: dict[str, float], support: float) -> bool:
    """Does a county of another province weigh, with its province's other names, half the best place's support or more?

    A national outlet's report (央视网消息, 新闻联播) that gives 云南省元谋县姜驿乡 and then 贵州毕节威宁县斗古乡, neither in
    the headline, tells the country's story by examples from two provinces: no single census place (the codebook's
    multi-province). One province's report that names a county elsewhere in passing keeps its place.

    >>> _examples_elsewhere("532328", {"532328": 2.0, "520526": 2.0}, 2.5), _examples_elsewhere("532328", {"532328": 6.0, "520526": 1.0}, 6.0)
    (True, False)
    """
    table = divisions()
    province = province_of(best)
    others: dict[str, float] = defaultdict(float)
    counties: set[str] = set()
    for c, w in score.items():
        top = province_of(c)
        if top != province and w > 0:
            others[top] += w
            if table[c].level == "county":
                counties.add(top)
    return any(others[p] >= 0.5 * support for p in counties)


def _alone_but_above(best: str, score: dict[str, float]) -> bool:
    """Is the best place the only one with weight but for divisions above it (原州区 with 固原市, 锁金村街道 with 江苏省)?

    A text that names one county-level place once, or one township, names it no less when it also names its
    prefecture or province: the division above agrees with it, where a second place of its own would rival it. So
    a lone mention named whole (`_named_whole`) stands with its parents named too (round r35u).

    >>> _alone_but_above("640402", {"640402": 1.0, "640400": 0.5}), _alone_but_above("640402", {"640402": 1.0, "640100": 0.5})
    (True, False)
    >>> _alone_but_above("640402", {"640402": 1.0, "640302": 0.0})
    True
    """
    above = set(ancestors(best))
    return all(c == best or c in above for c, w in score.items() if w > 0)


def _named_whole(h: Hit) -> bool:
    """Is the one place a text names, named once, named so that it is no passing word: a county-level name in full
    (高陵区: three or more characters ending in 县, 市, 区, 旗 or 州; or a two-character census name, 寿县, which the
    automaton reads only where its one-character stem begins a word), or a township with its suffix whose name no other
    county has (平秋镇: its county, the way a township story gives it)? A short form (宕昌) is not.

    >>> from mobilization.gazetteer import Entry
    >>> def hit(key, codes, township=False):
    ...     return Hit(0, len(key), key, codes, "body", False, Entry(key, codes, False, False, False), township=township)
    >>> _named_whole(hit("高陵区", ("610117",))), _named_whole(hit("平秋镇", ("522628",), True))
    (True, True)
    >>> _named_whole(hit("板桥乡", ("341022", "430503"), True)), _named_whole(hit("宕昌", ("621223",)))
    (False, False)
    >>> _named_whole(hit("寿县", ("340422",)))
    True
    """
    if h.township:
        return len(h.entry.codes) == 1
    return h.entry.key[-1] in "县市区旗州" and (len(h.entry.key) >= 3 or not h.entry.alias and not h.entry.common)



_CITY_SELF = re.compile(r"(?:我|全)(市|州|盟)")



def _speaking_prefecture(county: str, text: str) -> str:
    """The prefecture of a township's county when the text speaks as a city (我市西南舁乡: our city's township) and
    the county cannot be that city (a 区 or 县, not a county-level 市); else the county.

    >>> _speaking_prefecture("140311", "我院组织党员赴我市西南舁乡义诊。"), _speaking_prefecture("140311", "赴西南舁乡义诊。")
    ('140300', '140311')
    """
    table = divisions()
    for m in _CITY_SELF.finditer(text):
        if not table[county].name.endswith(m.group(1)):
            parents = [c for c in ancestors(county) if table[c].level == "prefecture"]
            return parents[0] if parents else county
    return county



def _unknown(reason: str) -> PlaceGuess:
    return PlaceGuess("", "", "", -1, -1, "", "", 0, "", reason)
