"""Quantities, step 7 (part): counts read against another count: a change of number, the parts of a total (其中, a breakdown).

`_changes` (窗口从最早的4个增加到8个), `_increases` (妇女当选120名,比上届增加了15名), `_parts_of_total`
(20起森林火灾。其中江西15起) with `_a_place` and `_subkind`, and `_breakdowns` (返州人员158人(同仁县74人,尖扎县52人)), run by `rules.apply_rules`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .records import Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import SENTENCE_END, _CLAUSE_END_RE, _SENTENCE_END_RE
from .clause_reading import _is_people
from .heads import _head_at_end
from .window_tags import _tagged, _word_freq
from .open_before import context_noun
from .categories import _category_why
from .open_nouns import form_category
from .nouns_before import noun_before
from ..lexicon import read_rows


@lru_cache(maxsize=1)
def _change_re() -> tuple[re.Pattern, re.Pattern]:
    """data/change_verbs.csv: a verb of change to a new number ending a string (with the adverbs that may
    stand before it), and any of them (the cheap test of a document)."""
    verbs = "|".join(sorted((r["word"] for r in read_rows("change_verbs.csv")), key=len, reverse=True))
    return re.compile(f"(?:{_CHANGE_ADVERBS})?(?:{verbs})\\Z"), re.compile(f"(?:{verbs})")


_CHANGE_ADVERBS = "亦|也|已|则|再|又|均|都|将|还"
_CHANGE_FROM = re.compile(r"从(?:[^，,。；;！!？?从、]{0,8}?的)?\Z")  # 从最早的|4个: the count after 从


def _changes(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """检测窗口从最早的4个增加到8个, 票站亦增至6个: a count after a verb of change to a new number
    (change_verbs.csv), and the count after 从 before it, count the subject named before 从 or before
    the verb, when they have no noun of their own and the subject fits their classifier.

    >>> from mobilization.quantities import extract
    >>> [q.entity for q in extract("社区服务窗口从最初的3个增加到7个。")]
    ['社区服务窗口', '社区服务窗口']
    """
    tail, anywhere = _change_re()
    if anywhere.search(text) is None:
        return qs  # the common case, decided in C
    out = qs
    for i, q in enumerate(qs):
        cls = lex.classifiers.get(q.unit)
        if q.entity or cls is None or cls.kind not in ("count", "measure") or cls.noun not in ("both", "before"):
            continue
        floor = qs[i - 1].end if i else 0
        s = None
        m = _CHANGE_FROM.search(text, max(floor, q.start - 12), q.start)
        if m is not None and anywhere.match(text, q.end) is not None:
            s = m.start()  # 从…4个增加到: the subject is before 从
        else:
            v = tail.search(text, max(floor, q.start - 8), q.start)
            if v is not None:
                prev = out[i - 1] if i else None
                if prev is not None and prev.entity and prev.unit == q.unit and prev.end == v.start():
                    if out is qs:
                        out = list(qs)
                    out[i] = replace(q, entity=prev.entity, category=prev.category)  # 从…4个增加到8个
                    continue
                s = v.start()
        if s is None:
            continue
        b, e, head = noun_before(text, s, floor, cls, lex)
        if e <= b or e != s or head is None:
            continue
        if e - b < 2 or "的" in text[max(floor, b - 4):b]:
            b2, e2, h2 = context_noun(text, s, floor, cls, lex)  # 的|居民区, 窗|口: the whole noun, not its head
            if e2 == e and b2 < b and "的" not in text[b2:e2]:
                b, head = b2, h2
        if e - b < 2 and _word_freq(text[b - 1:e]):
            continue  # 窗|口: one character, the end of a longer word, is no sure noun (的|村 is one)
        if out is qs:
            out = list(qs)
        category, by = (q.category, q.category_from) if cls.category else _category_why(cls, head)
        out[i] = replace(q, entity=text[b:e], category=category, noun_from="context", category_from=by)
    return out


# A comparison with a former period and a verb of increase or decrease right before a count: the count is by how much
# the figure before it changed (比上届增加了15名, 比去年减少3个).
_INCREASE = re.compile(r"比(?:上一?届|上一?年度?|去年|前年|上一?期|上月|上次|往年)(?:同期)?(?:共|又|还|再)?"
                       r"(?:增加|增长|新增|多|减少|下降|少)了?\Z")
_INCREASE_REACH = 12  # the longest comparison before the count (比去年同期增加了)


def _increases(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """妇女当选120名,比上届增加了15名: a count with no noun of its own after a comparison with a former period and a
    verb of change, in the clause right after a count that has one (one comma between, no sentence end), counts the
    same noun: the change of that figure (both counted in one unit, or both people). Round q32.

    >>> from mobilization.quantities import extract
    >>> [(q.entity, q.category) for q in extract("全县共有120名妇女当选,比上届增加了15名。")]
    [('妇女', 'personnel'), ('妇女', 'personnel')]
    >>> [q.entity for q in extract("建成120个服务站,比去年增加20个。")]
    ['服务站', '服务站']
    """
    out = qs
    for i in range(1, len(qs)):
        q, prev = qs[i], out[i - 1]
        if q.entity or not prev.entity or prev.currency or q.currency:
            continue
        if _INCREASE.search(text, max(prev.end, q.start - _INCREASE_REACH), q.start) is None:
            continue
        between = text[prev.end:q.start]
        if len(_CLAUSE_END_RE.findall(between)) != 1 or _SENTENCE_END_RE.search(between) is not None:
            continue
        if q.unit != prev.unit and not (_is_people(q, lex) and _is_people(prev, lex)):
            continue
        out = list(qs) if out is qs else out
        out[i] = replace(q, entity=prev.entity, category=prev.category, noun_from="context")
    return out


_PARTS_REACH = 40  # how far after a total (or after the part before) its parts introduced by 其中 may stand


# What opens the parts of a total: 其中, or a breakdown by area (按地区分, 按区域划分, 分地区看)
_PARTS_OPENER = re.compile(r"其中|按[\u4e00-\u9fff]{1,3}(?:划分|分|统计)|分(?:地区|区域)看")


def _parts_of_total(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """已发生20起森林火灾。其中江西15起,湖南2起: counts in the total's unit after 其中 are its parts;
    one with no noun, or only a place (where the part happened), counts the total's noun and takes
    its category. Money is left to `money_source`. A breakdown by area (按地区分, 分地区看) opens
    parts like 其中; a long list of parts reaches on from part to part.

    >>> from mobilization.quantities import extract
    >>> [(q.entity, q.category) for q in extract("共发生12起交通事故,其中甲县8起,乙县4起。")][1:]
    [('交通事故', 'other'), ('交通事故', 'other')]
    """
    if "其中" not in text and "(" not in text and "（" not in text and _PARTS_OPENER.search(text) is None:
        return qs  # the common case, decided in C
    out = qs
    total: Quantity | None = None
    reach_from = 0  # where the reach of the next part is measured from (the total, or the part before)
    for i, q in enumerate(qs):
        cls = lex.classifiers.get(q.unit)
        if cls is None or cls.kind == "money":
            total = None
            continue
        if total is not None and total.unit == q.unit and q.start - reach_from <= _PARTS_REACH \
                and _parts_opened(text, total.end, q.start) \
                and (not q.entity or ((_a_place(q.entity, lex) or _an_office(q.entity, q.unit, total, lex))
                                      and not _subkind(q.entity, total.entity, lex))) \
                and (q.entity or not _unread_noun(text[_part_opens(text, total.end, reach_from, q.start):q.start], lex, total)):
            if out is qs:
                out = list(qs)
            out[i] = replace(q, entity=total.entity, category=total.category)
            reach_from = q.end
            continue
        whole = qs[i - 1] if i else None  # (the total of people may have no noun: 转移上岸1602余名,其中…)
        if whole is not None and whole.unit == q.unit and q.start - whole.end <= _PARTS_REACH \
                and "其中" in text[whole.end:q.start] and cls.category == "personnel" \
                and q.category == "personnel" and whole.category in ("coverage", "other"):
            # 转移群众1602名,其中港澳台胞95名: people who are part of people reached or affected were
            # reached or affected too (their own noun is kept)
            if out is qs:
                out = list(qs)
            out[i] = replace(q, category=whole.category)
            continue
        if q.entity and not (total is not None and total.unit == q.unit and _parts_opened(text, total.end, q.start)):
            total, reach_from = q, q.end
    return out


def _parts_opened(text: str, total_end: int, start: int) -> bool:
    """Between a total and a later count, what opens the total's parts: 其中 (or a breakdown by area), or a
    parenthesis right after the total that is still open (清雪车辆160余台套(住建局90台套;…): round q27n).

    >>> _parts_opened("车辆160台(甲局90台", 6, 8), _parts_opened("车辆160台(含备用),甲局90台", 6, 12)
    (True, False)
    """
    if _PARTS_OPENER.search(text, total_end, start):
        return True
    return text.startswith(_OPEN_PARENS, total_end) and _CLOSE_PARENS.search(text, total_end, start) is None


_CLOSE_PARENS = re.compile("[)）]")


def _an_office(entity: str, unit: str, total: Quantity, lex: Lexicon) -> bool:
    """A part's noun that names the office or unit that holds the part, where the total counts no offices
    (清雪车辆160余台套(住建局90台套;交通局30余台套): the bureaus' vehicles, not bureaus): an organization by its head
    or its form (data/head_forms.csv: 局, 委, 队 …), when the total's noun is of another category (round q27n).
    Not for a count of people: a team before them names the people it is made of (其中,消防支队136人).

    >>> from mobilization.quantities import lexicon
    >>> t = Quantity(0, 0, "", 160.0, unit="台套", entity="清雪车辆", category="supplies")
    >>> _an_office("交通局", "台套", t, lexicon()), _an_office("铲车", "台套", t, lexicon())
    (True, False)
    """
    cls = lex.classifiers.get(unit)
    if cls is None or cls.category == "personnel":
        return False
    head = _head_at_end(entity, lex)
    category = head.category if head is not None else form_category(entity)
    if category != "organization":
        return False
    total_head = _head_at_end(total.entity, lex)
    return (total_head.category if total_head is not None else form_category(total.entity)) != "organization"


def _part_opens(text: str, total_end: int, reach_from: int, start: int) -> int:
    """Where the words before a part begin: after the last 其中 (or breakdown opener) before it, or after the part
    before it when that is later."""
    opener_end = max((m.end() for m in _PARTS_OPENER.finditer(text, total_end, start)), default=total_end)
    return max(opener_end, reach_from)


_GAP_PUNCTUATION = "、，,；;：: (（"


def _unread_noun(gap: str, lex: Lexicon, total: Quantity | None = None) -> bool:
    """Whether the words between 其中 (or the part before) and a part with no noun read hold a noun of their own, which
    the reader could not read (其中老人和儿童8600人): that part counts those people, not the total's, so it must not
    be given the total's noun; a place (其中甲县8起, 按地区分,甲市1200艘), verbs and adverbs (其中已转移) are no such noun.

    >>> from mobilization.quantities import lexicon
    >>> [_unread_noun(g, lexicon()) for g in ("老人和儿童", "已", "", "、", ",甲市", "甲县")]
    [True, False, False, False, False, False]
    """
    words = gap.strip(_GAP_PUNCTUATION)
    if not words or _a_place(words, lex) or (total is not None and _an_office(words, total.unit, total, lex)):
        return False  # (nor an office that holds the part, round q27n: …;交通局30余台套)
    return any(tag[:1] == "n" and not tag.startswith("ns") for word, tag in _tagged(words) if word.strip(_GAP_PUNCTUATION))


def _a_place(entity: str, lex: Lexicon) -> bool:
    """A noun that only says where: a place head of nouns.csv or a place name (jieba tag ns)."""
    head = lex.heads.get(entity) or lex.heads.get(entity[-1:])
    if head is not None:
        return bool(head.place)  # (甲县: a place head at its end)
    words = _tagged(entity)
    return bool(words) and all(tag.startswith("ns") for _, tag in words)


def _subkind(part: str, total: str, lex: Lexicon) -> bool:
    """The part names a kind of what the total counts (各类小区97个,其中无主管小区58个): both end in
    the same head noun, so the part's own noun is kept, though that head is a place.

    >>> from mobilization.quantities import lexicon
    >>> _subkind("无主管小区", "各类小区", lexicon()), _subkind("甲县", "交通事故", lexicon())
    (True, False)
    """
    head = _head_at_end(part, lex)
    return head is not None and len(part) > len(head.word) and total.endswith(head.word)


_BREAKDOWN_GAP = 8  # longest text between two items of a breakdown in parentheses (同仁县, 尖扎县)


def _breakdowns(qs: list[Quantity], text: str) -> list[Quantity]:
    """武汉返州人员158人(同仁县74人,尖扎县52人): counts in a parenthesis right after a count with
    the same unit are its parts, and take its category.

    One pass: counts joined by short gaps (no closing parenthesis or sentence end) form a run; in
    a run, a count takes the category of the latest count before it with the same unit that opens
    a parenthesis. (Trying every opener against every later count was quadratic on `158人(` × 50,000.)

    >>> from mobilization.quantities import extract
    >>> qs = extract("返回人员158人(同仁县74人,尖扎县52人)")
    >>> len({q.category for q in qs})
    1
    """
    out = qs
    bases: dict[str, str] = {}  # unit → category of the latest parenthesis opener in this run
    prev = None
    for j, q in enumerate(qs):
        if prev is not None and bases and (q.start - prev.end > _BREAKDOWN_GAP
                                           or _BREAKDOWN_END_RE.search(text, prev.end, max(prev.end, q.start))):
            bases.clear()
        category = bases.get(q.unit)
        if category is not None and q.category != category:
            if out is qs:
                out = list(qs)
            q = out[j] = replace(q, category=category)
        if text.startswith(_OPEN_PARENS, q.end):
            bases[q.unit] = q.category
        prev = q
    return out


_OPEN_PARENS = ("(", "（")


_BREAKDOWN_END_RE = re.compile(f"[)）{re.escape(SENTENCE_END.replace('；', '').replace(';', ''))}]")
# (a semicolon inside the parenthesis separates its items, 人员1200余人(住建局600余人;城管局200余人;…): round q27)
