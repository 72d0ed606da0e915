"""Quantities, step 7 (part): a count with no noun of its own takes the noun named next to it (lone counts).

`_batches` (派出两批共315名专家), `_valued_goods` (100套价值298万元的治疗仪), `_second_unit` (倒塌农房68户142间),
`_gift_counts` (大额捐款,则有逾700笔) and `_lone_counts` (搭建活动板房,其中19个用于安置), run in that order by
`rules.apply_rules`.
"""
from __future__ import annotations

import re

from .records import Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .heads import _head_at_end
from .text import _CLAUSE_END_RE, _SENTENCE_END_RE
from .open_after import open_noun_after
from .nouns import noun_after
from .open_before import context_noun, open_noun_before
from .open_nouns import _OPEN_MAX, _fits, open_head
from .wordlists import lexicon, noun_shape_words
from .window_tags import _tagged
from .categories import _category_why
from .nouns_before import _harm_degrees, noun_before
from .parts_and_changes import _a_place


_BATCH_UNITS = ("批", "批次")
_BATCH_GAPS = ("", "共", "共计", "合计", "计", "累计")
_MAKE_UP = ("组成", "组建")


def _batches(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """派出两批共315名专家, 派出5批次687名队员: a count of batches right before a count of people (共 between, or
    nothing) counts the batches those people were sent in; it takes their noun, and batches are activity
    (CODEBOOK: batches). (Round q17.)

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "先后派出三批共120名医护人员"; [(q.entity, q.category) for q in _batches(scan(t), t, lexicon())]
    [('医护人员', 'activity'), ('医护人员', 'personnel')]
    """
    out = qs
    for i in range(len(qs) - 1):
        q, nxt = qs[i], qs[i + 1]
        if q.unit not in _BATCH_UNITS or q.entity or not nxt.entity or nxt.category != "personnel" \
                or text[q.end:nxt.start] not in _BATCH_GAPS or text.startswith(_MAKE_UP, nxt.end):
            continue  # (5批次687名队员组成的医疗队: the batches are of the teams the people make up, q14)
        if out is qs:
            out = list(qs)
        out[i] = replace(q, entity=nxt.entity, category="activity")
    return out


_VALUE_GAPS = ("价值", "总价值", "共价值", "合计价值", "总值", "货值")


def _valued_goods(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """捐赠100套价值298万元的慢性物理治疗仪, 33吨价值120万元的消毒剂物资: a count of goods with no noun of its own,
    followed by 价值 and the sum they are worth, counts the goods named after that sum's 的 (the sum's own noun, or
    the noun phrase read there). (Round q17.)

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "捐赠200台价值30万元的空气净化器"; [q.entity for q in _valued_goods(scan(t), t, lexicon())]
    ['空气净化器', '空气净化器']
    """
    out = qs
    for i in range(len(qs) - 1):
        q, nxt = qs[i], qs[i + 1]
        cls = lex.classifiers.get(q.unit)
        if q.entity or cls is None or cls.kind not in ("count", "measure") or q.category != "supplies" \
                or not nxt.currency or text[q.end:nxt.start] not in _VALUE_GAPS:
            continue
        entity, head = nxt.entity, None
        if not entity:
            money_end = text.find("元", nxt.number_start, nxt.end + 1)
            money_end = nxt.end if money_end < 0 else money_end + 1
            if not text.startswith("的", money_end):
                continue
            n, head = open_noun_after(text, money_end + 1, lex)
            if not n or head is None or head.category not in ("", "supplies"):
                continue
            entity = text[money_end + 1:money_end + 1 + n]
            if out is qs:
                out = list(qs)
            out[i + 1] = replace(nxt, entity=entity)
        if out is qs:
            out = list(qs)
        out[i] = replace(out[i], entity=entity)
    return out


def _second_unit(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """倒塌农房68户142间: a count of things with no noun right after another count (nothing between) counts the noun
    named before the first, in a second unit (households, then rooms); it takes that noun, and the first count's
    category when that is the disaster's scale (the same things harmed). Not a count of people (派出17车154人).
    (Round q17.)

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "全镇倒塌房屋12户30间"; [(q.surface, q.entity) for q in _second_unit(scan(t), t, lexicon())]
    [('12户', ''), ('30间', '房屋')]
    """
    out = qs
    for i in range(1, len(qs)):
        q, prev = qs[i], qs[i - 1]
        cls = lex.classifiers.get(q.unit)
        if q.entity or prev.end != q.start or cls is None or cls.kind != "count" or cls.noun not in ("both", "before") \
                or cls.category in ("personnel",) or prev.entity and prev.start < prev.number_start:
            continue
        floor = qs[i - 2].end if i >= 2 else 0
        b, e, head = noun_before(text, prev.start, floor, cls, lex)
        if e <= b or head is None or head.place:
            continue
        if out is qs:
            out = list(qs)
        category, by = ("other", "figures") if prev.category == "other" else _category_why(cls, head)
        out[i] = replace(q, entity=text[b:e], category=category, noun_from="context", category_from=by)
    return out


_GIFT_NOUNS = ("捐款", "捐赠", "捐助", "善款")
_GIFT_LINKS = re.compile(r"(?:[,，]?(?:则|就|共|合共|总共)?(?:有|多达|达|计|共)?)(?:约|逾|超过|超|近|接近|将近)?\Z")
_GIFT_MODIFIER_MAX = 4  # 大额, 小额, 巨额, 百万元以上: a short modifier before the noun of gifts


def _gift_counts(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """1万元或以下的小额捐款,多达约28.5万笔; 大额捐款,则有逾700笔; 巨额捐赠有逾200笔: a count of gifts (笔) with no noun
    counts the gifts named right before it, past a comma and a verb of having (有, 多达) and an approximation; the
    noun keeps a short modifier with no 的 or stop word in it (大额捐款). (Round q17.)

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "5000元以上的大额捐款,共有120笔"; [(q.surface, q.entity) for q in _gift_counts(scan(t), t, lexicon())]
    [('5000元以上', ''), ('120笔', '大额捐款')]
    """
    out = qs
    for i, q in enumerate(qs):
        if q.unit != "笔" or q.entity:
            continue
        lo = qs[i - 1].end if i else 0
        m = _GIFT_LINKS.search(text, max(lo, q.number_start - 8), q.number_start)
        k = m.start() if m is not None else q.number_start
        gift = next((g for g in _GIFT_NOUNS if text.endswith(g, lo, k)), None)
        if gift is None:
            continue
        b = k - len(gift)
        j = b
        stop_end = max((m.end() for m in lex.stop_re.finditer(text, max(lo, b - _GIFT_MODIFIER_MAX - 3), b)), default=-1)
        while j > max(lo, b - _GIFT_MODIFIER_MAX, stop_end) and "\u4e00" <= text[j - 1] <= "\u9fff" \
                and text[j - 1] != "的" and _head_free(text[j - 1:b], lex):
            j -= 1  # (其中|大额捐款: the modifier ends at a stop word)
        if out is qs:
            out = list(qs)
        out[i] = replace(q, entity=text[j:k], noun_from="context")
    return out


def _head_free(x: str, lex: Lexicon) -> bool:
    """No known noun of the genre ends inside x (a modifier, not another noun: 大额, not 企业)."""
    return all(_head_at_end(x[:n], lex) is None for n in range(1, len(x) + 1))


_PARTICLES = ("的", "之", "地", "得")  # (100斤的水: a particle after the count begins no noun of its own)


def _lone_counts(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """搭建活动板房,其中19个用于安置: a count of things with no noun of its own counts the noun
    named last before it in its sentence, at most one clause back (`context_noun`); the surface
    stays the figure. Money (`money_source`), events and people or households counted by their
    own unit (3321人) are left as they are.
    """
    out = qs
    for i, q in enumerate(qs):
        cls = lex.classifiers.get(q.unit)
        shared = _parts_noun(out[:i], q, text) if not q.entity and i >= 2 else ""
        if shared:
            out = list(qs) if out is qs else out
            out[i] = replace(q, entity=shared)  # 捐款138笔,个人捐款519笔,合计657笔: the total counts its parts' noun
            continue
        if not q.entity and cls is not None and cls.kind == "event":
            e = _events_named_before(q, text, qs[i - 1].end if i else 0)
            head = _head_at_end(text[max(0, e - _OPEN_MAX):e], lex) if e > 0 else None
            if head is not None and head.category == "activity" and not head.open:
                b = max(0, e - _OPEN_MAX) + open_noun_before(text[max(0, e - _OPEN_MAX):e], lex)
                b = min(b, e - len(head.word))
                out = list(qs) if out is qs else out
                out[i] = replace(q, entity=text[b:e], noun_from="context")  # …等爱国主义教育活动,累计开展69次: the events named before
            continue
        if q.entity or cls is None or cls.kind not in ("count", "measure") or cls.noun not in ("both", "before"):
            continue
        if cls.category == "personnel":
            b, e = _set_named_before(q, text, qs[i - 1] if i else None, cls, lex)
            if e:
                out = list(qs) if out is qs else out
                out[i] = replace(q, entity=text[b:e], noun_from="context")  # 490科技特派员中有261名: part of a set
                continue
        if cls.category in ("personnel", "coverage"):
            prev = out[i - 1] if i else None  # (as read: a chain of elided counts, q23)
            if cls.category == "coverage" and not cls.inside and prev is not None \
                    and _same_noun_next_clause(prev, q, text):
                out = list(qs) if out is qs else out
                out[i] = replace(q, entity=prev.entity)  # (its own clause's verb gave its category)
            elif cls.category == "coverage" and not cls.inside and cls.kind == "count":
                b, e, head = _object_named_before(q, text, prev.end if prev is not None else 0, cls, lex)
                if head is not None:
                    out = list(qs) if out is qs else out
                    out[i] = replace(q, entity=text[b:e])  # 做好…修复工程,计划实施6处 (its clause's verb gave its category)
            continue
        n, own = open_noun_after(text, q.end, lex) if not text.startswith(_PARTICLES, q.end) else (0, None)
        if n:
            if out is qs:
                out = list(qs)
            category, by = (q.category, q.category_from) if cls.category else _category_why(cls, own)
            out[i] = replace(q, end=q.end + n, surface=q.surface + text[q.end:q.end + n], entity=text[q.end:q.end + n],
                             category=category, noun_from="after", category_from=by)
            continue  # 选派590名志愿者赴亚非拉22个发展中国家: the count has a noun of its own, not the one before
        if _own_noun_follows(text, q.end):
            continue  # 46艘海巡船艇和90艘|港作拖轮: a noun of its own the reader cannot read; empty, not the neighbour's
        k = _units_of_members(q, qs[i + 1] if i + 1 < len(qs) else None, text, cls, lex)
        if k:
            out = list(qs) if out is qs else out
            out[i] = replace(q, entity=text[qs[i + 1].end + 1:k], noun_from="after")  # 28支995人的抢险救灾队伍
            continue
        prev = out[i - 1] if i else None  # (as read: 渔船5376艘,撤离40艘,83艘在…: a chain of elided counts, q23)
        if prev is not None and _same_noun_elided(prev, q, text):
            if out is qs:
                out = list(qs)
            out[i] = replace(q, entity=prev.entity, category=prev.category)
            continue
        if prev is not None and _same_noun_next_clause(prev, q, text):
            out = list(qs) if out is qs else out
            out[i] = replace(q, entity=prev.entity)  # (its own clause's verb gave its category)
            continue
        b, e, head = context_noun(text, q.start, 0, cls, lex)
        if head is None and cls.kind == "count":
            b, e, head = _object_named_before(q, text, prev.end if prev is not None else 0, cls, lex)
        if head is None:
            continue
        if out is qs:
            out = list(qs)
        category, by = (q.category, q.category_from) if cls.category else _category_why(cls, head)
        out[i] = replace(q, entity=text[b:e], category=category, noun_from="context", category_from=by)
    return out


_PARTS_TOTALS = ("合计", "共计", "总计", "一共", "共")  # a total word right before a count that sums the counts before it
_PART_GAP = re.compile(r"[,，、;；]?")  # what may stand between a part and the total after it


_SET_MEMBERS = re.compile(r"(?:之|当)?中(?:共|还|也|又)?有\Z")  # …中有, 之中有, 当中共有: then a count of the set's members


def _set_named_before(q: Quantity, text: str, prev: Quantity | None, cls, lex: Lexicon) -> tuple[int, int]:
    """A count of people with no noun right after (之/当)中(共)有 counts some of the people named right before 中
    (全市490科技特派员中有261名被认定…: 特派员), or the people named right before a place that 有 them (像她一样的
    网格员西关社区共有112名: 网格员, the topic of the clause; round q27n): the span of that noun, or (0, 0) when none is
    read there or it names no people (the count's own category is left to its clause).

    >>> t = "全市490科技特派员中有261名被认定"; q = Quantity(12, 16, "261名", 261.0, unit="名")
    >>> b, e = _set_named_before(q, t, None, lexicon().classifiers["名"], lexicon()); t[b:e]
    '特派员'
    """
    floor = prev.end if prev is not None else 0
    m = _SET_MEMBERS.search(text, max(floor, q.start - 6), q.start)
    if m is not None and m.start() > floor:
        return _people_ending_at(text, m.start(), floor, cls, lex)
    if m is not None and prev is not None and prev.end == m.start() and prev.entity \
            and prev.surface.endswith(prev.entity) and lex.classifiers.get(prev.unit, cls).category == "personnel":
        return prev.end - len(prev.entity), prev.end  # 320名驻村队员中有45名: the set is the count before
    m = _PLACE_HAS.search(text, max(floor, q.start - 4), q.start)
    if m is None:
        return 0, 0
    for k in range(2, _PLACE_MAX + 1):  # 像她一样的网格员|西关社区|共有112名: the people, then the place that has them
        if m.start() - k > floor and _a_place(text[m.start() - k:m.start()], lex):
            b, e = _people_ending_at(text, m.start() - k, floor, cls, lex)
            if e:
                return b, e
    return 0, 0


_PLACE_HAS = re.compile(r"(?:共|还|也|又)?有\Z")
_PLACE_MAX = 6  # longest place named between the people and 有 (西关社区)


def _people_ending_at(text: str, e: int, floor: int, cls, lex: Lexicon) -> tuple[int, int]:
    """The span of a noun of people read before a number that ends right at text[e], or (0, 0)."""
    b, end, head = noun_before(text, e, floor, cls, lex)
    if head is None or end != e or head.category != "personnel":
        return 0, 0
    return max(b, text.rfind("的", b, end) + 1), end  # (像她一样的|网格员: the people, not what they are like)


def _units_of_members(q: Quantity, nxt: Quantity | None, text: str, cls, lex: Lexicon) -> int:
    """A count of units right before a count of the people in them, then 的 and the units' noun (组建了28支995人的
    抢险救灾队伍: 28 teams of 995 people in all): where that noun ends, when it is of the units' kind (支: a team,
    organization), else 0 (21支2287名医务人员: the noun counts the people only). Round q27n.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "组建了28支995人的抢险救灾队伍,实行值班"; a, b = scan(t)[:2]
    >>> t[b.end + 1:_units_of_members(a, b, t, lexicon().classifiers["支"], lexicon())]
    '抢险救灾队伍'
    """
    if nxt is None or nxt.start != q.end or nxt.entity or not cls.category or not text.startswith("的", nxt.end):
        return 0
    people = lex.classifiers.get(nxt.unit)
    if people is None or people.category != "personnel":
        return 0
    n, head = noun_after(text, nxt.end + 1, False, lex, fallback=False)
    if not n or head is None:
        n, head = open_noun_after(text, nxt.end + 1, lex)
    return nxt.end + 1 + n if n and head is not None and head.category == cls.category else 0


def _parts_noun(before: list[Quantity], q: Quantity, text: str) -> str:
    """A total with no noun of its own right after its parts (捐款138笔,个人捐款519笔,合计657笔): two or more counts of
    the same unit just before it in its sentence, each with a noun, the total word between the last of them and it;
    the total counts what the parts count, the noun they end in alike (捐款). "" when not so, or when the parts share
    no ending of two characters or more (党员20名,群众30名,共50名). Round q26n.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "接收企业捐款138笔,个人捐款519笔,合计657笔"; qs = scan(t); _parts_noun(qs[:2], qs[2], t)
    '捐款'
    >>> t = "企业捐款138笔,个人捐物519笔,合计657笔"; qs = scan(t); _parts_noun(qs[:2], qs[2], t)
    ''
    """
    parts: list[Quantity] = []
    end = q.start
    for p in reversed(before):
        gap = text[p.end:end]
        if p.unit != q.unit or not p.entity or p.currency or _SENTENCE_END_RE.search(gap):
            break
        if not parts and not any(_PART_GAP.fullmatch(gap[:len(gap) - len(t)]) for t in _PARTS_TOTALS if gap.endswith(t)):
            return ""  # (the total word, and at most one comma, right before the total)
        if parts and not (_PART_GAP.fullmatch(gap) or _CLAUSE_END_RE.fullmatch(gap)) and len(gap) > 1:
            break  # (the parts follow each other, one comma or 、 between)
        parts.append(p)
        end = p.start
    if len(parts) < 2:
        return ""
    common = parts[0].entity
    for p in parts[1:]:
        k = 0
        while k < min(len(common), len(p.entity)) and common[-1 - k] == p.entity[-1 - k]:
            k += 1
        common = common[len(common) - k:]
    return common if len(common) >= 2 else ""


def _same_noun_elided(prev: Quantity, q: Quantity, text: str) -> bool:
    """175个安置点已开工156个: in one clause, a count with no noun of its own right after a count of the same unit
    that has one counts that noun, elided (a part of the first: those begun, built, finished). (Round q21.)

    >>> from mobilization.quantities.candidate import scan
    >>> t = "175个安置点已开工156个"; a, b = scan(t); _same_noun_elided(a, b, t)
    True
    """
    return bool(prev.entity) and not prev.currency and prev.unit == q.unit and prev.end <= q.start \
        and _CLAUSE_END_RE.search(text, prev.end, q.start) is None


_OWN_NOUN_TAGS = ("n", "j", "b", "m")  # a first word after a count that begins a noun phrase (a size: 10公顷的…)


def _own_noun_follows(text: str, p: int) -> bool:
    """The words at text[p], right after a count with no noun read, begin a noun phrase of its own: jieba's first word
    there is a noun, an abbreviation, an attribute or a number (90艘|港|作|拖轮, 1个|10公顷的生态农业观光采摘园), not a
    verb, an adverb, a preposition or punctuation (156个|已开工, 83艘|在…水域, a comma). Such a count is coordinated
    with the one before, not a part of it, so it takes no neighbour's noun (round q25n: empty, not wrong).

    >>> _own_noun_follows("港作拖轮已待命", 0), _own_noun_follows("已开工,", 0), _own_noun_follows("在港内", 0)
    (True, False, False)
    """
    words = _tagged(text[p:p + _OWN_NOUN_WINDOW])
    return bool(words) and words[0][1].startswith(_OWN_NOUN_TAGS)


_OWN_NOUN_WINDOW = 6  # characters segmented after the count


def _same_noun_next_clause(prev: Quantity, q: Quantity, text: str) -> bool:
    """计划搭建板房2770间,目前已经建成1215间: a count with no noun of its own, in the clause right after a count of the
    same unit that has one (one comma between, no sentence end, no other count), counts that noun, elided: the
    second clause tells how many of the same things reached a further stage (round q22).

    >>> from mobilization.quantities.candidate import scan
    >>> t = "计划搭建板房2770间,目前已经建成1215间"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    True
    >>> t = "计划搭建板房2770间。目前已经建成1215间"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    False
    >>> t = "修订应急预案31个,排查安全隐患7230个"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    False
    >>> t = "倒塌房屋663间,不同程度损坏1196间"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    True

    A list's 、 joins such clauses too (房屋倒塌30间、严重损坏120间: each item its own verb of harm, the noun said once;
    round q32):

    >>> t = "房屋倒塌30间、严重损坏120间"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    True
    >>> t = "房屋倒塌30间、厂房倒塌120间"; a, b = scan(t); _same_noun_next_clause(a, b, t)
    False
    """
    between = text[prev.end:q.start]
    ends = _CLAUSE_END_RE.findall(between)
    listed = not ends and between.count(_LIST_MARK) == 1 and between.startswith(_LIST_MARK)
    if not (prev.entity and not prev.currency and prev.unit == q.unit and prev.end <= q.start
            and (len(ends) == 1 or listed) and _SENTENCE_END_RE.search(between) is None):
        return False
    # only a verb and its adverbs before the number (目前已经建成): a noun or a place there (修订应急预案31个,
    # 排查…安全隐患7230余个; 全乡46个社) names what the second count counts, or where
    clause = between[1:] if listed else between[_CLAUSE_END_RE.search(between).end():]
    if listed and not clause:
        return False  # (after a 、 the item's own verb must stand there: 30间、120间 is no such list)
    clause = clause[len(next((d for d in _harm_degrees() if clause.startswith(d)), "")):]  # (不同程度|损坏: adverbs)
    return all(tag in _VERB_ONLY for _, tag in _tagged(clause))


_LIST_MARK = "、"  # the list's mark between two items that may share a noun (倒塌30间、严重损坏120间)
_VERB_ONLY = frozenset({"t", "d", "ad", "v", "vd", "vi", "ul", "uz", "ug"})  # time words, adverbs, verbs, aspect


def _events_named_before(q: Quantity, text: str, floor: int) -> int:
    """A count of events with no noun whose clause holds nothing but adverbs and a verb before it (,累计开展69次): the
    events were named at the end of the clause before (开展…等教育活动,累计开展69次; 提供公益物流载送服务,累计1164次),
    the same elision as `_same_noun_next_clause` with no count before. Where that clause ends (its noun ends there),
    0 if the count's clause is not so or no clause of the same sentence, after `floor`, comes before. Round q25n.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "开展爱国主义教育活动,累计开展69次"; _events_named_before(scan(t)[0], t, 0)
    10
    >>> t = "开展爱国主义教育活动,与群众沟通69次"; _events_named_before(scan(t)[0], t, 0)
    0
    """
    m = None
    for m in _CLAUSE_END_RE.finditer(text, max(floor, q.start - _EVENT_CLAUSE_MAX), q.start):
        pass
    if m is None or m.start() <= floor or _SENTENCE_END_RE.match(text, m.start()):
        return 0  # (the clause before must be in the same sentence, after the count before)
    clause = text[m.end():q.start]
    return m.start() if clause and all(tag in _VERB_ONLY for _, tag in _tagged(clause)) else 0


def _object_named_before(q: Quantity, text: str, floor: int, cls, lex: Lexicon) -> tuple[int, int, object]:
    """A count of things with no noun whose clause holds nothing but adverbs, a word of plan and a verb (,计划实施40处):
    its noun is the object named at the end of the clause before, in the same sentence (做好水利水毁修复工程,计划实施6处),
    as `_events_named_before` reads for events; a clause in the frame 加大/加快…力度 names it before its 力度 (and the
    verb of work before that: 加快农村饮水安全解困工程建设力度). (start, end, head) of that noun when it fits the
    classifier, else (-1, -1, None). Round q26n.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "做好水利水毁修复工程,计划实施6处"; b, e, h = _object_named_before(scan(t)[0], t, 0, lexicon().classifiers["处"], lexicon()); t[b:e]
    '水利水毁修复工程'
    >>> t = "加快农村饮水安全工程建设力度,计划实施40处"; b, e, h = _object_named_before(scan(t)[0], t, 0, lexicon().classifiers["处"], lexicon()); t[b:e]
    '农村饮水安全工程'
    >>> t = "做好水利水毁修复工程,全县实施6处"; _object_named_before(scan(t)[0], t, 0, lexicon().classifiers["处"], lexicon())[2] is None
    True
    """
    m = None
    for m in _CLAUSE_END_RE.finditer(text, max(floor, q.start - _EVENT_CLAUSE_MAX), q.start):
        pass
    none = (-1, -1, None)
    if m is None or m.start() <= floor or _SENTENCE_END_RE.match(text, m.start()):
        return none
    clause = text[m.end():q.start]
    modal = noun_shape_words("modal")
    if not clause or not all(tag in _VERB_ONLY or word in modal for word, tag in _tagged(clause)) \
            or not any(tag == "v" for _, tag in _tagged(clause)):
        return none
    e = m.start()
    degree = next((d for d in noun_shape_words("degree") if text.endswith(d, 0, e)), "")
    if degree:
        e -= len(degree)
        last = _tagged(text[max(0, e - 2):e])  # (alone: jieba reads 工程建设 as one word)
        if len(last) == 1 and last[0][1] in ("v", "vn") and len(last[0][0]) == 2:
            e -= 2  # 建设|力度: the verb of work on the object
    lo = max(floor, e - _OPEN_MAX)
    b = lo + open_noun_before(text[lo:e], lex)
    known = _head_at_end(text[lo:e], lex)
    if known is not None:
        b = min(b, e - len(known.word))
    lo = max(floor, e - _OBJECT_CLAUSE_MAX)
    start = max([c.end() for c in _CLAUSE_END_RE.finditer(text, lo, e)], default=0 if lo == 0 else -1)
    words = _tagged(text[start:e]) if start >= 0 else []
    if len(words) > 1 and words[0][1] == "v" and e - start - len(words[0][0]) <= _OBJECT_CLAUSE_MAX - 2 and "的" not in text[start:e] and lex.stop_re.search(text, start + len(words[0][0]), e) is None:
        b = min(b, start + len(words[0][0]))  # 做好|水利水毁修复工程: the clause's verb and its whole object
    head = open_head(text[b:e], lex) if b < e else None
    if head is None or not head.category or head.place or not _fits(head, cls):
        return none
    return b, e, head


_OBJECT_CLAUSE_MAX = 20  # longest clause of a verb and its object read whole before a lone count (做好|水利水毁修复工程)
_EVENT_CLAUSE_MAX = 8  # longest run of adverbs and a verb before a count of events named in the clause before
