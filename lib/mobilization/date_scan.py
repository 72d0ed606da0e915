"""Dates step 1: every calendar date printed in a text (`find_dates`), read into ISO with its precision.

The date formats a Chinese page prints (2020-02-19, 2020/2/3 11:20, 2020年2月3日, 二〇二〇年三月九日, 民国113年4月15日,
a two-digit year before a clock time, 25.12.2015), each checked as a real calendar day; dates inside a file path or
glued into another number are left out. `dates` (step 2) then decides which one is the page's own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .numerals import _SHORT_TENS

_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}
_Y = r"(?P<y>(?:19[5-9]\d|20\d\d))"
# 2020-02-19, 2020/2/3, 2020.2.3, 2020年2月3日 (with optional blanks), then an optional time.
_FULL = re.compile(_Y + r"\s*(?P<s1>[-/.年])\s*(?P<m>\d{1,2})\s*(?P<s2>[-/.月])\s*(?P<d>\d{1,2})(?!\d)\s*日?"
                   r"(?:\s*(?P<t>\d{1,2}:\d{2}(?::\d{2})?))?")
# A newspaper's page date with a blank for 年 (当前报纸日期: 2022 6月25日).
_SPACED = re.compile(_Y + r"[ \t　]+(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# A year, a blank, then month/day and a time (2025 08/02 09:37:38): a page stamp; the time rules out a ratio. A site's
# template may set the same stamp as a block, one part a line (2013 / 10/12 / 08:08): one line break between parts.
_STAMP_GAP = r"(?:[ \t　]+|[ \t　]*\r?\n[ \t　]*)"
_YEAR_MD = re.compile(_Y + _STAMP_GAP + r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)" + _STAMP_GAP + r"\d{1,2}:\d{2}")
# A two-digit year on a dateline, only with the time after it (22-04-07 11:33): 2022-04-07.
_SHORT_YEAR = re.compile(r"(?<![\d\-/.])(?P<y>[0-3]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)[ \t　]+(?P<t>[0-2]?\d:[0-5]\d)")
# A zero-padded ISO date run into the digits after it (河南健康网 2022-04-15380834: a view counter printed
# without a space): two-digit month and day leave no doubt where the date ends.
_GLUED = re.compile(_Y + r"(?P<s1>[-/])(?P<m>[01]\d)(?P=s1)(?P<d>[0-3]\d)(?=\d)")
# A Republic of China year (民国113年4月15日 = 2024-04-15), used in Taiwan.
_ROC = re.compile(r"民国\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# A Taiwan news agency's date code after the editor's credit at the end of a report
# ((编辑:某某)1130415 = ROC year 113, April 15 = 2024-04-15).
_ROC_CODE = re.compile(r"编辑\s*[:：][^()（）\n]{1,20}[)）]\s*(?P<y>1[0-4]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")
_ROC_OFFSET = 1911
# Right after a full date with its clock time: the page's source label (2024-07-19 17:52来源:某某). Such a date is the
# page's stamp even with a stray digit glued before it (a spam string ending in a digit: …z62024-07-19 17:52来源).
_STAMP_AFTER = re.compile(r"\s*来源")
# Day, month and year with dots (25.12.2015), the European order some sites print their dateline in.
_DMY = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19[5-9]\d|20\d\d))(?![\d.])")
_MONTH = re.compile(_Y + r"\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")
# A year and a two-digit month with a dot, dash or slash, alone on its line (2022.03 under an item): a month date. Only
# alone: inside a line the same shape is a decimal (2022.03万元) or a code; a one-digit month (2022.3) is a decimal;
# and not beside a line that is a number too: a table's column printed one cell a line (2019.12, 3560.5, …).
_MONTH_ALONE = re.compile(r"(?m)^" + _Y + r"[-/.](?P<m>0[1-9]|1[0-2])(?=[ \t　]*$)")
_CN_FULL = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")


def _iso(y: int, m: int, d: int | None) -> str | None:
    """ISO text of a calendar date, None if it does not exist.

    >>> _iso(2020, 2, 30), _iso(2020, 2, 29), _iso(2020, 13, None), _iso(2020, 3, None)
    (None, '2020-02-29', None, '2020-03')
    """
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _cn_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十九 → 29, 三十一 → 31 (day and month numbers); None for a slip that is no such
    number (十十, 一二, 二十十: the date pattern lets them through), which then gives no date.

    >>> [_cn_number(t) for t in ("九", "十", "十二", "二十九", "三十一", "十十", "一二")]
    [9, 10, 12, 29, 31, None, None]
    """
    if len(text) == 1 and text != "十":
        return int(_CN_DIGITS[text])
    m = _SHORT_TENS.fullmatch(text)  # the numerals' own reading of 十, 十二, 二十, 二十九
    if m is None:
        return None
    tens, ones = m.groups()
    return (int(_CN_DIGITS[tens]) if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    iso: str
    precision: str


def _in_path(text: str, start: int, end: int) -> bool:
    """Is the date a segment of a file path or address (/Files/2013-8/2/a.jpg, /2020-02-03/)? A slash after the day
    that a blank and a clock time follow (2021/10/29/ 14:35 来源) is a page's stamp with a stray slash: no path
    holds a blank and a time.

    >>> _in_path("![](/Pic/2013-8/2/a.jpg)", 9, 17), _in_path("时间:2020/2/3 11:20", 3, 11)
    (True, False)
    >>> _in_path(" 2021/10/29/ 14:35 来源", 1, 11), _in_path("/2021/10/29/a.html", 1, 11)
    (False, True)
    """
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if after == "/" and before not in "/\\_=" and _STAMP_SLASH.match(text, end):
        return False
    return before in "/\\_=" and before != "" or after == "/"


_STAMP_SLASH = re.compile(r"/[ \t　]+\d{1,2}:\d{2}")


def _month_alone(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Each year and two-digit month alone on its line (2022.03, 2022-03, 2022/03): the year and month, no blanks.

    >>> [m.group(0) for m in _month_alone("标题\\n2022.03\\n价格 2022.03 元\\n2022.3\\n", 0, 30)]
    ['2022.03']
    >>> [m.group(0) for m in _month_alone("产量(吨)\\n1856.40\\n2019.12\\n2310.07\\n", 0, 40)]
    []
    """
    return [m for m in _MONTH_ALONE.finditer(text, start, end) if not _beside_number_line(text, m)]


_NUMBER_LINE = re.compile(r"[ \t　]*[\d.,%+\-]+[ \t　]*")


def _beside_number_line(text: str, m: re.Match[str]) -> bool:
    """Is the line right above or right below the match's line a bare number (a table's column, one cell a line)?

    >>> _beside_number_line("12.5\\n2019.12\\n", _MONTH_ALONE.search("12.5\\n2019.12\\n"))
    True
    >>> _beside_number_line("某县\\n2022.03\\n正文。", _MONTH_ALONE.search("某县\\n2022.03\\n正文。"))
    False
    """
    start = text.rfind("\n", 0, m.start()) + 1  # the match's line
    end = text.find("\n", m.end())
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1] if start > 0 else ""
    below_end = text.find("\n", end + 1) if end >= 0 else -1
    below = "" if end < 0 else text[end + 1:below_end if below_end >= 0 else len(text)]
    return any(line.strip() and _NUMBER_LINE.fullmatch(line) for line in (above, below))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[_Found]:
    """Every full (year, month, day) or (year, month) date in text[start:end], in order.

    >>> [(f.iso, f.precision) for f in find_dates("2020/2/3 11:20:46 与 2020年03月 和 3月29日 及 二〇二〇年三月九日")]
    [('2020-02-03', 'day'), ('2020-03', 'month'), ('2020-03-09', 'day')]
    >>> [f.iso for f in find_dates("报纸日期: 2022 6月25日 | 22-04-07 11:33 来源 | 22-04-07 | 2020 300人")]
    ['2022-06-25', '2022-04-07']
    >>> [f.iso for f in find_dates("某某网 2022-04-15380834 | 民国113年4月15日 | 2022-4-153 | 25.12.2015 19:41")]
    ['2022-04-15', '2024-04-15', '2015-12-25']
    >>> [f.iso for f in find_dates("2025 08/02 09:37:38 来源 | 2025 3/4 的比例")]
    ['2025-08-02']
    >>> [f.iso for f in find_dates("中沙乡志愿者到敬老院\\n2013\\n10/12\\n08:08\\n中沙乡政府 | 2013\\n3/4\\n的比例")]
    ['2013-10-12']
    >>> [f.iso for f in find_dates("某某z62024-07-19 17:52来源:某镇 | 编号12024-07-19 | 62024-07-19 17:52 阅读")]
    ['2024-07-19']
    """
    end = len(text) if end is None else end
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL.finditer(text, start, end):
        if m.group("s1") == "年" and m.group("s2") != "月":
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit() and not (m.group("t") and _STAMP_AFTER.match(text, m.end())) \
                or _in_path(text, m.start(), m.end()):
            continue  # (a digit glued before it is part of another number, unless the date is a stamp: see below)
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            found.append(_Found(m.start(), m.end(), iso, "day"))
            taken.append((m.start(), m.end()))
    for rx in (_SPACED, _YEAR_MD, _SHORT_YEAR, _GLUED, _ROC, _DMY):
        for m in rx.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if rx is _GLUED and m.start() > 0 and text[m.start() - 1].isdigit():
                continue
            y = int(m.group("y"))
            y = y + _ROC_OFFSET if rx is _ROC else y + 2000 if y < 100 else y
            iso = _iso(y, int(m.group("m")), int(m.group("d")))
            if iso:
                found.append(_Found(m.start(), m.end(), iso, "day"))
                taken.append((m.start(), m.end()))
    for m in (*_MONTH.finditer(text, start, end), *_month_alone(text, start, end)):
        if any(a <= m.start() < b for a, b in taken) or (m.start() > 0 and text[m.start() - 1].isdigit()):
            continue
        iso = _iso(int(m.group("y")), int(m.group("m")), None)
        if iso:
            found.append(_Found(m.start(), m.end(), iso, "month"))
    for m in _CN_FULL.finditer(text, start, end):
        y = int("".join(_CN_DIGITS[c] for c in m.group("y")))
        month, day = _cn_number(m.group("m")), _cn_number(m.group("d"))
        iso = _iso(y, month, day) if 1950 <= y <= 2099 and month is not None and day is not None else None
        if iso:
            found.append(_Found(m.start(), m.end(), iso, "day"))
    return sorted(found, key=lambda f: f.start)
