"""Quantities, step 7: rules across quantities: shared nouns, breakdowns, counts that are not tallies.

`apply_rules` runs them on the quantities of one `scan`: neighbours share a noun (200桶800斤酒精),
the parts of a total take its category, a lone count takes the noun named before it; per-unit
counts, rations, the make-up of a group and the 一 of a story are dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .records import Classifier, Lexicon, Quantity
from .text import _CLAUSE_END, _clause_end, _CLAUSE_END_RE, _clause_start, SENTENCE_END
from .numbers import _NUMERAL_START
from .heads import _CONJUNCTIONS, _head_at_end, _head_ends, _NOUN_CHARS
from .open_nouns import context_noun, _tagged
from .nouns import _LEFT_WINDOW
from .categories import _category
from .money import _TOTALS
from .conditions import _own_money, _threshold


_PER_UNIT_REACH = 40  # how far back a 每 may govern a count in its clause


_NUMBERED_SLOGAN = re.compile(r"[两二三四五六七八九十]个一")


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
            if cls.category == "personnel" and shared is not None and shared.place:
                continue  # 400多个县(市、区)3800万人受灾: people in the places, not places
            # 救护队9支295人: a people classifier counts people, the members of the teams (personnel)
            members = cls.category == "personnel" and prev.category == "organization"
            out[i] = replace(q, entity=prev.entity, category="personnel" if members else prev.category)
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


_PARTS_REACH = 40  # how far after a total its parts introduced by 其中 may stand


def _parts_of_total(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """已发生20起森林火灾。其中江西15起,湖南2起: counts in the total's unit after 其中 are its parts;
    one with no noun, or only a place (where the part happened), counts the total's noun and takes
    its category. Money is left to `money_source`.

    >>> from mobilization.quantities import extract
    >>> [(q.entity, q.category) for q in extract("共发生12起交通事故,其中甲县8起,乙县4起。")][1:]
    [('交通事故', 'other'), ('交通事故', 'other')]
    """
    if "其中" not in text:
        return qs  # the common case, decided in C
    out = qs
    total: Quantity | None = None
    for i, q in enumerate(qs):
        cls = lex.classifiers.get(q.unit)
        if cls is None or cls.kind == "money":
            total = None
            continue
        if total is not None and total.unit == q.unit and q.start - total.end <= _PARTS_REACH \
                and "其中" in text[total.end:q.start] and (not q.entity or (_a_place(q.entity, lex) and not _subkind(q.entity, total.entity, lex))):
            if out is qs:
                out = list(qs)
            out[i] = replace(q, entity=total.entity, category=total.category)
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
        if q.entity and not (total is not None and total.unit == q.unit and "其中" in text[total.end:q.start]):
            total = q
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


_NARRATIVE_ONE_UNITS = ("批",)  # 一批: some, not one batch counted
_NOT_TALLY = ("有", "为", "了", "等")  # infix words that do not make a 一 a total (其中有一名老人; 共有 does)


def _narrative_one(q: Quantity, text: str, lex: Lexicon, has_each: bool) -> bool:
    """一 that tells a story rather than a tally.

    一把测温枪、一个口罩 (a list of single things: the kit of each volunteer), 每走一个点 (each
    time one does something).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_narrative_one(q, t, lexicon(), True) for t in ("一张纸、一个口罩", "每走一个点", "每个小区一名网格员")
    ...  for q in scan(t)]
    [True, True, False]
    >>> [_narrative_one(q, t, lexicon(), False) for t in ("其中有一名老人", "组建一支突击队", "共有一名志愿者")
    ...  for q in scan(t)]
    [True, False, False]
    """
    if text.startswith("、一", q.end):
        return True
    cls = lex.classifiers.get(q.unit)
    if cls is not None and (cls.category == "personnel" or q.unit in _NARRATIVE_ONE_UNITS) \
            and not text[:q.number_start].endswith(tuple(w for w in lex.infixes if w not in _NOT_TALLY)) \
            and text.find("每", _clause_start(text, max(0, q.number_start - _PER_UNIT_REACH), q.number_start),
                          q.number_start) < 0:
        # 一名老人, 一位党员, 一批口罩: a person or a batch in a story (CODEBOOK.md), not a tally; but a
        # total (共有一名志愿者) and a norm per unit (每个小区派驻一名网格员, see below) are kept
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

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_ration(q, t, lexicon()) for t in ("每人2个", "每户发放5个口罩", "每名党员联系10户") for q in scan(t)]
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
        return _each_place(q, text, lex)
    cls = lex.classifiers[cm.group()]
    if cls.kind == "count" and not cls.category:
        return _each_place(q, text, lex)  # 每个贫困村有2至3家
    if cls.kind != "count" or cls.category not in ("personnel", "coverage"):
        return False
    gap = text[cm.end():q.number_start]
    return not _CLAUSE_END_RE.search(gap) and not any(h.category == "personnel" for _, h in _head_ends(gap, lex))


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
    """
    k = text.rfind("每", max(0, q.start - _RATION_REACH - _PLACE_NOUN_MAX), q.start)
    if k < 0:
        return False
    p = k + 1
    cm = lex.classifier_re.match(text, p)
    if cm is not None:
        cls = lex.classifiers[cm.group()]
        if cls.kind != "count" or cls.category:
            return False  # 每名党员, 每户: the ration rule's; 每次, 每天: not a place
        p = cm.end()
    window = text[p:min(q.number_start, p + _PLACE_NOUN_MAX)]
    places = [n for n, h in _head_ends(window, lex) if h.place]
    if not places:
        return False
    gap = text[p + places[-1]:q.number_start]
    return len(gap) <= _RATION_REACH and not _CLAUSE_END_RE.search(gap) \
        and not any(h.category == "personnel" for _, h in _head_ends(gap, lex))


_GROUP_REACH = 24  # how far after a count its clause may say that it makes up one group


def _group_size(q: Quantity, text: str, lex: Lexicon) -> bool:
    """由一名社工带领两名志愿者为一组: the make-up of one group (exclusions.csv, kind group_size).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_group_size(q, t, lexicon()) for t in ("两名志愿者为一组", "两名志愿者，为一组") for q in scan(t)]
    [True, False]
    """
    return lex.group_re.search(text, q.end, _clause_end(text, q.end, _GROUP_REACH)) is not None


def _composition(q: Quantity, text: str, lex: Lexicon) -> bool:
    """410个队伍,由1名党员、1名民警和1名医生组成: the make-up of each unit, not a tally.

    A count of one, after a 由 in its clause and before a word of composition (exclusions.csv,
    kind composition: 组成, not 组成的) in the same clause. Larger counts are kept: 由50名党员组成
    may well be the size of the one squad the report is about.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_composition(q, t, lexicon()) for t in ("由1名党员和1名医生组成", "由1名党员组成的突击队", "1名党员组成")
    ...  for q in scan(t)[:1]]
    [True, False, False]
    """
    lo = max(0, q.start - _GROUP_REACH)
    k = text.rfind("由", lo, q.start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.start):
        return False
    return lex.composition_re.search(text, q.end, _clause_end(text, q.end, _GROUP_REACH)) is not None


_RATE_REACH = 16  # how far back in its clause an average or rate word governs a figure (平均每月可为村集体增加收入1.2万元)


def _rate(q: Quantity, text: str, lex: Lexicon) -> bool:
    """人均月收入达1500元, 平均每月增加收入1.2万元, 每次限取2盒: an average or a rate per person, per
    unit or per occasion (exclusions.csv, kind rate) before the number in its clause; the figure
    is not a tally, and reporting it as one would give a wrong total.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_rate(q, t, lexicon()) for t in ("人均月收入达1500元", "每次限取2盒", "人均收入提高,发放1500元",
    ...                                  "两家企业各500万元", "各级组织捐款500万元") for q in scan(t)]
    [True, True, False, False, False, False]
    """
    lo = max(0, q.number_start - _RATE_REACH)
    ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, lo, q.number_start)]
    # (two characters past the number's start: a regex row may look ahead at the numeral it stands before;
    # 各1000万元 is no rate since the corpus F round: one row with the amount of each)
    m = lex.rate_re.search(text, ends[-1] if ends else lo, q.number_start + 2)
    return m is not None and m.start() < q.number_start


def apply_rules(found: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """The rules across quantities on the quantities of one scan, in order: shared nouns,
    breakdowns, lone counts; then the counts that are not tallies are dropped (numbered slogans,
    narrative 一, per-unit counts and rations, averages and rates, the make-up of a group or of each unit).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> from mobilization.quantities.candidate import scan
    >>> t = "8个工作小组,每个小组设立一个临时党支部"; [q.surface for q in apply_rules(scan(t), t, lexicon())]
    ['8个工作小组']
    """
    found = _share_nouns(found, text, lex)
    found = _breakdowns(found, text)
    found = _lone_counts(found, text, lex)
    found = _parts_of_total(found, text, lex)
    kept: list[Quantity] = []
    has_each = "每" in text  # without it no count is per unit (most documents of the genre have some)
    has_rate = lex.rate_re is not None and lex.rate_re.search(text) is not None
    has_group = lex.group_re is not None and lex.group_re.search(text) is not None
    has_composition = lex.composition_re is not None and "由" in text and lex.composition_re.search(text) is not None
    for q in found:
        one = text[q.number_start:q.number_start + 1] == "一" and q.value == 1 and q.value_high is None
        if one and (_slogan_expansion(q, text) or _narrative_one(q, text, lex, has_each)):
            continue
        if has_each and text.find("每", max(0, q.number_start - _PER_UNIT_REACH), q.number_start) >= 0 \
                and (_per_unit(q, text, kept) or _ration(q, text, lex)):
            continue  # (the find: most counts have no 每 before them, decided in C)
        if has_rate and _rate(q, text, lex):
            continue
        if q.currency and (_threshold(q, text, lex) or _own_money(q, text)):
            continue
        if has_group and _group_size(q, text, lex):
            continue
        if has_composition and q.value == 1 and q.value_high is None and _composition(q, text, lex):
            continue
        kept.append(q)
    return kept
