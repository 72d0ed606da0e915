"""Quantities, step 6: one candidate numeral → one `Quantity` or nothing; `scan` runs it over a text.

`_candidate` puts the steps together for one numeral: its classifier, its value (`numbers`),
exclusions, approximation words, money, the counted noun (`nouns`) and the category.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .records import Classifier, Head, Lexicon, NOT_COUNTS, Quantity
from .text import _ASCII_LETTER, _clause_end, _CLOSE_QUOTES, _OPEN_QUOTES
from .wordlists import lexicon
from .numbers import (_approx_after, _approx_before, candidate_re, candidates, _digit_range_start, _NUMERAL_CHARS,
                      _numeral_follows, _read_number, _starts_number, _whole_numeral_start)
from .exclusions import _excluded, _labels_list
from .heads import _case, _compatible, _head_at_end, _head_ends, _is_boundary, _starts_with_stop, _window_after
from .open_nouns import _fits, open_noun_after
from .nouns import noun_after, _PHRASE_MAX
from .nouns_before import _MODEL_CODE_CORE, noun_before
from .open_nouns import _final, _harm_participle, _tagged, _verb_at, _word_freq
from .categories import _category, _harmed, _moved_after, _reaching_verb, _screened_after, served_reach
from .money import (_currency_before, _currency_name_start, _headline_sum, _JIAO_FEN, _KUAI, _KUAI_MONEY, _money,
                    money_source)


_NO_QUOTES = str.maketrans("", "", _OPEN_QUOTES + _CLOSE_QUOTES + "《》")


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
    headline, modified = False, None
    if classifier is None:
        if lex.bare_re is None or not lex.bare_re.match(text, p):
            modified = _modified_bare(text, m, lex)  # 近20万优秀干部
            headline = modified is None and (_headline_sum(text, m, floor) or bool(
                _currency_before(text, _approx_before(text, m.start(), lex)[0], lex))  # 新台币462万捐款: a sum
                or _funds_after_de(text, m, lex))
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
        if text.startswith(classifier.word, unit_end):
            return None  # 一个个, 一批批
        if text[num.start:m.end()] == "二" and (classifier.noun == "self" or (
                classifier.kind in ("count", "event") and classifier.category != "personnel")):
            # 新华二村, 二组, 二期项目, 二号: a lone 二 before a unit is an ordinal or a name (a count says 两:
            # 两期培训班); before people and before measures it still counts (二人, 二斤)
            return None
        if classifier.begins and unit_end < len(text) and _word_freq(text[cm.start():unit_end + 1]) \
                and _begins_word(text, cm.start()):
            return None  # 300村民, 两省市: the unit begins a longer word (not 两组|分别), which is the noun
        if classifier.kind == "measure" and text.startswith(_PACKAGE, unit_end):
            return None  # 25公斤装大米: the size of one package
        if num.is_one and _numeral_follows(text, unit_end):
            return None  # 一支五十余人的队伍: the article "a"; the figure is the number after it
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
    unit = classifier.word if classifier else ""
    entity, head = "", None
    noun = classifier.noun if classifier else "both"
    if noun == "self":
        entity, head = unit, _head_at_end(unit, lex)
    if noun == "both" and not headline:
        n, head = noun_after(text, end, classifier is not None and classifier.category == "personnel", lex,
                             fallback=classifier is not None and classifier.kind != "money")
        if classifier is None:
            bm = lex.bare_re.match(text, end)  # 613机关党员: the bare noun itself, though 机关 is a head too
            if bm is not None and bm.end() - end > n:
                n, head = bm.end() - end, lex.heads[bm.group()]
            if modified is not None and modified[0] > n:
                n, head = modified
        elif n == 0 and end < len(text) and text[end] < "\x80":
            if classifier.category == "personnel" and text[end].isdigit():
                n, head = _aged_people(text, end, lex)  # 33名35岁及以下青年
            else:
                n, head = _coded_goods(text, end, lex)  # 4350只KF94型口罩: a model code before the goods
        elif n and text.startswith("的", end + n) and classifier.category == "personnel" \
                and head is not None and head.category != "personnel":
            # 1.7万名来自各组织的义工: the people after the 的 are what 名 counts
            n2, h2 = noun_after(text, end + n + 1, True, lex, fallback=False)
            if n2 and h2 is not None and h2.category == "personnel":
                n, head = n + 1 + n2, h2
        if not n and classifier is not None and classifier.kind in ("count", "event") and not num.is_one \
                and end == unit_end and text.startswith("的", end):
            # 约188场次的捐血活动, 五万名的专职人力: a 的 right after the classifier (Hong Kong and Taiwan usage)
            # links the count to its noun; the surface stays the figure
            n2, h2 = _noun_right_after_de(text, end + 1, classifier, lex)
            if n2:
                entity, head = text[end + 1:end + 1 + n2], h2
        elif not n and classifier is not None and classifier.kind == "count" and not num.is_one:
            # 300顶用于安置群众的帐篷 (not 一个重要的安置点: an article and a description)
            n, head = _noun_after_de(text, end, classifier, lex)
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
        if n and classifier is not None and classifier.kind == "money" \
                and (head is None or head.category not in ("funds", "supplies")):
            n, head = 0, None  # 一百万澳门元捐灾区同胞: money is never a place or people
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
    if headline and text.startswith("的", end):
        n2, h2 = _goods_after_de(text, end + 1, ("supplies", "funds"), lex)  # 货值约10万的呼吸面罩: the goods valued
        if n2:
            entity, head = text[end + 1:end + 1 + n2], h2
    if not entity and noun in ("both", "before"):
        b_start, b_end, bhead = noun_before(text, start, floor,
                                            lex.classifiers.get("元") if headline else classifier, lex)
        if b_end > b_start:
            entity, head = text[b_start:b_end], bhead
            start = b_start
    if not entity and (headline or (classifier is not None and classifier.kind == "money")):
        entity = money_source(text, start, floor, lex)
    if entity and end > unit_end and end == start + len(text[start:].rstrip()) \
            and (head is None or (head.open and not head.category)) and _cut_noun(entity):
        return None  # 服务全国832个贫困|: the excerpt ends inside the noun phrase; no noun can be read (CODEBOOK)
    if entity:
        entity = entity.translate(_NO_QUOTES)
    if classifier is not None and classifier.heads and not entity.endswith(classifier.heads):
        return None  # 口 of 口罩, 口岸, 人口: not the classifier of wells and ponds (classifiers.csv heads)
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
    category = "funds" if headline else _category(classifier, head)
    verb = ""
    # Things become coverage only when they are reached themselves (vehicles checked); samples
    # or kits handled by a served verb (检测样本500份) stay what they are.
    if (category == "personnel" or (head is not None and head.reached and category in ("supplies", "coverage"))) \
            and lex.served_re.search(text, max(floor, start - served_reach(text, start), 0), start):
        verb = _reaching_verb(text, start, floor, lex)
        if verb in lex.served:
            category = "coverage"  # 走访居民300人, 检查车辆2万辆: the people and vehicles reached
        elif verb in lex.cases and category == "personnel":
            category = "other"  # 收治患者46名, 医学观察5人: patients and people under watch
    if category == "activity" and classifier is not None and classifier.kind == "event" and entity \
            and lex.incident_re.search(entity):
        category = "other"  # 20起森林火灾, 交通事故3起: incidents of harm, the disaster's scale
    harmed = False
    if category not in ("funds", "activity", "other") and verb not in lex.served \
            and (_victims(entity, lex) or _harmed(text, start, num.start, end, floor, lex)):
        category, harmed = "other", True  # 死亡2人, 3人受伤, 受损房屋371间, 10位受伤工人: victims and damage
    if (category == "personnel" or (harmed and classifier is not None and classifier.category == "personnel")) \
            and _moved_after(text, end, lex):
        category = "coverage"  # 将45名群众疏散, 10名受困矿工被成功救出: the people evacuated or rescued
    if category == "personnel" and not entity and _screened_after(text, end, lex):
        category = "coverage"  # 近千万人新一轮核酸筛查: the people screened
    return Quantity(start, end, text[start:end], value, approx, num.high, unit, entity,
                    category, num.start, unit_end, currency, cut is not None or math.isnan(num.value))


_WORD_WINDOW = 4  # characters segmented to see whether a one-character unit begins a longer word


def _begins_word(text: str, p: int) -> bool:
    """jieba segments a longer word at text[p] (村民|家中, 省市|香港; not 组|分别, 省|考察).

    >>> _begins_word("300村民家中", 3), _begins_word("两组分别赶赴", 1)
    (True, False)
    """
    words = _tagged(text[p:p + _WORD_WINDOW])
    return bool(words) and len(words[0][0]) > 1


def _cut_noun(entity: str) -> bool:
    """A noun phrase whose last word is no noun (贫困, 受灾): where the text ends there, it was cut.

    >>> _cut_noun("贫困"), _cut_noun("贫困县")
    (True, False)
    """
    words = _tagged(entity)
    return bool(words) and not _final(*words[-1])


def _victims(entity: str, lex: Lexicon) -> bool:
    """A counted noun that begins with a word of harm names victims or damage (受伤工人, 被掩埋民房);
    not a word of the disaster as a whole (受灾群众: the population relief reaches).

    >>> from mobilization.quantities import lexicon
    >>> [_victims(e, lexicon()) for e in ("受伤工人", "被掩埋民房", "受灾群众", "工人")]
    [True, True, False, False]
    """
    n = _harm_participle(entity, 0, lex)
    return bool(n) and entity[:n].lstrip("被") not in lex.population_harms


def _goods_unit(classifier: Classifier | None) -> bool:
    """A measure word of goods (台, 辆, 顶, 箱; classifiers.csv category supplies): with 一 it counts
    one thing when a noun of goods follows (一台电脑), not an article like 一位 or 一批."""
    return classifier is not None and classifier.kind in ("count", "measure") and classifier.category == "supplies"


def _one_item(classifier: Classifier, head: Head | None) -> bool:
    """一台电脑, 一顶帐篷: one of a noun of goods, listed (nouns.csv) or by its form (head_forms.csv);
    not 一份爱心, 一张笑脸 (no form of goods) and not a lone 一台.

    >>> lex = lexicon(); from mobilization.quantities import open_head
    >>> _one_item(lex.classifiers["台"], open_head("电脑")), _one_item(lex.classifiers["份"], open_head("爱心"))
    (True, False)
    """
    return head is not None and head.category == "supplies" and (not head.open or _fits(head, classifier))


# 两名50多岁的老同志; a generation (80后, 00后) is an age too: 10名80后村党支部委员
_AGE_MODIFIER = re.compile(r"(?:[0-9]{1,3}多?周?岁[及或]?(?:以下|以上|以内|左右)?|[0-9]0后)的?")


def _aged_people(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None]:
    """People named with an age first (33名35岁及以下青年): length and head, or (0, None).

    >>> _aged_people("35岁及以下青年组成", 0, lexicon())[0], _aged_people("35岁", 0, lexicon())[0]
    (8, 0)
    >>> _aged_people("80后村党支部委员(", 0, lexicon())[0]
    9
    """
    return _modified_noun(text, p, _AGE_MODIFIER, "personnel", lex)


def _modified_noun(text: str, p: int, modifier: re.Pattern, category: str, lex: Lexicon) -> tuple[int, Head | None]:
    """A noun of `category` after a `modifier` at p (an age, a model code): length and head, or (0, None)."""
    m = modifier.match(text, p)
    if m is None:
        return 0, None
    n, head = noun_after(text, m.end(), category == "personnel", lex, fallback=False)
    if not n or head is None or head.category != category:
        return 0, None
    return m.end() - p + n, head


_MODEL_CODE = re.compile(_MODEL_CODE_CORE + "型?")


def _coded_goods(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None]:
    """Goods named with a model code first (KF94型口罩, N95口罩): length and head, or (0, None).

    >>> _coded_goods("KF94型口罩、", 0, lexicon())[0], _coded_goods("CEO说", 0, lexicon())[0]
    (7, 0)
    """
    return _modified_noun(text, p, _MODEL_CODE, "supplies", lex)


def _goods_after_de(text: str, p: int, categories: tuple[str, ...], lex: Lexicon) -> tuple[int, Head | None]:
    """The goods named right after the 的 of 近10吨的物资 (0, None if none).

    The phrase ends at its first head of goods, which must end at a boundary or where another
    known noun starts (近10吨的物资|配送); a coordinated list is kept (5吨的大米和面粉).
    """
    w = _window_after(text, p, lex)
    if not w or _starts_with_stop(w, lex):
        return 0, None
    n, head = noun_after(text, p, False, lex, fallback=False)
    if n and head is not None and head.category in categories and _is_boundary(w, n, lex):
        return n, head  # 5吨的大米、面粉和食用油
    ends = _head_ends(w, lex)
    starts = {k - len(h.word) for k, h in ends}
    for k, h in ends:
        if k > _PHRASE_MAX:
            break
        if h.category in categories and (_is_boundary(w, k, lex) or k in starts):
            return k, h
        if h.category in categories and _is_boundary(w, k + 2, lex) and _tagged(w[k:k + 2]) == [(w[k:k + 2], "n")]:
            return k + 2, h  # 5.5万袋的血液存量: a plain noun of two characters after the goods (存量, 库存) is theirs
    return 0, None


_BARE_MODIFIER = 4  # longest modifier between a bare numeral and its bare noun (50万成人外科口罩)


def _modified_bare(text: str, m: re.Match, lex: Lexicon) -> tuple[int, Head] | None:
    """A bare noun (nouns.csv bare = yes) after a short modifier or a relative clause and 的, right
    after a numeral with 万 or 亿 and no classifier (近20万优秀干部, 19.89万落实结对帮扶的干部,
    50万成人外科口罩): its length from the numeral and head, None if there is none. (Only with
    万/亿: the figure is large, so not a code, a year or an ordinal.)

    >>> t = "近20万优秀干部"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    4
    >>> t = "19.89万落实结对帮扶的干部,形成"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    9
    >>> t = "20万优秀"; _modified_bare(t, candidate_re().search(t), lexicon()) is None
    True

    A population needs no classifier either: a noun of people after 万/亿 is counted with a longer
    modifier (逾15万海上人员, 1805万因旱饮水困难群众, 870万建档立卡贫困人口).

    >>> t = "保障了1805万因旱饮水困难群众的用水"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    8
    >>> t = "有超过127万的注册义工,"; _modified_bare(t, candidate_re().search(t), lexicon())[0]
    5
    """
    if "万" not in m.group() and "亿" not in m.group():
        return None
    p = m.end()
    n, head = noun_after(text, p, False, lex, fallback=False)
    if n and head is not None and head.bare and not head.open and n - len(head.word) <= _BARE_MODIFIER:
        return n, head
    people = _population(text, p, lex)
    if people is not None:
        return people
    k = text.find("的", p, _clause_end(text, p, _DE_REACH))
    if k < 0 or any(c.isdigit() for c in text[p:k]):
        return None
    n, head = noun_after(text, k + 1, False, lex, fallback=False)
    if n and head is not None and head.bare and not head.open and _is_boundary(_window_after(text, k + 1, lex), n, lex):
        return k + 1 + n - p, head
    if k == p:
        people = _population(text, k + 1, lex)  # 超过127万的注册义工: a population, its 的 right after 万
        if people is not None:
            return k + 1 + people[0] - p, people[1]
    return None


_TOTAL_END = frozenset("，,。；;：:）)！!？?\n")  # a figure that ends its clause


def _noun_first_total(text: str, m: re.Match, floor: int, lex: Lexicon) -> str | None:
    """"people" or "funds" when a figure with 万/亿 and no unit ends its clause right after a listed noun of
    people or of funds (受灾人口超过31万, 减少贫困人口13万, 投入资金5246万,): the noun names what the
    total counts, as a unit would; None otherwise (全市GDP 3万亿, 一个13万: no such noun).

    >>> t = "受灾人口超过31万,"; _noun_first_total(t, candidate_re().search(t), 0, lexicon())
    'people'
    >>> t = "投入资金5246万。"; _noun_first_total(t, candidate_re().search(t), 0, lexicon())
    'funds'
    >>> t = "受灾人口31万余户"; _noun_first_total(t, candidate_re().search(t), 0, lexicon()) is None
    True
    """
    if "万" not in m.group() and "亿" not in m.group():
        return None
    if m.end() < len(text) and text[m.end()] not in _TOTAL_END:
        return None
    start, _ = _approx_before(text, m.start(), lex)
    b_start, b_end, head = noun_before(text, start, floor, None, lex)
    if b_end <= b_start or head is None or head.open:
        return None
    if head.category == "funds":
        return "funds"
    return "people" if head.category == "personnel" or head.reached else None


_POPULATION_MAX = 10  # longest noun of people counted after 万/亿 with no classifier (因旱饮水困难群众)


def _population(text: str, p: int, lex: Lexicon) -> tuple[int, Head] | None:
    """The noun of people at text[p], right after a numeral with 万/亿 and no classifier (海上人员,
    因旱饮水困难群众, 公务员): its length and head when it is a noun of people (personnel or people
    reached) that ends at a boundary, else None. A large figure before people is their number:
    journalists drop the classifier of a population (15万人员, not 15万名人员).

    >>> _population("海上人员转移", 0, lexicon())[0], _population("公务员,", 0, lexicon())[0]
    (4, 3)
    >>> _population("农民享受低保", 0, lexicon())[0]
    2
    >>> _population("优秀", 0, lexicon()), _population("资金", 0, lexicon())
    (None, None)
    """
    n, head = noun_after(text, p, False, lex, fallback=False)
    if not n or head is None:
        n, head = open_noun_after(text, p, lex)
    if not n or head is None or n > _POPULATION_MAX or not (head.category == "personnel" or head.reached):
        return None
    w = _window_after(text, p, lex)
    if not _is_boundary(w, n, lex) and not _verb_at(w, n, _tagged(w)):
        return None  # (24万农民享受低保: a verb after the people ends their noun as well as a stop word does)
    return n, head


_DE_REACH = 12  # longest relative clause between a classifier and its 的 (300顶用于安置群众的帐篷)


def _noun_after_de(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, Head | None]:
    """A count whose noun comes after a relative clause and its 的 (300顶用于安置群众的帐篷): the
    length from p to the end of the noun, and its head, when the noun fits the classifier; (0, None)
    when no 的 follows in the clause, a number stands before it, or the noun does not fit (200人参加的活动).

    >>> t = "300顶用于安置群众的帐篷"; _noun_after_de(t, 4, lexicon().classifiers["顶"], lexicon())[0]
    9
    >>> t = "组织200人参加的培训"; _noun_after_de(t, 6, lexicon().classifiers["人"], lexicon())
    (0, None)
    """
    k = text.find("的", p + 1, _clause_end(text, p, _DE_REACH))
    if k < 0 or _starts_number(text, p, lex) or any(c.isdigit() for c in text[p:k]):
        return 0, None
    n, head = noun_after(text, k + 1, classifier.category == "personnel", lex)
    if not n or head is None or not (_fits(head, classifier) if head.open else _compatible(head, classifier)):
        return 0, None
    return k + 1 + n - p, head


_LIST_ITEM_REACH = 12  # how far back the count before 、 may begin (7个乡镇、|一个农场)


def _listed_count(text: str, p: int, lex: Lexicon) -> bool:
    """7个乡镇、一个农场: a 一 that follows a count and 、 is one more item of a list of counts, so it
    counts whatever noun it has.

    >>> _listed_count("1月,波及7个乡镇、一个农场", 10, lexicon()), _listed_count("制定了一个方案", 3, lexicon())
    (True, False)
    >>> _listed_count("7个乡镇,一个农场", 5, lexicon()), _listed_count("有7个,乡镇、一个农场", 7, lexicon())
    (False, False)
    """
    if p == 0 or text[p - 1] != "、":
        return False
    before = re.split(r"[，,。；;：:！!？?\n]", text[max(0, p - 1 - _LIST_ITEM_REACH):p - 1])[-1]  # its clause
    for k in range(len(before) - 1):
        cm = lex.classifier_re.match(before, k + 1) if before[k] in _LIST_DIGITS else None
        if cm is not None and lex.classifiers[cm.group()].kind == "count":
            return True
    return False


_LIST_DIGITS = frozenset("0123456789两三四五六七八九十百千万")


def _funds_after_de(text: str, m: re.Match, lex: Lexicon) -> bool:
    """一份170万的大额爱心捐款: a numeral with 万/亿 and no unit, then 的 and a noun of funds, is a sum (the 元
    dropped, as in headlines).

    >>> t = "收到170万的大额爱心捐款!"; _funds_after_de(t, candidate_re().search(t), lexicon())
    True
    >>> t = "170万的人口"; _funds_after_de(t, candidate_re().search(t), lexicon())
    False
    """
    if ("万" not in m.group() and "亿" not in m.group()) or not text.startswith("的", m.end()):
        return False
    n, head = noun_after(text, m.end() + 1, False, lex, fallback=False)
    return bool(n) and head is not None and head.category == "funds" and not head.open \
        and _is_boundary(_window_after(text, m.end() + 1, lex), n, lex)


def _noun_right_after_de(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, Head | None]:
    """The noun at text[p], right after the 的 that follows a classifier (约188场次的|捐血活动): its length
    and head when it fits the classifier and ends at a boundary, else (0, None).

    >>> t = "约188场次的捐血活动,"; _noun_right_after_de(t, 7, lexicon().classifiers["场次"], lexicon())[0]
    4
    >>> t = "3名的标准"; _noun_right_after_de(t, 3, lexicon().classifiers["名"], lexicon())
    (0, None)
    """
    n, head = noun_after(text, p, classifier.category == "personnel", lex)
    if not n or head is None or not _is_boundary(_window_after(text, p, lex), n, lex):
        return 0, None
    if not (_fits(head, classifier) if head.open else _compatible(head, classifier)):
        return 0, None
    return n, head


_PACKAGE = "装"  # after a measure: 25公斤装, the size of one package


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
