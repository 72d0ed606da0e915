"""Quantities, step 7 (part): neighbouring counts share a noun (200桶800斤酒精, 20桶、1200瓶消毒液, 住户712户2132人).

`_share_nouns`: a count with no noun takes its neighbour's across no gap, a 、 or a conjunction, or a second unit
after the first (救护队9支295人); a noun left unfinished before a 、 goes on in the next (`_shared_head`).
`_list_kind`: a noun of no known form in a 、-list of goods is goods too. Both run first in `rules.apply_rules`.
"""
from __future__ import annotations

from .records import Classifier, Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import DIVISION_CHARS
from .heads import _CONJUNCTIONS, _head_at_end, _NOUN_CHARS
from .window_tags import _tagged
from .open_nouns import open_head
from .money import _TOTALS
from .verbs import _as_tuple, situation_words


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


def _built_listed(a: Quantity, b: Quantity, text: str) -> bool:
    """V a、V b: two counts in one unit, each after a verb of building, the second past a 、 (新建40个、续建100个产业集群):
    works new and carried on, both of the noun after the second (round q30).

    >>> from mobilization.quantities.candidate import scan
    >>> t = "新建40个、续建100个产业集群"; a, b = scan(t); _built_listed(a, b, t)
    True
    >>> t = "全县40个、续建100个产业集群"; a, b = scan(t); _built_listed(a, b, t)
    False
    """
    gap, built = text[a.end:b.start], situation_words().roles["built"]
    return a.unit == b.unit and gap[:1] == "、" and gap[1:] in built \
        and text.endswith(_as_tuple(built), 0, a.start)


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


_PEOPLE = "人"  # the noun of 352口人 (beside_count._households_people): bare people, no noun to share


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
        if _adjacent(q, nxt) and nxt.entity and cls is not None and cls.noun == "both" and nxt.entity != _PEOPLE:
            # (86户352口人: the people of the households are no noun of theirs, round q28)
            out[i] = replace(q, entity=nxt.entity, category=q.category if cls.kind in ("money", "event")
                             else nxt.category if nxt.category != "other" else q.category)
        elif nxt.entity and nxt.number_start == nxt.start and ((
                _listed(q, nxt, text, lex) and not _own_subject(text, q.start)) or _built_listed(q, nxt, text)):
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
                    and (shared or open_head(prev.entity, lex)).category in ("", "activity", "other"):
                continue  # 5个海上风电平台130人: the people on the platforms; a thing of no kind of people is no noun of them
                # (a structure's form says other: 养殖平台, data/head_forms.csv)
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
