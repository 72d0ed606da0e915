"""Date of a report, read from its text: the printed publication date, with its precision and evidence.

`detect_date(text, zones)` looks for the date a page prints as its own (a dateline such as
`2020-02-19 11:44:27 来源:河北日报`, `发布时间:2020/2/3 11:20:46`, `刊发日期:2020年03月09日`, or a
signature date on the last lines) and returns a `DateGuess` (ISO date as far as known, precision
day | month | year) or an explicit unknown. It never invents a year: an event date such as
`3月29日` in the body gives nothing. A stamp the page itself labels as a crawl, archive or view
time (抓取, 采集, 收录, 快照, 访问, 浏览) is told apart and never taken.

Dates step 2 (the decision); step 1, every date printed in the text (`find_dates`), is `date_scan`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_rows
from .date_scan import _ROC_CODE, _ROC_OFFSET, _Found, _iso, find_dates  # noqa: F401 (re-exported)
from .places import CAPTION, READ_HEAD, Zone

# A label before a date that says it is the page's own date.
# The end of a label right before its date: a closing bracket, a colon (时间】：, [ 发布日期 ]).
_LABEL_END = r"\s*[\]】)）]?\s*[:：]?\s*$"
# A clock's zone or an event before 时间 (北京时间2021年1月3日8时34分, 当地时间, 发生时间): the time of an event, no label.
_NOT_LABEL = r"(?<!北京)(?<!当地)(?<!国际)(?<!东京)(?<!发生)(?<!格林尼治)(?<!标准)"
_PUBLISHED = re.compile(r"(?:发布|发表|刊发|刊登|出版|发稿|稿件|录入|上传|更新|编辑)?" + _NOT_LABEL + r"(?:时间|日期)" + _LABEL_END + "|"
                        r"来源[:：]?.{0,30}$|"
                        r"(?<![A-Za-z])(?i:date|published|posted|release date)\s*[:：]?\s*$")  # English page labels
# The labels of the page's own date only (发布时间:, 日期:, date), without 来源: a source line may run into a caption.
_DATE_LABEL = re.compile(r"(?:发布|发表|刊发|刊登|出版|发稿|稿件|录入|上传|更新|编辑)?" + _NOT_LABEL + r"(?:时间|日期)" + _LABEL_END + "|"
                         r"(?<![A-Za-z])(?i:date|published|posted|release date)\s*[:：]?\s*$")
# A label that says the date is not the page's own: a crawl, archive or view stamp.
_CRAWL = re.compile(r"(?:抓取|采集|爬取|收录|快照|存档|归档|镜像|访问|浏览|下载|打印)(?:时间|日期|于)?[:：]?\s*$")
# A label that says the date is a document's or an event's, not the page's: a notice's date of writing,
# issue, entry into force or expiry (成文日期, 发文日期, 生效日期), a deadline.
_OTHER_LABEL = re.compile(r"(?:成文|发文|印发|签发|生效|废止|失效|施行|实施|截止|有效期至|开始|结束|出生)(?:时间|日期)?"
                          + _LABEL_END)
# A government's information-disclosure item: its catalogue block (索引号, 发布机构, 发文日期, 文号) heads the page,
# and the date it labels as issued (发文日期) is when the item was published there, not a cited notice's date; its
# date of writing (成文日期) and the stamp under the organ's name (某局 2021年4月25日 19:10) are when it was written.
_DISCLOSURE = re.compile(r"索\s*引\s*号")
_ISSUED = re.compile(r"发文(?:日期|时间)" + _LABEL_END)
# A heading over a list of links to other stories (相关新闻, 推荐阅读): their dates are theirs.
_RELATED = re.compile(r"^\W*(?:相关新闻|相关阅读|相关文章|相关链接|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|"
                      r"猜你喜欢|精彩推荐|往期回顾|更多新闻|更多阅读|新闻推荐)\W*$", re.M)
# The heading of the readers' comments under a story (网友评论更多, 热门评论, 最新评论 (12)): a date below it stamps a comment.
_COMMENTS = re.compile(r"^\W*(?:网友|热门|最新|全部|精彩)评论(?:更多|\W*\d+\W*条?)?\W*$", re.M)
_WEEKDAY = re.compile(r"\s*(?:星期|周)[一二三四五六日天]")
_HEAD_LINES = 12  # the dateline is among the first lines of the page


@dataclass(frozen=True)
class DateGuess:
    """The publication date of one document; `date` is "" when none is printed."""

    date: str  # ISO: 2020-02-19, 2020-02 or 2020
    precision: str  # day | month | year | ""
    start: int
    end: int
    surface: str
    how: str  # labelled | dateline | signature | "" ; or why there is none


NONE = DateGuess("", "", -1, -1, "", "no publication date printed")


def detect_date(text: str, zones: list[Zone]) -> DateGuess:
    """The printed publication date of a page (zones from `places.zones_of`).

    In order: a date labelled as the page's own (发布时间, 日期, 来源…) in the head of the page; a
    date on a dateline or source line; a date alone on one of the last lines of the body (a
    signature). A date labelled as a crawl or view stamp is skipped. Body dates are events.

    >>> t = "标题\\n发布时间：2020/2/3 11:20:46 抓取时间：2024-05-01\\n3月29日，全县建立支部。\\n"
    >>> g = detect_date(t, [Zone(0, 2, "title"), Zone(3, 40, "source"), Zone(41, 56, "body")]); g.date, g.how
    ('2020-02-03', 'labelled')
    >>> detect_date("标题\\n3月29日，全县建立支部。", [Zone(0, 2, "title"), Zone(3, 16, "body")]).date
    ''
    """
    head_end = _head_end(text, zones)
    related = _RELATED.search(text, 0, head_end)
    head_end = related.start() if related else head_end
    labelled: list[_Found] = []
    dateline: list[_Found] = []
    issued: list[_Found] = []  # after a date labelled the page's own (发布日期), before a dateline
    disclosure = bool(_DISCLOSURE.search(text, 0, head_end))
    for f in find_dates(text, 0, head_end):
        line_start = text.rfind("\n", 0, f.start) + 1
        before = text[line_start:f.start][-40:]
        if not before.strip(" \t　[]【】()（）|:：-"):  # the label may stand on the line above ([ 发布日期 ])
            before = _line_above(text, line_start) or before
        if disclosure and _ISSUED.search(before):
            issued.append(f)  # a disclosure's issue date (索引号 … 发文日期: 2021年04月26日): the page's own
            continue
        if _CRAWL.search(before) or _OTHER_LABEL.search(before):
            continue
        if _caption(text, line_start) and not _DATE_LABEL.search(before):
            continue  # a caption's date is the picture's event; a date the page labels its own (date 2025-10-16) is not
        if _after_story(text, zones, f):
            continue  # under the story, a list of other stories' headlines with their dates (时间:…, …名单(2022年1月13日…)
        kind = _zone_at(zones, f.start)
        if _PUBLISHED.search(before):
            labelled.append(f)
        elif _opens_sentence(text, f) or _in_sentence(text, f):
            continue  # the lead's own event (…讯(通讯员 某某)2022年3月2日下午，…, 在2021年3月30日…前夕，…。), not the page's date
        elif _on_site_bar(text, f):
            continue  # the day the page is viewed, printed on the site's top bar beside its log-in links
        elif kind == "source" or (kind in ("", "title") and _short_line(text, f)) or _alone(text, f):
            dateline.append(f)
    for group, how in ((labelled, "labelled"), (issued, "labelled"), (dateline, "dateline")):
        if group:
            best = max(group, key=lambda f: f.precision == "day")
            if how == "dateline" and _other_day_labelled(text, head_end, best):
                return DateGuess("", "", -1, -1, "", "the page labels its own day without a year; the other date is not it")
            if how == "dateline" and _today_banner(text, zones, best):
                return DateGuess("", "", -1, -1, "", "a date banner above the headline, earlier than the story's own day: "
                                                     "the day the page was shown")
            return DateGuess(best.iso, best.precision, best.start, best.end, text[best.start:best.end], how)
    tail = _signature(text, zones) or _footer(text) or _roc_code(text)
    if tail and any(m.start() < tail.start for m in _RELATED.finditer(text, max(0, tail.start - 2000), tail.start)):
        tail = None  # a date in a list of other stories under 相关新闻
    if tail and _COMMENTS.search(text, head_end, tail.start):
        tail = None  # a reader's comment, stamped under the comments' heading (网友评论): the comment's day, not the page's
    if tail and _after_story(text, zones, _Found(tail.start, tail.end, tail.date, tail.precision)):
        tail = None  # … or in such a list with no heading (加载更多, then title and date, title and date)
    return _listed_beside_headline(text, zones) or tail or NONE  # the list dates its items: the last one is no signature


_ITEM_BULLET = re.compile(r"^[\s\-•·*>|]+|[\s|]+$")
_STAMP_WORDS = re.compile(r"点击|浏览|阅读|次数|发布|时间|日期|[\s\W\d]")


def _listed_beside_headline(text: str, zones: list[Zone]) -> DateGuess | None:
    """The stamp under the story's own headline repeated in the site's list of stories (- 风雨中的守护 / 点击:0 |
    2025-06-23 21:44:00): the list dates each item, and this item is the page's story. Only a full day, on the first
    line after the item that is not blank or a bullet, with nothing but a counter or a label beside it.

    >>> t = "风雨中的守护\\n村里转移群众。\\n-\\n- 风雨中的守护\\n-\\n点击:0 | 2025-06-23 21:44:00\\n- 另一篇\\n点击:0 | 2025-06-21"
    >>> _listed_beside_headline(t, [Zone(0, 6, "title"), Zone(7, 14, "body")]).date
    '2025-06-23'
    >>> _listed_beside_headline(t.replace("- 风雨中的守护", "- 别的故事"), [Zone(0, 6, "title")]) is None
    True
    """
    first = text.lstrip()
    heads = {text[z.start:z.end].strip() for z in zones if z.kind == "title"} | {first[:first.find("\n")].strip()}
    heads = {h for h in heads if len(re.findall(r"[\u4e00-\u9fff]", h)) >= 4}
    lines, at, seen = text.split("\n"), 0, False
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        if _ITEM_BULLET.sub("", line) not in heads:
            continue
        if not seen:
            seen = True  # the headline itself
            continue
        for j in range(i + 1, min(len(lines), i + 4)):
            if not _ITEM_BULLET.sub("", lines[j]):
                continue
            found = find_dates(text, starts[j], starts[j] + len(lines[j]))
            rest = lines[j][:found[0].start - starts[j]] + lines[j][found[0].end - starts[j]:] if found else "x"
            if found and found[0].precision == "day" and not _STAMP_WORDS.sub("", rest):
                f = found[0]
                return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "listed beside the headline")
            break
    return None


_STORY_BEGUN = 60  # characters of a body paragraph that make it the story's text (not a subtitle or a label)


def _after_story(text: str, zones: list[Zone], f: _Found) -> bool:
    """Is the date under the story's first paragraph in a list of other stories (a short page's sidebar or footer):
    one of two or more dated lines there, or inside a line that holds another story's headline?

    A page's own date stands with its headline, dateline or source line, above the story; on a page too short for its
    head to end before the story, the dates under it belong to the linked stories (时间:2024-09-23 under each title,
    某省…免职名单(2022年1月13日…). A single date alone on a line there is left to be read (a dateline or signature).

    >>> t = "标题\\n" + "某县党员干部连夜转移群众，全县建立临时党支部12个。" * 3 + "\\n甲新闻\\n时间:2024-09-23\\n乙新闻\\n时间:2024-09-23\\n"
    >>> z = [Zone(0, 2, "title"), Zone(3, 3 + 78, "body")]
    >>> [_after_story(t, z, x) for x in find_dates(t)]
    [True, True]
    >>> t2 = "标题\\n" + "某县党员干部连夜转移群众，全县建立临时党支部12个。" * 3 + "\\n2024-09-23\\n"
    >>> [_after_story(t2, z, x) for x in find_dates(t2)]
    [False]
    """
    story = next((z for z in zones if z.kind == "body" and z.end - z.start > _STORY_BEGUN), None)
    if story is None or f.start < story.end:
        return False
    from .places.zones import _related_headline
    a, b = text.rfind("\n", 0, f.start) + 1, text.find("\n", f.start)
    if _related_headline(text[a: len(text) if b < 0 else b]):
        return True
    lines = {text.count("\n", 0, x.start) for x in find_dates(text, story.end, len(text)) if x.precision == "day"}
    return len(lines) >= 2


def _line_above(text: str, line_start: int) -> str:
    """The line above the one starting at `line_start`, without brackets and blanks, when it is a
    short label (`[ 发布日期 ]`, `发布时间：`); else "".

    >>> t = "[ 发布日期 ]\\n2022-06-23"; _line_above(t, t.index("2022"))
    '发布日期'
    >>> t = "全县建立临时党支部143个，党员1200名参加。\\n2022-06-23"; _line_above(t, t.index("2022"))
    ''
    """
    if line_start <= 0:
        return ""
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip(" \t　[]【】()（）|")
    return above if 0 < len(above) <= 12 and re.search(r"(?:时间|日期)[:：]?$", above) else ""


def _caption(text: str, line_start: int) -> bool:
    """Is the line a picture caption (its date is the picture's event, not the page's)?

    >>> _caption("2020年2月3日下午，党员宣誓。（某某 摄）\\n正文", 0), _caption("2020-02-03 来源：某报", 0)
    (True, False)
    """
    end = text.find("\n", line_start)
    line = text[line_start:len(text) if end < 0 else end].strip()
    return len(line) <= 120 and bool(CAPTION.search(line))


def _roc_code(text: str) -> DateGuess | None:
    """A Taiwan news agency's ROC date code after the editor's credit on one of the last ten lines
    (below it a page may print its source, keywords and share links).

    >>> _roc_code("台北15日电 捐款持续。\\n基金会表示将持续募款。(编辑:某某)1130415\\n").date
    '2024-04-15'
    """
    for line in reversed(text.rstrip().rsplit("\n", 10)[-10:]):
        m = _ROC_CODE.search(line)
        if m:
            iso = _iso(int(m.group("y")) + _ROC_OFFSET, int(m.group("m")), int(m.group("d")))
            if iso:
                at = text.rfind(line) + m.start("y")
                return DateGuess(iso, "day", at, at + 7, text[at:at + 7], "signature (ROC date code)")
    return None


def _zone_at(zones: list[Zone], i: int) -> str:
    for z in zones:
        if z.start <= i < z.end:
            return z.kind
    return ""


# The page's own date labelled without its year (日期:01-11, 发布时间:3月5日): month and day only.
_LABELLED_DAY = re.compile(r"(?:发布|发表|刊发|刊登|出版)?(?:时间|日期)\s*[\]】)）]?\s*[:：]\s*"
                           r"(?P<m>[01]?\d)\s*[-/.月]\s*(?P<d>[0-3]?\d)(?![\d/.\-:])")


def _other_day_labelled(text: str, head_end: int, found: _Found) -> bool:
    """Does the page label its own date with month and day only (日期:01-11), another day than the unlabelled date
    found (2026-03-23 on an e-paper reader's clock)? Then that date is not the page's, and no year is invented.

    >>> t = "阅读器\\n2026-03-23\\n星期一\\n标题\\n日期:01-11\\n正文。"
    >>> _other_day_labelled(t, len(t), find_dates(t)[0]), _other_day_labelled(t.replace("01-11", "03-23"), len(t), find_dates(t)[0])
    (True, False)
    """
    iso = found.iso.split("-")
    if len(iso) != 3:
        return False
    for m in _LABELLED_DAY.finditer(text, 0, head_end):
        if (int(m.group("m")), int(m.group("d"))) != (int(iso[1]), int(iso[2])):
            return True
    return False


def _head_end(text: str, zones: list[Zone]) -> int:
    """Where the head of the page ends: after the first body paragraph that is not a source line,
    and never beyond `_HEAD_LINES` non-blank lines from the headline nor `places.READ_HEAD` characters.

    The lines are counted from the headline when one stands before the first body paragraph: a site's
    menu above it (站点切换, a column of letters A … Z) and blank lines are not the head of the story.

    >>> menu = "站点切换\\n" + "\\n".join("ABCDEFGHIJKLMNOP") + "\\n"
    >>> t = menu + "某县党员突击队出发\\n2022-08-22 13:47:47 某县人民政府\\n" + "全县组建党员突击队12支，" * 6
    >>> z = [Zone(len(menu), len(menu) + 9, "title"), Zone(t.index("全县"), len(t), "body")]
    >>> _head_end(t, z) == len(t)
    True
    """
    first_body = next((z.start for z in zones if z.kind == "body" and z.end - z.start > 60
                       and not _keyword_list(text[z.start:z.end])), len(text))
    title = next((z.start for z in zones if z.kind == "title" and z.start < first_body), 0)
    limit = text.rfind("\n", 0, title) + 1
    counted = 0
    while counted < _HEAD_LINES:
        nxt = text.find("\n", limit, READ_HEAD)
        if nxt < 0:
            return min(len(text), READ_HEAD)  # a short page: all of it is its head
        counted += bool(text[limit:nxt].strip())
        limit = nxt + 1
    return min(limit, max(first_body, 1))


# The day of the story's event at the opening of its lead, without a year (9月10日上午, …).
_LEAD_DAY = re.compile(r"(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_LEAD_DAY_WITHIN = 30  # characters from the start of the lead


def _today_banner(text: str, zones: list[Zone], f: _Found) -> bool:
    """Is a date alone on its line above the headline (no label, no clock time) a site's "today" banner?

    A site may print the day it is viewed at its top. Such a date is told apart when the lead opens with its event's
    day (9月10日上午，…) later in the calendar year than the banner's: a page cannot report what has not yet happened,
    so the banner is not the day the page was published (and the year of the event is not printed).

    >>> t = "2025年6月29日\\n某支部开展献血活动\\n9月10日上午，某支部联合社区开展无偿献血活动，党员参加。"
    >>> z = [Zone(11, 20, "title"), Zone(21, len(t), "body")]
    >>> _today_banner(t, z, find_dates(t)[0]), _today_banner(t.replace("9月10日", "6月28日"), z, find_dates(t)[0])
    (True, False)
    """
    title = next((z for z in zones if z.kind == "title"), None)
    if title is None or f.start >= title.start or f.precision != "day" or ":" in text[f.start:f.end]:
        return False
    if not _alone(text, f):
        return False
    lead = next((z for z in zones if z.kind == "body" and z.start > title.start), None)
    if lead is None:
        return False
    m = _LEAD_DAY.search(text, lead.start, min(lead.end, lead.start + _LEAD_DAY_WITHIN))
    if not m or "。" in text[lead.start:m.start()]:
        return False
    _, month, day = (int(x) for x in f.iso.split("-"))
    return (int(m.group("m")), int(m.group("d"))) > (month, day)


_KEYWORD_ITEMS = 6  # a list of search words holds at least this many short items
_KEYWORD_ITEM = re.compile(r"[^,，、|｜;；]{1,14}")


def _keyword_list(line: str) -> bool:
    """Is a long line a list of search words (a spam header, a page's tag line: 免费视频,精品一区,最新电影,…), not the
    story's first paragraph? Six or more short items between commas and no sentence's end: no one writes a story so.

    >>> _keyword_list("在线观看免费视频,精品一区二区三区,最新电影,高清视频,日韩视频,中文字幕,电视剧在线观看")
    True
    >>> _keyword_list("8月3日,某县普降暴雨,全县组织党员干部,转移群众,抢修道路,排查隐患,确保安全。")
    False
    """
    line = line.strip()
    if re.search(r"[。！？!?]", line):
        return False
    items = [x for x in re.split(r"[,，、|｜;；]", line) if x.strip()]
    return len(items) >= _KEYWORD_ITEMS and all(_KEYWORD_ITEM.fullmatch(x.strip()) for x in items)


# After a date, the words that make it the time of an event: a part of the day (2022年3月2日下午), a span
# (以来, 起, 至), or a comma that goes on to a sentence ending in 。 on the same line.
_EVENT_AFTER = re.compile(r"\s*(?:上午|中午|下午|晚上|晚间|傍晚|凌晨|早上|早晨|清晨|夜间|夜里|深夜|白天|当天|当日|"
                          r"以来|起|至|到|前后|期间|[,，、][^\n。]{4,}。)")


def _opens_sentence(text: str, f: _Found) -> bool:
    """Is the date the time of an event in a sentence (a part of the day or a clause after it), not a
    page stamp? A stamp is followed by a clock time, a source or nothing.

    >>> t = "某某网讯(通讯员 某某)2022年3月2日下午,某市特警支队组织献血。"; _opens_sentence(t, find_dates(t)[0])
    True
    >>> t = "2022-04-17 17:02:07 来源:某某新闻网"; _opens_sentence(t, find_dates(t)[0])
    False
    """
    return ":" not in text[f.start:f.end] and bool(_EVENT_AFTER.match(text, f.end))


# A preposition of time right before a date (在2021年3月30日…, 自2020年1月1日起, 截至2022年5月1日): the date is
# governed by a verb of the sentence. A page's stamp stands alone or after a label, never after a preposition.
_TIME_PREPOSITION = re.compile(r"(?:在|自|从|截至|截止|直至|直到|时至|每逢)\s*$")
# From the date to the end of its line, words that end in a full stop: the rest of a sentence. A dispatch's date is
# its stamp whatever follows it (【某报2014年04月17日讯】(记者…)…。, 新华社…日电), and so is a bracketed one.
_SENTENCE_REST = re.compile(r"(?!\s*(?:讯|电|消息|[】\]）)]))[^\n]*[\u4e00-\u9fff][^\n]*[。！？][”」』）)]?[ \t　]*(?:\n|$)")


def _in_sentence(text: str, f: _Found) -> bool:
    """Is the date a word of a sentence: governed by a preposition of time (在2021年3月30日…), or followed on its line by
    words that end in a full stop (2021年3月30日四川省某州防火警示日前夕,该州发布一则通告。)? Then it is the time of the
    sentence's event, not the page's stamp: a stamp is followed by a clock time, a source, a weekday or nothing, and no
    one ends a dateline with a full stop.

    >>> t = "在2021年3月30日某州防灭火警示日前夕,该州下辖某县发布的一则防火令引发热议。"; _in_sentence(t, find_dates(t)[0])
    True
    >>> t = "2021年3月30日某州防灭火警示日,某县发布防火令。"; _in_sentence(t, find_dates(t)[0])
    True
    >>> t = "2021年3月30日 星期二 来源：某某日报"; _in_sentence(t, find_dates(t)[0])
    False
    >>> t = "2021-03-30 10:20 编辑：某某\\n全县建立临时党支部。"; _in_sentence(t, find_dates(t)[0])
    False
    >>> t = "【某报2014年04月17日讯】(记者某某报导)某县师生捐血。"; _in_sentence(t, find_dates(t)[0])
    False
    >>> t = "764 2024-07-30\\n防汛关键期,某市各部门严阵以待。"; _in_sentence(t, find_dates(t)[0])
    False
    """
    line_start = text.rfind("\n", 0, f.start) + 1
    if _TIME_PREPOSITION.search(text, line_start, f.start):
        return True
    end = f.start + len(text[f.start:f.end].rstrip())  # (a numeric date's match may hold the line break after it)
    return ":" not in text[f.start:end] and bool(_SENTENCE_REST.match(text, end))


@lru_cache(maxsize=1)
def _site_bar() -> re.Pattern[str]:
    """The links of a site's top bar (data/site_bar_words.csv), as one alternation.

    >>> bool(_site_bar().search("2013年08月14日 登录论坛 注册")), bool(_site_bar().search("2013-08-14 来源:某某网"))
    (True, False)
    """
    words = sorted((r["word"] for r in read_rows("site_bar_words.csv")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _on_site_bar(text: str, f: _Found) -> bool:
    """Is an unlabelled date on the site's top bar, beside its log-in or bookmark links (2013年08月14日 登录论坛 注册)?
    A portal prints there the day the page is viewed, so it is no date of the story; a short line only (a bar, not a
    sentence that mentions a log-in).

    >>> t = "2013年08月14日 登录论坛 注册\\n某网 > 新闻\\n8月1日,某镇干部转移群众。"; _on_site_bar(t, find_dates(t)[0])
    True
    >>> t = "2013年08月14日 来源:某某网\\n8月1日,某镇干部转移群众。"; _on_site_bar(t, find_dates(t)[0])
    False
    """
    return _short_line(text, f) and bool(_site_bar().search(_date_line(text, f)))


def _short_line(text: str, f: _Found) -> bool:
    """Is the date on a short line of its own (a dateline without a label)?"""
    return len(_date_line(text, f).strip()) <= 60


def _date_line(text: str, f: _Found) -> str:
    """The line the date stands on, from the line break before the date to the first one after the date's start (a
    numeric date's match may hold the line break after it: the line is still the date's own, never two lines).

    >>> t = "标题\\n2021-08-10 \\n登录 注册"; _date_line(t, find_dates(t)[0])
    '2021-08-10 '
    """
    a = text.rfind("\n", 0, f.start) + 1
    b = text.find("\n", f.start)
    return text[a: len(text) if b < 0 else b]


def _alone(text: str, f: _Found) -> bool:
    """Is the date (with its time) all there is on its line (a dateline under the headline)?

    >>> t = "标题\\n2021-08-10\\n正文"; _alone(t, find_dates(t)[0])
    True
    """
    line = _date_line(text, f)
    if len(line) > 60:  # not a line of its own (and never scan a long line once per date)
        return False
    a = text.rfind("\n", 0, f.start) + 1
    rest = line[:f.start - a] + line[f.end - a:]
    return not re.sub(r"[\s\W\d:星期日一二三四五六]", "", rest)


def _footer(text: str) -> DateGuess | None:
    """A page footer that opens with the page's full date (2020-02-04 市委组织部: … 濮阳日报), on one of
    the last three lines: the date of the page, not an event (no sentence ends on that line).

    >>> _footer("正文。\\n--> 2024-11-07 1 1 某某时报 content_1.html").date
    '2024-11-07'
    >>> _footer("正文。\\n某某日报 要闻 00003 标题 2012-08-27 2697655 2012年08月27日 星期一").date
    '2012-08-27'
    """
    tail = text.rstrip().rsplit("\n", 3)[-3:]
    offset = len(text.rstrip()) - len("\n".join(tail))
    for line in reversed([ln for ln in tail if ln.strip()]):
        at = text.find(line, offset)
        if "。" in line or at < 0 or len(line) > 200:
            continue
        dates = find_dates(text, at, at + len(line))
        # only markup residue (-->, |, •) may stand before it: an e-paper's footer comment `--> 2024-11-07 1 1 某某报`
        if dates and dates[0].precision == "day" and not re.sub(r"[\W_]", "", text[at:dates[0].start]):
            f = dates[0]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "footer")
        # a newspaper's page line ends with the issue's date and weekday (… 2012年08月27日 星期一)
        weekday = [f for f in dates if f.precision == "day" and _WEEKDAY.match(text, f.end)]
        if weekday:
            f = weekday[-1]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "footer (issue date)")
    return None


def _signature(text: str, zones: list[Zone]) -> DateGuess | None:
    """A full date alone (or with the writer's unit) on one of the last three body lines."""
    body = [z for z in zones if z.kind in ("body", "source")]
    for z in reversed(body[-3:]):
        line = text[z.start:z.end].strip()
        if len(line) > 40 or "。" in line:  # a sentence that opens with a date is an event, not a signature
            continue
        dates = [f for f in find_dates(text, z.start, z.end)
                 if not _CRAWL.search(text[z.start:f.start]) and not _on_site_bar(text, f)]
        if dates and dates[-1].precision == "day":
            f = dates[-1]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "signature")
    return None
