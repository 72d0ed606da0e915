"""Quantities, step 7b: counts that are not tallies: per-unit counts, rations, rates, the 一 of a story.

`drop_non_tallies` runs last in `rules.apply_rules`: a numbered slogan spelt out (六个一), a
narrative 一 (其中有一名老人), a count per unit of a set counted before (每个小组设立一个党支部), a
ration (每人2个), an average or rate (人均月收入1500元), a threshold or a person's own money, the
make-up of a group or of each unit: each figure is real, but adding it to a tally would be wrong.
"""
from __future__ import annotations

import re

from .records import Lexicon, Quantity
from .text import _CLAUSE_END, _clause_end, _CLAUSE_END_RE, _clause_start, _SENTENCE_END_RE, _sentence_start
from .numbers import _NUMERAL_START
from .heads import _head_at_end, _head_ends
from .nouns_before import _LEFT_WINDOW
from .conditions import _gift_class, _own_money, _threshold, size_class
from .window_tags import _tagged
from .shares import (_PER_UNIT_REACH, _contents, _per_unit, _ration, _sentence_bounds, more_contents,
                     per_head_respectively, share_cues)
from ..roles import _long_totals


_NUMBERED_SLOGAN = re.compile(r"[两二三四五六七八九十]个一")


def _slogan_expansion(q: Quantity, text: str) -> bool:
    """实行“六个一”工作机制,即每个班次由一名市级领导带班…: the 一s spell out a numbered slogan."""
    lo, hi = _sentence_bounds(text, q.number_start)
    return bool(_NUMBERED_SLOGAN.search(text, lo, hi))


_NARRATIVE_ONE_UNITS = ("批",)  # 一批: some, not one batch counted
_NOT_TALLY = ("有", "为", "了", "等")  # infix words that do not make a 一 a total (其中有一名老人; 共有 does)


_EQUATION_REACH = 8  # how far from a 一-count the 就是 of an equation of two may stand (帮助一个学子,就是帮助一个家庭)
_EQUATION_ONE = re.compile(r"[^，,。；;！!？?\n]{0,4}一")


def _one_is_one(q: Quantity, text: str) -> bool:
    """帮助一个学子,就是帮助一个家庭, 一个党员就是一面旗帜 (round q15): two 一-counts that 就是 equates make a maxim,
    not a tally.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "一个党员就是一面旗帜"; [(q.surface, _one_is_one(q, t)) for q in scan(t)]
    [('一面旗帜', True)]
    >>> t = "组建一支突击队,就是为了抢险"; [_one_is_one(q, t) for q in scan(t)]
    [False]
    """
    i = text.find("就是", q.end, q.end + _EQUATION_REACH)
    if i >= 0 and not _SENTENCE_END_RE.search(text, q.end, i) and _EQUATION_ONE.match(text, i + 2):
        return True
    j = text.rfind("就是", max(0, q.number_start - _EQUATION_REACH), q.number_start)
    if j < 0 or not _EQUATION_ONE.fullmatch(text, j + 2, q.number_start + 1):
        return False
    k = text.rfind("一", max(0, j - _EQUATION_REACH), j)
    return k >= 0 and not _SENTENCE_END_RE.search(text, k, j)


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
    if _one_is_one(q, text):
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


_GROUP_REACH = 24  # how far after a count its clause may say that it makes up one group

# a count of people right before (为)一组 / 为组 / 一队 / 一批 / 一班 says how many make up each group
# (5人一组, 3人为组、五人一队, 分两人一批抬出): a distributive size, not a tally; not the words 组织, 队伍 …
_GROUP_OF_RE = re.compile("为?一?(?:组(?![织成合建])|队(?![伍员长列])|批(?![准示评发复])|班(?![子长级]))")
_PEOPLE_UNITS = ("人", "名", "位")


# between a count and the 不等 that closes its spread: only further numerals, units and the words that join them
_SPREAD_FILL = frozenset("0123456789０１２３４５６７８９.．零〇一二两三四五六七八九十百千万亿余多几、和及或与到至从甚 元币")
_SPREAD_REACH = 40  # the longest spread (数额从50元、100元、500元甚至1000元不等)
_TIER_COUNT = "两三四五六七八九十23456789"  # 两档, 3档: the number of tiers of a schedule


def _spread(q: Quantity, text: str) -> bool:
    """A count or a sum followed in its clause, with only further amounts between, by 不等 (varying) or by a
    number of tiers (两档, 三档): the spread of single gifts, shares or sizes (数额从50元、100元甚至1000元不等,
    金额从600元到300元不等), or the tiers of a schedule (助学金分为566元和256元两档), never a tally or a total
    (round q15); not 不等于 (is not equal to).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "捐款数额从50元、100元甚至1000元不等,共筹得3万元"
    >>> [_spread(q, t) for q in scan(t, lexicon())]
    [True, True, True, False]
    >>> t = "补助分为800元和500元两档"; [_spread(q, t) for q in scan(t, lexicon())]
    [True, True]
    """
    fill = _SPREAD_FILL | set(q.unit)
    i, hi = q.end, min(len(text), q.end + _SPREAD_REACH)
    while i < hi and text[i] in fill:
        i += 1
    if text.startswith("不等", i):
        return not text.startswith("不等于", i)
    return text.startswith("档", i) and i > q.end and text[i - 1] in _TIER_COUNT


def _group_of(q: Quantity, text: str) -> bool:
    """5人一组, 两人一批: a count of people right before (为)一组/一队/一批/一班 is the size of each group.

    >>> from mobilization.quantities.candidate import scan
    >>> [_group_of(q, t) for t in ("“5人一组,注意安全!”", "3人为组、五人一队", "派出5人一组织") for q in scan(t)]
    [True, True, True, False]
    """
    if q.unit not in _PEOPLE_UNITS or not q.surface.endswith(q.unit):
        return False
    m = _GROUP_OF_RE.match(text, q.end)
    return m is not None and (m.group().startswith("为") or "一" in m.group())


# round q24: 按1名干部联系5户的标准: the counts spell out a norm (标准, 比例: data/share_words.csv, list norm)


def _norm(q: Quantity, text: str) -> bool:
    """按1名社区工作人员结对帮扶3-5名老人的标准: counts (not sums) between 按 (按照) and the 标准 or 比例 they spell out,
    in one clause, are the terms of a norm or a ratio (a per-unit count, CODEBOOK), not tallies.

    >>> from mobilization.quantities.candidate import scan
    >>> [_norm(q, t) for t in ("按1名干部联系5户的标准", "按照标准为200户发放米面", "完成200户标准化改造") for q in scan(t)]
    [True, True, False, False]
    """
    if q.currency:
        return False  # (按照1000元的标准发放补助: a sum's standard is the rate rules', test_quantities pins it kept)
    k = text.rfind("按", max(0, q.start - _GROUP_REACH), q.start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.start):
        return False
    return share_cues().norm_after.search(text, q.end, _clause_end(text, q.end, _GROUP_REACH)) is not None


_FORMULA = re.compile(r"(?<![\d.])(\d+)(?:\+(?:\d+|[Nn]))+(?![\d.])")  # “1+2”模式, "1+1+N": a make-up written as a sum
_FORMULA_REACH = 40  # how far before the count (in its sentence) the formula may stand


def _formula_term(q: Quantity, text: str) -> bool:
    """以“1+2”模式配置力量,即由1名负责人牵头,联动2名党员: a count whose value is a term of a formula written just before
    it in its sentence spells out the formula, the make-up of each unit (round q24), not a tally.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "以“1+2”模式配置力量,即由1名负责人牵头,联动2名党员,共组建小组30个"
    >>> [_formula_term(q, t) for q in scan(t)]
    [True, True, False]
    """
    lo = _sentence_start(text, max(0, q.start - _FORMULA_REACH), q.start)
    for m in _FORMULA.finditer(text, lo, q.start):
        terms = {float(t) for t in re.findall(r"\d+", m.group())}
        if q.value in terms and not q.value_high:
            return True
    return False


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
    >>> t = "由1名社区干部、1名网格员和志愿者、物业人员、热心居民等多种力量组成小组"; _composition(scan(t)[0], t, lexicon())
    True
    """
    lo = max(0, q.start - _GROUP_REACH)
    k = text.rfind("由", lo, q.start)
    if k < 0 or _CLAUSE_END_RE.search(text, k, q.start):
        return False
    reach = _GROUP_REACH
    if "、" in text[q.end:q.end + _GROUP_REACH]:
        reach += _GROUP_REACH  # (round q24: 由1名社区干部、1名网格员和志愿者、物业人员等力量组成小组: a list of the members)
    return lex.composition_re.search(text, q.end, _clause_end(text, q.end, reach)) is not None


_RATE_REACH = 24  # how far back in its clause an average or rate word governs a figure (平均每月可为村集体增加收入1.2万元)


def _rate(q: Quantity, text: str, lex: Lexicon) -> bool:
    """人均月收入达1500元, 平均每月增加收入1.2万元, 每次限取2盒: an average or a rate per person, per
    unit or per occasion (exclusions.csv, kind rate) before the number in its clause; the figure
    is not a tally, and reporting it as one would give a wrong total.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> [_rate(q, t, lexicon()) for t in ("人均月收入达1500元", "每次限取2盒", "人均收入提高,发放1500元",
    ...                                  "两家企业各500万元", "各级组织捐款500万元") for q in scan(t)]
    [True, True, False, False, False, False]
    >>> [_rate(q, t, lexicon()) for t in ("派发每日饭餐及总共一万包米", "每日派发一万包米") for q in scan(t)]
    [False, True]
    """
    lo = max(0, q.number_start - _RATE_REACH)
    ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, lo, q.number_start)]
    # (two characters past the number's start: a regex row may look ahead at the numeral it stands before;
    # 各1000万元 is no rate since the corpus F round: one row with the amount of each)
    m = lex.rate_re.search(text, ends[-1] if ends else lo, q.number_start + 2)
    if m is not None and any(w in text[m.end():q.number_start] for w in _long_totals()):
        return False  # 每日免费饭餐及总共一万包爱心米: a total word after the rate's word starts a sum (round q22)
    if m is not None and _RATE_ATTRIBUTE.search(text, m.end(), q.number_start):
        return False  # 新建日供水6万吨的乡镇供水1处: the rate and its figure describe the noun counted after 的 (round q26n)
    if m is None and ends and text.startswith(_REACHING, ends[-1]):
        return _rate_goes_on(text, ends[-1], lex)
    return m is not None and m.start() < q.number_start


_REACHING = "达"  # a clause that opens with 达 (amounting to) goes on with the clause before it


def _rate_goes_on(text: str, c: int, lex: Lexicon) -> bool:
    """The clause at text[c] opens with 达 and the clause before it is a rate's (每天出动运水车30余台次,达水量超150吨: the
    water of each day, round q28): what it amounts to is said per day too. Only the clause right before is read.

    >>> from mobilization.quantities import lexicon
    >>> t = "每天出动运水车30台次,达水量超150吨"; _rate_goes_on(t, t.index("达"), lexicon())
    True
    >>> t = "共出动运水车30台次,达水量超150吨"; _rate_goes_on(t, t.index("达"), lexicon())
    False
    """
    lo = _clause_start(text, max(0, c - 1 - _RATE_REACH), c - 1)
    m = lex.rate_re.search(text, lo, c - 1)
    return m is not None and not any(w in text[m.end():c] for w in _long_totals())


# a figure and its unit, then 的: a rate's figure that modifies a noun (日供水6万吨的, 年产60万吨的); a figure after it is not
# the rate's (round q26n)
_RATE_ATTRIBUTE = re.compile(r"[0-9〇零一二两三四五六七八九十百千万亿][^0-9的，,。;；年月日号时岁]{0,3}的")



# one person's own (他家的, 她的; not 我县, 我市 or 他们: an office or a team speaks for many), or the rest of a
# person's family after a spouse or parent (杨某的丈夫和两个孩子, 她的父母和3个弟妹)
_OWNER = re.compile(r"(?:[他她你我](?:家的?|的)|的(?:丈夫|妻子|爱人|老伴|父亲|母亲|父母|公婆)[和与及、])\Z")
_OWNER_REACH = 7


def _personal(q: Quantity, text: str) -> bool:
    """他家的4间土房, 她的2个孩子: what one person owns or lives with, in a story, not a tally.

    >>> from mobilization.quantities.candidate import scan
    >>> [_personal(q, t) for t in ("他家的4间土房", "他的2间房屋", "我县4间房屋", "他们的20名队员") for q in scan(t)]
    [True, True, False, False]
    >>> [_personal(q, t) for t in ("杨金美的丈夫和两个孩子都在外地", "村民的住房和两个仓库") for q in scan(t)]
    [True, False]
    """
    return _OWNER.search(text, max(0, q.start - _OWNER_REACH), q.start) is not None


# round q24: a headless superlative that opens its clause, then a verb (最多的领了6000元, 最少的也分到100元): the one
# member who got, gave or has the most or least; its figure is that one's, an extreme of a spread, not a tally
# (最 + 多/少/高/低 + 的 + an optional adverb: data/share_words.csv, lists extreme_degree and extreme_adverb)


def _extreme_one(q: Quantity, text: str) -> bool:
    """最多的领了6000元,最少的也领了100元: the figure of the one who got the most or the least.

    >>> from mobilization.quantities.candidate import scan
    >>> [_extreme_one(q, t) for t in ("最多的领了6000元,最少的也领了100元", "最多的一天接待游客2000人", "共领取4万元")
    ...  for q in scan(t)]
    [True, True, False, False]
    """
    lo = _clause_start(text, max(0, q.start - _OWNER_REACH - 4), q.start)
    m = share_cues().extreme_one.match(text, lo, q.start)
    if m is None or m.end() >= q.number_start:
        return False
    tags = _tagged(text[m.end():q.number_start])
    return bool(tags) and tags[0][1].startswith("v")  # (最多的一天: a noun after 的, a peak of its own kind)


_ELLIPSIS = ("……", "…", "...", "⋯")


def _illustrations(found: list[Quantity], text: str) -> set[int]:
    """10只、30只、100只……: two or more counts with no noun in a list that trails off into an ellipsis illustrate
    (how gifts grew), they tally nothing; the indices of such counts in `found`.

    >>> from mobilization.quantities.candidate import scan
    >>> t = "10只、30只、100只……企业捐赠口罩"; sorted(_illustrations(scan(t), t))
    [0, 1, 2]
    >>> t = "10只、30只口罩……"; sorted(_illustrations(scan(t), t)), sorted(_illustrations(scan("转移280万人……"), "转移280万人……"))
    ([], [])
    """
    out: set[int] = set()
    run: list[int] = []  # the list being read leftwards from its ellipsis
    for i in range(len(found) - 1, -1, -1):
        q = found[i]
        if not q.entity and run and text.startswith("、", q.end) and found[run[-1]].start == q.end + 1:
            run.append(i)
            continue
        if len(run) > 1:
            out.update(run)  # (one count before an ellipsis ends a list of facts: 转移安置280多万人……)
        run = [i] if not q.entity and text.startswith(_ELLIPSIS, q.end) else []
    if len(run) > 1:
        out.update(run)
    return out


_PAIR_MAX = 3  # 两人, 三人: a spelt-out count of a few people that may stand for them like a pronoun
_NOUN_BEFORE = 6  # characters read for a noun or place right before such a count (乙村两人)


def _pronoun_count(q: Quantity, text: str, kept: list[Quantity], lex: Lexicon) -> bool:
    """姐妹两人…两人把心意告诉爷爷…表扬两人: a few people counted again with no noun, as a pronoun ("the
    two"), after the same count of people earlier in the text: the same people, not new ones.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "姐妹两人捐出一千元。两人把心意告诉爷爷"; qs = scan(t)
    >>> [_pronoun_count(q, t, qs[:i], lexicon()) for i, q in enumerate(qs)]
    [False, False, True]
    >>> t = "甲村两人受伤,乙村两人死亡"; qs = scan(t); [_pronoun_count(q, t, qs[:i], lexicon()) for i, q in enumerate(qs)]
    [False, False]
    """
    if q.entity or q.unit != "人" or q.value > _PAIR_MAX or q.value_high is not None or text[q.number_start].isdigit() \
            or not any(e.unit == q.unit and e.value == q.value and e.value_high is None for e in kept):
        return False
    # as a pronoun it opens its clause or follows a verb (两人把…, 表扬两人); after a known noun or place it
    # counts new people (甲村两人受伤,乙村两人死亡)
    return _head_at_end(text[max(0, q.start - _NOUN_BEFORE):q.start], lex) is None


def _size_class(q: Quantity, nxt: Quantity, lex: Lexicon) -> bool:
    """500万元投资建设项目15个: a sum right before a noun counted next (the noun first, then its count) names
    the size of the things counted, not money given; not before goods or funds (500万元物资3批 is their value).

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "实施500万元投资建设项目15个"; a, b = scan(t, lexicon()); _size_class(a, b, lexicon())
    True
    >>> t = "捐赠500万元物资3批"; a, b = scan(t, lexicon()); _size_class(a, b, lexicon())
    False
    """
    cls = lex.classifiers.get(nxt.unit)
    if nxt.start != q.end or not nxt.entity or cls is None or cls.kind != "count" \
            or not nxt.surface.startswith(nxt.entity):
        return False
    head = _head_at_end(nxt.entity, lex)
    return head is None or head.category not in ("supplies", "funds")


_SCHEDULE_LABEL = 8  # longest label of a row in a schedule of rates (中低收入户大学5千元)
_SCHEDULE_GAP = re.compile(r"[,，、;；]([\u4e00-\u9fff]{0,%d})\Z" % _SCHEDULE_LABEL)


def _next_rate(rate: Quantity, q: Quantity, text: str, lex: Lexicon) -> bool:
    """每人1万元,高中5千元,一般家庭2千5百元: the sums that follow a rate in its sentence, each after a
    comma and a short label with no verb, are further rows of the same schedule of rates.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "低收入户大学生每人1万元,高中5千元,共发放300万元"; a, b, c = scan(t, lexicon())
    >>> _next_rate(a, b, t, lexicon()), _next_rate(b, c, t, lexicon())
    (True, False)
    """
    m = _SCHEDULE_GAP.match(text, rate.end, q.start) if q.start - rate.end <= _SCHEDULE_LABEL + 1 else None
    if m is None or q.currency != rate.currency:
        return False
    return lex.stop_re is None or lex.stop_re.search(m.group(1)) is None


# round q17: a floor that a rule or a plan sets (每支医疗队由不少于5人组成, 要求…带动贫困农户不少于50户, 各镇成立一支
# 不少于50人的应急队伍): 不少于/不低于 before a figure, in a sentence that sets a norm (每, 各, 要求, 须, 应 …), states
# a norm to meet, not a number reached; 不少于 stood before no gold row of the 18 opened figure corpora
_FLOOR_WORDS = ("不少于", "不低于", "不得少于", "不得低于", "不应少于", "应不少于")
# a sentence that sets a norm: per unit (每, 各), a requirement (要求, 须, 应, 确保, 规定, 原则上)
_NORM_WORDS = ("每", "各", "要求", "须", "应", "确保", "规定", "原则上")


def _required_floor(q: Quantity, text: str) -> bool:
    """A figure after a word of a required floor (不少于, 不低于) in a sentence that sets a norm: not a tally.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "各镇成立一支不少于50人的应急队伍,共300人"; [_required_floor(q, t) for q in scan(t, lexicon())]
    [True, False]
    >>> t = "共有不少于50名党员参加"; [_required_floor(q, t) for q in scan(t, lexicon())]
    [False]
    """
    if not text.endswith(_FLOOR_WORDS, max(0, q.number_start - 4), q.number_start):
        return False
    lo, hi = _sentence_bounds(text, q.number_start)
    return any(text.find(w, lo, hi) >= 0 for w in _NORM_WORDS)  # (共有不少于50名党员: a fact, no norm)


def drop_non_tallies(found: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """The quantities of one scan less those that are not tallies, in order: a list that trails off
    (10只、30只……), one person's own, a few people named again (两人),
    numbered slogans, narrative 一, counts of nothing (0人), per-unit counts and rations, averages and rates, required
    floors (不少于),
    thresholds and own money, the make-up of a group or of each unit.

    >>> from mobilization.quantities import lexicon
    >>> from mobilization.quantities.candidate import scan
    >>> t = "每人2个口罩,共发放300个口罩"; [q.surface for q in drop_non_tallies(scan(t), t, lexicon())]
    ['300个口罩']
    """
    kept: list[Quantity] = []
    has_each = "每" in text  # without it no count is per unit (most documents of the genre have some)
    has_spread = "不等" in text or "档" in text
    has_floor = "不少于" in text or "不低于" in text
    has_extreme, has_norm, has_formula = "最" in text, "按" in text, "+" in text  # (round q24; once, not per count)
    has_respectively = "分别" in text
    has_rate = lex.rate_re is not None and lex.rate_re.search(text) is not None
    has_group = lex.group_re is not None and lex.group_re.search(text) is not None
    has_composition = lex.composition_re is not None and "由" in text and lex.composition_re.search(text) is not None
    illustrations = _illustrations(found, text) if "…" in text or "..." in text else ()
    last_rate: Quantity | None = None  # the last sum dropped as a rate: a schedule of rates may follow it
    last_contents: Quantity | None = None  # the last count dropped as one unit's contents: more items may follow it
    for i, q in enumerate(found):
        if q.value == 0 and not q.value_high:
            continue  # 0人参与, 新增0例: a count of nothing reports an absence, no tally (round q24: no gold row of the
            # opened corpora has the value 0; the one such figure read was a forum's page counter)
        if i in illustrations or _personal(q, text) or _pronoun_count(q, text, kept, lex) \
                or (has_extreme and _extreme_one(q, text)):
            continue
        if last_rate is not None and q.currency and _next_rate(last_rate, q, text, lex):
            last_rate = q
            continue
        if q.currency and i + 1 < len(found) and _size_class(q, found[i + 1], lex):
            continue
        one = text[q.number_start:q.number_start + 1] == "一" and q.value == 1 and q.value_high is None
        if one and (_slogan_expansion(q, text) or _narrative_one(q, text, lex, has_each)):
            continue
        if last_contents is not None and more_contents(last_contents, q, text):
            last_contents = q
            continue  # (round q24: 载有20套检测包、20个口罩和两盒中成药: the list of one unit's contents)
        if has_each and text.find("每", max(0, q.number_start - _PER_UNIT_REACH), q.number_start) >= 0 \
                and ((contents := _contents(q, text)) or _per_unit(q, text, kept) or _ration(q, text, lex)):
            last_rate = q if q.currency else None
            last_contents = q if contents else None  # (asked once: `_ration` no longer asks it again)
            continue  # (the find: most counts have no 每 before them, decided in C)
        if has_rate and _rate(q, text, lex):
            continue
        if has_respectively and per_head_respectively(q, text, found):
            continue  # 170名学子分别获6000元和3000元资助: what each gets (round q21)
        if has_floor and _required_floor(q, text):
            continue
        if q.currency and (_threshold(q, text, lex) or _own_money(q, text) or _gift_class(q, text)):
            continue
        if q.approx in ("more_than", "at_least") and size_class(q, text, lex):
            continue  # 1000人以上的企业: firms of that size (round q25)
        if has_spread and _spread(q, text):
            continue
        if has_group and _group_size(q, text, lex):
            continue
        if _group_of(q, text) or (has_norm and _norm(q, text)) or (has_formula and _formula_term(q, text)):
            continue
        if has_composition and q.value == 1 and q.value_high is None and _composition(q, text, lex):
            continue
        kept.append(q)
    return kept
