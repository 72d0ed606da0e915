"""Quantities, step 6 (candidate), the counted noun at its edges: where the noun read after a count ends, and the goods a
set counts.

`_noun_edges` settles the noun after the classifier: a division's or a common noun's one character alone (5个省, 3座桥),
no place or people after money, a Latin acronym ending the noun (一台移动DR). `_goods_of_set` reads the goods named
before a unit that names itself and is also a set (鲜冻食品506组). Both were parts of `counted_noun` (round k17 moved
them here and added the one-character noun and the set).
"""
from __future__ import annotations

import re

from .numbers import _NUMERAL_START
from .records import Classifier, Counted, Head, Lexicon, Unit
from .text import DIVISION_CHARS
from .window_tags import _dictionary_tag, _word_freq
from .open_nouns import open_head
from .nouns_before import noun_before

_GE = "个"
_NO_UNIT = ("大",)  # 7大扶贫产业: 大 reads like a classifier but is none; the count has no unit (round q17)


# an acronym in capitals right after a Chinese noun ends it (重症ICU, 移动DR, 螺旋CT), when the phrase ends there
# (punctuation or a conjunction after it; 呼吸机PCR检测 is no such noun)
_ACRONYM_END = re.compile("[A-Z]{2,5}(?:(?![A-Za-z0-9\u4e00-\u9fff])|(?=[和及与]))")


def _noun_edges(text: str, end: int, classifier: Classifier | None, n: int, head: Head | None,
                lex: Lexicon) -> tuple[int, Head | None]:
    """The noun's edges: a division's one character alone (5个省), no noun of a place or people after money, a
    Latin acronym ending the noun (一台移动DR).

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); _noun_edges("5个省开展督察", 2, lex.classifiers["个"], 0, None, lex)[0]
    1
    >>> _noun_edges("冲坏3座桥，", 4, lex.classifiers["座"], 0, None, lex)[0]
    1
    >>> _noun_edges("50户计200人", 3, lex.classifiers["户"], 0, None, lex)[0]
    0
    """
    if not n and classifier is not None and classifier.word == _GE and text[end:end + 1] in DIVISION_CHARS \
            and end + 1 < len(text) and not _word_freq(text[end:end + 2]):
        n, head = 1, Head(text[end], "coverage", False, False, place=True)  # 5个省开展督察: a division alone
        # (counted with 个, a division's one-character name may stand alone as the noun)
    if not n and classifier is not None and classifier.kind == "count" and classifier.word not in _NO_UNIT \
            and text.endswith(classifier.word, 0, end) and _lone_noun_char(text, end) \
            and lex.stop_re.fullmatch(text[end]) is None:  # (1068户|计3096人: 计 is a verb of totalling)
        # (right after the classifier itself: not past a note in brackets, 1068户(hù)|计)
        n, head = 1, open_head(text[end])  # 3座桥, 12个社, 234个班: a one-character noun ends the phrase (round k17)
    if n and classifier is not None and classifier.kind == "money" \
            and (head is None or head.category not in ("funds", "supplies")):
        n, head = 0, None  # 一百万澳门元捐灾区同胞: money is never a place or people
    if n and classifier is not None and classifier.kind == "count" and "\u4e00" <= text[end + n - 1] <= "\u9fff":
        acronym = _ACRONYM_END.match(text, end + n)
        if acronym is not None:
            n += acronym.end() - (end + n)  # 一个重症ICU, 一台移动DR: a Latin acronym ends the noun (round q18)
    return n, head


_LONE_NOUN_TAGS = frozenset({"n"})  # jieba's dictionary tag of a common noun standing alone (桥, 社, 营, 班)
_LONE_NOUN_FORMS = frozenset({"组"})  # a one-character team of head_forms.csv the dictionary files otherwise (zg)
_LONE_NOUN_NOT = frozenset("人")  # 人 after a classifier is the people of households (十多个人, `_households_people`)


def _lone_noun_char(text: str, p: int) -> bool:
    """Whether text[p] is a one-character common noun that stands alone after a classifier (3座桥, 全乡46个社, 新增
    234个班, 1493个组): jieba's dictionary files the character alone as a noun (or it is a one-character team, 组),
    it forms no word with the character after it, and the phrase ends right after it (punctuation, a digit, the
    next count, a conjunction of a list; not the end of the text, where an excerpt may have cut a word). A one-character noun is too little to be read from
    the language in the middle of a clause (`open_noun_after` wants two), but at such an end nothing else can be
    what the classifier counts.

    >>> _lone_noun_char("冲坏了3座桥，", 5), _lone_noun_char("46个社143个", 3), _lone_noun_char("3座桥梁", 2)
    (True, True, False)
    >>> _lone_noun_char("十多个人，", 3), _lone_noun_char("两个搜救组", 2)
    (False, False)
    """
    if p >= len(text) or not "\u4e00" <= text[p] <= "\u9fff" or text[p] in _LONE_NOUN_NOT:
        return False
    if _dictionary_tag(text[p]) not in _LONE_NOUN_TAGS and text[p] not in _LONE_NOUN_FORMS:
        return False
    nxt = text[p + 1:p + 2]
    if not nxt:
        return False
    if "\u4e00" <= nxt <= "\u9fff":
        if _word_freq(text[p:p + 2]):
            return False  # 桥梁, 社会: the character begins a longer word
        return nxt in "和及与" or nxt in _NUMERAL_START  # a Chinese numeral begins the next count
    return not nxt.isalpha() or nxt.isdigit()  # (a Latin letter may go on the noun: 3个A级)



def _goods_of_set(text: str, floor: int, unit: Unit, found: Counted, lex: Lexicon) -> Counted:
    """A unit that names itself and is also a set of goods (组: a village group, and a set: 背负式灭火器5组): goods
    named right before the number are what it counts (noun-first, like 帐篷300顶); else the unit itself.

    >>> from .wordlists import lexicon
    >>> lex = lexicon(); t = "捐赠鲜冻食品506组、"
    >>> _goods_of_set(t, 0, Unit(None, lex.classifiers["组"], 10), Counted("组", None, "unit", 6, 10), lex)[::2]
    ('鲜冻食品', 'before', 10)
    >>> t = "救援人员分成两组行动"
    >>> _goods_of_set(t, 0, Unit(None, lex.classifiers["组"], 8), Counted("组", None, "unit", 6, 8), lex)[0]
    '组'
    """
    b_start, b_end, bhead = noun_before(text, found.start, floor, unit.classifier, lex)
    if b_end > b_start and b_end == found.start and bhead is not None and bhead.category == "supplies":
        return Counted(text[b_start:b_end], bhead, "before", b_start, found.end)
    return found
