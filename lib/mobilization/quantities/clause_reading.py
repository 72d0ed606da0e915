"""Quantities, step 4b: what the clause around a count says of it, read with data/situation_verbs.csv.

The readings `situations` decides from: the verb right before a count (`_last_verb`) and right after it
(`_first_verb_after`), where its counted phrase begins (`_phrase_start`), whether it counts people
(`_is_people`); a disaster as the subject of a verb of scope (`_disaster_scope`); a preposition of
benefit with a verb of giving (`_beneficiary`); and, for a BARE count of people (300人: `_bare_people`),
the evidence that they serve (`_mobilized`, `_serving_noun_before`, `_with_leader`), that they are
reached (`_reached_bare`, `_benefit_de`), or what a clause before ending in 人数 says (`_topic_count`).
"""
from __future__ import annotations

import re

from .heads import _head_at_end
from .window_tags import _tagged
from .open_nouns import form_category, noun_category, open_head
from .records import Lexicon, Quantity
from .text import _clause_end, _clause_start
from .verbs import SituationWords, _first_verb_word_at, _last_verb_word, _verb_words, situation_words


_UNREAD = object()  # (the verb before a count not read yet: `_disaster_scope` reads it)
_REACH = 24  # how far before a count the words of its situation may stand (within its clause)
_AFTER = 10  # how far after a count the verb said of it may stand
_SCOPE_ADVERBS = frozenset(("已", "已经", "先后", "累计", "共", "共计", "均", "都", "也", "还", "又", "再次", "分别",
                            "直接", "严重"))  # adverbs between a disaster and its verb of scope (雪灾已影响)
_DISASTER_GAP = 6  # adverbs between a disaster and its verb of scope (这次地震已经造成)
_NOT_DISASTER = frozenset("救抗防减赈助备")
_TOPIC = 6  # how far into the clause before a disaster may stand as the topic of a clause with no subject
_TOPIC_CHAIN = ",，"  # (only across a comma: a new sentence may have a new topic)  # 救灾, 抗灾, 防灾: the relief, not the disaster
_SKIP_AFTER = re.compile(r"(?:被|已|已经|全部|均|都|也|还|安全|紧急|及时|迅速|先后|有序|顺利|成功|提前|分别|各自|就|最终|最后"
                         r"|一齐|一律|全数|悉数|陆续|相继"
                         r"|今晨|今早|今天|今日|昨天|昨日|昨晚|当天|当日|当晚|随后"  # adverbs of time (19名被困矿工今晨安全升井)
                         r"|将|没有|尚未|仍未|还未|未|正在|在接受|接受|完成)*")  # adverbs, and negation (273人没有脱贫: still the people reached)
_ADVERBS = frozenset(("已", "已经", "都", "均", "也", "还", "就", "仍", "共", "累计"))  # stop words that are no verb
_PEOPLE_UNITS = frozenset(("户",))  # a count of households is a count of people for the verbs here


def _last_verb(text: str, start: int, lex: Lexicon, words: SituationWords, lo: int = -1) -> re.Match | None:
    """The last verb in the clause before text[start] and within _REACH of it, or None when it
    cannot matter: no word of situation_verbs.csv and no verb of reaching stands there (most counts)."""
    lo = _clause_start(text, max(0, start - _REACH), start) if lo < 0 else lo
    if words.any_re.search(text, lo, start) is None and lex.served_re.search(text, lo, start) is None:
        return None
    return _last_verb_word(text, lo, start, lex, words)


def _first_verb_after(text: str, end: int, lex: Lexicon, words: SituationWords) -> re.Match | None:
    """The first verb said of the count at text[:end]: right after it, past adverbs, in its clause."""
    k = _SKIP_AFTER.match(text, end).end()
    if words.any_re.match(text, k) is None and lex.served_re.match(text, k) is None:
        return None  # (only such words decide anything; most counts are followed by none)
    return _first_verb_word_at(text, k, _clause_end(text, k, _AFTER), lex, words)


_LEADING_ADVERB = re.compile(r"(?:共|共计|累计|总计|合计|已|已经|全部)?新?")  # adverbs of total or time a noun-first surface
# may open with before its verb (共建成集中安置点925个), and 新 before a verb that has no 新 form (新开工改造, round q27)


def _phrase_start(q: Quantity, text: str, words: SituationWords) -> int:
    """Where the counted phrase of `q` begins: after a verb of situation_verbs.csv that opens a
    noun-first surface (接纳受灾群众300余人: the verb governs the noun, it is not part of it),
    else where its noun begins in the surface, else its start.

    >>> t, w = "接纳受灾群众300余人", situation_words()
    >>> _phrase_start(Quantity(0, 11, t, 300.0, unit="人", entity="接纳受灾群众", number_start=6), t, w)
    2
    >>> t = "共建成集中安置点925个"
    >>> _phrase_start(Quantity(0, 12, t, 925.0, unit="个", entity="共建成集中安置点", number_start=8), t, w)
    3
    """
    if q.start >= q.number_start:
        return q.start
    k = q.start + len(_LEADING_ADVERB.match(text, q.start, q.number_start).group())
    m = words.any_re.match(text, k)  # (共建成集中安置点925个: an adverb of total before the verb, round q21c)
    if m is not None and m.end() < q.number_start and not (q.entity and q.entity.startswith(m.group())
                                                           and q.entity in _listed_heads()):
        while (more := words.any_re.match(text, m.end())) is not None and more.end() < q.number_start \
                and not text[more.start():q.number_start] in _listed_heads():
            m = more  # 开工建设学校37所, 新开工改造城镇老旧小区22万个: verbs in a row, the last governs the noun (round q27)
        return m.end()  # (not a listed noun that begins with such a verb: 安置点61个, 转移人员; sixth session)
    i = text.find(q.entity, q.start, q.number_start) if q.entity else -1
    return i if i > q.start else q.start


def _listed_heads() -> dict:
    """The nouns of nouns.csv (read once; a late import: wordlists builds on this module's neighbours)."""
    from .wordlists import lexicon
    return lexicon().heads


def _is_people(q: Quantity, lex: Lexicon) -> bool:
    """A count of people or households: by its classifier (名, 人, 位, 户), or a people noun.

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> [_is_people(Quantity(0, 0, "", 1.0, unit=u, entity=e), lex) for u, e in (("名", ""), ("户", "群众"), ("所", "学校"))]
    [True, True, False]
    """
    cls = lex.classifiers.get(q.unit)
    if cls is not None and (cls.category == "personnel" or q.unit in _PEOPLE_UNITS):
        return True
    if cls is not None and cls.category:
        return False
    return bool(q.entity) and noun_category(q.entity, lex) == "personnel"


def _a_disaster(text: str, d: re.Match, words: SituationWords) -> bool:
    """The disaster word d names the disaster, not the relief (救灾, 抗灾, 防灾)."""
    return not (d.start() > 0 and len(d.group()) == 1 and text[d.start() - 1] in _NOT_DISASTER)


def _disaster_scope(text: str, start: int, lex: Lexicon, words: SituationWords, verb: object = _UNREAD) -> bool:
    """A disaster as the subject of a verb of scope, the count its object (这次雪灾涉及11个县).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> _disaster_scope("这次雪灾涉及11个县", 6, lex, w), _disaster_scope("救灾工作涉及11个县", 6, lex, w)
    (True, False)
    >>> _disaster_scope("积雪面积为1559万亩,涉及529户", 15, lex, w), _disaster_scope("牲畜受困,涉及189户", 8, lex, w)
    (True, True)
    """
    if words.scope_re.search(text, max(0, start - _REACH), start) is None:
        return False  # (no verb of scope at all: the common case)
    verb = _last_verb(text, start, lex, words) if verb is _UNREAD else verb
    if verb is None or not words.has("scope", verb.group()):
        return False
    lo = max(_clause_start(text, max(0, verb.start() - _DISASTER_GAP - 4), verb.start()), 0)
    if lo == verb.start() and lo > 0 and text[lo - 1] in _TOPIC_CHAIN:
        # 积雪覆盖区域面积为1559万亩,涉及529户: a clause with no subject has the topic of the clause before;
        # 23万头牲畜受困,涉及1889户: or says the reach of the harm that clause ends with
        prev = _clause_start(text, max(0, lo - 1 - _REACH * 2), lo - 1)
        harm = None
        for harm in lex.harm_re.finditer(text, prev, lo - 1):
            pass
        if harm is not None and re.fullmatch(r"了?", text[harm.end():lo - 1]):
            return True
        return any(_a_disaster(text, d, words)
                   for d in words.disaster_re.finditer(text, prev, min(prev + _TOPIC, lo - 1)))
    for d in words.disaster_re.finditer(text, lo, verb.start()):
        if verb.start() - d.end() <= _DISASTER_GAP and _a_disaster(text, d, words):
            gap = text[d.end():verb.start()]
            if not [v for v in _verb_words(gap, 0, len(gap), lex, words) if v.group() not in _SCOPE_ADVERBS]:
                return True  # (雪灾已影响28个乡镇: an adverb between is no verb of its own)
    return False


def _beneficiary(text: str, q: Quantity, start: int, lex: Lexicon, words: SituationWords, lo: int = -1) -> bool:
    """The count is the object of a preposition of benefit, with a verb of giving after it
    (为500余名群众送去自来水, 向70家养老机构提供物资) or, after 给, before it (送抵…给281名学童).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> t = "队员们为500余名群众送去了自来水"
    >>> _beneficiary(t, Quantity(4, 11, "500余名群众", 500.0, unit="名", entity="群众"), 4, lex, w)
    True
    >>> t = "再向32所学校发动募捐"
    >>> _beneficiary(t, Quantity(2, 7, "32所学校", 32.0, unit="所", entity="学校"), 2, lex, w)
    False
    """
    lo = _clause_start(text, max(0, start - _REACH), start) if lo < 0 else lo
    if words.beneficiary_re.search(text, lo, start) is None:
        return False  # (no preposition of benefit: the common case, decided in C)
    p, prep = max((text.rfind(w, lo, start), w) for w in words.roles["beneficiary"])
    if p < 0:
        return False
    after = _first_verb_after(text, q.end, lex, words)
    light = _LIGHT_RE.match(text, _SKIP_AFTER.match(text, q.end).end())
    if after is None and light is not None:
        after = _give_after_light(text, light.end(), lex, words)  # 为55名新生进行了现场捐助: the verb it carries
    gives = after is not None and (words.has("give", after.group()) or after.group() in lex.screenings)
    # (为1052名返乡人员做了核酸检测: a screening given is a service given, round q21c)
    if not gives and prep != "给":
        return False
    if _verb_words(text, p + len(prep), start, lex, words):
        return False  # 为做好防疫组织200名党员: a verb between, the count is not the preposition's object
    if not gives:
        before = _verb_words(text, lo, p, lex, words)
        if not before or not words.has("give", before[-1].group()):
            return False
    # 成为, 作为, 以…为, 向慧梅 (a name): not a preposition (jieba last: it is the slow part)
    return any(w == prep and t.startswith("p") for w, t in _tagged(text[max(lo, p - 2):p + len(prep) + 1]))


_LIGHT_RE = re.compile("进行|开展|实施|给予|给与|做了")  # verbs whose object names the act (进行了现场捐助, 做了核酸检测)
_LIGHT_REACH = 6  # how far after a light verb the verb it carries may begin (了, 现场, 一次性)


def _give_after_light(text: str, end: int, lex: Lexicon, words: SituationWords) -> re.Match | None:
    """The verb of giving a light verb ending at text[end] carries (进行了现场捐助: 捐助), else None.

    >>> from mobilization.quantities import lexicon
    >>> _give_after_light("进行了现场捐助", 2, lexicon(), situation_words()).group()
    '捐助'
    """
    for v in _verb_words(text, end, _clause_end(text, end, _LIGHT_REACH + 4), lex, words):
        if v.start() - end <= _LIGHT_REACH and (words.has("give", v.group()) or v.group() in lex.screenings):
            return v
    return None


_OBJECT_PREPS = ("对", "将", "把")  # prepositions that put the object of a verb before it (对300名村民进行转移)


def _object_of_reach(text: str, q: Quantity, start: int, lo: int, lex: Lexicon, words: SituationWords) -> bool:
    """The count is the object of 对/将/把 and the verb after it, past a light verb, reaches it (对300余名村民进行转移疏散,
    对全村126户进行排查, 将30名群众安全转移): people or places reached, coverage (CODEBOOK.md).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> t = "工作人员对村内300余名村民进行转移疏散"
    >>> _object_of_reach(t, Quantity(7, 14, "300余名村民", 300.0, unit="名", entity="村民"), 7, 0, lex, w)
    True
    >>> t = "对300余名党员进行培训"
    >>> _object_of_reach(t, Quantity(1, 8, "300余名党员", 300.0, unit="名", entity="党员"), 1, 0, lex, w)
    False
    """
    p = max(text.rfind(w, lo, start) for w in _OBJECT_PREPS)
    if p < 0 or _verb_words(text, p + 1, start, lex, words) or text.startswith("的", q.end):
        return False  # (no such preposition, or a verb between: 对组织的300名党员; or the count modifies the
        # object: 对其余7位失踪矿工的搜救工作)
    k = _SKIP_AFTER.match(text, q.end).end()
    light = _LIGHT_RE.match(text, k)
    k = light.end() if light is not None else k
    k = re.compile(r"了?").match(text, k).end()
    if light is not None and any(0 <= text.find(a, k, _clause_end(text, k, _LIGHT_REACH + 2)) - k <= _LIGHT_REACH - 2
                                 for a in words.roles["aid"]):
        return True  # 对80名春蕾女童进行帮扶, 对34名女童进行了实地调查走访: a verb of aid a light verb carries, past at
        # most a short adverb or a verb of the same act (situation_verbs.csv aid; round q20c)
    verbs = _verb_words(text, k, _clause_end(text, k, _LIGHT_REACH + 4), lex, words)
    if not verbs or verbs[0].start() - k > 2:
        return False
    v = verbs[0].group()
    return v in lex.served or words.has("rescue", v) or words.has("receive", v) or words.has("moved", v)


_BARE_UNITS = frozenset(("人", "名"))  # a count of people by a classifier that names no kind of people
_BEFORE_REACH = 14  # how far before a bare count the noun of the people who serve may stand (in its clause)
_AFTER_REACH = 6  # how far after it their verb may stand
_FILLER_END = re.compile(r"(?:一行|共计|一共|总共|总计|合计|共有|共|总人数|人数|成员|们|将达|达到|达|约|计|有|等|为|近|"
                         r"超过|逾|多达|仅有|只有|仅|只|稳定在|稳定至|增至|增加到|增加至|壮大至|壮大到|\([^()]*\)|（[^（）]*）|[\d.]+[支个])+$")
# (全队一共138人, 员工一行35人, 医疗队(…分队)154人, 抗旱队伍21支共计269人, 志愿者人数稳定至108人: what stands
# between the people's noun and their count)
_PREDICATE = re.compile(r"(?:都|均|也|全|全部)?(?:是|为)")  # 24人是党员, 其中2人为卫健委指派: what they are
_TOPIC_COUNT = re.compile(r"([\u4e00-\u9fff]{1,4})人数[,，:：]$")  # 统计撤离人数,光复乡有4733人: the people the counts are
_TOPIC_HERE = re.compile(r"([\u4e00-\u9fff]{1,4}?)人数(?:已经|已|累计|共计|总计)?(?:在|为|达到|达|超过了|超过|超|是|有|共)?$")
# (an adverb before the copula, round q26: 个人累计捐款人数已达2100余人 are the donors)
# (the same in the count's own clause: 采样人数在2000人左右 are the people sampled)
_TEAM_AFTER = re.compile(r"(?:组成)?(?:的[\u4e00-\u9fff]{0,16}?|[\u4e00-\u9fff]{0,8}?)(?:队伍|队|小组|团队)")
# 20人的防汛抢险应急队, 30人战斗队; after 的 the team's name may be long (54人的国家传染病医学中心援沪方舱医疗队, round q22c)
_NOUN_AFTER = 8  # how far after a bare count a noun of people who serve may end (2600名 党员干部: a noun not taken)


def _bare_people(q: Quantity, lex: Lexicon | None = None) -> bool:
    """A count of people with no noun of its own (300人, 30多名), or with a noun that says nothing of
    what the people do (30多名游客: no category in nouns.csv nor by its form): the classifier says
    people, not which.

    >>> from mobilization.quantities import lexicon
    >>> [_bare_people(Quantity(0, 0, "", 1.0, unit="名", entity=e), lexicon()) for e in ("", "游客", "保全户", "党员")]
    [True, True, True, False]
    """
    if q.unit not in _BARE_UNITS:
        return False
    if not q.entity:
        return True
    category = open_head(q.entity, lex).category if lex is not None else "personnel"
    if category == "coverage" and q.entity.endswith("户"):
        return True  # (a noun of households counted by 名 is people of the households: 8700多名保全户)
    if category:
        return False
    words = _tagged(q.entity)  # (one plain noun: not a noun read past its end, 学童爱心, 志工全力)
    return len(words) == 1 and words[0][1].startswith("n") and not any(
        q.entity.endswith(w) for w in situation_words().roles["force"])


def _serving_noun_before(text: str, lo: int, start: int, lex: Lexicon, words: SituationWords) -> bool:
    """The stretch before a bare count ends with a noun of people who serve or of a team, past fillers
    (先遣队十余人, 员工一行35人, 救援力量1000余人, 医疗队共110余人): the count is of them.

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> [_serving_noun_before(t, 0, len(t), lex, w) for t in ("当地出动先遣队", "本单位员工一行", "投入兵力", "全村", "低保对象")]
    [True, True, True, False, False]
    """
    before = text[lo:start]
    m = _FILLER_END.search(before)
    before = before[:m.start()] if m else before
    if not before:
        return False
    if any(before.endswith(w) for w in words.roles["force"]):
        return True
    m = None
    for m in words.serve_re.finditer(before):
        pass
    if m is not None and (m.end() >= len(before) - _AFTER_REACH or before.endswith("的")) \
            and not [v for v in _verb_words(before, m.end(), len(before), lex, words)
                     if not _NUMERAL_NEXT.match(before, v.end())]:
        return True  # 员工捐款人数3613人, 捐款超过1000元的有13人: the doers of a verb of serving
    h = _head_at_end(before, lex)
    if h is not None:
        return not h.reached and h.category in ("personnel", "organization")
    return form_category(before) in ("personnel", "organization")


_NUMERAL_NEXT = re.compile(r"[\d一二两三四五六七八九十百千万]")  # (超过500元: a hedge of a sum, no verb of its own)
_WITH = re.compile(r"带领|率领|带着|率|与|和|及|同")  # (校长张信务与该校学童数十人, 县长带领300人)
_NAME = 3  # the longest personal name after a title (校长张信务)


def _with_leader(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """A bare count led by, or coordinated with, a person named by a title of office (校长张信务与该校学童
    数十人, 副县长带领300余人): the people who act with them.

    >>> from mobilization.quantities import lexicon
    >>> t = "校长张信务与该校学童数十人"
    >>> _with_leader(t, 0, t.index("数"), lexicon()), _with_leader("灾区与300人", 0, 3, lexicon())
    (True, False)
    """
    m = None
    for m in _WITH.finditer(text, max(lo, start - _BEFORE_REACH), start):
        pass
    if m is None:
        return False
    part = text[max(lo, m.start() - _BEFORE_REACH):m.start()]
    for cut in range(0, min(_NAME, len(part) - 1) + 1):
        h = _head_at_end(part[:len(part) - cut], lex)
        if h is not None:
            return h.role and h.category == "personnel" and not h.reached
    return False


def _mobilized(q: Quantity, text: str, lo: int, verb: re.Match | None, lex: Lexicon, words: SituationWords) -> bool:
    """Evidence that a bare count of people counts people mobilized: a verb that sets them to work
    before it (出动57人), a noun of people who serve or of a team before it (先遣队十余人), a team
    they make up after it (20人的防汛抢险应急队, 由32人组成), or a verb of serving said of them
    (30多人赶赴现场, 700余人在扑救).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> t = "村里30多人赶赴现场"
    >>> _mobilized(Quantity(2, 6, "30多人", 30.0, unit="人"), t, 0, None, lex, w)
    True
    >>> t = "警戒区内居住有4238人"
    >>> _mobilized(Quantity(7, 12, "4238人", 4238.0, unit="人"), t, 0, None, lex, w)
    False
    """
    if verb is not None and words.has("mobilize", verb.group()):
        return True
    if _serving_noun_before(text, max(lo, q.start - _BEFORE_REACH), q.start, lex, words):
        return True
    if _TEAM_AFTER.match(text, q.end) or _with_leader(text, lo, q.start, lex):
        return True
    window = text[q.end:_clause_end(text, q.end, _NOUN_AFTER)].lstrip()
    for k in range(len(window), 1, -1):
        h = _head_at_end(window[:k], lex)
        if h is not None and h.category == "personnel" and not h.reached and h.word == window[k - len(h.word):k] \
                and not words.any_re.search(window, 0, k - len(h.word)) and not lex.served_re.search(window, 0, k):
            return True  # 2600名 党员干部下沉社区, 645名灾后复原志工: the noun after (not taken as the entity)
    hi = _clause_end(text, q.end, _AFTER_REACH + 4)
    p = _PREDICATE.match(text, q.end)
    if p is not None and p.end() > q.end:
        h = _head_at_end(text[p.end():hi], lex)  # 24人是党员
        if (h is not None and not h.reached and h.category == "personnel" and text.endswith(h.word, 0, hi)) \
                or any(words.has("mobilize", v.group()) for v in _verb_words(text, p.end(), hi, lex, words)) \
                or words.serve_re.search(text, p.end(), hi):
            return True  # (其中2人为福建省卫健委指派: sent; 30人都是自愿报名)
    for verb_re in (words.serve_re, lex.served_re):
        m = verb_re.search(text, q.end, hi)
        if m is not None and m.start() - q.end <= _AFTER_REACH and m.group() not in lex.screenings \
                and not _verb_words(text, q.end, m.start(), lex, words):
            return True  # 30多人赶赴现场; 60人入户走访 (the people who reach others, not the people screened)
    return False


def _reached_bare(q: Quantity, text: str, lo: int, lex: Lexicon, words: SituationWords) -> bool:
    """A verb of reaching (role reach) before a bare count with no other verb between (解决1.5万人饮水,
    需照顾12人), or right after it (221人已在收容中心): the people reached.

    >>> from mobilization.quantities import lexicon
    >>> t = "临时解决1.5万人饮水"
    >>> _reached_bare(Quantity(4, 9, "1.5万人", 15000.0, unit="人"), t, 0, lexicon(), situation_words())
    True
    """
    before = text[max(lo, q.start - _BEFORE_REACH):q.start]
    f = _FILLER_END.search(before)
    h = _head_at_end(before[:f.start()] if f else before, lex)
    if h is not None and h.reached:
        return True  # 现有住户近7000人, 居民共300人: people reached by their nature
    m = None
    for m in words.reach_re.finditer(text, lo, q.start):
        pass
    if m is not None and not [v for v in _verb_words(text, m.end(), q.start, lex, words) if v.group() not in _ADVERBS]:
        return True  # (接受服务的独居长者已有2917人: an adverb is no verb of its own)
    hi = _clause_end(text, q.end, _AFTER_REACH + 4)
    after = words.reach_re.search(text, q.end, hi)
    return after is not None and after.start() - q.end <= _AFTER_REACH


def _topic_count(text: str, lo: int, start: int, lex: Lexicon, words: SituationWords) -> str:
    """The category a clause before says the bare count at text[start] (its clause from lo) has, when
    it ends with a verb and 人数 (统计撤离人数,光复乡有4733人: the people evacuated; 死亡人数: other;
    参战人数: personnel), or with a verb of serving and the count's clause has nothing else before it
    (由医护人员组成,共1026人: the members), else ''.

    >>> from mobilization.quantities import lexicon
    >>> t = "统计这次撤离人数，光复乡有4733人"
    >>> _topic_count(t, t.index("光"), t.index("4"), lexicon(), situation_words())
    'coverage'
    >>> t = "由医护人员组成,共1026人"
    >>> _topic_count(t, t.index("共"), t.index("1"), lexicon(), situation_words())
    'personnel'
    >>> t = "这样的护林员,全县有1120人"
    >>> _topic_count(t, t.index("全"), t.index("1"), lexicon(), situation_words())
    'personnel'
    """
    m = _TOPIC_COUNT.search(text, max(0, lo - 8), lo)
    if m is None or m.end() != lo:
        m = _TOPIC_HERE.search(text, max(lo, start - 12), start)  # 该点位的采样人数超过了3000人 (q13)
    if m is None or (m.end() != lo and m.end() != start):
        if lo < 1 or text[lo - 1] not in _TOPIC_CHAIN:
            return ""
        here = text[lo:start]
        if lo == start or _FILLER_END.fullmatch(here) is not None:
            serve = words.serve_re.search(text, max(0, lo - 1 - 4), lo - 1)
            if serve is not None and serve.end() == lo - 1:
                return "personnel"
        if (here.endswith("有") and len(here) <= _TOPIC) or lo == start:
            prev = _clause_start(text, max(0, lo - 1 - _BEFORE_REACH), lo - 1)
            if _serving_noun_before(text, prev, lo - 1, lex, words):
                return "personnel"  # 这样的护林员,密云有1120人: the people the clause before names
        return ""
    verb = m.group(1)
    if lex.harm_re.search(verb):
        return "other"
    if words.serve_re.search(verb) or words.mobilize_any(verb):
        return "personnel"
    if lex.served_re.search(verb) or any(words.has(r, w) for r in ("rescue", "moved", "reach", "receive")
                                         for w in _sub_words(verb)):
        return "coverage"
    return ""


def _sub_words(s: str) -> list[str]:
    """Every substring of a short string (the verb before 人数 is at most four characters)."""
    return [s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)]


def _benefit_de(text: str, start: int, words: SituationWords) -> bool:
    """A verb of benefit and 的 right before the count (受惠的20个学校, 受益的300户): those who gained.

    >>> _benefit_de("受惠的20个学校", 3, situation_words()), _benefit_de("捐建的20个学校", 3, situation_words())
    (True, False)
    """
    return start > 0 and text[start - 1] == "的" and any(
        text.endswith(w, 0, start - 1) for w in words.roles["benefit"])
