"""Quantities, step 6: one candidate numeral → one `Quantity` or nothing; `scan` runs it over a text.

`_candidate` puts the steps together for one numeral: its classifier, its value (`numbers`),
exclusions, approximation words, money, the counted noun (`nouns`) and the category.
"""
from __future__ import annotations

import math
import re
from .records import Classifier, Head, Lexicon, NOT_COUNTS, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import _ASCII_LETTER, _CLAUSE_END_RE, _CLOSE_QUOTES, _OPEN_QUOTES, _SENTENCE_END_RE, DIVISION_CHARS, _names_listed
from .wordlists import lexicon
from .numbers import (_approx_after, _approx_before, candidates, _digit_range_start, _NUMERAL_CHARS,
    _numeral_follows, _read_number, _whole_numeral_start)
from .exclusions import _excluded, _labels_list
from .heads import _case, _head_at_end
from .window_tags import _dictionary_tag, _tagged, _word_freq
from .open_after import open_noun_after
from .open_nouns import _fits, open_head
from .nouns import noun_after
from .nouns_before import noun_before
from .categories import _category_why, _harmed, _moved_after, _reaching_verb, _screened_after, served_reach
from .money import (_currency_before, _currency_name_start, _digits_run_on, latin_scale_after, _headline_sum, _listed_with_yuan, _JIAO_FEN, _KUAI, _KUAI_MONEY, _money,
    money_source)
from .beside_count import _VILLAGE, _WATER, _divisions_pair, _numbered_after_name, _numbered_series, _households_noun, _people_of_households, _persons_after_ge, _water_carried
from .noun_shapes import (_aged_people, _begins_word, _joined_to_numeral, _coded_goods, _coded_noun, _cut_noun, _funds_after_de, _funds_right_after, _goods_after_de, _noun_after_aside,
                          _demonym, _goods_unit, _listed_count, _modified_bare, _noun_after_de, _noun_first_total,
                          _noun_right_after_de, _one_item, _teams_after_size, _victims)


_NO_QUOTES = str.maketrans("", "", _OPEN_QUOTES + _CLOSE_QUOTES + "《》")


_GE = "个"
_PEOPLE_TIMES = ("人次", "户次")  # people or households counted by times: the victims when harm befalls them (q30)


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


_LIST_MARK = re.compile("[、和及与]")
_UNIT_NAME = 4  # the longest unit counted one in each place (分公司, 办事处); longer is a description (众多妇女组织)
# round q15: the place nouns that, counted bare, as often describe what follows (两地路政部门, 18区民政事务处) as they
# stand alone (全港18区, 南京、南通两地); 省 县 市 镇 乡 村 counted bare stand alone in the genre (两省人民 still counts)
_MODIFYING_PLACES = frozenset(("区", "地", "国"))
_DIGIT_BY_DIGIT = re.compile("[零〇一二两三四五六七八九]{2,}")
_NAMED_PLACE = 100  # from here on, digits right before a place noun are its name (303区, 217省道)


# an acronym in capitals right after a Chinese noun ends it (重症ICU, 移动DR, 螺旋CT), when the phrase ends there
# (punctuation or a conjunction after it; 呼吸机PCR检测 is no such noun)
_ACRONYM_END = re.compile("[A-Z]{2,5}(?:(?![A-Za-z0-9\u4e00-\u9fff])|(?=[和及与]))")


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
    entity, head, noun_from = "", None, ""
    noun = classifier.noun if classifier else "both"
    if noun == "self":
        entity, head, noun_from = unit, _head_at_end(unit, lex), "unit"
        places = _place_parenthesis(text, end, lex) if end == unit_end else 0
        if places:
            entity, end = text[unit_end - len(unit):end + places], end + places
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
    if noun == "both" and not headline:
        n, head = noun_after(text, end, classifier is not None and classifier.category == "personnel", lex,
                             fallback=classifier is not None and classifier.kind != "money")
        if classifier is None:
            bm = lex.bare_re.match(text, end)  # 613机关党员: the bare noun itself, though 机关 is a head too
            if bm is not None and bm.end() - end > n:
                n, head = bm.end() - end, lex.heads[bm.group()]
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
        if not n and classifier is not None and classifier.word == _GE and text[end:end + 1] in DIVISION_CHARS \
                and end + 1 < len(text) and not _word_freq(text[end:end + 2]):
            n, head = 1, Head(text[end], "coverage", False, False, place=True)  # 5个省开展督察: a division alone
            # (counted with 个, a division's one-character name may stand alone as the noun)
        if n and classifier is not None and classifier.kind == "money" \
                and (head is None or head.category not in ("funds", "supplies")):
            n, head = 0, None  # 一百万澳门元捐灾区同胞: money is never a place or people
        if n and classifier is not None and classifier.kind == "count" and "\u4e00" <= text[end + n - 1] <= "\u9fff":
            acronym = _ACRONYM_END.match(text, end + n)
            if acronym is not None:
                n += acronym.end() - (end + n)  # 一个重症ICU, 一台移动DR: a Latin acronym ends the noun (round q18)
        if not n and not entity and classifier is not None and classifier.kind == "count" and end == unit_end:
            b2, n2, h2 = _noun_after_aside(text, end, classifier, lex)
            if n2:
                entity, head = text[b2:b2 + n2], h2  # 800多名(计划内413名)各类干部人才: a note between count and noun
        if n:
            entity, end = text[end:end + n], end + n
            entity = entity[1:] if entity.startswith("的") else entity  # 127万的|注册义工
        elif entity:
            pass
        elif classifier is not None and (classifier.kind in ("measure", "money") or after_kind) \
                and text.startswith("的", end):
            # 近10吨的物资, 价值9万元的防护口罩, 200个左右的帐篷: the goods after 的 are the entity (the surface stays
            # the figure); only a known head of goods, so 1000元的标准 keeps no entity.
            n2, h2 = _goods_after_de(text, end + 1, ("supplies",), lex)
            if n2:
                entity, head = text[end + 1:end + 1 + n2], h2
    noun_from = noun_from or ("after" if entity else "")  # (every noun read above but the unit follows the number)
    if headline and text.startswith("的", end):
        n2, h2 = _goods_after_de(text, end + 1, ("supplies", "funds"), lex)  # 货值约10万的呼吸面罩: the goods valued
        if n2:
            entity, head, noun_from = text[end + 1:end + 1 + n2], h2, "after"
    elif funds_after and end == m.end():
        entity, end, noun_from = text[end:end + funds_after], end + funds_after, "after"  # 5亿善款: the funds are the noun
        head = _head_at_end(entity, lex)
    if not entity and noun in ("both", "before"):
        b_start, b_end, bhead = noun_before(text, start, floor,
                                            lex.classifiers.get("元") if headline else classifier, lex)
        if b_end > b_start and not (noun == "before" and classifier is not None and classifier.kind == "event"
                                    and (bhead is None or bhead.category in ("activity", "")
                                         or (bhead.bare and _serves(text[b_start:b_end], lex)))):
            # (警力5624人次, 志愿者达18万人次: the people of person-times, not a service: 义务服务近2000人次; nor
            # the people a service reaches, 累计服务群众8674人次, design/tricky_phrases.csv: person-times of a service)
            entity, head, noun_from = text[b_start:b_end], bhead, "before"
            start = b_start
    if classifier is not None and classifier.kind == "measure" and _water_carried(text, start, entity):
        entity, head, noun_from = _WATER, _head_at_end(_WATER, lex), "before"  # 送水近300吨 (round q28): the water carried
    if not entity and (headline or (classifier is not None and classifier.kind == "money")):
        entity = money_source(text, start, floor, lex)
        noun_from = "context" if entity else ""  # (the funds the clause names: 党费, 善款)
        if not entity and headline:
            invested = _INVESTED.search(text, max(floor, start - _INVESTED_REACH, 0), start)
            if invested is not None:
                entity, noun_from = invested.group(1), "context"  # 投资20万, 总投资接近5亿: the investment is the money
    if entity and end > unit_end and end == start + len(text[start:].rstrip()) \
            and (head is None or (head.open and not head.category)) and _cut_noun(entity):
        return None  # 服务全国832个贫困|: the excerpt ends inside the noun phrase; no noun can be read (CODEBOOK)
    if not entity and classifier is not None and classifier.word == _GE and not text[end:].strip() \
            and _SENTENCE_END_RE.search(text, 0, start) is not None \
            and (floor == 0 or _CLAUSE_END_RE.search(text, floor, start) is not None):
        return None  # …。消防人员连续奋战了60多个|: 个 ends a report of several sentences in mid-sentence, with no noun
        # named before it; the excerpt cut its noun off (CODEBOOK) (not 175个安置点已开工156个|: a count earlier in
        # the clause names what is counted; not one sentence alone, 每人2个, which is whole)
    if entity:
        entity = entity.translate(_NO_QUOTES)
    in_households = classifier is not None and _people_of_households(text, num.start, unit_end)
    households_people = in_households or (classifier is not None and not entity and not num.is_one
                                          and classifier.word == _GE and _persons_after_ge(text, unit_end))
    if households_people:
        entity = _households_noun(text, num.start, lex) if in_households else "人"  # (村民240户,800口人: 村民, q30)
        head, end, noun_from = _head_at_end(entity, lex), unit_end + 1, "after"  # 86户352口人: the people
        # (十多个人: persons counted by 个, round q30)
    if classifier is not None and classifier.heads and not entity.endswith(classifier.heads) and (
            classifier.word not in _NO_UNIT or end == unit_end or text.startswith("的", end) or _noun_compound(entity)) \
            and not households_people:
        return None  # 口 of 口罩, 口岸, 人口: not the classifier of wells and ponds (classifiers.csv heads); round q25: N大
        # counts any noun read after it as the phrase's head, not before 的 (四大超商的10114笔) nor a compound's first
    if num.is_one and not (_one_item(classifier, head) if _goods_unit(classifier)
                           else head is not None and (not head.open or _listed_count(text, num.start, lex))):
        return None  # 一个目标, a lone 一支: 一 counts only a known countable noun (一名网格员)
    if cm is not None and (not entity or (head is not None and classifier.category
                                          and head.category != classifier.category)) \
            and cm.group() in lex.verb_classifiers:
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > unit_end:
            # 逾四亿支援内地, 两亿支援灾区: 支 begins the verb 支援, and no teams follow (两支援藏医疗队 does)
            return None
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


_NO_UNIT = ("大",)  # 7大扶贫产业: 大 reads like a classifier but is none; the count has no unit (round q17)


def _noun_compound(noun: str) -> bool:
    """A common noun followed by another of two or more characters (超商|通路, 主导产业|产值): a compound whose first
    noun a count before it modifies (round q25); a one-character suffix (产业园|区) or a name (政党|民建联) is none.

    >>> _noun_compound("超商通路"), _noun_compound("产业园区"), _noun_compound("主要政党民建联"), _noun_compound("支持计划")
    (True, False, False, False)
    """
    words = _tagged(noun)
    return any(t1 == "n" and t2 == "n" and len(w2) >= 2 for (_, t1), (w2, t2) in zip(words, words[1:]))


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


_PLACE_PARENTHESIS_MAX = 8  # longest parenthesis of places after a unit that is a place (省(区、市), 市(自治州))


def _goods_measure(classifier: Classifier) -> bool:
    """A measure of goods (袋, 箱, 吨: classifiers.csv measure, supplies): like a count, it links to its noun by a 的
    right after it (捐出127袋的热血, round q25n); the noun must still fit it and end at a boundary.

    >>> c = lexicon().classifiers; _goods_measure(c["袋"]), _goods_measure(c["元"]), _goods_measure(c["个"])
    (True, False, False)
    """
    return classifier.kind == "measure" and classifier.category == "supplies"


def _place_parenthesis(text: str, p: int, lex: Lexicon) -> int:
    """Length of a parenthesis at text[p] that names only places (each part, between 、, ends in a known head
    of a place: (市), (区、市), (自治州), (镇、街道)); 0 if there is none.

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


_INVESTED_REACH = 8
# a word of investing right before a bare sum, with at most an adverb of amount between (总投资接近5亿, 投资20万)
_INVESTED = re.compile(r"((?:总|累计|计划|协议)?投资)(?:额)?(?:约|近|达|逾|超|超过|接近|共|共计|合计|达到)?\Z")


def _serves(noun: str, lex: Lexicon) -> bool:
    """Whether a noun phrase begins with a verb of a service (a listed noun of activity the dictionary files as a
    verb: 服务群众), so that the people after it are those served.

    >>> _serves("服务群众", lexicon()), _serves("抗旱人员", lexicon())
    (True, False)
    """
    words = _tagged(noun)
    if len(words) < 2 or words[0][1] not in ("v", "vn"):
        return False
    h = lex.heads.get(words[0][0])
    return h is not None and h.category == "activity"
