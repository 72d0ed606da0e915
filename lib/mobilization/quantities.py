"""Stage 5, extract quantities: value, approximation, unit, counted noun, category, offsets.

CONTRACT: `extract(text) -> list[Quantity]` on repaired, SIMPLIFIED text (the pipeline runs
repair → OpenCC t2s → extract); offsets are into that text, `text[q.start:q.end] == q.surface`,
quantities are sorted by start.

How it works: one compiled regular expression finds candidate numerals (Arabic, full-width,
Chinese; with 多/余/万/亿 and ranges); everything else is decided on a short window around
each candidate, with word lists from `data/` (classifiers.csv, nouns.csv, exclusions.csv,
approximations.csv, entity_stops.csv, currencies.csv). See docs/quantities.md for the rules.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, NamedTuple

from .lexicon import read_rows
from .offsets import MapBuilder, OffsetMap
from .numerals import (CN_BIG_UNITS, CN_DIGITS, CN_TENS, FINANCIAL, HALF_HUNDRED, UNIT_CHARS, colloquial_range,
                       parse_numeral, scale_of)


@dataclass(frozen=True)
class Quantity:
    """One counted quantity found in a (simplified) text.

    `value` is the stated number (万/亿 applied; money in its own currency, never converted);
    `approx` one of exact, more_than, about, at_least, at_most, range (then `value_high` is
    the upper end); `unit` the classifier, `entity` the counted noun phrase ('' if none),
    `category` one of organization, personnel, funds, coverage, activity, supplies, other.
    `number_start:number_end` is the numeral itself inside the surface.
    `currency`: the ISO 4217 code of a sum of money (CNY, HKD, MOP, TWD, USD …; data/currencies.csv),
    '' for everything else and for a sum whose currency is not written (a headline's 筹三十六万).
    `unreadable`: the numeral could not be read whole (it goes on before or after what the
    reader understands): `value` is NaN and the surface covers the whole numeral — read it yourself.
    """

    start: int
    end: int
    surface: str
    value: float
    approx: str = "exact"
    value_high: float | None = None
    unit: str = ""
    entity: str = ""
    category: str = "other"
    number_start: int = -1
    number_end: int = -1
    currency: str = ""
    unreadable: bool = False


# --- lexicons (data) -------------------------------------------------------------------

@dataclass(frozen=True)
class Classifier:
    word: str
    kind: str  # count | money | event | measure | time | age | ordinal | ratio
    category: str
    one: str  # count | article
    noun: str  # both | before | none | self
    inside: bool = False  # counts what lives inside a place (户): a place noun before it says where
    latin: bool = False  # written in Latin letters (kg)


@dataclass(frozen=True)
class Head:
    word: str
    category: str
    role: bool
    bare: bool
    place: bool = False  # a settlement or area (社区, 网格)
    reached: bool = False  # people reached or served (居民): coverage when counted as people
    open: bool = False  # read from jieba's dictionary, not listed in nouns.csv (category from its form)


NOT_COUNTS = {"time", "age", "ordinal", "ratio"}
# The characters of a Chinese numeral: digits (with the financial forms 壹贰叁…, not 参 of 参加),
# units, 廿/卅/卌, and the traditional 萬 億 兩 貳 陸 for text that was not converted.
_CN_DIGIT_RUN = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳陸兩"
_CN_RUN = _CN_DIGIT_RUN + "十百千万亿拾佰仟萬億兆廿卅卌"


@dataclass(frozen=True)
class Lexicon:
    classifiers: dict[str, Classifier]
    classifier_re: re.Pattern
    heads: dict[str, Head]
    head_max: int
    bare_re: re.Pattern | None
    before: dict[str, str]  # word → approx
    inner: dict[str, str]
    after: tuple[tuple[str, str], ...]
    stops: tuple[str, ...]
    stop_re: re.Pattern
    stops_in_heads: frozenset[str]  # stop words that begin a longer head noun (在 of 在职党员)
    stops_overlapped: frozenset[str]  # stop words whose tail begins a longer stop word (组成 | 成立)
    verb_classifiers: frozenset[str]  # one-character classifiers that begin a stop word (支 of 支援)
    infixes: tuple[str, ...]
    infix_set: frozenset[str]
    locatives: frozenset[str]
    served: frozenset[str]  # verbs whose people are the people served (排查, 走访): coverage
    cases: frozenset[str]  # verbs whose people are patients or under watch (收治, 医学观察): other
    screenings: frozenset[str]  # served words that name the screening (核酸筛查): people counted before it are reached
    served_re: re.Pattern  # the words of served and cases: one C-level test before the clause is read
    group_re: re.Pattern | None  # 为一组: the counts before it in its clause make up one group
    composition_re: re.Pattern | None  # 由1名…和1名…组成: the ones between 由 and it make up each unit
    exclusion_re: re.Pattern
    products: tuple[str, ...]
    head_lengths: dict[str, tuple[int, ...]]  # last character → lengths of heads ending in it, longest first
    before_re: re.Pattern
    before_last_chars: frozenset[str]
    source_re: re.Pattern | None  # a compound of funds nouns (党费配套资金): where money comes from
    chinese_count_re: re.Pattern  # a Chinese numeral followed by a classifier: the start of another count
    after_words: tuple[str, ...]  # the words of `after`, for one C-level startswith test
    currencies: dict[str, Currency]  # money unit → its currency (currencies.csv)
    currency_name_re: re.Pattern  # a currency name that may stand before the sum or after 元 (港币, 人民币)
    currency_before_re: re.Pattern  # such a name ending where a sum begins (港币|500万元)


@dataclass(frozen=True)
class Currency:
    word: str
    code: str  # ISO 4217
    generic: bool  # 元, 圆, 块钱: a currency named next to the sum overrides it


def _alternation(words) -> str:
    """A regex for the longest of `words` at a position, behind a lookahead for their first characters.

    The engine tries the alternatives one by one; the lookahead (one character-class test)
    rejects most positions at once. (Not with an empty word, which matches anywhere.)

    >>> _alternation(["个", "个月", "名"]).startswith("(?=[个名])(?:个月|")
    True
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))  # longest first; ties in a fixed order
    alternation = "|".join(re.escape(w) for w in words)
    if not words or "" in words:
        return alternation
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}])(?:{alternation})"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of data/, compiled once per process.

    >>> lexicon().classifiers["名"].category
    'personnel'
    """
    cls = {r["classifier"]: Classifier(r["classifier"], r["kind"], r.get("category", ""), r.get("one", ""),
                                       r.get("noun", "") or "both", r.get("inside") == "yes",
                                       r["classifier"].isascii())
           for r in read_rows("classifiers.csv")}
    heads = {r["head"]: Head(r["head"], r["category"], r.get("role") == "yes", r.get("bare") == "yes",
                             r.get("place") == "yes", r.get("reached") == "yes")
             for r in read_rows("nouns.csv")}
    bare = [h for h, v in heads.items() if v.bare]
    approx = read_rows("approximations.csv")
    by_pos = {p: sorted(((r["word"], r["approx"]) for r in approx if r["position"] == p),
                        key=lambda x: len(x[0]), reverse=True) for p in ("before", "inner", "after")}
    stops_rows = read_rows("entity_stops.csv")
    stops = tuple(sorted({r["word"] for r in stops_rows}, key=len, reverse=True))
    currencies = {r["word"]: Currency(r["word"], r["code"], r.get("generic") == "yes")
                  for r in read_rows("currencies.csv")}
    names = [r["word"] for r in read_rows("currencies.csv") if r.get("before") == "yes"]
    excl = read_rows("exclusions.csv")
    clause_rules = ("group_size", "composition")  # judged over a clause, not at the numeral
    parts = _exclusion_patterns(r for r in excl if r["kind"] not in clause_rules)
    comps = _exclusion_patterns(r for r in excl if r["kind"] == "composition")
    groups = _exclusion_patterns(r for r in excl if r["kind"] == "group_size")
    return Lexicon(
        classifiers=cls,
        classifier_re=re.compile(_alternation(cls)),
        heads=heads,
        head_max=max(len(h) for h in heads),
        bare_re=re.compile(_alternation(bare)) if bare else None,
        before=dict(by_pos["before"]),
        inner=dict(by_pos["inner"]),
        after=tuple(by_pos["after"]),
        stops=stops,
        stop_re=re.compile(_alternation(stops)),
        stops_in_heads=frozenset(w for w in stops if any(len(h) > len(w) and h.startswith(w) for h in heads)),
        stops_overlapped=frozenset(w for w in stops if len(w) > 1 and any(
            len(v) > len(w) - 1 and v.startswith(w[1:]) for v in stops)),
        verb_classifiers=frozenset(c for c in cls if len(c) == 1 and any(len(w) > 1 and w.startswith(c) for w in stops)),
        infixes=tuple(sorted((r["word"] for r in stops_rows if r.get("infix") == "yes"), key=len, reverse=True)),
        infix_set=frozenset(r["word"] for r in stops_rows if r.get("infix") == "yes"),
        locatives=frozenset(r["word"] for r in stops_rows if r.get("locative") == "yes"),
        served=frozenset(r["word"] for r in stops_rows if r.get("served") == "yes"),
        cases=frozenset(r["word"] for r in stops_rows if r.get("case") == "yes"),
        screenings=frozenset(r["word"] for r in stops_rows if r.get("screening") == "yes"),
        served_re=re.compile(_alternation(r["word"] for r in stops_rows
                                          if r.get("served") == "yes" or r.get("case") == "yes") or "(?!)"),
        group_re=re.compile("|".join(groups)) if groups else None,
        composition_re=re.compile("|".join(comps)) if comps else None,
        exclusion_re=_exclusion_re(parts),
        products=tuple(r["pattern"] for r in excl if r["kind"] == "product" and r["type"] == "literal"),
        head_lengths={c: tuple(sorted({len(h) for h in heads if h[-1] == c}, reverse=True))
                      for c in {h[-1] for h in heads}},
        before_re=re.compile(rf"(?:{_alternation(w for w, _ in by_pos['before'])})\Z"),
        before_last_chars=frozenset(w[-1] for w, _ in by_pos["before"] if w),
        source_re=_source_re([h for h, v in heads.items() if v.category == "funds" and len(h) >= 2]),
        chinese_count_re=re.compile(rf"[{_CN_RUN}]+(?:{_alternation(cls)})"),
        after_words=tuple(w for w, _ in by_pos["after"]),
        currencies=currencies,
        currency_name_re=re.compile(_alternation(names) or "(?!)"),
        currency_before_re=re.compile(rf"(?:{_alternation(names) or '(?!)'})[ \u3000]?\Z"),
    )


def _exclusion_re(patterns: list[str]) -> re.Pattern:
    """All exclusions in one regex, behind a lookahead for the characters a match can start with.

    The regex engine tries every alternative at every position of the window; the lookahead
    (one character-class test) lets it skip the positions where none can start, which are most.
    Without a known first character for every pattern, no lookahead (same matches, slower).
    """
    alternation = "|".join(f"(?:{p})" for p in patterns)
    firsts = [_first_chars(p) for p in patterns]
    if not patterns or None in firsts:
        return re.compile(alternation)
    return re.compile(f"(?=[{''.join(firsts)}])(?:{alternation})")


_REGEX_SPECIAL = set("\\.^$*+?{}[]|()")


def _first_chars(pattern: str) -> str | None:
    r"""The body of a character class holding every first character of a match of `pattern`.

    Only the simple cases that the exclusion patterns use: a literal character or a
    character class, not optional, with no top-level alternation. None when unsure.

    >>> _first_chars("六个一"), _first_chars(r"[不无没毫][\u4e00-\u9fff]?一"), _first_chars(r"[0-9０-９]{2,4}[-/.]")
    ('六', '不无没毫', '0-9０-９')
    >>> [_first_chars(p) for p in ("a|b", "a?b", "[0-9]{0,2}x", "(?:a)", "[^a]b", r"\d", "[+-]1", "")]
    [None, None, None, None, None, None, None, None]
    >>> _first_chars("[|]x"), _first_chars("-x")
    ('|', '\\-')
    """
    if not pattern or _has_top_level_bar(pattern):
        return None
    if pattern[0] == "[":
        if pattern[1:2] in ("^", "]"):
            return None
        i = 1
        while i < len(pattern) and pattern[i] != "]":
            if pattern[i] == "[":
                return None  # a nested set or a POSIX class: not a simple class
            i += 2 if pattern[i] == "\\" else 1
        if i >= len(pattern):
            return None
        first, rest = pattern[1:i], pattern[i + 1:]
        if first.startswith("-") or first.endswith("-"):
            return None  # joined with another class, a hyphen at either end could form a range
    elif pattern[0] in _REGEX_SPECIAL:
        return None
    else:
        first, rest = re.escape(pattern[0]), pattern[1:]
    if rest.startswith(("?", "*", "{0", "{,")):
        return None  # the first item may be absent
    return first


def _has_top_level_bar(pattern: str) -> bool:
    """True when `pattern` is an alternation at its top level (a|b, not (?:a|b) or [|])."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # []...]: a literal ] first
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _exclusion_patterns(rows: Iterable[dict[str, str]]) -> list[str]:
    """The regex source of exclusions.csv rows: regex rows as written, literal rows escaped.

    >>> _exclusion_patterns([{"type": "literal", "pattern": "3M"}, {"type": "regex", "pattern": "第[一二]"}])
    ['3M', '第[一二]']
    """
    return [r["pattern"] if r["type"] == "regex" else re.escape(r["pattern"]) for r in rows]


def _source_re(funds_heads: list[str]) -> re.Pattern | None:
    """Funds nouns, chained with up to two characters between them: 党费, 党费配套资金.

    One-character heads (费, 款, 金) are left out: alone they are too common to name a source.
    A locative or a conjunction between two funds nouns separates them (党费中配套资金: 配套资金).
    """
    if not funds_heads:
        return None
    h = _alternation(funds_heads)
    return re.compile(rf"(?:{h})(?:(?:(?![中内里和及与的])[\u4e00-\u9fff]){{0,2}}?(?:{h}))*")


# --- the one scan ---------------------------------------------------------------------

_DIGITS = "0-9０-９"
_PLAIN_ARABIC = rf"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*(?:[.．][{_DIGITS}]+)?"
# Arabic digits with Chinese units: 3千, 5千万 (千 before 万 is read with the scale), 3万4000, 1万600,
# 5万4千6百; not 3千克 or 5千米 (kilograms, kilometres), and 万/亿 only when digits follow (4600万 keeps
# 万 as its scale). numerals.read_numeral checks the order of the units.
_AR_PART = rf"{_PLAIN_ARABIC}(?:[千百仟佰](?![克米瓦卡]))?"
_ARABIC = rf"{_AR_PART}(?:[万亿萬億]*(?<=[千百仟佰万亿萬億]){_AR_PART})*"
# 数百, 上千 (at least); 过千, 过万 (more than: Hong Kong and Taiwan usage, only before 百/千/万, since
# 参加过十次 is the aspect particle 过); 半百 (50); decimals with 点 (三点五万: only digits after 点,
# so 三点五十分 is a time)
_CHINESE = (rf"[数几上](?=[十百千万])[十百千万亿]+|过(?=[百千万])[百千万亿]+|{HALF_HUNDRED}"
            rf"|[{_CN_RUN}]+(?:点[{_CN_DIGIT_RUN}]+)?")
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
# number, inner approximation (多/余/几), scale (万/亿), inner approximation again (1万多),
# optionally a range (3至5, 3-5万). Chinese numerals are frequent inside words (一线, 统一), so
# they are candidates only when a classifier or a bare-countable noun follows (checked in C by a
# lookahead built from the lexicon, which keeps the per-candidate Python work small).
_TAIL = (r"(?P<in1>[多余几])?(?P<scale>[万亿萬億兆]+)?(?P<in2>[多余])?"
         rf"(?:(?P<sep>至|到|[-~～—－])(?P<num2>{_NUMBER})(?P<scale2>[万亿萬億兆]+)?)?")


# a Chinese numeral that ends in 万/亿 after a digit (三十六万, 四亿, 三百万; not 万众, 千万不要)
_CN_SUM_END = (f"(?:(?<=[{_CN_DIGIT_RUN}十拾廿卅][万亿萬億])|(?<=[{_CN_DIGIT_RUN}十拾][百千佰仟][万亿萬億])"
               f"|(?<=点[{_CN_DIGIT_RUN}][万亿萬億]))")


@lru_cache(maxsize=1)
def candidate_re() -> re.Pattern:
    """The one scan: Arabic numerals always, Chinese numerals before a classifier or bare noun."""
    lex = lexicon()
    follow = lex.classifier_re.pattern + ("|" + lex.bare_re.pattern if lex.bare_re else "")
    # The lookahead holds every first character of _ARABIC and _CHINESE: one class test skips
    # the ordinary characters of the text (twice as fast as trying the alternatives there).
    starts = rf"(?=[{_DIGITS}数几上过半{_CN_RUN}])"
    # (A Chinese numeral ending in 万/亿 may also stand alone: 筹三十六万 in a headline, see _headline_sum.)
    return re.compile(rf"{starts}(?:(?P<ar>{_ARABIC})|(?P<cn>{_CHINESE})){_TAIL}(?(cn)(?:(?={follow})|{_CN_SUM_END}))",
                      re.UNICODE)


_ASCII_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"
_OPEN_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}]")
_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")
_NOUN_TAIL = re.compile(rf"[\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}]*\Z")
_CLAUSE_END = "，,。；;！!？?\n：:"
SENTENCE_END = "。；;！!？?\n"  # also where pipeline cuts the sentence of a mention
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_PER_UNIT_REACH = 40  # how far back a 每 may govern a count in its clause
_NUMBERED_SLOGAN = re.compile(r"[两二三四五六七八九十]个一")
_NO_SEPARATORS = str.maketrans("", "", ",，.．")
_MAX_ID_DIGITS = 10  # longer digit strings are phone numbers, IDs, footer codes
_WINDOW = 24  # characters looked at after a classifier for the counted noun
_LEFT_WINDOW = 20  # characters looked at before a number for a noun-first phrase
_NO_QUOTES = str.maketrans("", "", _OPEN_QUOTES + _CLOSE_QUOTES + "《》")
_QUOTED_NAME = 12  # longest quoted name taken as a counted noun
_TITLE_MAX = 40  # longest 《title》 taken as a counted noun (《…通告》1800份)
_SOURCE_WINDOW = 30  # how far back in its clause a sum may name the funds it comes from
_QUOTED_SLOGAN = 8  # a numeral inside a quotation this short is a slogan (“六个一”, “两新”)


# what makes a Chinese numeral a number and not a bare 万/千/百: a digit, 十 (十万 = 100,000), 廿/卅
_COUNTING_CHARS = frozenset(CN_DIGITS) | frozenset("十拾点") | frozenset(CN_TENS) | frozenset(HALF_HUNDRED)


class _Number(NamedTuple):  # a tuple: built for every candidate, and cheaper than a frozen dataclass
    start: int
    end: int  # end of numeral + inner approximations + scale
    value: float
    high: float | None
    approx: str
    chinese: bool
    is_one: bool


def _value(num: str, scale: str | None) -> float:
    if not scale and num.isascii() and num.isdigit() and len(num) < 16:
        return float(int(num))  # the common case (751), as parse_numeral reads it
    if num[0].isdigit() or "点" in num:
        return parse_numeral(num + (scale or ""))  # exact in Decimal: 一点二亿, 2.3亿, 5千万
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


def _read_number(m: re.Match, lex: Lexicon, text: str) -> _Number | None:
    ar, cn, in1, scale, in2, num2, scale2 = m.group("ar", "cn", "in1", "scale", "in2", "num2", "scale2")
    num = ar or cn
    chinese = not num[0].isdigit()
    approx = "exact"
    if num[0] in "数几上过":
        approx, num = ("more_than" if num[0] == "过" else "at_least"), num[1:]
    if not chinese and len(num) > _MAX_ID_DIGITS and len(num.translate(_NO_SEPARATORS)) > _MAX_ID_DIGITS:
        return None  # a phone number or an ID (separators not counted; short numerals skip the translate)
    if chinese and approx == "exact" and not (in1 or in2) and _COUNTING_CHARS.isdisjoint(num) \
            and _approx_before(text, m.start(), lex)[1] == "exact":
        return None  # a bare 万/千/百 (万家, 千方百计, 百姓) needs 多/余/逾 to be a number (千余名, 逾万名); 十万 is one
    if chinese and len(num) == 1 and num in FINANCIAL:
        return None  # 收拾个人物品, 队伍: a financial digit alone is a word (壹 in 壹佰 is a digit)
    if chinese and not num2 and len(num) > 1 and approx == "exact" and not (in1 or in2):
        pair = colloquial_range(num)  # 五六十名, 三四个: a range with no separator
        if pair is not None:
            k = scale_of(scale or "")
            return _Number(m.start(), m.end(), pair[0] * k, pair[1] * k, "range", True, False)
    try:
        value = _value(num, scale)
        high = _value(num2, scale2 or scale) if num2 else None
        if num2 and not scale:
            value *= _shared_scale(value, num2, scale2)  # 3-5万, 三至五万: the scale covers both ends
    except (ValueError, KeyError):
        return None
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
            tail = i > 1 and text[i - 2] in _NUMERAL_CHARS
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


# --- counted nouns ----------------------------------------------------------------------

def _head_at_end(s: str, lex: Lexicon) -> Head | None:
    """The longest head noun that `s` ends with, ignoring a short parenthesis (街(镇))."""
    if s.endswith((")", "）")):
        k = max(s.rfind("("), s.rfind("（"))
        if k > 0:
            s = s[:k]
    for n in lex.head_lengths.get(s[-1:], ()):
        h = lex.heads.get(s[-n:])
        if h is not None and n <= len(s):
            return h
    return None


_NOUN_CHARS = re.compile(r"[\u3400-\u9fff、()（）]+")


def _window_after(text: str, p: int, lex: Lexicon) -> str:
    """text from p up to the first character that cannot be inside a noun phrase.

    Digits end the window, except a product name that starts with digits (84消毒液).
    """
    limit = min(len(text), p + _WINDOW)
    nxt = lex.chinese_count_re.search(text, p, limit)
    while nxt is not None and _excluded(text, nxt.start(), nxt.end(), lex):
        # 一次性口罩: a fixed term that reads like a count (一次) is part of the noun, not a new count
        nxt = lex.chinese_count_re.search(text, nxt.end(), limit)
    if nxt is not None:
        limit = nxt.start()  # 一个村或一个社区: the next count starts a new phrase
    m = _NOUN_CHARS.match(text, p, limit)
    if m is None:
        out = ""
    else:
        out, p = m.group(), m.end()
    while p < limit and text.startswith(lex.products, p):
        prod = next(w for w in lex.products if text.startswith(w, p))
        out += prod
        p += len(prod)
        m = _NOUN_CHARS.match(text, p, limit)
        if m:
            out += m.group()
            p = m.end()
    return out


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


def _starts_with_stop(s: str, lex: Lexicon, i: int = 0, j: int | None = None) -> bool:
    """s[i:j] begins with a stop word that is not the start of a longer known noun (在|社区 but 在职党员).

    Offsets instead of a slice: callers test many positions of one window.
    """
    j = len(s) if j is None else min(j, len(s))
    m = lex.stop_re.match(s, i, j)
    if m is None:
        return False
    g = m.group()
    if g in lex.stops_overlapped and s[i] in lex.head_lengths:
        m2 = lex.stop_re.match(s, i + 1, j)
        if m2 is not None and m2.end() > m.end() \
                and any(s[i + 1 - n:i + 1] in lex.heads for n in lex.head_lengths[s[i]] if n <= i + 1):
            return False  # 服务组成立: 组 ends the noun 服务组, the verb is 成立 (not 组成)
    if g not in lex.stops_in_heads:
        return True  # no longer noun can start here
    return not any(s[i:i + n] in lex.heads for n in range(m.end() - i + 1, min(j - i, lex.head_max) + 1))


def _head_ends(w: str, lex: Lexicon) -> list[tuple[int, Head]]:
    """Positions k where w[:k] ends with a head noun (a short parenthesis after it is absorbed)."""
    ends = []
    depth_open = -1
    last_chars = lex.head_lengths
    heads = lex.heads
    for k, c in enumerate(w, 1):
        if c in "(（":
            depth_open = k - 1
            continue
        if depth_open >= 0:
            if c in ")）":
                if k - depth_open <= 6 and ends and ends[-1][0] == depth_open:
                    ends[-1] = (k, ends[-1][1])  # 街(镇): the parenthesis belongs to the noun
                depth_open = -1
            continue
        lengths = last_chars.get(c)
        if lengths is None:
            continue
        if c in ")）":
            h = _head_at_end(w[:k], lex)
            if h is not None:
                ends.append((k, h))
            continue
        for n in lengths:  # _head_at_end(w[:k]) without building w[:k]
            h = heads.get(w[k - n:k]) if n <= k else None
            if h is not None:
                ends.append((k, h))
                break
    return ends


_CONJUNCTIONS = ("以及", "、", "和", "及", "与", "或")
_END = itemgetter(0)  # of a (k, head) pair in _head_ends
# the longest noun phrase up to its first known head (疫情防控临时党支部: 9)
_PHRASE_MAX = 10
_VERB_PEOPLE = 4  # longest noun of people after a verb that names them (164名支援|人员)
_FALLBACK_MAX = 3  # an unknown noun right after a classifier: at most this many characters
_EVENT_NOUN_MAX = 4  # an unknown noun before a count of events (开展巡逻26次) is at most this long
_OWN_ORG_MAX = 14  # longest stretch from a place to its own organization (社区|新冠肺炎疫情防控临时党委)


def _is_boundary(w: str, k: int, lex: Lexicon) -> bool:
    """True when a noun phrase may end at w[k]: end of window, conjunction or stop word."""
    return k >= len(w) or w[k] == "的" or w.startswith(_CONJUNCTIONS, k) or _starts_with_stop(w, lex, k)


def _extend(w: str, k: int, head: Head, ends: list[tuple[int, Head]], person: bool,
            lex: Lexicon) -> tuple[int, Head]:
    """Grow a noun phrase over further nouns (党员|干部, 党员|突击队, 村|党支部|书记)."""
    i = bisect_right(ends, k, key=_END)  # ends are in increasing order
    while True:
        if i >= len(ends):
            return k, head
        k2, h2 = ends[i]
        i += 1
        chunk = w[k:k2]
        # 4个社区新冠肺炎疫情防控临时党委: a place's own organization, named with a long modifier,
        # is what is counted (no stop word anywhere in between)
        own_org = head.category == "coverage" and h2.category == "organization" and len(chunk) <= _OWN_ORG_MAX \
            and lex.stop_re.search(chunk) is None
        if (len(chunk) > 8 and not own_org) or "、" in chunk or chunk[0] in "()（）的" \
                or w.startswith(_CONJUNCTIONS, k) or _starts_with_stop(w, lex, k, k2):
            return k, head
        if not person and h2.category == "personnel" and not h2.role and head.category in ("organization", "coverage"):
            return k, head  # 780多个党组织|党员响应号召: the organizations' members start a new phrase
        if person and head.category == "personnel" and h2.category != "personnel":
            return k, head  # 6名党员|组织先锋队: 名 counts people, the phrase ends with them
        if h2.category == "activity" and head.category in ("coverage", "organization") \
                and not _is_boundary(w, k2, lex) and not (i < len(ends) and ends[i][0] - k2 <= 4):
            # 18个采样点|服务值守: what is done at the places (a verb goes on) is not their name
            # (but 驻村|工作|队员 goes on to a further noun)
            return k, head
        if k - len(head.word) < k2 - len(h2.word) < k and not _is_boundary(w, k2, lex):
            # 医务人员|工作: 员工 begins inside 人员 and the text goes on (党支部|书记 as 支部书记 at an
            # end joins; 医护|人员 as 医护人员 and 党组|织 as 党组织 only lengthen the head)
            return k, head
        if chunk not in lex.heads:
            # a noun with its own modifier joins only when the modifier is short and the
            # people → place step is not taken (居民|小区 yes, 党员干部|值守卡口 no)
            if (len(chunk) - len(h2.word) > 3 and not own_org) \
                    or (head.category == "personnel" and h2.category == "coverage"):
                return k, head
        k, head = k2, h2


def noun_after(text: str, p: int, person_classifier: bool, lex: Lexicon | None = None,
               fallback: bool = True) -> tuple[int, Head | None]:
    """Length and head of the counted noun phrase starting at text[p] (0, None if there is none).

    Known head nouns (data/nouns.csv) mark where a phrase may end; coordinated nouns
    (、 和 及 与) join when each ends with a head and the list ends at a stop word.
    Without a known head, up to 4 characters before the first stop word are taken (head None).

    >>> noun_after("名党员干部成立突击队", 1, True)[0]
    4
    >>> noun_after("名党员、公职人员下沉社区", 1, True)[0]
    7
    >>> noun_after("个社区和辖区珠海路派出所", 1, False)[0]
    2
    """
    lex = lex or lexicon()
    if p >= len(text) or text[p] == "的":
        return 0, None
    if text[p] in _OPEN_QUOTES:
        # a quoted name: 1021个“线上党支部”, 3个“红色驿站”服务点
        close = text.find(_CLOSE_QUOTES[_OPEN_QUOTES.index(text[p])], p + 1, p + 2 + _QUOTED_NAME)
        if close < 0 or close == p + 1:
            return 0, None
        n, head = noun_after(text, close + 1, person_classifier, lex, fallback=False)
        return close + 1 - p + n, head or _head_at_end(text[p + 1:close], lex) or Head("", "", False, False)
    if text[p] == "《":
        close = text.find("》", p + 1, p + 2 + _TITLE_MAX)  # 1000份《防控告知书》
        if close < 0 or close == p + 1 or not _title_fits(text, p, close):
            return 0, None
        return close + 1 - p, _head_at_end(text[p + 1:close], lex) or Head("", "", False, False)
    w = _window_after(text, p, lex)
    if w and person_classifier and _starts_with_stop(w, lex):
        verb = lex.stop_re.match(w).end()
        n, head = noun_after(text, p + verb, True, lex, fallback=False)
        if n and head is not None and head.category == "personnel" and n <= _VERB_PEOPLE:
            return verb + n, head  # 164名支援人员, 60名检测队员: after 名, a verb right before people names them
    if not w or (_starts_with_stop(w, lex) and not _fused_stop(w, 0, lex.stop_re.match(w).end(), lex)) \
            or w[0] in "、()（）":
        return 0, None
    ends = _head_ends(w, lex)
    if not ends or ends[0][0] > _PHRASE_MAX:
        if not fallback:
            return 0, None
        n, head = open_noun_after(text, p, lex)  # a noun nobody listed (抽水泵, 活动板房)
        if n:
            return n, head
        # an unknown short word that ends at a clear boundary (20台消毒机，): taken without a head
        n = next((i for i in range(2, min(len(w), _FALLBACK_MAX) + 1) if _is_boundary(w, i, lex)), 0)
        if n == len(w) and p + n < len(text) and _NOUN_CHARS.match(text, p + n, p + n + 1):
            n = 0  # the window was cut by its length, not by a boundary
        return n, None
    if fallback:
        cut = _break_before(w, ends[0][0], lex)
        if cut:
            n, h = open_noun_after(text, p, lex)
            if n and n <= cut:
                return n, h  # 4台挖掘机和现金, 5支救援队深入震区: the noun before the break is what is counted
    k, head = _extend(w, ends[0][0], ends[0][1], ends, person_classifier, lex)
    if person_classifier and head.category != "personnel":
        first = _first_people(w, ends, lex)  # 55名县处级以上党员干部: 名 counts the cadres, not 县
        if first is not None:
            k, head = _extend(w, first[0], first[1], ends, person_classifier, lex)
    while True:
        if not w.startswith(_CONJUNCTIONS, k):
            return k, head
        conj = next(c for c in _CONJUNCTIONS if w.startswith(c, k))
        start = k + len(conj)
        if w.startswith("各", start):
            return k, head  # 811名干部与各区下沉干部: 各 names other groups, not counted by 811
        i = bisect_right(ends, start, key=_END)
        nxt = ends[i] if i < len(ends) else None
        if nxt is None or nxt[0] - start > _PHRASE_MAX or _starts_with_stop(w, lex, start) or "、" in w[start:nxt[0]]:
            return k, head
        k2, h2 = _extend(w, nxt[0], nxt[1], ends, person_classifier, lex)
        if not person_classifier and head.category in ("organization", "coverage") \
                and h2.category == "personnel" and not h2.role:
            return k, head  # 757个基层党组织和党员: 个 counts the organizations, not their members
        if head.category in ("supplies", "funds") and h2.category in ("supplies", "funds") \
                and h2.category != head.category:
            return k, head  # 4台挖掘机和现金: goods and money are given together, not counted together
        if not _is_boundary(w, k2, lex) or (k2 == len(w) and _starts_number(text, p + k2, lex)):
            # 四个社区和辖区|派出所, 3个交通要道和各村|28个进出口: the second noun belongs to something else
            return k, head
        k, head = k2, h2


_CONJUNCTION_RE = re.compile("|".join(_CONJUNCTIONS))


def _break_before(w: str, k: int, lex: Lexicon) -> int:
    """Where a conjunction or a stop word first starts inside w[1:k] (0 if none): a noun phrase does
    not run over it to reach its first known head.

    >>> lex = lexicon(); w = "挖掘机和现金"; _break_before(w, len(w), lex), _break_before("在职党员", 4, lex)
    (3, 0)
    """
    conj = _CONJUNCTION_RE.search(w, 1, k)
    if conj is not None:
        return conj.start()
    if lex.stop_re.search(w, 1, k) is None:
        return 0  # the common case, decided in C
    return next((j for j in range(1, k) if _starts_with_stop(w, lex, j, k)), 0)


def _first_people(w: str, ends: list[tuple[int, Head]], lex: Lexicon) -> tuple[int, Head] | None:
    """The first head of people in w, when nothing but modifiers stands before it (县处级以上党员干部).

    None when a stop word, a conjunction or a 的 comes first, or no people are named within
    _PHRASE_MAX characters.

    >>> lex = lexicon(); w = "县处级以上党员干部和"
    >>> _first_people(w, _head_ends(w, lex), lex)[0]
    7
    """
    for k, h in ends:
        if k > _PHRASE_MAX:
            return None
        if h.category == "personnel":
            if "的" in w[:k] or any(w.startswith(_CONJUNCTIONS, j) for j in range(1, k)) or (
                    lex.stop_re.search(w, 1, k) is not None
                    and any(_starts_with_stop(w, lex, j, k) for j in range(1, k))):
                return None
            return k, h
    return None


def noun_before(text: str, s: int, floor: int, classifier: Classifier | None,
                lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """Noun-first phrasing: (start, end, head) of the noun phrase before the number at text[s].

    `floor` is the end of the previous quantity (the phrase never reaches over it).
    Returns (s, s, None) when there is none.

    >>> t = "悬挂党旗6面"; noun_before(t, 4, 0, lexicon().classifiers["面"])[:2]
    (2, 4)
    """
    lex = lex or lexicon()
    lo = min(max(floor, s - _LEFT_WINDOW), s)
    w = _NOUN_TAIL.search(text, lo, s).group()
    base = s - len(w)
    # did punctuation or the start of the text end the window (rather than its length or the
    # previous quantity)? Only then may a short phrase without a stop word be taken whole.
    # (A digit before it is a number, not punctuation: 40岁以下队员159名 → 队员; an opening
    # parenthesis is: (湖北牌照车辆4辆).)
    bounded = base == 0 or (base > lo and not text[base - 1].isdigit()) or w[:1] in "、(（"
    # strip words that may stand between the noun and the number (共, 价值, 累计 ...)
    while w and w.endswith(lex.infixes):
        inf = next(inf for inf in lex.infixes if w.endswith(inf))  # the longest
        h = _head_at_end(w, lex)
        if h is not None and len(h.word) > len(inf):
            break  # 体温计20个: the 计 ends the noun 体温计 here, it is not the 计 of 共计
        w = w[: -len(inf)]
    if not w and base > lo and text[base - 1] == "》":
        return _title_before(text, base, floor, classifier, lex, s)
    if w and w[-1] in _CLOSE_QUOTES:
        q = w.rfind(_OPEN_QUOTES[_CLOSE_QUOTES.index(w[-1])])
        if q >= 0 and len(w) - q - 2 >= 1:
            inner = w[q + 1:-1]
            return base + q, base + len(w), _head_at_end(inner, lex) or Head(inner, "", False, False)
        return s, s, None
    q = max(w.rfind(c) for c in _OPEN_QUOTES + _CLOSE_QUOTES) if _QUOTE_RE.search(w) else -1
    if q >= 0:
        w, base = w[q + 1:], base + q + 1
    head = _head_at_end(w, lex)
    event = classifier is not None and classifier.kind == "event"
    if head is None and not event:
        return _open_before(w, base, s, classifier, lex)
    if head is not None and not _compatible(head, classifier):
        return s, s, None
    if head is not None and head.place and classifier is not None and classifier.inside:
        return s, s, None  # 一号网格206户: the grid is where the households are, not what is counted
    hs = len(w) - (len(head.word) if head else 0)
    if head is not None and w.endswith((")", "）")):
        k = max(w.rfind("("), w.rfind("（"))
        if k > 0 and w.endswith(head.word, 0, k):
            hs = k - len(head.word)  # 志愿服务突击队(志愿者服务队)255支: the head is before the parenthesis
    last = None  # the stop word that ends last (the first such); 共 is one, but not inside 共产党员
    for m in lex.stop_re.finditer(w, 0, hs):
        if (last is None or m.end() > last.end()) and _starts_with_stop(w, lex, m.start()):
            last = m
    if last is not None and last.group() in lex.locatives:
        return s, s, None  # 在我镇3个交通要道: a place where, not the thing counted
    b = last.end() if last is not None else -1
    if last is not None and _fused_stop(w, last.start(), b, lex):
        b = last.start()  # 转移被困群众: 被 is inside the word 被困; 派出支援队队员: 支援 inside 支援队
    if b < 0:
        if head is None:
            return s, s, None
        b = 0 if bounded and len(w.lstrip("、(（")) <= 6 else hs
    while b < len(w) and w[b] in "、()（）":
        b += 1
    if b >= len(w):
        return s, s, None
    if last is not None and w.startswith("的", b) and head is not None:
        b = hs  # 收治的患者中重症患者13名: after a verb and its 的, only the head is sure
    if b < hs and head is not None and head.category == "funds":
        donor = _head_at_end(w[b:hs], lex)
        if donor is not None and donor.category in ("personnel", "organization"):
            b = hs  # 德晋集团捐款2000万港元: the donor is not what the money is (捐款)
    if event and ("的" in w[b:] or (head is None and (not 2 <= len(w) - b <= _EVENT_NOUN_MAX or _head_ends(w[b:], lex)))):
        # 与隔离观察人员沟通两次, 要背着沉重的设备爬楼60趟, 参加过十次: before a count of events, a stretch
        # with a 的, or with no head of its own that is one character, long, or holds a known noun, is the
        # words of the clause, not the name of what was done
        return s, s, None
    if base > lo and text[base - 1] < "\x80" and head is not None and head.category == "supplies" \
            and last is None and b in (0, hs) and hs <= 3 and not _head_ends(w[:hs], lex):
        # (only a short modifier without a noun of its own between the code and the head: 型, 医用)
        code = _MODEL_CODE_BEFORE.search(text, max(lo - _MODEL_CODE_MAX, floor, 0), base)
        if code is not None and (code.start() == 0 or not text[code.start() - 1].isascii()
                                 or not text[code.start() - 1].isalnum()):
            return code.start(), base + len(w), head  # KN95口罩2万个: the model code is part of the goods
    if last is not None and last.end() == b and head is not None and last.group() in _CONJUNCTIONS:
        b = _coordinated_start(w, last.start(), head, lex)  # 下沉党员和志愿者共51人: both are counted
    return base + b, base + len(w), head


# --- open-vocabulary nouns (jieba's dictionary) ---------------------------------------------
# nouns.csv lists the heads of the genre; any other noun is read from the language itself:
# jieba's 350,000-word dictionary with its part-of-speech tags segments the short window
# around a figure (never the whole text), and the phrase is the run of nominal words there.

# (a verbal noun, vn, only modifies: 救灾|帐篷; at the end it is the verb of the clause, 共印制|800份)
_NOUN_FINAL = frozenset({"n", "nz", "nt", "ng", "nrt", "nrfg", "j", "ns"})  # may end a noun phrase
_NOUN_MODIFIER = _NOUN_FINAL | {"vn", "nr", "b", "an", "a", "ad", "l", "i", "eng"}  # may stand inside one
_NOUNS = _NOUN_FINAL | {"nr"}  # what may follow a noun inside its phrase (支援队|队员)
_OPEN_MAX = 10  # longest open-vocabulary noun phrase
_CONTEXT_REACH = 40  # how far back in its sentence a lone count looks for the noun it counts


@lru_cache(maxsize=1)
def _pos_tokenizer():
    """jieba's part-of-speech tagger over the segmenter of stage 4 (one per process, loaded lazily)."""
    import jieba.posseg

    from .segment import jieba_tokenizer

    return jieba.posseg.POSTokenizer(jieba_tokenizer())


def _tagged(s: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of a short string, dictionary only (no HMM guesses for unknown words).

    >>> _tagged("抽水泵")
    [('抽水泵', 'n')]
    """
    return [(t.word, t.flag) for t in _pos_tokenizer().cut(s, HMM=False)]


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], tuple[int, ...]]:
    """data/head_forms.csv: suffix → category, and the suffix lengths, longest first."""
    forms = {r["suffix"]: r["category"] for r in read_rows("head_forms.csv")}
    return forms, tuple(sorted({len(k) for k in forms}, reverse=True))


def form_category(noun: str) -> str:
    """The category a noun's form gives (data/head_forms.csv, longest suffix wins), '' if none.

    >>> [form_category(w) for w in ("支援队队员", "抽水泵", "救援队", "受灾农户", "活动板房", "天气")]
    ['personnel', 'supplies', 'organization', 'coverage', 'supplies', '']
    """
    forms, lengths = _forms()
    for n in lengths:
        if n <= len(noun) and noun[-n:] in forms:
            return forms[noun[-n:]]
    return ""


def _word_freq(word: str) -> int:
    """How often jieba's dictionary has seen `word` as a word (0: unknown, or only a prefix)."""
    return _pos_tokenizer().tokenizer.FREQ.get(word, 0)


@lru_cache(maxsize=1)
def _bound_suffixes() -> frozenset[str]:
    """The one-character noun suffixes of head_forms.csv (队, 员, 机, 泵 …)."""
    return frozenset(k for k in _forms()[0] if len(k) == 1)


def _fused_stop(w: str, i: int, j: int, lex: Lexicon) -> bool:
    """The stop word w[i:j] is part of a noun, not a verb before it: a one-character stop that
    forms a dictionary word with the character after it (被|困群众: 被困), or a word followed by a
    one-character noun suffix that does not begin a word of its own (支援|队队员: 支援队, but 下沉|队员).

    >>> lex = lexicon()
    >>> _fused_stop("被困群众", 0, 1, lex), _fused_stop("支援队队员", 0, 2, lex), _fused_stop("支援队员", 0, 2, lex)
    (True, True, False)
    """
    if j >= len(w):
        return False
    if j - i == 1:
        pair = w[i:j + 1]
        return _word_freq(pair) > 0 and lex.stop_re.fullmatch(pair) is None and pair not in lex.heads
    # (the suffix stands alone: what follows it begins a word of two or more characters, 队|队员)
    return w[j] in _bound_suffixes() and _word_freq(w[j:j + 2]) == 0 and len(w) >= j + 3 and _word_freq(w[j + 1:j + 3]) > 0 \
        and not _starts_with_stop(w, lex, j)


def open_head(noun: str, lex: Lexicon | None = None) -> Head:
    """A Head for a noun read from the language: nouns.csv's category where it lists the end of
    the noun, else the category of its form.

    >>> h = open_head("被困群众"); h.category, h.open
    ('personnel', True)
    """
    lex = lex or lexicon()
    known = _head_at_end(noun, lex)
    category = known.category if known is not None else form_category(noun)
    return Head(noun, category, False, False, open=True)


def _final(word: str, tag: str) -> bool:
    """A word that may end a noun phrase: a noun, or a word jieba files as a person's name or an
    idiom whose form is that of a noun of the genre (武警官兵 is tagged nr, 冲锋舟 i; 张明 is not taken).

    >>> _final("帐篷", "n"), _final("武警官兵", "nr"), _final("冲锋舟", "i"), _final("张明", "nr")
    (True, True, True, False)
    """
    return tag in _NOUN_FINAL or (tag in ("nr", "i", "l") and form_category(word) != "")


def _stop_word(word: str, lex: Lexicon) -> bool:
    return lex.stop_re.fullmatch(word) is not None


def _compound(words: list[tuple[str, str]], i: int) -> bool:
    """A verb or other word fused with a one-character noun after it (支援|队, 救援|队): a compound noun."""
    return i + 1 < len(words) and len(words[i + 1][0]) == 1 and words[i + 1][1] in ("n", "ng")


def open_noun_after(text: str, p: int, lex: Lexicon | None = None) -> tuple[int, Head | None]:
    """Length and head of the noun phrase at text[p] read with jieba's dictionary (0, None if none).

    The phrase is the run of nominal words from p that ends with a noun, before a verb, a
    preposition, a particle, a stop word of entity_stops.csv or punctuation.

    >>> open_noun_after("抽水泵运往灾区", 0)[0], open_noun_after("用于安置灾民", 0)[0]
    (3, 0)
    >>> n, h = open_noun_after("救生衣、帐篷", 0); n, h.category
    (3, 'supplies')
    """
    lex = lex or lexicon()
    w = _window_after(text, p, lex)[:_OPEN_MAX + 4]
    if not w or w[0] in "、()（）":
        return 0, None
    words = _tagged(w)
    end = k = 0
    for i, (word, tag) in enumerate(words):
        if k + len(word) > _OPEN_MAX or _stop_word(word, lex) and not _compound(words, i):
            break
        if tag not in (_NOUN_MODIFIER if not end else _NOUNS) and not _compound(words, i):
            break  # modifiers come first: after a noun, a verbal noun is the verb (抽水泵|运往)
        k += len(word)
        if _final(word, tag):
            end = k
    if end < 2:
        return 0, None  # one character is too little to be sure of a noun (人, 家)
    return end, open_head(w[:end], lex)


def open_noun_before(w: str, lex: Lexicon | None = None) -> int:
    """Where the noun phrase that ends `w` begins, read with jieba's dictionary (len(w) if none).

    >>> w = "调运抽水泵"; w[open_noun_before(w):]
    '抽水泵'
    >>> w = "派出支援队队员"; w[open_noun_before(w):]
    '支援队队员'
    >>> w = "已搭建"; open_noun_before(w)
    3
    """
    lex = lex or lexicon()
    words = _tagged(w)
    if not words or not _final(*words[-1]) or len(w) < 2 or _stop_word(words[-1][0], lex):
        return len(w)
    start = len(w) - len(words[-1][0])
    for i in range(len(words) - 2, -1, -1):
        word, tag = words[i]
        compound = _compound(words, i)
        if len(w) - (start - len(word)) > _OPEN_MAX:
            break
        if (tag not in _NOUN_MODIFIER or _stop_word(word, lex)) and not compound:
            break
        start -= len(word)
    return start if len(w) - start >= 2 else len(w)


def _fits(head: Head, classifier: Classifier | None) -> bool:
    """An open-vocabulary noun fits its classifier: money wants funds or goods, 名/人 people,
    户 and 支/家 their own kind, goods classifiers (台, 顶) goods or a noun of no known form;
    generic classifiers (个, 件) and measures take any noun.

    >>> c = lexicon().classifiers
    >>> _fits(open_head("抽水泵"), c["台"]), _fits(open_head("灾区"), c["台"]), _fits(open_head("病床"), c["张"])
    (True, False, True)
    """
    if classifier is None or classifier.kind in ("event", "measure"):
        return True
    if classifier.kind == "money":
        return head.category in ("funds", "supplies")
    if classifier.category in ("personnel", "coverage", "organization"):
        return head.category == classifier.category or _case(head, classifier) \
            or (head.category == "supplies" and classifier.category != "personnel" and not classifier.inside)
    return not classifier.category or head.category in (classifier.category, "")


def context_noun(text: str, start: int, floor: int, classifier: Classifier | None,
                 lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """A lone count (其中19个): the noun named last before it in its sentence, at most one clause
    back (搭建活动板房,其中19个 → 活动板房), when it fits the classifier. (-1, -1, None) if none.

    >>> t = "搭建活动板房,其中19个用于安置"; s, e, h = context_noun(t, t.index("19"), 0, lexicon().classifiers["个"])
    >>> t[s:e], h.category
    ('活动板房', 'supplies')
    """
    lex = lex or lexicon()
    lo = max(0, start - _CONTEXT_REACH)
    sentence = max(text.rfind(c, lo, start) for c in SENTENCE_END) + 1
    lo = max(lo, sentence)
    clause_ends = [m.start() for m in _CLAUSE_END_RE.finditer(text, lo, start)]
    if len(clause_ends) >= 2:
        lo = clause_ends[-2] + 1  # the clause of the count and the one before it
    words = _tagged(text[lo:start])
    k = start
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        k -= len(word)
        if _final(word, tag) and len(word) >= 2 and not _stop_word(word, lex):
            e = k + len(word)
            left = max(lo, e - _OPEN_MAX)
            b = left + open_noun_before(text[left:e], lex)
            head = open_head(text[b:e], lex)
            if b < e and head.category and _fits(head, classifier):
                return b, e, head
            return -1, -1, None
    return -1, -1, None


_PIECE_MAX = 6  # longest noun of a coordination before a noun-first phrase (机关干部、社工以及社区民警)


def _open_before(w: str, base: int, s: int, classifier: Classifier | None,
                 lex: Lexicon) -> tuple[int, int, Head | None]:
    """noun_before for a noun nobody listed (调运抽水泵45台 → 抽水泵), when it fits the classifier
    and no locative before it makes it a place where (在灾区3个)."""
    k = open_noun_before(w, lex)
    if k >= len(w) or w[:k].endswith(tuple(lex.locatives)):
        return s, s, None
    head = open_head(w[k:], lex)
    if not _fits(head, classifier):
        return s, s, None
    return base + k, base + len(w), head


def _coordinated_start(w: str, j: int, head: Head, lex: Lexicon) -> int:
    """Where a coordination of nouns of `head`'s category ends at w[j] (a conjunction) begins,
    reading leftwards over pieces split by 、 (or j + the conjunction's length when the noun before
    it is of another kind: 向居民和志愿者发放口罩300个 keeps 口罩).

    >>> w = "抽调机关干部、社工以及社区民警"; w[_coordinated_start(w, w.index("以及"), lexicon().heads["民警"], lexicon()):]
    '机关干部、社工以及社区民警'
    """
    conj = next(c for c in _CONJUNCTIONS if w.startswith(c, j))
    out = j + len(conj)
    end = j
    while end > 0:
        p = max(w.rfind("、", 0, end), w.rfind("的", 0, end)) + 1
        for m in lex.stop_re.finditer(w, p, end):
            if _starts_with_stop(w, lex, m.start()):
                p = max(p, m.end())
        piece = w[p:end]
        h = _head_at_end(piece, lex) if piece else None
        if h is None or h.category != head.category or len(piece) > _PIECE_MAX:
            return out
        out = p
        if p == 0 or w[p - 1] != "、":
            return out
        end = p - 1
    return out


# A model code in Latin letters and digits (KN95, KF94, N95-1860), before goods (KF94型口罩)
_MODEL_CODE_CORE = r"[A-Za-z][A-Za-z0-9]{0,7}(?:-[A-Za-z0-9]{1,6})?"
_MODEL_CODE_BEFORE = re.compile(_MODEL_CODE_CORE + r"\Z")
_MODEL_CODE_MAX = 16


def _title_fits(text: str, open_: int, close: int) -> bool:
    """A 《title》 spans no sentence end and holds no other title mark."""
    inner = text[open_ + 1:close]
    return not any(c in inner for c in SENTENCE_END + "《》")


def _title_before(text: str, end: int, floor: int, classifier: Classifier | None, lex: Lexicon,
                  s: int) -> tuple[int, int, Head | None]:
    """A 《title》 that ends at text[end] as the noun before a number (发放《告居民书》1800余份).

    Titles are documents: counted in copies, pieces or events, never in people, places or money.
    """
    if classifier is not None and (classifier.kind in ("money", "time", "age", "ordinal", "ratio")
                                   or classifier.category in ("personnel", "coverage", "organization", "funds")):
        return s, s, None
    open_ = text.rfind("《", max(0, floor, end - 2 - _TITLE_MAX), end - 1)
    if open_ < 0 or end - 1 - open_ < 2 or not _title_fits(text, open_, end - 1):
        return s, s, None
    return open_, end, _head_at_end(text[open_ + 1:end - 1], lex) or Head("", "", False, False)


def money_source(text: str, s: int, floor: int, lex: Lexicon | None = None) -> str:
    """The funds a bare sum is drawn from, named earlier in its clause ('' if none).

    Reports name the source before the verb: 从市管党费配套资金划拨350万元. The source
    becomes the entity, but not part of the surface, which stays the figure itself.

    >>> t = "市委组织部从市管党费配套资金划拨350万元,"
    >>> money_source(t, t.index("350"), 0)
    '党费配套资金'
    >>> t = "市直机关工委从下拨党费和代管党费中拨出110万元"
    >>> money_source(t, t.index("110"), 0)
    '党费'
    >>> t = "党费已用完,另拨350万元"
    >>> money_source(t, t.index("350"), 0)
    ''
    """
    lex = lex or lexicon()
    if lex.source_re is None:
        return ""
    lo = max(floor, s - _SOURCE_WINDOW, 0)
    clause = _clause_start(text, lo, s)
    last = None
    for last in lex.source_re.finditer(text, clause, s):
        pass
    if last is None and clause > lo and text[clause:s] in _TOTALS_AFTER_COMMA and text[clause - 1] in ",，":
        # 这是党员们的捐款,一共50118元: a total right after a funds noun and a comma is that money
        head = _head_at_end(text[max(lo, clause - 1 - lex.head_max):clause - 1], lex)
        if head is not None and head.category == "funds" and len(head.word) >= 2:
            return head.word
    return last.group() if last else ""


_TOTALS = ("共计", "合计", "总计", "共")  # a total right after a sum: 8万元党费共计28.2万元
_TOTALS_AFTER_COMMA = _TOTALS + ("一共", "总共")  # after a comma: 这是党员们的捐款,一共50118元


def _compatible(head: Head, classifier: Classifier | None) -> bool:
    """A noun before a number must fit its classifier (名 wants people, 元 money or goods)."""
    if classifier is None:
        return True
    if classifier.kind == "money":
        return head.category in ("funds", "supplies")
    if classifier.kind == "event" or not classifier.category:
        return True
    if head.reached and classifier.category == "coverage":
        return True  # 居民3088户: the residents' households
    if head.category == "supplies" and classifier.kind == "count" and classifier.category != "personnel" \
            and not classifier.inside:
        return True  # goods are counted with many classifiers: 新冠抗原试剂1000万支 (支 also counts teams)
    return head.category == classifier.category or _case(head, classifier)


def _case(head: Head | None, classifier: Classifier | None) -> bool:
    """People counted as cases (确诊病例6人, 2名密切接触者): a head of category other after a
    person classifier. They are counted, but they are not mobilized people (category other).

    >>> lex = lexicon()
    >>> _case(_head_at_end("疑似病例", lex), lex.classifiers["名"]), _case(_head_at_end("党员", lex), lex.classifiers["名"])
    (True, False)
    """
    return (head is not None and head.category == "other"
            and classifier is not None and classifier.category == "personnel")


# --- per-candidate decision ---------------------------------------------------------------

def _approx_before(text: str, s: int, lex: Lexicon) -> tuple[int, str]:
    if s == 0 or text[s - 1] not in lex.before_last_chars:
        return s, "exact"  # no word of `before` can end here (the common case)
    m = lex.before_re.search(text, max(0, s - 4), s)
    if m is None:
        return s, "exact"
    return m.start(), lex.before[m.group()]


def _approx_after(text: str, p: int, lex: Lexicon) -> tuple[int, str]:
    if not text.startswith(lex.after_words, p):
        return p, ""
    for word, kind in lex.after:
        if text.startswith(word, p):
            return p + len(word), kind
    return p, ""


def _category(classifier: Classifier | None, head: Head | None) -> str:
    """Money is funds, events are activity; classifiers that name what they count (名 and 人 people,
    户 households) decide before the noun does (1.2万户居民 counts households: coverage); other
    classifiers only say what they usually count, and a noun with a category of its own decides
    (支 counts teams and sticks: 3支医疗队, 200支洗手液; 间 rooms and firms: 34间非牟利机构);
    generic ones (个, 条) leave it to the noun.

    >>> c, lex = lexicon().classifiers, lexicon()
    >>> _category(c["支"], open_head("洗手液")), _category(c["户"], lex.heads["居民"]), _category(c["支"], None)
    ('supplies', 'coverage', 'organization')
    """
    if _case(head, classifier):
        return "other"
    if head is not None and head.reached and head.category == "personnel" \
            and (classifier is None or classifier.category in ("personnel", "")):
        return "coverage"  # 约1500名居民, 5000多居民: the people reached, not the people sent
    if classifier is not None and classifier.category and (
            head is None or not head.category or classifier.kind in ("money", "event")
            or classifier.category == "personnel" or classifier.inside):
        return classifier.category
    if head is not None and head.category:
        return head.category
    return "other"


# Verbs of raising or giving money (筹, 捐, 募, 拨: 筹集, 捐款, 募捐, 下拨) — one character each, so that
# headlines, which drop the rest of the verb (籌三十六萬), are read too.
_RAISING_RE = re.compile("[筹捐募拨]")
_HEADLINE_REACH = 12  # how far back in its clause the verb of a bare sum may stand


def _headline_sum(text: str, m: re.Match, floor: int) -> bool:
    """筹三十六万助抗疫, 捐款捐物逾四亿支援内地: a sum with 万/亿 and no unit, after a verb of
    raising or giving money in its clause, is money in 元 (headlines drop the 元).

    >>> t = "两会筹三十六万助抗疫"; _headline_sum(t, candidate_re().search(t), 0)
    True
    >>> t = "全市三十六万人参与"; _headline_sum(t, candidate_re().search(t), 0)
    False
    """
    if text[m.end() - 1] not in "万亿多余" or ("万" not in m.group() and "亿" not in m.group()):
        return False
    lo = max(floor, m.start() - _HEADLINE_REACH, 0)
    clause = _clause_start(text, lo, m.start())
    return _RAISING_RE.search(text, clause, m.start()) is not None


def _candidate(text: str, m: re.Match, floor: int, lex: Lexicon) -> Quantity | None:
    p = m.end()
    cm = lex.classifier_re.match(text, p)
    if cm is not None and lex.bare_re is not None:
        bare = lex.bare_re.match(text, p)
        if bare is not None and bare.end() > cm.end():
            cm = None  # 六部门: a bare noun that begins with a classifier (部) is the noun, not 部 + 门
    classifier = lex.classifiers[cm.group()] if cm else None
    if classifier is not None and classifier.kind == "ratio" and m.group("scale") and not classifier.latin:
        cm = classifier = None  # 50万成人: a ratio (五成, 3倍) never follows 万/亿; 成 begins the noun
    if classifier is not None and classifier.kind in NOT_COUNTS:
        return None  # cheap rejections first: dates, durations, ages (2020年, 24小时, 77岁)
    headline, modified = False, None
    if classifier is None:
        if lex.bare_re is None or not lex.bare_re.match(text, p):
            modified = _modified_bare(text, m, lex)  # 近20万优秀干部
            headline = modified is None and _headline_sum(text, m, floor)
            if not headline and modified is None:
                return None
    elif cm.group() in lex.verb_classifiers and _headline_sum(text, m, floor):
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > cm.end():
            cm, classifier, headline = None, None, True  # 捐款逾四亿支援内地: 支 begins 支援
    num = _read_number(m, lex, text)
    if num is None:
        return None
    if classifier is None and p < len(text) and text[p] in _NUMERAL_CHARS:
        return None  # 3万|四千元: the head of a longer numeral; its tail is flagged below
    cut = _whole_numeral_start(text, m)
    if cut is not None:
        # 叁千…, 3万 4千…: what was read is a part of a longer numeral; never report the part's value
        num = num._replace(start=cut, value=math.nan, high=None, approx="exact", is_one=False)
    unit_end = cm.end() if cm else p
    if classifier is None:
        # No classifier: only a noun that may follow a bare numeral (六部门, 1万多党员干部).
        if num.is_one:
            return None
        if not num.chinese and 1900 <= num.value <= 2100 and not m.group("scale"):
            return None  # a year
    else:
        if num.is_one and classifier.one != "count":
            return None  # 一位, 一批, 一封: the article "a"
        if text.startswith(classifier.word, unit_end):
            return None  # 一个个, 一批批
        if classifier.kind == "measure" and text.startswith(_PACKAGE, unit_end):
            return None  # 25公斤装大米: the size of one package
        if num.is_one and _numeral_follows(text, unit_end):
            return None  # 一支五十余人的队伍: the article "a"; the figure is the number after it
    latin = classifier is not None and classifier.latin and not _ASCII_LETTER.match(text, unit_end)
    if _excluded(text, num.start, num.end, lex, latin):
        return None
    if num.chinese and num.start > 0 and text[num.start - 1] in _CLOSE_QUOTES and _labels_list(text, num):
        return None  # “减负、加力、鼓劲、保障”四项行动: the name of the list just quoted
    approx = num.approx
    start, before_kind = _approx_before(text, num.start, lex)
    if before_kind == "exact":
        start = num.start  # 附近, 最近: not an approximation, not part of the surface
    elif approx == "exact":
        approx = before_kind
    currency, value, after_unit = "", num.value, unit_end
    if classifier is not None and classifier.word == _KUAI and _JIAO_FEN.match(text, unit_end) is not None:
        classifier = replace(lex.classifiers[_KUAI_MONEY], word=_KUAI)  # 十块三毛: 块 is the colloquial yuan
    if classifier is not None and classifier.kind == "money":
        unit_money = lex.currencies.get(classifier.word) or lex.currencies[_KUAI_MONEY]
        currency, value, after_unit = _money(text, num, start, unit_end, unit_money, lex)
    elif headline:
        currency = _currency_before(text, start, lex)  # 筹款港币三十六万; '' when not written
    if currency and currency != (lex.currencies[classifier.word].code if classifier is not None
                                 and classifier.word in lex.currencies else ""):
        start = min(start, _currency_name_start(text, start, lex))  # 港币500万元: the name is part of the figure
    end, after_kind = _approx_after(text, after_unit, lex)
    if after_kind and approx == "exact":
        approx = after_kind
    elif not after_kind:
        end = after_unit
    unit = classifier.word if classifier else ""
    entity, head = "", None
    noun = classifier.noun if classifier else "both"
    if noun == "self":
        entity, head = unit, _head_at_end(unit, lex)
    if noun == "both" and not headline:
        n, head = noun_after(text, end, classifier is not None and classifier.category == "personnel", lex,
                             fallback=classifier is not None and classifier.kind != "money")
        if classifier is None:
            bm = lex.bare_re.match(text, end)  # 613机关党员: the bare noun itself, though 机关 is a head too
            if bm is not None and bm.end() - end > n:
                n, head = bm.end() - end, lex.heads[bm.group()]
            if modified is not None and modified[0] > n:
                n, head = modified
        elif n == 0 and end < len(text) and text[end] < "\x80":
            if classifier.category == "personnel" and text[end].isdigit():
                n, head = _aged_people(text, end, lex)  # 33名35岁及以下青年
            else:
                n, head = _coded_goods(text, end, lex)  # 4350只KF94型口罩: a model code before the goods
        elif n and text.startswith("的", end + n) and classifier.category == "personnel" \
                and head is not None and head.category != "personnel":
            # 1.7万名来自各组织的义工: the people after the 的 are what 名 counts
            n2, h2 = noun_after(text, end + n + 1, True, lex, fallback=False)
            if n2 and h2 is not None and h2.category == "personnel":
                n, head = n + 1 + n2, h2
        if not n and classifier is not None and classifier.kind == "count" and not num.is_one:
            # 300顶用于安置群众的帐篷 (not 一个重要的安置点: an article and a description)
            n, head = _noun_after_de(text, end, classifier, lex)
        if n and classifier is not None and classifier.kind == "money" \
                and (head is None or head.category not in ("funds", "supplies")):
            n, head = 0, None  # 一百万澳门元捐灾区同胞: money is never a place or people
        if n:
            entity, end = text[end:end + n], end + n
        elif classifier is not None and classifier.kind in ("measure", "money") and text.startswith("的", end):
            # 近10吨的物资, 价值9万元的防护口罩: the goods after 的 are the entity (the surface stays
            # the figure); only a known head of goods, so 1000元的标准 keeps no entity.
            n2, h2 = _goods_after_de(text, end + 1, ("supplies",), lex)
            if n2:
                entity, head = text[end + 1:end + 1 + n2], h2
    if not entity and noun in ("both", "before"):
        b_start, b_end, bhead = noun_before(text, start, floor,
                                            lex.classifiers.get("元") if headline else classifier, lex)
        if b_end > b_start:
            entity, head = text[b_start:b_end], bhead
            start = b_start
    if not entity and (headline or (classifier is not None and classifier.kind == "money")):
        entity = money_source(text, start, floor, lex)
    if entity:
        entity = entity.translate(_NO_QUOTES)
    if num.is_one and (head is None or head.open):
        return None  # 一个目标, a lone 一支: 一 counts only a known countable noun (一名网格员)
    if cm is not None and (not entity or (head is not None and classifier.category
                                          and head.category != classifier.category)) \
            and cm.group() in lex.verb_classifiers:
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > unit_end:
            # 逾四亿支援内地, 两亿支援灾区: 支 begins the verb 支援, and no teams follow (两支援藏医疗队 does)
            return None
    category = "funds" if headline else _category(classifier, head)
    # Things become coverage only when they are reached themselves (vehicles checked); samples
    # or kits handled by a served verb (检测样本500份) stay what they are.
    if (category == "personnel" or (category == "supplies" and head is not None and head.reached)) \
            and lex.served_re.search(text, max(floor, start - _SERVED_REACH, 0), start):
        verb = _reaching_verb(text, start, floor, lex)
        if verb in lex.served:
            category = "coverage"  # 走访居民300人, 检查车辆2万辆: the people and vehicles reached
        elif verb in lex.cases and category == "personnel":
            category = "other"  # 收治患者46名, 医学观察5人: patients and people under watch
    if category == "personnel" and not entity and _screened_after(text, end, lex):
        category = "coverage"  # 近千万人新一轮核酸筛查: the people screened
    return Quantity(start, end, text[start:end], value, approx, num.high, unit, entity,
                    category, num.start, unit_end, currency, cut is not None)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_KUAI, _KUAI_MONEY = "块", "块钱"  # 块 counts pieces (120块冰块) unless 角/毛/分 follow
# 5元3角, 六十四万零一百四十三元一角七分: tenths and hundredths of a yuan after the 元 (not 3分钟)
_JIAO_FEN = re.compile(r"(?:(?P<jiao>[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖])[角毛])?"
                       r"(?:(?P<fen>[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖])分(?!钟))?(?<=[角毛分])钱?")


def _money(text: str, num: _Number, start: int, unit_end: int, unit: Currency,
           lex: Lexicon) -> tuple[str, float, int]:
    """(currency code, value with 角/分, end of the unit) of a sum of money.

    A plain 元 takes a currency named right after it (500万元人民币) or right before the sum
    (港币500万元, 新台币177.1亿元); otherwise it is CNY. 角 and 分 after a whole 元 add tenths and
    hundredths (5元3角 = 5.3). The value stays in the currency written: nothing is converted.

    >>> lex = lexicon(); t = "港币500万元"; m = candidate_re().search(t); n = _read_number(m, lex, t)
    >>> _money(t, n, 2, 7, lex.currencies["元"], lex)
    ('HKD', 5000000.0, 7)
    >>> t = "5元3角"; m = candidate_re().search(t); n = _read_number(m, lex, t)
    >>> _money(t, n, 0, 2, lex.currencies["元"], lex)
    ('CNY', 5.3, 4)
    """
    code, value, end = unit.code, num.value, unit_end
    if not unit.generic:
        return code, value, end
    after = lex.currency_name_re.match(text, end)
    if after is not None:
        code, end = lex.currencies[after.group()].code, after.end()  # 500万元人民币
    else:
        code = _currency_before(text, start, lex) or code
        if num.high is None and math.isfinite(value) and end < len(text):
            jf = _JIAO_FEN.match(text, end)
            if jf is not None and jf.end() > end:
                cents = sum(int(CN_DIGITS.get(d, d.translate(_FULLWIDTH_DIGITS))) * k
                            for d, k in ((jf.group("jiao"), 10), (jf.group("fen"), 1)) if d)
                value = float(Decimal(repr(value)) + Decimal(cents) / 100)
                end = jf.end()
    return code, value, end




def _currency_before(text: str, start: int, lex: Lexicon) -> str:
    """The code of a currency name right before a sum (港币|500万元), else ''."""
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return lex.currencies[m.group().rstrip(" \u3000")].code if m else ""


def _currency_name_start(text: str, start: int, lex: Lexicon) -> int:
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return m.start() if m else start


_SCREENED_AFTER_REACH = 10  # how far after a bare count of people its screening noun may end


def _screened_after(text: str, end: int, lex: Lexicon) -> bool:
    """A bare count of people right before a screening in its clause, with no verb in between
    (近千万人新一轮核酸筛查工作展开): the people screened. 1000人参与核酸筛查 and 120人走访 are not.

    >>> lex = lexicon()
    >>> _screened_after("近千万人新一轮核酸筛查", 4, lex), _screened_after("千人参与核酸筛查", 2, lex)
    (True, False)
    """
    hi = _clause_end(text, end, _SCREENED_AFTER_REACH + 4)
    m = lex.served_re.search(text, end, hi)
    if m is None or m.start() == end or m.group() not in lex.screenings or m.end() - end > _SCREENED_AFTER_REACH:
        return False  # (right after the count the word is the verb of those counted: 120人走访)
    stop = lex.stop_re.search(text, end, m.start())
    while stop is not None and stop.group() in lex.infix_set:
        stop = lex.stop_re.search(text, stop.end(), m.start())
    return stop is None


_AGE_MODIFIER = re.compile(r"[0-9]{1,3}周?岁[及或]?(?:以下|以上|以内|左右)?")


def _aged_people(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None]:
    """People named with an age first (33名35岁及以下青年): length and head, or (0, None).

    >>> _aged_people("35岁及以下青年组成", 0, lexicon())[0], _aged_people("35岁", 0, lexicon())[0]
    (8, 0)
    """
    return _modified_noun(text, p, _AGE_MODIFIER, "personnel", lex)


def _modified_noun(text: str, p: int, modifier: re.Pattern, category: str, lex: Lexicon) -> tuple[int, Head | None]:
    """A noun of `category` after a `modifier` at p (an age, a model code): length and head, or (0, None)."""
    m = modifier.match(text, p)
    if m is None:
        return 0, None
    n, head = noun_after(text, m.end(), category == "personnel", lex, fallback=False)
    if not n or head is None or head.category != category:
        return 0, None
    return m.end() - p + n, head


_LIST_REACH = 60  # the longest quoted list whose name may follow it


def _labels_list(text: str, num: _Number) -> bool:
    """A Chinese numeral right after a quotation of exactly that many items, split by 、 (或 ，):
    “为护航者减负、加力、鼓劲、保障”四项行动 names the list it follows; it is not a tally.

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


_MODEL_CODE = re.compile(_MODEL_CODE_CORE + "型?")


def _coded_goods(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None]:
    """Goods named with a model code first (KF94型口罩, N95口罩): length and head, or (0, None).

    >>> _coded_goods("KF94型口罩、", 0, lexicon())[0], _coded_goods("CEO说", 0, lexicon())[0]
    (7, 0)
    """
    return _modified_noun(text, p, _MODEL_CODE, "supplies", lex)


def _goods_after_de(text: str, p: int, categories: tuple[str, ...], lex: Lexicon) -> tuple[int, Head | None]:
    """The goods named right after the 的 of 近10吨的物资 (0, None if none).

    The phrase ends at its first head of goods, which must end at a boundary or where another
    known noun starts (近10吨的物资|配送); a coordinated list is kept (5吨的大米和面粉).
    """
    w = _window_after(text, p, lex)
    if not w or _starts_with_stop(w, lex):
        return 0, None
    n, head = noun_after(text, p, False, lex, fallback=False)
    if n and head is not None and head.category in categories and _is_boundary(w, n, lex):
        return n, head  # 5吨的大米、面粉和食用油
    ends = _head_ends(w, lex)
    starts = {k - len(h.word) for k, h in ends}
    for k, h in ends:
        if k > _PHRASE_MAX:
            break
        if h.category in categories and (_is_boundary(w, k, lex) or k in starts):
            return k, h
    return 0, None


_BARE_MODIFIER = 4  # longest modifier between a bare numeral and its bare noun (50万成人外科口罩)


def _modified_bare(text: str, m: re.Match, lex: Lexicon) -> tuple[int, Head] | None:
    """A bare noun (nouns.csv bare = yes) after a short modifier or a relative clause and 的, right
    after a numeral with 万 or 亿 and no classifier (近20万优秀干部, 19.89万落实结对帮扶的干部,
    50万成人外科口罩): its length from the numeral and head, None if there is none. (Only with
    万/亿: the figure is large, so not a code, a year or an ordinal.)

    >>> t = "近20万优秀干部"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    4
    >>> t = "19.89万落实结对帮扶的干部,形成"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    9
    >>> t = "20万优秀人才"; _modified_bare(t, candidate_re().search(t), lexicon()) is None
    True
    """
    if "万" not in m.group() and "亿" not in m.group():
        return None
    p = m.end()
    n, head = noun_after(text, p, False, lex, fallback=False)
    if n and head is not None and head.bare and not head.open and n - len(head.word) <= _BARE_MODIFIER:
        return n, head
    k = text.find("的", p + 1, _clause_end(text, p, _DE_REACH))
    if k < 0 or any(c.isdigit() for c in text[p:k]):
        return None
    n, head = noun_after(text, k + 1, False, lex, fallback=False)
    if n and head is not None and head.bare and not head.open and _is_boundary(_window_after(text, k + 1, lex), n, lex):
        return k + 1 + n - p, head
    return None


_DE_REACH = 12  # longest relative clause between a classifier and its 的 (300顶用于安置群众的帐篷)


def _noun_after_de(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, Head | None]:
    """A count whose noun comes after a relative clause and its 的 (300顶用于安置群众的帐篷): the
    length from p to the end of the noun, and its head, when the noun fits the classifier; (0, None)
    when no 的 follows in the clause, a number stands before it, or the noun does not fit (200人参加的活动).

    >>> t = "300顶用于安置群众的帐篷"; _noun_after_de(t, 4, lexicon().classifiers["顶"], lexicon())[0]
    9
    >>> t = "组织200人参加的培训"; _noun_after_de(t, 6, lexicon().classifiers["人"], lexicon())
    (0, None)
    """
    k = text.find("的", p + 1, _clause_end(text, p, _DE_REACH))
    if k < 0 or _starts_number(text, p, lex) or any(c.isdigit() for c in text[p:k]):
        return 0, None
    n, head = noun_after(text, k + 1, classifier.category == "personnel", lex)
    if not n or head is None or not (_fits(head, classifier) if head.open else _compatible(head, classifier)):
        return 0, None
    return k + 1 + n - p, head


_SERVED_REACH = 10  # how far before a count of people the verb that reaches them may stand
_PACKAGE = "装"  # after a measure: 25公斤装, the size of one package


def _reaching_verb(text: str, start: int, floor: int, lex: Lexicon) -> str:
    """The last stop word before text[start] in its clause when it is a served or case verb, else ''.

    >>> [_reaching_verb(t, t.index(n), 0, lexicon()) for t, n in [("累计收治患者46名", "患者"),
    ...                                                            ("累计走访居民300人", "居民"), ("抽调干部300人", "干部")]]
    ['收治', '走访', '']
    """
    lo = max(floor, start - _SERVED_REACH, 0)
    if lex.served_re.search(text, lo, start) is None:
        return ""  # the common case, decided in C
    clause = _clause_start(text, lo, start)
    last = None
    for m in lex.stop_re.finditer(text, clause, start):
        if (last is None or m.end() > last.end()) and m.group() not in lex.infix_set:
            last = m  # 排查新增返乡人员: the adverb 新增 (an infix) does not hide the verb before it
    if last is None or (last.group() not in lex.served and last.group() not in lex.cases):
        return ""
    return last.group()


# --- rules across quantities ----------------------------------------------------------------

def _adjacent(a: Quantity, b: Quantity) -> bool:
    return a.end == b.number_start or a.end == b.start


def _supply_unit(cls: Classifier | None) -> bool:
    return cls is not None and cls.noun == "both" and (cls.kind == "measure" or cls.category == "supplies")


def _money_unit(cls: Classifier | None) -> bool:
    return cls is not None and cls.kind == "money"


def _listed(a: Quantity, b: Quantity, text: str, lex: Lexicon) -> bool:
    """a、b: two amounts of goods in a list, with nothing else between them (20桶、1200瓶消毒液),
    or two sums (捐款29万港元、6万澳门元: the currencies of one donation); or two counts in the same
    unit joined by a conjunction (4万4千个及1万个口罩: both count masks).

    >>> t = "4万4千个及1万个口罩"; a, b = _extract_raw(t); _listed(a, b, t, lexicon())
    True
    """
    gap = text[a.end:b.start]
    ca, cb = lex.classifiers.get(a.unit), lex.classifiers.get(b.unit)
    if gap in _CONJUNCTIONS and gap != "、":
        return ca is not None and ca is cb and ca.noun == "both" and ca.kind in ("count", "measure", "money")
    if gap != "、":
        return False
    return (_supply_unit(ca) and _supply_unit(cb)) or (_money_unit(ca) and _money_unit(cb))


def _share_nouns(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """200桶800斤酒精: both 酒精; 住户712户2132人: 2132人 also counts 住户.

    Across a 、, amounts of goods share a noun only when one of them has none: 20桶、1200瓶消毒液
    (both 消毒液, the noun after the last), 消毒液20桶、1200瓶 (both 消毒液, the noun before the first).
    """
    out = list(qs)
    for i in range(len(out) - 1, -1, -1):  # right to left, so 100桶380升84消毒液 chains
        q = out[i]
        if q.entity or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        cls = lex.classifiers.get(q.unit)
        if _adjacent(q, nxt) and nxt.entity and cls is not None and cls.noun == "both":
            out[i] = replace(q, entity=nxt.entity, category=q.category if cls.kind in ("money", "event")
                             else nxt.category if nxt.category != "other" else q.category)
        elif nxt.entity and nxt.number_start == nxt.start and _listed(q, nxt, text, lex):
            out[i] = replace(q, entity=nxt.entity, category=nxt.category)
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        if q.entity and text.startswith("、", nxt.start - 1) and 2 <= nxt.start - q.end <= 3 \
                and nxt.start == nxt.number_start and q.unit == nxt.unit:
            shared = _shared_head(text[q.end:nxt.start - 1], nxt.entity, lex)
            if shared:
                # 144名“红”码、261名“黄”码人员: 码 goes on in the noun of the next count, and both count
                # 码人员; the people of one verb (排查出的) take its category
                out[i] = replace(q, entity=q.entity + shared)
                if q.category == "coverage" and nxt.category == "personnel":
                    out[i + 1] = replace(nxt, category=q.category)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if not q.entity and prev.entity and prev.start < prev.number_start and prev.end == prev.number_end \
                and _listed(prev, q, text, lex):
            out[i] = replace(q, entity=prev.entity, category=prev.category)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.entity:
            continue
        cls = lex.classifiers.get(q.unit)
        if cls is not None and cls.kind == "money":
            if prev.entity and q.start == q.number_start and text[prev.end:q.start].lstrip(",，") in _TOTALS \
                    and _money_unit(lex.classifiers.get(prev.unit)):
                head = _head_at_end(prev.entity, lex)
                if head is not None and head.category == "funds":
                    # 划拨8万元党费共计28.2万元: the total of sums of Party fees is Party fees (the head
                    # noun: 县管党费10万元,共计25万元 adds other fees too)
                    out[i] = replace(q, entity=head.word)
            continue
        if cls is None or cls.noun not in ("none", "before") or cls.kind == "event":
            continue
        gap = text[prev.end:q.start]
        if gap == "" and prev.entity:
            shared = _head_at_end(prev.entity, lex)
            if cls.category == "personnel" and shared is not None and shared.category in ("supplies", "funds"):
                # 检查车辆1267辆2418人: the people in the vehicles, not vehicles; checked with them
                if prev.category == "coverage":
                    out[i] = replace(q, category=prev.category)
                continue
            out[i] = replace(q, entity=prev.entity, category=prev.category)
        elif gap in ("", ",", "，", "、", "共") and prev.unit == "户" and q.unit == "人":
            out[i] = replace(q, category=prev.category)  # households, then the people in them
    return out


def _lone_counts(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """搭建活动板房,其中19个用于安置: a count of things with no noun of its own counts the noun
    named last before it in its sentence, at most one clause back (`context_noun`); the surface
    stays the figure. Money (`money_source`), events and people or households counted by their
    own unit (3321人) are left as they are.
    """
    out = qs
    for i, q in enumerate(qs):
        cls = lex.classifiers.get(q.unit)
        if q.entity or cls is None or cls.kind not in ("count", "measure") or cls.noun not in ("both", "before") \
                or cls.category in ("personnel", "coverage"):
            continue
        b, e, head = context_noun(text, q.start, 0, cls, lex)
        if head is None:
            continue
        if out is qs:
            out = list(qs)
        out[i] = replace(q, entity=text[b:e], category=q.category if cls.category else _category(cls, head))
    return out


def _shared_head(tail: str, entity: str, lex: Lexicon) -> str:
    """The rest of a noun left unfinished before a 、: `tail` (码 of “红”码、) as it goes on in the
    next count's entity (黄码人员 → 码人员), when what follows it there is a known head ('' if not).

    >>> _shared_head("码", "黄码人员", lexicon()), _shared_head("码", "黄码", lexicon())
    ('码人员', '')
    """
    if not _NOUN_CHARS.fullmatch(tail) or "、" in tail:
        return ""
    j = entity.find(tail, 1)
    if j < 0 or entity[j + len(tail):] not in lex.heads:
        return ""
    return entity[j:]



_BREAKDOWN_GAP = 8  # longest text between two items of a breakdown in parentheses (同仁县, 尖扎县)


def _breakdowns(qs: list[Quantity], text: str) -> list[Quantity]:
    """武汉返州人员158人(同仁县74人,尖扎县52人): counts in a parenthesis right after a count with
    the same unit are its parts, and take its category.
    """
    out = qs
    n = len(qs)
    for i in range(n - 1):
        base = out[i]
        if not text.startswith(_OPEN_PARENS, base.end):
            continue  # (one C-level test per count: the parenthesis opens right after it)
        for j in range(i + 1, n):
            q, prev = out[j], out[j - 1]
            gap = text[prev.end:q.start]
            if len(gap) > _BREAKDOWN_GAP or _BREAKDOWN_END_RE.search(gap):
                break
            if q.unit == base.unit and q.category != base.category:
                if out is qs:
                    out = list(qs)
                out[j] = replace(q, category=base.category)
    return out


_OPEN_PARENS = ("(", "（")
_BREAKDOWN_END_RE = re.compile(f"[)）{re.escape(SENTENCE_END)}]")


_SENTENCE_MAX = 300  # longer "sentences" are cut: keeps the cross-quantity rules local and linear


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    floor, ceil = max(0, i - _SENTENCE_MAX), min(len(text), i + _SENTENCE_MAX)
    lo = max(max(text.rfind(c, floor, i) for c in SENTENCE_END) + 1, floor)
    his = [k for k in (text.find(c, i, ceil) for c in SENTENCE_END) if k >= 0]
    return lo, min(his) if his else ceil


def _per_unit(q: Quantity, text: str, earlier: list[Quantity]) -> bool:
    """每个小组设立了一个临时党支部, after 8个工作小组: a count per unit of a set counted just before.

    The total is the earlier count times the per-unit figure, so the per-unit figure is not a
    tally. Without an earlier count (每个小区派驻一名网格员) the figure is kept: it states a norm.
    """
    k = text.rfind("每", max(0, q.number_start - _PER_UNIT_REACH), q.number_start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.number_start):
        return False
    after = text[k + 1:k + 1 + 6].lstrip("一个")
    keys = [after[:n] for n in (2, 1) if len(after) >= n]  # 每个小组 ~ 工作小组, 每组 ~ 工作组
    lo, _ = _sentence_bounds(text, q.number_start)
    for e in reversed(earlier):  # sorted by start: only the last few lie in this sentence
        if e.start < lo:
            return False
        if e.end <= k and any(e.entity.endswith(key) for key in keys):
            return True
    return False


def _slogan_expansion(q: Quantity, text: str) -> bool:
    """实行“六个一”工作机制,即每个班次由一名市级领导带班…: the 一s spell out a numbered slogan."""
    lo, hi = _sentence_bounds(text, q.number_start)
    return bool(_NUMBERED_SLOGAN.search(text, lo, hi))


# A blank between a Chinese character and a digit is web typesetting (机关 6 名党员干部,
# 2600名 党员), not a boundary: figures are read as if it were not there.
# (The blank first: the engine skips to blanks, then the look-arounds check their neighbours.)
_DIGIT_BLANK = re.compile(r"[ \u00a0\u3000](?:(?<=[\u3400-\u9fff].)(?=[0-9０-９])|(?<=[0-9０-９].)(?=[\u3400-\u9fff]))")


def close_digit_blanks(text: str) -> tuple[str, OffsetMap | None]:
    """`text` without blanks between Chinese characters and digits, and the map back (None: unchanged).

    >>> t, m = close_digit_blanks("抽调 6 名党员")
    >>> t, m.span(2, 5)
    ('抽调6名党员', (3, 7))
    """
    blanks = [m.start() for m in _DIGIT_BLANK.finditer(text)]
    if not blanks:
        return text, None
    b, pieces, last = MapBuilder(), [], 0
    for i in blanks:
        b.copy(last, i - last)
        pieces.append(text[last:i])
        last = i + 1
    b.copy(last, len(text) - last)
    pieces.append(text[last:])
    return "".join(pieces), b.build(len(text))


def extract(text: str) -> list[Quantity]:
    """Counted quantities in simplified text, sorted by start.

    >>> [(q.value, q.unit, q.entity, q.category) for q in extract("全市建立751个临时党支部")]
    [(751.0, '个', '临时党支部', 'organization')]
    >>> [(q.surface, q.value, q.approx) for q in extract("共计捐款4600余万元,20余名志愿者")]
    [('捐款4600余万元', 46000000.0, 'more_than'), ('20余名志愿者', 20.0, 'more_than')]
    >>> extract("2020年2月1日,开展“六个一”活动,24小时值班")
    []
    >>> [(q.surface, q.value, q.entity) for q in extract("机关 6 名党员干部下沉")]
    [('6 名党员干部', 6.0, '党员干部')]
    """
    compact, back = close_digit_blanks(text)
    found = _extract(compact)
    if back is None:
        return found
    # Web pages often have one such blank in the dateline at the top: quantities that end
    # before the first blank have the same offsets in both texts and need no mapping.
    first = _DIGIT_BLANK.search(text).start()
    return [q if q.end <= first else _mapped(q, back, text) for q in found]


def _mapped(q: Quantity, back: OffsetMap, text: str) -> Quantity:
    """A quantity found in the compacted text, with offsets and surface of `text`."""
    start, end = back.span(q.start, q.end)
    number_start, number_end = back.span(q.number_start, q.number_end)
    # The constructor, not dataclasses.replace, which costs several times more per call.
    return Quantity(start, end, text[start:end], q.value, q.approx, q.value_high, q.unit, q.entity,
                    q.category, number_start, number_end, q.currency, q.unreadable)


def _extract(text: str) -> list[Quantity]:
    """`extract` on a text without digit blanks."""
    lex = lexicon()
    found: list[Quantity] = []
    floor = 0
    for m in candidate_re().finditer(text):
        if m.start() < floor:
            continue  # inside the previous quantity (a quantity never starts after its numeral)
        q = _candidate(text, m, floor, lex)
        if q is None:
            continue
        if found and q.start < found[-1].end:
            continue  # overlaps the previous quantity's noun phrase
        found.append(q)
        floor = q.end
    found = _share_nouns(found, text, lex)
    found = _breakdowns(found, text)
    found = _lone_counts(found, text, lex)
    kept: list[Quantity] = []
    has_each = "每" in text  # without it no count is per unit (most documents of the genre have some)
    has_group = lex.group_re is not None and lex.group_re.search(text) is not None
    has_composition = lex.composition_re is not None and "由" in text and lex.composition_re.search(text) is not None
    for q in found:
        one = text[q.number_start:q.number_start + 1] == "一" and q.value == 1 and q.value_high is None
        if one and (_slogan_expansion(q, text) or _narrative_one(q, text, lex, has_each)):
            continue
        if has_each and text.find("每", max(0, q.number_start - _PER_UNIT_REACH), q.number_start) >= 0 \
                and (_per_unit(q, text, kept) or _ration(q, text, lex)):
            continue  # (the find: most counts have no 每 before them, decided in C)
        if has_group and _group_size(q, text, lex):
            continue
        if has_composition and q.value == 1 and q.value_high is None and _composition(q, text, lex):
            continue
        kept.append(q)
    return kept


def _clause_start(text: str, lo: int, i: int) -> int:
    """Where the clause holding text[i] begins, looking back no further than lo.

    >>> _clause_start("甲,乙丙", 0, 3)
    2
    """
    return max((m.end() for m in _CLAUSE_END_RE.finditer(text, lo, i)), default=lo)


def _clause_end(text: str, i: int, reach: int) -> int:
    m = _CLAUSE_END_RE.search(text, i, min(len(text), i + reach))
    return m.start() if m else min(len(text), i + reach)


def _narrative_one(q: Quantity, text: str, lex: Lexicon, has_each: bool) -> bool:
    """一 that tells a story rather than a tally.

    一把测温枪、一个口罩 (a list of single things: the kit of each volunteer), 每走一个点 (each
    time one does something).

    >>> [_narrative_one(q, t, lexicon(), True) for t in ("一张纸、一个口罩", "每走一个点", "每个小区一名网格员")
    ...  for q in _extract_raw(t)]
    [True, True, False]
    """
    if text.startswith("、一", q.end):
        return True
    if q.start > 0 and text[q.start - 1] == "、":
        lo = max(0, q.start - 1 - _LEFT_WINDOW)
        element = max((m.end() for m in _ELEMENT_END_RE.finditer(text, lo, q.start - 1)), default=lo)
        j = text.rfind("一", element, q.start - 1)  # 带着一张纸、一个口罩: the item before is 一 + classifier too
        if j >= 0 and (j == element or lex.classifier_re.match(text, j + 1)):
            return True
    if has_each:
        k = text.rfind("每", max(0, q.number_start - 4), q.number_start)
        if k >= 0:
            verb = text[k + 1:q.number_start]
            if verb and not _CLAUSE_END_RE.search(verb) and lex.classifier_re.match(verb) is None \
                    and not _NUMERAL_START.issuperset(verb[:1]) and not _head_ends(verb, lex):
                return True  # 每走一个点: 每 + a verb, not 每 + a unit (每个小区派驻一名网格员)
    return False


_ELEMENT_END_RE = re.compile(f"[、{re.escape(_CLAUSE_END)}]")
_RATION_REACH = 6  # from 每 to the number of a ration (每户发放2个)
_EACH_TIME = ("天", "日", "周", "晚")  # 每天, 每日: a rate per day, not a share per person


def _ration(q: Quantity, text: str, lex: Lexicon) -> bool:
    """每人2个, 每户发放5个口罩: what each person or household gets, not a tally.

    A 每 with a person or household classifier shortly before the number, with no noun of people
    in between (每名党员联系10户 states a norm and is kept), and the count not of people itself.

    >>> [_ration(q, t, lexicon()) for t in ("每人2个", "每户发放5个口罩", "每名党员联系10户") for q in _extract_raw(t)]
    [True, True, False]
    """
    if q.category == "personnel":
        return False
    # from the start of the quantity: an approximation or a noun before the number may stand
    # between (每人捐款一般不超过100元, 每户发放口罩5个)
    k = text.rfind("每", max(0, q.start - _RATION_REACH), q.number_start)
    if k < 0:
        return False
    if text.startswith(_EACH_TIME, k + 1):
        # 每人每天, 每个人每天要跑8个门牌号: a daily rate; the 每 of the person may stand before it
        k = text.rfind("每", max(0, k - _RATION_REACH), k)
        if k < 0:
            return False
    p = k + 2 if text.startswith("个人", k + 1) else k + 1  # 每个人 is 每人
    cm = lex.classifier_re.match(text, p)
    if cm is None or cm.end() > q.number_start:
        return False
    cls = lex.classifiers[cm.group()]
    if cls.kind != "count" or cls.category not in ("personnel", "coverage"):
        return False
    gap = text[cm.end():q.number_start]
    return not _CLAUSE_END_RE.search(gap) and not any(h.category == "personnel" for _, h in _head_ends(gap, lex))


_GROUP_REACH = 24  # how far after a count its clause may say that it makes up one group


def _group_size(q: Quantity, text: str, lex: Lexicon) -> bool:
    """由一名社工带领两名志愿者为一组: the make-up of one group (exclusions.csv, kind group_size).

    >>> [_group_size(q, t, lexicon()) for t in ("两名志愿者为一组", "两名志愿者，为一组") for q in _extract_raw(t)]
    [True, False]
    """
    return lex.group_re.search(text, q.end, _clause_end(text, q.end, _GROUP_REACH)) is not None


def _composition(q: Quantity, text: str, lex: Lexicon) -> bool:
    """410个队伍,由1名党员、1名民警和1名医生组成: the make-up of each unit, not a tally.

    A count of one, after a 由 in its clause and before a word of composition (exclusions.csv,
    kind composition: 组成, not 组成的) in the same clause. Larger counts are kept: 由50名党员组成
    may well be the size of the one squad the report is about.

    >>> [_composition(q, t, lexicon()) for t in ("由1名党员和1名医生组成", "由1名党员组成的突击队", "1名党员组成")
    ...  for q in _extract_raw(t)[:1]]
    [True, False, False]
    """
    lo = max(0, q.start - _GROUP_REACH)
    k = text.rfind("由", lo, q.start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.start):
        return False
    return lex.composition_re.search(text, q.end, _clause_end(text, q.end, _GROUP_REACH)) is not None


def _extract_raw(text: str) -> list[Quantity]:
    """The quantities of one candidate scan, before the rules across quantities (for the doctests)."""
    lex, found, floor = lexicon(), [], 0
    for m in candidate_re().finditer(text):
        q = _candidate(text, m, floor, lex) if m.start() >= floor else None
        if q is not None and not (found and q.start < found[-1].end):
            found.append(q)
            floor = q.end
    return found
