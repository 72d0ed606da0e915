"""Place, step 2 (mentions): the division names in the read zones, each with its role in its sentence.

1. Every division name and short form is found in one pass of an Aho-Corasick automaton
   (`gazetteer.automaton`), leftmost-longest, so 中心城区 and 新华网 are read as the words they are.
2. A short form followed by 街道, 社区, 镇 … names a township or street, not the county; a name
   that is also a common word (城区, 公安) and a one-character-stem name (和县) count only right
   after the name of a division above them (阳泉市城区) or, for the latter, after no Han character.
3. Each name gets its role from its neighbours: the actor (a name followed by 委, 党委, 政府,
   组织部 …), the host (a media outlet's name, 深圳新闻网), a destination (驰援武汉), an event named
   after the place (芦山地震), a document cited (《…》), an informant (记者从…获悉); a parent named
   right before its child (甘肃陇南市宕昌县) only qualifies the child, and the child so introduced
   (or followed by a township of it) is formal. A national agency's dateline city (新华社北京…电) is
   its bureau: a body mention. The body's full name of a unit the headline names without its place
   (市中心医院 → 驻马店市中心医院) counts as the headline, and so does the site header's
   (`_site_unit_hits`).

The tests on the text around one name (a typhoon's name, a forum user, a quoted brand, whether a
short form is a whole word ...) are in `places.contexts`; the tests on a name with its phrase and the text's other
names (a short form that is also a word, an origin, an honour, the headline's unit) in `places.mention_words`;
the passes that reread the hits beside one another (stationed organs, titles, given names) in
`places.mention_passes` (the last pass); the regexes of the roles, compiled from the cue words of
data/place_role_words.csv, in `places.cues`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Entry, ancestors, automaton, place_words
from ..lexicon import read_rows
from .contexts import (_FIRM_AFTER, _credited_person, _force_arrives, _forum_user, _in_column_tag, _in_quoted_name, _left_behind,
                       _ordinary_word, _posted_from, _qualifies_other, _river_name, _route_start, _tail_of_township,
                       _typhoon_name, _whole_words)
from .cues import cues, role_words
from .mention_passes import _outlet_columns, _stationed_organs, _without_given_names, _without_titles, _zone_districts
from .mention_words import (_INSTITUTION_ORGAN, _LEVEL_CHARS, _TRANSPORT_LINE, _area_short_form, _county_level,
                            _in_honour, _addresses_headline_unit, _is_parent_of, _names_headline_unit, _origin,
                            _placed_areas, _word_supported)
from .zones import _HAN, Zone, _ranges, _zone_index


# After a name, a township, street or village of it (龙潭区江北乡, 芙蓉区东湖街道): an address, the
# way a report introduces the place where things happen. An address holds no preposition or verb of place:
# 江苏分站在双沟镇 (a branch that is at a town) is no township of 江苏, nor is 黑龙江省市场监管局驻村 (a bureau's team
# stationed in a village) a village of 黑龙江. Nor does it open with a verb of being: 广西有村支书称 (in 广西 there is a
# village secretary who says) names no village of 广西.
_SUBUNIT = re.compile(r"(?!乡村|有|是)(?:(?![等和与及在到赴驻])[\u4e00-\u9fff]){1,6}?(?:乡|镇|街道|街办|社区|村|苏木|嘎查)(?![民委务庄])")
# After a name, 精神 that makes it an ethos's name (辽宁精神), not 精神卫生中心 or 精神病院 (institutions of the place).
_SPIRIT = re.compile(r"精神(?![卫病科文])")
# Function words after which a one-character-stem name (泾县, 和县) begins a new word: 安徽省工商联和泾县工商联,
# 位于泾县 (after 委 or 第一代 it would be the tail of another word: 市委和县委); and after the Party's 中共
# (中共宁县县委组织部).
_FUNCTION_CHARS = set("和与及或在于从到至向对由为是的赴")
# … and before its branch of an organisation (协会萧县分会, 银行泾县支行): an association's or bank's branch is named
# by its county, so the name stands there even glued to the organisation's name (round r37).
_BRANCH_AFTER = re.compile(r"(?:分会|支会|分公司|支行|分行)")


# The national outlets of data/national_outlets.csv (新华社, 人民日报 …): which open a dispatch with a
# bureau's city (`dateline`), which make a report national (`national`, read by decide).
@lru_cache(maxsize=1)
def _national_outlets() -> tuple[dict[str, str], ...]:
    return read_rows("national_outlets.csv")


# A national news agency opening a dispatch (新华社北京3月12日电, 中新社成都…): the city after it is the bureau
# the story was filed from, not the unit it is about; it counts as a body mention.
@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    """A national outlet opening a dispatch (新华社北京…电, 中广网北京…消息), right before the city.

    >>> bool(_agency_pattern().search("中广网")), bool(_agency_pattern().search("甘肃日报"))
    (True, False)
    """
    names = sorted((r["name"] for r in _national_outlets() if r["dateline"] == "yes"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, names))})(?:记者)?$")


@dataclass(frozen=True)
class Hit:
    """One name found in the text (offsets in the analysed, simplified text)."""

    start: int
    end: int
    surface: str
    codes: tuple[str, ...]
    zone: str
    actor: bool
    entry: Entry
    formal: bool = False  # introduced with its parent or with a township of it (长沙市芙蓉区东湖街道)
    host: bool = False  # the name of a media outlet or website (深圳新闻网)
    dest: bool = False  # the destination of a team or goods (驰援武汉)
    needs: tuple[str, ...] = ()  # districts it may name only if the text names them otherwise
    event: bool = False  # the name of an event (芦山地震): where it struck, not the unit
    abbreviation: bool = False  # a province's one-character abbreviation in context (中央在晋单位)
    cited: bool = False  # inside a title in 《》 (《安徽省地震应急预案》): a document cited, half weight
    informant: bool = False  # where the news came from (记者从青海省民政厅获悉): half weight, never the actor
    township: bool = False  # a township named with its suffix (赤溪镇): support for its county (`find_townships`)
    bureau: bool = False  # a news agency's bureau in its dispatch line (新华社呼和浩特…电): where the reporter files


_REPORTER = re.compile(r"记者|采访")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _reporter_travels(text: str, start: int) -> bool:
    """Whether the one going to the place at `start` is the reporter (记者…前往定西市通渭县): the place
    of the story, not a team's destination.

    >>> t = "记者独自前往通渭县采访。医疗队赶赴武汉。"
    >>> _reporter_travels(t, t.index("通渭县")), _reporter_travels(t, t.index("武汉"))
    (True, False)
    """
    lo = max(0, start - 80)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    return bool(_REPORTER.search(text, ends[-1] if ends else lo, start))


# After a district's bare short form, the name of a county-level convergence media centre (融媒体中心, set up for every
# county and district since 2018, and named after it): 沿滩融媒 is 沿滩区's, as 长宁 alone is not 长宁区.
_MEDIA_CENTRE = re.compile(r"融媒")


def find_hits(text: str, zones: list[Zone]) -> list[Hit]:
    """Division names in the counted zones of `text`, after the context rules (not yet resolved).

    >>> z = [Zone(0, 40, "body")]
    >>> [h.surface for h in find_hits("宜城街道和爱民社区在中心城区，宕昌县委组织部", z)]
    ['宕昌县']
    >>> [h.surface for h in find_hits("市委和县委，安徽和县，阳泉市城区", z)]
    ['安徽', '和县', '阳泉市', '城区']
    """
    zone_at = _zone_index(zones)
    title = " ".join(text[z.start:z.end] for z in zones if z.kind == "title")
    words = place_words()
    after_words = words["after"]
    surnames = frozenset(role_words().get("surname", ()))
    raw = []
    for lo, hi in _ranges(zones, len(text)):
        for end_index, entry in automaton().iter_long(text, lo, hi):
            start = end_index - len(entry.key) + 1
            zone = zone_at(start)
            if zone and (entry.codes or entry.qualified):
                raw.append((start, end_index + 1, entry, zone))
    # divisions named by their full name, or by a short form with its level (积石山县, 甘南州, 玉环县: the former name
    # of 玉环市, a county before 2017), which is no ordinary word either
    in_full = {c for _, _, e, _ in raw if not e.alias or e.key[-1] in _LEVEL_CHARS for c in e.codes}
    # short forms that are also words (北海, 安康, 康定) which the text names once with a parent (广西北海, 甘孜藏族自治州
    # 康定县): its own short name for that place, read bare elsewhere too (北海边防支队, 震后康定)
    said = {e.key for (_, a1, p, _), (b0, _, e, _) in zip(raw, raw[1:])
            if e.alias and a1 >= b0 - 1 and _is_parent_of(p, e)}
    areas = _placed_areas(text, raw)  # 南漳县清河管理区: a county's area, which the text may call 清河区 too
    hits: list[Hit] = []
    prev: tuple[int, int, Entry, str] | None = None
    last: Hit | None = None
    bureau_end = -2  # end of a national agency's dateline place (新华社甘肃舟曲…电)
    origin_end = -2  # end of the last name read as a person's origin (我来自江西新余: 新余 after 江西 too)
    for k, (start, end, entry, zone) in enumerate(raw):
        adjacent = prev is not None and prev[1] >= start - 1
        qualified = adjacent and _is_parent_of(prev[2], entry)
        follows = text[end:end + 3]
        one_char_stem = len(entry.key) == 2 and not entry.alias
        codes, needs = entry.codes, entry.qualified
        if needs:  # a district's short form: its district right after the parent (上海长宁), else pending
            by_parent = [c for c in needs if adjacent and any(p in ancestors(c) for p in prev[2].codes)]
            codes, needs = (tuple(by_parent), ()) if by_parent else (codes, needs)
            # ... unless a county of the city it also names follows (甘肃白银景泰: 白银市, not 白银区): large to small
            nxt = raw[k + 1] if k + 1 < len(raw) else None
            above_next = [c for c in entry.codes if nxt is not None and nxt[0] == end
                          and any(c in ancestors(n) for n in nxt[2].codes)]
            if by_parent and len(above_next) == 1:
                codes = tuple(above_next)
            # a district's own media centre (沿滩融媒, 某某融媒体中心): every county-level unit has one, named after it
            media = not by_parent and len(needs) == 1 and bool(_MEDIA_CENTRE.match(text, end))
            codes, needs = (needs, ()) if media else (codes, needs)
            qualified = qualified or bool(by_parent)
        skip = (entry.common and not qualified and entry.key not in said
                or entry.alias and not qualified and entry.key[-1] not in _LEVEL_CHARS
                and not _whole_words(text, start, end)
                or entry.alias and any(follows.startswith(w) for w in after_words)
                # a full name such as 涉县 before 医院 is its county hospital (涉县医院), not part of another name
                or one_char_stem and any(follows.startswith(w) for w in after_words if not cues().institution.search(w))
                or one_char_stem and not qualified and start > 0 and _HAN.match(text[start - 1])
                and text[start - 1] not in _FUNCTION_CHARS and text[max(0, start - 2):start] != "中共"
                and not _BRANCH_AFTER.match(text, end))
        skip = skip or _typhoon_name(text, start, end) or _forum_user(text, start)
        skip = skip or not qualified and _area_short_form(entry, areas)  # 清河区团委: the county's 清河管理区
        skip = skip or _posted_from(text, start, end)  # 发布于:北京市, IP属地:广东: where the account posted from
        skip = skip or entry.alias and _credited_person(text, start, surnames)  # 责编:曾朝阳: a person credited
        # a short form that is also an ordinary word (天柱, 白玉 of 白玉春): a place only where the text says so
        skip = skip or (entry.alias and not qualified and entry.key not in said and _ordinary_word(entry.key)
                        and not _word_supported(text, start, end, entry, raw, in_full))
        # a short form that ends a township's bare name (独龙江 holds 龙江): the longer name is the word
        skip = skip or entry.alias and _tail_of_township(text, start, end, prev[1] if prev else 0)
        skip = skip or entry.alias and _river_name(text, start, end)  # 工作在怒江边: the river
        skip = skip or _route_start(text, start, end)  # 从成都出发，翻过雪山: where the road to the story begins
        # an ethos named after a place (践行新时代辽宁精神, 弘扬大庆精神): a spirit, no mention of where the story is
        skip = skip or bool(_SPIRIT.match(text, end))
        # a person's origin (我来自江西新余: 新余 too, glued to it) and an honour's name or giver: not the story's place
        from_origin = _origin(text, start, end) or prev is not None and prev[1] == start and origin_end == start
        origin_end = end if from_origin else origin_end
        # ... unless the honour is a county's (被评为察隅县…模范村): a county honours its own villages and units, so it
        # places them at the story's own level; a province's or prefecture's honour covers many counties
        skip = skip or from_origin or _in_honour(text, start, end) and not _county_level(codes)
        # a transport line named after it (广西沿海铁路) or a section of one ending there (黎塘至钦州段): the line
        skip = (skip or bool(_TRANSPORT_LINE.match(text, end))
                or text[start - 1:start] == "至" and text[end:end + 1] == "段")
        prev = (start, end, entry, zone)
        if skip:
            continue
        host = bool(cues().host.match(text, end))
        # the actor, or the sender of a team (庆阳市驰援兰州: 庆阳市 sends, 兰州 receives)
        actor = not host and bool(cues().actor.match(text, end) or cues().sends.match(text, end)
                                  or _INSTITUTION_ORGAN.match(text, end))
        formal = qualified or bool(_SUBUNIT.match(text, end))
        verb = cues().dest.search(text, max(0, start - 4), start)
        # a flood or typhoon arriving (洪水到达霸州市): where the disaster reaches, an event's place, not a destination
        arrives = bool(verb) and _force_arrives(text, verb.start())
        dest = (bool(verb) and not arrives or _left_behind(text, start, end) or _job_away(text, start, end)
                or _neighbour(text, start, end) or text[start - 1:start] == "驻" and bool(_SUBUNIT.match(text, end)) or (
            last is not None and last.dest and text[last.end:start] in ("", "、", "和", "及", "与"))) \
            and not _reporter_travels(text, start)
        event = not actor and (arrives or bool(cues().event.match(text, end)))
        if zone != "body" and (_agency_pattern().search(text, max(0, start - 9), start)
                               or qualified and start <= bureau_end + 1):
            zone = "body"  # 新华社北京…电: the agency's bureau (新华社甘肃舟曲…电: its province, then its city)
            bureau_end = end
        elif zone == "body" and _names_headline_unit(text, end, entry, title):
            zone = "title"  # the headline's 市中心医院 is the body's 驻马店市中心医院
        elif zone == "body" and _addresses_headline_unit(text, end, entry, title):
            zone = "title"  # the headline's 石厦社区 is the body's 福田区福保街道石厦社区
        elif zone == "title" and _in_column_tag(text, start):
            zone = "body"  # 【抗击疫情 辽宁在行动】志愿者…: the series the headline is filed under, not its story
        elif zone == "title" and _qualifies_other(text, end):
            zone = "body"  # 山东省首家…驿站在罗庄区启用, 践行辽宁精神: a superlative's scope or a spirit, not the unit
        cited = (text.rfind("《", max(0, start - 40), start) > text.rfind("》", max(0, start - 40), start)
                 or bool(_FIRM_AFTER.match(text, end))
                 or _in_quoted_name(text, start, end))
        informant = bool(cues().informant_before.search(text, max(0, start - 2), start) and cues().informant_verb.match(text, end))
        if informant:
            actor, zone = False, "body"
        last = Hit(start, end, text[start:end], codes, zone, actor, entry, formal, host, dest, needs, event,
                   cited=cited, informant=informant, bureau=bureau_end == end)
        hits.append(last)
    hits = _stationed_organs(text, _zone_districts(text, _without_given_names(text, _without_titles(text, hits))))
    return _outlet_columns(text, hits)


def _job_away(text: str, start: int, end: int) -> bool:
    """Is the name where people go to work away from home (到拉萨就业, 去广州打工, 赴某地务工)? A verb of going right
    before it and a word of working right after it: the place of their jobs, a destination, not where the story's
    work is done (round r43).

    >>> _job_away("帮助村民到拉萨就业", 5, 7), _job_away("到拉萨调研就业工作", 1, 3), _job_away("在拉萨就业", 1, 3)
    (True, False, False)
    """
    return bool(cues().job_before.search(text, max(0, start - 2), start) and cues().job_after.match(text, end))


def _neighbour(text: str, start: int, end: int) -> bool:
    """Is the name a neighbour that says where the story's place lies (紧邻重庆, 与某区、某县接壤)? A word of lying next
    to it right before it, or 与 before it and a verb of bordering after it in the same clause: the place is named to
    locate another, not where the story's work is done (round r44).

    >>> t = "该县紧邻重庆,东与万州、梁平接壤"
    >>> _neighbour(t, 4, 6), _neighbour(t, 9, 11), _neighbour(t, 12, 14), _neighbour("在万州接壤处", 1, 3)
    (True, True, True, False)
    """
    c = cues()
    return bool(c.neighbour.search(text, max(0, start - 2), start)
                or c.border_before.search(text, max(0, start - 17), start) and c.border_after.match(text, end))


_SITE_HEAD_LINES = 6  # the site's header lines stand above the headline
# After a name in a site's header, its government's portal (开平市人民政府门户网站, 宕昌县政府网).
_PORTAL = re.compile(r"(?:人民)?政府(?:门户)?网")
_SITE_HEADER = re.compile(r"欢迎(?:来到|访问|光临)|官方网站|门户网站|网站首页")


def _site_unit_hits(text: str, title: str) -> list[Hit]:
    """The headline's unit named whole in the site's header (欢迎访问驻马店市中心医院官方网站 above
    the headline 市中心医院救护队…): an institution's own site names it with its place once, in the
    header line that is otherwise not read, and its headline then drops the place.

    >>> t = "欢迎访问宕昌县人民医院官方网站\\n县人民医院医疗队出发\\n"
    >>> [(h.surface, h.zone) for h in _site_unit_hits(t, "县人民医院医疗队出发")]
    [('宕昌县', 'title')]
    """
    out: list[Hit] = []
    pos = 0
    for line in text.split("\n", _SITE_HEAD_LINES)[:_SITE_HEAD_LINES]:
        start, pos = pos, pos + len(line) + 1
        if not _SITE_HEADER.search(line):
            continue
        for h in find_hits(text, [Zone(start, start + len(line), "body")]):
            if h.start >= start + len(line):
                continue
            if title and _names_headline_unit(text, h.end, h.entry, title):
                out.append(replace(h, zone="title"))
            elif _PORTAL.match(text, h.end):  # the government's own portal: the site's place, as a host
                out.append(replace(h, zone="source", host=True, actor=False))
    return out

