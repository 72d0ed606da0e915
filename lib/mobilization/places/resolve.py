"""Place, step 3 (resolve): each mention with the one division it names; a place name a user writes.

A name shared by several divisions (城关区, 鼓楼区, 朝阳) is resolved by the divisions above or
below it named in the same text; unresolved it is left out (never guessed).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from .mentions import Hit, find_hits
from .zones import Zone


def resolve(hits: list[Hit], below: frozenset[str] = frozenset()) -> list[tuple[Hit, str]]:
    """Each hit with the one division it names; hits that stay ambiguous are dropped.

    A candidate is supported by another hit that names (without ambiguity) a division above or
    below it, or by the hit right before it naming its parent. Several supported candidates:
    the one supported by the nearest level. None: a province among them is taken (河南 the
    province, not 河南县), else a candidate containing all others; else the hit is dropped.

    >>> z = [Zone(0, 60, "body")]
    >>> [(h.surface, c) for h, c in resolve(find_hits("兰州市城关区和拉萨市", z))]
    [('兰州市', '620100'), ('城关区', '620102'), ('拉萨市', '540100')]
    >>> [(h.surface, c) for h, c in resolve(find_hits("城关区", z))]
    []

    `below` holds the counties of townships the text names that no other county has (锁南镇): they support
    the one candidate they lie in, like a division named below it (东乡县 is Gansu's 东乡族自治县 by its news
    name and Jiangxi's 东乡区 by its former one; 锁南镇 says which).

    >>> [(h.surface, c) for h, c in resolve(find_hits("东乡县城南社区", z), frozenset({"622926"}))]
    [('东乡县', '622926')]
    >>> [(h.surface, c) for h, c in resolve(find_hits("东乡县城南社区", z))]
    []
    """
    hits = _without_glued_short_forms(hits)
    sure = {h.codes[0] for h in hits if len(h.codes) == 1 and not h.needs}
    sure_related = set(sure) | set(below)
    for c in sure | set(below):
        sure_related.update(ancestors(c))
    out: list[tuple[Hit, str]] = []
    prev: Hit | None = None
    for k, h in enumerate(hits):
        if h.needs:  # a district's bare short form names it only once the text has named it
            h = replace(h, codes=h.codes + tuple(c for c in h.needs if c in sure or ancestors(c)[:1] and ancestors(c)[0] in sure), needs=())
        if not h.codes:
            prev = h
            continue
        listed = k + 1 < len(hits) and hits[k + 1].start == h.end  # another name glued to it (辽宁抚顺铁岭等地)
        code = h.codes[0] if len(h.codes) == 1 else _choose(h, prev, sure, sure_related, listed)
        if code:
            out.append((h, code))
        prev = h
    return _city_nicknames(out)


def _without_glued_short_forms(hits: list[Hit]) -> list[Hit]:
    """The hits without a short form glued to a division named in full that does not hold it.

    An address reads from the large to the small (和田市吐沙拉镇): a short form right after a full name of
    which it is no part (和田市玉龙喀什河: 玉龙 is 玉龙纳西族自治县's short form, far away) begins the name of
    something inside that division (a river, a street, a firm), not another division.

    >>> z = [Zone(0, 60, "body")]
    >>> [h.surface for h in _without_glued_short_forms(find_hits("和田市玉龙喀什河决口", z))]
    ['和田市']
    >>> [h.surface for h in _without_glued_short_forms(find_hits("甘肃省定西市安定区", z))]
    ['甘肃省', '定西市', '安定区']
    """
    out: list[Hit] = []
    last: Hit | None = None
    for h in hits:
        glued = (last is not None and last.end == h.start and h.entry.alias and not last.entry.alias
                 and not last.dest and not h.township and not last.township
                 and not any(p in ancestors(c) or c in ancestors(p) for p in last.codes for c in h.codes + h.needs))
        if not glued:
            out.append(h)
        last = h
    return out


def _city_nicknames(resolved: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """A city's one-character nickname with 城 (阜城 for 阜阳, 邢城 for 邢台) read as that city, not as a
    county so short-named elsewhere (阜城县 in 河北), when the text names the city in full.

    >>> z = [Zone(0, 60, "body")]
    >>> [(h.surface, c) for h, c in resolve(find_hits("阜阳市直机关工委组织献血，阜城8个采血点", z))]
    [('阜阳市', '341200'), ('阜城', '341200')]
    >>> [(h.surface, c) for h, c in resolve(find_hits("衡水市阜城县", z))][-1]
    ('阜城县', '131128')
    """
    table = divisions()
    cities = {table[c].name[0]: c for h, c in resolved
              if not h.entry.alias and table[c].level == "prefecture"}
    out = []
    for h, code in resolved:
        city = cities.get(h.surface[0]) if len(h.surface) == 2 and h.surface[1] == "城" and h.entry.alias else None
        if city and table[code].level == "county" and city not in ancestors(code):
            code = city
        out.append((h, code))
    return out


def _choose(h: Hit, prev: Hit | None, sure: set[str], sure_related: set[str], listed: bool = False) -> str:
    """The one division an ambiguous hit names, or "" (see `resolve`); `listed`: another name follows right after it.

    An address reads one level at a time: after its province (新疆阿勒泰), a stem shared by a prefecture and the
    county-level seat of the same name (阿勒泰地区, 阿勒泰市) is the prefecture, the unit right below the province.
    Not in a list of names after the province (辽宁抚顺铁岭等地: 抚顺 may be the city or 抚顺县 there).

    >>> z = [Zone(0, 60, "body")]
    >>> [(h.surface, c) for h, c in resolve(find_hits("新疆阿勒泰遭暴风雪，阿勒泰地区富蕴县牧民被困", z))][:2]
    [('新疆', '650000'), ('阿勒泰', '654300')]
    >>> [h.surface for h, c in resolve(find_hits("辽宁抚顺铁岭等地遭灾，辽宁抚顺市普降暴雨", z))][:2]
    ['辽宁', '铁岭']
    """
    table = divisions()
    if prev is not None and prev.end >= h.start - 1:
        qualified = [c for c in h.codes if any(p in ancestors(c) for p in prev.codes)]
        if len(qualified) == 1:
            return qualified[0]
        direct = [c for c in qualified if ancestors(c)[:1] and ancestors(c)[0] in prev.codes]
        if len(direct) == 1 and not listed:
            return direct[0]
    supported = [c for c in h.codes if set(ancestors(c)) & sure or c in sure_related]
    if len(supported) == 1:
        return supported[0]
    # 新疆塔城 … 塔城市委: the one named in full elsewhere, when the others only contain it (塔城地区)
    named = [c for c in supported if c in sure]
    if len(named) == 1 and all(c == named[0] or c in ancestors(named[0]) for c in supported):
        return named[0]
    # 辽阳市 … 辽阳红十字会: a city and its own county of the same stem (辽阳县), the city named in full and the
    # county never, the bare stem before an organ: a county that shares its city's name is written in full to be
    # told apart, so the stem's organ is the city's. (Read everywhere, the stem as a destination, 支援喀什, hid the
    # city's other mentions in one opened report; left to the organ.)
    if (h.actor and len(named) == 1 and divisions()[named[0]].level == "prefecture"
            and all(c == named[0] or named[0] in ancestors(c) for c in supported)):
        return named[0]
    if len(supported) > 1:  # the nearest support: a prefecture named beats a province named
        by_prefecture = [c for c in supported if ancestors(c)[:1] and ancestors(c)[0] in sure or c in sure_related]
        if len(by_prefecture) == 1:
            return by_prefecture[0]
        return ""
    provinces = [c for c in h.codes if table[c].level == "province"]
    if len(provinces) == 1:
        return provinces[0]
    containing = [c for c in h.codes if all(c == o or c in ancestors(o) for o in h.codes)]
    return containing[0] if len(containing) == 1 else ""


@lru_cache(maxsize=4096)
def resolve_name(name: str) -> str:
    """The code of a place written by a user (`宕昌县`, `甘肃省陇南市宕昌县`, `宕昌`), or "" if unknown
    or ambiguous.

    >>> resolve_name("甘肃省陇南市宕昌县"), resolve_name("宕昌"), resolve_name("鼓楼区"), resolve_name("福州市鼓楼区")
    ('621223', '621223', '', '350102')
    """
    zones = [Zone(0, len(name), "title")]
    resolved = resolve(find_hits(name, zones))
    if not resolved:
        return ""
    codes = [c for _, c in resolved]
    last = codes[-1]
    return last if all(c == last or c in ancestors(last) for c in codes) else ""
