"""Place of a report, read from its text: the division whose mobilization it describes, with evidence.

`detect_place(rep, simplified)` looks at the repaired, simplified text of one document (the
pipeline's `Analysis.repaired` and `.simplified`) and returns a `PlaceGuess`: a census division
code with the span that decided it and a confidence, or an explicit unknown with the reason
(national report, Hong Kong or Macau, no place named, names that stay ambiguous).

How (see docs/places.md):
1. Every division name and short form is found in one pass of an Aho-Corasick automaton
   (`gazetteer.automaton`), leftmost-longest, so 中心城区 and 新华网 are read as the words they are.
2. A hit counts where a reader would look for the reporting unit: the headline (the first body
   line), the dateline and source lines (来源, 作者, 通讯员, 本报…讯), and the body; navigation,
   link lists, teasers and page furniture are left out. Weights: headline 4, source line 3, body 1;
   a name followed by 委, 党委, 政府, 组织部 … (the actor) counts double.
3. A short form followed by 街道, 社区, 镇 … names a township or street, not the county; a name
   that is also a common word (城区, 公安) and a one-character-stem name (和县) count only right
   after the name of a division above them (阳泉市城区) or, for the latter, after no Han character.
4. A name shared by several divisions (城关区, 鼓楼区, 朝阳) is resolved by the divisions above or
   below it named in the same text; unresolved it is left out (never guessed).
5. A parent named right before its child (甘肃陇南市宕昌县) only qualifies the child, and the child
   so introduced (or followed by a township of it) counts double; a media outlet's name (深圳新闻网)
   is the host, used only when nothing else is named; a destination (驰援武汉) does not count.
6. The winner is the division with the most weight; a prefecture or province replaces it when
   it is named and its children are listed (a report about the whole city lists its counties).
7. A prefecture above the one district the body introduces formally or as the actor gives way
   to it (武汉 in the headline, 武汉市武昌区 in the body).
8. No place when several provinces share the weight or are listed together, when a central organ
   acts and the place is only in the body, or when overseas Chinese are the headline's actor.
9. An event named after a place (芦山地震) counts half; 我省/我市/我县 name the one division of that
   kind the text names; the body's full name of a unit the headline names without its place
   (市中心医院 → 驻马店市中心医院) counts as the headline; a place a team was sent to stays its
   destination; a single passing mention loses to the page's own outlet.
10. A province's one-character abbreviation (晋, 豫, 鄂) is read only in the contexts of
   data/province_abbreviation_contexts.csv (中央在晋单位, 驻豫部队, 来京; 援鄂, 赴鄂 are destinations)
   and counts weakly, like 我省: it supports the one province already named (with none of its
   parts named) or is the only place named; it never beats a named county.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from .gazetteer import Entry, ancestors, automaton, divisions, place_words, township_keys, TOWNSHIP_SUFFIXES
from .lexicon import read_rows
from .repair import Repaired

ZONE_WEIGHT = {"title": 4.0, "source": 3.0, "body": 1.0}
# After a name, the actor: the Party committee, government or department of that place.
# A functional zone of the place (商洛高新区党工委) acts for it too.
_ACTOR = re.compile(r"(?:高新区|经开区|开发区|新区|园区)?"
                    r"(?:委|党委|党工委|管委会|政府|人民政府|组织部|宣传部|统战部|纪委|县委|市委|区委|州委|旗委|省委|"
                    r"应急管理局|卫健局|卫生健康局|防指|防办|防汛抗旱指挥部|"
                    # any bureau or department of its government (兰州市地震局, 四川省应急管理厅, 宕昌县水务局),
                    # not a person's post there (潼南区审计局副局长: someone from it)
                    r"(?:(?![市县区省州旗])[\u4e00-\u9fff]){1,5}?(?<!中心|医院|大学|学院|公司|集团)(?:局|厅)(?![长副]))")
# After a name, a media outlet or website of that place (深圳新闻网, 兰州晚报, 颍上先锋网, 阳城县融媒体中心):
# the host that published the page, which says the report is within its area, not which unit it is about.
_HOST = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:日报|晚报|早报|商报|都市报|报社|报业|新闻网|信息港|信息网|先锋网|"
                   r"电视台|广播电视台|广电|融媒体中心|融媒|新闻中心|频道|网(?![格点络上购店民友])|报(?=$|[社:：\s·]))")
# Before a name, a verb of going or sending to it (驰援武汉, 赶赴湖北, 运往深圳): the place is the
# destination of a team or of goods, not the unit whose mobilization is reported.
# 远在 (far away in: 远在内蒙古通辽市的一场暴雨) says the place is elsewhere, like a destination.
_DEST = re.compile(r"(?:远在|支援|驰援|援助|增援|赶赴|奔赴|抵达|到达|飞抵|运往|运抵|运至|转运至|送往|发往|前往|逆行|派往|帮扶)$")
_SENDS = re.compile(r"(?:支援|驰援|援助|增援|赶赴|奔赴|派往|对口支援|对口帮扶)")
# After a name, an event named after the place (“4·20”芦山7.0级地震, 玉树强震): the name says where the
# disaster struck, which may or may not be the unit reporting on its work: it counts half.
_EVENT = re.compile(r"(?:\d+(?:\.\d+)?级)?(?:特大|大|强)?(?:地震|强震|震灾|泥石流|山体滑坡|溃坝|溃堤|矿难|爆炸事故)")
# An informant (记者从青海省民政厅获悉, 据县应急局介绍, 根据省气象台数据显示): the unit the news came from, not the one
# acting; it counts half, never as the actor. The verb of telling closes the same clause.
_INFORMANT_BEFORE = re.compile(r"(?:从|据|根据|经)$")
_INFORMANT_VERB = re.compile(r"[^，。；！？,;!?\n]{0,24}?(?:获悉|了解到|得知|介绍|透露|通报|统计|显示|消息|称|表示)")
# The last word of an institution's name (中心医院, 卫健局, 第一中学, 消防救援支队).
_INSTITUTION = re.compile(r"(?:医院|卫生院|中心|局|委员会|院|所|站|公司|集团|学校|学院|大学|中学|小学|支队|大队|队|办公室|协会|银行)$")
# Self-reference by level (我省, 我市, 我县): the unit speaks of itself; it names the one division of that
# level the text names (our province = the one province named).
# 全县, 全旗 (the whole county) speak of the same unit. (安全区, 健全县级… hold 全 as the tail of another
# word; 全市场, 全区域 are no units.) A bare organ (县委, 县直单位) is not read: any report names its county's.
_SELF = re.compile(r"(?:我|(?<![安健齐周完保万两顾成])全)(省|市|州|盟|县|区|旗)(?![场域级])")
# After a name, a township, street or village of it (龙潭区江北乡, 芙蓉区东湖街道): an address, the
# way a report introduces the place where things happen.
_SUBUNIT = re.compile(r"(?!乡村)(?:(?![等和与及])[\u4e00-\u9fff]){1,6}?(?:乡|镇|街道|社区|村|苏木|嘎查)(?![民委务庄])")
# A line that names the source, author or correspondent of the report.
_SOURCE_LINE = re.compile(r"来源|来自[:：]|作者|通讯员|记者|供稿|稿源|撰稿|出处|发布单位|信息来源")
# A sentence goes on after a full stop: such a line is narrative (记者来到…村。村民…), not a byline.
_SENTENCE_INSIDE = re.compile(r"。\s*\S")
# The opening of a dispatch: 本报宕昌讯, 新华社兰州2月3日电 (the prefix names where it comes from).
_DISPATCH = re.compile(r"^[\s　]*[（(]?[^，。,.\n]{2,24}?(?:讯|日电|电)[）)]?")
_BYLINE_MARKERS = ("记者", "来源", "作者", "通讯员", "供稿", "稿源", "撰稿")
# A national news agency opening a dispatch (新华社北京3月12日电, 中新社成都…): the city after it is the bureau
# the story was filed from, not the unit it is about; it counts as a body mention.
# (the outlets are listed in data/national_outlets.csv, read by _agency_pattern)
# Words that say a report is about the whole country or the centre, not one place.
_NATIONAL = re.compile(r"全国|中共中央|党中央|国务院|中央组织部|中组部|中央和国家机关|国家卫健委|国家卫生健康委")
# A central organ or all provinces as the actor (中国地震局党组, 国家卫健委, 29个省份): a place named only
# in the body is then where the story happened, not the reporting unit.
_NATIONAL_ACTOR = re.compile(r"中共中央|国务院|中央组织部|中组部|中央和国家机关|国家卫健委|国家卫生健康委|"
                             r"(?:国家|中国)[\u4e00-\u9fff]{1,6}?(?:局|总局|委员会|部)(?:党组|党委)")
# A national outlet as the source (新华社, 人民日报 …): with 全国 in the lead, a place named only in the body
# once or twice is the story's example (a village among the country's 12.8万个贫困村), not its unit.
# A report that says it spans the provinces (29个省份, 各省区市): several places, none of them the unit.
_ALL_PROVINCES = re.compile(r"(?:\d+|[二三四五六七八九十]+)个省(?:份|区市|市区)|各省(?:份|区市)")
# Overseas Chinese as the actor of the headline (海外华侨华人驰援湖北): no Chinese division reports.
_OVERSEAS = re.compile(r"华侨|华人|侨胞|侨界|侨团")
# Places outside the census divisions: the report is about them, the table has no code for them.
_OUTSIDE = {"香港": "Hong Kong", "澳门": "Macau", "台湾": "Taiwan"}
_OUTSIDE_RE = re.compile("|".join(_OUTSIDE))
_HAN = re.compile(r"[\u3400-\u9fff]")
# Function words after which a one-character-stem name (泾县, 和县) begins a new word: 安徽省工商联和泾县工商联,
# 位于泾县 (after 委 or 第一代 it would be the tail of another word: 市委和县委); and after the Party's 中共
# (中共宁县县委组织部).
_FUNCTION_CHARS = set("和与及或在于从到至向对由为是的赴")
# A line naming the site, not the story: a list of sites (中国政府网 | 山西省人民政府), a welcome line, an
# app or mobile edition's name. The host's place is not the report's.
_SITE_LINE = re.compile(r"(?:网|网站|政府)\s*[|｜]\s*\S|^\W*欢迎(?:来到|访问|光临|您)|"
                        r"(?:移动版|手机版|客户端|官方网站|门户网站)\W*$")
# A short line of navigation: a breadcrumb (人民网>>内蒙古频道>>…, 首页 > 盟市 > 通辽 > 正文, 当前位置:…).
_BREADCRUMB = re.compile(r"[>＞»]{2}|[>＞][^>＞\n]+[>＞]|^\W*(?:当前位置|您的位置|您所在的位置|所在位置)")
# A picture caption (图①, 图为, ……摄): an example shown, often from elsewhere.
# An outlet's name opening a line with a column word: the column's kicker above the headline
# (中国共产党新闻网独家连线四川省委组织部, 某某日报专稿), which names the outlet's informant, not the report's place.
_KICKER = re.compile(r"^\W*[\u4e00-\u9fff]{1,10}?(?:网|报|电视台|广播电台|通讯社)[\s:：]*(?:独家|连线|专稿|特稿|专访|访谈|快讯|稿件)")
CAPTION = re.compile(r"^\W*(?:图[①-⑳\d一二三四五六七八九十]+|图为|上图|下图|左图|右图|图片说明)|"
                      r"(?:摄|供图|摄影)\W*$")


@lru_cache(maxsize=1)
def _national_outlets() -> tuple[dict[str, str], ...]:
    return read_rows("national_outlets.csv")


@lru_cache(maxsize=1)
def _agency_pattern() -> re.Pattern[str]:
    """A national outlet opening a dispatch (新华社北京…电, 中广网北京…消息), right before the city.

    >>> bool(_agency_pattern().search("中广网")), bool(_agency_pattern().search("甘肃日报"))
    (True, False)
    """
    names = sorted((r["name"] for r in _national_outlets() if r["dateline"] == "yes"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, names))})(?:记者)?$")


@lru_cache(maxsize=1)
def _national_outlet_pattern() -> re.Pattern[str]:
    """A national outlet named anywhere (新华社, 人民日报 …), for the 全国 rule."""
    names = sorted((r["name"] for r in _national_outlets() if r["national"] == "yes"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


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


# ---------------------------------------------------------------------------- zones of the text

@dataclass(frozen=True)
class Zone:
    """A span of the analysed text and where it stands in the page (title, source, body)."""

    start: int
    end: int
    kind: str


READ_HEAD, READ_TAIL = 20_000, 3_000  # characters of a page read for its place and date


def read_window(zones: list[Zone], length: int, head: int = READ_HEAD, tail: int = READ_TAIL) -> list[Zone]:
    """The zones clipped to the first `head` and the last `tail` characters of a text of `length`.

    A report's headline, source line and lead stand at its top and a page footer at its end;
    reading only these keeps place and date detection cheap and bounded on a 200 MB file (which
    is no single report anyway).

    >>> read_window([Zone(0, 50, "title"), Zone(51, 300, "body")], 300, head=100, tail=20)
    [Zone(start=0, end=50, kind='title'), Zone(start=51, end=100, kind='body'), Zone(start=280, end=300, kind='body')]
    """
    if length <= head + tail:
        return zones
    out: list[Zone] = []
    for lo, hi in ((0, head), (length - tail, length)):
        out.extend(Zone(max(z.start, lo), min(z.end, hi), z.kind) for z in zones if z.start < hi and z.end > lo)
    return out


def zones_of(rep: Repaired, simplified: str) -> list[Zone]:
    """The headline, source lines and body of a repaired text, as spans of its simplified text.

    Lines of the repaired and the simplified text correspond one to one (conversion keeps line
    breaks), so each line of the simplified text takes the zone of its repaired line.

    >>> from mobilization.repair import repair
    >>> rep = repair("甘肃宕昌:临时党支部建起来\\n2021-11-26 来源:宕昌县委组织部\\n全县建立临时党支部143个。\\n")
    >>> [(z.kind, rep.text[z.start:z.end].strip()) for z in zones_of(rep, rep.text)][:2]
    [('title', '甘肃宕昌:临时党支部建起来'), ('source', '2021-11-26 来源:宕昌县委组织部')]
    """
    lines_r = rep.text.split("\n")
    lines_s = simplified.split("\n")
    if len(lines_r) != len(lines_s):  # never expected; fall back to the simplified lines alone
        lines_r = lines_s
    kinds = _boilerplate_index(rep)
    has_body = bool(rep.body)
    out: list[Zone] = []
    captions: list[Zone] = []  # picture captions, read only when the page is nothing else
    title_seen = False
    subtitle_ok = False  # the line before was the headline
    pos_r = pos_s = 0
    for line_r, line_s in zip(lines_r, lines_s):
        start, end = pos_s, pos_s + len(line_s)
        pos_r_line = pos_r
        pos_r += len(line_r) + 1
        pos_s = end + 1
        if not line_s.strip():
            continue
        first = pos_r_line + (len(line_r) - len(line_r.lstrip()))
        kind = _line_kind(line_s, rep.in_body(first) if has_body else True, kinds(first))
        stripped = line_s.strip()
        if kind and len(stripped) <= 120 and CAPTION.search(stripped) and not _SITE_LINE.search(stripped):
            captions.append(Zone(start, end, "body"))
            continue
        if kind and (_SITE_LINE.search(stripped) or len(stripped) <= 120 and _BREADCRUMB.search(stripped)):
            continue
        if kind == "body" and not title_seen and len(stripped) <= 40 and _KICKER.match(stripped):
            continue  # a column's kicker above the headline (人民网独家连线…), not the headline
        if kind == "body" and not title_seen and _HAN.search(line_s) and len(stripped) <= 80:
            kind, title_seen, subtitle_ok = "title", True, True
        elif kind == "body" and subtitle_ok and len(stripped) <= 40 and "。" not in stripped:
            kind, subtitle_ok = "title", False  # a short line right under the headline: its subtitle
        elif kind == "body":
            title_seen, subtitle_ok = True, False
            m = _DISPATCH.match(line_s)
            if m and _HAN.search(m.group()):
                out.append(Zone(start, start + m.end(), "source"))
                start += m.end()
        if kind:
            out.append(Zone(start, end, kind))
    if not any(z.kind != "source" for z in out):  # a page that is only a photo and its caption
        out = sorted(out + captions, key=lambda z: z.start)
    return read_window(out, len(simplified))


def _boilerplate_index(rep: Repaired):
    spans = sorted(rep.boilerplate)
    starts = [s.start for s in spans]

    def kind_at(i: int) -> str:
        k = bisect_right(starts, i) - 1
        return spans[k].kind if k >= 0 and spans[k].start <= i < spans[k].end else ""

    return kind_at


def _line_kind(line: str, in_body: bool, boilerplate: str) -> str:
    """title/source/body for a line of the page; "" for navigation, teasers and furniture.

    >>> _line_kind("2020-02-04 来源:山西组工", False, "dateline"), _line_kind("首页 社会", False, "marker:首页")
    ('source', '')
    >>> _line_kind("(本报记者 白雪 通讯员 刘春梅)", True, ""), _line_kind("全县建立143个支部。", True, "")
    ('source', 'body')
    """
    short = len(line.strip()) <= 120
    if in_body:
        return ("source" if short and _SOURCE_LINE.search(line) and len(line.strip()) <= 60
                and not _SENTENCE_INSIDE.search(line.strip()) else "body")
    if boilerplate == "dateline" or (boilerplate.startswith(("marker:", "end:")) and
                                     any(w in boilerplate for w in _BYLINE_MARKERS)):
        return "source"
    if boilerplate.startswith("end:") and short and _SOURCE_LINE.search(line):
        return "source"
    return ""


def _zone_index(zones: list[Zone]):
    starts = [z.start for z in zones]

    def zone_at(i: int) -> str:
        k = bisect_right(starts, i) - 1
        return zones[k].kind if k >= 0 and zones[k].start <= i < zones[k].end else ""

    return zone_at


# ---------------------------------------------------------------------------- hits

def _ranges(zones: list[Zone], length: int) -> list[tuple[int, int]]:
    """The stretches of text the zones cover, merged (a name may run over a line break's edge by
    a few characters, so each stretch reaches 8 characters beyond its last zone).

    >>> _ranges([Zone(0, 5, "title"), Zone(6, 9, "body"), Zone(40, 50, "body")], 60)
    [(0, 17), (40, 58)]
    """
    out: list[tuple[int, int]] = []
    for z in sorted(zones, key=lambda z: z.start):
        if out and z.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], min(length, z.end + 8)))
        else:
            out.append((z.start, min(length, z.end + 8)))
    return out


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
    raw = []
    for lo, hi in _ranges(zones, len(text)):
        for end_index, entry in automaton().iter_long(text, lo, hi):
            start = end_index - len(entry.key) + 1
            zone = zone_at(start)
            if zone and (entry.codes or entry.qualified):
                raw.append((start, end_index + 1, entry, zone))
    hits: list[Hit] = []
    prev: tuple[int, int, Entry, str] | None = None
    last: Hit | None = None
    for start, end, entry, zone in raw:
        adjacent = prev is not None and prev[1] >= start - 1
        qualified = adjacent and _is_parent_of(prev[2], entry)
        follows = text[end:end + 3]
        one_char_stem = len(entry.key) == 2 and not entry.alias
        codes, needs = entry.codes, entry.qualified
        if needs:  # a district's short form: its district right after the parent (上海长宁), else pending
            by_parent = [c for c in needs if adjacent and any(p in ancestors(c) for p in prev[2].codes)]
            codes, needs = (tuple(by_parent), ()) if by_parent else (codes, needs)
            qualified = qualified or bool(by_parent)
        skip = (entry.common and not qualified
                or entry.alias and not qualified and entry.key[-1] not in _LEVEL_CHARS
                and not _whole_words(text, start, end)
                or (entry.alias or one_char_stem) and any(follows.startswith(w) for w in after_words)
                or one_char_stem and not qualified and start > 0 and _HAN.match(text[start - 1])
                and text[start - 1] not in _FUNCTION_CHARS and text[max(0, start - 2):start] != "中共")
        prev = (start, end, entry, zone)
        if skip:
            continue
        host = bool(_HOST.match(text, end))
        # the actor, or the sender of a team (庆阳市驰援兰州: 庆阳市 sends, 兰州 receives)
        actor = not host and bool(_ACTOR.match(text, end) or _SENDS.match(text, end))
        formal = qualified or bool(_SUBUNIT.match(text, end))
        dest = (bool(_DEST.search(text, max(0, start - 4), start)) or (
            last is not None and last.dest and text[last.end:start] in ("", "、", "和", "及", "与"))) \
            and not _reporter_travels(text, start)
        event = not actor and bool(_EVENT.match(text, end))
        if zone != "body" and _agency_pattern().search(text, max(0, start - 9), start):
            zone = "body"  # 新华社北京…电: the agency's bureau
        elif zone == "body" and _names_headline_unit(text, end, entry, title):
            zone = "title"  # the headline's 市中心医院 is the body's 驻马店市中心医院
        cited = text.rfind("《", max(0, start - 40), start) > text.rfind("》", max(0, start - 40), start)
        informant = bool(_INFORMANT_BEFORE.search(text, max(0, start - 2), start) and _INFORMANT_VERB.match(text, end))
        if informant:
            actor, zone = False, "body"
        last = Hit(start, end, text[start:end], codes, zone, actor, entry, formal, host, dest, needs, event,
                   cited=cited, informant=informant)
        hits.append(last)
    return hits


_LEVEL_CHARS = "省市县区州旗盟"
_WORD_WINDOW = 6  # characters each side of a bare short form that jieba segments to judge it


def _whole_words(text: str, start: int, end: int) -> bool:
    """Does a bare short form end where its word ends (jieba's segmentation of its sentence)?

    A bare short form (上高 for 上高县, 上海 for 上海市) is often two characters of other words
    (堤防上高高飘扬, 世界上海拔最高, 高亭镇安澜社区): its last character then begins a word that runs
    past it. A word that begins with the name (深圳特区, 海南岛) is fine, and so is a name whose first
    character the segmenter joined to the word before (和平潭综合实验区: 和 is the conjunction).
    Only a small window around the name is segmented (cached).

    >>> _whole_words("党旗在堤防上高高飘扬", 5, 7), _whole_words("甘肃宕昌临时党支部", 2, 4)
    (False, True)
    >>> _whole_words("是世界上海拔最高的", 3, 5), _whole_words("记深圳特区战疫", 1, 3)
    (False, True)
    """
    if not _crossing_word_possible(text, start, end):
        return True  # no dictionary word starts inside the name and runs past it: nothing to segment
    lo = max(0, start - _WORD_WINDOW)
    hi = min(len(text), end + _WORD_WINDOW)
    for stop in "\n。！？!?":  # the window stays within the sentence
        k = text.rfind(stop, lo, start)
        if k >= 0:
            lo = k + 1
        k = text.find(stop, end, hi)
        if k >= 0:
            hi = k
    for w_start, w_end in _word_spans(text[lo:hi]):
        if w_start + lo < end < w_end + lo:  # a word runs past the name's end ...
            return w_start + lo <= start  # ... fine only if it begins with the name
    return True


def _crossing_word_possible(text: str, start: int, end: int) -> bool:
    """Is there a dictionary word that starts inside text[start:end] and runs past its end?"""
    from .segment import jieba_tokenizer

    freq = jieba_tokenizer().FREQ
    return any(freq.get(text[p:q]) for p in range(start + 1, end) for q in range(end + 1, min(len(text), p + 5) + 1))


@lru_cache(maxsize=8192)
def _word_spans(window: str) -> tuple[tuple[int, int], ...]:
    from .segment import jieba_tokenizer

    out, pos = [], 0
    for word in jieba_tokenizer().lcut(window, HMM=False):
        out.append((pos, pos + len(word)))
        pos += len(word)
    return tuple(out)


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
    return any(level + unit[:k] in title and _INSTITUTION.search(unit[:k]) for k in range(len(unit), 2, -1))


def _is_parent_of(parent: Entry, child: Entry) -> bool:
    """Is some division `parent` may name above some division `child` may name?"""
    return any(p in ancestors(c) for c in child.codes for p in parent.codes)


@dataclass(frozen=True)
class AbbreviationRules:
    """data/province_abbreviations.csv and data/province_abbreviation_contexts.csv, ready to match."""

    provinces: dict[str, str]  # 晋 → 140000
    blocking: frozenset[str]  # every listed abbreviation, read or not (京津冀, 陕甘宁 name regions)
    cues: dict[str, str]  # 在 → place, 援 → destination
    not_before: tuple[str, ...]  # 现在, 以来: the cue is the tail of another word
    not_after: frozenset[str]  # 升 (晋升), 剧 (京剧)


@lru_cache(maxsize=1)
def abbreviation_rules() -> AbbreviationRules:
    """The abbreviation lexicon.

    >>> r = abbreviation_rules(); r.provinces["晋"], r.cues["援"], "宁" in r.provinces
    ('140000', 'destination', False)
    """
    rows = read_rows("province_abbreviations.csv")
    contexts = read_rows("province_abbreviation_contexts.csv")
    return AbbreviationRules(
        provinces={r["abbreviation"]: r["province_code"] for r in rows if r["province_code"]},
        blocking=frozenset(r["abbreviation"] for r in rows),
        cues={r["text"]: r["kind"] for r in contexts if r["kind"] in ("place", "destination")},
        not_before=tuple(r["text"] for r in contexts if r["kind"] == "not_before"),
        not_after=frozenset(r["text"] for r in contexts if r["kind"] == "not_after"))


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    """An abbreviation right after a context character (在晋, 援鄂)."""
    rules = abbreviation_rules()
    return re.compile(f"(?<=[{re.escape(''.join(rules.cues))}])[{re.escape(''.join(rules.provinces))}]")


def find_abbreviations(text: str, zones: list[Zone]) -> list[Hit]:
    """Province abbreviations in their contexts (中央在晋单位 → 山西, 援鄂医疗队 → 湖北 as a destination).

    A cue that closes another word (现在京, 推进京) is none; an abbreviation followed by a character
    that makes another word (晋升, 京剧) or by another abbreviation (京津冀) is not read, nor one that
    begins a census name (在晋城, 来京山).

    >>> z = [Zone(0, 80, "body")]
    >>> [(h.surface, h.codes, h.dest) for h in find_abbreviations("中央在晋单位和援鄂医疗队", z)]
    [('晋', ('140000',), False), ('鄂', ('420000',), True)]
    >>> find_abbreviations("他在晋升后在晋城工作，现在京剧团，在京津冀，来京山", z)
    []
    """
    rules = abbreviation_rules()
    zone_at = _zone_index(zones)
    out: list[Hit] = []
    pattern = _abbreviation_pattern()
    for lo, hi in _ranges(zones, len(text)):
        for m in pattern.finditer(text, max(lo, 1), hi):
            i = m.start()
            code, kind, zone = rules.provinces[text[i]], rules.cues[text[i - 1]], zone_at(i)
            if not zone:
                continue
            nxt = text[i + 1:i + 2]
            if nxt and (nxt in rules.not_after or nxt in rules.blocking):
                continue
            if any(text.endswith(w, 0, i) for w in rules.not_before):
                continue
            names = automaton().iter_long(text, i - 1, min(len(text), i + 12))
            if any(e - len(entry.key) + 1 <= i for e, entry in names):
                continue  # a census name (晋城, 京山) or a word of place_words begins at or covers it
            out.append(Hit(i, i + 1, text[i], (code,), zone, False, Entry(text[i], (code,), True, False, False),
                           dest=kind == "destination", abbreviation=True))
    return out


def _abbreviation_support(abbreviations: list[Hit], score: dict[str, float],
                          host: dict[str, float], sent_to: set[str]) -> dict[str, list[Hit]]:
    """Which province each abbreviation (中央在晋单位) supports: weak evidence, like 我省.

    It supports its province when that province is named and none of its parts is (a county named
    is more precise than 在晋), or when no place at all is named (nor a host within the province).
    A province a team was sent to (援鄂, 驰援湖北) is not supported by 在鄂 (the team's stay there).

    >>> h = Hit(0, 1, "晋", ("140000",), "body", False, Entry("晋", ("140000",), True, False, False), abbreviation=True)
    >>> list(_abbreviation_support([h], {}, {}, set())), list(_abbreviation_support([h], {"140000": 1.0}, {}, set()))
    (['140000'], ['140000'])
    >>> _abbreviation_support([h], {"140000": 1.0, "140522": 2.0}, {}, set()), _abbreviation_support([h], {"410000": 4.0}, {}, set())
    ({}, {})
    """
    out: dict[str, list[Hit]] = defaultdict(list)
    for h in abbreviations:
        code = h.codes[0]
        if h.dest or code in sent_to:
            continue
        if not score:
            if not any(c == code or code in ancestors(c) for c in host):
                out[code].append(h)
        elif code in score and not any(code in ancestors(c) for c in score):
            out[code].append(h)
    return dict(out)


# ---------------------------------------------------------------------------- resolution

_TOWNSHIP_END = re.compile("|".join(TOWNSHIP_SUFFIXES))


@lru_cache(maxsize=1)
def _township_lookup() -> tuple[dict[str, tuple[str, ...]], int]:
    keys = township_keys()
    return keys, max(map(len, keys))


def find_townships(text: str, zones: list[Zone], hits: list[Hit]) -> list[Hit]:
    """Township names with their suffix (赤溪镇, 家朋乡, 荷花池街道, 乌盖苏木) in the counted zones,
    outside the division names already found; `codes` are the census counties holding one so named.

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
            start = next((end - n for n in range(min(longest, end - last_end), 2, -1) if text[end - n:end] in keys), -1)
            if start < 0:
                continue
            key, codes, last_end = text[start:end], keys[text[start:end]], end
            zone = zone_at(start)
            k = bisect_right(taken, (start, len(text)))
            inside = any(s < end and start < e for s, e in taken[max(0, k - 2):k + 1])
            if not zone or inside:
                continue
            entry = Entry(key, codes, False, False, False)
            out.append(Hit(start, end, text[start:end], codes, zone, False, entry, township=True))
    return out


def resolve_townships(townships: list[Hit], resolved: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """Each township with its county: the only one in the country so named, or the only one within a
    province, prefecture or county the text names (赤溪镇 is in four counties; with 温州 named, 苍南县's).
    Names shared within what the text names (城关镇, 新华街道) give nothing. A county's short form does
    not narrow them (和政 is also 党委和政府's 和政): only full names and short forms of provinces and
    prefectures (温州, 浙江) do.

    >>> t = find_townships("赤溪镇和家朋乡", [Zone(0, 9, "body")], [])
    >>> [c for _, c in resolve_townships(t, [])]
    ['341824']
    """
    table = divisions()
    named = {c for h, c in resolved if not h.dest and (not h.entry.alias or table[c].level != "county")}
    out = []
    for h in townships:
        codes = h.codes if len(h.codes) == 1 else tuple(
            c for c in h.codes if c in named or set(ancestors(c)) & named)
        if len(codes) == 1:
            out.append((replace(h, codes=codes), codes[0]))
    return out


def resolve(hits: list[Hit]) -> list[tuple[Hit, str]]:
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
    """
    sure = {h.codes[0] for h in hits if len(h.codes) == 1 and not h.needs}
    sure_related = set(sure)
    for c in sure:
        sure_related.update(ancestors(c))
    out: list[tuple[Hit, str]] = []
    prev: Hit | None = None
    for h in hits:
        if h.needs:  # a district's bare short form names it only once the text has named it
            h = replace(h, codes=h.codes + tuple(c for c in h.needs if c in sure), needs=())
        if not h.codes:
            prev = h
            continue
        code = h.codes[0] if len(h.codes) == 1 else _choose(h, prev, sure, sure_related)
        if code:
            out.append((h, code))
        prev = h
    return out


def _choose(h: Hit, prev: Hit | None, sure: set[str], sure_related: set[str]) -> str:
    table = divisions()
    if prev is not None and prev.end >= h.start - 1:
        qualified = [c for c in h.codes if any(p in ancestors(c) for p in prev.codes)]
        if len(qualified) == 1:
            return qualified[0]
    supported = [c for c in h.codes if set(ancestors(c)) & sure or c in sure_related]
    if len(supported) == 1:
        return supported[0]
    # 新疆塔城 … 塔城市委: the one named in full elsewhere, when the others only contain it (塔城地区)
    named = [c for c in supported if c in sure]
    if len(named) == 1 and all(c == named[0] or c in ancestors(named[0]) for c in supported):
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


# ---------------------------------------------------------------------------- decision

def _weight(h: Hit) -> float:
    if h.dest:
        return 0.0
    return (ZONE_WEIGHT[h.zone] * (2.0 if h.actor or h.formal else 1.0) * (0.5 if h.event else 1.0)
            * (0.5 if h.cited or h.informant else 1.0))


def decide(resolved: list[tuple[Hit, str]], text: str = "", title: str = "") -> PlaceGuess:
    """The reporting unit from resolved hits (see the module docstring, steps 5 to 8).

    `title` is the headline's text (for the overseas-actor rule).

    >>> z = [Zone(0, 9, "title"), Zone(9, 200, "body")]
    >>> t = "秦皇岛下沉干部\\n海港区300人，山海关区200人，北戴河区100人，秦皇岛市共计600人。"
    >>> g = decide(resolve(find_hits(t, z)), t); g.name, g.level, g.confidence
    ('秦皇岛市', 'prefecture', 'high')
    """
    table = divisions()
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
    for h, code in _township_support(townships, in_full, sent_to):
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
    outside = _outside_weight(text)
    if _OVERSEAS.search(title) and not any(h.zone == "title" and not h.dest for h, _ in resolved):
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
    ranked = sorted(score, key=lambda c: (-score[c], -host.get(c, 0.0), first[c].start))
    best = _speaker(_drill_down(_level_up(ranked[0], score, host), score, count, best_hit), selves, score)
    part = best
    best = _headline_sections(_parts_of_one(best, score, resolved, text), resolved, text)
    best, organs = _organ_level(best, score, resolved, text)
    if best not in first:  # a prefecture never named, given by its parts: their mentions speak for it
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
    if (_NATIONAL_ACTOR.search(text[:300]) and not heard and not best_hit[best].actor
            and len(_NATIONAL_ACTOR.findall(text)) >= count[best]):
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
    if not heard and count[best] <= 2 and _NATIONAL.search(text[:800]) and _national_outlet_pattern().search(text[:400]):
        return _unknown("national report (a national outlet names one place in the body as an example)")
    if support < 2.0 and not heard:
        if host:  # a passing mention (a person's name 孙永顺) loses to the page's own outlet
            code = max(host, key=lambda c: (host[c], -first[c].start))
            h, d = first[code], table[code]
            return PlaceGuess(code, d.name, d.level, h.start, h.end, h.surface, "low", 1, "source")
        return _unknown("only one passing mention of a place")
    if rival >= support and not heard:
        return _unknown("two places named as often")
    confidence = _confidence(support, rival, where[best])
    h = best_hit.get(best) or first[best]
    d = table[best]
    return PlaceGuess(best, d.name, d.level, h.start, h.end, h.surface, confidence, count[best],
                      "+".join(z for z in ("title", "source", "body") if z in where[best]))


TOWNSHIP_WEIGHT = 1.0  # a township stands for its county like a bare mention (never doubled as an actor)


def _township_support(townships: list[tuple[Hit, str]], in_full: set[str],
                      sent_to: set[str]) -> list[tuple[Hit, str]]:
    """The townships that count: only when the text names no county-level unit in full (a short form
    such as 修水 may be a word or a person's name), each then stands for its county. A county named in full is the report's own
    word for its level: its townships add nothing to it (they would tip a prefecture's roundup that
    visits one county's towns down to that county), and a township of another county is a scene.

    >>> h = Hit(0, 3, "赤溪镇", ("330327",), "body", False, Entry("赤溪镇", ("330327",), False, False, False))
    >>> [c for _, c in _township_support([(h, "330327")], {"330300"}, set())]
    ['330327']
    >>> [c for _, c in _township_support([(h, "330327")], {"621223"}, set())]
    []
    """
    table = divisions()
    if any(table[c].level == "county" for c in in_full):
        return []
    return [(h, code) for h, code in townships if not h.dest and code not in sent_to]


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
    """
    table = divisions()
    found: dict[str, int] = defaultdict(int)
    for m in _SELF.finditer(text, 0, READ_HEAD):
        kind = m.group(1)
        named = [c for c in named_codes if table[c].name.endswith(kind)]
        if len(named) == 1:
            found[named[0]] += 1
    return dict(found)


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


# After a list of provinces, their count (甘肃、青海2省, 川滇两省, 三省区): the report speaks of them all.
_PROVINCE_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十]+)个?省(?:份|区|市|区市)?")


def _counted_provinces(resolved: list[tuple[Hit, str]], text: str) -> set[str]:
    """The provinces listed and then counted (向甘肃、青海2省划拨): the report is about all of them.

    >>> z = [Zone(0, 40, "body")]
    >>> t = "中央组织部向甘肃、青海2省划拨党费"
    >>> sorted(_counted_provinces(resolve(find_hits(t, z)), t))
    ['620000', '630000']
    >>> t = "甘肃、青海的党员"
    >>> _counted_provinces(resolve(find_hits(t, z)), t)
    set()
    """
    table = divisions()
    out: set[str] = set()
    for run in _counted_runs(resolved, lambda code: table[code].level == "province", _PROVINCE_COUNT, text):
        out.update(run)
    return out


def _counted_runs(resolved: list[tuple[Hit, str]], member, count: re.Pattern[str], text: str) -> Iterator[list[str]]:
    """Runs of two or more names that `member` accepts, each next to the last (joined by at most one
    character: 、 和), yielded when a count of them follows (甘肃、青海2省, 都兰、乌兰两县).

    >>> t = "都兰、乌兰两县受灾"
    >>> list(_counted_runs(resolve(find_hits(t, [Zone(0, 9, "body")])), lambda c: True, _PART_COUNT, t))
    [['632822', '632821']]
    """
    run: list[str] = []
    prev_end = -10
    for h, code in resolved:
        if not member(code):
            run = []
            continue
        run = run + [code] if h.start - prev_end <= 1 else [code]
        prev_end = h.end
        if len(run) >= 2 and count.match(text, h.end):
            yield run


def _opens_line(text: str, start: int) -> bool:
    """Is text[start] the first non-blank character of its line?"""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


# An organ of a unit named by its level alone (市地震局, 市委, 县政府, 区防指), at the start of a word: after
# no Han character or after a function word or a verb of answering (响应市委号召, 按照县委部署). Which unit it is
# the text does not say; its level says whether a city or a county acts (our and whole: 我市, 全县 likewise).
_BARE_ORGAN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及或在于从到至向对由为是的赴应照据经请受]))"
                         r"(省|市|州|盟|县|区|旗)(?![场民区县级里内外长]|委员|中心(?:城|区|地带|广场))"
                         r"(?:委|政府|人民政府|人大|政协|纪委|防指|防办|[\u4e00-\u9fff]{1,6}?(?:局|厅|委员会|委|办|中心|站|指挥部|防指))")
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
        if not inside(m.start()):
            out[m.group(1)] += 1
    return dict(out)


def _organ_level(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]],
                 text: str) -> tuple[str, int]:
    """The prefecture, when organs of an unnamed city act (市地震局, 市国资委) and no county's do,
    with how many such organs speak for it (0 when the rule does not apply).

    A city bureau's page names the district it works in (钟楼区北港街道) or the city only in passing
    (in a firm's name): the report is the city's. With a county's organs also acting (县委, 区防指)
    or the county a county-level city (its 市委 is its own), the best place stands.

    >>> t = "市地震局党员到钟楼区北港街道社区报到，响应市委号召。"
    >>> r = resolve(find_hits(t, [Zone(0, 40, "body")])); _organ_level("320404", {"320404": 2.0}, r, t)
    ('320400', 2)
    >>> t = "区委组织部和市地震局党员到钟楼区北港街道社区报到。"
    >>> r = resolve(find_hits(t, [Zone(0, 40, "body")])); _organ_level("320404", {"320404": 2.0}, r, t)
    ('320404', 0)
    """
    table = divisions()
    organs = _bare_organs(text, [(h.start, h.end) for h, _ in resolved])
    city = sum(organs.get(k, 0) for k in _CITY_LEVEL)  # 我市 alone is not enough: a district's paper says it too
    county = (sum(organs.get(k, 0) for k in _COUNTY_LEVEL)
              + sum(1 for m in _SELF.finditer(text, 0, READ_HEAD) if m.group(1) in _COUNTY_LEVEL)
              + sum(1 for h, c in resolved if h.actor and table[c].level == "county"))  # 拱墅区委 acts
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


# After a list of sibling divisions, their count (都兰、乌兰两县, 椒江、黄岩2区): the report speaks of them all.
_PART_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十]+)个?(?:县|区|市|旗|县区|县市|县市区|区县)")
# A line that is only a division's name and a colon: the heading of one section of a roundup (椒江区：).
_SECTION_HEAD = re.compile(r"[ \t　]*[:：][ \t　]*(?:\n|$)")


def _parts_of_one(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]], text: str) -> str:
    """The prefecture whose parts the report gives side by side, none of them its subject.

    A roundup in sections headed by two or more of its counties (椒江区： … 黄岩区： …), counties listed
    and counted (都兰、乌兰两县), or three or more of its counties named with none holding half their
    weight while the prefecture itself is not named: the report is about the prefecture.

    >>> z = [Zone(0, 80, "body")]
    >>> t = "都兰、乌兰两县出现强降雪，都兰县受灾。"
    >>> r = resolve(find_hits(t, z)); _parts_of_one("632822", {"632822": 3.0, "632821": 1.0}, r, t)
    '632800'
    >>> t = "都兰县受灾，乌兰县支援。"
    >>> r = resolve(find_hits(t, z)); _parts_of_one("632822", {"632822": 1.0, "632821": 1.0}, r, t)
    '632822'
    """
    parents = ancestors(best)
    if not parents or divisions()[best].level != "county":
        return best
    parent = parents[0]
    siblings = {c for c in score if parents[:1] == ancestors(c)[:1] and c != parent}
    if len(siblings) < 2:
        return best
    if any(best in run for run in _counted_runs(resolved, siblings.__contains__, _PART_COUNT, text)):
        return parent
    heads = {code for h, code in resolved
             if code in siblings and _opens_line(text, h.start) and _SECTION_HEAD.match(text, h.end)}
    if len(heads) >= 2:
        return parent
    if parent not in score and len(siblings) >= 3 and score[best] < 0.5 * sum(score[c] for c in siblings):
        return parent
    return best


_SECTION_LINE = 40  # a section heading is a short line without a full stop


def _headline_sections(best: str, resolved: list[tuple[Hit, str]], text: str) -> str:
    """The headline's prefecture when the county that weighs most heads a section of the body.

    A headline that names a prefecture (河北保定：党旗在一线飘扬) over a body whose county opens a
    short heading line (高碑店市千余名干部下沉镇村) is a roundup of the prefecture cut into sections,
    even when the page shows only the first: the prefecture. A county named in the headline, or
    met only inside sentences, keeps the report.

    >>> t = "河北保定：党旗飘扬\\n保定连日降雨。\\n  高碑店市干部下沉镇村\\n高碑店市组织党员。高碑店市转移群众。"
    >>> z = [Zone(0, 10, "title"), Zone(10, len(t), "body")]
    >>> _headline_sections("130684", resolve(find_hits(t, z)), t)
    '130600'
    """
    table = divisions()
    parents = ancestors(best)
    if table[best].level != "county" or not parents or table[parents[0]].level != "prefecture":
        return best
    parent = parents[0]
    in_title = {c for h, c in resolved if h.zone == "title" and not h.dest}
    if parent not in in_title or best in in_title:
        return best
    for h, code in resolved:
        if code != best or h.zone != "body":
            continue
        line_start = text.rfind("\n", 0, h.start) + 1
        line_end = text.find("\n", h.start)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if _opens_line(text, h.start) and len(line) <= _SECTION_LINE and "。" not in line:
            return parent
    return best


def _speaker(best: str, selves: dict[str, int], score: dict[str, float]) -> str:
    """The unit that speaks of itself (我省, 全省) when the places it names lie in two or more of its parts.

    A provincial paper's 我省多地受灾 with counties of two prefectures listed reports on the
    province; with the counties of one prefecture only, the best place stands.

    >>> _speaker("522632", {"520000": 2}, {"520000": 2.0, "522632": 5.0, "522732": 2.0})
    '520000'
    >>> _speaker("522632", {"520000": 2}, {"520000": 2.0, "522632": 5.0, "522633": 2.0})
    '522632'
    """
    for unit in selves:
        if unit in ancestors(best):
            branches = {_branch_of(c, unit) for c in score if unit in ancestors(c)}
            if len(branches) >= 2:
                return unit
    return best


def _drill_down(best: str, score: dict[str, float], count: dict[str, int], best_hit: dict[str, Hit]) -> str:
    """The one division below `best` the report is about, when it names no other part of `best`.

    A prefecture in the headline above one district that the body introduces with its parent or
    its township (武汉 … 位于武汉市武昌区的小区) or as the actor (鼓楼区委), named at least as often as
    the prefecture: the report is about that district.
    """
    below = [c for c in score if best in ancestors(c)]
    if not below or len({_branch_of(c, best) for c in below}) != 1:
        return best
    child = max(below, key=lambda c: (score[c], -len(ancestors(c))))
    h = best_hit.get(child)
    if h is not None and (h.formal or h.actor) and count[child] >= count[best]:
        return child
    return best


def _level_up(best: str, score: dict[str, float], host: dict[str, float] | None = None) -> str:
    """The prefecture (or province) above `best` when the report is about it and lists its parts.

    The parent replaces the child when it is named and either weighs as much as the child, or
    at least two other children are named and the child holds less than half of the children's
    weight. Applied again one level up (a province report that lists its prefectures).
    """
    for _ in range(2):
        parents = ancestors(best)
        parent = next((p for p in parents if p in score), "")
        if not parent:
            return best
        children = {c: s for c, s in score.items() if parent in ancestors(c) and c != parent}
        # weight of each direct-or-deeper child counted once per branch below the parent
        branch: dict[str, float] = defaultdict(float)
        for c, s in children.items():
            chain = (c,) + ancestors(c)
            top = chain[chain.index(parent) - 1]
            branch[top] += s
        own = branch.get(_branch_of(best, parent), score[best])
        spread = len(branch) >= 3 and own < 0.5 * sum(branch.values())
        # at equal weight the page's own host decides (开平市人民政府门户网站: the county-level city's page)
        tie_to_child = score[parent] == own and (host or {}).get(best, 0.0) > (host or {}).get(parent, 0.0)
        if (score[parent] >= own and not tie_to_child) or (spread and score[parent] >= 1.0):
            best = parent
        else:
            return best
    return best


def _branch_of(code: str, parent: str) -> str:
    chain = (code,) + ancestors(code)
    return chain[chain.index(parent) - 1] if parent in chain and chain.index(parent) > 0 else code


def _confidence(best: float, rival: float, zones: set[str]) -> str:
    if zones & {"title", "source"} and best >= 2 * rival and best >= 4:
        return "high"
    if best >= 1.5 * rival and best >= 3:
        return "medium"
    return "low"


def _national(text: str) -> bool:
    head = text[:300]
    return bool(_NATIONAL.search(head))


def _outside_weight(text: str) -> tuple[float, str] | None:
    """(how often, which) when Hong Kong, Macau or Taiwan is named in the first lines."""
    head = text[:400]  # a website named after them (中国台湾网) is a host, not the place
    # ... nor where a team from a division went (深圳市组织施工队伍驰援香港: that mention is the team's goal)
    found = [m.group() for m in _OUTSIDE_RE.finditer(head) if not _HOST.match(head, m.end())
             and not _DEST.search(head, max(0, m.start() - 4), m.start())]
    if not found:
        return None
    top = max(set(found), key=found.count)
    return 4.0 + found.count(top), f"{_OUTSIDE[top]} (no census division)"


def _unknown(reason: str) -> PlaceGuess:
    return PlaceGuess("", "", "", -1, -1, "", "", 0, "", reason)


def detect_place(rep: Repaired, simplified: str, zones: list[Zone] | None = None) -> PlaceGuess:
    """The reporting unit of one repaired document (`simplified` = its text converted by t2s).

    >>> from mobilization.repair import repair
    >>> rep = repair("鼓楼区：党员下沉社区\\n来源：福州市鼓楼区委组织部\\n我区建立临时党支部50个。\\n")
    >>> g = detect_place(rep, rep.text); g.code, g.name, g.confidence
    ('350102', '鼓楼区', 'high')
    """
    zones = zones_of(rep, simplified) if zones is None else zones
    title = " ".join(simplified[z.start:z.end] for z in zones if z.kind == "title")
    # abbreviations are weak evidence: they do not resolve ambiguous names (resolve) but are weighed by decide
    abbreviations = [(h, h.codes[0]) for h in find_abbreviations(simplified, zones)]
    hits = sorted(find_hits(simplified, zones) + _site_unit_hits(simplified, title), key=lambda h: h.start)
    resolved = resolve(hits)
    townships = resolve_townships(find_townships(simplified, zones, hits), resolved)
    return decide(resolved + abbreviations + townships, simplified, title)


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
