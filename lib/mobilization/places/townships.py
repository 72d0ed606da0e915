"""Place, step 2c (townships): townships named with their suffix (赤溪镇), a fallback for their county.

A township names its county when its name is unique in the country or within a province or
prefecture the text names; it counts only when the text names no county-level unit in full.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from ..gazetteer import Entry, ancestors, divisions, entries, township_keys, TOWNSHIP_SUFFIXES
from ..lexicon import read_rows
from .contexts import _ordinary_word, _starts_a_word
from .mentions import Hit
from .zones import Zone, _ranges, _zone_index

# A state farm or forestry bureau (八五三农场, 韩家园林业局, data/state_farms.csv) is read like a township.
FARM_SUFFIXES = ("农场", "林业局")
# A subdistrict (街道) is also written X街 where its community or its office follows (天津 writes 南营门街, its
# communities 南营门街某某社区): 街 alone ends a street's name too, so only before those is it a subdistrict.
_SHORT_STREET = r"街(?=[\u4e00-\u9fff]{2,5}?社区|办事处|党工委)"
_TOWNSHIP_END = re.compile("|".join(TOWNSHIP_SUFFIXES + FARM_SUFFIXES) + "|" + _SHORT_STREET)


@lru_cache(maxsize=1)
def state_farms() -> dict[str, tuple[str, ...]]:
    """State farms and forestry bureaus with the census county they lie in (data/state_farms.csv).

    >>> state_farms()["八五三农场"]
    ('230523',)
    """
    return {r["name"]: (r["county_code"],) for r in read_rows("state_farms.csv") if r["name"].endswith(FARM_SUFFIXES)}


@lru_cache(maxsize=1)
def _township_lookup() -> tuple[dict[str, tuple[str, ...]], int]:
    keys = {**township_keys(), **state_farms()}
    return keys, max(map(len, keys))


def find_townships(text: str, zones: list[Zone], hits: list[Hit]) -> list[Hit]:
    """Township names with their suffix (赤溪镇, 家朋乡, 荷花池街道, 乌盖苏木) in the counted zones,
    outside the division names already found; `codes` are the census counties holding one so named.

    >>> from mobilization.places import find_hits
    >>> z = [Zone(0, 30, "body")]
    >>> t = "曹路镇党员和宕昌县城关镇"
    >>> [(h.surface, h.codes, h.start) for h in find_townships(t, z, find_hits(t, z))][0]
    ('曹路镇', ('310115',), 0)
    """
    zone_at = _zone_index(zones)
    taken = sorted((h.start, h.end) for h in hits)
    keys, longest = _township_lookup()
    out: list[Hit] = []
    for lo, hi in _ranges(zones, len(text)):
        last_end = lo
        for m in _TOWNSHIP_END.finditer(text, lo, hi):
            end = m.end()
            def begins(start: int, end: int = end) -> bool:  # 永泰县城峰镇: its county before it; else a word
                k = bisect_right(taken, (start, len(text)))
                return any(e == start for _, e in taken[max(0, k - 3):k + 1]) or _starts_a_word(text, start, end)
            start, tail = _township_start(text, end, min(longest, end - last_end), m.group() == "街", keys, begins)
            if start < 0:
                continue
            key, codes, last_end = text[start:end] + tail, keys[text[start:end] + tail], end
            zone = zone_at(start)
            k = bisect_right(taken, (start, len(text)))
            inside = any(s < end and start < e for s, e in taken[max(0, k - 2):k + 1])
            if not zone or inside:
                continue
            if not begins(start):
                continue  # 部分乡镇 ("some townships") holds no 分乡镇
            zoned = _zone_township(text, start, end, codes)
            if zoned is not None:  # a development zone's street: the census zone's, or no county at all
                if not zoned:
                    continue
                key, codes = text[start:end] + tail, zoned
            entry = Entry(key, codes, False, False, False)
            out.append(Hit(start, end, text[start:end], codes, zone, False, entry, township=True))
    return out


def _township_start(text: str, end: int, most: int, short_street: bool, keys: dict[str, tuple[str, ...]],
                    begins: Callable[[int], bool]) -> tuple[int, str]:
    """Where the longest township name ending at `end` begins (at most `most` characters back), and the tail that
    makes it a key of the township list; (-1, "") if none. A street written X街 before its office or community
    (`short_street`) is the street X街道 with its suffix cut (南营门街办事处: 南营门街道). Where that reading begins no
    word (`begins`: 共建北街办事处 holds no 建北街道), the street's own name may end in 街, written without its suffix
    (北街办事处: 北街街道, as 东街 and 西大街 are called): that name is read where it begins a word (round r43).

    >>> keys = {"南营门街道": ("120101",), "北街街道": ("140502",), "建北街道": ("1",), "曹路镇": ("310115",)}
    >>> anywhere, after_verb = (lambda start: True), (lambda start: start == 2)  # 共建|北街: 北 begins a word
    >>> _township_start("到南营门街办事处", 5, 5, True, keys, anywhere), _township_start("共建北街办事处", 4, 4, True, keys, after_verb)
    ((1, '道'), (2, '街道'))
    >>> _township_start("曹路镇党员", 3, 3, False, keys, anywhere), _township_start("共建北街办事处", 4, 4, False, keys, anywhere)
    ((0, ''), (-1, ''))
    """
    tail = "道" if short_street else ""
    start = next((end - n for n in range(most, 2, -1) if text[end - n:end] + tail in keys), -1)
    if short_street and (start < 0 or not begins(start)):
        whole = next((end - n for n in range(most, 1, -1) if text[end - n:end] + "街道" in keys and begins(end - n)), -1)
        if whole >= 0:
            return whole, "街道"
    return start, tail if start >= 0 else ""


@lru_cache(maxsize=1)
def _zone_generic() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """data/zone_generic_words.csv: a development zone's generic word → the mark of its census name; and two regexes:
    the word right after a street (菱北街道经开区), and the word right before a township, bare (no name before it)."""
    marks = {r["word"]: r["census_mark"] for r in read_rows("zone_generic_words.csv")}
    words = "|".join(sorted(map(re.escape, marks), key=len, reverse=True))
    return marks, re.compile(f"(?:{words})"), re.compile(f"(?<![\u4e00-\u9fff])(?:{words})$")


@lru_cache(maxsize=None)
def _census_zone(prefecture: str, mark: str) -> str:
    """The one census development zone (a county-level unit coded XXXX7X) of `prefecture` whose name carries `mark`
    (开发区 and not 高新 for the economic zones); "" where there is none or several.

    >>> _census_zone("340800", "开发区"), _census_zone("220100", "高新"), _census_zone("621200", "开发区")
    ('340871', '', '')
    """
    table = divisions()
    found = [c for c, d in table.items() if d.level == "county" and c[:4] == prefecture[:4] and c[4] == "7"
             and d.parent == prefecture and mark in d.name and (mark != "开发区" or "高新" not in d.name)]
    return found[0] if len(found) == 1 else ""


def _street_of_zone_city(best: str, surface: str, resolved: list[tuple[Hit, str]]) -> bool:
    """Does the pick `best` rest on a street (its deciding mention `surface`, a 街道) in a prefecture that has a census
    development zone, the county itself never named? The township list files a zone's streets under the districts they
    were taken from (菱北街道 under 宜秀区, while the census counts it in 安徽安庆经济开发区), so such a street may be
    the zone's: the county it gives is no strong pick (round r40). A census zone itself, or a county the text names,
    is not in doubt.

    >>> _street_of_zone_city("340811", "菱北街道", []), _street_of_zone_city("340871", "菱北街道", [])
    (True, False)
    >>> _street_of_zone_city("621223", "城关街道", []), _street_of_zone_city("340811", "大龙山镇", [])
    (False, False)
    """
    if not surface.endswith("街道") or best[4:5] == "7" or any(c == best and not h.township for h, c in resolved):
        return False
    prefecture = best[:4] + "00"
    return any(c[:4] == best[:4] and c[4] == "7" and d.parent == prefecture and d.level == "county"
               for c, d in divisions().items())


def _zone_township(text: str, start: int, end: int, codes: tuple[str, ...]) -> tuple[str, ...] | None:
    """The census county of a township written beside a development zone's bare generic word, or None where no such
    word stands beside it.

    The 2020 census counts a city's development zone as a county-level unit of its own (安徽安庆经济开发区, 340871),
    but the township list files the zone's streets under the districts they were taken from (菱北街道 under 宜秀区).
    A street followed by the word (菱北街道经开区某社区), or a township after the word standing bare (经开区某街道),
    is the zone's: its county is the one census zone of that kind in the township's prefecture. Where the prefecture
    has none or several, the township gives no county (an empty tuple): its district would be a guess. Only a street
    (街道) is read before the word: a town's 开发区 is often the town's own industrial estate, in its county.

    >>> t = "市民政局包保菱北街道经开区刘纪社区"
    >>> _zone_township(t, 6, 10, ("340811",)), _zone_township("菱北街道居民", 0, 4, ("340811",))
    (('340871',), None)
    >>> _zone_township("城关镇开发区", 0, 3, ("621223",)) is None
    True
    """
    marks, after, before = _zone_generic()
    m = after.match(text, end) if text[start:end].endswith("街道") else None
    if not m:
        m = before.search(text, max(0, start - 12), start)
    if not m:
        return None
    mark = marks[m.group()]
    table = divisions()
    out = []
    for c in codes:
        prefecture = next(iter(ancestors(c)), "")
        zone = _census_zone(prefecture, mark) if prefecture in table and table[prefecture].level == "prefecture" else ""
        if zone and zone not in out:
            out.append(zone)
    return tuple(out)


def resolve_townships(townships: list[Hit], resolved: list[tuple[Hit, str]], page: str = "") -> list[tuple[Hit, str]]:
    """Each township with its county: the only one in the country so named, or the only one within a
    province, prefecture or county the text names (赤溪镇 is in four counties; with 温州 named, 苍南县's).
    Names shared within what the text names (城关镇, 新华街道) give nothing. A county's short form does
    not narrow them (和政 is also 党委和政府's 和政): only full names and short forms of provinces and
    prefectures (温州, 浙江) do, except where nothing else narrows it and the short form is the county of one of
    the townships so named (泰宁烟草 … 新桥乡: 泰宁县's 新桥乡), two pieces of evidence that agree.

    Where nothing the story names narrows a township shared by a few counties, the page around the story may: its
    site's name, breadcrumb or footer (`page`, the whole text) naming exactly one of those counties (王集镇 … 宜城市融媒体中心:
    宜城市's 王集镇, of six counties' 王集镇). A county's media print the towns of their own county by their bare names.

    >>> t = find_townships("赤溪镇和家朋乡", [Zone(0, 9, "body")], [])
    >>> [c for _, c in resolve_townships(t, [])]
    ['341824']
    >>> t = find_townships("王集镇受灾严重", [Zone(0, 7, "body")], [])
    >>> [c for _, c in resolve_townships(t, [])], [c for _, c in resolve_townships(t, [], "王集镇受灾严重 宜城市融媒体中心")]
    ([], ['420684'])
    """
    table = divisions()
    townships = _after_their_county(townships, resolved)
    named = {c for h, c in resolved if not h.dest and (not h.entry.alias or table[c].level != "county")}
    # a county's short form and a township of that very county agree (泰宁烟草 … 新桥乡): two pieces of evidence
    short = {c for h, c in resolved if not h.dest and h.entry.alias and table[c].level == "county"}
    out = []
    for h in townships:
        codes = h.codes if len(h.codes) == 1 else tuple(
            c for c in h.codes if c in named or set(ancestors(c)) & named)
        if 1 < len(h.codes) <= _FEW and not codes:
            codes = tuple(c for c in h.codes if c in short)
        if 1 < len(h.codes) <= _PAGE_FEW and not codes and not named and page:
            codes = tuple(c for c in h.codes if _named_on_page(c, page))
        if len(codes) == 1:
            out.append((replace(h, codes=codes), codes[0]))
    return out


def _after_their_county(townships: list[Hit], resolved: list[tuple[Hit, str]]) -> list[Hit]:
    """The townships with the county named right before them as their county (阿克陶县玉麦乡, 维西傈僳族自治县叶枝镇).

    An address reads from the large to the small: a township glued to a county's name is a township of that county,
    even where the township list holds that name only for another county (a 玉麦乡 of 隆子县, in Tibet; a list made
    after a merger or a renaming). The county named in the text wins over the list.

    >>> from mobilization.places import find_hits, resolve
    >>> t = "克孜勒苏柯尔克孜自治州阿克陶县玉麦乡某村"
    >>> z = [Zone(0, len(t), "body")]
    >>> r = resolve(find_hits(t, z))
    >>> [h.codes for h in _after_their_county(find_townships(t, z, find_hits(t, z)), r)]
    [('653022',)]
    """
    table = divisions()
    ends = {h.end: (h, c) for h, c in resolved if table[c].level == "county"}
    out = []
    for h in townships:
        county_hit, county = ends.get(h.start, (None, ""))
        if county and not any(c == county or county in ancestors(c) or c in ancestors(county) for c in h.codes):
            # where a team was sent (驻阿克陶县玉麦乡), its township is that destination too
            h = replace(h, codes=(county,), entry=replace(h.entry, codes=(county,)), dest=h.dest or county_hit.dest)
        out.append(h)
    return out


_FEW = 3  # a township name shared by this few counties is narrowed by a county short form (城关镇 is in hundreds)
_PAGE_FEW = 8  # ... and by a county named anywhere on the page, when the story names no division at all


@lru_cache(maxsize=1)
def _county_names() -> dict[str, tuple[str, ...]]:
    """Census county → its full name and its short forms that are no ordinary words and no names of other things
    (宜城市 and 宕昌; not 白玉, a word, nor 宜城, also many streets')."""
    table = divisions()
    out: dict[str, list[str]] = {}
    for key, entry in entries().items():
        if entry.common or len(key) < 2 or entry.alias and _ordinary_word(key):
            continue
        for c in entry.codes:
            if c in table and table[c].level == "county" and len(entry.codes) == 1:
                out.setdefault(c, []).append(key)
    return {c: tuple(v) for c, v in out.items()}


def _named_on_page(county: str, page: str) -> bool:
    """Is the county named anywhere on the page, in full or by a short form that is no ordinary word?

    >>> _named_on_page("420684", "地址:宜城市融媒体中心"), _named_on_page("420684", "宜城新闻")  # 宜城: also a street's
    (True, False)
    """
    return any(name in page for name in _county_names().get(county, ()))


TOWNSHIP_WEIGHT = 1.0  # a township stands for its county like a bare mention (never doubled as an actor)


def _township_support(townships: list[tuple[Hit, str]], in_full: set[str],
                      sent_to: set[str], named: set[str] | None = None) -> list[tuple[Hit, str]]:
    """The townships that count: only when the text names no county-level unit in full (a short form
    such as 修水 may be a word or a person's name), each then stands for its county. A county named in full is the report's own
    word for its level: its townships add nothing to it (they would tip a prefecture's roundup that
    visits one county's towns down to that county), and a township of another county is a scene.

    >>> h = Hit(0, 3, "赤溪镇", ("330327",), "body", False, Entry("赤溪镇", ("330327",), False, False, False))
    >>> [c for _, c in _township_support([(h, "330327")], {"330300"}, set())]
    ['330327']
    >>> [c for _, c in _township_support([(h, "330327")], {"621223"}, set())]
    []

    The townships of the one county named in full do add to it when nothing above it is named (`named`: the
    divisions with weight): a county's own story (和田市…吐沙拉镇…吐沙拉镇) is then no prefecture's roundup to tip.

    >>> [c for _, c in _township_support([(h, "330327")], {"330327"}, set(), {"330327", "231083"})]
    ['330327']
    >>> [c for _, c in _township_support([(h, "330327")], {"330327"}, set(), {"330327", "330300"})]
    []
    """
    table = divisions()
    counties = {c for c in in_full if table[c].level == "county"}
    if counties:
        if named is None or len(counties) != 1 or any(p in named for c in counties for p in ancestors(c)):
            return []
        return [(h, code) for h, code in townships if code in counties and not h.dest and code not in sent_to]
    return [(h, code) for h, code in townships if not h.dest and code not in sent_to]


def drop_township_heads(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without the short forms that only begin a township's name (龙泉寺乡 is not 龙泉市).

    Many townships are named after a place that shares its first characters with a county elsewhere
    (信都区龙泉寺乡, 龙泉市). When the characters from a hit's start to a township suffix are a township's
    name (in `data/townships.csv`) that lies outside the divisions the hit may name, the hit is that
    township's head, not a place of its own; and once such a township is named, its name without the
    suffix (龙泉寺监测站) is the township again, one sense in one text. A township of the hit's own
    county (宕昌镇 of 宕昌县) keeps the hit: it names the same county.

    >>> from mobilization.places import Zone, find_hits
    >>> t = "邢台市信都区龙泉寺乡北和庄。龙泉寺监测站雨量大。龙泉市的党员。"
    >>> [h.surface for h in drop_township_heads(t, find_hits(t, [Zone(0, len(t), "body")]))]
    ['邢台市', '信都区', '龙泉市']
    """
    keys, longest = _township_lookup()
    stems: set[str] = set()
    out: list[Hit] = []
    for h in hits:
        head = ""
        for n in range(min(longest, len(text) - h.start), h.end - h.start, -1):
            key = text[h.start:h.start + n]
            if key in keys and not any(c in h.codes or set(ancestors(c)) & set(h.codes) for c in keys[key]):
                head = key
                break
        if head:
            stems.add(head[:len(head) - len(_suffix(head))])
            continue
        if any(len(s) > len(h.surface) and text.startswith(s, h.start) for s in stems):
            continue
        out.append(h)
    return out


def drop_township_stems(resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """The resolved hits without a county's bare short form that is the stem of a township the text names with its
    suffix, in another county (龙江镇 of 顺德区, then 龙江总商会, 龙江慈善会: the town, not 龙江县 in Heilongjiang).

    A town's people and papers call it by its stem; one name has one sense in one text. The short form keeps its
    county when the text names that county in full, or a division above it (黑龙江齐齐哈尔龙江), or when the town lies
    in that very county (宕昌镇 of 宕昌县).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "顺德区龙江镇开展防疫。龙江商会捐赠物资。"
    >>> z = [Zone(0, len(t), "body")]
    >>> hits = find_hits(t, z); r = resolve(hits)
    >>> towns = resolve_townships(find_townships(t, z, hits), r)
    >>> [h.surface for h, _ in drop_township_stems(r, towns)]
    ['顺德区']
    """
    table = divisions()
    stems = {h.surface[:len(h.surface) - len(_suffix(h.surface))]: code for h, code in townships if _suffix(h.surface)}
    full = {c for h, c in resolved if not h.entry.alias}
    named = {c for h, c in resolved}

    def stem_of_town(h: Hit, code: str) -> bool:
        town = stems.get(h.surface, "")
        return (bool(town) and h.entry.alias and table[code].level == "county" and town != code
                and code not in full and not set(ancestors(code)) & named)
    return [(h, c) for h, c in resolved if not stem_of_town(h, c)]


def _suffix(name: str) -> str:
    """The township suffix a township's name ends with (街道, 镇, 乡 …)."""
    return next((s for s in TOWNSHIP_SUFFIXES if name.endswith(s)), "")
