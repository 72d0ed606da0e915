"""Dates, step 2a (one date on its line): the page's date record and the tests on the words around one date.

`DateGuess` is what step 2 returns. The labels before a date say whose date it is (发布时间: the page's; 抓取时间: a
crawl's; 成文日期: a notice's); the rest of its line says whether it is a stamp (alone, with a clock time, a source or a
weekday) or a word of a sentence (在2021年3月30日…, 2022年3月2日下午,…。), or the day the site's top bar shows. Read by
`dates` (the decision) and `date_tail` (dates under the story).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .date_scan import _Found, find_dates  # noqa: F401 (find_dates: the doctests)
from .lexicon import alternation, read_rows, word_lists
from .places import CAPTION


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


# A label before a date that says it is the page's own date.
# The end of a label right before its date: a closing bracket, a colon (时间】：, [ 发布日期 ]).
_LABEL_END = r"\s*[\]】)）]?\s*[:：]?\s*$"
# A clock's zone or an event before 时间 (北京时间2021年1月3日8时34分, 当地时间, 发生时间): the time of an event, no label.
_NOT_LABEL = r"(?<!北京)(?<!当地)(?<!国际)(?<!东京)(?<!发生)(?<!格林尼治)(?<!标准)"
# A page's last-update stamp (最后更新: 2022-07-05 11:16, 最近修改于 2022-07-05) is its own date too: often the only one a
# mirror or a portal prints for the story. (Not 更新于 or 发布于 alone: 该通知发布于2020年3月1日 is a sentence.)
_UPDATED = r"(?:最后|最近)(?:更新|修改)于?"
_PUBLISHED = re.compile(r"(?:发布|发表|刊发|刊登|出版|发稿|稿件|录入|上传|更新|编辑)?" + _NOT_LABEL + r"(?:时间|日期)" + _LABEL_END + "|"
                        + _UPDATED + _LABEL_END + "|"
                        r"来源[:：]?.{0,30}$|"
                        r"(?<![A-Za-z])(?i:date|published|posted|release date)\s*[:：]?\s*$")  # English page labels
# The labels of the page's own date only (发布时间:, 日期:, date), without 来源: a source line may run into a caption.
_DATE_LABEL = re.compile(r"(?:发布|发表|刊发|刊登|出版|发稿|稿件|录入|上传|更新|编辑)?" + _NOT_LABEL + r"(?:时间|日期)" + _LABEL_END + "|"
                         + _UPDATED + _LABEL_END + "|"
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
# ... and where the catalogue labels no date of issue or publication (发文日期, 发布日期), its date of writing (成文日期)
# is the one date it gives the item: a news item posted to the disclosure catalogue (政务动态) is written and posted
# the same day, and no other date of the page is its own.
_WRITTEN = re.compile(r"成文(?:日期|时间)" + _LABEL_END)


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
def _date_words() -> dict[str, str]:
    """The words of data/date_page_words.csv, one alternation a list (longest first), read once.

    >>> "网友评论" in _date_words()["comments_heading"]
    True
    """
    return {k: alternation(v) for k, v in word_lists("date_page_words.csv").items()}


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
    if len(_date_line(text, f)) > 60:  # not a line of its own (and never scan a long line once per date)
        return False
    return not re.sub(r"[\s\W\d:星期日一二三四五六]", "", _rest_of_line(text, f))


def _rest_of_line(text: str, f: _Found) -> str:
    """The date's line (`_date_line`) with the date (and its clock time) cut out: what stands beside it.

    >>> t = "标题\\n点击:0 | 2025-06-23 21:44:00\\n正文"; _rest_of_line(t, find_dates(t)[0])
    '点击:0 | '
    """
    a = text.rfind("\n", 0, f.start) + 1
    line = _date_line(text, f)
    return line[:f.start - a] + line[f.end - a:]
