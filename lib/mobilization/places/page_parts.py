"""Place, step 1a (page parts): the lines of a page that are no part of its story, found by their shape.

Lists of links, a page's <title> residue, related headlines, a story's premature end mark, a line of search phrases,
a headline run into its stamp, an e-paper's list of a page's stories and the tail after the story. `zones` uses them
to cut a page into the parts read for its place and date (they moved here from `zones` when it grew past 500 lines).
"""
from __future__ import annotations

import re

from ..repair import Repaired

# A line that names the source, author or correspondent of the report.
_SOURCE_LINE = re.compile(r"来源|来自[:：]|作者|通讯员|记者|供稿|稿源|撰稿|出处|发布单位|信息来源")
_HAN = re.compile(r"[\u3400-\u9fff]")
_HEADLINE_MAX = 80  # characters a headline holds at most


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
