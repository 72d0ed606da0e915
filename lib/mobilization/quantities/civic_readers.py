"""Quantities, step 4c (readers, round q26): what the genre's civic work says of a count, read before any other
reading of its clause (`civic_category`, asked first by `situations.situated_category`):

- a vote taken part in (实际参加投票31088人, 参加选举人数5263人, 近4亿农民参加选举): the voters the organised election
  reached, coverage; voters counted alone are the electorate, other (nouns.csv 选民; CODEBOOK.md fifth session);
- works repaired (修复水利水毁工程35处, 抢修道路12条): coverage, as repaired roads are (CODEBOOK.md), while works
  reinforced or made safe (加固水库152座, 整修山塘2口、拦河坝11座) are activity, like works built or rebuilt (CODEBOOK.md
  2026-12-07, round q30);
- the people or organizations a campaign covers, said right after their count (19个党组织覆盖到位, 15366名党员全覆盖):
  coverage (topics covered, 五大专题全覆盖, are not places or people reached);
- firms and units gone into to visit or serve them (深入全县20余个企事业单位): coverage, the places visited;
- people a verb of mobilizing sets going to be trained or to work at a job given (组织2477名群众开展技能培训, 组织113人
  前往深圳务工): coverage, the people reached (round q27, `organized_for`);
- a bare count of people after 人数 in its own clause takes the verb before 人数 (失联人数降至85人: other; 义务献血总人数约
  8000人: personnel), or the teams counted right before (机动队7支,人数374人: their members, personnel).

Their words are data/situation_verbs.csv roles vote, repaired, reinforced, covered and enter; none of them is read as the verb of a
clause by the other readers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clause_reading import _is_people
from .heads import _head_at_end
from .open_nouns import open_head
from .records import Lexicon, Quantity
from .situation_readers import _PLACE_ENDS
from .text import _clause_end, _clause_start
from .verbs import SituationWords, _as_tuple, _role_re, _verb_words, situation_words  # noqa: F401 (situation_words: the doctests)
from .wordlists import _any_of, noun_shape_words

_VOTE_REACH = 12  # how far before the number a word of voting may stand (参加投票选举选民317人)
_VOTE_GAP = re.compile(r"的?(?:选民)?(?:人数)?(?:已经|已|共计|累计|实际)?(?:为|达到|达|有|是|共)?")
# (what may stand between the word of voting and the number: 参加投票的选民共, 参加选举人数)
_REGISTERED = "登记"  # 登记参加选举的选民921人: voters registered to vote are the electorate (CODEBOOK.md)
_ADVERBS_AFTER = re.compile(r"(?:已经|已|都|均|也|实际|踊跃|积极|全部)?")
_TAKE_PART = re.compile(r"(?:参加|参与)了?(?:换届|村委会|居委会|村党组织|党组织|两委)*(?:选举|投票)")  # 参加了换届选举: the verb,
# its aspect and the kind of election between, one word or two (参加了村委会换届选举, 参加了村党组织换届选举: round q32);
# the rest of the words of voting are data: situation_verbs.csv vote
_NOT_THE_VOTE = ("工作", "服务", "产生", "出")  # 200名党员参加选举工作, 选举产生: the staff or those elected
_REPAIR_REACH = 16  # how far before the count a verb of repair may stand (整修山塘2口、拦河坝11座)
_LIST_CLOSED = re.compile(r"等|(?<![\d两三四五六七八九十百千万][\u4e00-\u9fff])(?<![\d两三四五六七八九十百千万])、")
# a list of kinds before the count: the verb names an item (山塘整修等10余个项目); a 、 after a count (整修山塘2口、拦河坝
# 11座) joins counts that share the verb
_COVER_GAP = re.compile(r"(?:均|都|已|已经|基本|全部)?(?:实现|达到)?")  # 15366名党员全覆盖, 均实现全覆盖


@lru_cache(maxsize=8)
def _said_in(text: str, role_words: frozenset[str]) -> bool:
    """Whether a word of a role occurs anywhere in the report: one search per report, remembered for its other counts
    (the text's hash is kept by the string, a role's by its frozenset). A reader whose every test needs such a word
    in the text says no at once without it.

    >>> _said_in("应选三百席", situation_words().roles["quota"]), _said_in("转移群众300人", situation_words().roles["quota"])
    (True, False)
    """
    return any(w in text for w in role_words)  # (str's own search: over a whole report, 3× faster than the role's regex)


@lru_cache(maxsize=8)
def _taking_part_in(text: str) -> bool:
    """Whether 参加/参与 (换届…) 选举/投票 occurs anywhere in the report (`_said_in` for `_TAKE_PART`)."""
    return _TAKE_PART.search(text) is not None


def voted(q: Quantity, text: str, words: SituationWords) -> bool:
    """People counted as taking part in a vote: a word of voting inside their noun (317名投票选民), before their number
    past at most 的, 选民, 人数 and a copula (实际参加投票31088人, 参加选举人数5263人), or right after them (近4亿农民参加
    选举, 有15700人投票); not voters registered to vote (登记参加选举的选民921人), nor the staff of an election.

    >>> from mobilization.quantities import extract
    >>> w = situation_words()
    >>> [voted(q, t, w) for t in ("实际参加投票3100人。", "共有选民人数5800人。", "近2万农民参加了换届选举。")
    ...  for q in extract(t)]
    [True, False, True]
    """
    vote_re = _role_re(words.roles["vote"])
    if q.entity and vote_re.search(q.entity) and _REGISTERED not in q.entity:
        return True
    if not _said_in(text, words.roles["vote"]) and not _taking_part_in(text):
        return False  # (no vote in the whole report, most of the genre: one search per report; round s15)
    lo = _clause_start(text, max(0, q.number_start - _VOTE_REACH), q.number_start)
    last = None
    for last in vote_re.finditer(text, lo, q.number_start):
        pass
    if last is not None and _VOTE_GAP.fullmatch(text, last.end(), q.number_start) \
            and _REGISTERED not in text[lo:last.start()]:
        return True
    return _votes_after(q, text, words)


def _votes_after(q: Quantity, text: str, words: SituationWords) -> bool:
    """A word of voting right after the count, past adverbs (近4亿农民参加选举, 有15700人投票), not the staff of an
    election (200名党员参加选举工作) nor those it yields (选举产生).

    >>> from mobilization.quantities import extract
    >>> [_votes_after(q, t, situation_words()) for t in ("3万选民参加了村委会换届选举。", "首次投票的有3万选民。")
    ...  for q in extract(t)]
    [True, False]
    """
    k = _ADVERBS_AFTER.match(text, q.end).end()
    m = _TAKE_PART.match(text, k) or _role_re(words.roles["vote"]).match(text, k)
    return m is not None and not text.startswith(_NOT_THE_VOTE, m.end())


_QUOTA_GAP = re.compile(r"出?(?:的)?(?:名额|人数|席位|席次)?(?:为|是|共|共计|计)?")  # 应选出名额为7人, 应选九百零一席
_PARTS = "其中"  # 将选出113名委员,其中区域委员73席: the parts of the quota in the next clause
_QUOTA_REACH = 30  # how far back the clause of the quota may begin before the parts' clause
_WON = ("获", "得", "赢", "当选", "拿下")  # 其中甲党获得120席: seats won among those to fill are people elected


def to_fill(q: Quantity, text: str, words: SituationWords) -> bool:
    """Seats or people an election is to fill (round q29): a word of the quota (situation_verbs.csv quota: 应选,
    将选出) right before the count, past 出, 名额 and a copula (应选九百零一席, 将选出113名委员), or in the clause before
    one that opens with 其中 and holds the count with no word of winning (将选出113名委员,其中区域委员73席). Seats won
    (获得192席, 其中甲党获得120席) are not.

    >>> from mobilization.quantities import extract
    >>> w = situation_words()
    >>> [to_fill(q, t, w) for t in ("本届应选三百席。", "将选出90名委员,其中区域委员60席。", "甲党获得120席。")
    ...  for q in extract(t)]
    [True, True, True, False]
    """
    if not _said_in(text, words.roles["quota"]):
        return False  # (no seats to fill in the whole report, most of the genre: one search per report; round s15)
    quota = _role_re(words.roles["quota"])
    lo = _clause_start(text, max(0, q.start - _VOTE_REACH), q.start)
    last = None
    for last in quota.finditer(text, lo, q.start):
        pass
    if last is not None and _QUOTA_GAP.fullmatch(text, last.end(), q.start):
        return True
    opening = _clause_start(text, max(0, q.start - _QUOTA_REACH), q.start)
    if opening < 1 or not text.startswith(_PARTS, opening) or any(w in text[opening:q.number_start] for w in _WON):
        return False
    before = _clause_start(text, max(0, opening - 1 - _QUOTA_REACH), opening - 1)
    return quota.search(text, before, opening - 1) is not None


_WORK_AFTER = re.compile(r"(?:同时)?(?:工作|办公|值守|值班|执勤|服务)")  # the people a facility holds to work there


def capacity(q: Quantity, text: str, words: SituationWords) -> bool:
    """A count right after a verb of holding (situation_verbs.csv capacity: 容纳, 可容纳), its noun first or after it
    (可容纳学生1200人, 能容纳二十多艘渔船): the size of a facility, its description, not people or things reached (round q29).

    >>> from mobilization.quantities import extract
    >>> w = situation_words()
    >>> [capacity(q, t, w) for t in ("新校舍可容纳学生900人。", "安置点接纳群众900人。") for q in extract(t)]
    [True, False]
    >>> [capacity(q, t, w) for t in ("可容纳300名小学生、200名幼儿。", "接纳300名小学生、200名幼儿。") for q in extract(t)]
    [True, True, False, False]
    """
    verbs = _as_tuple(words.roles["capacity"])  # (str.endswith and startswith take a tuple: no loop in Python, round s15)
    return text.endswith(verbs, max(0, q.start - 4), q.start) or q.surface.startswith(verbs) \
        or _capacity_listed(text, q.start, verbs)
    # (the noun read may hold the verb: 可容纳学生|1200人 when the reader takes 可容纳学生 as the noun)


_CAPACITY_LIST_REACH = 30  # how far back the verb of holding may stand before a later item of its list
_COUNT_ITEM = re.compile(r"[0-9０-９一二两三四五六七八九十百千][^、,，。;；:：]*?[、和及与]")  # a count and its noun, then 、 or 和
# (the last item may be joined by 和, 及, 与: 900名小学生、600名初中生和200名幼儿, round k16)


def _capacity_listed(text: str, start: int, verbs: tuple[str, ...]) -> bool:
    """A later item of a list of counts right after a verb of holding (可容纳1300名小学生、800名初中生、400名幼儿): the
    verb says the size of the whole list (round q32).

    >>> _capacity_listed("可容纳1300名小学生、800名初中生", 12, ("可容纳", "容纳")), _capacity_listed("救出3人、转移800人", 6, ("容纳",))
    (True, False)
    >>> _capacity_listed("可容纳900名小学生、600名初中生和200名幼儿", 19, ("可容纳",))
    True
    """
    lo = _clause_start(text, max(0, start - _CAPACITY_LIST_REACH), start)
    found = [(i, v) for v in verbs if (i := text.rfind(v, lo, start)) >= 0]
    if not found:
        return False
    i, v = max(found, key=lambda f: f[0] + len(f[1]))  # the verb that ends last (可容纳 over its 容纳)
    p = i + len(v)
    while p < start:
        m = _COUNT_ITEM.match(text, p, start)
        if m is None:
            return False
        p = m.end()
    return True


def repaired(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> str:
    """Works counted after a verb of repair or of making safe in their clause, with no other verb between
    (修复水利水毁工程35处, 加固水库152座; the items of a list share it: 整修山塘2口、拦河坝11座): the role of the last such
    verb, 'repaired' (coverage) or 'reinforced' (activity), or '' when there is none.

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [repaired(q, t, lex, w) for t in ("整修山塘2口、拦河坝11座。", "修复水毁工程5处。", "新建山塘2口。")
    ...  for q in extract(t)]
    ['reinforced', 'reinforced', 'repaired', '']
    """
    roles = words.roles["repaired"] | words.roles["reinforced"]
    if not _said_in(text, roles):
        return ""  # (no verb of repair in the whole report: one search per report; round s15)
    rep_re = _role_re(roles)
    hi = max(q.start, q.number_start)  # (整修山塘2口: a noun read before its number may open with the verb)
    lo = _clause_start(text, max(0, q.start - _REPAIR_REACH), hi)
    last = None
    for last in rep_re.finditer(text, lo, hi):
        pass
    if last is None or _verb_words(text, last.end(), hi, lex, words) or _LIST_CLOSED.search(text, last.end(), hi):
        return ""
    # (电网改造、山塘整修等10余个项目: a repair named as a kind of the projects counted, not done to them)
    return "reinforced" if words.has("reinforced", last.group(0)) else "repaired"


_MEAL_UNITS = ("席", "桌")  # what a meal's tables are counted in


def feast(q: Quantity, text: str, words: SituationWords) -> bool:
    """Tables of a meal counted right after a word of setting them (聚餐筵开106席, 席开35桌): the meal held, activity,
    not seats won (round q30).

    >>> from mobilization.quantities import extract
    >>> [feast(q, t, situation_words()) for t in ("聚餐筵开106席。", "该党获得61席。") for q in extract(t)]
    [True, False]
    """
    return q.unit in _MEAL_UNITS and q.start == q.number_start \
        and text.endswith(_as_tuple(words.roles["feast"]), 0, q.start)


def covered_after(q: Quantity, text: str, words: SituationWords) -> bool:
    """A verb of covering right after the count (15366名党员全覆盖, 19个党组织覆盖到位): what the campaign covers.

    >>> from mobilization.quantities import extract
    >>> [covered_after(q, t, situation_words()) for t in ("实现200名党员全覆盖。", "200名党员参加培训。") for q in extract(t)]
    [True, False]
    """
    k = _COVER_GAP.match(text, q.end).end()
    return _role_re(words.roles["covered"]).match(text, k) is not None


_ENTER_REACH = 10  # how far before the count a verb of going into may stand (深入全县20余个)


def entered(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """Units counted right after a verb of going into them in their clause, no other verb between (深入全县20余个企事业
    单位, 走进12家企业): the units visited.

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [entered(q, t, lex, w) for t in ("深入全县20家企业走访。", "深入一线组织20家企业复工。") for q in extract(t)]
    [True, False]
    """
    lo = _clause_start(text, max(0, q.start - _ENTER_REACH), q.start)
    last = None
    for last in _role_re(words.roles["enter"]).finditer(text, lo, q.start):
        pass
    return last is not None and not _verb_words(text, last.end(), q.start, lex, words)


_HEADCOUNT = re.compile(r"([\u4e00-\u9fff]{0,4}?)总?人数(?:已经|已|累计|共计|总计|也)?"
                        r"(?:在|为|达到|达|超过了|超过|超|是|有|共|降至|增至|升至|减至|降到|增到|只剩下|剩下|多达)?"
                        r"(?:约|近|逾|将近|大约)?$")  # 失联人数降至, 献血总人数约: the verb of the people counted, 人数
_TEAMS_BEFORE = re.compile(r"(?:队|组|团)[\d一二两三四五六七八九十百千万余多]+[支个]?[,，]$")  # 机动队7支,人数374人
_HEADCOUNT_REACH = 14
_BARE = ("人", "名")


def headcount(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> str:
    """The category 人数 gives a bare count of people right after it in its clause: the verb before 人数 (harm: other;
    serving or mobilizing: personnel; reaching, rescuing, moving: coverage), or, when 人数 opens the clause, the members
    of the teams counted just before; '' when nothing says.

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [headcount(q, t, lex, w) for t in ("救出223人 失联人数降至85人", "建立机动队7支,人数374人。") for q in extract(t)
    ...  if not q.entity]
    ['', 'other', 'personnel']
    """
    if q.entity or q.unit not in _BARE:
        return ""
    lo = _clause_start(text, max(0, q.number_start - _HEADCOUNT_REACH), q.number_start)
    m = _HEADCOUNT.search(text, lo, q.number_start)
    if m is None:
        return ""
    verb = m.group(1)
    if not verb:
        return "personnel" if m.start() == lo and _TEAMS_BEFORE.search(text, max(0, lo - 12), lo) else ""
    if lex.harm_re.search(verb):
        return "other"
    if words.serve_re.search(verb) or words.mobilize_any(verb):
        return "personnel"
    if lex.served_re.search(verb) or any(w in verb for r in ("rescue", "moved", "reach", "receive") for w in words.roles[r]):
        return "coverage"
    return ""


_ORGANIZED_REACH = 8  # how far before the count the verb of mobilizing may stand (组织2477名搬迁点群众)
_FOR_REACH = 16  # and how far after it, in its clause, the training or the job (前往深圳比亚迪公司务工)


def organized_for(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """People a verb of mobilizing sets going, right before them, to be trained or to work at a job given (组织2477名
    群众开展技能培训, 组织113人、31人前往深圳务工): the people trained or given jobs, reached (CODEBOOK.md fourth
    session: people given jobs; round q24: people trained), not people sent to serve (组织300名党员开展巡查).

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [organized_for(q, t, lex, w) for t in ("组织2477名群众开展技能培训。", "组织113人前往深圳务工。", "组织300名党员开展巡查。")
    ...  for q in extract(t)]
    [True, True, False]
    """
    if not _said_in(text, words.roles["train"]) and not _said_in(text, words.roles["employ"]):
        return False  # (no training nor job in the whole report: one search per report; round s15)
    k = q.end
    while (nxt := _NEXT_COUNT.match(text, k)) is not None:
        k = nxt.end()  # (组织113人、31人前往…: the items of a list of counts share what follows)
    hi = _clause_end(text, k, _FOR_REACH)
    if not any(words.has("train", m.group()) or words.has("employ", m.group())
               for m in _role_re(words.roles["train"] | words.roles["employ"]).finditer(text, k, hi)):
        return False  # (the training or job after the count first: one regex, before the verbs of the clause; round s15)
    lo = _clause_start(text, max(0, q.start - _ORGANIZED_REACH), q.start)
    verbs = _verb_words(text, lo, q.start, lex, words)
    return bool(verbs) and words.has("mobilize", verbs[-1].group()) and not words.has("choose", verbs[-1].group())


_NEXT_COUNT = re.compile(r"、[\d一二两三四五六七八九十百千万.]+[余多]?[人名户]")


_TRAINED_DE = re.compile(r"(?<!负责)(?<!承担)(?:培训|培养|带教)(?:过)?的$")  # the trained, not the trainers (负责培训的专家)


def trained_de(q: Quantity, text: str, words: SituationWords) -> bool:
    """People whose noun a verb of training and 的 name right before it (组织培训的农民达到1800多万人, 参加培训的300名学员):
    the people trained, reached (round q24's train, here said with 的; round q27).

    >>> from mobilization.quantities import extract
    >>> [trained_de(q, t, situation_words()) for t in ("组织培训的农民达到1800多万人。", "负责培训的专家20人。") for q in extract(t)]
    [True, False]
    """
    start = q.start  # (the noun of a noun-first count, 农民达到…; the number of a count before its noun, 培训的300名学员)
    return _TRAINED_DE.search(text, max(0, start - 8), start) is not None \
        and any(text.startswith(w, start - len(w) - 1) for w in words.roles["train"])


_ACT_GAP = re.compile(r"(?:积极|踊跃|主动|纷纷|自发|都|均|也|亦)*")  # adverbs between people and their verb of acting
_NOT_ACTING = ("培训", "学习", "考试", "选举", "投票", "体检", "检测", "筛查")  # 参加培训, 参加选举: they are reached


def take_part(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """People reached by their noun (学生, nouns.csv reached) who take part right after their count, past adverbs
    (逾4万名学生积极参与, 受助学生等100余人参加): they act, personnel (CODEBOOK.md fifth session: students are personnel
    when they act); not when what they take part in is training, a vote or a test, which reaches them. Round q30.

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [take_part(q, t, lex, w) for t in ("300名学生积极参与。", "300名学生参加培训。") for q in extract(t)]
    [True, False]
    """
    head = _head_at_end(q.entity, lex) if q.entity else None
    if head is None or not head.reached or head.word not in noun_shape_words("student"):
        return False
    k = _ACT_GAP.match(text, q.end).end()
    verb = next((w for w in ("参与", "参加") if text.startswith(w, k)), "")
    return bool(verb) and not text.startswith(_NOT_ACTING, k + len(verb)) \
        and not text.startswith(_NOT_ACTING, k + len(verb) + 1)


def _voters(q: Quantity, lex: Lexicon) -> bool:
    """A count of voters with no classifier of people (1555万选民): people, though their noun's category is the
    electorate's (nouns.csv 选民, other), so a verb of voting right after them may read them (noun_shape_words.csv
    voter).

    >>> from mobilization.quantities import lexicon
    >>> _voters(Quantity(0, 5, "300万选民", 3e6, entity="选民"), lexicon()), _voters(Quantity(0, 3, "3个村", 3.0, unit="个", entity="村"), lexicon())
    (True, False)
    """
    head = _head_at_end(q.entity, lex) if q.entity else None
    return head is not None and head.word in noun_shape_words("voter")


# People elected to a post, right after their count: 当选 (not 当选率), or 进入 the body they join (进入村“两委”班子).
# At most a few characters of the noun the reader cut off stand between (1845名大学生|村官当选), and adverbs.
# Not when a negation stands before the verb (未当选, 没有进入).
_ELECTED = re.compile(r"[\u4e00-\u9fff]{0,3}?(?<![未没不])(?:已经|已|都|均|也|全部|成功|顺利)*"
                      r"(?<![未没不有])(?:当选(?!率|比例)|进入[^,，。;；]{0,6}?(?:班子|两委|委员会))")


def elected(q: Quantity, text: str) -> bool:
    """People counted right before a verb of being elected (120名妇女当选村委会主任, 35名青年进入村“两委”班子): the
    people elected to posts, personnel (CODEBOOK.md fifth session), whatever their noun says (妇女, 大学生: reached
    elsewhere). Round q32.

    >>> from mobilization.quantities import extract
    >>> [elected(q, t) for t in ("120名妇女当选村委会主任。", "35名青年进入村“两委”班子。", "120名妇女参加培训。",
    ...                          "3名候选人未当选。") for q in extract(t)]
    [True, True, False, False]
    """
    m = _ELECTED.match(text, q.end)
    return m is not None and _CLAUSE_STOP.search(text, q.end, m.end()) is None


_CLAUSE_STOP = re.compile(r"[,，。;；、]")


_FREE_GAP = re.compile(r"(?:了|出)?(?:受困|被困|被埋|滞留|事故)?")  # what may stand between the verb and the count


def rescued_thing(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """Vehicles or animals counted right after a verb of rescuing them (共救援4台车辆, 解救受困车辆35台): the things the
    rescue reaches, coverage. Vehicles are the goods nouns.csv marks reached (车辆, 车); animals the livestock of
    head_forms.csv (other).

    >>> from mobilization.quantities import extract, lexicon
    >>> w, lex = situation_words(), lexicon()
    >>> [rescued_thing(q, t, lex, w) for t in ("共救援4台车辆。", "调集救援车辆4台。") for q in extract(t)]
    [True, False]
    """
    if not _said_in(text, words.roles["free"]):
        return False  # (no verb of rescuing in the whole report: one search per report; round s15)
    head = _head_at_end(q.entity, lex) if q.entity else None
    thing = head is not None and head.reached and head.category == "supplies"
    if not thing and q.entity and open_head(q.entity, lex).category == "other" and head is None:
        thing = q.category == "other"  # (livestock: 牲畜, 牛, 羊 by their form)
    if not thing:
        return False
    free_re = _role_re(words.roles["free"])
    before = q.start if q.start < q.number_start else q.number_start
    lo = max(0, before - 10)
    last = None
    for last in free_re.finditer(text, lo, before):
        pass
    return last is not None and _FREE_GAP.fullmatch(text, last.end(), before) is not None


def civic_category(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> str:
    """coverage when a vote, a repair, a verb of covering or of going into says the count is what the work reached;
    activity for works made safe (加固水库152座);
    the category 人数 gives a bare count of people (`headcount`); other for seats an election is to fill
    (`to_fill`) and for a facility's capacity (`capacity`); else ''.
    Money and events keep their category; people are never works repaired (修复1794户: the households, read by
    their clause).

    >>> from mobilization.quantities import lexicon
    >>> q = Quantity(2, 7, "工程35处", 35.0, unit="处", entity="工程", category="activity", number_start=4)
    >>> civic_category(q, "修复工程35处。", lexicon(), situation_words())
    'coverage'
    """
    cls = lex.classifiers.get(q.unit)
    if q.category == "funds" or q.unreadable or (cls is not None and cls.kind in ("money", "event")):
        return ""
    if feast(q, text, words):
        return "activity"  # 筵开106席: a meal's tables, not seats won (round q30)
    if (q.category != "personnel" or _WORK_AFTER.match(text, q.end) is None) and capacity(q, text, words):
        return "other"  # 可容纳学生1200人, 800名初中生: a facility's size (round q29; the staff it holds to work keep
        # their category, 可容纳500名医务人员工作, as test_quantities pins; round k16: only those, not students)
    people = _is_people(q, lex)
    if people and to_fill(q, text, words):
        return "other"  # 应选九百零一席: seats to fill (CODEBOOK.md fifth session; round q29)
    if people and voted(q, text, words):
        return "coverage"
    if _voters(q, lex) and _votes_after(q, text, words):
        return "coverage"  # 1555万选民参加了换届选举: voters who take part (round q32; not 首次投票的有86万选民, the
        # first-time voters of the electorate, test_q29)
    if people and elected(q, text):
        return "personnel"  # 1845名大学生村官当选村党组织书记: people elected to posts (CODEBOOK.md; round q32)
    if people and (said := headcount(q, text, lex, words)):
        return said
    if people and q.category != "coverage" and trained_de(q, text, words):
        return "coverage"  # 组织培训的农民达到1800多万人: the people trained (round q27)
    if people and organized_for(q, text, lex, words):
        return "coverage"  # 组织2477名群众开展技能培训: the people trained or given jobs (round q27)
    if people and q.category == "coverage" and take_part(q, text, lex, words):
        return "personnel"  # 逾4万名学生积极参与: students who act (round q30)
    works = not people and q.category in ("activity", "supplies", "other", "coverage")
    repair = repaired(q, text, lex, words) if works else ""  # (not an organization: 抢修队3支 is a team named for its work)
    if repair == "repaired" and q.category != "coverage":
        return "coverage"
    if repair == "reinforced" and not q.entity.endswith(_PLACE_ENDS):
        return "activity"  # 加固水库152座, 整修险房54间: works made safe are work done (CODEBOOK.md 2026-12-07; a
        # place named after the verb stays the place reached)
    if not people and q.category in ("supplies", "other") and rescued_thing(q, text, lex, words):
        return "coverage"  # 共救援4台车辆: vehicles or animals rescued (round q27)
    if (people or q.category == "organization") and q.category != "coverage" and covered_after(q, text, words):
        return "coverage"
    if q.category == "organization" and entered(q, text, lex, words):
        return "coverage"
    return ""

