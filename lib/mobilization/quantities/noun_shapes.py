"""Quantities, step 6 (helpers): the shapes a counted noun takes around one numeral — after an age, a model
code or a 的-clause, before a bare numeral with its modifier, a population after 万/亿, a list item, a noun
named first and counted after (`counted_noun`, `count_guards` and `candidate` call them).
"""
from __future__ import annotations

import re

from .records import Classifier, Head, Lexicon
from .text import _clause_end
from .wordlists import lexicon, noun_shape_words
from .numbers import _approx_before, candidate_re, _starts_number
from .heads import _compatible, _head_ends, _is_boundary, _starts_with_stop, _window_after
from .window_tags import _dictionary_tag, _word_freq, _tagged
from .open_after import _harm_participle, _verb_at, open_noun_after
from .open_nouns import _final, _fits
from .nouns import noun_after, _PHRASE_MAX
from .nouns_before import _MODEL_CODE_CORE, noun_before


_WORD_WINDOW = 4  # characters segmented to see whether a one-character unit begins a longer word


def _begins_word(text: str, p: int) -> bool:
    """jieba segments a longer word at text[p] (村民|家中, 省市|香港; not 组|分别, 省|考察).

    >>> _begins_word("300村民家中", 3), _begins_word("两组分别赶赴", 1)
    (True, False)
    """
    words = _tagged(text[p:p + _WORD_WINDOW])
    return bool(words) and len(words[0][0]) > 1


def _joined_to_numeral(text: str, start: int, unit: int) -> bool:
    """jieba, segmenting from a Chinese numeral at text[start], reads the numeral and the unit at text[unit] as one
    word (三台|风扇: the unit is the numeral's, though 台风 is a word; not 三|台风 typhoons: round q27n).

    >>> _joined_to_numeral("三台风扇", 0, 1), _joined_to_numeral("三台风形式", 0, 1)
    (True, False)
    """
    words = _tagged(text[start:unit + _WORD_WINDOW])
    return bool(words) and len(words[0][0]) > unit - start


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


_CODE = re.compile(r"[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,6})?[级型]?")


def _coded_noun(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, Head | None]:
    """A noun after a code of Latin letters and digits that names its class, model or year (31个A级景区,
    两座60KW村级光伏电站, 1架K-32直升机, 53宗2019冠状病毒病确诊个案): the code modifies the noun the classifier
    counts, as an adjective would. Length and head, or (0, None); the noun must fit the classifier. A number
    followed by a unit or a numeral is a figure of its own, not a code (3个2021年, 5个10万元, 3个10余名).

    >>> lex = lexicon()
    >>> _coded_noun("A级景区已", 0, lex.classifiers["个"], lex)[0], _coded_noun("2021年的", 0, lex.classifiers["个"], lex)[0]
    (4, 0)
    >>> _coded_noun("K-32直升机配合", 0, lex.classifiers["架"], lex)[0], _coded_noun("10万元", 0, lex.classifiers["个"], lex)[0]
    (7, 0)
    >>> _coded_noun("24小时执勤卡点、", 0, lex.classifiers["个"], lex)[0], _coded_noun("24小时,", 0, lex.classifiers["个"], lex)[0]
    (8, 0)
    """
    m = _CODE.match(text, p)
    if m is None or m.end() >= len(text) or not "\u4e00" <= text[m.end()] <= "\u9fff":
        return 0, None
    cm = lex.classifier_re.match(text, m.end())
    if cm is not None and cm.group() in noun_shape_words("time_span") and m.group().isdigit():
        # 43个24小时执勤卡点: a span of time before the noun says how long it serves, as an adjective would (round q22;
        # not a year, 3个2021年度先进支部: a date)
        n, head = noun_after(text, cm.end(), classifier.category == "personnel", lex)
        fits = n and head is not None and head.category and _fits(head, classifier)
        return (cm.end() - p + n, head) if fits else (0, None)
    if (cm is not None and not (lex.classifiers[cm.group()].begins and _word_freq(text[cm.start():cm.end() + 1]))) \
            or text[m.end()] in _NUMERAL_AFTER:
        return 0, None  # (60KW村级光伏电站: 村 begins the word 村级, it is no unit here)
    n, head = noun_after(text, m.end(), classifier.category == "personnel", lex)
    if not n or head is None or not head.category or not _fits(head, classifier):
        return 0, None
    return m.end() - p + n, head


_NUMERAL_AFTER = "万亿千百十余多"


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
    demonym = _demonym(text, p)
    if demonym:
        return demonym, Head(text[p:p + demonym], "personnel", False, True, open=True)
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


_DEMONYM_RE = re.compile(r"([\u4e00-\u9fff]{2,3})人(?![民员口次数均群士工才力手物])")


def _demonym(text: str, p: int) -> int:
    """The length of a place name (jieba's dictionary tags it ns) and 人 at text[p]: the people of that place,
    counted by a bare numeral with 万 or 亿 (1600万中国人, 19万蒙洼人); 0 if none (人民, 人员, 人口 are words of their
    own). (Round q21.)

    >>> _demonym("19万蒙洼人,选择了撤离", 3), _demonym("20万优秀人才", 3)
    (3, 0)
    """
    m = _DEMONYM_RE.match(text, p)
    return m.end() - p if m is not None and _dictionary_tag(m.group(1)) == "ns" else 0


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
    >>> t = "83艘在台风影响范围外的安全水域"; _noun_after_de(t, 3, lexicon().classifiers["艘"], lexicon())
    (0, None)
    """
    k = text.find("的", p + 1, _clause_end(text, p, _DE_REACH))
    if k < 0 or _starts_number(text, p, lex) or any(c.isdigit() for c in text[p:k]) \
            or lex.chinese_count_re.search(text, p, k) is not None:
        return 0, None  # (3名儿童及两名行动不便的老人: another count before the 的 begins its own phrase, round q17)
    n, head = noun_after(text, k + 1, classifier.category == "personnel", lex)
    if not n or head is None or not (_fits(head, classifier) if head.open else _compatible(head, classifier)):
        return 0, None
    if text.startswith(noun_shape_words("locative_verb"), p) and head.open and not head.category:
        # 83艘在台风影响范围外的安全水域: 在 right after a count most often opens the count's predicate (where
        # the things are); only a noun of a known kind after the 的 makes it a relative clause (q23)
        return 0, None
    return k + 1 + n - p, head


_NUMBER_ENDS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿多余")  # how a figure ends
_ASIDE_MAX = 12  # how long a note in brackets between a count and its noun may be ((计划内413名))


def _noun_after_aside(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, int, Head | None]:
    """800多名(计划内413名)各类干部人才: a note in brackets between a count and its noun; the noun after the closing
    bracket is what is counted, by the count before the note and by a count of the same unit that closes the note
    (a part of the first). (start, length, head) of that noun, (p, 0, None) when there is none or it does not fit.

    >>> t = "选派800多名(计划内413名)各类干部人才"; lex = lexicon()
    >>> b, n, _ = _noun_after_aside(t, 7, lex.classifiers["名"], lex); t[b:b + n]
    '各类干部'
    >>> b, n, _ = _noun_after_aside(t, 15, lex.classifiers["名"], lex); t[b:b + n]
    '各类干部'
    >>> _noun_after_aside("又有10户(39人)贫困户脱贫", 4, lex.classifiers["户"], lex)[1]
    0
    >>> _noun_after_aside("救出3人(含2名儿童)。", 4, lex.classifiers["人"], lex)[1]
    0
    """
    if text[p:p + 1] in "(（":
        close = next((k for k in range(p + 2, min(len(text), p + 2 + _ASIDE_MAX)) if text[k] in ")）"), -1)
        if close < 0 or any(c in "(（，,。；;" for c in text[p + 1:close]) or _bare_count(text[p + 1:close], lex):
            return p, 0, None  # (10户(39人)贫困户: a bare count restates the figure in another unit; left, see docs)
        q = close + 1
    elif text[p:p + 1] in ")）":
        o = max(text.rfind("(", max(0, p - _ASIDE_MAX), p), text.rfind("（", max(0, p - _ASIDE_MAX), p))
        u = o - len(classifier.word)
        if u < 1 or not text.startswith(classifier.word, u) or text[u - 1] not in _NUMBER_ENDS \
                or _bare_count(text[o + 1:p], lex):
            return p, 0, None  # (only in a note with words that opens right after a count of the same unit)
        q = p + 1
    else:
        return p, 0, None
    n, head = noun_after(text, q, classifier.category == "personnel", lex, fallback=False)
    if not n or head is None or not (_fits(head, classifier) if head.open else _compatible(head, classifier)):
        return p, 0, None
    return q, n, head


def _bare_count(x: str, lex: Lexicon) -> bool:
    """x is a figure and its classifier alone (39人), no words.

    >>> _bare_count("39人", lexicon()), _bare_count("计划内413名", lexicon())
    (True, False)
    """
    k = len(x)
    while k > 0 and x[k - 1] not in _NUMBER_ENDS:
        k -= 1
    return 0 < k < len(x) and x[k:] in lex.classifiers and all(c in _NUMBER_ENDS or c in ".," for c in x[:k])


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


def _funds_right_after(text: str, m: re.Match, lex: Lexicon) -> int:
    """已收5亿善款, 各100万捐款 (round q15): a numeral with 万/亿 and no unit right before a listed noun of funds
    is a sum (funds are counted in money, and the 元 is dropped as in headlines); the noun's length, else 0.

    >>> t = "已收5亿善款,"; _funds_right_after(t, candidate_re().search(t), lexicon())
    2
    >>> t = "5亿人口,"; _funds_right_after(t, candidate_re().search(t), lexicon())
    0
    """
    if "万" not in m.group() and "亿" not in m.group():
        return 0
    n, head = noun_after(text, m.end(), False, lex, fallback=False)
    if n and head is not None and head.category == "funds" and not head.open and len(head.word) > 1 \
            and _is_boundary(_window_after(text, m.end(), lex), n, lex):
        return n
    return 0


_TEAM_SIZE = re.compile(r"[\d.]+[余多]?万?[人名]的")  # the members of teams right after their count (281支4913人的)


def _teams_after_size(text: str, p: int, classifier: Classifier, lex: Lexicon) -> tuple[int, int, Head | None]:
    """Teams counted, then their members and 的, then the teams' noun (281支4913人的…防汛抢险救援队伍): the start,
    length and head of that noun, when it is an organization (the members are a count of their own, read apart);
    (0, 0, None) otherwise. Round q30; round q31 lets the general classifier 个 count such teams too.

    >>> t = "组织28支500人的抢险救援队伍。"; _teams_after_size(t, 5, lexicon().classifiers["支"], lexicon())[:2]
    (10, 6)
    >>> t = "成立3个120人的应急分队。"; _teams_after_size(t, 4, lexicon().classifiers["个"], lexicon())[:2]
    (9, 4)
    >>> t = "组织28支500人的力量。"; _teams_after_size(t, 5, lexicon().classifiers["支"], lexicon())
    (0, 0, None)
    """
    # 支 counts teams; 个 counts anything, so the noun after the 的 must itself be an organization (q31)
    m = _TEAM_SIZE.match(text, p) if classifier.category in ("organization", "") else None
    if m is None:
        return 0, 0, None
    n, head = noun_after(text, m.end(), False, lex, fallback=False)
    if not n or head is None or head.category != "organization":
        # a team's noun read by its form (省级防汛抗洪机动队; 县级… begins with a place), round q31
        n, head = open_noun_after(text, m.end(), lex)
    if not n or head is None or head.category != "organization":
        return 0, 0, None
    return m.end(), n, head


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
