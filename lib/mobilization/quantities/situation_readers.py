"""Quantities, step 4c (first half): the readers of a count's situation that `situations` decides from.

What the clause and sentence around a count say of it, each a small reader with its word list: a team made up of
the people counted (`_composed_of`), a sum per head given to them (`_per_head`), stations or posts set up
(`_set_up`), goods handed over (`_handed_over`), a noun of people served (`_served_de`), the category of the
sentence's other count of people (`_sentence_default`), the whole a count is part of (`_whole_of`, after 其中),
aid's institutions and people in need (`_aided_institution`, `_in_need`), places and silent counts (`_a_place`,
`_silent`). `situations` (step 4c) weighs them into a category.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .categories import _HOUSEHOLDS
from .heads import _head_at_end
from .window_tags import _tagged
from .wordlists import noun_shape_words
from .records import Lexicon, Quantity
from .text import SENTENCE_END as _SENTENCE_END, _SENTENCE_END_RE, _clause_start
from .verbs import SituationWords, _role_re, _verb_words, situation_words  # noqa: F401 (situation_words: the doctests)
from .clause_reading import _bare_people, _first_verb_after, _is_people, _NUMERAL_NEXT, _phrase_start, _REACH

_PLACE_ENDS = ("村", "社区", "小区", "乡", "镇", "县", "区", "市", "省", "省份", "街道", "片区", "网格", "村小组", "村民小组",
               "村民组")  # places: never built (the groups of a village too, round q21c; 省份 provinces, round q33)
BARE_DEFAULT = "other"  # a bare count of people with no word of serving, reaching or harm (measured, docs)

_SERVE_BEFORE = re.compile(r"服务了?(?:约|近|逾|超过|共)?(?:[\d.一二两三四五六七八九十百千万余多]+[个名户家所座位]?"
                           r"[\u4e00-\u9fff]{1,6}?(?:和|及|与|、)(?:约|近|逾|超过|共)?)?$")  # a verb of serving right
# before the count of its object, past an approximation (服务近一万二千名病人: the people served; round q20c), or past a
# first item of the list it takes (直接服务近4万个村和1400多万农民: round q27)
_BY = re.compile(r"由(?:约|近|共|超过|逾)?$")  # 由 before a count: the agent of a passive of making up or founding
_COMPOSE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?$")  # at most an adverb between the count and the verb (自发)


def _composed_of(q: Quantity, text: str, words: SituationWords) -> bool:
    """The count of people `q` stands after 由 and before a verb of making up or founding (situation_verbs.csv compose)
    with at most a short adverb between: the members of the body (服务队由150余名退伍军人自发成立, 由32名队员组成).

    >>> w = situation_words()
    >>> def by(t, s):
    ...     i = t.index(s)
    ...     return _composed_of(Quantity(i, i + len(s), s, 1.0, unit="名", number_start=i), t, w)
    >>> by("服务队由150余名退伍军人自发成立", "150余名退伍军人"), by("由32名队员组成", "32名队员"), by("为32名群众送去", "32名群众")
    (True, True, False)
    """
    if _BY.search(text, max(0, q.start - 3), q.start) is None:
        return False
    for k in range(q.end, min(len(text), q.end + 5)):
        m = words.compose_re.match(text, k)
        if m is not None:
            return _COMPOSE_AFTER.fullmatch(text, q.end, k) is not None
    return False


_PER_HEAD_REACH = 24  # how far after a count of people its distribution per head (每人…) may begin
_PER_HEAD_GAIN = 12  # and how far after 每人 the verb of giving or gain, or the sum, may stand
_OTHER_PEOPLE = re.compile(r"[\d一二两三四五六七八九十百千万]+[余多]?(?:名|人|位|户)")  # another count of people
_SUM = re.compile(r"[\d一二两三四五六七八九十百千万.]+[余多]?(?:元|万元|块)")


def _per_head(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """A word of distribution per head (situation_verbs.csv per_head: 每人, 每位) follows the count of people `q` in its
    sentence, with no other count of people between, and a verb of giving, benefit, receiving or gain (roles give,
    benefit, receive, gain) or a sum follows it (…成员共计364人,每人发放长寿金500元; 学生,每人将得到1000元资助;
    其中11名每人566元): the people counted are those the aid reaches.

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> def ph(t, s):
    ...     i = t.index(s)
    ...     return _per_head(Quantity(i, i + len(s), s, 1.0, unit="人", number_start=i), t, lex, w)
    >>> ph("老人共计364人,每人发放长寿金500元", "364人"), ph("其中11名每人566元", "11名"), ph("出动200人,每人负责10户", "200人")
    (True, True, False)
    """
    lo = q.end - len(q.entity) if q.entity in words.roles["per_head"] and q.surface.endswith(q.entity) else q.end
    # (其中11名每人566元: the noun reader may take 每人 for the noun)
    hi = min(len(text), lo + _PER_HEAD_REACH)
    end = _SENTENCE_END_RE.search(text, lo, hi)
    m = words.per_head_re.search(text, lo, end.start() if end is not None else hi)
    if m is None or _OTHER_PEOPLE.search(text, lo, m.start()) is not None:
        return False
    tail = text[m.end():m.end() + _PER_HEAD_GAIN]
    if _SUM.match(tail) is not None or _SUM.search(tail) is not None and not words.any_re.search(tail):
        return True
    gains = words.roles["give"] | words.roles["benefit"] | words.roles["receive"] | words.roles["gain"]
    return any(g in tail for g in gains)


_KIT_UNITS = frozenset(("只", "箱", "套", "份", "件", "袋", "包"))  # classifiers of things, never of households
_DEAD = ("遇难", "罹难", "死亡", "遗体", "尸体", "遗骸", "死者", "亡者")  # inside a noun of people: the dead (the toll)
_VESSELS = ("船", "船只", "船舶")  # vessels (not 冲锋舟, 救生艇, 橡皮艇: rescue craft sent are goods)
_STATIONS = ("点", "站", "站点", "点位", "场所", "阵地", "营区", "卡口", "病区")  # posts, stations, checkpoints, sites
# and wards (a point may be set up: situation_verbs.csv set_up)
_NOT_STATIONS = ("居民点", "易涝点", "易灾点", "服务点", "隐患点", "险点", "火点",  # (起火点: where a fire burns)
                 "车站", "铁站", "客运站", "加油站", "收费站", "水文站", "气象站", "雨量站")
# (stations of transport and measurement are a place's own infrastructure, where a drive is held or a flood measured,
# not posts the mobilization sets up: 沿线11个车站启动巡回募血; eighth session)
# (service points are coverage in the gold; settlements and hazard spots are places. Checkpoints SET UP are units,
# organization, in the gold of AN and S: round q19c)
_DOSE_UNITS = frozenset(("剂", "剂次", "针", "针次"))  # doses of a vaccine
_VACCINATE = "接种"  # the verb of giving doses (CODEBOOK.md: doses given are activity, people vaccinated coverage)


_COUNT_CLAUSE = re.compile(r"[\d一二两三四五六七八九十百千万]+[余多]?[^\d,，;；。、]{1,6}$")  # a clause that ends with a count


def _a_post(q: Quantity) -> bool:
    """The count's noun names a post, station, site or ward (_STATIONS), not a settlement, a hazard spot or a place's
    own station (_NOT_STATIONS), in a category a post may take (coverage or organization).

    >>> _a_post(Quantity(0, 5, "12个卡口", 12.0, unit="个", entity="卡口", category="coverage")), \\
    ...     _a_post(Quantity(0, 5, "11个车站", 11.0, unit="个", entity="车站", category="coverage"))
    (True, False)
    """
    return q.category in ("coverage", "organization") and q.entity.endswith(_STATIONS) \
        and not q.entity.endswith(_NOT_STATIONS)


def _set_up(q: Quantity, text: str, words: SituationWords) -> bool:
    """A verb that sets posts up (situation_verbs.csv set_up) governs the count `q` of posts: in its clause, before a
    list closed by 等 (_set_up_list), or in the clause before when that clause ends with a count and `q` opens its own
    (开设1000张病床,13个病区: the verb's objects, listed with commas).

    >>> w = situation_words()
    >>> def up(t, s):
    ...     i = t.index(s)
    ...     return _set_up(Quantity(i, i + len(s), s, 1.0, unit="个", entity="病区", number_start=i), t, w)
    >>> up("开设1000张病床,13个病区", "13个病区"), up("开设1000张病床,收治患者,13个病区", "13个病区")
    (True, False)
    """
    lo = _clause_start(text, max(0, q.start - _REACH - _set_up_list(text, q.start)), q.start)
    if words.set_up_re.search(text, lo, q.number_start) is not None:
        return True
    if lo == 0 or text[lo:q.start].strip() or _COUNT_CLAUSE.search(text, 0, lo - 1) is None:
        return False
    before = _clause_start(text, max(0, lo - 1 - _REACH), lo - 1)
    return words.set_up_re.search(text, before, lo - 1) is not None


def _covered_post(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """The posts counted by `q` are places the mobilization's people guard, inspect, supply, take over or cover
    (situation_verbs.csv cover, give, and the verbs of reaching of entity_stops.csv, in the clause before the
    count, or a verb of cover right after it: 在12个检测点服务值守): coverage, not units (CODEBOOK.md eighth session).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> def cov(t, s):
    ...     i = t.index(s)
    ...     return _covered_post(Quantity(i, i + len(s), s, 1.0, unit="个", entity=s[s.index("个") + 1:],
    ...                                   number_start=i), t, lex, w)
    >>> cov("民兵值守12个卡口。", "12个卡口"), cov("我们全乡38个检查点,早上8点上报", "38个检查点")
    (True, False)
    >>> cov("活动在全省9个据点同时举办。", "9个据点"), cov("在12个检测点服务值守", "12个检测点")
    (False, True)
    """
    lo = _clause_start(text, max(0, q.start - _REACH), q.start)
    cover = words.roles["cover"]
    after = text[q.end:q.end + _COVER_AFTER]
    return any(word in cover or word in words.roles["give"] or word in lex.served
               for k in range(lo, q.start) for word in (text[k:k + 2], text[k:k + 3], text[k])) \
        or any(w in after[:_clause_end_in(after)] for w in cover)


_COVER_AFTER = 6  # how far after the posts a verb of cover said of the people in them may end (在12个检测点服务值守)


# Not `text._clause_end`: this one reads a few characters already cut after a count and also stops at 、 (12个卡口、
# 3个检查站值守: a verb after the next item of a list is that item's), but not at a line break, which _clause_end stops
# at. They disagree on real calls (on the opened figure corpora 40 of 400 windows here open with a line break), so
# sharing one would change outputs; both stay (whether a line break should end this window too is a question for a
# round that may change outputs, not for a structure round).
def _clause_end_in(s: str) -> int:
    """Where the first clause of `s` ends (its first mark of punctuation), else its length.

    >>> _clause_end_in("服务值守,早上"), _clause_end_in("值守")
    (4, 2)
    """
    m = re.search(r"[,，。;；:：!！?？、]", s)
    return m.start() if m else len(s)


_LIST_SPAN = 30  # how much farther back the verb may stand when a list closed by 等 names the stations


def _set_up_list(text: str, start: int) -> int:
    """How much farther back than _REACH the verb that sets stations up may stand: a list closed by 等 between them
    (设置宝兴中学、宝兴体育馆、某村村委会等转移安置点61个: the verb is before the list).

    >>> _set_up_list("设置甲中学、乙体育馆等安置点61个", 12), _set_up_list("设置安置点61个", 2)
    (30, 0)
    """
    return _LIST_SPAN if "等" in text[max(0, start - 12):start] and "、" in text[max(0, start - _REACH - _LIST_SPAN):start] \
        else 0


def _handed_over(q: Quantity, text: str) -> bool:
    """A verb of handing goods over (捐赠, 发放 …) stands in the clause before the count (捐赠冲锋舟10艘)."""
    lo = _clause_start(text, max(0, q.start - _REACH), q.start)
    return any(v in text[lo:q.number_start] for v in _HAND_OVER)


_BACK_TO_WORK = frozenset(("返岗",))  # a verb of benefit that people who serve also do (going back to their posts)
_HAND_OVER = frozenset(("捐赠", "捐献", "捐", "捐助", "赠送", "发放", "分发", "派发", "送去", "送来", "送上", "送达",
                        "送出", "送抵", "送给", "发给"))  # verbs of handing goods over (not 提供 解决 办理: services)


def _governs(text: str, end: int, start: int) -> bool:
    """The verb ending at text[end] takes the count at text[start] as its object: no number and no other
    verb between (检查了煤矿、工贸等行业领域的120多家企业; not 搜救队伍分成10个小组, 安置群众超1500人 246支队伍,
    安抚安置等11支先锋队).

    >>> _governs("检查了重点行业的120家企业", 2, 8), _governs("搜救队伍分成10个小组", 2, 6)
    (True, False)
    """
    between = text[end:start]
    if between.startswith(("等", "、")):
        return False  # 安抚安置等11支党员先锋队: the verb names a kind in a list, it is no verb of the clause
    return not _NUMERAL_NEXT.search(between) and not any(t.startswith("v") and t != "vn" for _, t in _tagged(between))


def _served_de(text: str, start: int, lo: int, lex: Lexicon, words: SituationWords) -> bool:
    """A verb of reaching (entity_stops.csv served) and 的 right before the count, with a subject of its own
    before it (督导组检查的33家企业: the firms inspected); not 参与检查的10家单位 (a verb before it: the doers).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> [_served_de(t, t.index("3"), 0, lex, w) for t in ("督导组检查的33家企业", "参与检查的33家单位", "捐建的33所学校")]
    [True, False, False]
    """
    if start < 1 or text[start - 1] != "的":
        return False
    m = None
    for m in lex.served_re.finditer(text, max(lo, start - 1 - 4), start - 1):
        pass
    if m is None or m.end() != start - 1 or words.has("scope", m.group()):
        return False
    return not any(v.end() == m.start() for v in _verb_words(text, lo, m.start(), lex, words)) \
        and not words.any_re.search(text, max(lo, m.start() - 4), m.start())


_INTO = ("进", "入", "往", "至", "到")  # a verb of giving with a complement of direction takes the place reached


_SAME_PEOPLE_REACH = 80  # how far back in its sentence the count of people a bare count goes on about may stand


_HEADING = re.compile(r"(?m)^[一二三四五六七八九十]+[、.．]\s*([^\n]{1,24})$")  # a numbered section heading on its line
_HEADING_REACH = 600  # how far before a count its section's heading may stand


def _screening_section(text: str, start: int, lex: Lexicon) -> bool:
    """The count at text[start] stands in a numbered section whose heading names a screening or a visit of people
    (一、返乡人员摸排情况: a verb of reaching, entity_stops.csv served): the bare counts of people listed under it, with
    nothing else to say what they are, are the people screened, coverage (CODEBOOK.md). Round q22c.

    >>> from mobilization.quantities import lexicon
    >>> t = "一、返乡人员摸排情况\\n1、武汉返回137人。\\n二、卡点布置情况\\n每天出动480余人。"
    >>> _screening_section(t, t.index("137"), lexicon()), _screening_section(t, t.index("480"), lexicon())
    (True, False)
    """
    heading = None
    for heading in _HEADING.finditer(text, max(0, start - _HEADING_REACH), start):
        pass
    return heading is not None and lex.served_re.search(heading.group(1)) is not None


def _sentence_default(before: list[Quantity], q: Quantity, text: str, lex: Lexicon) -> str:
    """The category of a bare count of people that nothing around it decides: personnel right after
    vehicles or teams in a list of what was sent; else that of the last count of people before it in its sentence (依亲784人、疏散避难999人…另有221人, 41名同志中,有30人是…: the sentence
    goes on about the same people), else BARE_DEFAULT.

    >>> from mobilization.quantities import lexicon
    >>> p = Quantity(0, 5, "41名同志", 41.0, unit="名", entity="同志", category="personnel")
    >>> _sentence_default([p], Quantity(8, 11, "30人", 30.0, unit="人"), "41名同志中,有30人是", lexicon())
    'personnel'
    """
    if not _bare_people(q, lex):
        return BARE_DEFAULT
    if before and before[-1].end == q.start - 1 and text[before[-1].end] == "、" \
            and before[-1].category in ("supplies", "organization"):
        return "personnel"  # 58辆消防车、396人、10条搜救犬: listed with the vehicles and teams sent, their crews
    if before and before[-1].end == q.start and before[-1].category == "coverage":
        return "coverage"  # 检查车辆800辆1500人, 全村252户1162人: the people of what was reached just before
    if _screening_section(text, q.start, lex):
        return "coverage"  # 一、返乡人员摸排情况 1、武汉返回137人: people listed under a heading of screening (round q22c)
    in_sentence = _people_category_before(
        before, lex, lambda prev: prev.end <= q.start - _SAME_PEOPLE_REACH
        or any(ch in _SENTENCE_END for ch in text[prev.end:q.start]))
    return in_sentence or _composition(before, q, text, lex) or BARE_DEFAULT


def _people_category_before(before: list[Quantity], lex: Lexicon, past: Callable[[Quantity], bool]) -> str:
    """The category (personnel, coverage or other) of the last count of people in `before`, going back until
    `past(prev)` says a count lies beyond the reach; '' when none is found.

    >>> from mobilization.quantities import lexicon
    >>> p = Quantity(0, 5, "41名同志", 41.0, unit="名", entity="同志", category="personnel")
    >>> _people_category_before([p], lexicon(), lambda prev: False), _people_category_before([p], lexicon(), lambda prev: True)
    ('personnel', '')
    """
    for prev in reversed(before):
        if past(prev):
            break
        if _is_people(prev, lex) and prev.category in ("personnel", "coverage", "other"):
            return prev.category
    return ""


_PART_REACH = 160  # how far back (past sentence ends, within its paragraph) the set a part by attribute is of may stand
_PART_OPENERS = re.compile(r"^(?:其中|另有|有|共|共有)[:：]?")  # words that may open the clause before the attribute


def _composition(before: list[Quantity], q: Quantity, text: str, lex: Lexicon) -> str:
    """A bare count of people whose clause names them only by an attribute of persons, an age band, a schooling, a
    sex (35岁及以下18人, 大专以上学历51人, 女性19人: noun_shape_words.csv attribute) is a part of the people last counted
    before it in its paragraph, past sentence ends (新当选成员62人…女性19人: the members), and takes their category
    (round q33; a report describing who was elected or sent goes on over several sentences). '' when none is near.

    >>> from mobilization.quantities import lexicon
    >>> p = Quantity(0, 6, "成员62人", 62.0, unit="人", entity="成员", category="personnel")
    >>> t = "成员62人。平均年龄41岁,35岁及以下18人"
    >>> _composition([p], Quantity(t.index("18"), len(t), "18人", 18.0, unit="人"), t, lexicon())
    'personnel'
    >>> t = "成员62人。镇里另有18人"
    >>> _composition([p], Quantity(t.index("18"), len(t), "18人", 18.0, unit="人"), t, lexicon())
    ''
    """
    lo = _clause_start(text, max(0, q.start - _REACH), q.start)
    head = _PART_OPENERS.sub("", text[lo:q.start].strip(" (（"))
    if not head or len(head) > 12 or not head.endswith(noun_shape_words("attribute")):
        return ""
    return _people_category_before(before, lex,
                                   lambda prev: prev.end <= q.start - _PART_REACH or "\n" in text[prev.end:q.start])


_PARTY_STATUS = "入党"  # joining the Party: a sentence about it uses 群众 for people not in the Party (round q19c)


def _sentence_of(text: str, q: Quantity) -> str:
    """The sentence of the count `q` (from the last sentence end before it to the next one).

    >>> _sentence_of("甲。乙有8人。丙", Quantity(4, 6, "8人", 8.0, unit="人"))
    '乙有8人。'
    """
    lo = max(text.rfind(ch, 0, q.start) for ch in _SENTENCE_END) + 1
    m = _SENTENCE_END_RE.search(text, q.end)
    return text[lo:m.end() if m is not None else len(text)]


_FIRMS_BEFORE = re.compile(r"(?:企业|公司|商户|工厂|厂家|合作社)(?:数)?(?:达到|达|共|共有|有|为|累计|总数)?$")
_VEHICLE_UNITS = frozenset(("辆", "台", "架", "艘", "部"))  # vehicles, machines and craft
_TIMES_AFTER = re.compile(r"\s*[/／]\s*次|次(?![数序日年])")  # 64辆/次, 8辆车次: counted per trip, not as things
_KINDS = re.compile(r"[(（][^()（）]{1,8}[)）]")  # the kinds of a place in brackets after its count: 8市(自治州)
_PARTS = "其中"  # what follows breaks the count before it down into parts


def _whole_of(before: list[Quantity], q: Quantity, text: str, lex: Lexicon) -> Quantity | None:
    """The count of people that a count of people after 其中 is a part of, in the same sentence, with
    only counts of people between (转移海上人员16万人,其中渔排养殖人员3.2万人,渔船人员12.8万人: both parts of
    the 16万 moved), else None.

    >>> from mobilization.quantities import lexicon
    >>> t = "转移人员16万人,其中渔船人员12.8万人"
    >>> w = Quantity(2, 9, "人员16万人", 160000.0, unit="人", entity="人员", category="coverage")
    >>> _whole_of([w], Quantity(12, 22, "渔船人员12.8万人", 128000.0, unit="人", entity="渔船人员"), t, lex := lexicon()) is w
    True
    """
    # the sentence's start and its 其中s are found once: scanning the text between each earlier count and
    # this one made a long sentence of counts cubic in its length (tests/test_robustness_probe.py, test_8)
    last = text.rfind(_PARTS, 0, q.start)
    if last < 0 or _SENTENCE_END_RE.search(text, last, q.start) is not None or not _is_people(q, lex):
        return None  # no 其中 in the sentence (the last one before the count is in an earlier sentence, or none)
    start = max(text.rfind(ch, 0, q.start) for ch in _SENTENCE_END) + 1
    opens = not text[start:last].strip()  # (其中 opens its sentence: the whole is in the sentence before)
    if opens:
        start = max(text.rfind(ch, 0, start - 1) for ch in _SENTENCE_END) + 1
    parts = [m.start() for m in re.finditer(_PARTS, text[start:q.start])]
    for prev in reversed(before):
        if prev.end < start or not _is_people(prev, lex) or prev.category not in ("personnel", "coverage", "other"):
            return None
        k = next((start + p for p in parts if start + p >= prev.end), -1)
        if k >= 0 and (re.fullmatch(r"[,，、]?", text[prev.end:k])
                       or (opens and _TAIL_BEFORE_PARTS.fullmatch(text, prev.end, k) is not None)):
            return prev  # (其中 right after the whole: the counts after it are its parts; or 其中 opening the
            # sentence after the whole's, past a short clause of its own: 全省应转移38.38万人,已全部转移。其中…)
    return None


_TAIL_BEFORE_PARTS = re.compile(r"\s*[,，]?[^\d,，;；。!！?？]{0,10}[。!！]?\s*")  # a short clause with no count


def _listed_reached(entity: str, lex: Lexicon) -> bool:
    """The noun ends with a head nouns.csv marks as people reached (居民, 村民), though read as an open noun (voters who
    vote are read by civic_readers.voted since round q26: 选民 alone is the electorate).

    >>> from mobilization.quantities import lexicon
    >>> _listed_reached("留守村民", lexicon()), _listed_reached("医务人员", lexicon())
    (True, False)
    """
    h = _head_at_end(entity, lex)
    return h is not None and h.reached and h.category == "personnel" and not entity.endswith(_HOUSEHOLDS)


_AID_WORDS = ("受援", "受助", "受捐", "受资助", "受赠", "受益", "受惠")  # inside the noun: what aid reaches
_INSTITUTIONS = ("医院", "卫生院", "卫生室", "学校", "小学", "中学", "中小学", "幼儿园", "敬老院", "福利院", "养老院")
# institutions that serve the public: a poor place's one (贫困县医院, 贫困村小学) is what aid reaches


def _aided_institution(entity: str, words: SituationWords) -> bool:
    """An organization the counted noun says is aided: a word of aid inside it (受援医院, 受助学校), or a word of need
    before an institution that serves the public (贫困县医院, 贫困山区小学); not a Party body of a poor place
    (贫困村党支部) nor a team (援藏医疗队).

    >>> w = situation_words()
    >>> [_aided_institution(e, w) for e in ("受援医院", "贫困县医院", "贫困村党支部", "三甲医院", "援藏医疗队")]
    [True, True, False, False, False]
    """
    if any(a in entity for a in _AID_WORDS):
        return True
    return entity.endswith(_INSTITUTIONS) and any(need in entity for need in words.roles["need"])


_AIDED = ("受益", "受助")  # right before a noun of people counted after it: the people aid reaches (round q16)
_NEEDY_PLACE = re.compile(r"[村县乡镇区省市州]|地区|山区|家庭")  # (贫困村第一书记: the need is the place's, not the people's)


def _in_need(entity: str, words: SituationWords) -> bool:
    """The counted noun says the people are in need (situation_verbs.csv need: 贫困户学生, 成年孤儿, 困难党员),
    not a place they serve (贫困村党组织第一书记).

    >>> w = situation_words()
    >>> _in_need("在校就读贫困户学生", w), _in_need("贫困村第一书记", w), _in_need("学生", w)
    (True, False, False)
    """
    if _role_re(words.roles["need"]).search(entity) is None:
        return False  # (most nouns: no word of need at all, decided by one regex before the loop; round s15)
    for need in words.roles["need"]:
        i = entity.find(need)
        while i >= 0:
            if not _NEEDY_PLACE.match(entity, i + len(need)):
                return True
            i = entity.find(need, i + 1)
    return False


def _a_place(q: Quantity) -> bool:
    """A count of places: its classifier or its noun is a division or settlement (16市, 95个县, 8个乡镇).

    >>> _a_place(Quantity(0, 3, "16市", 16.0, unit="市")), _a_place(Quantity(0, 4, "95个县", 95.0, unit="个", entity="县"))
    (True, True)
    """
    return re.sub(r"[(（][^()（）]*[)）]$", "", q.entity or q.unit).endswith(_PLACE_ENDS)  # (县(区、市): its kinds)


def _silent(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """No verb of the genre or of a situation stands before the count in its clause or right after it.

    >>> from mobilization.quantities import lexicon
    >>> t = "全省共有渔船300艘。"
    >>> _silent(Quantity(4, 10, "渔船300艘", 300.0, unit="艘", entity="渔船", number_start=6), t, lexicon(), situation_words())
    True
    """
    start = _phrase_start(q, text, words)
    lo = _clause_start(text, max(0, start - _REACH), start)
    return not [m for m in _verb_words(text, lo, start, lex, words) if m.group() != _PARTS] \
        and _first_verb_after(text, q.end, lex, words) is None  # (其中, a stop word of the genre, is no verb)


def _same_noun(a: str, b: str) -> bool:
    """Two counted nouns that may name the same things: one ends the other (海南省涉渔船舶, 涉渔船舶).

    >>> _same_noun("涉渔船舶", "海南省涉渔船舶"), _same_noun("", "渔船"), _same_noun("渔船", "货船")
    (True, False, False)
    """
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))
