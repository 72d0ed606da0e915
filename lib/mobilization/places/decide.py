"""Place, step 5 (decide): the reporting unit from the resolved mentions, or why there is none.

1. Weights: headline 4, source line 3, body 1; an actor or a formally introduced name counts double;
   an event named after a place (芦山地震), a cited title or an informant counts half; a destination
   (驰援武汉) nothing, and a place a team was sent to stays its destination. A media outlet's name
   (深圳新闻网) is the host, used only when nothing else is named; a single passing mention loses to the
   page's own outlet (`tally`).
2. The winner is the division with the most weight, then moved to the level the report is about
   (`levels`, `selves`), and from a team's destination to its sender (`senders`).
3. No place when several provinces share the weight or are listed together, when a central organ
   acts and the place is only in the body, when a national outlet gives examples from two provinces, or
   when overseas Chinese are the headline's actor; Hong
   Kong, Macau and Taiwan are named as such (no census division) (`no_place`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..gazetteer import ancestors, divisions, province_of, province_weights
from .confidence import confidence_of as place_confidence
from .counted_places import _counted_provinces
from .doubts import doubtful_county
from .levels import (_drill_down, _headline_sections, _hosts_roundup, _level_up, _other_roundup,
                     _parts_of_one, _scene_district)
from .headline_levels import _headline_address, _one_county_story, _roundup_frame
from .mentions import Hit
from .tally import ZONE_WEIGHT, _add_support, _weight, sorted_mentions, tally  # noqa: F401 (_weight: features')
from .selves import (_CITY_UNIT, Speech, _acting_part, _county_speaks, _organ_level, _prefecture_speaks, _scenes_of_one,
                     _speaker)
from .townships import TOWNSHIP_WEIGHT, _street_of_zone_city
from .no_place import (_ALL_PROVINCES, _lists_provinces, _regional_roundup, _national, _national_outlet_pattern,
                       _several_provinces, national_cues)
from .senders import _acting_headline_county, _sender_above, _site_of_work, _stationed_site




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
    table = divisions()
    m = sorted_mentions(resolved, text)
    t = tally(m, text)
    resolved, townships, sent_to, outside = m.resolved, m.townships, m.sent_to, m.outside
    score, host, count, where, first, best_hit, selves = t.score, t.host, t.count, t.where, t.first, t.best_hit, t.selves
    if national_cues().overseas.search(title) and not any(h.zone == "title" and not h.dest for h, _ in resolved):
        return _unknown("overseas Chinese (no census division)")
    host_only = not score and bool(host)
    if host_only:  # only the host's name: the page's own place, said with low confidence
        for code, weight in host.items():
            score[code], count[code] = weight, 1
            where[code].add("source")
            best_hit[code] = first[code]
    if not score:
        if outside:
            return _unknown(outside[1])
        return _unknown("national report" if text and _national(text) else "no division named")
    # a tie goes to the place the page's own host names (开平市人民政府门户网站 … 广东 … 开平市)
    # and, at equal weight, to the place that acts (六枝供电局组建抢修队 … 重创湛江 … 为湛江群众): the sender, not the scene
    acts = {code for h, code in resolved if h.actor and not h.dest}
    ranked = sorted(score, key=lambda c: (-score[c], -host.get(c, 0.0), c not in acts, first[c].start))
    named = {code for h, code in resolved if not h.dest}
    leads = {code for h, code in resolved if (h.actor or h.zone == "title") and not h.dest}
    best = _hosts_roundup(_level_up(_other_roundup(ranked[0], score, named), score, host, leads), score, host)
    towns: dict[str, int] = defaultdict(int)  # township mentions of each county, counted or not
    for h, code in townships:
        towns[code] += not h.dest
    filed = _filed_from(resolved)
    parts = {c: w for c, w in score.items() if c not in filed or c == best}
    drilled = _drill_down(best, parts, count, best_hit, where, towns, acts)
    if drilled != best:  # … but not into one county of a division named with its parts one by one (某地区各县)
        drilled = _roundup_frame(drilled, best, resolved, text) or drilled
    best = _speaker(drilled, selves, score)
    speech = Speech(text, resolved)  # how often each level's government speaks: read once, asked for by four rules
    acting = _acting_part(best, score, count, towns, resolved, selves, text, townships, speech)
    if acting != best:  # the county that acts (its township's office at work) has its townships as its mentions
        for h, code in townships:
            if code == acting and not h.dest:
                score[acting] += ZONE_WEIGHT[h.zone] * TOWNSHIP_WEIGHT
                count[acting] += 1
                where[acting].add(h.zone)
        best = acting
    best = _sender_above(best, sent_to, score, count)
    scene = _scene_district(best, score, resolved, townships, selves)
    if scene != best:  # the city's mentions open the district's addresses: they speak for it
        score[scene] += score[best]
        best = scene
    best = _headline_address(best, resolved)
    story = _one_county_story(best, resolved, townships, speech(), _unit_acts(best, resolved, text), text)
    located = story != best
    if story != best:  # the headline's region only locates the county's story: its weight is the county's
        _locators_to(story, best, score)
        best = story
    # the hit that stands for it when it is named only as its parts' qualifier (攀枝花市 of 攀枝花市盐边县)
    part = best if best in first else max((c for c in score if best in ancestors(c)), key=lambda c: score[c])
    lifted = _parts_of_one(best, score, resolved, text)
    # a list of the prefecture's counties (寿光、青州、昌乐、临朐等地: the disaster's extent) lifts no story whose
    # townships all lie in one of them: the list only locates it, as a headline's bare region does
    if lifted == best or _one_county_story(lifted, resolved, townships, speech(), _unit_acts(lifted, resolved, text), text) != best:
        best = lifted
    elif not located:
        _locators_to(best, lifted, score)
    best = _headline_sections(best, resolved, text)
    best = _scenes_of_one(best, score, resolved, townships, text, speech)
    best, organs = _organ_level(best, score, resolved, text, townships)
    if not organs:  # the county whose government speaks (县委书记, 县三防办) over the province its outlet names
        best, organs = _county_speaks(best, score, resolved, text, speech)
    if not organs:  # the city whose government speaks (市委市政府, 全市) over the province or a district it names
        best, organs = _prefecture_speaks(best, score, resolved, text, speech)
    site = _site_of_work(best, resolved, townships, text, selves, organs)
    site = _acting_headline_county(site, resolved, selves, organs) if site == best else site
    if site == best:  # help stationed in one county's village, whoever sent it: the village's county
        site = _stationed_site(site, resolved, townships, text, selves)
        if site != best:
            _posted_site(site, resolved + townships, score, count, where, first, best_hit)
    if site == best:  # an activity held at a venue in one county, its organisers named after higher divisions
        site = _venue_county(site, resolved, text)
    if site != best:  # the county where the work happens; the division above only made the page, sent the worker
        # or framed the story of the county whose organ acts
        _locators_to(site, best, score)
        best = site
    if best not in first or not count.get(best):  # a prefecture never named (or only as the host), given by its parts
        parts = [c for c in list(score) if best in ancestors(c)]
        score[best] = sum(score[c] for c in parts)
        count[best] = sum(count[c] for c in parts)
        where[best] = set().union(*(where[c] for c in parts))
        first[best] = best_hit[best] = best_hit.get(part) or first[part]
        for c in parts:  # the parts are counted in the prefecture's own support now
            score[c] = 0.0
    score[best] += organs  # the unnamed city's organs speak for it, like 我市
    # what speaks for it: its own mentions, its parts named, and the host's outlet above it
    support = (score[best] + sum(w for c, w in score.items() if best in ancestors(c))
               + sum(w for c, w in host.items() if c in ancestors(best)))
    if outside and outside[0] >= support:
        return _unknown(outside[1])
    heard = where[best] & {"title", "source"}
    if not heard and _ALL_PROVINCES.search(text[:300]):
        return _unknown("national report (it spans the provinces; places only in the body)")
    # … and its examples acting in two or more provinces (a county's bureau in 河北, a city in 贵州): the centre's
    # overview, whose first example acts too (round r38)
    if (national_cues().national_actor.search(text[:300]) and not heard
            and (not best_hit[best].actor or len(province_weights(score)) >= 2)
            and len(national_cues().national_actor.findall(text)) >= count[best]):
        return _unknown("national report (a central organ acts; places only in the body)")
    if province_of(best) in _counted_provinces(resolved, text):
        return _unknown("several provinces named with their count (甘肃、青海两省)")
    several = _several_provinces(best, score) or _regional_roundup(title, score, where)
    if several:
        return _unknown(several)
    # a list of origins (来自天津、湖北、上海等地的…) blocks no place whose own organ acts (某县委、县政府与来自…签约):
    # its partners' or visitors' homes; a team gathered from several provinces keeps the block where no place acts
    if not heard and _lists_provinces(resolved, text=text if best in acts else ""):
        return _unknown("several provinces listed; the place is named only in the body")
    # A national report names many provinces, none of them much: no single place.
    provinces = {table[c].level == "province" and c for c in score} - {False}
    if _national(text) and table[best].level == "province" and len(provinces) >= 3:
        return _unknown("national report (several provinces)")
    rivals = [c for c in ranked if c != best and c not in ancestors(best) and best not in ancestors(c)
              and not (set(ancestors(c)) & {best})]
    rival = score[rivals[0]] if rivals else 0.0
    if not heard and count[best] <= 2 and national_cues().national.search(text[:800]) and _national_outlet_pattern().search(text[:400]):
        return _unknown("national report (a national outlet names one place in the body as an example)")
    if not heard and _national_outlet_pattern().search(text[:400]) and _examples_elsewhere(best, score, support):
        return _unknown("national report (a national outlet's examples from two or more provinces)")
    only = best_hit.get(best) or first[best]
    if support < 2.0 and not heard and not (_alone_but_above(best, score) and not host and _named_whole(only)):
        if host:  # a passing mention (a person's name 孙永顺) loses to the page's own outlet
            code = max(host, key=lambda c: (host[c], -first[c].start))
            h, d = first[code], table[code]
            return PlaceGuess(code, d.name, d.level, h.start, h.end, h.surface, "low", 1, "source")
        return _unknown("only one passing mention of a place")
    if rival >= support and not heard and not (rival == support and best in acts and rivals[0] not in acts):
        return _unknown("two places named as often")
    h = best_hit.get(best) or first[best]
    own = _outlets_town(best, host, resolved, townships)
    if own != best:  # its mentions: the outlet's and the town's
        count[own], where[own] = count[best] + 1, where[best] | {"source"}
        best, h = own, first[own]
    if support < 2.0 and not heard and h.township:  # the one place is a township: the city may speak of it
        best = _speaking_prefecture(best, text)
    # the word goes by the level of the final pick and the strength of its naming (places.confidence)
    confidence = place_confidence(best, support, rival, where[best], count[best], top=ranked[0], score=score, acts=acts,
                                  sent_to=sent_to, short=h.entry.alias, host=host)
    confidence = "low" if host_only else confidence  # the page's maker says where it is, the story does not
    if confidence == "high" and h.township and _street_of_zone_city(best, h.surface, resolved):
        confidence = "medium"  # a street alone in a city with a census zone: the zone's street, filed elsewhere?
    if confidence == "high" and doubtful_county(best, where[best], set(score) | set(host), speech(), resolved, text):
        confidence = "medium"  # a county of the prefecture's story: the city's own release, or one of two scenes
    d = table[best]
    return PlaceGuess(best, d.name, d.level, h.start, h.end, h.surface, confidence, count[best],
                      "+".join(z for z in ("title", "source", "body") if z in where[best]))



def _locators_to(county: str, region: str, score: dict[str, float]) -> None:
    """The county whose story a region's name and its list of counties only locate takes their weight: the other
    counties of the list (寿光、青州、临朐、昌乐等地, the disaster's extent) are no rival of the one it happens in.

    >>> s = {"370700": 2.0, "370783": 6.0, "370725": 6.0}
    >>> _locators_to("370725", "370700", s); s
    {'370700': 2.0, '370783': 6.0, '370725': 14.0}
    """
    score[county] += score[region] + sum(w for c, w in score.items() if region in ancestors(c) and c != county)


# An organisation's own name right after a division's (山东省医学会, 济宁医学院, 某市人民医院): who it is, not where.
_ORG_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:协会|学会|商会|联合会|基金会|公司|集团|银行|学院|医院|大学)")
# 在 + a county + its venue (a hospital, a hall; no stop between) + a verb of holding an event: where it takes place.
_VENUE_VERB = re.compile(r"[^，,。；;！？!?\n]{0,12}?(?:举办|举行|召开|开展|启动)")


def _venue_county(best: str, resolved: list[tuple[Hit, str]], text: str) -> str:
    """The one county where the activity is held (某省医学会的行动在某市人民医院举办), over a province or prefecture
    named only in its organisers' own names (山东省医学会, 济宁医学院): an organisation's name says who it is, the
    venue where the story happens, and a county's story is the county's (the codebook: an activity's scene). The
    county must be named right after 在 with the verb of holding the event in the same clause, and no other division
    may be named but as an organisation's name. Round r41.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "3月1日，山东省医学会的义诊活动在邹城市人民医院举办。来自济宁医学院的专家授课。"
    >>> _venue_county("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), t)
    '370883'
    >>> t = t.replace("山东省医学会", "山东省卫健委组织")
    >>> _venue_county("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), t)
    '370000'
    """
    table = divisions()
    if table[best].level not in ("province", "prefecture"):
        return best
    named = [(h, c) for h, c in resolved if not h.abbreviation and not h.township]
    counties = {c for h, c in named if table[c].level == "county"}
    if len(counties) != 1:
        return best
    county = next(iter(counties))
    if any(h.dest or h.host or h.zone not in ("title", "body") for h, c in named):
        return best
    if any(c != county and not _ORG_NAME.match(text, h.end) for h, c in named):
        return best  # a higher division named as a place, not only in an organisation's name
    held = any(text[h.start - 1:h.start] == "在" and _VENUE_VERB.match(text, h.end) for h, c in named if c == county)
    return county if held else best


def _posted_site(county: str, found: list[tuple[Hit, str]], score: dict[str, float], count: dict[str, int],
                 where: dict[str, set[str]], first: dict[str, Hit], best_hit: dict[str, Hit]) -> None:
    """The county where a province's unit posts its workers takes its mentions as the report's place, those read as
    the post's destination too (某省某某学院第一书记帮扶曹县某镇某村: where the workers serve is the story's site,
    not a place they were sent away to); its townships count as in `_township_support` (round r37).

    >>> from mobilization.gazetteer import Entry
    >>> h = Hit(5, 7, "曹县", ("371721",), "title", False, Entry("曹县", ("371721",), False, False, False), dest=True)
    >>> score, count, where, first, best = {}, {}, {}, {}, {}
    >>> _posted_site("371721", [(h, "371721")], score, count, where, first, best); score, count, where
    ({'371721': 4.0}, {'371721': 1}, {'371721': {'title'}})
    """
    for h, code in found:
        if code == county:
            _add_support(county, h, score, count, where, first, best_hit)


def _unit_acts(best: str, resolved: list[tuple[Hit, str]], text: str) -> bool:
    """Whether a prefecture's own unit acts right after its name (亳州市扫雪除冰指挥部; round 18's guard)."""
    return divisions()[best].level == "prefecture" and any(c == best and _CITY_UNIT.match(text, h.end) for h, c in resolved)


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



def _filed_from(resolved: list[tuple[Hit, str]]) -> set[str]:
    """The places named only as a news agency's bureau in its dispatch line (新华社呼和浩特12月25日电): where the
    reporter files from, not a part of the place the report is about (it does not split a province's story
    about one prefecture into two parts).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "内蒙古草原遭受雪灾\\n新华社呼和浩特12月25日电 巴彦淖尔市委组织抗灾。"
    >>> sorted(_filed_from(resolve(find_hits(t, [Zone(0, 9, "title"), Zone(10, 22, "source"), Zone(22, len(t), "body")]))))
    ['150100']
    """
    return {c for h, c in resolved if h.bureau} - {c for h, c in resolved if not h.bureau}



def _unknown(reason: str) -> PlaceGuess:
    return PlaceGuess("", "", "", -1, -1, "", "", 0, "", reason)
