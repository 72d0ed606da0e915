"""Quantities, step 1: the one scan for candidate numerals, and their value, approximation and range.

`candidate_re()` finds Arabic numerals always and Chinese numerals before a classifier or a
bare-countable noun; `_read_number` reads one (with `numerals.parse_numeral`), or rejects it
(phone numbers, a bare 万); `_whole_numeral_start` flags a candidate that is only the tail of a
numeral nobody can read whole.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from collections.abc import Iterator
from typing import NamedTuple

from ..numerals import (CN_DIGITS, CN_TENS, colloquial_range, FINANCIAL, HALF_HUNDRED, IllFormedNumeral, parse_numeral,
                        scale_of, UNIT_CHARS)
from .records import Lexicon
from .text import _CN_DIGIT_RUN, _CN_RUN
from .wordlists import lexicon


_DIGITS = "0-9０-９"


_PLAIN_ARABIC = rf"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*(?:[.．][{_DIGITS}]+)?"


# Arabic digits with Chinese units: 3千, 5千万 (千 before 万 is read with the scale), 3万4000, 1万600,
# 5万4千6百; not 3千克 or 5千米 (kilograms, kilometres), and 万/亿 only when digits follow (4600万 keeps
# 万 as its scale). numerals.read_numeral checks the order of the units.
_AR_PART = rf"{_PLAIN_ARABIC}(?:[千百仟佰](?![克米瓦卡]))?"


_ARABIC = rf"{_AR_PART}(?:[万亿萬億]*(?<=[千百仟佰万亿萬億]){_AR_PART})*"


# 数百, 上千 (at least); 过千, 过万, 破百 (more than: Hong Kong and Taiwan usage, only before 百/千/万, since
# 参加过十次 is the aspect particle 过); 半百 (50); decimals with 点 (三点五万: only digits after 点,
# so 三点五十分 is a time). The group `run` names the plain run of numeral characters (see _scale).
def _chinese(run: str, run_start: str = "") -> str:
    return (rf"[数几上](?=[十百千万])[十百千万亿]+|[过破](?=[百千万])[百千万亿]+|{HALF_HUNDRED}"
            rf"|{run_start}(?P<{run}>[{_CN_RUN}]+)(?:点[{_CN_DIGIT_RUN}]+)?")


_CHINESE = _chinese("run")


_NUMBER = rf"(?:{_ARABIC}|{_chinese('run2')})"


def _scale(name: str, run: str) -> str:
    """The 万/亿 scale after a numeral, never split off a run of 万/亿 the numeral could hold itself.

    A plain run of numeral characters holds every 万/亿/萬/億/兆 after it, and 数万, 过万 hold
    万/亿: a scale that would begin inside such a run is a split the scan tries in vain (the
    longer numeral, tried first, already had every chance), and on a long run of 万 that
    backtracking was cubic (issue 13). What remains is the same set of matches.
    """
    after_run = "(?<![万亿萬億兆])"
    after_other = "(?:(?<![万亿萬億兆])|(?<=[万亿])(?=[萬億兆]))"  # 数万 + 萬: the 萬 is not in 数万's class
    return rf"(?P<{name}>(?({run}){after_run}|{after_other})[万亿萬億兆]+)"


# number, inner approximation (多/余/几), scale (万/亿), inner approximation again (1万多),
# optionally a range (3至5, 3-5万). Chinese numerals are frequent inside words (一线, 统一), so
# they are candidates only when a classifier or a bare-countable noun follows (checked in C by a
# lookahead built from the lexicon, which keeps the per-candidate Python work small).
_TAIL = (rf"(?P<in1>[多余几])?{_scale('scale', 'run')}?(?P<in2>[多余])?"
         rf"(?:(?P<sep>至|到|[-~～—－])(?P<num2>{_NUMBER}){_scale('scale2', 'run2')}?)?")


# a Chinese numeral that ends in 万/亿 after a digit (三十六万, 四亿, 三百万; not 万众, 千万不要)
_CN_SUM_END = (f"(?:(?<=[{_CN_DIGIT_RUN}十拾廿卅][万亿萬億])|(?<=[{_CN_DIGIT_RUN}十拾][百千佰仟][万亿萬億])"
               f"|(?<=点[{_CN_DIGIT_RUN}][万亿萬億])"
               f"|(?<=[{_CN_DIGIT_RUN}十拾百千佰仟][多余餘][万亿萬億])"
               f"|(?<=[数數][十百千][万亿萬億]))")  # 数百万青年志愿者 (round q15): several hundred ten-thousands  # 一百四十余万 alone: 善款逾澳门币一百四十余万


@lru_cache(maxsize=2)
def candidate_re(run_starts_only: bool = False) -> re.Pattern:
    """The one scan: Arabic numerals always, Chinese numerals before a classifier or bare noun.

    With `run_starts_only`, a Chinese numeral run is tried only where the run begins (what
    `candidates` needs to stay linear).
    """
    lex = lexicon()
    follow = lex.classifier_re.pattern + ("|" + lex.bare_re.pattern if lex.bare_re else "")
    # The lookahead holds every first character of _ARABIC and _CHINESE: one class test skips
    # the ordinary characters of the text (twice as fast as trying the alternatives there).
    starts = rf"(?=[{_DIGITS}数几上过破半{_CN_RUN}])"
    chinese = _chinese("run", rf"(?<![{_CN_RUN}])") if run_starts_only else _CHINESE
    # (A Chinese numeral ending in 万/亿 may also stand alone: 筹三十六万 in a headline, see _headline_sum.)
    return re.compile(rf"{starts}(?:(?P<ar>{_ARABIC})|(?P<cn>{chinese})){_TAIL}(?(cn)(?:(?={follow})|{_CN_SUM_END}))",
                      re.UNICODE)


_RUN_CHARS = frozenset(_CN_RUN)


def candidates(text: str) -> Iterator[re.Match]:
    """The matches of `candidate_re().finditer(text)`, the same ones, in time linear in the text.

    The plain scan tries a Chinese numeral at every character of a run of numeral characters,
    and each try reads to the end of the run: quadratic on a long run (万 × 2,000 took seconds).
    But where the run tried at one character finds nothing, it finds nothing at the next one
    either (its possible ends are a subset, and what may follow an end does not depend on where
    the numeral began). So a run is tried where it begins, or where the previous match ended
    inside it, and nowhere else.

    >>> t = "捐款3万四千元"; [m.group() for m in candidates(t)] == [m.group() for m in candidate_re().finditer(t)]
    True
    >>> [m.group() for m in candidates(t)]
    ['3万', '四千']
    """
    whole, guarded = candidate_re(), candidate_re(run_starts_only=True)
    pos, n = 0, len(text)
    while pos < n:
        if 0 < pos and text[pos] in _RUN_CHARS and text[pos - 1] in _RUN_CHARS:
            m = whole.match(text, pos)  # the previous match ended inside a run: try the run from here
            if m is not None:
                yield m
                pos = m.end()
                continue
            pos += 1
        m = guarded.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.end()


_NO_SEPARATORS = str.maketrans("", "", ",，.．")


_MAX_ID_DIGITS = 10  # longer digit strings are phone numbers, IDs, footer codes


_UNIT_SPLIT = re.compile("[千百仟佰万亿萬億]")


def _longest_digit_group(num: str) -> int:
    """The longest run of digits in an Arabic numeral, separators left out, Chinese units splitting it.

    A numeral written in groups between 亿 and 万 (4亿3353万4219, Taiwan style, often with blanks
    between the groups) is long but no phone number: each group is short.

    >>> _longest_digit_group("4亿3353万4219"), _longest_digit_group("13,912,345,678")
    (4, 11)
    """
    return max(len(g) for g in _UNIT_SPLIT.split(num.translate(_NO_SEPARATORS)))


# what makes a Chinese numeral a number and not a bare 万/千/百: a digit, 十 (十万 = 100,000), 廿/卅
_COUNTING_CHARS = frozenset(CN_DIGITS) | frozenset("十拾点") | frozenset(CN_TENS)  # (and 半百 as a whole, below)


class _Number(NamedTuple):  # a tuple: built for every candidate, and cheaper than a frozen dataclass
    start: int
    end: int  # end of numeral + inner approximations + scale
    value: float
    high: float | None
    approx: str
    chinese: bool
    is_one: bool


@lru_cache(maxsize=4096)  # (a pure reading of two strings; the same numerals come again and again)
def _value(num: str, scale: str | None) -> float:
    if not scale and num.isascii() and num.isdigit() and len(num) < 16:
        return float(int(num))  # the common case (751), as parse_numeral reads it
    if num[0].isdigit() or "点" in num:
        return parse_numeral(num + (scale or ""))  # exact in Decimal: 一点二亿, 2.3亿, 5千万
    if scale and not UNIT_CHARS.isdisjoint(num):
        # 三千多万, 三万五千多亿: the scale after 多/余 is the numeral's own last big unit, read with it
        # (so 十二万七千多万, 万 again after 七千, is a damaged numeral, not 1.27 billion)
        return parse_numeral(num + scale)
    return parse_numeral(num) * scale_of(scale or "")


def _shared_scale(first: float, num2: str, scale2: str | None) -> int:
    """The 万/亿 scale written only after the second number of a range, when it covers the first too.

    A Chinese second number holds its own 万 (五万), an Arabic one has it apart (5, 万). The scale
    is shared when the first number is below the second one's bare value (3-5万, 三至五万), not
    when it already reads as the lower end without it (5000-1万, 五千至一万).

    A second number that is one digit and units only (两到三千, 2至3千) shares all its units
    with a first number of one digit below it: 2000 to 3000, never 2 to 3000.

    >>> _shared_scale(3, "5", "万"), _shared_scale(3, "五万", None), _shared_scale(5000, "一万", None)
    (10000, 10000, 1)
    >>> _shared_scale(2, "三千", None), _shared_scale(2, "3千", None), _shared_scale(2, "三仟", "万")
    (1000, 1000, 10000000)
    """
    whole = num2 + (scale2 or "")
    d = CN_DIGITS.get(whole[0]) if not whole[0].isdigit() else int(whole[0].translate(_FULLWIDTH_DIGITS))
    if d and first < d and first == int(first) and len(whole) > 1 and UNIT_CHARS.issuperset(whole[1:]):
        return int(_value(whole, None)) // d
    bare = num2.rstrip("万亿")
    units = (scale2 or "") if bare == num2 else num2[len(bare):] + (scale2 or "")
    if not units or not bare:
        return 1
    return scale_of(units) if first < _value(bare, None) else 1


# Two ways a Chinese numeral is written: with units (九十, 一千零五十) or digit by digit (九〇, 二〇二〇,
# 九三七七万). Mixed up they are no number: a run of two or more digits before 十/百/千 (一〇五十; a
# colloquial range, 五六十, is read before this), or a 零 closing the numeral right after a unit (九十〇).
_MALFORMED_CN = re.compile("[一二两三四五六七八九][〇零一二两三四五六七八九]+[十百千拾佰仟]|[十百千拾佰仟][〇零]$")


def _malformed_chinese(num: str) -> bool:
    """Whether a Chinese numeral mixes the digit-by-digit way with units.

    >>> [_malformed_chinese(n) for n in ("一〇五十", "九十〇", "一百零", "九〇", "二〇二〇", "一千零五十", "二千〇五十")]
    [True, True, True, False, False, False, False]
    """
    return _MALFORMED_CN.search(num) is not None


# a round sum in yuan written with units alone (专设的百万元资助基金, 捐赠千万元物资; round q18): 百万/千万/百亿/千亿
# right before 元 are a number, as 十万 always is; a bare 万元 is not (万元户, 年入万元, 每万元)
_ROUND_SUMS = frozenset(("百万", "千万", "百亿", "千亿"))
_YUAN_AFTER = re.compile("(?:港|美|欧|澳门|新台币)?元(?!户)")


_PEOPLE_ONLY = "名"  # a classifier that only counts (people): after it a bare 千/万/百 is a number


# A written figure is short (1,234,567.89万, 五兆六十二亿四万五千二, a range of two); a candidate
# longer than this is a run of digits, 万 or 点五五五… in a hostile document, whose reading
# (products of 万, exclusion rows over it) would take time quadratic in its length.
_MAX_NUMERAL = 64


def _read_number(m: re.Match, lex: Lexicon, text: str) -> _Number | None:
    if m.end() - m.start() > _MAX_NUMERAL:
        return None
    ar, cn, in1, scale, in2, num2, scale2 = m.group("ar", "cn", "in1", "scale", "in2", "num2", "scale2")
    num = ar or cn
    chinese = not num[0].isdigit()
    approx = "exact"
    if num[0] in "数几上过破":
        approx, num = ("more_than" if num[0] in "过破" else "at_least"), num[1:]
    if not chinese and len(num) > _MAX_ID_DIGITS and _longest_digit_group(num) > _MAX_ID_DIGITS:
        return None  # a phone number or an ID (separators not counted; short numerals skip the translate)
    if chinese and approx == "exact" and not (in1 or in2) and _COUNTING_CHARS.isdisjoint(num) and num != HALF_HUNDRED \
            and not text.startswith(_PEOPLE_ONLY, m.end()) and _approx_before(text, m.start(), lex)[1] == "exact" \
            and not _approx_after_unit(text, m.end(), lex) \
            and not (num + (scale or "") in _ROUND_SUMS and _YUAN_AFTER.match(text, m.end())):
        # a bare 万/千/百 (万家, 千方百计, 百姓, 百人乐团) needs 多/余/逾 or a word of approximation to be a
        # number (千余名, 逾万名, 超过百人, 百棵以上); 十万 is one; so does 名, the classifier of people and
        # nothing else (千名志工, 万名党员: a round count)
        return None
    if chinese and len(num) == 1 and CN_DIGITS.get(num) == 0:
        return None  # 零部件, 零售, 零星: a lone 零 begins a word; nobody tallies zero things
    if chinese and len(num) == 1 and num in FINANCIAL:
        return None  # 收拾个人物品, 队伍: a financial digit alone is a word (壹 in 壹佰 is a digit)
    if chinese and not num2 and len(num) > 1 and approx == "exact" and not (in1 or in2):
        pair = colloquial_range(num)  # 五六十名, 三四个: a range with no separator
        if pair is not None:
            k = scale_of(scale or "")
            return _Number(m.start(), m.end(), pair[0] * k, pair[1] * k, "range", True, False)
    if chinese and (_malformed_chinese(num) or (num2 and _malformed_chinese(num2))):
        return None  # 一〇五十, 九十〇: no written form of any number (never 1050 or 90)
    try:
        value = _value(num, scale)
        high = _value(num2, scale2 or scale) if num2 else None
        if num2 and not scale:
            value *= _shared_scale(value, num2, scale2)  # 3-5万, 三至五万: the scale covers both ends
    except IllFormedNumeral:
        # 十二万七千多万顶, 三百五百名: a numeral whose units are out of order (a typo in the source) is
        # flagged whole with no value (unreadable), never read as a part or as a product of its units
        return _Number(m.start(), m.end(), math.nan, None, "exact", chinese, False)
    except (ValueError, KeyError, OverflowError):
        return None  # (OverflowError: 1万万万…万元, a run of 万 past what a float holds)
    for inner in (in1, in2):
        if inner and approx == "exact":
            approx = lex.inner.get(inner, "more_than")
    if high is not None:
        if high < value or in1 or in2:
            return None  # 2020-02 or 3多-5: not a range
        approx = "range"
    if not math.isfinite(value) or value < 0:
        return None
    return _Number(m.start(), m.end(), value, high, approx, chinese, chinese and num == "一" and value == 1)


_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９" + _CN_RUN)


_CN_DIGIT_CHARS = frozenset(_CN_DIGIT_RUN)


_INSIDE_NUMERAL = frozenset("点.．")  # between two numeral characters, still inside one numeral


_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _list_number(text: str, i: int, m: re.Match) -> bool:
    """1.两个年检, 2．三项活动: Arabic digits and a full stop before a Chinese numeral number an item of a list; a
    decimal point joins digits of one script (1.5万, 一点五), never Arabic to Chinese (round q25: 1.两个 was read as
    one numeral it could not understand, and reported without a value).

    >>> t = "1.两个年检"; _list_number(t, 2, candidate_re().search(t, 2))
    True
    >>> t = "3.5万人"; _list_number(t, 2, candidate_re().search(t, 2))
    False
    """
    return text[i - 1] in ".．" and m.group("ar") is None and text[i - 2] in _ARABIC_DIGITS


def _whole_numeral_start(text: str, m: re.Match) -> int | None:
    """Where the whole numeral begins when the candidate `m` is only its tail, else None.

    The scan reads every well-formed numeral whole; a candidate that still touches numeral
    characters before it is the tail of something the reader does not understand (3万四千元).
    A Chinese digit before Arabic digits is a word of its own (统一5000名).

    >>> t = "捐款3万四千元"; _whole_numeral_start(t, candidate_re().search(t, 4))
    2
    >>> t = "统一5000名"; _whole_numeral_start(t, candidate_re().search(t)) is None
    True
    """
    i = m.start()
    tail = False
    if i > 0:
        c = text[i - 1]
        if c in _INSIDE_NUMERAL:
            tail = i > 1 and text[i - 2] in _NUMERAL_CHARS and not _list_number(text, i, m)
        elif c in _NUMERAL_CHARS:
            if m.group("ar") is None or c.isdigit():
                tail = True
            elif c not in _CN_DIGIT_CHARS:
                tail = i > 1 and text[i - 2] in _NUMERAL_CHARS  # 3万|4千 read apart, not 千|3名
    if not tail:
        return None
    while i > 0 and (text[i - 1] in _NUMERAL_CHARS
                     or (text[i - 1] in _INSIDE_NUMERAL and i > 1 and text[i - 2] in _NUMERAL_CHARS)):
        i -= 1
    return i


def _digit_range_start(text: str, m: re.Match, value: float) -> tuple[int, float] | None:
    """(start, low) when the candidate is the second half of a colloquial range in digits, else None.

    2、30袋 is 二三十袋 written with digits: twenty or thirty, never 30. Only a lone digit, a 、 and the
    next tens (2、30, 5、60) read so; 2、3, 8、20 and 1、2、30 are lists.

    >>> t = "仅募集2、30袋"; _digit_range_start(t, candidate_re().search(t, 5), 30.0)
    (3, 20.0)
    >>> t = "8、20袋"; _digit_range_start(t, candidate_re().search(t, 2), 20.0) is None
    True
    """
    i = m.start()
    if i < 2 or text[i - 1] != "、" or not text[i - 2].isdigit() or (i > 2 and text[i - 3] in "、0123456789") \
            or m.group("ar") is None or m.group("scale") or not 20 <= value <= 90 or value % 10:
        return None
    d = int(text[i - 2].translate(_FULLWIDTH_DIGITS))
    return (i - 2, d * 10.0) if d + 1 == value // 10 else None


def _starts_number(text: str, i: int, lex: Lexicon) -> bool:
    return i < len(text) and (text[i].isdigit() or lex.chinese_count_re.match(text, i) is not None)


_NUMERAL_START = frozenset("0123456789０１２３４５６７８９两三四五六七八九十百千")


def _numeral_follows(text: str, i: int) -> bool:
    """A numeral starts at text[i] (一 itself left out: 一户一档 is not 一 + number).

    After 一 + classifier it means the 一 is the article "a" and the number after it is the
    figure (一支五十余人的队伍, 一支50人的突击队).

    >>> _numeral_follows("一支五十余人的队伍", 2), _numeral_follows("一支突击队", 2)
    (True, False)
    """
    return i < len(text) and text[i] in _NUMERAL_START


def _approx_before(text: str, s: int, lex: Lexicon) -> tuple[int, str]:
    if s == 0 or text[s - 1] not in lex.before_last_chars:
        return s, "exact"  # no word of `before` can end here (the common case)
    m = lex.before_re.search(text, max(0, s - 4), s)
    if m is None:
        return s, "exact"
    return m.start(), lex.before[m.group()]


def _approx_after_unit(text: str, p: int, lex: Lexicon) -> bool:
    """Whether a classifier at text[p] is followed by a word of approximation (百棵以上, 千人左右)."""
    cm = lex.classifier_re.match(text, p)
    return cm is not None and _approx_after(text, cm.end(), lex)[1] != ""


def _approx_after(text: str, p: int, lex: Lexicon) -> tuple[int, str]:
    if not text.startswith(lex.after_words, p):
        return p, ""
    for word, kind in lex.after:
        if text.startswith(word, p):
            return p + len(word), kind
    return p, ""


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
