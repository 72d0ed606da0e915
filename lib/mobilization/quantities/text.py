"""Quantities, the shared characters: sentence and clause ends, quotation marks, numeral characters.

Used by every step; `SENTENCE_END` is also where `pipeline` cuts the sentence of a mention.

>>> _clause_end("甲乙,丙", 0, 10)
2
"""
from __future__ import annotations

import re


# The characters of a Chinese numeral: digits (with the financial forms 壹贰叁…, not 参 of 参加),
# units, 廿/卅/卌, and the traditional 萬 億 兩 貳 陸 for text that was not converted.
_CN_DIGIT_RUN = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳陸兩"


_CN_RUN = _CN_DIGIT_RUN + "十百千万亿拾佰仟萬億兆廿卅卌"


_ASCII_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"


_CLAUSE_END = "，,。；;！!？?\n：:"


SENTENCE_END = "。；;！!？?\n"  # also where pipeline cuts the sentence of a mention


DIVISION_CHARS = "省市县区州乡镇村"  # the divisions' one-character names (5个省, 12个县; 4省54.9万人)


_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")


# The last clause or sentence end before a position, in one C-level match: `.*` jumps to the end
# of the span and backs off to the last end character (no scan of every match in Python, and no
# rfind per character that reads back to the start of the text when that character is absent).
_LAST_CLAUSE_END_RE = re.compile(f"(?s:.*)[{re.escape(_CLAUSE_END)}]")
_LAST_SENTENCE_END_RE = re.compile(f"(?s:.*)[{re.escape(SENTENCE_END)}]")
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")


def _clause_start(text: str, lo: int, i: int) -> int:
    """Where the clause holding text[i] begins, looking back no further than lo.

    >>> _clause_start("甲,乙丙", 0, 3), _clause_start("甲,乙;丙", 0, 5), _clause_start("甲,乙丙", 2, 3)
    (2, 4, 2)
    """
    m = _LAST_CLAUSE_END_RE.match(text, lo, i)
    return m.end() if m is not None else lo


def _sentence_start(text: str, lo: int, i: int) -> int:
    """Where the sentence holding text[i] begins (after the last of SENTENCE_END before i), looking
    back no further than lo.

    >>> _sentence_start("甲。乙,丙", 0, 4), _sentence_start("甲,乙丙", 0, 3), _sentence_start("甲。乙", 2, 3)
    (2, 0, 2)
    """
    m = _LAST_SENTENCE_END_RE.match(text, lo, i)
    return m.end() if m is not None else lo


def _clause_end(text: str, i: int, reach: int) -> int:
    m = _CLAUSE_END_RE.search(text, i, min(len(text), i + reach))
    return m.start() if m else min(len(text), i + reach)


# round q25: names listed right before a count of places (浦东、静安、闵行、宝山四区, 北蔡村、沟北村、岔峪村三村, 周上和刘皇
# 三村): the count sums up the places just named, in apposition, so it counts them whatever noun follows
_NAMES_LISTED = re.compile("(?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]{1,8}[、和及与][\u4e00-\u9fff]{1,8}\\Z")
_NAMES_REACH = 60  # how far back the list of names may begin


def _names_listed(text: str, i: int) -> bool:
    """A list of two or more names ends right before text[i] (the numeral of a count of places).

    >>> _names_listed("浦东、静安、宝山四区", 8), _names_listed("周上和刘皇三村", 5), _names_listed("沪港两地", 2)
    (True, True, False)
    """
    return _NAMES_LISTED.search(text, max(0, i - _NAMES_REACH), i) is not None
