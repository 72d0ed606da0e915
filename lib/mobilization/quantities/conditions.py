"""Quantities, step 5b: sums that are no tallies: a threshold that picks people, a speaker's own money.

Two rules `rules.apply_rules` runs on money after the scan:
- `_threshold`: 捐款超过1000元的有13人: a sum with 超过/以上 that a 的 turns into a condition on the
  people counted next is the bar they passed, not money given (the 13 people are the figure).
- `_own_money`: “我…分得了3000块钱”: the colloquial 块钱 in first-person speech is one speaker's own
  income or spending, an anecdote (like a household's size in a story), not money mobilized.
"""
from __future__ import annotations

import re

from .records import Lexicon, Quantity
from .text import _CLOSE_QUOTES, _OPEN_QUOTES, SENTENCE_END

_BAR = ("more_than", "at_least")  # 超过, 以上, 不低于: the words of a bar


# after the 的: those who passed the bar, as 有 + count, a count, or people (的员工13人); 的有 before the names
# of those who passed it (单位捐赠20万元以上的有:马钢…, round q15)
_PICKED = re.compile(r"的(?:(?:有|共有|共|计)?(?=[0-9０-９一二两三四五六七八九十百千几数])|有(?=[:：]))")


# after the bar and its 的: a class of gifts whose members are listed next (超过二十万元的捐款包括…, round q15)
_CLASS_LISTED = re.compile(r"的[\u4e00-\u9fff]{1,4}(?:包括|有[:：])")
_CLASS_REACH = 6  # how far after the 的 the head noun of a class of firms or units may end (超20亿元的民营企业)


# after the bar: what passing it makes a gift or a giver (款项达100万元以上,被列为大额捐款)
_CLASSED = re.compile(r"[,，]?即?被?(?:列为|列入|视为|算作|定为)")


def _threshold(q: Quantity, text: str, lex: Lexicon) -> bool:
    """A sum over a bar, made a condition by 的 on the people counted after it, or by the class it
    puts a gift in (款项达100万元以上,被列为大额捐款: the bar of a class, not money given).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "捐款超过500元的有8人。"; q = scan(t, lexicon())[0]
    >>> q.surface, _threshold(q, t, lexicon())
    ('捐款超过500元', True)
    >>> t = "款项达100万元以上,被列为大额捐款"; q = scan(t, lexicon())[0]
    >>> q.surface, _threshold(q, t, lexicon())
    ('100万元以上', True)
    >>> t = "对年捐款超5亿元的民营企业进行表彰"; _threshold(scan(t, lexicon())[0], t, lexicon())
    True
    >>> scan("对营收超5亿元的民营企业进行表彰", lexicon())  # a bar of turnover: excluded before (exclusions.csv, q30)
    []
    >>> t = "捐赠超过100万元的防疫物资"; _threshold(scan(t, lexicon())[0], t, lexicon())
    False
    """
    cls = lex.classifiers.get(q.unit)
    if q.approx not in _BAR or cls is None or cls.kind != "money":
        return False
    if _PICKED.match(text, q.end) is not None or _CLASSED.match(text, q.end) is not None:
        return True
    if not text.startswith("的", q.end):
        return False
    if _CLASS_LISTED.match(text, q.end) is not None:
        return True
    # 捐款1000元以上的员工: the staff who gave that much; 营收超5亿元的企业: the firms of that size
    return _people_after(text, q.end + 1, lex) or _units_after(text, q.end + 1, lex)


# round q16: a class of gifts named by its bounds (1万元或以下的小额捐款,多达约28.5万笔; 5万元至100万元的捐款约2300笔;
# 100万元以上的捐款有超过700笔; 每笔超过百万元的大额捐款): the sums bound the size of single gifts; the gifts are counted
_BOUND_AFTER = re.compile(r"(?:或|及)?(?:以下|以上)")
_UPPER_END = re.compile(r"(?:至|到|-|－|~|～)[0-9０-９.,一二两三四五六七八九十百千万亿零〇]+[万亿]?(?:元|港元|澳门元|美元)"
                        r"(?:(?:或|及)?(?:以下|以上))?")
_ASIDE = re.compile(r"[（(][^（()）]{1,30}[)）]")
_GIFT_CLASS = re.compile(r"[)）]?的[\u4e00-\u9fff]{0,2}(?:捐款|捐赠|捐助|善款|款项)(?:[,，]?(?:则|共|共计|合计)?"
                         r"(?:有|占|多达|达|约|逾|超过|超|近|共)*[0-9０-９一二两三四五六七八九十百千]|包括|[,，]?(?:占|涉及|涉款))")
_PER_GIFT = ("每笔", "每宗", "單筆")
_PER_GIFT_REACH = 5  # 每笔 + an approximation word (超过, 逾) before the sum


def _gift_class(q: Quantity, text: str) -> bool:
    """A sum that bounds a class of single gifts rather than money given (round q16): `每笔` before it (每笔一万元或以下的捐款:
    a per-gift size, like any 每…), or its bound (或以下, 以上, a bar word, a span 5万元至100万元) followed by 的 and a noun of
    gifts that the sentence goes on to count or describe (…的捐款约2300笔, …的捐款有超过700笔, …的小额捐款,多达…;
    a parenthesis may stand between). A sum of gifts with no bound (收到100万元的捐款) stays.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "1万元或以下的小额捐款,多达2000笔"; [_gift_class(q, t) for q in scan(t, lexicon())]
    [True, False]
    >>> t = "5万元至100万元的捐款约300笔"; [_gift_class(q, t) for q in scan(t, lexicon())]
    [True, True, False]
    >>> t = "共收到超过100万元的捐款。"; [_gift_class(q, t) for q in scan(t, lexicon())]
    [False]
    """
    lo = max(0, q.number_start - _PER_GIFT_REACH)
    if any(text.find(w, lo, q.number_start) >= 0 for w in _PER_GIFT):
        return True
    i = text.find("元", q.number_start, q.end)  # the sum's own end: its surface may run on into a noun (…的捐款)
    i = q.end if i < 0 else i + 1
    bounded = q.approx in ("more_than", "at_least", "at_most", "range")
    m = _BOUND_AFTER.match(text, i)
    if m is not None:
        i, bounded = m.end(), True
    m = _UPPER_END.match(text, i)
    if m is not None:
        i, bounded = m.end(), True
    if not bounded and text[max(0, q.start - 1):q.start] in ("至", "到"):
        bounded = True  # the upper end of a span
    if not bounded:
        return False
    m = _ASIDE.match(text, i)
    if m is not None:
        i = m.end()
    return _GIFT_CLASS.match(text, i) is not None


def size_class(q: Quantity, text: str, lex: Lexicon) -> bool:
    """1000人以上的企业, 职工超过500名的单位: a count of people over a bar, made by 的 the size of the firms or units
    named after it, is a class of them by size, not people counted (round q25; `_threshold` says it of sums).

    >>> from mobilization.quantities.candidate import scan
    >>> from mobilization.quantities import lexicon
    >>> t = "在1000人以上的企业组建志愿者队伍"
    >>> size_class(scan(t, lexicon())[0], t, lexicon())
    True
    >>> [size_class(scan(t, lexicon())[0], t, lexicon()) for t in ("1000人以上的志愿者参加", "130余人的志愿者队伍抢修道路")]
    [False, False]
    """
    if q.currency or q.approx not in _BAR or not text.startswith("的", q.end):
        return False
    if not q.surface.endswith(tuple(w for w, a in lex.after if a in _BAR)) or _TEAM_AFTER.match(text, q.end):
        return False  # (130余人的志愿者队伍: an approximate count, and the team is made of them; the bar of a class is
        # stated after the unit, 以上)
    cls = lex.classifiers.get(q.unit)
    return cls is not None and cls.category == "personnel" and _units_after(text, q.end + 1, lex)


_TEAM_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:队伍|队|小组|团队)")  # a team the people counted make up


def _units_after(text: str, i: int, lex: Lexicon) -> bool:
    """A noun phrase of firms or units (a listed head of category organization) ends within a few characters
    of text[i], before any punctuation (民营企业, 重点单位)."""
    for j in range(i + 1, min(len(text), i + _CLASS_REACH) + 1):
        if not "\u4e00" <= text[j - 1] <= "\u9fff":
            return False
        for n in (4, 3, 2):
            h = lex.heads.get(text[j - n:j]) if j - n >= i else None
            if h is not None and h.category == "organization":
                return True
    return False


def _people_after(text: str, i: int, lex: Lexicon) -> bool:
    """A noun of people begins at text[i] (员工, 党员, 志愿者): the longest listed head there."""
    for n in range(4, 0, -1):
        h = lex.heads.get(text[i:i + n])
        if h is not None:
            return h.category == "personnel"
    return False


_COLLOQUIAL_MONEY = ("块钱", "块")
_NOT_SINGULAR = "们市县区镇村乡省国局校院部州队厂司"  # 我们, 我市, 我县…: not one speaker alone
_QUOTE_REACH = 300  # how far back the opening quotation mark of the speech may be


def _own_money(q: Quantity, text: str) -> bool:
    """A colloquial sum (块钱) in quoted speech whose sentence has the speaker's 我.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "老李说:“去年我卖菜挣了5000块钱。”"; q = scan(t, lexicon())[0]
    >>> q.surface, _own_money(q, t)
    ('5000块钱', True)
    >>> t = "“我们村筹了5000块钱。”"; _own_money(scan(t, lexicon())[0], t)
    False
    """
    if q.unit not in _COLLOQUIAL_MONEY:
        return False
    lo = max(0, q.number_start - _QUOTE_REACH)
    opened = max(text.rfind(c, lo, q.number_start) for c in _OPEN_QUOTES)
    if opened < 0 or max(text.rfind(c, opened, q.number_start) for c in _CLOSE_QUOTES) >= 0:
        return False  # not inside a quotation
    start = max([opened] + [text.rfind(c, opened, q.number_start) for c in SENTENCE_END])
    i = text.find("我", start, q.number_start)
    while i >= 0:
        after = text[i + 1:i + 2]
        if not after or after not in _NOT_SINGULAR:
            return True
        i = text.find("我", i + 1, q.number_start)
    return False
