"""Quantities, step 2: numerals that are not counts (slogans, fixed terms, dates, codes, quoted lists).

The fixed terms are the rows of data/exclusions.csv; a numeral inside a short quotation is a
slogan (“六个一”), and one right after a quoted list names the list (“…、…”四项行动).
"""
from __future__ import annotations

import re

from ..numerals import UNIT_CHARS
from .records import Lexicon
from .text import _ASCII_LETTER, _CLOSE_QUOTES, _OPEN_QUOTES, SENTENCE_END
from .numbers import _Number

# 2025-11-29, 2021/7/20, 2020.2.3: the last group of a date written in digits is the day, never a count
# (`date 2025-11-29 千名志工`: the 29 must not be read with the blank-closed 千名 as 29,000)
_NUMERIC_DATE_BEFORE = re.compile(r"(?:1[89]|20)\d\d([-/.])[01]?\d\1$")


_OPEN_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}]")


_QUOTED_SLOGAN = 8  # a numeral inside a quotation this short is a slogan (“六个一”, “两新”)


def _excluded(text: str, start: int, end: int, lex: Lexicon, latin_unit: bool = False) -> bool:
    """True when the numeral text[start:end] is part of a slogan, fixed term, ordinal, date or code.

    `latin_unit`: the letters after the numeral are a unit of classifiers.csv (1000kg), not a model name.
    """
    if _ASCII_LETTER.search(text, max(0, start - 2), min(len(text), end + 1)):
        # 3M, N95, iPhone11, iPhone 11: model numbers and product names
        before = text[max(0, start - 2):start]
        after = text[end:end + 1]
        if (_ASCII_LETTER.match(after) and not latin_unit) or (before and _ASCII_LETTER.match(before[-1])) \
                or (before.endswith(" ") and _ASCII_LETTER.match(before[0])):
            return True
    if start > 5 and text[start - 1] in "-/." and _NUMERIC_DATE_BEFORE.search(text, max(0, start - 8), start):
        return True
    lo, hi = max(0, start - 12), min(len(text), end + 12)
    whole = None  # is text[start:end] a numeral with units (一百一十, 三万一千)? asked only on a hit
    for m in lex.exclusion_re.finditer(text, lo, hi):
        if m.start() >= end:
            break  # matches come in order: none further on can overlap the numeral
        if start < m.end():
            if start < m.start() < end or start < m.end() < end or (start <= m.start() and m.end() <= end):
                # the row begins or ends inside the numeral (是一|千二百, 三万一|千, 一百一十 for 一X一Y):
                # a numeral with units is read whole, never cut by a row written for words
                if whole is None:
                    whole = not UNIT_CHARS.isdisjoint(text[start:end])
                if whole:
                    continue
            return True
    return _in_short_quote(text, start, end)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """“六个一”, “两新”, “四问一查”: a numeral inside a short quotation is a slogan."""
    if _OPEN_QUOTE_RE.search(text, max(0, start - _QUOTED_SLOGAN), start) is None:
        return False  # the common case, decided in C
    window = text[max(0, start - _QUOTED_SLOGAN):start]
    left = max(window.rfind(q) for q in _OPEN_QUOTES)
    if left < 0 or any(q in window[left:] for q in _CLOSE_QUOTES):
        return False
    after = text[end:end + _QUOTED_SLOGAN]
    right = min((i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    inside = len(window) - left - 1 + (end - start) + right
    return right >= 0 and inside <= _QUOTED_SLOGAN and not any(q in after[:right] for q in _OPEN_QUOTES)


_LIST_REACH = 60  # the longest quoted list whose name may follow it


def _labels_list(text: str, num: _Number) -> bool:
    """A Chinese numeral right after a quotation of exactly that many items, split by 、 (或 ，):
    “为护航者减负、加力、鼓劲、保障”四项行动 names the list it follows; it is not a tally.

    >>> from mobilization.quantities.numbers import _read_number
    >>> from mobilization.quantities import candidate_re, lexicon
    >>> t = "开展“减负、加力、鼓劲、保障”四项行动"
    >>> _labels_list(t, _read_number(candidate_re().search(t, t.index("四")), lexicon(), t))
    True
    """
    close = text[num.start - 1]
    open_ = text.rfind(_OPEN_QUOTES[_CLOSE_QUOTES.index(close)], max(0, num.start - _LIST_REACH), num.start - 1)
    if open_ < 0:
        return False
    inner = text[open_ + 1:num.start - 1]
    if any(c in inner for c in SENTENCE_END):
        return False
    items = 1 + sum(inner.count(c) for c in "、，,")
    return items >= 2 and items == num.value and num.high is None
