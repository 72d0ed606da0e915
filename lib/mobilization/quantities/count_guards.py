"""Quantities, step 6 (candidate), the guards: a numeral and its unit that are no count, whatever noun follows.

`no_count` rejects, before any noun is read: a year, the article 一 (一位, 一个叫…) and reduplication (一个个); a
numeral that is part of a word (三轮车, 300村民); a numeral that names or numbers (二组, 303区, 红星六村, 3组、4组); the
size of one thing (25公斤装) and kinds dividing a figure (5类1949辆); the contexts of exclusions.csv and the name of a
quoted list (“减负、加力”四项行动).
"""
from __future__ import annotations

import math
import re

from .records import Classifier, Lexicon, Unit
from .text import _ASCII_LETTER, _CLOSE_QUOTES, _names_listed
from .wordlists import lexicon
from .numbers import _NUMERAL_CHARS, _Number, _numeral_follows
from .exclusions import _excluded, _labels_list
from .window_tags import _dictionary_tag, _word_freq
from .open_nouns import _fits, open_head
from .beside_count import _VILLAGE, _divisions_pair, _numbered_after_name, _numbered_series
from .noun_shapes import _begins_word, _goods_unit, _joined_to_numeral


def no_count(text: str, m: re.Match, num: _Number, unit: Unit, lex: Lexicon) -> bool:
    """Whether the numeral with its unit is no count, whatever follows (each guard says why).

    >>> from .numbers import candidates, _read_number
    >>> lex = lexicon()
    >>> def guarded(text):
    ...     m = next(candidates(text)); cm = lex.classifier_re.match(text, m.end())
    ...     unit = Unit(cm, lex.classifiers[cm.group()] if cm else None, cm.end() if cm else m.end())
    ...     return no_count(text, m, _read_number(m, lex, text), unit, lex)
    >>> guarded("一位老人"), guarded("一个个村庄"), guarded("三轮车"), guarded("303区"), guarded("三名医生")
    (True, True, True, True, False)
    """
    classifier = unit.classifier
    if classifier is None:
        # No classifier: only a noun that may follow a bare numeral (六部门, 1万多党员干部).
        if num.is_one:
            return True
        if not num.chinese and 1900 <= num.value <= 2100 and not m.group("scale"):
            return True  # a year
    # (a family of guards is asked only when the cheap test its guards share holds: most figures meet none, and a
    # call for each figure costs time, round f16)
    elif ((num.is_one or text.startswith(classifier.word, unit.end)) and _an_article(text, num, unit)) \
            or ((classifier.begins or num.chinese) and _part_of_word(text, num, unit)) \
            or ((classifier.noun == "self" or classifier.word in _NUMBERED_UNITS or text[num.start:m.end()] == "二")
                and _names_not_counts(text, m, num, unit)) \
            or ((classifier.kind == "measure" or classifier.word in _KINDS) and _size_or_kinds(text, unit)):
        return True
    return _excluded_context(text, num, unit, lex)


_CALLED = ("叫", "名叫", "名为", "叫做", "称为")  # verbs of naming right after 一 + classifier: an article


def _an_article(text: str, num: _Number, unit: Unit) -> bool:
    """一 + classifier as the article "a" (一位, 一支五十余人的队伍, 一个叫…), and a reduplicated classifier (一个个).

    >>> c = lexicon().classifiers; one = _Number(0, 1, 1.0, None, "exact", True, True)
    >>> _an_article("一批物资", one, Unit(None, c["批"], 2)), _an_article("一名网格员", one, Unit(None, c["名"], 2))
    (True, False)
    """
    classifier, unit_end = unit.classifier, unit.end
    if num.is_one and classifier.one != "count" and not _goods_unit(classifier):
        return True  # 一位, 一批, 一封: the article "a"
    if text.startswith(classifier.word, unit_end) and (num.is_one or not _word_freq(text[unit_end:unit_end + 2])):
        return True  # 一个个, 一批批 (not 两个|个案: a word that begins with the classifier's character, round q21)
    if num.is_one and _numeral_follows(text, unit_end):
        return True  # 一支五十余人的队伍: the article "a"; the figure is the number after it
    if num.is_one and text.startswith(_CALLED, unit_end):
        return True  # 一个叫公安县的地方, 一位名叫张华的老人: the article "a" before a name (round q18)
    return False


def _part_of_word(text: str, num: _Number, unit: Unit) -> bool:
    """The unit begins a longer word (300村民), or the numeral begins one (三轮车): no count.

    >>> c = lexicon().classifiers; three = _Number(0, 1, 3.0, None, "exact", True, False)
    >>> _part_of_word("三轮车", three, Unit(re.compile("轮").match("三轮车", 1), c["轮"], 2))
    True
    """
    classifier, cm, unit_end = unit.classifier, unit.match, unit.end
    if classifier.begins and unit_end < len(text) and _word_freq(text[cm.start():unit_end + 1]) \
            and _begins_word(text, cm.start()) and not (num.chinese and _joined_to_numeral(text, num.start, cm.start())) \
            and not (classifier.noun == "self" and _names_listed(text, num.start)) \
            and not (classifier.noun == "self" and not num.chinese and _divisions_pair(text, unit_end)):
        return True  # 300村民, 两省市: the unit begins a longer word (not 两组|分别), which is the noun (but
        # 上海、江苏…六省市 after the places' names counts them, round q27n; and digits before a pair of divisions,
        # 16省市, count them, round q28)
    if num.chinese and _lexicalised(text, num.start, unit_end, classifier):
        return True  # 三轮车, 两位数增长, 万元户 (round q16): the numeral is part of a word, not a count
    return False


_LEXICALISED_REACH = 3  # how far past the classifier a word that begins at the numeral is looked for


def _lexicalised(text: str, start: int, unit_end: int, classifier: Classifier) -> bool:
    """A word of jieba's dictionary begins at the numeral and runs past its classifier (三轮车, 两位数, 万元户):
    the numeral is a part of that word, not a count (round q16). Not when the dictionary's word is itself a
    numeral phrase (一个家, tag m), nor when what follows the classifier is a noun it counts (两辆车: 辆 counts
    车, the word is only a frequent count); a word that ends with the classifier (一个, 十个) leaves it alone.
    A second classifier after the first is no noun (三件套, 四件套: the name of a set).

    >>> c = lexicon().classifiers
    >>> _lexicalised("三轮车", 0, 2, c["轮"]), _lexicalised("两位数增长", 0, 2, c["位"]), _lexicalised("三个村", 0, 2, c["个"])
    (True, True, False)
    >>> _lexicalised("两辆车", 0, 2, c["辆"]), _lexicalised("一个家庭", 0, 2, c["个"])
    (False, False)
    >>> _lexicalised("慰问品三件套", 3, 5, c["件"])  # (三件套: 套 is a classifier, no noun 件 counts; round q21)
    True
    """
    for e in range(unit_end + 1, min(unit_end + _LEXICALISED_REACH, len(text)) + 1):
        word = text[start:e]
        if not _word_freq(word):
            continue
        tag = _dictionary_tag(word)
        if tag and tag != "m" and (classifier.kind in ("event", "measure") or _second_unit(text[unit_end:e])
                                   or not _fits(open_head(text[unit_end:e]), classifier)):
            return True
    return False


def _second_unit(x: str) -> bool:
    """x is a classifier and no noun (套 in 三件套; not 车, which is both: 两辆车).

    >>> _second_unit("套"), _second_unit("车")
    (True, False)
    """
    lex = lexicon()
    return x in lex.classifiers and x not in lex.heads


_NUMBERED_UNITS = (_VILLAGE, "区")  # the units named by a numeral whatever they count (红星六村, 狮子会18区)
_DIGIT_BY_DIGIT = re.compile("[零〇一二两三四五六七八九]{2,}")
_NAMED_PLACE = 100  # from here on, digits right before a place noun are its name (303区, 217省道)


def _names_not_counts(text: str, m: re.Match, num: _Number, unit: Unit) -> bool:
    """The numeral names or numbers what its unit says (二组, 303区, 红星六村, 3组、4组, 一区二区, 狮子会18区).

    >>> c = lexicon().classifiers; two = _Number(2, 3, 2.0, None, "exact", True, False)
    >>> m = re.match(".*?(?P<scale>)二", "新华二村")
    >>> _names_not_counts("新华二村", m, two, Unit(None, c["村"], 4))
    True
    """
    classifier, unit_end = unit.classifier, unit.end
    if text[num.start:m.end()] == "二" and (classifier.noun == "self" or (
            classifier.kind in ("count", "event") and classifier.category != "personnel")):
        # 新华二村, 二组, 二期项目, 二号: a lone 二 before a unit is an ordinal or a name (a count says 两:
        # 两期培训班); before people and before measures it still counts (二人, 二斤)
        return True
    if classifier.noun == "self" and classifier.category == "coverage" and not num.chinese \
            and num.value >= _NAMED_PLACE and not m.group("scale") and num.approx == "exact":
        return True  # 303区, 217省道 (round q15): three digits before a place noun name it, they do not count
    if classifier.word == _VILLAGE and num.chinese and _numbered_after_name(text, num.start, num.end):
        return True  # 红星六村居委会 (round q28): a numeral glued to a proper name before a place unit numbers the place
    if classifier.noun == "self" and _numbered_series(text, num.start, classifier.word):
        return True  # 该村3组、4组 (round q28): a series of numbered names of any unit that names itself, not a count
    if classifier.noun == "self" and classifier.category == "coverage" and (
            (text[num.start - 1:num.start] == classifier.word and text[num.start - 2:num.start - 1] in _NUMERAL_CHARS)
            or not math.isfinite(num.value)
            or (num.chinese and num.approx == "exact" and _DIGIT_BY_DIGIT.fullmatch(text, num.start, num.end))):
        return True  # 一区二区三区, 二七区 (round q15): a series of numbered names, a name read digit by digit
        # (round q25: the unit before the numeral is a series' only after a numeral: 岔峪村三村 counts, the last of
        # three villages named before it)
    if classifier.word == "区" and text[num.start - 1:num.start] == "会":
        return True  # 狮子会18区, 狮子会303区 (round q15): an association's numbered district is its name
    return False


_PACKAGE = "装"  # after a measure: 25公斤装, the size of one package
_HEAVY = "重"  # after a measure: 30公斤重, the weight of one thing
_KINDS = ("类", "大类", "种")  # classifiers that count kinds of what they classify (4类人员, 产品30多种)


def _size_or_kinds(text: str, unit: Unit) -> bool:
    """A measure that gives the size of one thing (25公斤装, 30公斤重), kinds that divide the figure after them.

    >>> c = lexicon().classifiers
    >>> _size_or_kinds("25公斤装大米", Unit(None, c["公斤"], 4)), _size_or_kinds("30吨重建物资", Unit(None, c["吨"], 3))
    (True, False)
    """
    classifier, unit_end = unit.classifier, unit.end
    if classifier.kind == "measure" and text.startswith(_PACKAGE, unit_end):
        return True  # 25公斤装大米: the size of one package
    if classifier.kind == "measure" and text.startswith(_HEAVY, unit_end) and not _word_freq(text[unit_end:unit_end + 2]):
        return True  # 每一包泥土约有30公斤重 (round q21): the weight of one thing; not 30吨重建物资 (重建 a word)
    if classifier.word in _KINDS and _numeral_follows(text, unit_end):
        return True  # 车辆机具5类1949辆 (round q21): the kinds divide the figure right after them, which is the count
    return False


def _excluded_context(text: str, num: _Number, unit: Unit, lex: Lexicon) -> bool:
    """The numeral stands in a context of exclusions.csv (a phone number, a rank), or names a quoted list.

    >>> lex = lexicon(); four = _Number(13, 14, 4.0, None, "exact", True, False)
    >>> _excluded_context("“减负、加力、鼓劲、保障”四项行动", four, Unit(None, lex.classifiers["项"], 15), lex)
    True
    """
    classifier = unit.classifier
    latin = classifier is not None and classifier.latin and not _ASCII_LETTER.match(text, unit.end)
    if _excluded(text, num.start, num.end, lex, latin):
        return True
    if num.chinese and num.start > 0 and text[num.start - 1] in _CLOSE_QUOTES and _labels_list(text, num):
        return True  # “减负、加力、鼓劲、保障”四项行动: the name of the list just quoted
    return False
