"""Place, step 1 (zones): the headline, source lines and body of a page, the parts read for its place and date.

A name counts where a reader would look for the reporting unit: the headline (the first body line),
its subtitle, the dateline and source lines (来源, 作者, 通讯员, 本报…讯), and the body. Navigation
(breadcrumbs, lists of sites), link lists, teasers, a column's kicker, picture captions and page
furniture are left out. Only the first `READ_HEAD` and the last `READ_TAIL` characters are read.
`dates` reads the same zones.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..repair import Repaired
from .page_parts import (  # noqa: F401 (_related_headline, _search_phrases, run_together: used by dates and tests)
    _HAN, _HEADLINE_MAX, _SOURCE_LINE, _headline_above_end, _headline_before_stamp,
    _headline_list, _link_list, _page_title, _premature_end, _related_headline, _search_phrases, _story_tail, run_together)

# A sentence goes on after a full stop: such a line is narrative (记者来到…村。村民…), not a byline.
_SENTENCE_INSIDE = re.compile(r"。\s*\S")
# The opening of a dispatch: 本报宕昌讯, 新华社兰州2月3日电, 据新华社电, 河南商报电 (the prefix names where it comes from).
# 电 closes a dispatch only after its date or its agency, paper, site or station (日电, 社电, 报电, 网电, 台电, 专电): a
# headline or lead that begins with a word ending in 电 (庆阳供电公司…, 停电, 接到电话) is none (round r35).
_DISPATCH = re.compile(r"^[\s　]*[（(]?[^，。,.\n]{2,24}?(?:讯|[日社报网台专]电)[）)]?")
_BYLINE_MARKERS = ("记者", "来源", "作者", "通讯员", "供稿", "稿源", "撰稿")
# A line naming the site, not the story: a list of sites (中国政府网 | 山西省人民政府), a welcome line, an
# app or mobile edition's name. The host's place is not the report's.
# A portal's motto is such a line too: it calls the site "the online X" (真实温暖丰富的网上浙江!). So is the line that
# names the site's sponsor (主办:中共某省委政法委员会 承办:某某法治报社, 主办单位:某县人民政府): the body that runs the
# site, in its header or footer, not one at work in the story (round r34).
_SITE_LINE = re.compile(r"(?:网|网站|政府)\s*[|｜]\s*\S|^\W*欢迎(?:来到|访问|光临|您)|"
                        r"(?:移动版|手机版|客户端|官方网站|门户网站)\W*$|^.{0,16}的网上[\u4e00-\u9fff]{2,3}\W*$|"
                        r"^\W*(?:主办|承办|协办|主管)(?:单位)?[ \t　]*[:：]")
# A short line of navigation: a breadcrumb (人民网>>内蒙古频道>>…, 首页 > 盟市 > 通辽 > 正文, 当前位置:…).
_BREADCRUMB = re.compile(r"[>＞»]{2}|[>＞][^>＞\n]+[>＞]|^\W*(?:当前位置|您的位置|您所在的位置|所在位置)")
# A menu of a site's channels: five or more short words separated by blanks, maybe after a label
# (旗下栏目: 北京 上海 广东 河北 天津 …, 首页 时政 社会 图片 视频): navigation, not a headline.
_MENU = re.compile(r"^(?:\S{1,6}[:：]\s*)?(?:[\u4e00-\u9fff]{1,4}[ \t　]+){4,}[\u4e00-\u9fff]{1,4}$")
# An outlet's name opening a line with a column word: the column's kicker above the headline
# (中国共产党新闻网独家连线四川省委组织部, 某某日报专稿), which names the outlet's informant, not the report's place.
# A page set as a column of short phrases, one a line (a poster or video page: 疫情发生后 / 湛江市统筹… / 支援雷州市…):
# no line is a sentence or a label (来源:, 记者:); the short line under its first is the next phrase, not a subtitle.
_PHRASE = re.compile(r"^[^。！？!?:：]{1,20}$")


def _phrase_column(below: list[str]) -> bool:
    """Are the next three non-empty lines (under a headline's short second line) short phrases, one a line?

    >>> _phrase_column(["相关县(市)采样人员共计340人", "支援雷州市核酸采样", "", "共派遣34名核酸检测人员"])
    True
    >>> _phrase_column(["来源:湛江发布", "记者 王某", "4月7日，全市开展核酸采样。"])
    False
    """
    lines = [b.strip() for b in below if b.strip()][:3]
    return len(lines) == 3 and all(_PHRASE.match(b) for b in lines)


_KICKER = re.compile(r"^\W*[\u4e00-\u9fff]{1,10}?(?:网|报|电视台|广播电台|通讯社)[\s:：]*(?:独家|连线|专稿|特稿|专访|访谈|快讯|稿件)")
# A picture caption (图①, 图为, ……摄): an example shown, often from elsewhere.
# The credit may name the picture agency after a slash (某某 摄/视觉中国, 通讯员 某某 摄\视觉重庆): still a caption.
CAPTION = re.compile(r"^\W*(?:图[①-⑳\d一二三四五六七八九十]+|图为|上图|下图|左图|右图|图片说明)|"
                      r"(?:摄|供图|摄影)(?:[ \t　]*[/\\／|｜丨][ \t　]*[\u4e00-\u9fff]{2,8})?\W*$")


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

    The headline printed again below (a banner between the photos, a share card) is not read a second time:

    >>> rep = repair("钦州党员在行动\\n钦南区党员值守。\\n钦州党员在行动\\n钦南区党员送菜。\\n")
    >>> [rep.text[z.start:z.end].strip() for z in zones_of(rep, rep.text)]
    ['钦州党员在行动', '钦南区党员值守。', '钦南区党员送菜。']
    """
    lines_r = rep.text.split("\n")
    lines_s = simplified.split("\n")
    if len(lines_r) != len(lines_s):  # never expected; fall back to the simplified lines alone
        lines_r = lines_s
    kinds = _boilerplate_index(rep)
    has_body = bool(rep.body)
    reopened = _premature_end(rep)
    closed_headline = _headline_above_end(rep, reopened)  # the story's headline, right above the editor's line
    tail = _story_tail(rep)
    listed = _headline_list(rep)
    links = _link_list(lines_s)  # a bulleted list of other stories' headlines (round r37)
    body_end = max((b.end for b in rep.body), default=len(rep.text) + 1)
    out: list[Zone] = []
    captions: list[Zone] = []  # picture captions, read only when the page is nothing else
    title_seen = False
    subtitle_ok = False  # the line before was the headline
    headlines: set[str] = set()  # the headline's lines, as read
    pos_r = pos_s = 0
    for i, (line_r, line_s) in enumerate(zip(lines_r, lines_s)):
        start, end = pos_s, pos_s + len(line_s)
        pos_r_line = pos_r
        pos_r += len(line_r) + 1
        pos_s = end + 1
        if not line_s.strip():
            continue
        first = pos_r_line + (len(line_r) - len(line_r.lstrip()))
        if first < reopened <= len(rep.text) and rep.in_body(first) and first != closed_headline:
            continue  # the "body" the early end mark closed: a line of spam or a teaser above the story
        if any(lo <= first < hi for lo, hi in listed):
            continue  # an e-paper's list of the page's headlines: the other stories' titles are no headline
        if i in links:
            continue  # a portal's bulleted list of other stories (• 甲校合唱团夺冠): links, no headline or story
        in_body = rep.in_body(first) or first >= reopened or first in tail if has_body else True
        kind = _line_kind(line_s, in_body, "" if first >= reopened else kinds(first))
        if kind == "source" and not in_body and first > body_end and _related_headline(line_s):
            continue  # after the story, another story's headline with its date in it (…名单(2022年1月13日…): no source
        stripped = line_s.strip()
        cut = _page_title(line_s) if kind in ("body", "") else -1
        if cut >= 0:  # the page's <title> or <meta> text run into the page (in its body or
            # its header): its headline, then the site's name
            if not title_seen:
                lead = len(line_s) - len(line_s.lstrip())
                out.append(Zone(start + lead, start + cut, "title"))
                title_seen = True
            continue
        if kind and len(stripped) <= 120 and CAPTION.search(stripped) and not _SITE_LINE.search(stripped):
            captions.append(Zone(start, end, "body"))
            continue
        if kind and (_SITE_LINE.search(stripped) or len(stripped) <= 120 and _BREADCRUMB.search(stripped)
                     or _MENU.match(stripped)):
            continue
        if kind in ("title", "body") and stripped in headlines:
            continue  # the headline printed again (a banner between the photos, a share card): no second mention
        if kind == "body" and not title_seen and len(stripped) <= 40 and _KICKER.match(stripped):
            continue  # a column's kicker above the headline (人民网独家连线…), not the headline
        if kind == "body" and not title_seen and _search_phrases(stripped):
            continue  # a line of spam above the story (…精品无码,…中文字幕,…在线): no headline (round r38)
        if kind == "source" and not title_seen:
            head = _headline_before_stamp(line_s)
            if head > 0:  # the headline run into its date and source line (…一线见闻2023-08-09 10:41 | 来源:…)
                lead = len(line_s) - len(line_s.lstrip())
                out.append(Zone(start + lead, start + head, "title"))
                headlines.add(line_s[lead:head].strip())
                title_seen, start = True, start + head
        if kind == "body" and not title_seen and _HAN.search(line_s) and len(stripped) <= _HEADLINE_MAX:
            kind, title_seen, subtitle_ok = "title", True, True
        elif (kind == "body" and subtitle_ok and len(stripped) <= 40 and "。" not in stripped
              and not _phrase_column(lines_s[i + 1:i + 8])):
            kind, subtitle_ok = "title", False  # a short line right under the headline: its subtitle
        elif kind == "body":
            title_seen, subtitle_ok = True, False
            m = _DISPATCH.match(line_s)
            if m and _HAN.search(m.group()):
                out.append(Zone(start, start + m.end(), "source"))
                start += m.end()
        if kind == "title":
            headlines.add(stripped)
        if kind:
            out.append(Zone(start, end, kind))
    if not any(z.kind != "source" for z in out):  # a page that is only a photo and its caption
        out = sorted(out + captions, key=lambda z: z.start)
    return read_window(_headline_above_meta(out, simplified), len(simplified))


# A page's line of metadata under its headline, opening with the publication time (发布时间:, 发布日期:).
_META_LINE = re.compile(r"\s*(?:发布时间|发布日期)\s*[:：]")


def _headline_above_meta(zones: list[Zone], text: str) -> list[Zone]:
    """The zones with the page's own headline found right above its line of metadata (发布时间:…), when the
    lines read as the headline stand higher up: a site's header, its slogans or links to other stories, above the
    story. The line right above the metadata is a short phrase (no full stop) that was read as body; the headline
    taken before it and the lines between are the site's, and are not read (round r43).

    >>> t = "某某公司官网\\n色母粒生产商\\n某县党员冲在抗冰一线\\n发布时间: 2021-03-04\\n全县组建党员服务队。"
    >>> z = [Zone(0, 6, "title"), Zone(7, 13, "title"), Zone(14, 24, "body"), Zone(25, 41, "source"), Zone(42, 52, "body")]
    >>> [(x.kind, t[x.start:x.end]) for x in _headline_above_meta(z, t)][:2]
    [('title', '某县党员冲在抗冰一线'), ('source', '发布时间: 2021-03-04')]
    >>> z = [Zone(0, 6, "title"), Zone(7, 13, "title"), Zone(14, 24, "body"), Zone(42, 52, "body")]
    >>> _headline_above_meta(z, t) == z
    True
    """
    k = next((k for k, z in enumerate(zones) if z.kind == "source"), -1)
    if k < 2 or not _META_LINE.match(text, zones[k].start):
        return zones
    above = zones[k - 1]
    line = text[above.start:above.end].strip()
    if (above.kind != "body" or not line or len(line) > _HEADLINE_MAX or "。" in line
            or not any(z.kind == "title" for z in zones[:k - 1])
            or text.count("\n", above.end, zones[k].start) > 2):
        return zones
    return [Zone(above.start, above.end, "title")] + zones[k:]


# A list item's bullet at the start of a line (• 甲校合唱团夺冠, · 某医疗队参加演练).
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
