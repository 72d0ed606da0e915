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


_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")


def _clause_start(text: str, lo: int, i: int) -> int:
    """Where the clause holding text[i] begins, looking back no further than lo.

    >>> _clause_start("甲,乙丙", 0, 3)
    2
    """
    return max((m.end() for m in _CLAUSE_END_RE.finditer(text, lo, i)), default=lo)


def _clause_end(text: str, i: int, reach: int) -> int:
    m = _CLAUSE_END_RE.search(text, i, min(len(text), i + reach))
    return m.start() if m else min(len(text), i + reach)
