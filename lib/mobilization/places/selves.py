"""Place, step 4b (self-reference): the unit speaking of itself without its name (我省, 全县, 市委).

我省/我市/我县 and 全县 name the one division of that kind the text names; a unit that speaks of
itself above places in two or more of its parts is the report's; organs of an unnamed city (市地震局,
市委) with no county's acting make the report the prefecture's.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from ..gazetteer import ancestors, divisions
from .levels import _MUNICIPALITIES, _branch_of
from .mentions import Hit
from .zones import READ_HEAD

# Self-reference by level (我省, 我市, 我县): the unit speaks of itself; it names the one division of that
# level the text names (our province = the one province named).
# 全县, 全旗 (the whole county) speak of the same unit. (安全区, 健全县级… hold 全 as the tail of another
# word; 全市场, 全区域 are no units.) A bare organ (县委, 县直单位) is not read: any report names its county's.
_SELF = re.compile(r"(?:我|(?<![安健齐周完保万两顾成])全)(省|市|州|盟|县|区|旗)(?![场域级])")


_BESIDE = set("与和同跟及、")  # after 我县: the next unit named is beside it, not it


def _self_references(text: str, named_codes: set[str]) -> dict[str, int]:
    """Weight from 我省, 我市, 全县, 旗委 …: each names the one division of that kind the text names.

    A report by a unit speaks of itself as 我省 (our province) and of its whole area as 全县; with
    exactly one division of that kind among
    the places named (in any role: the outlet 随州日报 names 随州市 too), that is the one. With none
    or several, these words say nothing.

    >>> _self_references("我省高度重视。四川省指挥部。我省党员。", {"510000", "511826"})
    {'510000': 2}
    >>> _self_references("我市行动。", {"411700", "410100"})
    {}
    >>> _self_references("引导全旗党员。我旗部署。安全区域。", {"150422", "150000"})
    {'150422': 2}
    >>> _self_references("我县与得荣县交界地区受灾，我县工作组赶往灾区。", {"513338"})
    {}
    """
    table = divisions()
    found: dict[str, int] = defaultdict(int)
    # a unit named beside 我县 (我县与得荣县交界, 我市和某市): the text sets it apart from itself, another unit
    others = {c for m in _SELF.finditer(text, 0, READ_HEAD) if text.startswith("我", m.start())
              and text[m.end():m.end() + 1] in _BESIDE for c in named_codes
              if text.startswith(table[c].name, m.end() + 1)}
    for m in _SELF.finditer(text, 0, READ_HEAD):
        kind = m.group(1)
        named = [c for c in named_codes if table[c].name.endswith(kind) and c not in others]
        if len(named) == 1:
            found[named[0]] += 1
    return dict(found)


# An organ of a unit named by its level alone (市地震局, 市委, 县政府, 区防指), at the start of a word: after
# no Han character or after a function word or a verb of answering (响应市委号召, 按照县委部署). Which unit it is
# the text does not say; its level says whether a city or a county acts (our and whole: 我市, 全县 likewise).
_BARE_ORGAN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及或在于从到至向对由为是的赴应照据经请受]))"
                         r"(省|市|州|盟|县|区|旗)(?![场民区县级里内外长]|委员|中心(?:城|区|地带|广场))"
                         r"(?:委|政府|人民政府|人大|政协|纪委|防指|防办|红十字会|总工会|妇联|残联|科协|文联|工商联|慈善总会|"
                         r"[\u4e00-\u9fff]{1,6}?(?:局|厅|委员会|委|办|中心|站|指挥部|防指))")
_CITY_LEVEL, _COUNTY_LEVEL = "市州盟", "县区旗"


def _bare_organs(text: str, named: list[tuple[int, int]]) -> dict[str, int]:
    """How many organs of an unnamed unit each level char has, outside named places.

    >>> _bare_organs("日前，市卫生健康委员会和市中心血站联合开展活动，响应市委号召。城市管理局。", [])
    {'市': 3}
    >>> _bare_organs("区防指发出通知，全区进入临战状态。", [])
    {'区': 1}
    """
    out: dict[str, int] = defaultdict(int)
    spans = sorted(named)
    starts = [a for a, _ in spans]

    def inside(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and spans[k][0] <= i < spans[k][1]

    for m in _BARE_ORGAN.finditer(text, 0, READ_HEAD):
        if (not inside(m.start()) and not _page_furniture(text, m.start(), m.end()) and not _escort(text, m.end())
                and not _authority(text, m.start(), m.end())):
            out[m.group(1)] += 1
    return dict(out)


# A link to an organ's website (市政府网站, 县政府门户网) or the source line that names the page's publisher
# (来源:市红十字中心血站): the page's furniture, not the organ at work in the story.
_WEBSITE_AFTER = re.compile(r"(?:门户)?(?:网站|网)(?![格点络上购店民友])")
_SOURCE_LABEL = re.compile(r"(?:来源|稿源|供稿|出处)[ \t　]*[:：][^\n]*$")
# The reporter's newsroom in a byline (市融媒体中心记者 某某, 县广播电视台通讯员 某某): who wrote the page, not who acts.
_REPORTER_AFTER = re.compile(r"[ \t　]*(?:首席|特约|见习|本台|本报)?(?:记者|通讯员)")


# An official of the organ who accompanies a visitor (市委书记某某一同慰问, 市委常委、副市长某某陪同): the host's escort.
_ESCORT_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,12}?(?:书记|长|主任|主席|常委)[\u4e00-\u9fff]{2,3}?(?:陪同|一同|随同)")


def _escort(text: str, end: int) -> bool:
    """Is the unnamed organ ending at `end` named for its official who accompanies a visitor (市委书记胡某一同慰问,
    市委常委、副市长杨某陪同)? Chinese reports of a visit name the visitor as the actor and the host's leaders as its
    escort (陪同, 一同, 随同): the escort's organ is not at work in the story. Staff who go along with others
    (市工信局有关人员与企业一同) are no escort: the words before the verb must end in an official's title and name.

    >>> t = "省委副秘书长带领干部深入某村慰问。市委书记胡某一同慰问。市工信局有关人员与企业一同走访。"
    >>> [(m.group(), _escort(t, m.end())) for m in _BARE_ORGAN.finditer(t)]
    [('省委', False), ('市委', True), ('市工信局', False)]
    """
    return bool(_ESCORT_AFTER.match(text, end))


# The authority whose plan the work follows (按照市委部署, 根据市委要求, 在市委的正确领导下): named, not at work.
_AUTHORITY_BEFORE = re.compile(r"(?:按照|根据|遵照|按|在|、)$")  # 、: the next organ of the same formula
_AUTHORITY_AFTER = re.compile(r"(?:[、和][\u4e00-\u9fff]{1,4}?)?(?:的)?(?:正确|坚强|统一|安排)?"
                              r"(?:决策部署|统一部署|部署|要求|安排|领导下|领导和支持下|指导下)")


def _authority(text: str, start: int, end: int) -> bool:
    """Is the unnamed organ at start:end named as the authority whose plan or leadership the work follows (某旗按照市委
    部署开展行动, 在市委、市政府的正确领导下)? The formula names who ordered the work, not who does it: the county that
    acts under its city's plan is the one at work (round r38, as r35's deference formula for a named county). 响应市委号召
    (answering a call) is left counted: those who answer it are often the city's own organs.

    >>> t = "某旗按照市委部署开展行动。在市委、市政府的正确领导下，某旗推进工作。市委部署防汛。"
    >>> [(m.group(), _authority(t, m.start(), m.end())) for m in _BARE_ORGAN.finditer(t)]
    [('市委', True), ('市委', True), ('市政府', True), ('市委', False)]
    """
    return bool(_AUTHORITY_BEFORE.search(text, max(0, start - 2), start)) and bool(_AUTHORITY_AFTER.match(text, end))


def _page_furniture(text: str, start: int, end: int) -> bool:
    """Is the unnamed organ at start:end a website's link, the publisher in a source line or the reporter's newsroom
    in a byline?

    >>> t = "中国政府网 | 省政府网站 | 市政府网站\\n来源:市红十字中心血站\\n市卫健委组织党员献血。"
    >>> [_page_furniture(t, m.start(), m.end()) for m in _BARE_ORGAN.finditer(t)]
    [True, True, True, False]
    >>> t = "市融媒体中心记者 某某\\n市卫健委组织党员献血。"
    >>> [_page_furniture(t, m.start(), m.end()) for m in _BARE_ORGAN.finditer(t)]
    [True, False]
    """
    return (bool(_WEBSITE_AFTER.match(text, end)) or bool(_REPORTER_AFTER.match(text, end))
            or bool(_SOURCE_LABEL.search(text, text.rfind("\n", 0, start) + 1, start)))


def _organ_level(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]],
                 text: str, townships: list[tuple[Hit, str]] = ()) -> tuple[str, int]:
    """The prefecture, when organs of an unnamed city act (市地震局, 市国资委) and no county's do,
    with how many such organs speak for it (0 when the rule does not apply).

    A city bureau's page names the district it works in (钟楼区北港街道) or the city only in passing
    (in a firm's name): the report is the city's. With a county's organs also acting (县委, 区防指)
    or the county a county-level city (its 市委 is its own), the best place stands.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "市地震局党员到钟楼区北港街道社区报到，响应市委号召。"
    >>> r = resolve(find_hits(t, [Zone(0, 40, "body")])); _organ_level("320404", {"320404": 2.0}, r, t)
    ('320400', 2)
    >>> t = "区委组织部和市地震局党员到钟楼区北港街道社区报到。"
    >>> r = resolve(find_hits(t, [Zone(0, 40, "body")])); _organ_level("320404", {"320404": 2.0}, r, t)
    ('320404', 0)
    """
    table = divisions()
    # a township named with its suffix is no organ either (、州城镇前所村委会: 宾川县's 州城镇, not 州…委)
    organs = _bare_organs(text, [(h.start, h.end) for h, _ in [*resolved, *townships]])
    city = sum(organs.get(k, 0) for k in _CITY_LEVEL)  # 我市 alone is not enough: a district's paper says it too
    county = (sum(organs.get(k, 0) for k in _COUNTY_LEVEL)
              + sum(1 for m in _SELF.finditer(text, 0, READ_HEAD) if m.group(1) in _COUNTY_LEVEL)
              + sum(1 for h, c in resolved if h.actor and not h.dest and table[c].level == "county"))  # 拱墅区委 acts
    if not city or county:
        return best, 0
    level = table[best].level
    named = [c for c, w in score.items() if w > 0]
    pref = ""
    if level == "county" and not table[best].name.endswith("市"):
        pref = ancestors(best)[0] if ancestors(best) else ""
    elif level == "prefecture":
        pref = best
    elif level == "province" and organs.get("省", 0) < city:
        prefs = {c if table[c].level == "prefecture" else ancestors(c)[0] for c in named if best in ancestors(c)}
        pref = prefs.pop() if len(prefs) == 1 else ""
    if pref and table[pref].level == "prefecture" and all(
            c == pref or pref in ancestors(c) or c in ancestors(pref) for c in named):
        return pref, city
    return best, 0


_SPEAKS = 2  # self-references (我省, 全省) that make a unit the speaker of a roundup of its parts


def _speaker(best: str, selves: dict[str, int], score: dict[str, float]) -> str:
    """The unit that speaks of itself (我省, 全省) when the places it names lie in two or more of its parts.

    A provincial paper's 我省多地受灾 with counties of two prefectures listed reports on the
    province; with the counties of one prefecture only, the best place stands.

    >>> _speaker("522632", {"520000": 2}, {"520000": 3.0, "522632": 5.0, "522732": 2.0})
    '520000'
    >>> _speaker("522632", {"520000": 2}, {"520000": 3.0, "522632": 5.0, "522633": 2.0})
    '522632'

    The unit must speak of itself twice or more and weigh at least half as much as the best place: a single
    全省 in a series tag (全省58个贫困县脱贫攻坚成就巡礼) or a campaign's name (全省干部驻村帮扶) over a county's
    own story, named in its headline or acting throughout, is the publisher's frame, not the report's unit.

    >>> _speaker("522632", {"520000": 1}, {"520000": 4.0, "522632": 5.0, "522732": 2.0})
    '522632'
    >>> _speaker("522632", {"520000": 2}, {"520000": 2.0, "522632": 12.0, "522732": 2.0})
    '522632'
    """
    for unit in selves:
        if selves[unit] < _SPEAKS or 2 * score.get(unit, 0.0) < score.get(best, 0.0):
            continue
        if unit in ancestors(best):
            branches = {_branch_of(c, unit) for c in score if unit in ancestors(c)}
            if len(branches) >= 2:
                return unit
    return best


# The government of one level speaking in the text: its organs named by their level alone (县委, 县政府, 县三防办,
# 县海洋与渔业局), its officials (县长, 副县长, 县委书记, 县领导), the government as people say it (县里, 市里: 县里发放了
# 棉被; not 县里程, 市里面) and its whole area or itself (全县, 我县, 该县).
_LEVEL_SPEECH = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及或在于从到至向对由为是的赴应照据经请受副、]))"
                           r"(省|市|州|盟|县|旗)(?:长|领导|委书记|委副书记|里(?![程面]))|(?:我|全|该)(省|市|州|盟|县|旗)(?![场域级城])")
_LEVEL_OF_CHAR = {"省": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture", "县": "county",
                  "旗": "county"}


def _speech_by_level(text: str, named: list[tuple[int, int]]) -> dict[str, int]:
    """How often the government of each level speaks of itself without its name (县委, 县长, 全县, 该县 …), outside
    named places.

    >>> _speech_by_level("县委书记主持会议，副县长部署，全县各乡镇、县三防办、县水务局行动。省委工作组参加。", [])
    {'county': 5, 'province': 1}
    >>> _speech_by_level("近日，县里发放了棉被。城市里很热闹。", [])
    {'county': 1}
    """
    out: dict[str, int] = defaultdict(int)
    spans = [(m.start(), m.group(1)) for m in _BARE_ORGAN.finditer(text, 0, READ_HEAD)]
    spans += [(m.start(), m.group(1) or m.group(2)) for m in _LEVEL_SPEECH.finditer(text, 0, READ_HEAD)]
    starts = sorted(a for a, _ in named)
    ends = {a: b for a, b in named}
    seen: set[int] = set()
    for start, char in sorted(spans):
        k = bisect_right(starts, start) - 1
        if start in seen or k >= 0 and starts[k] <= start < ends[starts[k]] or char not in _LEVEL_OF_CHAR:
            continue
        seen.add(start)
        out[_LEVEL_OF_CHAR[char]] += 1
    return dict(out)


class Speech:
    """`_speech_by_level` of one report's text and resolved mentions, computed once when first asked for (up to four
    level rules ask for it in one `decide`).

    >>> s = Speech("县委书记主持会议，全县行动。", []); s(), s() is s()
    ({'county': 2}, True)
    """

    def __init__(self, text: str, resolved: list[tuple[Hit, str]]) -> None:
        self.text, self.resolved, self._counts = text, resolved, None

    def __call__(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = _speech_by_level(self.text, [(h.start, h.end) for h, _ in self.resolved])
        return self._counts


def _speech(text: str, resolved: list[tuple[Hit, str]], speech: Speech | None) -> dict[str, int]:
    return speech() if speech is not None else _speech_by_level(text, [(h.start, h.end) for h, _ in resolved])


_SPEAKING_COUNTY = 2  # times a county's government must speak of itself to bring a report down to the county


def _county_speaks(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]], text: str,
                   speech: Speech | None = None) -> tuple[str, int]:
    """The county whose government speaks (县委书记, 县长, 全县, 县三防办 …) when the best place is a province or
    prefecture that hardly speaks itself, with how often the county speaks (0 when the rule does not apply).

    A county's own release (陵水县三防指挥部会议, 县委书记, 副县长, 县三防办) republished by a provincial outlet
    (国际在线海南消息) names the province as often as the county (the typhoon's path along 海南南部): the level of
    government that speaks is the report's level. The county must be named in full (陵水黎族自治县, 和田县, not only
    a short form), lie in the best place, end in the level's character (县, 旗), and be the only such county named;
    its government must speak twice or more, and more often than the best place's own level. With other counties of
    the best place named too, the county must stand in the headline: 县委 and 副县长 of a prefecture's roundup
    (白河、平利、紫阳…等县区) may be any of its counties, not the one it happens to name in full.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "海南省陵水黎族自治县三防指挥部开会，县委书记部署。台风向海南南部靠近，经过海南近海。县三防办发出通知。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _county_speaks("460000", {"460000": 3.0, "469028": 2.0}, r, t)
    ('469028', 2)
    >>> t = "海南省陵水黎族自治县开会，省委书记部署。台风向海南南部靠近，经过海南近海。省防总发出通知。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _county_speaks("460000", {"460000": 3.0, "469028": 2.0}, r, t)
    ('460000', 0)
    """
    table = divisions()
    level = table[best].level
    if level == "county":
        return best, 0
    counts = _speech(text, resolved, speech)
    county = counts.get("county", 0)
    if county < _SPEAKING_COUNTY or counts.get(level, 0) >= county:
        return best, 0
    counties = {c for h, c in resolved if not h.dest and table[c].level == "county" and score.get(c, 0.0) > 0}
    full = {c for h, c in resolved if not h.entry.alias and not h.dest and c in counties}
    # named in full, or the one county named at all (为隆安经济社会发展: the 我县 of a county's own paper)
    candidates = full if full else counties
    if len(candidates) != 1:
        return best, 0
    county_code = candidates.pop()
    if table[county_code].name[-1] not in "县旗" or best not in ancestors(county_code):
        return best, 0
    if any(c != county_code and best in ancestors(c) for c in counties) and not any(
            h.zone == "title" and c == county_code for h, c in resolved):
        return best, 0  # with two or more of its counties named and none in the headline, 县委 may be any of them
    return county_code, county


def _prefecture_speaks(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]],
                       text: str, speech: Speech | None = None) -> tuple[str, int]:
    """The prefecture whose government speaks (市委, 市长, 全市, 该市 …) when the best place is a province that
    hardly speaks itself; with how often the prefecture speaks (0 when the rule does not apply). Not with a
    county-level city named (its 市委 and 全市 are its own), and not below a district or county: a city's leaders
    visiting a district (市委书记到广陵区调研) is the district's story.

    The city's hospitals sent by 市委市政府 to a county of another city, under a headline naming the province
    (江西人民一定行): the level that speaks is the city's. The prefecture must be named (景德镇市) and not as a
    destination, be the one prefecture so named inside the best province (or the best county's own prefecture),
    and speak twice or more, more often than the best place's level.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "江西人民一定行。景德镇市委市政府派出医疗队，全市医务人员请战，市卫健委组织。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _prefecture_speaks("360000", {"360000": 3.0, "360200": 2.0}, r, t)
    ('360200', 2)
    >>> _prefecture_speaks("360000", {"360000": 3.0, "360200": 2.0}, r, t.replace("全市", "全省").replace("市卫健委", "省卫健委"))
    ('360000', 0)
    """
    table = divisions()
    level = table[best].level
    if level != "province":
        return best, 0
    counts = _speech(text, resolved, speech)
    city = counts.get("prefecture", 0)
    if city < _SPEAKING_COUNTY or counts.get(level, 0) >= city:
        return best, 0
    if any(not h.dest and table[c].level == "county" and table[c].name.endswith("市") for h, c in resolved):
        return best, 0  # 全市 may be a county-level city's own (青州市)
    named = {c for h, c in resolved if not h.dest and table[c].level == "prefecture" and score.get(c, 0.0) > 0}
    if any(h.dest for h, c in resolved if c in named):
        return best, 0
    candidates = {c for c in named if best in ancestors(c)}
    if len(candidates) != 1:
        return best, 0
    return candidates.pop(), city


def _scenes_of_one(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]],
                   townships: list[tuple[Hit, str]], text: str, speech: Speech | None = None) -> str:
    """The prefecture whose area is the story: it is named, two or more of its counties are each the scene of the
    work (each with a township or village of its own named), and no county's government speaks (fewer than two of
    县委, 县里, 全县, 该县 …) nor any of its counties acts or stands in the headline.

    The level whose government acts is the report's level. A city's flood (抚顺市发生洪涝灾害后，各级党组织…) told by
    its Party members in 清原县南口前镇 and 新宾县南杂木镇, or a quake in 松原市 felt in 前郭县查干花镇 and 乾安县安字镇,
    is the prefecture's: its counties are its scenes side by side. A county whose government speaks (县委、县政府,
    县里发放了棉被, 该县公安局) keeps the report, though another county's township is named beside it (an official's
    home village, a neighbouring county also hit).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> from mobilization.places.townships import find_townships, resolve_townships
    >>> t = "抚顺市发生洪涝灾害。清原满族自治县南口前镇党员转移群众。新宾满族自治县南杂木镇干部救人。"
    >>> z = [Zone(0, len(t), "body")]
    >>> r = resolve(find_hits(t, z)); tw = resolve_townships(find_townships(t, z, find_hits(t, z)), r)
    >>> _scenes_of_one("210423", {"210400": 1.0, "210423": 2.0, "210422": 2.0}, r, tw, t)
    '210400'
    >>> t2 = t + "县里发放棉被，县委书记部署。"
    >>> _scenes_of_one("210423", {"210400": 1.0, "210423": 2.0, "210422": 2.0}, r, tw, t2)
    '210423'
    """
    table = divisions()
    parents = ancestors(best)
    if table[best].level != "county" or not parents or score.get(parents[0], 0.0) <= 0:
        return best
    parent = parents[0]
    siblings = {c for h, c in resolved if not h.dest and table[c].level == "county" and ancestors(c)[:1] == (parent,)}
    if any((h.actor or h.zone == "title") and not h.dest for h, c in resolved if c in siblings):
        return best  # a county that acts or heads the page is the report's unit
    county_ends = {h.end: c for h, c in resolved if c in siblings}
    scenes = {c for h, c in townships if c in siblings and not h.dest
              and (len(set(h.codes)) == 1 or county_ends.get(h.start) == c)}
    if best not in scenes or len(scenes) < 2:
        return best
    if _speech(text, resolved, speech).get("county", 0) >= _SPEAKING_COUNTY:
        return best
    return parent


# After a prefecture's name, one of its own units that is no bureau (晋城市国库集中支付中心, 淮南市新时代志愿者联合会,
# 某市驻村帮扶工作领导小组): the city acts through it. A unit's name is a noun phrase: it holds no preposition of
# the clause (张家口高发展公司为驻村工作队送去物资: a firm sends goods TO a work team, no unit of the city).
_CITY_UNIT = re.compile(r"(?:(?![市县区向给替]|为(?!民))[\u4e00-\u9fff]){0,10}?(?:中心|联合会|协会|委员会|领导小组|工作组|工作队|指挥部)")


# After a township's name, its own office or Party committee (定海路街道办, 某镇党委, 某镇政府): the county's government
# acting in it (a street office is the district's agency).
# (a township's own command post, 新泉乡疫情防控指挥部, is its government at work too)
_TOWNSHIP_ORGAN = re.compile(r"(?:党委|党工委|政府|人民政府|办事处|办|[\u4e00-\u9fff]{0,6}?指挥部)"
                             r"(?![\u4e00-\u9fff]{0,1}(?:主任|书记|指挥长))")


def _acting_part(best: str, score: dict[str, float], count: dict[str, int], towns: dict[str, int],
                 resolved: list[tuple[Hit, str]], selves: dict[str, int], text: str,
                 townships: list[tuple[Hit, str]] = (), speech: Speech | None = None) -> str:
    """The one county of a prefecture whose organ acts (谯城区财政局) when the prefecture neither acts nor speaks.

    The level whose government acts is the report's level. A prefecture named as the story's label and area
    (安徽亳州：…, 整个亳州城乡道路积雪) over one district's bureau at work in its own street (汤陵街道) is the district's
    story: the district must be the only part of the prefecture named, act, and be named (with its townships) as
    often as the prefecture; the prefecture must not act (no organ, bureau or unit of its own: 晋城市国库集中支付中心),
    nor speak (市委, 全市, 我市, 市长 …).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "安徽亳州：志愿者铲冰除雪。整个亳州城乡道路积雪。亳州市谯城区财政局组织志愿者到汤陵街道铲雪。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> args = ({"341600": 4.0, "341602": 2.0}, {"341600": 2, "341602": 1}, {"341602": 1}, r, {})
    >>> _acting_part("341600", *args, t)
    '341602'
    >>> _acting_part("341600", *args, t.replace("整个亳州城乡", "亳州市应急指挥部部署，城乡"))
    '341600'

    The district's organ may be named by its level alone (区城乡更新服务中心), the one district named being its own:

    >>> t = "为落实天水市创建文明城市麦积区工作部署，区城乡更新服务中心组织干部深入桥南街道清扫。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _acting_part("620500", {"620500": 1.0, "620503": 1.0}, {"620500": 1, "620503": 1}, {"620503": 1}, r, {}, t)
    '620503'
    """
    table = divisions()
    municipality = table[best].level == "province" and best[:2] in _MUNICIPALITIES
    if table[best].level != "prefecture" and not municipality or selves.get(best):
        return best
    below = {c for h, c in resolved if not h.dest and best in ancestors(c)} | {c for c, n in towns.items()
                                                                                if n and best in ancestors(c)}
    if len(below) != 1:
        return best
    child = next(iter(below))
    named = [(h.start, h.end) for h, _ in [*resolved, *townships]]
    if not any(h.actor and not h.dest for h, c in resolved if c == child) and not any(
            c == child and not h.dest and _TOWNSHIP_ORGAN.match(text, h.end) for h, c in townships) and not (
            table[child].name[-1] in _COUNTY_LEVEL and _bare_organs(text, named).get(table[child].name[-1], 0)):
        return best  # the one district named acts by its name (谯城区财政局), its township's office, or an organ
        # of its level named by the level alone (区城乡更新服务中心, round r40): no other district is named
    if count.get(child, 0) + towns.get(child, 0) < count.get(best, 0):
        return best
    if any(c == best and (h.actor or _CITY_UNIT.match(text, h.end)) for h, c in resolved):
        return best
    named = [(h.start, h.end) for h, _ in resolved]
    if _speech(text, resolved, speech).get("prefecture", 0) or any(_bare_organs(text, named).get(k, 0) for k in _CITY_LEVEL):
        return best
    return child
