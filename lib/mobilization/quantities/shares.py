"""Quantities, step 7b (shares): what each unit gets or has, after a 每: counts per unit of a set, rations, sums per head.

`tallies.drop_non_tallies` drops a count with a 每 shortly before it when `_per_unit` (每个小组设立了一个临时党支部,
after 8个工作小组) or `_ration` (每人2个, 每位学生资助3000元, 每村2至3家: `_each_place`) says it is a share: each
figure is real, but adding it to a tally would be wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation, word_lists
from .records import Lexicon, Quantity
from .text import _CLAUSE_END_RE, _SENTENCE_END_RE, _sentence_start
from .heads import _head_ends
from .window_tags import _tagged
from .open_after import _verb_at


_PER_UNIT_REACH = 40  # how far back a 每 may govern a count in its clause
_SENTENCE_MAX = 300  # longer "sentences" are cut: keeps the cross-quantity rules local and linear


@dataclass(frozen=True)
class ShareCues:
    """The words of data/share_words.csv in the shapes their readers want."""
    contains: tuple[str, ...]  # verbs of containing right before a count: what one unit holds (`_contents`)
    more_contents: re.Pattern  # from one item of a unit's contents to the next (`more_contents`)
    norm_after: re.Pattern  # the norm or ratio that counts after 按 spell out (tallies._norm)
    extreme_one: re.Pattern  # a headless superlative that opens its clause (tallies._extreme_one)


@lru_cache(maxsize=1)
def share_cues() -> ShareCues:
    """data/share_words.csv compiled once; the regex around each list is mechanics, and stays here.

    >>> c = share_cues(); "载有" in c.contains, bool(c.norm_after.match("标准化")), c.extreme_one.match("最少的也领").end()
    (True, False, 4)
    """
    lists = word_lists("share_words.csv")

    def alt(name: str) -> str:
        return alternation(lists.get(name, ()))
    clause = "[^,，。；;！？!?]{0,16}"  # within one clause
    return ShareCues(
        contains=lists.get("contains", ()),
        # round q24: a list mark or conjunction (20个口罩和两盒中成药), or a comma and a word that spells the contents
        # out (每个组配备4名人员,包括一名指挥员、2名操作员)
        more_contents=re.compile(f"{clause}?(?:{alt('list_joiner')}|[,，](?:{alt('spell_out')}))(?:{clause})?"),
        norm_after=re.compile(f"(?:{alt('norm')})(?!化)"),  # (标准化改造 is no norm)
        extreme_one=re.compile(f"最(?:{alt('extreme_degree')})的(?:{alt('extreme_adverb')})?(?=[\u4e00-\u9fff])"))


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    floor, ceil = max(0, i - _SENTENCE_MAX), min(len(text), i + _SENTENCE_MAX)
    hi = _SENTENCE_END_RE.search(text, i, ceil)
    return _sentence_start(text, floor, i), hi.start() if hi is not None else ceil


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
        if e.end <= k and (any(e.entity.endswith(key) for key in keys) or _same_unit(e.entity, keys)):
            return True
    return False


def _same_unit(entity: str, keys: list[str]) -> bool:
    """八个班次 … 每班约10人: a two-character noun of units built on the one-character unit after 每.

    >>> _same_unit("班次", ["班约", "班"]), _same_unit("班长", ["组约", "组"])
    (True, False)
    """
    return bool(keys) and len(keys[-1]) == 1 and len(entity) == 2 and entity[0] == keys[-1]


_RATION_REACH = 6  # from 每 to the number of a ration (每户发放2个)
# from 每 to a sum for each (每名困难学生资助2000元): 24, the reach `_rate` reads too (tallies._RATE_REACH). Written 12 here
# while both stood in tallies.py, it ran as 24 there (the later assignment for `_rate` replaced it); kept as it ran.
_SUM_EACH_REACH = 24


# 每天, 每日, 每学年: a rate per day or per school year, not a share per person (每人每学年资助生活费3000元)
_EACH_TIME = ("天", "日", "周", "晚", "月", "年", "学年", "学期")


def _ration(q: Quantity, text: str, lex: Lexicon) -> bool:
    """每人2个, 每户发放5个口罩: what each person or household gets, not a tally (what one unit holds, `_contents`, is
    asked apart, once, by its caller).

    A 每 with a person or household classifier shortly before the number, with no noun of people
    in between (每名党员联系10户 states a norm and is kept), and the count not of people itself.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_ration(q, t, lexicon()) for t in ("每人2个", "每户发放5个口罩", "每名党员联系10户") for q in scan(t)]
    [True, True, False]
    >>> [_ration(q, t, lexicon()) for t in ("每位学生资助3000元", "每盒365元", "每捐300元便有15人受惠") for q in scan(t)][:3]
    [True, True, True]
    """
    if q.category == "personnel":
        return False
    # from the start of the quantity: an approximation or a noun before the number may stand
    # between (每人捐款一般不超过100元, 每户发放口罩5个)
    reach = _SUM_EACH_REACH if q.currency else _RATION_REACH
    k = text.rfind("每", max(0, q.start - reach), q.number_start)
    if k < 0:
        # 每个五保户发放了1吨煤: the noun after 每 may carry it beyond the reach (round q21)
        return not q.currency and _each_place(q, text, lex)
    if text.startswith(_EACH_TIME, k + 1):
        # 每人每天, 每个人每天要跑8个门牌号: a daily rate; the 每 of the person may stand before it
        k = text.rfind("每", max(0, k - _RATION_REACH), k)
        if k < 0:
            return False
    p = k + 2 if text.startswith("个人", k + 1) else k + 1  # 每个人 is 每人
    cm = lex.classifier_re.match(text, p)
    if q.currency and cm is None and 0 < q.number_start - p <= 2 and _verb_at(text[p:q.number_start], 0,
                                                                          _tagged(text[p:q.number_start])):
        return True  # 每捐300元便有15人受惠, 每消费100元: a sum for each act of giving or spending, a rate
    if cm is None or cm.end() > q.number_start:
        return _each_place(q, text, lex)
    cls = lex.classifiers[cm.group()]
    if q.currency and cls.kind in ("count", "measure") and not _CLAUSE_END_RE.search(text, cm.end(), q.number_start):
        # 每位学生资助3000元, 每盒365元: a sum for each person or each thing is a rate or a price, never a
        # tally of money (the norm kept for counts, 每名党员联系10户, does not hold for money)
        return True
    if cls.kind == "count" and not cls.category:
        return _each_place(q, text, lex)  # 每个贫困村有2至3家
    if cls.kind != "count" or cls.category not in ("personnel", "coverage"):
        return False
    gap = text[cm.end():q.number_start]
    return not _CLAUSE_END_RE.search(gap) and not any(h.category == "personnel" for _, h in _head_ends(gap, lex))


# (the verbs of containing right before a count, 包括 … 配有: data/share_words.csv, list contains)
_CONTENTS_REACH = 12  # from 每 to the verb of containing (每份爱心福袋包括)


def _contents(q: Quantity, text: str) -> bool:
    """每份爱心福袋包括20个口罩: after 每 and a unit, a verb of containing right before the count says what ONE unit
    holds, its make-up (CODEBOOK: per-unit counts are excluded), not a tally of things given (round q22).

    >>> from mobilization.quantities.candidate import scan
    >>> [_contents(q, t) for t in ("每份爱心福袋包括20个口罩", "福袋包括20个口罩", "每户发放福袋,包括20个口罩") for q in scan(t)]
    [True, False, False]
    """
    if not text.endswith(share_cues().contains, 0, q.start):
        return False
    k = text.rfind("每", max(0, q.start - _CONTENTS_REACH), q.start)
    return k >= 0 and _CLAUSE_END_RE.search(text, k, q.start) is None


_MORE_CONTENTS_GAP = 30  # how far the next item of the contents may start after the last


def more_contents(last: Quantity, q: Quantity, text: str) -> bool:
    """The count after a unit's contents (`_contents`) in the same list is more of the same contents:
    每个服务包载有20套检测包、20个口罩和两盒中成药 (all three are what ONE pack holds), 每个组配备4名人员,包括…、
    2名操作员、1名训导员及1条搜救犬.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "每个服务包载有20套检测包、20个口罩和两盒中成药,共派发30万个服务包"; a, b, c, d = scan(t)
    >>> more_contents(a, b, t), more_contents(b, c, t), more_contents(c, d, t)
    (True, True, False)
    """
    if q.start - last.end > _MORE_CONTENTS_GAP or q.start < last.end:
        return False
    m = share_cues().more_contents.fullmatch(text, last.end, q.start)
    return m is not None


_PLACE_NOUN_MAX = 6  # longest noun after 每(个) that names a place (每个贫困村)


def _each_place(q: Quantity, text: str, lex: Lexicon) -> bool:
    """每村2至3家, 每个贫困村有2至3家县直单位: what each village, community or household has, not a tally.

    A 每, a generic classifier or none, a noun ending in a place head (nouns.csv place = yes), then
    at most a short verb before the number in one clause. Counts of people are left to `_ration`'s
    caller (每个小区派驻一名网格员 states a staffing norm and is kept).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_each_place(q, t, lexicon()) for t in ("每村2至3家", "每个贫困村有2至3家单位", "每名党员联系15户")
    ...  for q in scan(t)]
    [True, True, False]
    >>> [_each_place(q, t, lexicon()) for t in ("每个五保户发放了1吨煤",) for q in scan(t)]
    [True]
    """
    k = text.rfind("每", max(0, q.start - _RATION_REACH - _PLACE_NOUN_MAX), q.start)
    if k < 0:
        return False
    p = k + 1
    cm = lex.classifier_re.match(text, p)
    if cm is not None and not _place_noun(cm.group(), lex):  # (每村: 村 counts itself after a number, a noun here)
        cls = lex.classifiers[cm.group()]
        if cls.kind != "count" or cls.category:
            return False  # 每名党员, 每户: the ration rule's; 每次, 每天: not a place
        p = cm.end()
    window = text[p:min(q.number_start, p + _PLACE_NOUN_MAX)]
    # (a household or people reached, like a place: 每个五保户发放了1吨煤 is what each household gets; round q21)
    places = [n for n, h in _head_ends(window, lex) if h.place or (h.category == "coverage" and q.category != "coverage")]
    if not places:
        return False
    gap = text[p + places[-1]:q.number_start]
    return len(gap) <= _RATION_REACH and not _CLAUSE_END_RE.search(gap) \
        and not any(h.category == "personnel" for _, h in _head_ends(gap, lex))


def _place_noun(word: str, lex: Lexicon) -> bool:
    head = lex.heads.get(word)
    return head is not None and head.place


_RESPECTIVELY = "分别"
_PER_HEAD_UNITS = ("名", "人", "位", "户")  # people and households, counted by their own classifiers


def per_head_respectively(q: Quantity, text: str, found: list[Quantity]) -> bool:
    """170名学子分别获6000元和3000元资助: sums after 分别 ("respectively") shared out among MORE people than there
    are sums are what each of them gets, per-head amounts, never a tally (CODEBOOK: per-person amounts). With as
    many people as sums (两名党员分别捐款500元和300元) each sum is one person's own and is kept. (Round q21.)

    The people are the counts of people or households (名, 人, 位, 户) before 分别 in its sentence, the sums the
    amounts of money after it in its clause.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "170名学子分别获6000元和3000元资助"; qs = scan(t); [per_head_respectively(q, t, qs) for q in qs]
    [False, True, True]
    >>> t = "两名党员分别捐款500元和300元"; qs = scan(t); [per_head_respectively(q, t, qs) for q in qs]
    [False, False, False]
    """
    if not q.currency:
        return False
    lo, _ = _sentence_bounds(text, q.number_start)
    k = text.rfind(_RESPECTIVELY, lo, q.number_start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.number_start):
        return False
    clause_end = _CLAUSE_END_RE.search(text, k)
    hi = clause_end.start() if clause_end is not None else len(text)
    sums = sum(1 for x in found if x.currency and k < x.number_start < hi)
    people = sum(x.value for x in found if lo <= x.start and x.end <= k and not x.currency
                 and x.unit in _PER_HEAD_UNITS and x.value == x.value)
    return people > sums
