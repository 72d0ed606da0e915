"""Quantities, the records: what crosses the steps (Quantity, Classifier, Head, Currency, Lexicon; Unit, Figure, Counted).

`Quantity` is what `extract` returns; Classifier, Head, Currency and Lexicon are rows of the word lists of data/ as
`wordlists.lexicon()` compiles them; Unit, Figure and Counted pass one candidate numeral from step to step
(`candidate._candidate`: its unit, the figure's bounds, the noun it counts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple


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
    `noun_from` and `category_from` say what the extractor decided, set where it decided it (round f12; internal:
    no column of the mention table; equality and hashing ignore them). `noun_from`: where the counted noun was
    found: after (read after the number), before (before it), unit (the classifier names itself: 8县), context
    (named elsewhere in the text: the funds of the clause, a noun named before a lone count), figure (another
    figure's, given by a rule across figures), '' (none). `category_from`: what gave the category: money (a sum
    with no unit: a headline's 捐款150万), noun (a noun listed in nouns.csv), form (the form of a noun read from the
    language), classifier, agree (classifier and noun name the same category: 300名党员), combined (classifier and noun
    together make another: 350名务工人员, coverage; 46名患者, other), clause (the clause around
    the count), figures (a rule across figures), fallback (nothing named one: other).
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
    noun_from: str = field(default="", compare=False)
    category_from: str = field(default="", compare=False)


_SET = object.__setattr__


def _quantity_init(self, start: int, end: int, surface: str, value: float, approx: str = "exact",
                   value_high: float | None = None, unit: str = "", entity: str = "", category: str = "other",
                   number_start: int = -1, number_end: int = -1, currency: str = "", unreadable: bool = False, noun_from: str = "",
                   category_from: str = "") -> None:
    """The dataclass's own __init__ (same parameters and defaults; tests/test_quantities_speed.py checks them),
    filling the instance's dict in one step: a frozen dataclass sets each of the 15 fields through
    object.__setattr__, which cost ~3% of `extract` (a Quantity is built for every candidate and again
    for every change of category)."""
    _SET(self, "__dict__", {"start": start, "end": end, "surface": surface, "value": value, "approx": approx,
                            "value_high": value_high, "unit": unit, "entity": entity, "category": category,
                            "number_start": number_start, "number_end": number_end, "currency": currency,
                            "unreadable": unreadable, "noun_from": noun_from, "category_from": category_from})


Quantity.__init__ = _quantity_init


def replaced(record, **changes):
    """`dataclasses.replace` for the frozen records of this package (no field with init=False, no
    __post_init__): a copy of the record's fields with `changes`, without calling __init__ field by field.

    >>> q = Quantity(0, 2, "3人", 3.0, unit="人")
    >>> replaced(q, category="coverage") == Quantity(0, 2, "3人", 3.0, unit="人", category="coverage")
    True
    """
    fields = record.__dict__
    for k in changes:
        if k not in fields:
            raise TypeError(f"{type(record).__name__} has no field {k!r}")
    new = object.__new__(type(record))
    _SET(new, "__dict__", {**fields, **changes})
    return new


@dataclass(frozen=True)
class Classifier:
    word: str
    kind: str  # count | money | event | measure | time | age | ordinal | ratio
    category: str
    one: str  # count | article
    noun: str  # both | before | none | self
    inside: bool = False  # counts what lives inside a place (户): a place noun before it says where
    latin: bool = False  # written in Latin letters (kg)
    heads: tuple[str, ...] = ()  # when not empty, the only noun endings it counts (口: 井 池 塘)
    begins: bool = False  # one character that also begins words (村民, 车间): not the unit where jieba reads one
    unlisted: str = ""  # the category when the noun says nothing (件: a matter handled, activity), if not other


@dataclass(frozen=True)
class Head:
    word: str
    category: str
    role: bool
    bare: bool
    place: bool = False  # a settlement or area (社区, 网格)
    reached: bool = False  # people reached or served (居民): coverage when counted as people
    open: bool = False  # read from jieba's dictionary, not listed in nouns.csv (category from its form)


def _head_init(self, word: str, category: str, role: bool, bare: bool, place: bool = False, reached: bool = False,
               open: bool = False) -> None:
    """The dataclass's own __init__ of `Head` (same parameters and defaults; tests/test_quantities_speed.py checks
    them), filling the instance's dict in one step like `_quantity_init`: a Head is built for every noun read from
    the language (`open_nouns.open_head`, ~5,000 per pass over the opened corpora), each of its 7 fields set through
    object.__setattr__ otherwise (round s15)."""
    _SET(self, "__dict__", {"word": word, "category": category, "role": role, "bare": bare, "place": place,
                            "reached": reached, "open": open})


Head.__init__ = _head_init


NOT_COUNTS = {"time", "age", "ordinal", "ratio"}


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
    held: frozenset[str]  # verbs of holding events (召开, 参加): their object before a count of events names them
    served_re: re.Pattern  # the words of served and cases: one C-level test before the clause is read
    harm_re: re.Pattern  # words saying the counted were harmed (harm_words.csv: 死亡, 受灾, 受损): category other
    population_harms: frozenset[str]  # 受灾: before a noun it names the people relief reaches, not victims
    incident_re: re.Pattern  # a noun ending in an incident of harm (火灾, 事故; harm_words.csv incident): events of it are other
    group_re: re.Pattern | None  # 为一组: the counts before it in its clause make up one group
    composition_re: re.Pattern | None  # 由1名…和1名…组成: the ones between 由 and it make up each unit
    rate_re: re.Pattern | None  # 人均, 平均, 每次: a count after it in its clause is an average or a rate
    exclusion_re: re.Pattern
    exclusion_plan: tuple[re.Pattern, dict[str, re.Pattern]] | None  # exclusion_re's rows by first character
    products: tuple[str, ...]
    head_lengths: dict[str, tuple[int, ...]]  # last character → lengths of heads ending in it, longest first
    before_re: re.Pattern
    before_last_chars: frozenset[str]
    source_re: re.Pattern | None  # a compound of funds nouns (党费配套资金): where money comes from
    chinese_count_re: re.Pattern  # a Chinese numeral followed by a classifier: the start of another count
    after_words: tuple[str, ...]  # the words of `after`, for one C-level startswith test
    currencies: dict[str, Currency]  # money unit → its currency (currencies.csv)
    currency_name_re: re.Pattern  # a currency name that may stand before the sum or after 元 (港币, 人民币; no sign)
    currency_before_re: re.Pattern  # such a name ending where a sum begins (港币|500万元)


@dataclass(frozen=True)
class Currency:
    word: str
    code: str  # ISO 4217
    generic: bool  # 元, 圆, 块钱: a currency named next to the sum overrides it
    sign: bool = False  # HK$, US$: written only before a sum, no unit after a number (round q29)


# The steps of one candidate numeral (candidate._candidate). NamedTuples: one is built for every candidate, and a
# tuple is cheaper than a frozen dataclass (like numbers._Number).

class Unit(NamedTuple):
    """What follows a candidate numeral (`candidate._unit`): its classifier, or none (a bare noun, a sum)."""
    match: re.Match | None  # the classifier as matched (its character may begin a verb: 支 of 支援)
    classifier: Classifier | None  # None: a bare noun follows (六部门) or the figure is a sum with no unit
    end: int  # where the classifier ends; where the numeral ends when there is none
    headline: bool = False  # a sum with no unit (捐款150万, 投入资金5246万): funds
    modified: tuple[int, Head] | None = None  # a bare noun past its modifier (近20万优秀干部): its length and head
    funds_after: int = 0  # the length of the funds named right after a bare sum (已收5亿善款), else 0


class Figure(NamedTuple):
    """The figure's bounds and value before its noun is read (`candidate._figure_bounds`)."""
    start: int  # with a word of approximation or a currency's name before the numeral (近, 港币)
    end: int  # with a word of approximation after the unit (左右, 以上)
    value: float  # in the currency's own unit (十块三毛: 10.3)
    approx: str  # exact, more_than, about, at_least, at_most, range
    after_kind: str  # the approximation the word after the unit gives ('' if none): 200个左右的帐篷 links to 帐篷
    currency: str  # ISO 4217 code of a sum, '' if none or not written


class Counted(NamedTuple):
    """The counted noun of a figure and the figure's final bounds (`counted_noun.counted_noun`)."""
    entity: str  # the noun phrase ('' if none)
    head: Head | None  # its head noun, when one was read (even with no entity: it still says what 一 counts)
    noun_from: str  # where it was found (Quantity.noun_from)
    start: int  # before a noun read before the number (志愿者达18万人次)
    end: int  # after a noun read after it
