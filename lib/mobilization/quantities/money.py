"""Quantities, step 5: money: the currency, 角/分, sums named in headlines, the funds a sum comes from.

Values stay in the currency written (data/currencies.csv): nothing is converted.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

from ..numerals import CN_DIGITS
from .records import Currency, Lexicon
from .text import _clause_start
from .wordlists import lexicon
from .numbers import _FULLWIDTH_DIGITS, _Number
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
_RAISING_RE = re.compile("[筹捐募拨]|[价货总]值")  # raising or giving money; a value (货值约10万的面罩)


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


def _currency_before(text: str, start: int, lex: Lexicon) -> str:
    """The code of a currency name right before a sum (港币|500万元), else ''."""
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return lex.currencies[m.group().rstrip(" \u3000")].code if m else ""


def _currency_name_start(text: str, start: int, lex: Lexicon) -> int:
    m = lex.currency_before_re.search(text, max(0, start - 6), start)
    return m.start() if m else start
