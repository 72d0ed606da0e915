"""Stage 5 helper, numerals: Arabic, full-width and Chinese numerals → numbers.

Pure string → number functions used by `quantities`. They parse a numeral that the
quantity scanner has already cut out of the text; they never search running text.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

# Full-width digits, full-width point/comma → ASCII, so float() can read them.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
_BIG_UNIT_CHARS = "".join(CN_BIG_UNITS)
_NUMERAL_SET = frozenset(CN_NUMERAL_CHARS)  # set tests run in C: these parse every candidate
_DIGIT_SET = frozenset(CN_DIGITS)

_ARABIC = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")


def parse_arabic(s: str) -> float:
    """An Arabic numeral, possibly full-width, with thousands separators and decimals.

    >>> parse_arabic("1,234"), parse_arabic("１２３"), parse_arabic("1351824.99")
    (1234.0, 123.0, 1351824.99)
    >>> parse_arabic("1，234．5")
    1234.5
    """
    return float(s.translate(_FULLWIDTH).replace(",", ""))


def parse_chinese(s: str) -> float:
    """A Chinese numeral: 十二, 三千六百, 两千零五十, 一万二 (=12000), or digit by digit (二〇二〇).

    Raises ValueError on characters that are not numerals or on an empty string.

    >>> [parse_chinese(x) for x in ["十二", "三千六百", "两千零五十", "二〇二〇", "两"]]
    [12.0, 3600.0, 2050.0, 2020.0, 2.0]
    >>> parse_chinese("一万二"), parse_chinese("十万"), parse_chinese("三亿五千万")
    (12000.0, 100000.0, 350000000.0)
    """
    if len(s) == 1 and s in CN_DIGITS:
        return float(CN_DIGITS[s])  # the common case (两, 三), as the positional reading below gives it
    if not s or not _NUMERAL_SET.issuperset(s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if _DIGIT_SET.issuperset(s):
        # A string of bare digits is read positionally: years (二〇二〇), codes.
        return float("".join(str(CN_DIGITS[c]) for c in s))
    total = 0  # finished 亿/万 groups
    group = 0  # the current group below 万
    digit: int | None = None
    last_unit = 1
    zero_seen = False
    for c in s:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0:
                raise ValueError(f"two digits in a row: {s!r}")
            d = CN_DIGITS[c]
            if d == 0:
                zero_seen = True
            else:
                digit = d
        elif c in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[c]
            group += (1 if digit is None else digit) * unit  # 十二: a bare 十 means 10
            digit, last_unit, zero_seen = None, unit, False
        else:
            big = CN_BIG_UNITS[c]
            group += digit or 0
            if group == 0 and total == 0:
                group = 1  # 万人 alone: one 万
            total = (total + group) * big if big > 10_000 or total < big else total + group * big
            group, digit, last_unit, zero_seen = 0, None, big, False
    if digit is not None:
        # Colloquial abbreviation: 一万二 = 12000, 三千六 = 3600 (not after 零: 两千零五 = 2005).
        group += digit * (last_unit // 10 if last_unit >= 100 and not zero_seen else 1)
    return float(total + group)


def scale_of(units: str) -> int:
    """The product of 万/亿 characters (1 for none).

    >>> scale_of("万万"), scale_of("")
    (100000000, 1)
    """
    scale = 1
    for c in units:
        scale *= CN_BIG_UNITS[c]
    return scale


def parse_numeral(s: str) -> float:
    """Arabic or Chinese numeral with an optional trailing 万/亿 scale (1.5万, 4600万, 三千).

    >>> parse_numeral("1.5万"), parse_numeral("２万"), parse_numeral("2.3亿"), parse_numeral("三千六百")
    (15000.0, 20000.0, 230000000.0, 3600.0)
    >>> parse_numeral("0.35亿"), parse_numeral("1，234")
    (35000000.0, 1234.0)
    """
    s = s.strip()
    body = s.rstrip(_BIG_UNIT_CHARS)
    if body.isascii() and body.isdigit() and len(body) < 16:
        value = float(int(body) * scale_of(s[len(body):]))
    elif body and _ARABIC.fullmatch(body):
        # Decimal keeps 2.3亿 = 230000000 exact (float would give 229999999.99999997).
        value = float(Decimal(body.translate(_FULLWIDTH).replace(",", "")) * scale_of(s[len(body):]))
    else:
        value = parse_chinese(s)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {s!r}")
    return value


# Two neighbouring digits in a Chinese numeral: a colloquial range (五六十 = 50 to 60, 三四 = 3 to 4,
# 两三百 = 200 to 300, 十五六 = 15 to 16, 三五 = 3 to 5). What stands before the pair must end in a
# unit (十五六, 一百五六十) and what follows is units only.
_COLLOQUIAL = re.compile(r"(?P<pre>.*?)(?P<a>[一二两三四五六七八九])(?P<b>[一二两三四五六七八九])(?P<rest>[十百千万亿]*)")
_RANGE_PAIRS = frozenset({(3, 5)})  # besides neighbours (三四, 五六): 三五 "three to five"


def colloquial_range(s: str) -> tuple[float, float] | None:
    """(low, high) of a colloquial range written as two neighbouring digits, else None.

    >>> colloquial_range("五六十"), colloquial_range("三四"), colloquial_range("两三百")
    ((50.0, 60.0), (3.0, 4.0), (200.0, 300.0))
    >>> colloquial_range("十五六"), colloquial_range("一百五六十"), colloquial_range("三五"), colloquial_range("一两")
    ((15.0, 16.0), (150.0, 160.0), (3.0, 5.0), (1.0, 2.0))
    >>> [colloquial_range(x) for x in ("五十", "三千六百", "三三", "五四", "一二三", "二〇二〇", "三七")]
    [None, None, None, None, None, None, None]
    """
    m = _COLLOQUIAL.fullmatch(s)
    if m is None:
        return None
    pre, a, b, rest = m.group("pre", "a", "b", "rest")
    da, db = CN_DIGITS[a], CN_DIGITS[b]
    if not (db == da + 1 or (da, db) in _RANGE_PAIRS):
        return None
    if pre and pre[-1] not in CN_SMALL_UNITS and pre[-1] not in CN_BIG_UNITS:
        return None  # 一二三: a digit string, not a range
    try:
        return parse_chinese(pre + a + rest), parse_chinese(pre + b + rest)
    except ValueError:
        return None
