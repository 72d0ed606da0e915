"""Quantities, step 6: one candidate numeral → one `Quantity` or nothing; `scan` runs it over a text.

`_candidate` puts the steps together for one numeral: its classifier, its value (`numbers`),
exclusions, approximation words, money, the counted noun (`nouns`) and the category.
"""
from __future__ import annotations

import math
import re
from .records import Classifier, Figure, Head, Lexicon, NOT_COUNTS, Quantity, Unit
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import _ASCII_LETTER, _CLOSE_QUOTES, _names_listed
from .wordlists import lexicon
from .numbers import (_approx_after, _approx_before, candidates, _digit_range_start, _NUMERAL_CHARS,
    _numeral_follows, _read_number, _whole_numeral_start)
from .exclusions import _excluded, _labels_list
from .window_tags import _dictionary_tag, _word_freq
from .open_nouns import _fits, open_head
from .categories import _category_why, _harmed, _moved_after, _reaching_verb, _screened_after, served_reach
from .money import (_currency_before, _currency_name_start, _digits_run_on, latin_scale_after, _headline_sum, _listed_with_yuan, _JIAO_FEN, _KUAI, _KUAI_MONEY, _money)
from .beside_count import _VILLAGE, _divisions_pair, _numbered_after_name, _numbered_series
from .noun_shapes import (_begins_word, _joined_to_numeral, _funds_after_de, _funds_right_after, _goods_unit, _modified_bare,
                          _noun_first_total, _victims)
from .counted_noun import _NO_UNIT, counted_noun


_PEOPLE_TIMES = ("人次", "户次")  # people or households counted by times: the victims when harm befalls them (q30)


_DIGIT_BY_DIGIT = re.compile("[零〇一二两三四五六七八九]{2,}")
_NAMED_PLACE = 100  # from here on, digits right before a place noun are its name (303区, 217省道)


_CALLED = ("叫", "名叫", "名为", "叫做", "称为")  # verbs of naming right after 一 + classifier: an article


_LEXICALISED_REACH = 3  # how far past the classifier a word that begins at the numeral is looked for


def _lexicalised(text: str, start: int, unit_end: int, classifier) -> bool:
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


def _candidate(text: str, m: re.Match, floor: int, lex: Lexicon) -> Quantity | None:
    p = m.end()
    cm = lex.classifier_re.match(text, p)
    if cm is not None and lex.bare_re is not None:
        bare = lex.bare_re.match(text, p)
        if bare is not None and bare.end() > cm.end():
            cm = None  # 六部门: a bare noun that begins with a classifier (部) is the noun, not 部 + 门
    classifier = lex.classifiers[cm.group()] if cm else None
    if classifier is not None and classifier.kind == "ratio" and m.group("scale") and not classifier.latin:
        cm = classifier = None  # 50万成人: a ratio (五成, 3倍) never follows 万/亿; 成 begins the noun
    if classifier is not None and classifier.kind in NOT_COUNTS:
        return None  # cheap rejections first: dates, durations, ages (2020年, 24小时, 77岁)
    headline, modified, funds_after = False, None, 0
    if classifier is None:
        if lex.bare_re is None or not lex.bare_re.match(text, p):
            modified = _modified_bare(text, m, lex)  # 近20万优秀干部
            funds_after = _funds_right_after(text, m, lex) if modified is None else 0  # 已收5亿善款
            headline = modified is None and (_headline_sum(text, m, floor) or _listed_with_yuan(text, m) or bool(
                _currency_before(text, _approx_before(text, m.start(), lex)[0], lex))  # 新台币462万捐款: a sum
                or _funds_after_de(text, m, lex) or bool(funds_after))
            if not headline and modified is None:
                total = _noun_first_total(text, m, floor, lex)
                if total is None:
                    return None
                headline = total == "funds"  # 投入资金5246万: a sum, like a headline's, with no 元
    elif cm.group() in lex.verb_classifiers and _headline_sum(text, m, floor):
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > cm.end():
            cm, classifier, headline = None, None, True  # 捐款逾四亿支援内地: 支 begins 支援
    num = _read_number(m, lex, text)
    if num is None:
        return None
    if classifier is None and p < len(text) and text[p] in _NUMERAL_CHARS:
        return None  # 3万|四千元: the head of a longer numeral; its tail is flagged below
    low = _digit_range_start(text, m, num.value)
    if low is not None:
        num = num._replace(start=low[0], value=low[1], high=num.value, approx="range")  # 2、30袋: 20 to 30
    cut = None if low is not None else _whole_numeral_start(text, m)
    if cut is not None:
        # 叁千…, 3万 4千…: what was read is a part of a longer numeral; never report the part's value
        num = num._replace(start=cut, value=math.nan, high=None, approx="exact", is_one=False)
    if m.group("ar") and cut is None and low is None and (headline or (classifier is not None and classifier.kind == "money")):
        run = _digits_run_on(text, m.start("ar"), m.end("ar"))
        if run is None and m.end() == m.end("ar") and latin_scale_after(text, m.end()):
            run = num.start  # US$20 million: the scale is English, the digits alone are not the sum
        if run is not None:  # 捐款12,34元, HK$ 1 234 567 (round q29): a sum not read whole is flagged, never its head or tail
            num = num._replace(start=min(run, num.start), value=math.nan, high=None, approx="exact", is_one=False)
    unit_end = cm.end() if cm else p
    if classifier is None:
        # No classifier: only a noun that may follow a bare numeral (六部门, 1万多党员干部).
        if num.is_one:
            return None
        if not num.chinese and 1900 <= num.value <= 2100 and not m.group("scale"):
            return None  # a year
    else:
        if num.is_one and classifier.one != "count" and not _goods_unit(classifier):
            return None  # 一位, 一批, 一封: the article "a"
        if text.startswith(classifier.word, unit_end) and (num.is_one or not _word_freq(text[unit_end:unit_end + 2])):
            return None  # 一个个, 一批批 (not 两个|个案: a word that begins with the classifier's character, round q21)
        if text[num.start:m.end()] == "二" and (classifier.noun == "self" or (
                classifier.kind in ("count", "event") and classifier.category != "personnel")):
            # 新华二村, 二组, 二期项目, 二号: a lone 二 before a unit is an ordinal or a name (a count says 两:
            # 两期培训班); before people and before measures it still counts (二人, 二斤)
            return None
        if classifier.begins and unit_end < len(text) and _word_freq(text[cm.start():unit_end + 1]) \
                and _begins_word(text, cm.start()) and not (num.chinese and _joined_to_numeral(text, num.start, cm.start())) \
                and not (classifier.noun == "self" and _names_listed(text, num.start)) \
                and not (classifier.noun == "self" and not num.chinese and _divisions_pair(text, unit_end)):
            return None  # 300村民, 两省市: the unit begins a longer word (not 两组|分别), which is the noun (but
            # 上海、江苏…六省市 after the places' names counts them, round q27n; and digits before a pair of divisions,
            # 16省市, count them, round q28)
        if num.chinese and _lexicalised(text, num.start, unit_end, classifier):
            return None  # 三轮车, 两位数增长, 万元户 (round q16): the numeral is part of a word, not a count
        if classifier.noun == "self" and classifier.category == "coverage" and not num.chinese \
                and num.value >= _NAMED_PLACE and not m.group("scale") and num.approx == "exact":
            return None  # 303区, 217省道 (round q15): three digits before a place noun name it, they do not count
        if classifier.word == _VILLAGE and num.chinese and _numbered_after_name(text, num.start, num.end):
            return None  # 红星六村居委会 (round q28): a numeral glued to a proper name before a place unit numbers the place
        if classifier.noun == "self" and _numbered_series(text, num.start, classifier.word):
            return None  # 该村3组、4组 (round q28): a series of numbered names of any unit that names itself, not a count
        if classifier.noun == "self" and classifier.category == "coverage" and (
                (text[num.start - 1:num.start] == classifier.word and text[num.start - 2:num.start - 1] in _NUMERAL_CHARS)
                or not math.isfinite(num.value)
                or (num.chinese and num.approx == "exact" and _DIGIT_BY_DIGIT.fullmatch(text, num.start, num.end))):
            return None  # 一区二区三区, 二七区 (round q15): a series of numbered names, a name read digit by digit
            # (round q25: the unit before the numeral is a series' only after a numeral: 岔峪村三村 counts, the last of
            # three villages named before it)
        if classifier.word == "区" and text[num.start - 1:num.start] == "会":
            return None  # 狮子会18区, 狮子会303区 (round q15): an association's numbered district is its name
        if classifier.kind == "measure" and text.startswith(_PACKAGE, unit_end):
            return None  # 25公斤装大米: the size of one package
        if classifier.kind == "measure" and text.startswith(_HEAVY, unit_end) and not _word_freq(text[unit_end:unit_end + 2]):
            return None  # 每一包泥土约有30公斤重 (round q21): the weight of one thing; not 30吨重建物资 (重建 a word)
        if num.is_one and _numeral_follows(text, unit_end):
            return None  # 一支五十余人的队伍: the article "a"; the figure is the number after it
        if classifier.word in _KINDS and _numeral_follows(text, unit_end):
            return None  # 车辆机具5类1949辆 (round q21): the kinds divide the figure right after them, which is the count
        if num.is_one and text.startswith(_CALLED, unit_end):
            return None  # 一个叫公安县的地方, 一位名叫张华的老人: the article "a" before a name (round q18)
    latin = classifier is not None and classifier.latin and not _ASCII_LETTER.match(text, unit_end)
    if _excluded(text, num.start, num.end, lex, latin):
        return None
    if num.chinese and num.start > 0 and text[num.start - 1] in _CLOSE_QUOTES and _labels_list(text, num):
        return None  # “减负、加力、鼓劲、保障”四项行动: the name of the list just quoted
    approx = num.approx
    start, before_kind = _approx_before(text, num.start, lex)
    if before_kind == "exact":
        start = num.start  # 附近, 最近: not an approximation, not part of the surface
    elif approx == "exact":
        approx = before_kind
    currency, value, after_unit = "", num.value, unit_end
    if classifier is not None and classifier.word == _KUAI and _JIAO_FEN.match(text, unit_end) is not None:
        classifier = replace(lex.classifiers[_KUAI_MONEY], word=_KUAI)  # 十块三毛: 块 is the colloquial yuan
    if classifier is not None and classifier.kind == "money":
        unit_money = lex.currencies.get(classifier.word) or lex.currencies[_KUAI_MONEY]
        currency, value, after_unit = _money(text, num, start, unit_end, unit_money, lex)
    elif headline:
        currency = _currency_before(text, start, lex)  # 筹款港币三十六万; '' when not written
    if currency and currency != (lex.currencies[classifier.word].code if classifier is not None
                                 and classifier.word in lex.currencies else ""):
        start = min(start, _currency_name_start(text, start, lex))  # 港币500万元: the name is part of the figure
    end, after_kind = _approx_after(text, after_unit, lex)
    if after_kind and approx == "exact":
        approx = after_kind
    elif not after_kind:
        end = after_unit
    unit = classifier.word if classifier and classifier.word not in _NO_UNIT else ""
    found = counted_noun(text, m.end(), floor, num, Unit(cm, classifier, unit_end, headline, modified, funds_after),
                         Figure(start, end, value, approx, after_kind, currency), lex)
    if found is None:
        return None
    entity, head, noun_from, start, end = found
    category, category_from = _category_in_clause(text, start, end, num.start, floor, classifier, head, entity, headline,
                                                  lex)
    return Quantity(start, end, text[start:end], value, approx, num.high, unit, entity,
                    category, num.start, unit_end, currency, cut is not None or math.isnan(num.value), noun_from,
                    category_from)


def _category_in_clause(text: str, start: int, end: int, number_start: int, floor: int, classifier: Classifier | None,
                        head: Head | None, entity: str, headline: bool, lex: Lexicon) -> tuple[str, str]:
    """The category of a count and what gave it (`Quantity.category_from`): from its classifier and noun, then
    moved by its clause (the verb that reaches, treats or harms what is counted, a move or a screening after it).

    >>> lex = lexicon()
    >>> _category_in_clause("走访居民300人", 2, 8, 4, 0, lex.classifiers["人"], lex.heads["居民"], "居民", False, lex)
    ('coverage', 'clause')
    >>> _category_in_clause("捐款150万", 2, 6, 2, 0, None, None, "", True, lex)
    ('funds', 'money')
    """
    category, category_from = ("funds", "money") if headline else _category_why(classifier, head)
    verb = ""
    # Things become coverage only when they are reached themselves (vehicles checked); samples
    # or kits handled by a served verb (检测样本500份) stay what they are.
    if (category == "personnel" or (head is not None and head.reached and category in ("supplies", "coverage"))) \
            and lex.served_re.search(text, max(floor, start - served_reach(text, start), 0), start):
        verb = _reaching_verb(text, start, floor, lex)
        if verb in lex.served:
            category, category_from = "coverage", "clause"  # 走访居民300人, 检查车辆2万辆: the people and vehicles reached
        elif verb in lex.cases and category == "personnel":
            category, category_from = "other", "clause"  # 收治患者46名, 医学观察5人: patients and people under watch
    if category == "activity" and classifier is not None and classifier.kind == "event" and entity \
            and lex.incident_re.search(entity):
        category, category_from = "other", "clause"  # 20起森林火灾, 交通事故3起: incidents of harm, the disaster's scale
    if category == "activity" and classifier is not None and classifier.word in _PEOPLE_TIMES \
            and lex.harm_re.match(text, end) is not None \
            and _harmed(text, start, number_start, end, floor, lex):
        category, category_from = "other", "clause"  # 6346万人次受灾: people hit, counted by times (round q30; not
        # 救助受灾群众3000人次, the people aided, activity like every 人次)
    harmed = False
    works = category == "activity" and (classifier is None or classifier.kind != "event")  # (a noun of works: 工程)
    if (category not in ("funds", "activity", "other") or works) and verb not in lex.served \
            and (_victims(entity, lex) or _harmed(text, start, number_start, end, floor, lex)):
        category, harmed, category_from = "other", True, "clause"  # 死亡2人, 3人受伤, 受损房屋371间, 10位受伤工人: victims and damage
        # (防洪工程出险5237处: works damaged, not built, round q30; events done stay activity)
    if (category == "personnel" or (harmed and classifier is not None and classifier.category == "personnel")) \
            and _moved_after(text, end, lex):
        category, category_from = "coverage", "clause"  # 将45名群众疏散, 10名受困矿工被成功救出: the people evacuated or rescued
    if category == "personnel" and not entity and _screened_after(text, end, lex):
        category, category_from = "coverage", "clause"  # 近千万人新一轮核酸筛查: the people screened
    return category, category_from


_KINDS = ("类", "大类", "种")  # classifiers that count kinds of what they classify (4类人员, 产品30多种)


_PACKAGE = "装"  # after a measure: 25公斤装, the size of one package
_HEAVY = "重"  # after a measure: 30公斤重, the weight of one thing


def scan(text: str, lex: Lexicon | None = None) -> list[Quantity]:
    """The quantities of one candidate scan, before the rules across quantities (no overlaps).

    >>> [(q.surface, q.value) for q in scan("每人2个口罩")]
    [('2个口罩', 2.0)]
    """
    lex = lex or lexicon()
    found: list[Quantity] = []
    floor = 0
    for m in candidates(text):
        if m.start() < floor:
            continue  # inside the previous quantity (a quantity never starts after its numeral)
        q = _candidate(text, m, floor, lex)
        if q is None:
            continue
        if found and q.start < found[-1].end:
            continue  # overlaps the previous quantity's noun phrase
        found.append(q)
        floor = q.end
    return found
