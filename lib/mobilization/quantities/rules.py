"""Quantities, step 7: rules across quantities: shared nouns, breakdowns, counts that are not tallies.

`apply_rules` runs them on the quantities of one `scan`: neighbours share a noun (200桶800斤酒精),
the parts of a total take its category, a lone count takes the noun named before it; then
`tallies.drop_non_tallies` drops the counts that are not tallies.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .records import Classifier, Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import DIVISION_CHARS, SENTENCE_END
from .heads import _CONJUNCTIONS, _head_at_end, _NOUN_CHARS
from .window_tags import _tagged, _word_freq
from .open_nouns import context_noun, open_head, open_noun_after
from .categories import _category
from .money import _TOTALS
from .tallies import drop_non_tallies
from .nouns_before import noun_before
from ..lexicon import read_rows


_DIVISIONS = tuple(DIVISION_CHARS)  # divisions: people counted after them live there (q13)


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

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "4万4千个及1万个口罩"; a, b = scan(t); _listed(a, b, t, lexicon())
    True
    """
    gap = text[a.end:b.start]
    ca, cb = lex.classifiers.get(a.unit), lex.classifiers.get(b.unit)
    if gap in _CONJUNCTIONS and gap != "、":
        return ca is not None and ca is cb and ca.noun == "both" and ca.kind in ("count", "measure", "money")
    if gap != "、":
        return False
    return (_supply_unit(ca) and _supply_unit(cb)) or (_money_unit(ca) and _money_unit(cb))


_SUBJECT_REACH = 6  # the stretch before a count whose last word may be its own noun or subject


def _own_subject(text: str, start: int) -> bool:
    """A noun or a name ends right before the count (扑火队80名和60名党员, 甲县80名和乙县60名党员): the count has its
    own subject, and the noun after a later count does not reach back over it (round q16, audit B4). A time
    word is no subject (今天80名和60名党员).

    >>> _own_subject("扑火队80名和60名党员", 3), _own_subject("出动80名和60名党员", 2), _own_subject("80名", 0)
    (True, False, False)
    """
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    words = _tagged(text[max(0, start - _SUBJECT_REACH):start])
    return bool(words) and words[-1][1][:1] == "n"


def _parts_in_units(a: Quantity, b: Quantity, lex: Lexicon) -> bool:
    """幸福院5座28间: a count of buildings right followed by a count of their rooms (or of any parts of
    things, in another unit of things, not of people) counts the same noun.

    >>> from mobilization.quantities import extract
    >>> [q.entity for q in extract("新建村级卫生室3座12间,")]
    ['村级卫生室', '村级卫生室']
    """
    ca, cb = lex.classifiers.get(a.unit), lex.classifiers.get(b.unit)
    return a.end == b.start and ca is not None and cb is not None and ca is not cb \
        and ca.kind == cb.kind == "count" and cb.noun == "both" \
        and "personnel" not in (ca.category, cb.category) and not cb.inside


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
        ncls = lex.classifiers.get(nxt.unit)
        if ncls is not None and ncls.category == "personnel" and cls is not None \
                and cls.category in ("activity", "organization", "supplies"):
            continue  # 派出5批次687名队员: the people are not what the batches count
        if _adjacent(q, nxt) and nxt.entity and cls is not None and cls.noun == "both":
            out[i] = replace(q, entity=nxt.entity, category=q.category if cls.kind in ("money", "event")
                             else nxt.category if nxt.category != "other" else q.category)
        elif nxt.entity and nxt.number_start == nxt.start and _listed(q, nxt, text, lex) \
                and not _own_subject(text, q.start):
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
                and (_listed(prev, q, text, lex) or _parts_in_units(prev, q, lex)):
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
            if cls.category == "personnel" and ((shared is not None and shared.place)
                                                or prev.entity.endswith(_DIVISIONS)):
                continue  # 400多个县(市、区)3800万人受灾, 4省54.9万人: people in the places, not places
            if cls.category == "personnel" and prev.category not in ("organization", "personnel", "coverage") \
                    and (shared or open_head(prev.entity, lex)).category in ("", "activity"):
                continue  # 5个海上风电平台130人: the people on the platforms; a thing of no kind of people is no noun of them
            # 救护队9支295人: a people classifier counts people, the members of the teams (personnel)
            members = cls.category == "personnel" and prev.category == "organization"
            out[i] = replace(q, entity=prev.entity, category="personnel" if members else prev.category)
        elif gap in ("", ",", "，", "、", "共") and prev.unit == "户" and q.unit == "人":
            out[i] = replace(q, category=prev.category)  # households, then the people in them
    return out


def _list_kind(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """A noun of no known form in a 、-list of goods is goods too (大衣11000件、彩条布1300件: the
    rain cloth is given out with the coats): it takes the category of the item before it.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "调拨大衣6000件、彩条布1300件"; [q.category for q in _list_kind(scan(t), t, lexicon())]
    ['supplies', 'supplies']
    """
    out = list(qs)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        cls = lex.classifiers.get(q.unit)
        if q.category == "other" and prev.category == "supplies" and q.entity and text[prev.end:q.start] == "、" \
                and cls is not None and cls.kind in ("count", "measure") and cls.category != "personnel" \
                and _head_at_end(q.entity, lex) is None and open_head(q.entity, lex).category == "":
            out[i] = replace(q, category=prev.category)
    return out


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
        out[i] = replace(q, entity=text[b:e], category="other" if prev.category == "other" else _category(cls, head))
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
        out[i] = replace(q, entity=text[j:k])
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
        if q.entity or cls is None or cls.kind not in ("count", "measure") or cls.noun not in ("both", "before") \
                or cls.category in ("personnel", "coverage"):
            continue
        n, own = open_noun_after(text, q.end, lex) if not text.startswith(_PARTICLES, q.end) else (0, None)
        if n:
            if out is qs:
                out = list(qs)
            out[i] = replace(q, end=q.end + n, surface=q.surface + text[q.end:q.end + n], entity=text[q.end:q.end + n],
                             category=q.category if cls.category else _category(cls, own))
            continue  # 选派590名志愿者赴亚非拉22个发展中国家: the count has a noun of its own, not the one before
        b, e, head = context_noun(text, q.start, 0, cls, lex)
        if head is None:
            continue
        if out is qs:
            out = list(qs)
        out[i] = replace(q, entity=text[b:e], category=q.category if cls.category else _category(cls, head))
    return out


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
        out[i] = replace(q, entity=text[b:e], category=q.category if cls.category else _category(cls, head))
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
    if "其中" not in text and _PARTS_OPENER.search(text) is None:
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
                and _PARTS_OPENER.search(text, total.end, q.start) \
                and (not q.entity or (_a_place(q.entity, lex) and not _subkind(q.entity, total.entity, lex))):
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
        if q.entity and not (total is not None and total.unit == q.unit and _PARTS_OPENER.search(text, total.end, q.start)):
            total, reach_from = q, q.end
    return out


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


def _shared_head(tail: str, entity: str, lex: Lexicon) -> str:
    """The rest of a noun left unfinished before a 、: `tail` (码 of “红”码、) as it goes on in the
    next count's entity (黄码人员 → 码人员), when what follows it there is a known head ('' if not).

    >>> from mobilization.quantities import lexicon
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


_BREAKDOWN_END_RE = re.compile(f"[)）{re.escape(SENTENCE_END)}]")


def apply_rules(found: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """The rules across quantities on the quantities of one scan, in order: shared nouns,
    breakdowns, lone counts; then the counts that are not tallies are dropped (`tallies.drop_non_tallies`).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "8个工作小组,每个小组设立一个临时党支部"; [q.surface for q in apply_rules(scan(t), t, lexicon())]
    ['8个工作小组']
    """
    found = _share_nouns(found, text, lex)
    found = _list_kind(found, text, lex)
    found = _breakdowns(found, text)
    found = _changes(found, text, lex)
    found = _batches(found, text, lex)
    found = _valued_goods(found, text, lex)
    found = _second_unit(found, text, lex)
    found = _gift_counts(found, text, lex)
    found = _lone_counts(found, text, lex)
    found = _parts_of_total(found, text, lex)
    return drop_non_tallies(found, text, lex)
