"""Dates, step 2 (the decision): the printed publication date of a report, with its precision and evidence.

`detect_date(text, zones)` looks for the date a page prints as its own (a dateline such as
`2020-02-19 11:44:27 来源:河北日报`, `发布时间:2020/2/3 11:20:46`, `刊发日期:2020年03月09日`, or a
signature date on the last lines) and returns a `DateGuess` (ISO date as far as known, precision
day | month | year) or an explicit unknown. It never invents a year: an event date such as
`3月29日` in the body gives nothing. A stamp the page itself labels as a crawl, archive or view
time (抓取, 采集, 收录, 快照, 访问, 浏览) is told apart and never taken.

Dates step 2 (the decision); step 1, every date printed in the text (`find_dates`), is `date_scan`. The tests on
one date and its line (labels, stamp or sentence) are `date_lines` (2a); the dates under the story's head (signature,
footer, lists of other stories) are `date_tail` (2b).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .date_lines import (_CRAWL, _DATE_LABEL, _DISCLOSURE, _ISSUED, _OTHER_LABEL, _PUBLISHED, _WRITTEN, NONE, DateGuess,
                         _alone, _caption, _date_words, _in_sentence, _line_above, _on_site_bar, _opens_sentence, _short_line)
from .date_scan import _Found, find_dates
from .date_tail import _after_story, _footer, _listed_beside_headline, _roc_code, _signature
from .places import READ_HEAD, Zone

# A heading over a list of links to other stories (相关新闻, 推荐阅读): their dates are theirs.
_RELATED = re.compile(r"^\W*(?:相关新闻|相关阅读|相关文章|相关链接|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|"
                      r"猜你喜欢|精彩推荐|往期回顾|更多新闻|更多阅读|新闻推荐)\W*$", re.M)
_HEAD_LINES = 12  # the dateline is among the first lines of the page


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

    A disclosure catalogue (索引号) that labels only its item's date of writing (成文日期) gives that date, after any
    date it labels as issued or published.

    >>> t = "索引号 1133/2021-1\\n成文日期 2021-10-15\\n标题\\n重阳节,街道开展敬老活动。"
    >>> detect_date(t, [Zone(0, 30, "source"), Zone(31, 33, "title"), Zone(34, 47, "body")]).date
    '2021-10-15'
    >>> t = "索引号 1133/2021-1\\n成文日期 2021-10-14\\n发布日期 2021-10-15\\n标题\\n重阳节,街道开展敬老活动。"
    >>> detect_date(t, [Zone(0, 46, "source"), Zone(47, 49, "title"), Zone(50, 63, "body")]).date
    '2021-10-15'
    """
    head_end = _head_end(text, zones)
    related = _RELATED.search(text, 0, head_end)
    head_end = related.start() if related else head_end
    labelled: list[_Found] = []
    dateline: list[_Found] = []
    issued: list[_Found] = []  # after a date labelled the page's own (发布日期), before a dateline
    written: list[_Found] = []  # a disclosure catalogue's 成文日期: after every other date of the head
    original: list[_Found] = []  # the original's publication time left in a copied page's template: before all
    disclosure = bool(_DISCLOSURE.search(text, 0, head_end))
    for f in find_dates(text, 0, head_end):
        if _in_template(text, f):
            original.append(f)
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        before = text[line_start:f.start][-40:]
        if not before.strip(" \t　[]【】()（）|:：-"):  # the label may stand on the line above ([ 发布日期 ])
            before = _line_above(text, line_start) or before
        if disclosure and _ISSUED.search(before):
            issued.append(f)  # a disclosure's issue date (索引号 … 发文日期: 2021年04月26日): the page's own
            continue
        if disclosure and _WRITTEN.search(before):
            written.append(f)  # a disclosure's date of writing (成文日期): its date only where nothing else is
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
    for group, how in ((original, "labelled"), (labelled, "labelled"), (issued, "labelled"), (dateline, "dateline"),
                       (written, "labelled")):
        if group:
            best = max(group, key=lambda f: f.precision == "day")
            if how == "dateline" and _other_day_labelled(text, head_end, best):
                return DateGuess("", "", -1, -1, "", "the page labels its own day without a year; the other date is not it")
            if how == "dateline" and _today_banner(text, zones, best):
                return DateGuess("", "", -1, -1, "", "a date banner above the headline, earlier than the story's own day: "
                                                     "the day the page was shown")
            return DateGuess(best.iso, best.precision, best.start, best.end, text[best.start:best.end], how)
    paper = _paper_issue(text)
    if paper:  # an e-paper's issue date, on its reader's bar below the page's list of headlines (past the head)
        return DateGuess(paper.iso, paper.precision, paper.start, paper.end, text[paper.start:paper.end], "labelled")
    tail = _signature(text, zones) or _footer(text) or _roc_code(text)
    if tail and any(m.start() < tail.start for m in _RELATED.finditer(text, max(0, tail.start - 2000), tail.start)):
        tail = None  # a date in a list of other stories under 相关新闻
    if tail and _comments().search(text, head_end, tail.start):
        tail = None  # a reader's comment, stamped under the comments' heading (网友评论): the comment's day, not the page's
    if tail and _after_story(text, zones, _Found(tail.start, tail.end, tail.date, tail.precision)):
        tail = None  # … or in such a list with no heading (加载更多, then title and date, title and date)
    return _listed_beside_headline(text, zones) or tail or NONE  # the list dates its items: the last one is no signature


# After a date, a copied page's template residue on the same line: a CMS field's placeholder ({#Index}) or the end of
# the publishing system's hidden properties block (…/enpproperty-->). Not a bare arrow: an itinerary line of an
# epidemic notice (2020-01-22 09:30 武汉-->岳阳) is no template, and its date is an event's.
_CLOCK = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?")
_TEMPLATE_AFTER = re.compile(r"[ \t]*(?:\{#|[^\n]{0,80}?enpproperty)")


def _in_template(text: str, f: _Found) -> bool:
    """Is the date, to the second, the original's publication time left in a copied page's template (2015-03-26
    10:36:00{#Index}…/enpproperty-->)? A mirror copies a report with its publishing system's hidden fields and prints
    its own stamp (时间: …) too: the codebook (seventeenth session) takes the original's date over the stamp. Only a
    full date at the start of its line, with a clock time, followed by the residue on that line (round r43).

    >>> t = "标题\\n时间:2015-05-17 09:09:20\\n2015-03-26 10:36:00{#Index}新闻null/enpproperty-->\\n正文。"
    >>> [_in_template(t, f) for f in find_dates(t)]
    [False, True]
    >>> t = "标题\\n2015-03-26 10:36:00 来源:某某日报\\n正文。"
    >>> [_in_template(t, f) for f in find_dates(t)]
    [False]
    >>> t = "标题\\n时间:2020-02-05 09:00:00\\n2020-01-22 09:30:00 武汉-->岳阳\\n正文。"
    >>> [_in_template(t, f) for f in find_dates(t)]
    [False, False]
    """
    line_start = text.rfind("\n", 0, f.start) + 1
    if f.precision != "day" or text[line_start:f.start].strip():
        return False
    clock = _CLOCK.match(text, f.end)  # the scanner may leave the clock time out of the date's span
    end = clock.end() if clock else f.end
    return bool(clock or _CLOCK.search(text, f.start, f.end)) and bool(_TEMPLATE_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _comments() -> re.Pattern[str]:
    """The heading of the readers' comments under a story (网友评论更多, 热门评论, 最新评论 (12); data/date_page_words.csv
    comments_heading), alone on its line: a date below it stamps a comment.

    >>> bool(_comments().search("正文。\\n网友评论更多\\n")), bool(_comments().search("网友评论说，好。"))
    (True, False)
    """
    return re.compile(r"^\W*(?:" + _date_words()["comments_heading"] + r")(?:更多|\W*\d+\W*条?)?\W*$", re.M)


def _paper_issue(text: str) -> _Found | None:
    """The date of the issue an e-paper shows: a full date after the reader's label of it (当前报纸日期:, on the same
    line or the line above; data/date_page_words.csv paper_issue_label), or on the line of the reader's controls (上一篇
    下一篇 2017年6月19日 放大 缩小 默认; reader_control, two of them at least). Such a reader prints the page's list of
    headlines first, so the date may lie past the head of the page that `detect_date` reads; it is still the page's
    own, while a 今日日期 line beside it is the day the page is viewed. Within `places.READ_HEAD` characters only.

    >>> t = "第02版\\n甲文章\\n乙文章\\n下一篇 2017年6月19日 放大 缩小 默认\\n标题\\n正文。"
    >>> _paper_issue(t).iso
    '2017-06-19'
    >>> t = "今日日期: 2025年4月17日\\n当前报纸日期:\\n2022 10月23日 星期\\n标题"
    >>> _paper_issue(t).iso
    '2022-10-23'
    >>> _paper_issue("今日日期: 2025年4月17日 星期四\\n标题\\n正文。") is None
    True
    """
    words = _date_words()
    label = re.compile(r"(?:" + words["paper_issue_label"] + r")\s*[:：]?\s*$")
    controls = re.compile(words["reader_control"])
    for f in find_dates(text, 0, READ_HEAD):
        if f.precision != "day":
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:f.start]
        if not before.strip():
            above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            before = text[above_start:max(above_start, line_start - 1)]
        if label.search(before) or len(set(controls.findall(text, f.end, line_end))) >= 2:
            return f
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
