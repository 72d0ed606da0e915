"""Stage 5 helper, numerals: Arabic, full-width, Chinese and mixed numerals → numbers.

Pure string → number functions used by `quantities`. They parse a numeral that the
quantity scanner has already cut out of the text; they never search running text.
A numeral that is not well formed raises ValueError: the caller then reports nothing (or
flags the figure), never a part of it. `IllFormedNumeral`, a ValueError, says the string IS a
numeral whose units are out of their order (三百五百, 十二万七千万: a typo in the source): the
caller flags it as unreadable rather than dropping it in silence.

Forms read (docs/quantities.md, "Numerals"): Arabic with separators and decimals; Chinese with
十/百/千 and the 万/亿/兆 groups, 零, 两, 十 alone, the colloquial 一万二 (12000) and 三千六 (3600);
financial digits 壹贰叁肆伍陆柒捌玖拾佰仟 and the traditional 萬 億 兩 貳 陸; 廿 (20), 卅 (30),
卌 (40), 半百 (50); decimals with 点 (三点五万 = 35000); Arabic digits with Chinese units
(3千 = 3000, 5千万 = 50,000,000, 3万4000 = 34000, 1万600 = 10600); repeated big units
multiply (四万万 = 400,000,000, 1万亿 = 10^12). 兆 is read as 10^12 (万亿), the reading of
Taiwan, Hong Kong and modern financial writing, not the old 10^6.
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
CN_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": 10 ** 12}
CN_TENS = {"廿": 20, "卄": 20, "卅": 30, "卌": 40}  # one character for 二十, 三十, 四十
# Financial forms (大写): written on cheques and in accounts; alone (拾 "pick up", 伍 of 队伍, 陆 of
# 陆续) they are mostly words, so quantities reads one only inside a longer numeral.
FINANCIAL = frozenset("壹贰貳叁肆伍陆陸柒捌玖拾佰仟")
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS) + "".join(CN_TENS)
_BIG_UNIT_CHARS = "".join(CN_BIG_UNITS)
_NUMERAL_SET = frozenset(CN_NUMERAL_CHARS + "点")  # set tests run in C: these parse every candidate
_DIGIT_SET = frozenset(CN_DIGITS)
UNIT_CHARS = frozenset(CN_SMALL_UNITS) | frozenset(CN_BIG_UNITS) | frozenset(CN_TENS)
HALF_HUNDRED = "半百"  # 50: 年过半百 is an age, but 半百名 counts

class IllFormedNumeral(ValueError):
    """A numeral whose units break the order of a written number (a unit after a larger or equal
    one of its own section, a big unit again after smaller units): damaged, to be flagged, never read."""


_ARABIC = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_ARABIC_FIRST = frozenset("0123456789０１２３４５６７８９")  # what a match of _ARABIC begins with


# The short Chinese numerals written most (三十, 十五, 二十六, 两千, 一万): read with integers, as read_numeral
# reads them in Decimal (tests/test_quantities_speed.py compares every string of these shapes).
_SHORT_TENS = re.compile("([一二两三四五六七八九])?十([一二两三四五六七八九])?")
_SHORT_UNIT = re.compile("([一二两三四五六七八九])([百千万亿])")


def parse_arabic(s: str) -> float:
    """An Arabic numeral, possibly full-width, with thousands separators and decimals.

    >>> parse_arabic("1,234"), parse_arabic("１２３"), parse_arabic("1351824.99")
    (1234.0, 123.0, 1351824.99)
    >>> parse_arabic("1，234．5")
    1234.5
    """
    return float(s.translate(_FULLWIDTH).replace(",", ""))


def parse_chinese(s: str) -> float:
    """A Chinese (or mixed) numeral: 十二, 三千六百, 两千零五十, 一万二 (=12000), or digit by digit (二〇二〇).

    Raises ValueError on characters that are not numerals, on an empty string and on a
    numeral that is not well formed (二二十, 三百五百).

    >>> [parse_chinese(x) for x in ["十二", "三千六百", "两千零五十", "二〇二〇", "两"]]
    [12.0, 3600.0, 2050.0, 2020.0, 2.0]
    >>> parse_chinese("一万二"), parse_chinese("十万"), parse_chinese("三亿五千万"), parse_chinese("四万万")
    (12000.0, 100000.0, 350000000.0, 400000000.0)
    >>> parse_chinese("叁千零五十"), parse_chinese("三点五万"), parse_chinese("廿三"), parse_chinese("半百")
    (3050.0, 35000.0, 23.0, 50.0)
    """
    if len(s) == 1 and s in CN_DIGITS:
        return float(CN_DIGITS[s])  # the common case (两, 三), as the positional reading below gives it
    if s == HALF_HUNDRED:
        return 50.0
    if not s:
        raise ValueError("not a Chinese numeral: ''")
    if _DIGIT_SET.issuperset(s):
        # A string of bare digits is read positionally: years (二〇二〇), codes.
        return float("".join(str(CN_DIGITS[c]) for c in s))
    m = _SHORT_TENS.fullmatch(s)
    if m is not None:
        tens, ones = m.groups()
        return float((CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0))
    m = _SHORT_UNIT.fullmatch(s)
    if m is not None:
        return float(CN_DIGITS[m.group(1)] * (CN_SMALL_UNITS.get(m.group(2)) or CN_BIG_UNITS[m.group(2)]))
    return float(read_numeral(s))


_DIGIT_BY_DIGIT = 3  # a run of this many Chinese digits is read digit by digit (两 digits may be a range: 三四万)
_PLAIN_DIGITS = frozenset("零〇○一二三四五六七八九")  # the digits of that style (not 两, not financial digits)


def _digit_run(s: str, i: int) -> int:
    """How many plain Chinese digits follow in a row from s[i]."""
    j = i
    while j < len(s) and s[j] in _PLAIN_DIGITS:
        j += 1
    return j - i


def _tokens(s: str) -> list[tuple[str, Decimal, int]]:
    """(kind, value, digits) tokens of a numeral: num (a digit or an Arabic number; digits = its
    count of integer digits, 0 for a Chinese digit), zero, tens (廿), unit (十百千), big (万亿兆; a
    run of them is one token, multiplied), frac (点 and the digits after it)."""
    out: list[tuple[str, Decimal, int]] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        m = _ARABIC.match(s, i) if c.isdigit() else None
        if m is not None:
            text = m.group().translate(_FULLWIDTH).replace(",", "")
            out.append(("num", Decimal(text), len(text.split(".")[0])))
            i = m.end()
        elif c in CN_DIGITS and _digit_run(s, i) >= _DIGIT_BY_DIGIT:
            # 一一一万, 一八九亿, 卅九万七○八四: newspaper style, the digits written one by one as in Arabic
            j = i + _digit_run(s, i)
            out.append(("num", Decimal("".join(str(CN_DIGITS[x]) for x in s[i:j])), j - i))
            i = j
        elif c in CN_DIGITS:
            d = CN_DIGITS[c]
            out.append(("zero", Decimal(0), 0) if d == 0 else ("num", Decimal(d), 0))
            i += 1
        elif c in CN_TENS:
            out.append(("tens", Decimal(CN_TENS[c]), 0))
            i += 1
        elif c in CN_SMALL_UNITS:
            out.append(("unit", Decimal(CN_SMALL_UNITS[c]), 0))
            i += 1
        elif c in CN_BIG_UNITS:
            big = 1
            while i < n and s[i] in CN_BIG_UNITS:
                if big > 1 and CN_BIG_UNITS[s[i]] < CN_BIG_UNITS[s[i - 1]]:
                    # 万亿 and 万万 multiply (10^12, 10^8); a smaller unit right after a larger one
                    # (一亿万, 三兆亿) multiplies nothing a writer means: damaged
                    raise IllFormedNumeral(f"a big unit after a larger one: {s!r}")
                big *= CN_BIG_UNITS[s[i]]
                i += 1
            out.append(("big", Decimal(big), 0))
        elif c == "点":
            j = i + 1
            while j < n and s[j] in CN_DIGITS:
                j += 1
            if j == i + 1:
                raise ValueError(f"点 without digits: {s!r}")
            out.append(("frac", Decimal("0." + "".join(str(CN_DIGITS[x]) for x in s[i + 1:j])), 0))
            i = j
        else:
            raise ValueError(f"not a numeral: {s!r}")
    return out


def read_numeral(s: str) -> Decimal:
    """The exact value of a well-formed Chinese, Arabic or mixed numeral; ValueError otherwise.

    Sections below 万 are read with 千 > 百 > 十 in falling order; a big unit (万, 亿, 兆, or a run
    of them, multiplied) closes a section. A digit left at the end follows the unit before it
    (一万二 = 12000, 三千六 = 3600), except after 零 (两千零五 = 2005); an Arabic number of two or
    more digits after a big unit is read as written (1万600 = 10600).

    >>> [int(read_numeral(x)) for x in ("一百一十", "3千", "5千万", "3万4000", "1万600", "1万6")]
    [110, 3000, 50000000, 34000, 10600, 16000]
    >>> [int(read_numeral(x)) for x in ("一一一万", "一八九亿", "卅九万七○八四")]  # digit by digit
    [1110000, 18900000000, 397084]
    >>> int(read_numeral("三万五千亿")), int(read_numeral("五兆六十二亿四万五千二"))
    (3500000000000, 5006200045200)
    >>> read_numeral("一点二亿"), read_numeral("三百四十点零零三四")
    (Decimal('120000000.0'), Decimal('340.0034'))

    A big unit after a section that ended in a smaller one multiplies the whole only when it is
    larger than every big unit before it (三万五千亿 = 3.5 × 10^12); an equal or smaller one
    again (十二万七千万, 一亿二千万五千亿) is a damaged numeral: `IllFormedNumeral`.

    >>> for bad in ("十二万七千万", "一亿二千万五千亿", "三百五百", "一万二千万", "一亿万"):
    ...     try:
    ...         read_numeral(bad)
    ...     except IllFormedNumeral:
    ...         pass
    ...     else:
    ...         print("read", bad)
    >>> for bad in ("二二十", "三百五百", "十五点", "一千一千", "三点五十万二"):
    ...     try:
    ...         read_numeral(bad)
    ...     except ValueError:
    ...         pass
    ...     else:
    ...         print("read", bad)
    """
    tokens = _tokens(s)
    total = Decimal(0)  # finished big-unit groups
    section = Decimal(0)  # the group being read
    pending: tuple[Decimal, int] | None = None  # a number waiting for its unit
    last_unit = 0  # the last 十/百/千 of this section (0: none yet)
    last_big = 0  # the last big unit passed (0: none yet)
    smallest_big = 0  # the smallest big unit passed: every later section stays below it
    previous_big = 0  # the big unit (or run of them) that closed the last section, as written
    largest_big = 0  # the largest big unit (or run) written so far: only a larger one multiplies the whole
    zero = False  # a 零 since the last unit
    decimal = False  # a 点 was read: only big units may follow
    for k, (kind, value, digits) in enumerate(tokens):
        if decimal and kind != "big":
            raise ValueError(f"a numeral goes on after its decimals: {s!r}")
        if kind == "num":
            if pending is not None:
                raise ValueError(f"two numbers in a row: {s!r}")
            pending = (value, digits)
        elif kind == "zero":
            if pending is not None or (section == 0 and total == 0 and k > 0):
                raise ValueError(f"零 after a digit: {s!r}")
            zero = True
        elif kind == "tens":
            if pending is not None or (last_unit and last_unit <= 10):
                raise ValueError(f"廿/卅 out of place: {s!r}")
            section += value
            last_unit, zero = 10, False
        elif kind == "unit":
            if last_unit and value >= last_unit:
                raise IllFormedNumeral(f"units out of order: {s!r}")
            if pending is None:
                if section != 0 or zero:
                    raise ValueError(f"a unit without its digit: {s!r}")
                coefficient = Decimal(1)  # 十二, 百余, 千余名: a bare unit is one of it
            else:
                coefficient = pending[0]
            section += coefficient * value
            pending, last_unit, zero = None, int(value), False
        elif kind == "big":
            group = section + _tail(pending, last_unit, 0, zero, s)  # (no 一万二 abbreviation before a big unit)
            if group == 0:
                if total != 0 or zero:
                    raise ValueError(f"a big unit without a number: {s!r}")
                group = Decimal(1)  # 万余名: one 万
            if smallest_big and group >= smallest_big:
                raise IllFormedNumeral(f"a section too large for its place: {s!r}")
            if last_big and value > largest_big:
                total, last_big = (total + group) * value, last_big * value  # 三万五千亿: the whole times 亿
            elif last_big and value >= previous_big:
                # 十二万七千万, 一亿二千万五千亿: a big unit again after smaller units, multiplying no whole
                # (四万万 is one run of units, read above as a product): a typo, never 1.27 billion
                raise IllFormedNumeral(f"a big unit again after smaller units: {s!r}")
            else:
                total, last_big = total + group * value, int(value)
            smallest_big = min(smallest_big or last_big, int(value))
            previous_big, largest_big = int(value), max(largest_big, int(value))
            section, pending, last_unit, zero = Decimal(0), None, 0, False
        else:  # frac
            if pending is None and section == 0 and not (zero and k == 1):
                raise ValueError(f"点 without a number before it: {s!r}")  # (零点二万 = 2000 has its 零)
            if pending is not None and last_unit >= 100 and not zero:
                raise ValueError(f"decimals after an abbreviated numeral: {s!r}")
            section += (pending[0] if pending else 0) + value
            if total != 0:
                raise ValueError(f"decimals after a big unit: {s!r}")
            pending, decimal = None, True
    group = section + _tail(pending, last_unit, last_big, zero, s)
    if smallest_big and group >= smallest_big:
        raise IllFormedNumeral(f"a section too large for its place: {s!r}")
    return total + group


def _tail(pending: tuple[Decimal, int] | None, last_unit: int, last_big: int, zero: bool, s: str) -> Decimal:
    """The value of a number left without a unit at the end of a section (see `read_numeral`)."""
    if pending is None:
        return Decimal(0)
    value, digits = pending
    if zero:
        return value  # 两千零五, 一万零二
    if last_unit >= 100:
        if digits > 1 or value != value.to_integral_value():
            raise ValueError(f"a number after a unit: {s!r}")
        return value * last_unit // 10  # 三千六 = 3600
    if last_unit == 10:
        if digits > 1:
            raise ValueError(f"a number after 十: {s!r}")
        return value  # 二十三
    if last_big and digits <= 1 and value == value.to_integral_value():
        return value * last_big // 10  # 一万二 = 12000, 1万6 = 16000
    return value  # 1万600 = 10600, or a lone number


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
    """Arabic, Chinese or mixed numeral with an optional trailing 万/亿 scale (1.5万, 4600万, 三千, 3万4000).

    >>> parse_numeral("1.5万"), parse_numeral("２万"), parse_numeral("2.3亿"), parse_numeral("三千六百")
    (15000.0, 20000.0, 230000000.0, 3600.0)
    >>> parse_numeral("0.35亿"), parse_numeral("1，234"), parse_numeral("3千"), parse_numeral("1万600")
    (35000000.0, 1234.0, 3000.0, 10600.0)
    """
    s = s.strip()
    body = s.rstrip(_BIG_UNIT_CHARS)
    if body.isascii() and body.isdigit() and len(body) < 16:
        value = float(int(body) * scale_of(s[len(body):]))
    elif body and body[0] in _ARABIC_FIRST and _ARABIC.fullmatch(body):
        # Decimal keeps 2.3亿 = 230000000 exact (float would give 229999999.99999997).
        value = float(Decimal(body.translate(_FULLWIDTH).replace(",", "")) * scale_of(s[len(body):]))
    elif s and s[0].isdigit():
        value = float(read_numeral(s))  # mixed: 3千, 5千万, 3万4000
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
