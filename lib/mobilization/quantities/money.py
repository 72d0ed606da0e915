"""Quantities, step 5: money: the currency, 角/分, sums named in headlines, the funds a sum comes from.

Values stay in the currency written (data/currencies.csv): nothing is converted.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from ..numerals import CN_DIGITS
from ..lexicon import read_rows
from .records import Currency, Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import _clause_start
from .wordlists import lexicon
from .numbers import _ARABIC_DIGITS, _FULLWIDTH_DIGITS, _Number
from .heads import _head_at_end


_SOURCE_WINDOW = 30  # how far back in its clause a sum may name the funds it comes from


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


# Verbs of raising or giving money (筹, 捐, 募, 拨: 筹集, 捐款, 募捐, 下拨) — one character each, so that
# headlines, which drop the rest of the verb (籌三十六萬), are read too.
_RAISING_RE = re.compile("[筹捐募拨]|[价货总]值|投资")  # raising, giving or investing money; a value (货值约10万的面罩)


_HEADLINE_REACH = 12  # how far back in its clause the verb of a bare sum may stand


def _headline_sum(text: str, m: re.Match, floor: int) -> bool:
    """筹三十六万助抗疫, 捐款捐物逾四亿支援内地: a sum with 万/亿 and no unit, after a verb of
    raising or giving money in its clause, is money in 元 (headlines drop the 元).

    >>> from mobilization.quantities import candidate_re
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


# the items after a bare sum in a list whose last item carries 元 (5万、10万、20万元; 五万、十万、一万元)
_LIST_TO_YUAN = re.compile(r"(?:[、和或及]\s*[约近逾超]?[0-9０-９.．一二两三四五六七八九十百千万亿零〇]+[多余]?)*"
                           r"[、和或及]\s*[约近逾超]?[0-9０-９.．一二两三四五六七八九十百千]+[万亿]+[多余]?元")


def _listed_with_yuan(text: str, m: re.Match) -> bool:
    """分别捐款5万、10万、20万元, 五万、十万、一万元不断涌入: a sum with 万/亿 and no unit, in a list joined by
    、 (和, 或, 及) whose last sum is written with 元, is in 元 too: the unit is said once for the list (round q18).

    >>> from mobilization.quantities import candidate_re
    >>> t = "捐款5万、10万、20万元"; [_listed_with_yuan(t, x) for x in candidate_re().finditer(t)][:2]
    [True, True]
    >>> t = "转移5万、安置3万人"; _listed_with_yuan(t, candidate_re().search(t))
    False
    """
    if text[m.end() - 1] not in "万亿多余" or ("万" not in m.group() and "亿" not in m.group()):
        return False
    return _LIST_TO_YUAN.match(text, m.end()) is not None


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

    >>> from mobilization.quantities.numbers import _read_number
    >>> from mobilization.quantities import candidate_re
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


# a separator that may group digits: the comma, the point, a space (1,234,567; 1.234.567; 1 234 567)
_GROUPING = re.compile(r"[0-9０-９][,，.． \u3000\u00a0](?=[0-9０-９])")


# an English scale after a sum in digits (US$20 million, HK$3.5bn, HK$500k): the reader has no such scale
_LATIN_SCALE = re.compile(r"[ \u3000\u00a0]?(?:million|billion|thousand|mn|bn|m|b|k)(?![A-Za-z])", re.IGNORECASE)


def latin_scale_after(text: str, end: int) -> bool:
    """An English scale word right after a sum's digits (US$20 million): its value is not the digits' (round q29).

    >>> latin_scale_after("US$20 million", 5), latin_scale_after("HK$3.5bn", 6), latin_scale_after("HK$200,000,并", 10)
    (True, True, False)
    """
    return _LATIN_SCALE.match(text, end) is not None


def _digits_run_on(text: str, start: int, end: int) -> int | None:
    """Where a sum in Arabic digits (text[start:end]) really begins when more digits touch it across a separator
    the scan did not read as grouping (12,34元: a group of two; 1,234,56; HK$ 1 234 567; 1.234.567), else None.

    Such a sum cannot be read whole, and neither its head nor its tail is its value (round q29): the caller flags it.

    >>> _digits_run_on("捐款12,34元", 5, 7), _digits_run_on("HK$1,234,56", 3, 8), _digits_run_on("捐款1,234元", 2, 7)
    (2, 3, None)
    """
    i = start
    while i >= 2 and _GROUPING.match(text, i - 2):
        i -= 2
        while i > 0 and text[i - 1] in _ARABIC_DIGITS:
            i -= 1
    if i < start:
        return i
    return start if end >= 1 and _GROUPING.match(text, end - 1) else None


def _currency_before(text: str, start: int, lex: Lexicon) -> str:
    """The code of a currency name right before a sum (港币|500万元), else ''."""
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return lex.currencies[m.group().rstrip(" \u3000")].code if m else ""


def _currency_name_start(text: str, start: int, lex: Lexicon) -> int:
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return m.start() if m else start


@lru_cache(maxsize=1)
def _currency_places() -> tuple[re.Pattern, dict[str, str]]:
    """data/currency_places.csv: a pattern of the places whose money is not the renminbi, and their codes."""
    codes = {r["place"]: r["code"] for r in read_rows("currency_places.csv")}
    return re.compile("|".join(sorted(map(re.escape, codes), key=len, reverse=True)) or "(?!)"), codes


def _unwritten(q: Quantity, text: str, lex: Lexicon) -> bool:
    """A sum whose currency the text does not write: the plain 元 alone (not 500万元人民币, 港币500万元,
    人民币500万元) or no unit at all (a headline's 捐款400万).

    >>> q = Quantity(2, 7, "500万元", 5e6, unit="元", category="funds", currency="CNY", number_start=2, number_end=5)
    >>> _unwritten(q, "捐款500万元", lexicon()), _unwritten(q, "人民500万元人民币", lexicon())
    (True, False)
    """
    if q.unreadable or q.category != "funds":
        return False
    if not q.unit:
        return not q.currency
    unit = lex.currencies.get(q.unit)
    if unit is None or not unit.generic or lex.currency_name_re.search(q.surface) is not None:
        return False
    return not _currency_before(text, max(q.number_start, q.start), lex) \
        and lex.currency_name_re.match(text, q.end) is None


# a note after the first sum: (港币,下同) "in Hong Kong dollars, here and below"
_SAME_BELOW = re.compile(r"[(（]([\u4e00-\u9fff]{1,4})[,，、]?下同(?:[,，、;；][^()（）]{0,20})?[)）]")
# (round q16: the note may go on with a conversion: (港元,下同,约5.39亿美元): the money named first is the one below)


def local_yuan(quantities: Iterable[Quantity], text: str, traditional: bool, lex: Lexicon | None = None) -> str:
    """Quantities, step 5: the currency of the sums of one report that do not write theirs ('' unknown).

    The plain 元 is the yuan of the place the report is written in. A report in simplified script
    is a mainland report (CNY) unless every sum that names its money names one and the same
    currency of Hong Kong, Macau or Taiwan, or a note says which for all (10元(港币,下同)). A report in traditional script may come from anywhere
    Chinese is written so: its sums' own currency when they name exactly one (澳门币…; 人民币 is one
    too); two or more named leave it unknown; none named, the region of the places it names
    (data/currency_places.csv: 澳门 → MOP), CNY when it names none of them (a mainland report's
    traditional mirror), unknown when it names two regions.

    >>> local_yuan([], "澳门街坊会捐出善款三万元", True), local_yuan([], "某县捐款三万元", True)
    ('MOP', 'CNY')
    >>> local_yuan([], "香港与澳门各界捐款", True), local_yuan([], "澳门街坊会捐款", False)
    ('', 'CNY')
    >>> local_yuan([], "10元(港币,下同)可以买什么", False)
    'HKD'
    >>> local_yuan([], "涉及约42亿(港元,下同,约5.39亿美元)", True)
    'HKD'

    >>> q = Quantity(0, 8, "港币500万元", 5e6, unit="元", category="funds", currency="HKD")
    >>> local_yuan([q], "", True), local_yuan([q], "", False)
    ('HKD', 'HKD')
    """
    lex = lex or lexicon()
    note = _SAME_BELOW.search(text)
    if note is not None and note.group(1) in lex.currencies:
        return lex.currencies[note.group(1)].code  # 10元(港币,下同): the writer says which money, once for all
    named = {q.currency for q in quantities if q.currency and q.category == "funds" and not _unwritten(q, text, lex)}
    pattern, codes = _currency_places()
    regional = set(codes.values())
    if not traditional:
        return next(iter(named)) if len(named) == 1 and named <= regional else "CNY"
    if named:
        return next(iter(named)) if len(named) == 1 else ""
    places = {codes[m.group()] for m in pattern.finditer(text)}
    if not places:
        return "CNY"
    return next(iter(places)) if len(places) == 1 else ""


def local_currency(quantities: list[Quantity], text: str, traditional: bool,
                   lex: Lexicon | None = None) -> list[Quantity]:
    """Quantities, step 5: every sum that does not write its currency gets the report's (`local_yuan`).

    >>> q = Quantity(0, 3, "三万元", 3e4, unit="元", category="funds", currency="CNY")
    >>> [x.currency for x in local_currency([q], "澳门街坊会捐出善款三万元", True)]
    ['MOP']
    >>> h = Quantity(0, 4, "捐款一千万", 1e7, category="funds")
    >>> [x.currency for x in local_currency([h], "校友捐款一千万", False)]
    ['CNY']
    """
    lex = lex or lexicon()
    if not any(_unwritten(q, text, lex) for q in quantities):
        return quantities
    yuan = local_yuan(quantities, text, traditional, lex)
    return [replace(q, currency=yuan) if _unwritten(q, text, lex) and q.currency != yuan else q for q in quantities]
