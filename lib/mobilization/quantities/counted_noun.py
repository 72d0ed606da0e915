"""Quantities, step 6 (candidate), the counted noun: what one figure counts, read after it, before it or in its clause.

`counted_noun` reads, in order: a unit that names itself (8县); the noun after the number (its many shapes: a code,
an age, a 的-clause, a note aside); the goods or funds after a sum; the noun before the number (志愿者达18万人次); the
noun the clause gives (water carried, the funds of the clause, an investment); the people of households. Then it
rejects the figures whose noun shows they are no count: an excerpt cut inside the noun, a classifier that counts
other nouns only (口 of wells), a lone 一 of no known noun, a classifier that begins a verb (支援).
"""
from __future__ import annotations

import re

from .records import Classifier, Counted, Figure, Head, Lexicon, Unit
from .text import _CLAUSE_END_RE, _CLOSE_QUOTES, _OPEN_QUOTES, _SENTENCE_END_RE, _names_listed
from .numbers import _Number
from .heads import _case, _head_at_end
from .window_tags import _tagged, _word_freq
from .open_after import open_noun_after
from .open_nouns import _fits, open_head
from .nouns import noun_after
from .nouns_before import noun_before
from .money import money_source
from .wordlists import noun_shape_words
from .noun_edges import _GE, _NO_UNIT, _goods_of_set, _noun_edges
from .beside_count import _PERSON, _WATER, _households_people, _water_carried
from .noun_shapes import (_aged_people, _coded_goods, _coded_noun, _cut_noun, _demonym, _goods_after_de, _goods_unit,
                          _listed_count, _noun_after_aside, _noun_after_de, _noun_right_after_de, _one_item,
                          _teams_after_size)


_NO_QUOTES = str.maketrans("", "", _OPEN_QUOTES + _CLOSE_QUOTES + "《》")


def counted_noun(text: str, numeral_end: int, floor: int, num: _Number, unit: Unit, figure: Figure,
                 lex: Lexicon) -> Counted | None:
    """The noun a figure counts and the figure's final bounds; None when the noun shows it is no count.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); text = "志愿者达18万人次"
    >>> from .numbers import candidates, _read_number
    >>> m = next(candidates(text)); num = _read_number(m, lex, text)
    >>> unit = Unit(lex.classifier_re.match(text, m.end()), lex.classifiers["人次"], 8)
    >>> counted_noun(text, m.end(), 0, num, unit, Figure(4, 8, 180000.0, "exact", "", ""), lex)[::2]
    ('志愿者', 'before', 8)
    """
    classifier = unit.classifier
    noun = classifier.noun if classifier else "both"
    if noun == "self":
        found = _unit_as_noun(text, num, unit, figure, lex)
        if found is None:
            return None
        if classifier.word in noun_shape_words("set"):
            found = _goods_of_set(text, floor, unit, found, lex)
    elif noun == "both" and not unit.headline:
        found = _noun_after_count(text, num, unit, figure, lex)
    else:
        found = Counted("", None, "", figure.start, figure.end)  # (its noun, if any, is named before it)
    # (each step below is asked only when the cheap test of its first condition holds: a call for every figure
    # costs time, round f16)
    if unit.headline or unit.funds_after:
        found = _noun_after_sum(text, numeral_end, unit, found, lex)
    if not found.entity and noun in ("both", "before"):
        found = _noun_before_count(text, floor, unit, found, lex)
    if unit.headline or (classifier is not None and classifier.kind in ("measure", "money")):
        found = _noun_of_clause(text, floor, unit, found, lex)
    if (found.end >= len(text) or text[found.end].isspace()) and _cut_off(text, floor, unit, found):
        return None  # (only an excerpt that ends right after the figure can have cut it off)
    entity = found.entity.translate(_NO_QUOTES)  # the noun without its quotation and title marks
    if len(entity) != len(found.entity):
        found = Counted(entity, found.head, found.noun_from, found.start, found.end)
    households = False
    if classifier is not None and text.startswith(_PERSON, unit.end):  # (352口人, 十多个人: 人 right after the unit)
        found, households = _households_people(text, num, unit, found, lex)
    if ((classifier is not None and classifier.heads) or num.is_one
            or (unit.match is not None and unit.match.group() in lex.verb_classifiers)) \
            and not _counts_its_noun(text, num, unit, found, households, lex):
        return None
    return found


# ---- a unit that names itself (8县, 26省(区、市), 三地分公司)

_LIST_MARK = re.compile("[、和及与]")
_UNIT_NAME = 4  # the longest unit counted one in each place (分公司, 办事处); longer is a description (众多妇女组织)
# round q15: the place nouns that, counted bare, as often describe what follows (两地路政部门, 18区民政事务处) as they
# stand alone (全港18区, 南京、南通两地); 省 县 市 镇 乡 村 counted bare stand alone in the genre (两省人民 still counts)
_MODIFYING_PLACES = frozenset(("区", "地", "国"))
_PLACE_PARENTHESIS_MAX = 8  # longest parenthesis of places after a unit that is a place (省(区、市), 市(自治州))


def _unit_as_noun(text: str, num: _Number, unit: Unit, figure: Figure, lex: Lexicon) -> Counted | None:
    """A unit that names what it counts (县, 省, 地): the unit is the noun, with the places in a parenthesis after it;
    None when a noun after a count of places makes them its modifier.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); num = _Number(0, 1, 8.0, None, "exact", False, False)
    >>> _unit_as_noun("8县(市)受灾", num, Unit(None, lex.classifiers["县"], 2), Figure(0, 2, 8.0, "exact", "", ""), lex)[::2]
    ('县(市)', 'unit', 5)
    """
    classifier, unit_end, end = unit.classifier, unit.end, figure.end
    word = classifier.word if classifier.word not in _NO_UNIT else ""
    entity, head, noun_from = word, _head_at_end(word, lex), "unit"
    places = _place_parenthesis(text, end, lex) if end == unit_end else 0
    if places:
        entity, end = text[unit_end - len(word):end + places], end + places
        # 8县(市), 26省(区、市): the places named in the parenthesis are counted with the unit
    if classifier.word in _MODIFYING_PLACES and end == unit_end:
        # 三地分公司 (round q15): a unit of an organization right after a count of places is one in each of
        # them, and the units are what is counted; any other noun there (沪港两地众多女性, 两地众多妇女组织,
        # 两地路政、道路养护部门: two kinds in each place) makes the places its modifier, and nothing is counted
        n, h = noun_after(text, end, False, lex)
        if n and h is not None and h.category == "organization" and n <= _UNIT_NAME \
                and not _LIST_MARK.search(text, end, end + n + 1):  # (nor first of a list: 两地部队、武警, q25)
            entity, head, end, noun_from = text[end:end + n], h, end + n, "after"
        elif n and h is not None and not _names_listed(text, num.start):
            return None  # (round q25: not after a list of the places' names, 浦东、静安、闵行、宝山四区设置分会场)
    return Counted(entity, head, noun_from, figure.start, end)


def _place_parenthesis(text: str, p: int, lex: Lexicon) -> int:
    """Length of a parenthesis at text[p] that names only places (each part, between 、, ends in a known head
    of a place: (市), (区、市), (自治州), (镇、街道)); 0 if there is none.

    >>> from .wordlists import lexicon
    >>> _place_parenthesis("(区、市)启动", 0, lexicon()), _place_parenthesis("(含外地)", 0, lexicon())
    (5, 0)
    """
    if p >= len(text) or text[p] not in "(（":
        return 0
    close = next((i for i in range(p + 1, min(len(text), p + 2 + _PLACE_PARENTHESIS_MAX)) if text[i] in ")）"), -1)
    if close < 0 or close == p + 1:
        return 0
    for part in text[p + 1:close].split("、"):
        h = _head_at_end(part, lex) if part else None
        if h is None or not h.place or len(part) > len(h.word) + 2:
            return 0
    return close + 1 - p


# ---- the noun after the number (300名党员, 4350只KF94型口罩, 300顶用于安置群众的帐篷)

def _noun_after_count(text: str, num: _Number, unit: Unit, figure: Figure, lex: Lexicon) -> Counted:
    """The noun read after the number and its unit, in the shapes it takes there (an empty noun if none).

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); num = _Number(0, 3, 300.0, None, "exact", False, False)
    >>> _noun_after_count("300名党员参加", num, Unit(None, lex.classifiers["名"], 4), Figure(0, 4, 300.0, "exact", "", ""), lex)[0]
    '党员'
    """
    classifier, unit_end, end = unit.classifier, unit.end, figure.end
    entity = ""
    n, head = _first_noun_after(text, end, unit, lex)
    if classifier is not None:  # (the readings below are all of a noun a classifier counts)
        if not n or (classifier.kind == "count" and classifier.category
                     and (head is None or head.category != classifier.category)):  # (else the noun is its own kind)
            n, head, entity = _noun_past_de(text, end, unit_end, classifier, num, n, head, lex)
        if n and classifier.category == "personnel":
            n, head = _people_noun_after(text, end, classifier, n, head, lex)
        n, head = _noun_edges(text, end, classifier, n, head, lex)
    if not n and not entity and classifier is not None and classifier.kind == "count" and end == unit_end:
        b2, n2, h2 = _noun_after_aside(text, end, classifier, lex)
        if n2:
            entity, head = text[b2:b2 + n2], h2  # 800多名(计划内413名)各类干部人才: a note between count and noun
    if n:
        entity, end = text[end:end + n], end + n
        entity = entity[1:] if entity.startswith("的") else entity  # 127万的|注册义工
    elif entity:
        pass
    elif classifier is not None and (classifier.kind in ("measure", "money") or figure.after_kind) \
            and text.startswith("的", end):
        # 近10吨的物资, 价值9万元的防护口罩, 200个左右的帐篷: the goods after 的 are the entity (the surface stays
        # the figure); only a known head of goods, so 1000元的标准 keeps no entity.
        n2, h2 = _goods_after_de(text, end + 1, ("supplies",), lex)
        if n2:
            entity, head = text[end + 1:end + 1 + n2], h2
    return Counted(entity, head, "after" if entity else "", figure.start, end)  # (all these follow the number)


def _first_noun_after(text: str, end: int, unit: Unit, lex: Lexicon) -> tuple[int, Head | None]:
    """The first reading of the noun after the number (its length and head): a listed or open noun, the bare noun
    itself, a noun past its modifier, a model code, an age, the people after a 的.

    >>> from .wordlists import lexicon
    >>> lex = lexicon()
    >>> _first_noun_after("4350只KF94型口罩", 5, Unit(None, lex.classifiers["只"], 5), lex)[0]
    7
    """
    classifier = unit.classifier
    n, head = noun_after(text, end, classifier is not None and classifier.category == "personnel", lex,
                         fallback=classifier is not None and classifier.kind != "money")
    if classifier is None:
        bm = lex.bare_re.match(text, end)  # 613机关党员: the bare noun itself, though 机关 is a head too
        if bm is not None and bm.end() - end > n:
            n, head = bm.end() - end, lex.heads[bm.group()]
        modified = unit.modified
        if modified is not None and (modified[0] > n or _demonym(text, end) == modified[0]):
            n, head = modified  # (12万武汉人|报名成为志愿者: the people of the place, not a clause running on)
    elif n == 0 and end < len(text) and text[end] < "\x80":
        if classifier.category == "personnel" and text[end].isdigit():
            n, head = _aged_people(text, end, lex)  # 33名35岁及以下青年
        else:
            n, head = _coded_goods(text, end, lex)  # 4350只KF94型口罩: a model code before the goods
            if not n and text[end].isdigit() and not classifier.category:
                n, head = _aged_people(text, end, lex)  # 两个70多岁的老太婆: people with their age first
            if not n:
                n, head = _coded_noun(text, end, classifier, lex)  # 31个A级景区: a code before the noun
    elif n and text.startswith("的", end + n) and classifier.category == "personnel" \
            and head is not None and head.category != "personnel":
        # 1.7万名来自各组织的义工: the people after the 的 are what 名 counts
        n2, h2 = noun_after(text, end + n + 1, True, lex, fallback=False)
        if n2 and h2 is not None and h2.category == "personnel":
            n, head = n + 1 + n2, h2
    return n, head


def _noun_past_de(text: str, end: int, unit_end: int, classifier: Classifier | None, num: _Number, n: int,
                  head: Head | None, lex: Lexicon) -> tuple[int, Head | None, str]:
    """The noun a count reaches past a 的 (a relative clause, a 的 right after the classifier, the teams past their
    members): (length, head, entity), the entity set when the noun does not follow the figure at once.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); num = _Number(0, 3, 300.0, None, "exact", False, False)
    >>> n, head, entity = _noun_past_de("300顶用于安置群众的帐篷", 4, 4, lex.classifiers["顶"], num, 0, None, lex)
    >>> n, head.word
    (9, '帐篷')
    """
    entity = ""
    if not n and classifier is not None and (classifier.kind in ("count", "event") or _goods_measure(classifier)) \
            and not num.is_one and end == unit_end and text.startswith("的", end):
        # 约188场次的捐血活动, 五万名的专职人力: a 的 right after the classifier (Hong Kong and Taiwan usage)
        # links the count to its noun; the surface stays the figure
        n2, h2 = _noun_right_after_de(text, end + 1, classifier, lex)
        if n2:
            entity, head = text[end + 1:end + 1 + n2], h2
    elif not n and classifier is not None and classifier.kind == "count" and not num.is_one:
        # 300顶用于安置群众的帐篷 (not 一个重要的安置点: an article and a description)
        n, head = _noun_after_de(text, end, classifier, lex)
        k, n2, h2 = (0, 0, None) if n else _teams_after_size(text, end, classifier, lex)
        if n2:
            entity, head = text[k:k + n2], h2  # 281支4913人的…救援队伍: the teams' noun past their members (q30);
            # the surface stays the figure, the members are a count of their own
    elif n and classifier is not None and classifier.kind == "count" and classifier.category \
            and (head is None or head.category != classifier.category) \
            and (not num.is_one or classifier.category == "organization"):
        # 三所新型冠状病毒感染的肺炎救治定点医院: a noun of no kind the classifier counts, inside a
        # relative clause; the noun after its 的 that fits the classifier is what is counted (also
        # for one team sent: 一支县里下派的扶贫工作队, CODEBOOK)
        n2, h2 = _noun_after_de(text, end, classifier, lex)
        if n2 and h2 is not None and h2.category == classifier.category:
            n, head = n2, h2
    return n, head, entity


def _goods_measure(classifier: Classifier) -> bool:
    """A measure of goods (袋, 箱, 吨: classifiers.csv measure, supplies): like a count, it links to its noun by a 的
    right after it (捐出127袋的热血, round q25n); the noun must still fit it and end at a boundary.

    >>> from .wordlists import lexicon
    >>> c = lexicon().classifiers; _goods_measure(c["袋"]), _goods_measure(c["元"]), _goods_measure(c["个"])
    (True, False, False)
    """
    return classifier.kind == "measure" and classifier.category == "supplies"


def _people_noun_after(text: str, end: int, classifier: Classifier | None, n: int, head: Head | None,
                       lex: Lexicon) -> tuple[int, Head | None]:
    """For 名 and 位, which count people: the reading of the noun after them that names people.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); n, head = noun_after("4名困难大学新生", 2, True, lex)
    >>> _people_noun_after("4名困难大学新生", 2, lex.classifiers["名"], n, head, lex)[0]
    6
    """
    if n and classifier is not None and classifier.category == "personnel" and classifier.noun == "both" \
            and head is not None and not head.open and head.category != "personnel" and not _case(head, classifier):
        # 4名困难|大学新生: a listed word that is no noun of people (困难, 家庭) begins the people's name;
        # the open reading that ends in a form of people is what 名 counts
        n2, h2 = open_noun_after(text, end, lex)
        if n2 > n and h2 is not None and h2.category == "personnel":
            n, head = n2, h2
    if n and head is not None and head.open and classifier is not None and classifier.category == "personnel" \
            and classifier.noun == "both" and not _fits(head, classifier):
        n2, h2 = _people_prefix(text[end:end + n], lex)
        if n2:
            n, head = n2, h2
        # a noun read from the language that names no people is not what 名/位 counts; its first
        # words may (762名贫困群众|圆了安居梦); if none does, the noun is kept (19位救火英雄)
    return n, head


def _people_prefix(noun: str, lex: Lexicon) -> tuple[int, Head | None]:
    """The longest start of `noun` that is a word or ends with one of its words (jieba's) and has the form
    of people, at least two characters; (0, None) if none.

    >>> from .wordlists import lexicon
    >>> lex = lexicon()
    >>> _people_prefix("贫困群众圆", lex)[0], _people_prefix("成分献血", lex)[0]
    (4, 0)
    """
    bounds, k = set(), 0
    for word, _ in _tagged(noun):
        k += len(word)
        bounds.add(k)
    for k in range(len(noun) - 1, 1, -1):
        if k in bounds or _word_freq(noun[:k]):
            head = open_head(noun[:k], lex)
            if head.category in ("personnel", "coverage") and not head.place:
                return k, head
    return 0, None


def _noun_after_sum(text: str, numeral_end: int, unit: Unit, found: Counted, lex: Lexicon) -> Counted:
    """A sum with no unit counts the goods it values after 的 (货值约10万的呼吸面罩) or the funds right after it (5亿善款).

    >>> from .wordlists import lexicon
    >>> _noun_after_sum("已收5亿善款", 4, Unit(None, None, 4, funds_after=2), Counted("", None, "", 2, 4), lexicon())[::2]
    ('善款', 'after', 6)
    """
    end = found.end
    if unit.headline and text.startswith("的", end):
        n2, h2 = _goods_after_de(text, end + 1, ("supplies", "funds"), lex)  # 货值约10万的呼吸面罩: the goods valued
        if n2:
            return Counted(text[end + 1:end + 1 + n2], h2, "after", found.start, end)
    elif unit.funds_after and end == numeral_end:
        entity = text[end:end + unit.funds_after]  # 5亿善款: the funds are the noun
        return Counted(entity, _head_at_end(entity, lex), "after", found.start, end + unit.funds_after)
    return found


# ---- the noun before the number, or in its clause (志愿者达18万人次, 送水近300吨, 党费, 投资20万)

def _noun_before_count(text: str, floor: int, unit: Unit, found: Counted, lex: Lexicon) -> Counted:
    """The noun named before the number (志愿者达18万人次), when none follows it; the figure then starts there.

    >>> from .wordlists import lexicon
    >>> lex = lexicon()
    >>> found = _noun_before_count("志愿者达18万人次", 0, Unit(None, lex.classifiers["人次"], 9), Counted("", None, "", 4, 9), lex)
    >>> found.entity, found.noun_from, found.start
    ('志愿者', 'before', 0)
    >>> _noun_before_count("累计服务群众8674人次", 0, Unit(None, lex.classifiers["人次"], 12), Counted("", None, "", 6, 12), lex)[0]
    ''
    """
    classifier, noun = unit.classifier, (unit.classifier.noun if unit.classifier else "both")
    b_start, b_end, bhead = noun_before(text, found.start, floor,
                                        lex.classifiers.get("元") if unit.headline else classifier, lex)
    if b_end > b_start and not (noun == "before" and classifier is not None and classifier.kind == "event"
                                and (bhead is None or bhead.category in ("activity", "")
                                     or (bhead.bare and _serves(text[b_start:b_end], lex)))):
        # (警力5624人次, 志愿者达18万人次: the people of person-times, not a service: 义务服务近2000人次; nor
        # the people a service reaches, 累计服务群众8674人次, design/tricky_phrases.csv: person-times of a service)
        return Counted(text[b_start:b_end], bhead, "before", b_start, found.end)
    return found


def _serves(noun: str, lex: Lexicon) -> bool:
    """Whether a noun phrase begins with a verb of a service (a listed noun of activity the dictionary files as a
    verb: 服务群众), so that the people after it are those served.

    >>> from .wordlists import lexicon
    >>> _serves("服务群众", lexicon()), _serves("抗旱人员", lexicon())
    (True, False)
    """
    words = _tagged(noun)
    if len(words) < 2 or words[0][1] not in ("v", "vn"):
        return False
    h = lex.heads.get(words[0][0])
    return h is not None and h.category == "activity"


_INVESTED_REACH = 8
# a word of investing right before a bare sum, with at most an adverb of amount between (总投资接近5亿, 投资20万)
_INVESTED = re.compile(r"((?:总|累计|计划|协议)?投资)(?:额)?(?:约|近|达|逾|超|超过|接近|共|共计|合计|达到)?\Z")


def _noun_of_clause(text: str, floor: int, unit: Unit, found: Counted, lex: Lexicon) -> Counted:
    """The noun the clause gives a figure that has none of its own: the water a measure carries (送水近300吨), the
    funds the clause names for money (党费, 善款), the investment a bare sum is (投资20万).

    >>> from .wordlists import lexicon
    >>> _noun_of_clause("项目总投资接近5亿", 0, Unit(None, None, 9, headline=True), Counted("", None, "", 7, 9), lexicon())[::2]
    ('总投资', 'context', 9)
    """
    classifier, entity, head, noun_from, start = unit.classifier, found.entity, found.head, found.noun_from, found.start
    if classifier is not None and classifier.kind == "measure" and _water_carried(text, start, entity):
        entity, head, noun_from = _WATER, _head_at_end(_WATER, lex), "before"  # 送水近300吨 (round q28): the water carried
    if not entity and (unit.headline or (classifier is not None and classifier.kind == "money")):
        entity = money_source(text, start, floor, lex)
        noun_from = "context" if entity else ""  # (the funds the clause names: 党费, 善款)
        if not entity and unit.headline:
            invested = _INVESTED.search(text, max(floor, start - _INVESTED_REACH, 0), start)
            if invested is not None:
                entity, noun_from = invested.group(1), "context"  # 投资20万, 总投资接近5亿: the investment is the money
    if entity == found.entity and noun_from == found.noun_from and head is found.head:
        return found  # (the common case: nothing to add; a tuple is built only for a change)
    return Counted(entity, head, noun_from, start, found.end)


# ---- an excerpt cut off inside the noun

def _cut_off(text: str, floor: int, unit: Unit, found: Counted) -> bool:
    """Whether the excerpt ends inside the figure's noun phrase, so that no noun can be read (CODEBOOK).

    >>> from .wordlists import lexicon
    >>> _cut_off("前言。消防人员连续奋战了60多个", 0, Unit(None, lexicon().classifiers["个"], 18), Counted("", None, "", 13, 18))
    True
    """
    classifier, entity, head, start, end = unit.classifier, found.entity, found.head, found.start, found.end
    if entity and end > unit.end and end == start + len(text[start:].rstrip()) \
            and (head is None or (head.open and not head.category)) and _cut_noun(entity):
        return True  # 服务全国832个贫困|: the excerpt ends inside the noun phrase; no noun can be read (CODEBOOK)
    if not entity and classifier is not None and classifier.word == _GE and not text[end:].strip() \
            and _SENTENCE_END_RE.search(text, 0, start) is not None \
            and (floor == 0 or _CLAUSE_END_RE.search(text, floor, start) is not None):
        return True  # …。消防人员连续奋战了60多个|: 个 ends a report of several sentences in mid-sentence, with no noun
        # named before it; the excerpt cut its noun off (CODEBOOK) (not 175个安置点已开工156个|: a count earlier in
        # the clause names what is counted; not one sentence alone, 每人2个, which is whole)
    return False


# ---- what the noun says of the count

def _counts_its_noun(text: str, num: _Number, unit: Unit, found: Counted, households: bool, lex: Lexicon) -> bool:
    """Whether the unit counts the noun found: not a classifier of other nouns only (口 of wells), nor a lone 一 of
    no known noun, nor a classifier beginning a verb with nothing it counts (支 of 支援).

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); num = _Number(0, 1, 1.0, None, "exact", True, True)
    >>> _counts_its_noun("一个目标", num, Unit(None, lex.classifiers["个"], 2), Counted("目标", None, "after", 0, 4), False, lex)
    False
    """
    classifier, unit_end, entity, head, end = unit.classifier, unit.end, found.entity, found.head, found.end
    if classifier is not None and classifier.heads and not entity.endswith(classifier.heads) and (
            classifier.word not in _NO_UNIT or end == unit_end or text.startswith("的", end) or _noun_compound(entity)) \
            and not households:
        return False  # 口 of 口罩, 口岸, 人口: not the classifier of wells and ponds (classifiers.csv heads); round q25: N大
        # counts any noun read after it as the phrase's head, not before 的 (四大超商的10114笔) nor a compound's first
    if num.is_one and not (_one_item(classifier, head) if _goods_unit(classifier)
                           else head is not None and (not head.open or _listed_count(text, num.start, lex))):
        return False  # 一个目标, a lone 一支: 一 counts only a known countable noun (一名网格员)
    cm = unit.match
    if cm is not None and (not entity or (head is not None and classifier.category
                                          and head.category != classifier.category)) \
            and cm.group() in lex.verb_classifiers:
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > unit_end:
            # 逾四亿支援内地, 两亿支援灾区: 支 begins the verb 支援, and no teams follow (两支援藏医疗队 does)
            return False
    return True


def _noun_compound(noun: str) -> bool:
    """A common noun followed by another of two or more characters (超商|通路, 主导产业|产值): a compound whose first
    noun a count before it modifies (round q25); a one-character suffix (产业园|区) or a name (政党|民建联) is none.

    >>> _noun_compound("超商通路"), _noun_compound("产业园区"), _noun_compound("主要政党民建联"), _noun_compound("支持计划")
    (True, False, False, False)
    """
    words = _tagged(noun)
    return any(t1 == "n" and t2 == "n" and len(w2) >= 2 for (_, t1), (w2, t2) in zip(words, words[1:]))
