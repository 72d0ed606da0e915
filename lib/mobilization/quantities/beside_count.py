"""Quantities, step 6 (beside `candidate`): what stands right beside a numeral and its classifier says whether it
counts and what: the next of a numbered series (3组、4组), a numeral numbering a name (红星六村), a pair of divisions
after digits (16省市), the people of households counted in 口, water carried (round q28), persons counted by 个 (q30);
`_households_people` is the step of `counted_noun` that reads those people (round f16).
"""
from __future__ import annotations

import re

from .heads import _head_at_end
from .numbers import _NUMERAL_CHARS, _Number
from .records import Counted, Lexicon, Unit
from .text import DIVISION_CHARS, _names_listed
from .window_tags import _tagged
from .wordlists import noun_shape_words


_HOUSEHOLDS_BEFORE = re.compile("[" + "".join(sorted(_NUMERAL_CHARS)) + "]+[多余]?户[,，、]?\\Z")  # a count of households
# right before, or before a comma (共有村民240户,800口人: round q30)


def _people_of_households(text: str, i: int, j: int) -> bool:
    """口人 after the numeral at text[i] (its unit 口 ends at text[j]) right after a count of households (86户352口人): the
    people of those households, a population counted in 口 (round q28). A family's size with no households before it
    (家里5口人, 一家三口) is left alone: the golds split on it (docs/rounds/q27n.md).

    >>> _people_of_households("全村86户352口人", 5, 9), _people_of_households("家里5口人", 2, 4)
    (True, False)
    >>> _people_of_households("全村86户,352口人", 6, 10)
    True
    """
    return text[j - 1:j + 1] == "口人" and _HOUSEHOLDS_BEFORE.search(text, max(0, i - 12), i) is not None


def _households_noun(text: str, i: int, lex: Lexicon) -> str:
    """The noun of the people counted in 口 after a count of households whose numeral starts at text[i]: the noun of
    people reached that names those households (共有村民240户,800口人: 村民), else 人 (86户352口人). Round q30.

    >>> from .wordlists import lexicon
    >>> _households_noun("全村共有村民240户,800口人", 11, lexicon()), _households_noun("全村86户352口人", 5, lexicon())
    ('村民', '人')
    """
    m = _HOUSEHOLDS_BEFORE.search(text, max(0, i - 12), i)
    head = _head_at_end(text[max(0, m.start() - 6):m.start()], lex) if m is not None else None
    return head.word if head is not None and head.reached and not head.place else "人"


def _persons_after_ge(text: str, j: int) -> bool:
    """人 alone after 个 (its unit ends at text[j]): a count of persons (十多个人, 3个人帮忙), where jieba reads 个人
    (an individual) as one word and no noun would follow. 人 that begins a longer word (5个人员, 两个人民团体) is not
    the noun alone. Round q30; the caller leaves 一个人 (alone) out, a narrative one.

    >>> _persons_after_ge("塞了十多个人。", 5), _persons_after_ge("3个人帮忙", 2), _persons_after_ge("5个人员", 2)
    (True, True, False)
    """
    if text[j - 1:j + 1] != "个人":
        return False
    words = _tagged(text[j:j + 6])
    return bool(words) and words[0][0] == "人"


_GE = "个"
_PERSON = "人"  # after 口 or 个: the people of households, persons (86户352口人, 十多个人)


def _households_people(text: str, num: _Number, unit: Unit, found: Counted, lex: Lexicon) -> tuple[Counted, bool]:
    """The people counted beside households (86户352口人, 村民240户,800口人) or by 个 (十多个人): their noun, and
    whether the figure is such people.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); num = _Number(3, 6, 352.0, None, "exact", False, False)
    >>> found, yes = _households_people("86户352口人", num, Unit(None, lex.classifiers["口"], 7), Counted("", None, "", 3, 7), lex)
    >>> found.entity, found.end, yes
    ('人', 8, True)
    """
    classifier, unit_end, entity = unit.classifier, unit.end, found.entity
    in_households = classifier is not None and _people_of_households(text, num.start, unit_end)
    households_people = in_households or (classifier is not None and not entity and not num.is_one
                                          and classifier.word == _GE and _persons_after_ge(text, unit_end))
    if households_people:
        entity = _households_noun(text, num.start, lex) if in_households else _PERSON  # (村民240户,800口人: 村民, q30)
        found = Counted(entity, _head_at_end(entity, lex), "after", found.start, unit_end + 1)
        # 86户352口人: the people (十多个人: persons counted by 个, round q30)
    return found, households_people


_VILLAGE = "村"  # the unit that numbers estates and villages after a name (红星六村, 新华二村); not 市 (河南六市 counts)
_NAME_TAGS = ("nr", "ns", "nz")  # jieba's tags of proper names (people, places, others): 新华 nz, 宝山 nr
_NOT_NAMING = "两几数"  # numerals that count, never number a place (沪港两地, 几村)


def _numbered_after_name(text: str, i: int, j: int) -> bool:
    """The Chinese numeral text[i:j] follows a proper name glued to it whose last character is no division (红星|六村,
    新华|二村): the numeral numbers the place named (Village 6 of Hongxing), it counts none (round q28). After a list
    of names (浦东、静安、宝山四区, 周上和刘皇三村) or a division (全县八村, 岔峪村三村) it counts them.

    >>> _numbered_after_name("红星六村居委会", 2, 3), _numbered_after_name("全县八村", 2, 3), _numbered_after_name("沪港两地", 2, 3)
    (True, False, False)
    """
    if i == 0 or text[i:j] in _NOT_NAMING or text[i - 1] in DIVISION_CHARS or _names_listed(text, i):
        return False
    words = _tagged(text[max(0, i - 6):i])
    return bool(words) and len(words[-1][0]) >= 2 and words[-1][1] in _NAME_TAGS


_WATER = "水"


def _water_carried(text: str, start: int, entity: str) -> bool:
    """A verb of carrying water (送水, 运水, 拉水: data/noun_shape_words.csv water_carried) ends right before the
    weight or volume at text[start] (the approximation word left out), or ends the noun read there (群众运水): the count
    is the water carried, and 水, too short a noun to list (洪水, 积水, 水量), is its noun (round q28).

    >>> _water_carried("为村民送水近300吨", 5, ""), _water_carried("为群众运水2000吨", 3, "群众运水"), _water_carried("运送物资8吨", 4, "物资")
    (True, True, False)
    """
    words = noun_shape_words("water_carried")
    return entity.endswith(words) if entity else text[max(0, start - 4):start].endswith(words)


def _divisions_pair(text: str, unit_end: int) -> bool:
    """The place unit that ends at text[unit_end] begins a word of two divisions (省|市, 县|区): after digits, which
    write a count and never a name's numeral, the pair counts itself (已有16省市出台补贴政策: 16 provinces and
    cities; round q28). After a Chinese numeral the word stays a name's (十省市商会) unless the names are listed.

    >>> _divisions_pair("16省市出", 3), _divisions_pair("300村民", 4)
    (True, False)
    """
    return text[unit_end:unit_end + 1] in DIVISION_CHARS


def _numbered_series(text: str, i: int, unit: str) -> bool:
    """The numeral at text[i] follows a numeral and the same unit, then 、 (3组、4组; 5村、6村): the next of a series
    of numbered names (CODEBOOK.md: 7组 as a name), as 一区二区三区 is without the 、 (round q28).

    >>> _numbered_series("该村3组、4组", 5, "组"), _numbered_series("分成3个组、5组", 6, "组"), _numbered_series("3组", 0, "组")
    (True, False, False)
    """
    k = i - len(unit) - 1
    return k > 0 and text[k:i] == unit + "、" and text[k - 1] in _NUMERAL_CHARS
