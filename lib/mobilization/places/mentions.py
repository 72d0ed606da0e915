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
short form is a whole word ...) are in `places.contexts`; the regexes of the roles, compiled from the cue words
of data/place_role_words.csv, in `places.cues`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Entry, ancestors, automaton, divisions, place_words
from ..lexicon import read_rows
from .contexts import (_COLUMN_TAG, _FIRM_AFTER, _FORUM_POST, _QUOTED_NAME, _RETURN_AFTER,  # noqa: F401
                       _TYPHOON_AFTER, _TYPHOON_BEFORE, _WORD_WINDOW, _credited_person, _crossing_word_possible, _forum_user,
                       _in_column_tag, _in_quoted_name, _left_behind, _qualifies_other, _river_name, _ordinary_word, _tail_of_township, _typhoon_name, _whole_words, _word_spans)
from .zones import _HAN, Zone, _ranges, _zone_index
from .cues import _alt, cues, role_words  # noqa: F401 (_alt: decide reads it from here)


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
    in_full = {c for _, _, e, _ in raw if not e.alias for c in e.codes}  # divisions named by their full name
    # short forms that are also words (北海, 安康, 康定) which the text names once with a parent (广西北海, 甘孜藏族自治州
    # 康定县): its own short name for that place, read bare elsewhere too (北海边防支队, 震后康定)
    said = {e.key for (_, a1, p, _), (b0, _, e, _) in zip(raw, raw[1:])
            if e.alias and a1 >= b0 - 1 and _is_parent_of(p, e)}
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
            qualified = qualified or bool(by_parent)
        skip = (entry.common and not qualified and entry.key not in said
                or entry.alias and not qualified and entry.key[-1] not in _LEVEL_CHARS
                and not _whole_words(text, start, end)
                or entry.alias and any(follows.startswith(w) for w in after_words)
                # a full name such as 涉县 before 医院 is its county hospital (涉县医院), not part of another name
                or one_char_stem and any(follows.startswith(w) for w in after_words if not cues().institution.search(w))
                or one_char_stem and not qualified and start > 0 and _HAN.match(text[start - 1])
                and text[start - 1] not in _FUNCTION_CHARS and text[max(0, start - 2):start] != "中共")
        skip = skip or _typhoon_name(text, start, end) or _forum_user(text, start)
        skip = skip or entry.alias and _credited_person(text, start, surnames)  # 责编:曾朝阳: a person credited
        # a short form that is also an ordinary word (天柱, 白玉 of 白玉春): a place only where the text says so
        skip = skip or (entry.alias and not qualified and entry.key not in said and _ordinary_word(entry.key)
                        and not _word_supported(text, start, end, entry, raw, in_full))
        # a short form that ends a township's bare name (独龙江 holds 龙江): the longer name is the word
        skip = skip or entry.alias and _tail_of_township(text, start, end, prev[1] if prev else 0)
        skip = skip or entry.alias and _river_name(text, start, end)  # 工作在怒江边: the river
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
        dest = (bool(cues().dest.search(text, max(0, start - 4), start)) or _left_behind(text, start, end)
                or text[start - 1:start] == "驻" and bool(_SUBUNIT.match(text, end)) or (
            last is not None and last.dest and text[last.end:start] in ("", "、", "和", "及", "与"))) \
            and not _reporter_travels(text, start)
        event = not actor and bool(cues().event.match(text, end))
        if zone != "body" and (_agency_pattern().search(text, max(0, start - 9), start)
                               or qualified and start <= bureau_end + 1):
            zone = "body"  # 新华社北京…电: the agency's bureau (新华社甘肃舟曲…电: its province, then its city)
            bureau_end = end
        elif zone == "body" and _names_headline_unit(text, end, entry, title):
            zone = "title"  # the headline's 市中心医院 is the body's 驻马店市中心医院
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
    return _stationed_organs(text, _zone_districts(text, _without_given_names(text, _without_titles(text, hits))))


def _stationed_organs(text: str, hits: list[Hit]) -> list[Hit]:
    """An organ of a division stationed in one of its parts (江苏省委驻睢宁帮扶工作队, 某市委驻某县工作组): the
    team works in the part, so the part named after 驻 is where the story happens (formal) and the division that
    sent the team is only its sender there, not the actor.

    >>> from mobilization.places import Zone
    >>> t = "江苏省委驻睢宁帮扶工作队看望留守儿童。"
    >>> [(h.surface, h.actor, h.formal) for h in find_hits(t, [Zone(0, len(t), "body")])]
    [('江苏省', False, False), ('睢宁', False, True)]
    """
    out = list(hits)
    for k in range(len(out) - 1):
        h, nxt = out[k], out[k + 1]
        if not h.actor or nxt.dest:
            continue
        m = cues().actor.match(text, h.end)
        if not m or text[m.end():nxt.start] != "驻":
            continue
        if not any(c in ancestors(n) for c in h.codes for n in nxt.codes):
            continue
        out[k] = replace(h, actor=False)
        out[k + 1] = replace(nxt, formal=True)
    return out


# A functional zone's full name and, in brackets right after it, the district that shares its government
# (乌鲁木齐经济技术开发区(头屯河区)政府: one administration with two names).
_ZONE_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|经开区|新区|园区)[(（]")


def _zone_districts(text: str, hits: list[Hit]) -> list[Hit]:
    """A city's name that opens a functional zone's name with its district in brackets (乌鲁木齐经济技术开发区
    (头屯河区)): the zone and the district are one administration, so the district is named formally, and acts when
    an organ follows the bracket (…(头屯河区)政府, …(头屯河区)区委宣传部); the city's name is the zone's qualifier,
    no mention of the city.

    >>> from mobilization.places import Zone
    >>> t = "乌鲁木齐经济技术开发区(头屯河区)政府慰问志愿者。"
    >>> [(h.surface, h.actor, h.formal) for h in find_hits(t, [Zone(0, len(t), "body")])]
    [('头屯河区', True, True)]
    """
    hits, drop = list(hits), set()
    for k, h in enumerate(hits):
        m = _ZONE_BRACKET.match(text, h.end)
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if not m or nxt is None or nxt.start != m.end() or text[nxt.end:nxt.end + 1] not in ")）":
            continue
        if not any(c in ancestors(n) for c in h.codes for n in nxt.codes):
            continue
        drop.add(k)
        acts = bool(cues().actor.match(text, nxt.end + 1))
        hits[k + 1] = replace(nxt, formal=True, actor=nxt.actor or acts)
    return [h for k, h in enumerate(hits) if k not in drop]


_WORD_MIN_FREQ = 50  # how common in jieba's dictionary a short form must be to be read as a word first


def _word_supported(text: str, start: int, end: int, entry: Entry, raw: list, in_full: set[str]) -> bool:
    """Does the text say that a short form which is also an ordinary word names the place: the division named in
    full anywhere in the text (天柱县), a division above it named in the same sentence (贵州…天柱), one of its
    organs or outlets right after it (白玉党委, 文成新闻网), or another place beside it in a list (宁海、象山、余姚)?
    A rare word (宕昌, 2 in jieba's counts) needs nothing.

    >>> from mobilization.gazetteer import entries
    >>> e = entries()["白玉"]
    >>> _word_supported("牧民白玉春清扫积雪。", 2, 4, e, [], set())
    False
    """
    from ..segment import jieba_tokenizer

    if jieba_tokenizer().FREQ.get(entry.key, 0) < _WORD_MIN_FREQ or not _county_level(entry.codes):
        return True
    if set(entry.codes) & in_full or cues().actor.match(text, end) or cues().host.match(text, end):
        return True
    if any(e is not entry and (s1 == start - 1 and text[s1] == "、" or s0 == end + 1 and text[end] == "、")
           for s0, s1, e, _ in raw):
        return True  # one of a list of places (鄞州、奉化、宁海、象山、余姚)
    lo = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    hi = min((k for k in (text.find(c, end) for c in "。！？!?\n") if k >= 0), default=len(text))
    above = {a for c in entry.codes for a in ancestors(c)}
    return any(lo <= s0 < hi and set(e.codes) & above for s0, _, e, _ in raw) or _headline_and_self(text, entry, raw)


def _headline_and_self(text: str, entry: Entry, raw: list) -> bool:
    """Does the text name a short form that is also a word in its headline and again elsewhere (the source line,
    the body), while it speaks of itself at that division's level (我县, 全县, 本县 for a 县)? A page that heads
    with 大厂 and says 我县 three lines later is the county's own; a word (比如, 清水) seldom heads a page, and
    never with the text speaking as the county it would name.

    >>> from mobilization.gazetteer import entries
    >>> e = entries()["大厂"]
    >>> t = "情暖大厂\\n我县开展无偿献血活动，传递大厂正能量。"
    >>> raw = [(2, 4, e, "title"), (17, 19, e, "body")]
    >>> _headline_and_self(t, e, raw), _headline_and_self(t.replace("我县", "工厂"), e, raw)
    (True, False)
    """
    zones = [z for _, _, e, z in raw if e is entry]
    if "title" not in zones or len(zones) < 2:
        return False
    table = divisions()
    suffixes = {table[c].name[-1] for c in entry.codes if c in table}
    return any(re.search(f"(?:我|全|本|该){s}(?![长委城])", text) for s in suffixes if s in "县区市旗")


def _origin(text: str, start: int, end: int) -> bool:
    """Is the name at `start` a person's origin (我来自江西新余, 他的老家在, 籍贯), not the story's place?

    A work unit after the name is where they were sent from, not their origin (他们来自黄石市机关事务管理局: the
    sender), and so is an institution of it (我来自萍乡市人民医院).

    >>> t = "我来自江西新余，她的老家是萍乡。回到家乡芦溪县。他们来自黄石市机关事务管理局"
    >>> _origin(t, t.index("江西"), t.index("江西") + 2), _origin(t, t.index("萍乡"), t.index("萍乡") + 2)
    (True, True)
    >>> _origin(t, t.index("芦溪县"), t.index("芦溪县") + 3), _origin(t, t.index("黄石市"), t.index("黄石市") + 3)
    (False, False)
    """
    return bool(cues().origin.search(text, max(0, start - 8), start)) and not _UNIT_AFTER.match(text, end)


# After a name, within its phrase, a work unit or institution (机关事务管理局, 人民医院, 中学, 公司 …).
_UNIT_AFTER = re.compile(r"[^，。；！？,;!?\n的]{0,12}?(?:局|厅|委|政府|单位|部门|医院|学校|大学|学院|中学|小学|公司|集团|中心|队)")


def _county_level(codes: tuple[str, ...]) -> bool:
    """Are all of the codes a county's or district's (not a province's or prefecture's)?

    >>> _county_level(("540425",)), _county_level(("440000",)), _county_level(("540400",)), _county_level(())
    (True, False, False, False)
    """
    table = divisions()
    return bool(codes) and all(table[c].level == "county" for c in codes)


# After a name, a transport line or its operator named after it (广西沿海铁路, 山东高速集团): the line's name, not the
# story's scene; not its bureau or station (铁路局, 高铁站) and not a list of the ways in (航空铁路公路全部正常).
_TRANSPORT_LINE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:铁路|高速|高铁)(?![局段处站]|公路)")

_QUOTED_HONOUR = 30  # the longest quoted honour's name read


def _in_honour(text: str, start: int, end: int) -> bool:
    """Is the name part of an honour's or prize's name, or its giver's (see `cues`)?

    >>> t = "该校被共青团广东省委员会命名为“广东省中学生志愿服务示范校”。她荣获全省优秀共产党员称号。广东省委部署"
    >>> [_in_honour(t, k, k + 3) for k in (t.index("广东省"), t.index("广东省", 15))]
    [True, True]
    >>> _in_honour(t, t.rindex("广东省"), t.rindex("广东省") + 3)
    False
    >>> t = "“山东老兵”志愿服务队荣获一等奖"; _in_honour(t, 1, 3)
    False
    """
    c = cues()
    opened = text.rfind("“", max(0, start - _QUOTED_HONOUR), start)
    if opened >= 0 and text.find("”", opened, start) < 0:
        closed = text.find("”", end, opened + _QUOTED_HONOUR + 2)
        if closed >= 0 and not re.search(r"[，。,；;！？]", text[opened:closed]) and c.honour.search(text, end, closed):
            return True
    lo = max(0, start - 10)
    return bool(c.honour_verb_before.search(text, lo, start) and c.honour_after.match(text, end)
                or c.giver.search(text, lo, start) and c.giver_after.match(text, end))


# After a name, an institution named after the place (徐州医科大学附属医院, 漯河食品职业学院) and one of its own organs
# (its Party committee or branch, its Youth League, its students' office): the institution acts, and it is the
# place's (a university's or hospital's city, as the codebook takes it).
# The name runs on without a word that joins two (的, 和, 与, 及, 等: 甘肃等地的兰州大学党委 is no 甘肃's).
_INSTITUTION_ORGAN = re.compile(r"(?:(?![的和与及等])[\u4e00-\u9fff]){0,10}?(?:大学|学院|医院)"
                                r"(?:(?![的和与及等])[\u4e00-\u9fff]){0,8}?(?:党委|党总支|党支部|团委|学生工作部|学生处)")


def _without_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without a surname and title read as a one-character-stem division (见“温县长”: Wen, the county
    head), when no other mention names that division.

    >>> from mobilization.places.zones import Zone
    >>> t = "在山西左权，见“温县长”不容易。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['山西', '左权']
    >>> t = "温县长说，温县党员下沉。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['温县', '温县']
    """
    def title(h: Hit) -> bool:
        return len(h.entry.key) == 2 and not h.entry.alias and bool(cues().title_after.match(text, h.end))
    named = {c for h in hits if not title(h) for c in h.codes}
    return [h for h in hits if not title(h) or set(h.codes) & named]


_LEVEL_CHARS = "省市县区州旗盟"


def _without_given_names(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without a short form that is a person's given name (吕建平 is no 建平县): every time it is named,
    twice or more, it stands right after the same common surname (data/place_role_words.csv), which is no part of
    another name (浙江宁波), and the text names its division in no other way.

    >>> from mobilization.places.zones import Zone
    >>> t = "吕建平是黄龙县的扶贫专干。吕建平说，黄龙县脱贫了。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['黄龙县', '黄龙县']
    >>> t = "浙江宁波党员下沉。浙江宁波志愿者出发。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['浙江', '宁波', '浙江', '宁波']
    """
    surnames = set(role_words().get("surname", ()))
    before: dict[str, set[str]] = defaultdict(set)
    for h in hits:
        mark = text[h.start - 1:h.start]
        if mark in surnames and any(o.start < h.start <= o.end for o in hits if o is not h):
            mark = ""  # 浙江宁波: 江 is the tail of 浙江, no surname
        before[h.surface].add(mark)
    count = Counter(h.surface for h in hits)

    def given_name(h: Hit) -> bool:
        marks = before[h.surface]
        return (h.entry.alias and h.surface[-1] not in _LEVEL_CHARS and count[h.surface] >= 2
                and len(marks) == 1 and next(iter(marks)) in surnames)
    named = {c for h in hits if not given_name(h) for c in h.codes}
    return [h for h in hits if not given_name(h) or set(h.codes) & named]


def _names_headline_unit(text: str, end: int, entry: Entry, title: str) -> bool:
    """Does the name begin the full name of a unit the headline names without its place?

    Headlines drop the place an institution is named after (市中心医院, 县人民医院); the body gives the
    name whole (驻马店市中心医院). The name's level character and at least three characters after it
    must stand in the headline.

    >>> e = Entry("驻马店市", ("411700",), False, False, False)
    >>> _names_headline_unit("成立驻马店市中心医院临时党支部", 6, e, "市中心医院把支部建在一线")
    True
    >>> _names_headline_unit("驻马店市中心城区", 4, e, "市中心医院把支部建在一线")
    False
    """
    level = entry.key[-1:]
    if not title or level not in "省市州盟县区旗":
        return False
    follows = re.match(r"[\u4e00-\u9fff]{3,8}", text[end:end + 8])
    if not follows:
        return False
    unit = follows.group()
    # a head of the unit's name, at least 3 characters after the level, ending in an institution's
    # word, that the headline holds (not any phrase: 全县党员干部 is no unit)
    return any(level + unit[:k] in title and cues().institution.search(unit[:k]) for k in range(len(unit), 2, -1))


def _is_parent_of(parent: Entry, child: Entry) -> bool:
    """Is some division `parent` may name above some division `child` may name?"""
    return any(p in ancestors(c) for c in child.codes for p in parent.codes)


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
