"""Place, step 5 (decide): the reporting unit from the resolved mentions, or why there is none.

1. Weights: headline 4, source line 3, body 1; an actor or a formally introduced name counts double;
   an event named after a place (芦山地震), a cited title or an informant counts half; a destination
   (驰援武汉) nothing, and a place a team was sent to stays its destination. A media outlet's name
   (深圳新闻网) is the host, used only when nothing else is named; a single passing mention loses to the
   page's own outlet.
2. The winner is the division with the most weight, then moved to the level the report is about
   (`levels`, `selves`).
3. No place when several provinces share the weight or are listed together, when a central organ
   acts and the place is only in the body, or when overseas Chinese are the headline's actor; Hong
   Kong, Macau and Taiwan are named as such (no census division).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from ..lexicon import read_rows
from .abbreviations import _abbreviation_support
from .levels import (_counted_provinces, _drill_down, _headline_sections, _hosts_roundup, _level_up, _other_roundup, _parts_of_one,
                     _scene_district)
from .mentions import Hit, _alt, _national_outlets, cues
from .selves import (_SPEAKING_COUNTY, Speech, _acting_part, _county_speaks, _organ_level, _prefecture_speaks,
                     _scenes_of_one, _self_references, _speaker)
from .townships import TOWNSHIP_WEIGHT, _township_support

ZONE_WEIGHT = {"title": 4.0, "source": 3.0, "body": 1.0}
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
    """
    regions = {r["name"]: r["region"] for r in read_rows("place_outside.csv")}
    names = sorted(regions, key=len, reverse=True)
    return regions, re.compile(f"(?:{'|'.join(map(re.escape, names))})(?!乡|镇|街道|村|路|海峡)")


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


def _weight(h: Hit) -> float:
    if h.dest:
        return 0.0
    return (ZONE_WEIGHT[h.zone] * (2.0 if h.actor or h.formal else 1.0) * (0.5 if h.event else 1.0)
            * (0.5 if h.cited or h.informant else 1.0))


def decide(resolved: list[tuple[Hit, str]], text: str = "", title: str = "") -> PlaceGuess:
    """The reporting unit from resolved hits (see the module docstring, steps 5 to 8).

    `title` is the headline's text (for the overseas-actor rule).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 9, "title"), Zone(9, 200, "body")]
    >>> t = "秦皇岛下沉干部\\n海港区300人，山海关区200人，北戴河区100人，秦皇岛市共计600人。"
    >>> g = decide(resolve(find_hits(t, z)), t); g.name, g.level, g.confidence
    ('秦皇岛市', 'prefecture', 'high')
    """
    table = divisions()
    outside = _outside_weight(text)
    if outside:  # 会同县府 beside 云林县长: the verb 会同 before Taiwan's 县府, not Hunan's 会同县
        resolved = [(h, c) for h, c in resolved if not _word_like(h, c, resolved)]
    abbreviations = [h for h, _ in resolved if h.abbreviation]
    townships = [(h, c) for h, c in resolved if h.township]
    resolved = [(h, c) for h, c in resolved if not h.abbreviation and not h.township]
    score: dict[str, float] = defaultdict(float)
    host: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    where: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Hit] = {}
    best_hit: dict[str, Hit] = {}
    # where a team was sent stays where it went: later body mentions of it (在泌阳县…一线) are its work
    # there, unless the place itself acts (泌阳县委)
    sent_to = {code for h, code in resolved if h.dest} | {h.codes[0] for h in abbreviations if h.dest}
    sent_to -= _placeless_senders_scene(resolved, sent_to, text)
    for k, (h, code) in enumerate(resolved):
        nxt = resolved[k + 1] if k + 1 < len(resolved) else None
        if nxt and nxt[0].start <= h.end + 1 and code in ancestors(nxt[1]):
            continue  # a qualifier: 陇南市 in 陇南市宕昌县 only says which 宕昌县
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
    for code, hits in _abbreviation_support(abbreviations, dict(score), dict(host), sent_to).items():
        score[code] += len(hits)  # weight 1 each wherever they stand: weak, like 我省
        count[code] += len(hits)
        where[code].add("body")
        first.setdefault(code, hits[0])
        best_hit.setdefault(code, hits[0])
    in_full = {code for h, code in resolved if not h.entry.alias and score.get(code, 0.0) > 0}
    for h, code in _township_support(townships, in_full, sent_to, {c for c, w in score.items() if w > 0}):
        score[code] += ZONE_WEIGHT[h.zone] * TOWNSHIP_WEIGHT
        count[code] += 1
        where[code].add(h.zone)
        first.setdefault(code, h)
        best_hit.setdefault(code, h)
    selves = _self_references(text, set(score) | set(host))
    for code, n in selves.items():
        score[code] += n
        if code not in best_hit:  # named only as the outlet (随州日报社) and then as 我市, 全市
            count[code] += n
            best_hit[code] = first[code]
            where[code].add(first[code].zone)
    if national_cues().overseas.search(title) and not any(h.zone == "title" and not h.dest for h, _ in resolved):
        return _unknown("overseas Chinese (no census division)")
    if not score and host:  # only the host's name: the page's own place, said with low confidence
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
    best = _speaker(_drill_down(best, parts, count, best_hit, where, towns, acts), selves, score)
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
    # the hit that stands for it when it is named only as its parts' qualifier (攀枝花市 of 攀枝花市盐边县)
    part = best if best in first else max((c for c in score if best in ancestors(c)), key=lambda c: score[c])
    best = _headline_sections(_parts_of_one(best, score, resolved, text), resolved, text)
    best = _scenes_of_one(best, score, resolved, townships, text, speech)
    best, organs = _organ_level(best, score, resolved, text, townships)
    if not organs:  # the county whose government speaks (县委书记, 县三防办) over the province its outlet names
        best, organs = _county_speaks(best, score, resolved, text, speech)
    if not organs:  # the city whose government speaks (市委市政府, 全市) over the province or a district it names
        best, organs = _prefecture_speaks(best, score, resolved, text, speech)
    if not organs:  # the city whose unit stations a team in one of its counties' villages: the team's sender
        best = _stationed_sender(best, resolved, text, speech)
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
    if (national_cues().national_actor.search(text[:300]) and not heard and not best_hit[best].actor
            and len(national_cues().national_actor.findall(text)) >= count[best]):
        return _unknown("national report (a central organ acts; places only in the body)")
    if (ancestors(best) or (best,))[-1] in _counted_provinces(resolved, text):
        return _unknown("several provinces named with their count (甘肃、青海两省)")
    several = _several_provinces(best, score)
    if several:
        return _unknown(several)
    if not heard and _lists_provinces(resolved):
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
    only = best_hit.get(best) or first[best]
    if support < 2.0 and not heard and not (len(score) == 1 and not host and _named_whole(only)):
        if host:  # a passing mention (a person's name 孙永顺) loses to the page's own outlet
            code = max(host, key=lambda c: (host[c], -first[c].start))
            h, d = first[code], table[code]
            return PlaceGuess(code, d.name, d.level, h.start, h.end, h.surface, "low", 1, "source")
        return _unknown("only one passing mention of a place")
    if rival >= support and not heard and not (rival == support and best in acts and rivals[0] not in acts):
        return _unknown("two places named as often")
    confidence = _confidence(support, rival, where[best])
    h = best_hit.get(best) or first[best]
    if support < 2.0 and not heard and h.township:  # the one place is a township: the city may speak of it
        best = _speaking_prefecture(best, text)
    d = table[best]
    return PlaceGuess(best, d.name, d.level, h.start, h.end, h.surface, confidence, count[best],
                      "+".join(z for z in ("title", "source", "body") if z in where[best]))


def _named_whole(h: Hit) -> bool:
    """Is the one place a text names, named once, named so that it is no passing word: a county-level name in full
    (高陵区: three or more characters ending in 县, 市, 区, 旗 or 州), or a township with its suffix whose name no other
    county has (平秋镇: its county, the way a township story gives it)? A short form (宕昌) is not.

    >>> from mobilization.gazetteer import Entry
    >>> def hit(key, codes, township=False):
    ...     return Hit(0, len(key), key, codes, "body", False, Entry(key, codes, False, False, False), township=township)
    >>> _named_whole(hit("高陵区", ("610117",))), _named_whole(hit("平秋镇", ("522628",), True))
    (True, True)
    >>> _named_whole(hit("板桥乡", ("341022", "430503"), True)), _named_whole(hit("宕昌", ("621223",)))
    (False, False)
    """
    if h.township:
        return len(h.entry.codes) == 1
    return h.entry.key[-1] in "县市区旗州" and len(h.entry.key) >= 3


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
        if not unit:
            continue
        close = min((k for k in (text.find(c, unit.end()) for c in _SENTENCE_END) if k >= 0), default=len(text))
        verb = _STATIONS.search(text, unit.end(), close)
        if not verb:
            continue
        others = {c for o, c in resolved if verb.start() <= o.start < close and not o.township}
        if others <= {best, city}:
            return city
    return best


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


_SCENE_MENTIONS = 3  # body mentions of a destination that make it the story's scene when no sender is named


def _placeless_senders_scene(resolved: list[tuple[Hit, str]], sent_to: set[str], text: str) -> set[str]:
    """The destinations that are the story's place because the sender has none (a central organ's team in a
    county, 中国外文局定点帮扶左权县; a school's visit, 我校副校长…前往费县): the sentence that sends to it names
    no other division before it, and the body names it again three times or more.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "外文局定点帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _placeless_senders_scene(r, {"140722"}, t)
    {'140722'}
    >>> t = "宕昌县委派人帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
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
            if any(opens <= o.start < h.start and not o.dest and c != code
                   for o, c in resolved) or _team_named_before(resolved, text, opens, h.start, code):
                sent_by_someone.add(code)
        elif h.zone == "body" and not h.host:
            again[code] += 1
    return {c for c, n in again.items() if n >= _SCENE_MENTIONS and c not in sent_by_someone}


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


def _several_provinces(best: str, score: dict[str, float]) -> str:
    """Why no place, when three or more provinces are named and the best one's holds under half.

    >>> _several_provinces("310000", {"310000": 3.0, "440000": 3.0, "450000": 2.0, "630000": 2.0})
    'several provinces named, none holds half the weight'
    >>> _several_provinces("310000", {"310000": 8.0, "440000": 1.0, "450000": 1.0})
    ''
    """
    by_province: dict[str, float] = defaultdict(float)
    for c, w in score.items():
        by_province[(ancestors(c) or (c,))[-1]] += w
    own = by_province[(ancestors(best) or (best,))[-1]]
    if len(by_province) >= 3 and own < 0.5 * sum(by_province.values()):
        return "several provinces named, none holds half the weight"
    return ""


def _lists_provinces(resolved: list[tuple[Hit, str]], at_least: int = 3) -> bool:
    """Does the text list three or more provinces in one breath (江西、湖北、安徽等地)?

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 40, "body")]
    >>> _lists_provinces(resolve(find_hits("记者赴江西、湖北、安徽等地采访", z)))
    True
    >>> _lists_provinces(resolve(find_hits("江西九江濂溪区", z)))
    False
    """
    table, run, prev_end = divisions(), 0, -10
    for h, code in resolved:
        if table[code].level != "province":
            continue
        run = run + 1 if h.start - prev_end <= 1 else 1
        prev_end = h.end
        if run >= at_least:
            return True
    return False


def _confidence(best: float, rival: float, zones: set[str]) -> str:
    if zones & {"title", "source"} and best >= 2 * rival and best >= 4:
        return "high"
    if best >= 1.5 * rival and best >= 3:
        return "medium"
    return "low"


def _national(text: str) -> bool:
    head = text[:300]
    return bool(national_cues().national.search(head))


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


def _outside_weight(text: str) -> tuple[float, str] | None:
    """(how often, which) when Hong Kong, Macau or Taiwan is named in the first lines."""
    head = text[:400]  # a website named after them (中国台湾网) is a host, not the place
    # ... nor where a team from a division went (深圳市组织施工队伍驰援香港: that mention is the team's goal)
    regions, pattern = _outside()
    found = [regions[m.group()] for m in pattern.finditer(head) if not cues().host.match(head, m.end())
             and not cues().dest.search(head, max(0, m.start() - 4), m.start())
             and not head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start())]  # a title (《外婆的澎湖湾》)
    if not found:
        return None
    top = max(set(found), key=found.count)
    return 4.0 + found.count(top), f"{top} (no census division)"


def _unknown(reason: str) -> PlaceGuess:
    return PlaceGuess("", "", "", -1, -1, "", "", 0, "", reason)
