"""Quantities, step 2: numerals that are not counts (slogans, fixed terms, dates, codes, quoted lists).

The fixed terms are the rows of data/exclusions.csv; a numeral inside a short quotation is a
slogan (“六个一”), and one right after a quoted list names the list (“…、…”四项行动).
"""
from __future__ import annotations

import re
from typing import Iterator

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
    for m in _rows_in(text, lo, hi, end, lex):
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


def _rows_in(text: str, lo: int, hi: int, end: int, lex: Lexicon) -> Iterator[re.Match]:
    """The matches of `lex.exclusion_re.finditer(text, lo, hi)` that begin before `end`, the same ones in the same order.

    `exclusion_re` holds some 190 rows behind a lookahead for their first characters; at a position where one may
    begin, the engine tries every row in turn. With `lex.exclusion_plan` (`wordlists._first_char_plan`) a
    first-character search finds such a position and only the rows that may begin with its character are tried
    there, in their order (the alternation would take the first of them that matches too; the others fail on
    that character).

    >>> from mobilization.quantities import lexicon
    >>> t = "开展“六个一”活动,第3名"; lex = lexicon()
    >>> [m.group() for m in _rows_in(t, 0, len(t), len(t), lex)] == [m.group() for m in lex.exclusion_re.finditer(t)]
    True
    """
    if lex.exclusion_plan is None:  # (a row with no known first character: the pattern as it is)
        for m in lex.exclusion_re.finditer(text, lo, hi):
            if m.start() >= end:
                return  # matches come in order: none further on can overlap the numeral
            yield m
        return
    first, rows = lex.exclusion_plan
    p = lo
    while True:
        at = first.search(text, p, end)
        if at is None:
            return
        q = at.start()
        m = rows[text[q]].match(text, q, hi)
        if m is None:
            p = q + 1
            continue
        yield m
        p = m.end() if m.end() > q else q + 1  # (finditer goes on after an empty match one character on)


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
