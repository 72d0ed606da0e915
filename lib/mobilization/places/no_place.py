"""Place, step 5 (part): no place: a national report, several provinces, Hong Kong, Macau or Taiwan.

The cues of a national report (`national_cues`: 全国, a central organ acting, overseas Chinese as the headline's
actor; a national outlet; a report that spans the provinces), the provinces listed or sharing the weight
(`_several_provinces`, `_lists_provinces`), and the places outside the census divisions (`_outside`,
`_outside_weight`, and the county name that is also a word beside them, `_word_like`). `decide` asks them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import ancestors, divisions, province_of, province_weights
from ..lexicon import read_rows
from .cues import _alt, cues
from .mentions import Hit, _national_outlets


# A report that says it spans the provinces (29个省份, 各省区市): several places, none of them the unit.
_ALL_PROVINCES = re.compile(r"(?:\d+|[二三四五六七八九十]+)个省(?:份|区市|市区)|各省(?:份|区市)")

# Places outside the census divisions: the report is about them, the table has no code for them.
# data/place_outside.csv: Hong Kong, Macau, Taiwan and their parts (澎湖, 马祖, 高雄 …), each with its region; a name
# before a township's suffix (马祖乡, a township of the mainland's 连江县) is that township, not the region, and 台湾海峡
# is a strait (a body of water named after it, as 黄龙滩 is no 黄龙县).
@lru_cache(maxsize=1)
def _outside() -> tuple[dict[str, str], re.Pattern[str]]:
    """The names outside the census with their region, and one regex for them.

    >>> regions, pattern = _outside(); regions["澎湖"], bool(pattern.search("马祖地区")), bool(pattern.search("马祖乡"))
    ('Taiwan', True, False)
    >>> bool(pattern.search("进入台湾海峡"))
    False
    >>> regions["全港"], bool(pattern.search("送到全港18区")), bool(pattern.search("全港区作业"))
    ('Hong Kong', True, False)
    """
    regions = {r["name"]: r["region"] for r in read_rows("place_outside.csv")}
    names = sorted(regions, key=len, reverse=True)
    # 全港 is Hong Kong's whole territory, but 全港区 and 全港口 a mainland port's whole zone or all its ports
    return regions, re.compile(f"(?:{'|'.join(map(re.escape, names))})(?!乡|镇|街道|村|路|海峡)(?!(?<=全港)[区口])")



# Words that say a report is about the whole country or the centre, not one place (national, national_organ of
# data/place_role_words.csv); a central organ or all provinces as the actor (中国地震局党组, 国家卫健委, 29个省份):
# a place named only in the body is then where the story happened, not the reporting unit; overseas Chinese as
# the actor of the headline (海外华侨华人驰援湖北): no Chinese division reports.
@dataclass(frozen=True)
class NationalCues:
    """The regexes of national reports, built once (`national_cues()`)."""

    national: re.Pattern[str]
    national_actor: re.Pattern[str]
    overseas: re.Pattern[str]



# After 华侨, a place or an institution in China named for them (华侨农场, 华侨管理区, 华侨大学, 华侨城): no one overseas.
_NOT_OVERSEAS = r"(?![\u4e00-\u9fff]{0,3}?(?:区|场|城|村|大学|学院|学校|中学|小学|医院|公司))"



@lru_cache(maxsize=1)
def national_cues() -> NationalCues:
    """The national, central-actor and overseas regexes from data/place_role_words.csv.

    >>> c = national_cues()
    >>> bool(c.national.search("全国各地")), bool(c.national_actor.search("应急管理部党委")), bool(c.overseas.search("华侨"))
    (True, False, True)
    >>> bool(c.national_actor.search("中国地震局党组"))
    True
    >>> bool(c.overseas.search("海外华侨驰援")), bool(c.overseas.search("到华侨管理区检查")), bool(c.overseas.search("华侨农场"))
    (True, False, False)
    """
    return NationalCues(re.compile(_alt("national", "national_organ")),
                        re.compile(_alt("national_organ") + r"|(?:国家|中国)[\u4e00-\u9fff]{1,6}?(?:局|总局|委员会|部)(?:党组|党委)"),
                        re.compile(f"(?:{_alt('overseas')}){_NOT_OVERSEAS}"))



# A national outlet as the source (新华社, 人民日报 …): with 全国 in the lead, a place named only in the body
# once or twice is the story's example (a village among the country's 12.8万个贫困村), not its unit.
@lru_cache(maxsize=1)
def _national_outlet_pattern() -> re.Pattern[str]:
    """A national outlet named anywhere (新华社, 人民日报 …), for the 全国 rule."""
    names = sorted((r["name"] for r in _national_outlets() if r["national"] == "yes"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))



def _several_provinces(best: str, score: dict[str, float]) -> str:
    """Why no place, when three or more provinces are named and the best one's holds under half.

    >>> _several_provinces("310000", {"310000": 3.0, "440000": 3.0, "450000": 2.0, "630000": 2.0})
    'several provinces named, none holds half the weight'
    >>> _several_provinces("310000", {"310000": 8.0, "440000": 1.0, "450000": 1.0})
    ''
    """
    by_province: dict[str, float] = defaultdict(float)
    for c, w in score.items():
        by_province[province_of(c)] += w
    own = by_province[province_of(best)]
    if len(by_province) >= 3 and own < 0.5 * sum(by_province.values()):
        return "several provinces named, none holds half the weight"
    return ""



@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    """The regions that span several provinces (data/place_regions.csv) and one regex for them as regions."""
    rows = {r["region"]: frozenset(r["provinces"].split()) for r in read_rows("place_regions.csv")}
    words = "|".join(sorted(map(re.escape, rows), key=len, reverse=True))
    return rows, re.compile(f"(?:{words})(?=地区|三省|四省|各省|多省|多地|各地|各界|[^\u4e00-\u9fffA-Za-z0-9])")


def _regional_roundup(title: str, score: dict[str, float], where: dict[str, set[str]]) -> str:
    """Why no place, when the headline names a region of several provinces (东北地区——…, 京津冀多地…) and the text
    names divisions of two or more of its provinces, none of them in the headline: a roundup of the region.

    >>> _regional_roundup("东北地区——全力抢险救援", {"230100": 3.0, "220200": 2.0}, {"230100": {"body"}, "220200": {"body"}})
    'a roundup of a region of several provinces (东北)'
    >>> _regional_roundup("东北网讯 哈尔滨抢险", {"230100": 3.0, "220200": 2.0}, {"230100": {"body"}, "220200": {"body"}})
    ''
    >>> _regional_roundup("东北地区：哈尔滨抢险", {"230100": 3.0, "220200": 2.0}, {"230100": {"title"}, "220200": {"body"}})
    ''
    """
    rows, rx = _regions()
    m = rx.search(title)
    if not m or any("title" in where.get(c, ()) for c, w in score.items() if w > 0):
        return ""
    named = set(province_weights(score))
    if len(named & rows[m.group()]) >= 2:
        return f"a roundup of a region of several provinces ({m.group()})"
    return ""


def _lists_provinces(resolved: list[tuple[Hit, str]], at_least: int = 3, text: str = "") -> bool:
    """Does the text list three or more provinces in one breath (江西、湖北、安徽等地)?

    Not a list right after 来自 (来自天津、湖北、上海等地的客商, given `text`): it says where people or partners come
    from, their origins, not where the story happens (round r41).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 40, "body")]
    >>> _lists_provinces(resolve(find_hits("记者赴江西、湖北、安徽等地采访", z)))
    True
    >>> _lists_provinces(resolve(find_hits("江西九江濂溪区", z)))
    False
    >>> t = "某县与来自江西、湖北、安徽等地的客商签约"
    >>> _lists_provinces(resolve(find_hits(t, z)), text=t), _lists_provinces(resolve(find_hits(t, z)))
    (False, True)
    """
    table, run, prev_end = divisions(), 0, -10
    for h, code in resolved:
        if table[code].level != "province":
            continue
        run = run + 1 if h.start - prev_end <= 1 else 1
        prev_end = h.end
        if run == 1 and text[max(0, h.start - 2):h.start] == "来自":
            run = -len(resolved)  # a list of origins (来自A、B、C): no run of places counted from it
        if run >= at_least:
            return True
    return False



def _national(text: str) -> bool:
    head = text[:300]
    return bool(national_cues().national.search(head))



def _word_like(h: Hit, code: str, resolved: list[tuple[Hit, str]]) -> bool:
    """Is this the full name of a county whose name is also a word (会同 "together with", 通道 "passage"; `common`
    in data/place_words.csv), with none of its parents named? In a report naming Hong Kong, Macau or Taiwan the
    word is read (云林县长今天会同县府各局处长前往…: "together with the county government"), not the county.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> r = resolve(find_hits("县长会同县府各局处长前往", [Zone(0, 12, "body")]))
    >>> [(h.surface, _word_like(h, c, r)) for h, c in r]
    [('会同县', True)]
    >>> r = resolve(find_hits("怀化市会同县", [Zone(0, 6, "body")]))
    >>> [(h.surface, _word_like(h, c, r)) for h, c in r]
    [('怀化市', False), ('会同县', False)]
    """
    from ..gazetteer import place_words
    table = divisions()
    if h.entry.alias or table[code].level != "county":
        return False
    stem = next((a for a in (h.surface[:-1], h.surface[:-2]) if a in place_words()["common"]), "")
    return bool(stem) and not any(c in ancestors(code) for _, c in resolved)



@lru_cache(maxsize=1)
def _from_outside() -> re.Pattern[str]:
    """After Hong Kong, Macau or Taiwan, the people or things from there (outside_people in data/place_role_words.csv).

    >>> bool(_from_outside().match("同胞担任河长")), bool(_from_outside().match("特色小镇")), bool(_from_outside().match("岛"))
    (True, True, False)
    """
    return re.compile(f"(?:{_alt('outside_people')})")


def _outside_weight(text: str) -> tuple[float, str] | None:
    """(how often, which) when Hong Kong, Macau or Taiwan is named in the first lines.

    >>> _outside_weight("台湾青年在台北参加活动")
    (5.0, 'Taiwan (no census division)')
    >>> _outside_weight("福建漳平聘请台湾同胞担任河长，建设台湾特色小镇") is None
    True
    """
    head = text[:400]  # a website named after them (中国台湾网) is a host, not the place
    # ... nor where a team from a division went (深圳市组织施工队伍驰援香港: that mention is the team's goal)
    # ... nor the people or things from there (台湾同胞, 香港青年, 台湾特色小镇): they came from the region, and the
    # story is where they are now, which the report names (福建漳平聘请台胞担任河长)
    regions, pattern = _outside()
    found = [regions[m.group()] for m in pattern.finditer(head) if not cues().host.match(head, m.end())
             and not _from_outside().match(head, m.end())
             and not cues().dest.search(head, max(0, m.start() - 4), m.start())
             and not head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start())]  # a title (《外婆的澎湖湾》)
    if not found:
        return None
    top = max(dict.fromkeys(found), key=found.count)  # a tie goes to the first named: same answer every run
    return 4.0 + found.count(top), f"{top} (no census division)"
