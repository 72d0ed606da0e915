"""Place, step 4a (part, headline and body): a headline's locator over one county's story, and the reverse.

Rounds 25-27's rules, read after the other level rules of `levels`: a region named in the headline by its bare stem
(梧州, 广西), never acting, over a body whose places all lie in one county is that county's story
(`_one_county_story`); a county named in the headline only inside its prefecture's address, under a body that speaks
of the prefecture, is the prefecture's example (`_headline_address`). A division the body names with its parts one by
one (某地区各县) frames a roundup, and one county's scene under it is its example (`_roundup_frame`, round r41).
"""
from __future__ import annotations

import re

from ..gazetteer import ancestors, divisions
from .levels import _MUNICIPALITIES, _county_prefecture, _prefecture_of, _qualified_list
from .mentions import Hit


def _one_county_story(best: str, resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]],
                      speaks: dict[str, int], unit_acts: bool = False, text: str = "") -> str:
    """The one county whose places the story happens in, under a prefecture or province that only locates it.

    A headline's 梧州 or 广西 over a body whose every place below it lies in one county (长洲区's offices and housing
    estates; 北海市银海区侨港镇's beach and harbour) is the region's name as a locator: the codebook's level is the
    county's (a township, village or community story is its county's). Not for a municipality (上海, 重庆: its
    districts are the city's wards, and the city frames their stories), nor when one of the prefecture's own units
    acts (`unit_acts`: 亳州市扫雪除冰指挥部, found by the caller). The locator is the headline's bare stem of the higher
    unit or of a unit above it (梧州, 广西; 内蒙古 over 锡林郭勒盟西乌珠穆沁旗's fire), never the government's name
    (梧州市, 文山州); or, when the headline names no place at all, the prefecture's list of the places struck, the
    county one of its items (潍坊寿光、青州、昌乐、临朐等地 in the lead, then one 街道 of 昌乐县: the disaster's extent,
    and the story narrows to one of them; `text` is needed for it). The higher unit must never act (no organ or
    team of it: 甘南州启动…机制), host the page (its own paper's story is told at its level), or speak of itself more
    than once (全市 said in passing), and be named in the body, outside the addresses it opens (十堰市张湾区) and the
    agency's dispatch line (中新网西宁5月10日电), no more often than the county and its townships together (毕节 as
    the subject of the story's paragraphs keeps the city). The county is the one its townships lie in when the body
    names townships (处于离石区与方山县间的信义镇: the neighbour only places the town), else the one county named: no
    second county may hold a township or, without townships, be named (a roundup, a city's leaders visiting two
    counties), nor one of the unit's prefectures outside the county's (a province's list), and the
    county, never a destination (a team FROM the city working there is the city's), must be named twice or more in
    the body (by name or by its townships).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "梧州志愿者在行动\\n据悉，梧州长洲区发出招募通知。长洲区市场监管局干部报名。他们活跃在长洲区各小区。"
    >>> r = resolve(find_hits(t, [Zone(0, 8, "title"), Zone(9, len(t), "body")]))
    >>> _one_county_story("450400", r, [], {})
    '450405'
    >>> t = "梧州志愿者在行动\\n梧州市委部署，长洲区发出招募通知。长洲区市场监管局干部报名。他们活跃在长洲区各小区。"
    >>> r = resolve(find_hits(t, [Zone(0, 8, "title"), Zone(9, len(t), "body")]))
    >>> _one_county_story("450400", r, [], {})
    '450400'
    """
    table = divisions()
    level = table[best].level
    if level not in ("prefecture", "province") or best[:2] in _MUNICIPALITIES or unit_acts:
        return best
    own = [h for h, c in resolved if c == best and not h.dest and not h.bureau]
    if not own or any(h.actor or h.host for h in own) or speaks.get(level, 0) > max(1, speaks.get("county", 0)):
        return best
    chain = (best,) + ancestors(best)
    headline = [(h, c) for h, c in resolved if h.zone == "title" and c in chain and not h.dest]
    if any(h.surface == table[c].name or not table[c].name.startswith(h.surface) for h, c in headline):
        return best  # a locator in the headline, its bare stem (梧州, 广西; not 梧州市, 文山州: the government's name)
    titled = headline or any(h.zone == "title" for h, _ in resolved + townships)
    below = {c for h, c in resolved + townships if best in ancestors(c) and not h.dest and not h.bureau}
    scenes = {c for h, c in townships if best in ancestors(c) and not h.dest}
    counties = scenes or {c for c in below if table[c].level == "county"}
    if len(counties) != 1:
        return best
    county = next(iter(counties))
    framed = _roundup_frame(county, best, resolved, text)
    if framed:  # a division named with its parts (某地区各县): the county is one example of its roundup
        return framed
    prefecture = _prefecture_of(county)
    siblings = {c for _, c in resolved if ancestors(c)[:1] == (prefecture,)}
    if not headline and (titled or county not in _qualified_list(resolved, prefecture, siblings, text)):
        return best  # no locator in the headline, nor the prefecture's list of the places struck (潍坊寿光、青州、昌乐等地)
    if any(c != county and c not in ancestors(county) and (table[c].level != "county" or not scenes) for c in below):
        return best
    if any(h.dest for h, c in resolved + townships if c == county):
        return best
    weight = (sum(1 for h, c in resolved if c == county and h.zone == "body")
              + sum(1 for h, c in townships if c == county))
    qualifiers = {k for k, (h, c) in enumerate(resolved[:-1])
                  if resolved[k + 1][0].start <= h.end + 1 and c in ancestors(resolved[k + 1][1])}
    in_body = sum(1 for k, (h, c) in enumerate(resolved)
                  if c == best and h.zone == "body" and not h.bureau and k not in qualifiers)
    return county if weight >= 2 and weight >= in_body else best


# A division named with its parts, one by one (某地区各县, 某州的各乡镇, 某市各地): the story covers them all.
_EACH_PART = re.compile(r"的?各(?:县|区|市|乡|镇|地|旗)")


def _roundup_frame(county: str, best: str, resolved: list[tuple[Hit, str]], text: str) -> str:
    """The division between the county and `best` (or `best` itself) that the body names with its parts, one by one
    (记者走访某地区各县, 在某州各乡镇): the story is that division's roundup, and the one county whose village the page
    describes is its example, not the story's place. "" when no such division is named.

    A region over one county's scene only locates it (`_one_county_story`); a region named as 各县 says the page went
    through all its counties. Not a destination (驰援某市各县: where a team went), nor the page's host.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "新疆见闻\\n记者走访阿克苏地区各县。阿瓦提县的一个村，阿瓦提县的村民。"
    >>> _roundup_frame("652928", "650000", resolve(find_hits(t, [Zone(0, 4, "title"), Zone(5, len(t), "body")])), t)
    '652900'
    >>> _roundup_frame("652928", "650000", resolve(find_hits(t.replace("各县", "的村"), [Zone(0, 4, "title"), Zone(5, len(t), "body")])), t.replace("各县", "的村"))
    ''
    """
    frame = set(ancestors(county)) - set(ancestors(best)) if best in ancestors(county) else set()
    hits = [c for h, c in resolved
            if c in frame and not h.dest and not h.host and h.zone == "body" and _EACH_PART.match(text, h.end)]
    return max(hits, key=lambda c: len(ancestors(c)), default="")


def _headline_address(best: str, resolved: list[tuple[Hit, str]]) -> str:
    """The prefecture whose story the body tells when the headline names the county only inside an address
    (贵州毕节黔西市新仁苗族乡化屋村: where the scene is) and the body speaks of the prefecture, outside addresses, three
    times or more and at least three times as often as of the county (在毕节, 毕节试验区, 毕节广大干部群众): the village is the
    prefecture's example, the mirror of a headline's bare region over one county's story (`_one_county_story`).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "村里的新事\\n便是贵州毕节黔西市新仁苗族乡化屋村。\\n在毕节，干部群众奋斗。毕节试验区建设。毕节广大干部群众感恩奋进。"
    >>> r = resolve(find_hits(t, [Zone(0, 24, "title"), Zone(25, len(t), "body")]))
    >>> _headline_address("520522", r)
    '520500'
    """
    parent = _county_prefecture(best)
    if not parent:
        return best
    qualified = {k + 1 for k, (h, c) in enumerate(resolved[:-1])
                 if c == parent and resolved[k + 1][0].start <= h.end + 1 and resolved[k + 1][1] == best}
    title = [k for k, (h, c) in enumerate(resolved) if c == best and h.zone == "title" and not h.township]
    if not title or any(k not in qualified for k in title):
        return best
    if any(h.actor or h.dest for h, c in resolved if c in (best, parent)):
        return best
    own = sum(1 for h, c in resolved if c == best and h.zone == "body")
    others = {c for h, c in resolved if parent in ancestors(c) and c != best and not h.dest}
    chain = {k for k, (h, c) in enumerate(resolved[:-1])
             if resolved[k + 1][0].start <= h.end + 1 and c in ancestors(resolved[k + 1][1])}
    spoken = sum(1 for k, (h, c) in enumerate(resolved) if c == parent and h.zone == "body" and k not in chain)
    return parent if not others and spoken >= 3 and spoken >= 3 * own else best
