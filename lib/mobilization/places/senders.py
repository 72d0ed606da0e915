"""Place, step 5 (part): sender or scene: the place that sends a team over the place it was sent to, and back.

A prefecture above the county it sends teams to (`_sender_above`), a city's unit that stations its people in one
of its counties (`_stationed_sender`, past the deference formula `_deferred_to`), and the destination that is the
story's place because the sender names none (`_placeless_senders_scene`, `_team_named_before`). `decide` asks them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from .contexts import _brand, _context_alt
from .mentions import Hit
from .selves import _SPEAKING_COUNTY, Speech


def _sender_above(best: str, sent_to: set[str], score: dict[str, float], count: dict[str, int]) -> str:
    """The prefecture above a county it sends teams to (喀什地区…抽调…支援疏附县): the county is the scene of the
    prefecture's work, named in the headline as where it happens; the prefecture, named twice or more and more
    often than the county is named outside its role as destination, is the report's."""
    if best not in sent_to:
        return best
    table = divisions()
    above = [c for c in ancestors(best) if table[c].level == "prefecture" and c not in sent_to]
    if above and count.get(above[0], 0) >= 2 and count[above[0]] > count[best]:
        return above[0]
    return best



# A unit of the named place (林芝市公安局, 克州分公司, 塔城供电公司, 石嘴山市分中心, 某市人民医院) right after its name,
# then, in the same sentence, the verb that stations its people in a village or sends them down (派驻, 选派, 驻…村,
# 访惠聚, 下沉到): the place is the team's sender.
_SENDER_UNIT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:局|委|办|中心|公司|支队|医院|集团|银行)")

_STATIONS = re.compile(r"派驻|选派|下派|下沉到|下沉至|访惠聚|驻(?=[\u4e00-\u9fff]{0,12}?村)")


def _not_the_citys(text: str, h: Hit, unit_end: int, resolved: list[tuple[Hit, str]]) -> bool:
    """Is the unit after the city's name another's than the city's own? The city only says which county or zone
    it belongs to: a county named right after it (佛山禅城区祖庙街道农办: 禅城区's street office, as 陇南市 in
    陇南市宕昌县 only says which 宕昌县), or a functional zone the census does not list (信阳市鸡公山管理区党工委: the
    zone's committee, data/place_context_words.csv zone_between). A team from such a unit is not the city's: the
    codebook's sender is the county, or, for a zone with no census code, the county the team works in.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "信阳市鸡公山管理区党工委选派队员。佛山禅城区农办选派队员。信阳市农业局选派队员。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> [(h.surface, _not_the_citys(t, h, _SENDER_UNIT.match(t, h.end).end(), r)) for h, _ in r if h.surface != "禅城区"]
    [('信阳市', True), ('佛山', True), ('信阳市', False)]
    """
    if any(o.start == h.end for o, _ in resolved):
        return True
    return bool(_zone_unit().match(text, h.end, unit_end))


@lru_cache(maxsize=1)
def _zone_unit() -> re.Pattern[str]:
    """A functional zone's name (鸡公山管理区, 高新区 …) opening the unit after a city's name."""
    return re.compile(r"[\u4e00-\u9fff]{0,8}?" f"(?:{_context_alt('zone_between')})")



# The formula of deference (在兴宾区委、区政府的正确领导下: under the leadership of): the county is named as the
# authority over the work, not as one who acts in the story.
_DEFERENCE = re.compile(r"[\u4e00-\u9fff、和]{0,12}的(?:正确|坚强|统一|亲切)?(?:领导|指导|关心)(?:下|和支持下)")



def _deferred_to(text: str, h: Hit) -> bool:
    """Is the name the authority of the deference formula (在兴宾区委、区政府的正确领导下)?

    >>> from mobilization.places import Zone, find_hits
    >>> t = "三年来，在兴宾区委、区政府的正确领导下，工作队推进脱贫。兴宾区委部署防汛。"
    >>> [_deferred_to(t, h) for h in find_hits(t, [Zone(0, len(t), "body")])]
    [True, False]
    """
    return text[max(0, h.start - 1):h.start] == "在" and bool(_DEFERENCE.match(text, h.end))



def _stationed_sender(best: str, resolved: list[tuple[Hit, str]], text: str, speech: Speech) -> str:
    """The prefecture whose own unit stations its people in one of its counties (林芝市公安局派驻格林村第一书记,
    国网塔城供电公司驻…村工作队, 克州分公司“访惠聚”驻村工作队, 石嘴山市分中心…下沉到…大武口区…社区): the codebook's
    actor, the team FROM the city, over the county that is only the scene of its work. The county must not head the
    page, act through an organ of its own (兴宾区委) or speak twice (县委, 全县); the sentence that stations the team
    names no division outside the county and the prefecture.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "公路进山\\n从林芝市墨脱县城出发，一个多小时到格林村。墨脱通了公路。林芝市公安局派驻格林村第一书记说。"
    >>> r = resolve(find_hits(t, [Zone(0, 4, "title"), Zone(5, len(t), "body")]))
    >>> _stationed_sender("540423", r, t, Speech(t, r))
    '540400'
    >>> t = "墨脱县：公路进山\\n从林芝市墨脱县城出发，一个多小时到格林村。林芝市公安局派驻格林村第一书记说。"
    >>> r = resolve(find_hits(t, [Zone(0, 8, "title"), Zone(9, len(t), "body")]))
    >>> _stationed_sender("540423", r, t, Speech(t, r))
    '540423'
    """
    table = divisions()
    if best not in table or table[best].level != "county":
        return best
    above = [c for c in ancestors(best) if table[c].level == "prefecture"]
    if not above:
        return best
    city = above[0]
    if any(c == best and (h.zone == "title" or h.actor and not _deferred_to(text, h)) and not h.dest
           for h, c in resolved):
        return best
    if speech().get("county", 0) >= _SPEAKING_COUNTY:
        return best
    for h, code in resolved:
        if code != city or h.dest or h.township or h.zone == "title":
            continue
        unit = _SENDER_UNIT.match(text, h.end)
        if not unit or _not_the_citys(text, h, unit.end(), resolved):
            continue
        close = min((k for k in (text.find(c, unit.end()) for c in _SENTENCE_END) if k >= 0), default=len(text))
        verb = _STATIONS.search(text, unit.end(), close)
        if not verb:
            continue
        others = {c for o, c in resolved if verb.start() <= o.start < close and not o.township}
        if others <= {best, city}:
            return city
    return best



_SCENE_MENTIONS = 3  # body mentions of a destination that make it the story's scene when no sender is named

# Senders counted as provinces (全国17个对口援助省市, 19个省份, 多个省区市): many places send, none is named; the place they
# send to stays their destination, not a placeless sender's scene.
_PROVINCES_COUNTED = re.compile(r"(?:[\d一二三四五六七八九十两多]+个|全国)[\u4e00-\u9fff]{0,6}?(?:省区市|省市区|省市|省份|省区)")



def _placeless_senders_scene(resolved: list[tuple[Hit, str]], sent_to: set[str], text: str) -> set[str]:
    """The destinations that are the story's place because the sender has none (a central organ's team in a
    county, 中国外文局定点帮扶左权县; a school's visit, 我校副校长…前往费县): the sentence that sends to it names
    no other division before it, nor counted provinces (全国12个对口支援省市: many senders, round 33), and the body
    names it again three times or more.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "外文局定点帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _placeless_senders_scene(r, {"140722"}, t)
    {'140722'}
    >>> t = "宕昌县委派人帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> _placeless_senders_scene(resolve(find_hits(t, [Zone(0, len(t), "body")])), {"140722"}, t)
    set()
    >>> t = "全国12个对口支援省市帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> _placeless_senders_scene(resolve(find_hits(t, [Zone(0, len(t), "body")])), {"140722"}, t)
    set()
    """
    again: dict[str, int] = defaultdict(int)
    sent_by_someone: set[str] = set()
    for h, code in resolved:
        if code not in sent_to:
            continue
        if h.dest:
            opens = max(text.rfind(c, 0, h.start) for c in _SENTENCE_END) + 1
            if (any(opens <= o.start < h.start and not o.dest and c != code for o, c in resolved)
                    or _team_named_before(resolved, text, opens, h.start, code)
                    or _PROVINCES_COUNTED.search(text, opens, h.start)):
                sent_by_someone.add(code)
        elif h.zone == "body" and not h.host:
            again[code] += 1
    return {c for c, n in again.items() if n >= _SCENE_MENTIONS and c not in sent_by_someone}



def _stationed_alone(resolved: list[tuple[Hit, str]], text: str) -> set[str]:
    """The county where a placeless sender's team is stationed (学校驻祁东县延塘村工作队: a school's team in a
    village), when the page names no other division: the codebook's "a sender that is no census unit → the county it
    works in". The team is stationed (驻 before an address down to a village or community) and its sentence names no
    division before it (the sender has no place); every other name of the page is that county or above it.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "学校驻村工作队宴请老人\\n学校驻祁东县延塘村工作队宴请老人。"
    >>> _stationed_alone(resolve(find_hits(t, [Zone(0, 11, "title"), Zone(12, len(t), "body")])), t)
    {'430426'}
    >>> t = "学校驻村工作队宴请老人\\n衡阳市学校驻祁东县延塘村工作队宴请老人。"
    >>> _stationed_alone(resolve(find_hits(t, [Zone(0, 11, "title"), Zone(12, len(t), "body")])), t)
    set()
    """
    codes = {c for _, c in resolved}
    out = set()
    for h, code in resolved:
        if not (h.dest and h.formal and text[h.start - 1:h.start] == "驻"):
            continue
        opens = max(text.rfind(c, 0, h.start) for c in _SENTENCE_END) + 1
        if any(opens <= o.start < h.start for o, _ in resolved):
            continue  # a sender named before it (衡阳市…驻): the sender's
        if all(c == code or c in ancestors(code) for c in codes):
            out.add(code)
    return out


_SENTENCE_END = "。！？!?\n"

# A team that a sending sentence names without its place (救援队正式出发，驰援河北涿州), after the text has named it
# with its place (庆云县雷锋救援队立即响应): the same team, so the sender has a place.
_TEAM = re.compile(r"救援队|医疗队|工作队|突击队|服务队|志愿队")



def _team_named_before(resolved: list[tuple[Hit, str]], text: str, opens: int, start: int, code: str) -> bool:
    """Whether the team that sends to `code` in the sentence from `opens` to `start` was named earlier with another
    division acting for it (a place's name, a few characters, the same team word).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "庆云县雷锋救援队立即响应。救援队正式出发，驰援河北涿州！河北灾情严重。为河北加油。河北挺住。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _team_named_before(r, t, t.index("救援队正式"), t.index("河北涿州"), "130000")
    True
    >>> _team_named_before(r, t, t.index("救援队正式"), t.index("河北涿州"), "371423")
    False
    """
    words = {m.group() for m in _TEAM.finditer(text, opens, start)}
    return any(o.actor and not o.dest and c != code and o.start < opens
               and any(w in text[o.end:o.end + 8] for w in words) for o, c in resolved)


# A village right after its county's name (台江县长滩村, 商州区牧护关镇香铺村 has its township between): the site.
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?村(?![民委级])")


def _one_county_below(best: str, resolved: list[tuple[Hit, str]],
                      townships: list[tuple[Hit, str]]) -> tuple[list[tuple[Hit, str]], str] | None:
    """The mentions of `best` and of the divisions under it (no bureau's), and the one county among them; None when they
    name no county or several. The common start of the rules that put a story under one of its division's counties.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "山东省派驻郓城县的第一书记"
    >>> found = _one_county_below("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), [])
    >>> found[1], len(found[0])
    ('371725', 2)
    >>> _one_county_below("370000", resolve(find_hits("山东省郓城县和曹县", [Zone(0, 9, "body")])), []) is None
    True
    """
    table = divisions()
    named = [(h, c) for h, c in resolved + townships if not h.bureau and (c == best or best in ancestors(c))]
    counties = {c for _, c in named if table[c].level == "county"}
    if len(counties) != 1:
        return None
    return named, next(iter(counties))


def _site_of_work(best: str, resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]], text: str,
                  selves: dict[str, int], organs: int = 0) -> str:
    """The one county where the story's work happens, over the prefecture or province that only made the page, sent
    the worker there or names the actor's unit.

    A report is about where the work happens. A county named as the site (in the headline, or in the body with its
    township or village: 台江县长滩村, 商州区牧护关镇香铺村) is the report's place when the division above it is named
    only by those who made the page (its paper or site: 商洛日报, 黔东南新闻; a source line) or as the unit of an
    actor (黔东南州农业农村局派驻…第一书记, a firm named after its city), or in the county's own address (山西省晋城市陵川县).
    Not when the higher division stands in the headline (本溪市委宣传部驻…村第一书记: the sender's story), is named as a
    place of the story (在黔东南, 黔东南的群众), speaks of itself (全州, 我市), or when another of its counties is named
    (a roundup, or a team's sender county): then the higher division is the report's own. Where it owns the actor
    (its unit, named or bare, `organs`: 市政协 sends doctors to 桃源县青林村), the codebook's sender stands unless the
    headline names the county as its subject; where it only made the page, the body's county and village suffice.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "为了苗寨不再贫困——台江县长滩村纪实\\n黔东南新闻\\n我是黔东南州农业农村局派驻台江县长滩村第一书记。"
    >>> z = [Zone(0, 18, "title"), Zone(19, 24, "source"), Zone(25, len(t), "body")]
    >>> _site_of_work("522600", resolve(find_hits(t, z)), [], t, {})
    '522630'
    >>> t = t.replace("第一书记。", "第一书记。在黔东南，干部们走村入户。")
    >>> z = [Zone(0, 18, "title"), Zone(19, 24, "source"), Zone(25, len(t), "body")]
    >>> _site_of_work("522600", resolve(find_hits(t, z)), [], t, {})
    '522600'
    """
    table = divisions()
    if table[best].level not in ("prefecture", "province") or best in selves:
        return best
    found = _one_county_below(best, resolved, townships)
    if found is None:
        return best
    named, county = found
    chain = set(ancestors(county))
    if any(c != county and c not in chain for _, c in named):
        return best  # a prefecture of the province besides the county's own
    starts = {h.start: c for h, c in resolved + townships}
    headline = body_site = False
    owner = organs > 0  # its organs act unnamed (市政协副主席率…): its own unit at work, as below
    for h, c in named:
        if c == county:
            after = starts.get(h.end) or starts.get(h.end + 1)
            headline = headline or h.zone == "title" and not h.dest and not h.township
            body_site = body_site or not h.township and (after == county or bool(_VILLAGE_AFTER.match(text, h.end)))
            continue
        if h.dest or h.host or h.zone == "source" or starts.get(h.end, "") in chain | {county}:
            continue  # a destination; the page's maker (its outlet, its source line); a qualifier of the address
        if h.zone == "body" and (h.actor or _brand(text, h.end)):
            owner = True  # the unit of an actor: a sender, a firm (the codebook's "team FROM X → X" unless the
            continue      # headline names the county as its subject)
        return best  # named as a place of the story, or in the headline
    return county if headline or body_site and not owner else best


def _acting_headline_county(best: str, resolved: list[tuple[Hit, str]], selves: dict[str, int], organs: int = 0) -> str:
    """The one county the headline names whose own organ acts in the story (冕宁县森林草原防灭火指挥部 issues the order),
    over its prefecture or province that never acts: the county's story, told in its prefecture's frame (凉山州's
    fire season, its past fires in other counties).

    The report is about the unit that does the work; the headline says which, and the county's organ doing it says so
    again. Not when the higher division acts itself (its organ named, 凉山州委; or unnamed, 州委 …: `organs`) or speaks
    of itself (全州): then the county's work is a part of the prefecture's own campaign. Not when the headline names two
    or more of its counties (a roundup), nor a county only as a destination (驰援冕宁县).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "凉山州防火季，该州下辖冕宁县发布防火令\\n冕宁县森林草原防灭火指挥部发布通告。凉山州已连续两年发生火灾，凉山州的防火形势严峻。"
    >>> z = [Zone(0, 19, "title"), Zone(20, len(t), "body")]
    >>> _acting_headline_county("513400", resolve(find_hits(t, z)), {})
    '513433'
    >>> t = t.replace("凉山州已", "凉山州委部署，凉山州已")
    >>> _acting_headline_county("513400", resolve(find_hits(t, [Zone(0, 19, "title"), Zone(20, len(t), "body")])), {})
    '513400'
    """
    table = divisions()
    if table[best].level not in ("prefecture", "province") or best in selves or organs:
        return best
    if any(h.actor and not h.dest for h, c in resolved if c == best):
        return best
    titled = {c for h, c in resolved
              if h.zone == "title" and not h.dest and table[c].level == "county" and best in ancestors(c)}
    acting = {c for h, c in resolved if h.actor and not h.dest and c in titled}
    return next(iter(acting)) if len(titled) == 1 and acting else best


# A worker posted in a village (驻村工作队, 第一书记, 访惠聚, 选派…驻…村), or a unit helping one (帮扶…村).
_POSTED = re.compile(_STATIONS.pattern + r"|第一书记|驻村|帮扶[\u4e00-\u9fff]{0,12}?村")
# A unit of the province right after its name (某省某某学院, 某省农业科学院, 省交通运输厅, 自治区党委): a college, an
# academy, a department or committee, a firm. No 的, 各 or 全 between: 新疆各地 and 新疆的村委 are places of the story.
_PROVINCE_UNIT = re.compile(r"(?:(?![的各全在])[\u4e00-\u9fff]){0,10}?"
                            r"(?:院|大学|学校|厅|局|委|办|中心|公司|集团|银行|研究所|协会)")


def _province_post(best: str, resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]], text: str,
                   selves: dict[str, int]) -> str:
    """The one county whose village a province's unit posts its workers in (省公安厅驻某镇某村工作队, 某省农科院“访惠聚”
    驻村工作队, 某省艺术学院“第一书记”帮扶某县某乡某村), over the province named only as that unit's name or by the page.

    A province's departments, colleges and academies are paired with villages (省直单位定点帮扶): their workers'
    story is the village's, and a village's story is its county's (the codebook). The province is too high a level
    for a report about one village: its name only says whose college or department the team is, as the outlet's
    name only says who printed it. So the county stands when its township or village is named as the site, it is
    the one county of the province named, and every mention of the province is the name of one of its units (a
    college, an academy, a department, its Party committee) or the page's source line. Not when the province speaks of
    itself (全省, 我省), is named as a place (在新疆, 新疆各地), or another county or prefecture of it is named but as the
    workers' home (从省城来到村里). A prefecture's unit sending its people to its own county stays the codebook's
    sender (`_stationed_sender`); this rule is for the province's (round r37).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "某省书记走访\\n据悉，山东某某学院第一书记帮扶曹县青岗集镇某庄村。山东某某学院送去慰问金。"
    >>> z = [Zone(0, 6, "title"), Zone(7, len(t), "body")]
    >>> r = resolve(find_hits(t, z))
    >>> from mobilization.places import find_townships, resolve_townships
    >>> towns = resolve_townships(find_townships(t, z, [h for h, _ in r]), r)
    >>> _province_post("370000", r, towns, t, {})
    '371721'
    >>> t2 = t.replace("送去慰问金。", "送去慰问金。山东各地的村都有第一书记。")
    >>> z2 = [Zone(0, 6, "title"), Zone(7, len(t2), "body")]
    >>> r2 = resolve(find_hits(t2, z2))
    >>> _province_post("370000", r2, resolve_townships(find_townships(t2, z2, [h for h, _ in r2]), r2), t2, {})
    '370000'
    """
    table = divisions()
    if table[best].level != "province" or best in selves or not _POSTED.search(text):
        return best
    found = _one_county_below(best, resolved, townships)
    if found is None:
        return best
    named, county = found
    chain = set(ancestors(county))
    if not any(c == county and (h.township or _VILLAGE_AFTER.match(text, h.end)) for h, c in named):
        return best  # no village or township of the county named: no post in a village
    starts = {h.start: c for h, c in resolved + townships}
    for h, c in named:
        if c == county or starts.get(h.end) in chain | {county}:
            continue  # the county, or a qualifier in its address (阿克苏温宿县)
        if c == best and (h.zone == "source" or h.host or _PROVINCE_UNIT.match(text, h.end)):
            continue  # the province's unit (its college, its department) or the page's maker
        if c != best and c not in chain and text[h.start - 1:h.start] == "从":
            continue  # where the workers come from (从省城来到村里): their home, not a place of the story
        return best
    return county
