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

# A line that names the source, author or correspondent of the report.
_SOURCE_LINE = re.compile(r"来源|来自[:：]|作者|通讯员|记者|供稿|稿源|撰稿|出处|发布单位|信息来源")
# A sentence goes on after a full stop: such a line is narrative (记者来到…村。村民…), not a byline.
_SENTENCE_INSIDE = re.compile(r"。\s*\S")
# The opening of a dispatch: 本报宕昌讯, 新华社兰州2月3日电, 据新华社电, 河南商报电 (the prefix names where it comes from).
# 电 closes a dispatch only after its date or its agency, paper, site or station (日电, 社电, 报电, 网电, 台电, 专电): a
# headline or lead that begins with a word ending in 电 (庆阳供电公司…, 停电, 接到电话) is none (round r35).
_DISPATCH = re.compile(r"^[\s　]*[（(]?[^，。,.\n]{2,24}?(?:讯|[日社报网台专]电)[）)]?")
_BYLINE_MARKERS = ("记者", "来源", "作者", "通讯员", "供稿", "稿源", "撰稿")
_HAN = re.compile(r"[\u3400-\u9fff]")
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


_HEADLINE_MAX = 80  # characters a headline holds at most
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
    return read_window(out, len(simplified))


# A list item's bullet at the start of a line (• 甲校合唱团夺冠, · 某医疗队参加演练).
_BULLET = re.compile(r"^[ \t　]*[•·▪●◆■][ \t　]*(?P<item>\S.*)$")
_LINK_ITEM = 30  # characters a linked headline in such a list holds at most
_LINK_RUN = 4  # bulleted short lines in a row that make a list of links


def _link_list(lines: list[str]) -> set[int]:
    """The indices of lines that are a portal's bulleted list of links (other stories' headlines, a site's sections):
    four or more lines in a row, each a bullet and a short item (30 characters at most, no full stop, no date). The
    story's own lines may carry a bullet too (a page whose every paragraph is a list item), but they stand apart,
    between blank lines, or are long; a run of short bulleted lines is a menu, and its first item is no headline
    (round r37).

    >>> lines = ["新闻", "  • 甲校合唱团夺冠", "  • 乙区新泳池开放", "  • 丙会举办书法展", "  • 今晚有雾", "", "丙会举办书法展"]
    >>> sorted(_link_list(lines))
    [1, 2, 3, 4]
    >>> sorted(_link_list(["• 首页 > 新闻正文", "  • 某社区建起议事厅", "", "  • 2020-11-10 09:45:47", "  • 社区是基层治理的单元。"]))
    []
    """
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        m = _BULLET.match(line)
        item = m.group("item").strip() if m else ""
        if m and len(item) <= _LINK_ITEM and "。" not in item and not _DATED_ITEM.match(item):
            run.append(i)
            continue
        if len(run) >= _LINK_RUN:
            out.update(run)
        run = []
    return out


# The residue of a page's <title> or <meta> tag run into its text: the headline, then " - " and the section or the
# site's name (…义务植树 - 基层来稿 - 中共某市委宣传部,某市宣传部" />), closed by the tag's end.
_TAG_END = re.compile(r"[\"'][ \t]*/?>")
_TITLE_PARTS = re.compile(r"[ \t　]+[-－—|｜_][ \t　]+")


def _page_title(line: str) -> int:
    """Where the headline ends in a line that is a page's <title> or <meta> residue (-1 if the line is none).

    Such a line holds the tag's end (" />) and the page title's parts separated by a spaced dash or bar: the
    headline first, then the section and the site that made the page, with its keywords. The site's name is the
    page's maker (a city's propaganda office hosting a county's news), not a place of the story, and its list of
    keywords names it again and again; only the headline is read (round r37).

    >>> line = '——某县委宣传部干部周末义务植树 - 基层来稿 - 中共某市委宣传部,某市宣传部" /> '
    >>> line[:_page_title(line)]
    '——某县委宣传部干部周末义务植树'
    >>> _page_title("某县委宣传部深入社区 - 县区动态"), _page_title('<li id="g60kg"></li>')
    (-1, -1)
    """
    if not _TAG_END.search(line):
        return -1
    parts = _TITLE_PARTS.search(line)
    if not parts or not _HAN.search(line[:parts.start()]) or parts.start() > _HEADLINE_MAX:
        return -1
    return parts.start()


_RELATED_HAN = 20  # Chinese characters beside its date that make a dated line a headline, not a dateline


def _related_headline(line: str) -> bool:
    """Is a dated line after the story another story's headline (a related-news item), not the story's source?

    It names no source (来源, 记者, 编辑 …), does not open with its date (a dateline does, and then may name the
    outlet: 2020-02-04 某某日报), and holds a headline's worth of words beside its date.

    >>> _related_headline("某省人民代表大会常务委员会免职名单(2022年1月13日某省第十三届人民代表大会常务委员会...")
    True
    >>> _related_headline("2022-01-13 10:20 来源：某省新闻网"), _related_headline("发布时间：2022年1月13日 星期四")
    (False, False)
    >>> _related_headline("2020-02-04 市委组织部: 1 1 某某日报 c55251.html 1 划拨150万元党费用于疫情防控")
    False
    """
    if _SOURCE_LINE.search(line) or "编辑" in line or _DATED_ITEM.match(line):
        return False
    han = re.findall(r"[\u4e00-\u9fff]", re.sub(r"\d+\s*[年月日]", "", line))
    return len(han) >= _RELATED_HAN


_SHORT_BODY = 200  # characters of body before an end mark that cannot yet be a story
_END_SPAN_RATIO = 3  # how many times longer than that body the text after the mark must be


def _premature_end(rep: Repaired) -> int:
    """Where the text after an end mark in the page's head is read again as body (len+1 when it is not).

    An editor's line (責任編輯:某某 2024-04-28 來源:某某網) above the story, in a portal's header, closes the body
    repair found (a line of spam, a teaser) before the story has begun: when that body holds under 200
    characters and the text after the mark is three times as long, the story is what follows the mark.

    >>> from mobilization.repair import repair
    >>> page = ("在线观看免费视频网站,精品一区二区三区在线观看,免费高清视频在线观看网站,最新电影电视剧在线观看\\n\\n"
    ...         "某某报\\n某县党员全力抢险\\n\\n责任编辑:某某 2024-04-28 20:58:19 来源:某某网\\n\\n"
    ...         + "4月27日，某县普降暴雨，该县党员干部迅速投入抢险救灾工作。" * 10)
    >>> rep = repair(page); rep.text[_premature_end(rep):][:5]
    '4月27日'
    """
    body = sum(s.end - s.start for s in rep.body)
    for span in rep.boilerplate:
        if (span.kind == "after_end" and body < _SHORT_BODY and span.end - span.start >= _END_SPAN_RATIO * body
                and not any(b.start >= span.start for b in rep.body)):
            return span.start
    return len(rep.text) + 1


_KEYWORDS = re.compile(r"[,，、|｜]")  # a spam line is a list of search phrases (…资源,…一区,…在线)


def _headline_above_end(rep: Repaired, reopened: int) -> int:
    """Where the story's headline begins, when it stands last in the body that an end mark closed early (-1 if not).

    A portal prints the story's title, then its editor's or source line (发布时间:… 来源:中国网 责任编辑:某某), then the
    story. When that line closes repair's body too early (`_premature_end`), the body it closes holds what stood above
    it: a line of spam, a section's name and, last, the headline. The last line of that body is the headline when it is
    one: a short line of words (80 characters at most) that is no list of search phrases (two or more commas or bars).

    >>> from mobilization.repair import repair
    >>> page = ("在线观看免费视频网站,精品一区二区三区在线观看,免费高清视频在线观看网站,最新电影电视剧在线观看\\n\\n"
    ...         "某县党员全力抢险\\n\\n责任编辑:某某 2024-04-28 20:58:19 来源:某某网\\n\\n"
    ...         + "4月27日，某县普降暴雨，该县党员干部迅速投入抢险救灾工作。" * 10)
    >>> rep = repair(page); rep.text[_headline_above_end(rep, _premature_end(rep)):][:8]
    '某县党员全力抢险'
    >>> page = page.replace("某县党员全力抢险", "精品一区,免费视频,在线观看")
    >>> rep = repair(page); _headline_above_end(rep, _premature_end(rep))
    -1
    """
    if reopened > len(rep.text):
        return -1
    closed = [b for b in rep.body if b.end <= reopened]
    if not closed:
        return -1
    last = max(closed, key=lambda b: b.end)
    chunk = rep.text[last.start:last.end].rstrip()
    start = chunk.rfind("\n") + 1
    line = chunk[start:].strip()
    if not line or len(line) > _HEADLINE_MAX or not _HAN.search(line) or len(_KEYWORDS.findall(line)) >= 2:
        return -1
    return last.start + start + (len(chunk[start:]) - len(chunk[start:].lstrip()))


def _search_phrases(line: str) -> bool:
    """Is a line above the story a list of search phrases (a spam header: …精品无码,…中文字幕,…在线), not its headline?
    Three or more phrases between commas or bars, none a sentence (no full stop, no colon, no quote) and none
    of them spaced (a headline's two halves are split by a space or a dash, not a comma run): a page's keywords.
    A headline with one comma (某县：抢险，转移) is still read.

    >>> _search_phrases("国产精品无码视频,无码中文字幕在线,久久免费视频观看,成人精品在线")
    True
    >>> _search_phrases("某县党员抢险，转移群众，安置灾民"), _search_phrases("某县：党员干部抢险，群众安全转移")
    (False, False)
    """
    items = [x for x in re.split(r"[,，|｜]", line) if x.strip()]
    return (len(items) >= 3 and not re.search(r"[。！？!?:：“”\"\s—]", line)
            and all(re.fullmatch(r"[^\s。：:“”\"—]{4,24}", x) for x in items)
            and not any(re.search(r"[\u4e00-\u9fff]", x) is None for x in items)
            and bool(re.search(r"[A-Za-z]|在线|视频|免费|精品|无码|字幕", line)))


# A date stamp (2023-08-09 10:41:10, 2023年08月09日) right after the headline on one line.
_STAMP = re.compile(r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _headline_before_stamp(line: str) -> int:
    """Where the headline ends in a page's stamp line that begins with it (落实防汛救灾措施——某地抗洪一线见闻2023-08-09
    10:41:10 | 编辑:admin | 来源:某某网), or -1. A portal prints the headline, then its date, editor and source; a copy as
    text runs them into one line, which repair reads as the source line. The words before the date, 8 to 80
    characters with no label (来源, 发布, 时间 …) and no full stop, are the headline (round r38).

    >>> line = "某县党员干部抗洪一线见闻2023-08-09 10:41:10 | 编辑:admin | 来源:某某新闻网"
    >>> line[:_headline_before_stamp(line)]
    '某县党员干部抗洪一线见闻'
    >>> _headline_before_stamp("发布时间:2023-08-09 来源:某某网"), _headline_before_stamp("2023-08-09 来源:某某网")
    (-1, -1)
    """
    m = _STAMP.search(line)
    if not m:
        return -1
    head = line[:m.start()]
    words = head.strip()
    if not 8 <= len(words) <= _HEADLINE_MAX or re.search(r"[。:：|｜]|来源|发布|时间|日期|编辑|作者", words):
        return -1
    if len(re.findall(r"[\u4e00-\u9fff]", words)) < 8 or not re.search(r"[|｜]|来源|编辑|作者", line[m.end():]):
        return -1
    return len(head.rstrip())


_LIST_LINE = 40  # a headline in an e-paper's list of a page's stories is a short line without a full stop
_LIST_SPAN = 400  # characters a list of a page's headlines holds at most


def _headline_list(rep: Repaired) -> list[tuple[int, int]]:
    """The spans of "body" that are an e-paper's list of the page's headlines (版面导航, 标题导航), not a story.

    An e-paper page lists the titles of all the stories on it above the one shown (四川阿坝:青山绿水间 …, 湖南浏阳
    中和镇:提升志愿服务 …); the story's own title comes again right above its text. A stretch of two or more
    short lines without a full stop, one of which comes again later as a line of its own and another that does
    not, is that list: the other lines are other stories' headlines, and the story's title is read where it
    comes again. The list may open with itself run into one line (安全巡查排查风险各区县:… above 安全巡查 / 排查风险 /
    …: `run_together`), which does not make it a story's paragraph (round r34).

    >>> from mobilization.repair import repair
    >>> page = ("首页 | 版面导航 | 标题导航\\n第16版:寻找传统\\n某省甲县:青山绿水间\\n乙县丙镇:志愿服务进乡村\\n\\n版面目录\\n"
    ...         "2023年09月19日 星期二\\n乙县丙镇:志愿服务进乡村\\n" + "走在乙县丙镇的田间地头，整洁的道路让人心旷神怡。" * 6 + "\\n")
    >>> rep = repair(page); [rep.text[lo:hi].split() for lo, hi in _headline_list(rep)]
    [['某省甲县:青山绿水间', '乙县丙镇:志愿服务进乡村']]
    """
    out: list[tuple[int, int]] = []
    spans = sorted(rep.body, key=lambda b: b.start)
    last_seen: dict[str, int] | None = None  # each line of the page (stripped) → where it last begins
    for span in spans[:-1]:
        chunk = rep.text[span.start:span.end]
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        # the list may open with itself run into one line (安全巡查排查风险各区县:… over 安全巡查 / 排查风险 / …)
        lines = [ln for ln in lines
                 if len(ln) <= _LIST_LINE or not run_together(chunk, chunk.find(ln), chunk.find(ln) + len(ln))]
        if (len(lines) < 2 or span.end - span.start > _LIST_SPAN
                or any(len(ln) > _LIST_LINE or "。" in ln for ln in lines)):
            continue
        if last_seen is None:  # read once, for the first short span: not the rest of the page for each one
            last_seen, pos = {}, 0
            for ln in rep.text.split("\n"):
                last_seen[ln.strip()] = pos
                pos += len(ln) + 1
        again = [ln for ln in lines if last_seen.get(ln, -1) >= span.end]
        if again and len(again) < len(lines):
            out.append((span.start, span.end))
    return out


_TAIL_SENTENCE = re.compile(r"^[^|｜>＞»【\[]{12,}[。！？!?][”」』）)]?$")  # a whole short sentence, no link furniture
# (Not repair.story._sentence_line, which keeps a short clause in the body while repair sorts the page: it takes 10
# characters, a comma or semicolon at the end and any closers, for a summary's closing sections end so. These lines
# are the ones repair already called a sidebar, where a list of other stories' headlines also looks like clauses:
# here a line must be a whole sentence, ended by a full stop, with no link furniture and no leading date. Two tests.)
_DATED_ITEM = re.compile(r"^\W*\d{2,4}[-/.年]\d{1,2}")  # a related-news item that opens with its date


def _story_tail(rep: Repaired) -> set[int]:
    """Line starts of the short sentences that end the story, which repair took for a sidebar after it.

    Repair calls the lines after the last long paragraph a sidebar when there are three or more of
    them and they are short. But a story's last lines are often short whole sentences (库伦旗某镇的驻村
    第一书记赶回村里。): a line right after the body that is a sentence (it ends with a full stop, holds no
    link furniture and opens with no date) is the story's, and so is each such line after it; the first
    line that is not (一周新闻排行, 记者某某, 相关新闻) ends the story. (Since the eighth session repair keeps
    such a sentence of ten characters or more in the body itself unless it restates a figure of the body, as a
    picture's caption does; what is left here are such restating sentences, read as the story's.)

    >>> from mobilization.repair import repair
    >>> page = ("某县党员全力抢险\\n" + "4月27日，某县普降暴雨，该县120名党员干部迅速投入抢险救灾工作，群众安全转移。" * 3
    ...         + "\\n甲镇的120名党员干部连夜赶回村里组织转移。\\n乙镇的120名党员干部守在河堤上彻夜巡查。\\n精彩图片\\n某市召开会议\\n")
    >>> rep = repair(page); sorted(rep.text[i:i + 2] for i in _story_tail(rep))
    ['乙镇', '甲镇']
    """
    body_end = max((b.end for b in rep.body), default=0)
    out: set[int] = set()
    for span in rep.boilerplate:
        if span.kind != "sidebar" or not body_end or rep.text[body_end:span.start].strip():
            continue
        pos = span.start
        for line in rep.text[span.start:span.end].split("\n"):
            stripped = line.strip()
            if stripped:
                if not _TAIL_SENTENCE.match(stripped) or _DATED_ITEM.match(stripped):
                    break
                out.add(pos + len(line) - len(line.lstrip()))
            pos += len(line) + 1
    return out


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


# lines below that a long line must be made of, one after another, to be their list run together: a list of headlines
# holds more than a long headline wrapped over three lines below (关于某区2022年…发展 / 计划执行情况… / …草案的报告)
_RUN_PIECES = 4
_RUN_LOOKAHEAD = 80  # lines below it (blank or not) that are looked at


def run_together(text: str, start: int, end: int) -> bool:
    """Is a long line the short lines printed below it run into one (an e-paper's or portal's list of the page's
    headlines, printed once without breaks above the same list), not the story's first paragraph nor a headline? It
    is when it is made, from its start, of four or more of those lines one after another, and they cover at least
    half of it. A headline printed again below, wrapped over three lines, is no list.

    >>> t = "甲县党员抢险乙镇转移群众丙村干部预警丁市献血\\n第3版\\n甲县党员抢险\\n乙镇转移群众\\n丙村干部预警\\n丁市献血\\n"
    >>> run_together(t, 0, t.index("\\n"))
    True
    >>> t = "关于某区2022年发展计划执行情况的报告\\n关于某区2022年\\n发展计划执行情况\\n的报告\\n"
    >>> run_together(t, 0, t.index("\\n"))
    False
    >>> t = "甲县党员抢险，乙镇转移群众，丙村干部预警。\\n甲县党员抢险\\n"
    >>> run_together(t, 0, t.index("\\n"))
    False
    """
    line = text[start:end].strip()
    below = sorted({ln.strip() for ln in text[end:].split("\n", _RUN_LOOKAHEAD)[:_RUN_LOOKAHEAD]
                    if len(ln.strip()) >= 2} - {line}, key=len, reverse=True)
    pos = pieces = 0
    while pos < len(line):
        piece = next((ln for ln in below if line.startswith(ln, pos)), "")
        if not piece:
            break
        pos, pieces = pos + len(piece), pieces + 1
    return pieces >= _RUN_PIECES and 2 * pos >= len(line)
