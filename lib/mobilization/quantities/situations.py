"""Quantities, step 4c: the situation around a count corrects what the noun says it counts.

The noun gives a first category (`categories._category`): 群众 and 名 people, 学校 an
organization, 房屋 a building. The clause then says what happened to them (CODEBOOK.md):
people MOBILIZED are personnel, people and places REACHED or served are coverage, people and
things HARMED, and the disaster's reach, are other. `situate` reads, with the words of
data/situation_verbs.csv:

- the subject: a disaster with a verb of scope before the count (这次雪灾涉及11个县): other;
- a preposition of benefit with a verb of giving after the count (为500余名群众送去自来水): coverage;
- the verb right before the count: taking people in (接纳300余人) or rescuing them, victims too
  (搜救伤员107人), coverage; setting them to work
  (发动50余户群众) personnel, sheltering them (上岸28人) coverage, building (修建8套阳光房) activity;
- the verb right after the count: taking shelter (7人投亲靠友) or gaining (3000余人受益): coverage;
  under treatment or watch (entity_stops.csv case: 5万人在接受集中隔离观察): other;
- cases (例) of a screening (300余例核酸检测) are the people tested: coverage;
- a BARE count of people (300人: no noun of its own) is personnel only with evidence that they serve
  (a verb that mobilizes them, a noun of people who serve or of a team before it, a team they make up,
  a verb of serving said of them: `_mobilized`); else the people reached (`_reached_bare`, a clause
  before ending in 撤离人数), the category of the last count of people in the sentence, or BARE_DEFAULT
  (other: measured on the opened corpora, docs/quantities.md "Categories, round 2").

The readings of the clause these rules decide from are the step before, `clause_reading`.

Money (funds) and events (activity) are never changed here; nor is a count the noun already
names as harmed (受伤工人) unless it is reached.
"""
from __future__ import annotations

import re
from typing import Callable

from .categories import _harmed, _HOUSEHOLDS
from .heads import _head_at_end
from .window_tags import _tagged
from .records import Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import SENTENCE_END as _SENTENCE_END, _SENTENCE_END_RE, _clause_end, _clause_start
from .verbs import SituationWords, _verb_words, situation_words
from .populations import _population
from .clause_reading import (_object_of_reach, _bare_people, _beneficiary, _benefit_de, _disaster_scope, _first_verb_after, _is_people,
                             _last_verb, _mobilized, _NUMERAL_NEXT, _phrase_start, _REACH, _reached_bare, _topic_count)


_CASE_UNITS = frozenset(("例",))  # the classifier of cases; of people tested when its noun is a screening
_PLACE_ENDS = ("村", "社区", "小区", "乡", "镇", "县", "区", "市", "省", "街道", "片区", "网格")  # places: never built
_FISHING_BOATS = ("渔船", "渔船舶", "渔船只")  # fishing boats: what a typhoon warning reaches (called to port,
# sheltered, counted at sea), coverage in every opened corpus; never goods handed out (冲锋舟, 橡皮艇 are)
BARE_DEFAULT = "other"  # a bare count of people with no word of serving, reaching or harm (measured, docs)
_LIST_NEXT = re.compile(r"(?:、|和|及|与|或)\s*[\d一二两三四五六七八九十百千万.,]+[余多]?(\w)")
# (another count of the same unit follows in a list: 120名、80名和60名党员志愿者)


def situated_category(q: Quantity, text: str, lex: Lexicon, words: SituationWords | None = None,
                      default: str | Callable[[], str] = BARE_DEFAULT) -> str:
    """The category of `q` once its clause is read (see the module docstring); a bare count of people
    (300人) is personnel only with evidence that they serve (`_mobilized`), else the people reached
    (`_reached_bare`, the verb of a clause before that ends with 人数, and `BARE_DEFAULT` when nothing says).

    >>> from mobilization.quantities import lexicon
    >>> t = "实际居住在警戒区域有4238人"
    >>> situated_category(Quantity(10, 15, "4238人", 4238.0, unit="人", category="personnel"), t, lexicon())
    'other'
    """
    words = words or situation_words()
    c = _situated(q, text, lex, words)
    if c != "personnel" or not _bare_people(q, lex):
        return c
    nxt = _LIST_NEXT.match(text, q.end)
    if not q.entity and nxt is not None and nxt.group(1) == q.unit:
        return c  # 分别有120名、80名和60名党员志愿者: the list's noun, shared later (rules), decides
    start = _phrase_start(q, text, words)
    lo = _clause_start(text, max(0, start - _REACH), start)
    if _mobilized(q, text, lo, _last_verb(text, start, lex, words, lo), lex, words) or _composed_of(q, text, words):
        return c  # (服务队由150余名退伍军人自发成立: the members of a body they make up, round q19c)
    if _reached_bare(q, text, lo, lex, words):
        return "coverage"
    return _topic_count(text, lo, q.start, lex, words) or (default() if callable(default) else default)


def _situated(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> str:
    """The category of `q` once its clause is read, from the words of situation_verbs.csv.

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> t = "这次雪灾涉及11个县"
    >>> _situated(Quantity(6, 10, "11个县", 11.0, unit="个", entity="县", category="coverage"), t, lex, situation_words())
    'other'
    >>> t = "发动50余户群众义务新修水池"
    >>> _situated(Quantity(2, 9, "50余户群众", 50.0, unit="户", entity="群众", category="coverage"), t, lex, situation_words())
    'personnel'
    """
    if q.category in ("funds", "activity") or q.unreadable:
        return q.category
    if q.unit in _KIT_UNITS and q.entity.endswith(_HOUSEHOLDS):
        return "supplies"  # 18400只赈济家庭(箱): households are not counted by 只 or 箱; the noun names a kit (q19c)
    if q.category == "supplies" and (q.entity.endswith(_FISHING_BOATS) or ("渔" in q.entity and q.entity.endswith("船舶"))):
        return "coverage"  # 全省有22854艘渔船, 8艘外省渔船, 涉渔船舶34479艘 (categories round 4)
    if q.category == "supplies" and q.entity.endswith(_VESSELS) and not _handed_over(q, text):
        return "coverage"  # 25艘客渡运船舶已经全部停航, 施工船8艘, 回港避风船只39932艘: vessels a typhoon warning
        # reaches, like fishing boats (round q13; rescue craft, 冲锋舟 救生艇, stay goods)
    if q.category in ("coverage", "organization") and q.entity.endswith(_STATIONS) \
            and not q.entity.endswith(_NOT_STATIONS) and _set_up(q, text, words):
        return "organization"  # 设立宣传咨询点318个, 建立社区服务站89000个, 设了五个点: posts and stations set up
        # (CODEBOOK.md organization; round q13), checkpoints too (设立了18个防控卡点: round q19c)
    if q.unit in _DOSE_UNITS and _VACCINATE in text[_clause_start(text, max(0, q.start - _REACH), q.start):q.number_start]:
        return "activity"  # 累计接种新冠疫苗632万剂次: doses given, like 人次 (CODEBOOK.md fourth session; 调拨疫苗5万剂
        # stays goods)
    if q.unit in _CASE_UNITS and q.entity.endswith(tuple(lex.screenings)):
        return "coverage"  # 300余例核酸检测: the people tested, not cases (CODEBOOK.md: tested is coverage)
    if q.category == "personnel" and q.entity and lex.classifiers.get(q.unit) is not None \
            and lex.classifiers[q.unit].category == "personnel" and _listed_reached(q.entity, lex):
        return "coverage"  # 317名投票选民: a noun read from the language whose end nouns.csv marks reached (选民)
    if q.category == "personnel" and (_in_need(q.entity, words) or (
            q.entity and q.start == q.number_start - len(q.entity) and text[q.start - 2:q.start] in _AIDED)):
        return "coverage"  # 26名在校就读贫困户学生, 60多位成年孤儿: people in need, those relief reaches (round 4);
        # 受益群众3000人: the word of aid the noun reader left before the noun (round q16)
    if q.category == "organization" and _aided_institution(q.entity, words):
        return "coverage"  # 8所受援医院, 8所受助学校, 400家贫困县医院: the institutions aid reaches (CODEBOOK.md:
        # places reached or served; sixth session, AL), not organizations taking part
    if q.category in ("personnel", "other", "coverage") and _is_people(q, lex) and _composed_of(q, text, words):
        return "personnel"  # 服务队由150余名退伍军人自发成立: the members who make up or found a body (q19c)
    if q.category in ("personnel", "other", "coverage") and _is_people(q, lex) and _per_head(q, text, lex, words):
        return "coverage"  # …成员共计364人,每人发放长寿金500元: the people a distribution per head reaches (q19c)
    start = _phrase_start(q, text, words)
    lo = _clause_start(text, max(0, start - _REACH), start)
    verb = _last_verb(text, start, lex, words, lo)
    after_m = _first_verb_after(text, q.end, lex, words)
    if q.category == "organization" and (_benefit_de(text, start, words) or _served_de(text, start, lo, lex, words)):
        return "coverage"  # 受惠的20个学校: the schools that gained; 督导组检查的33家企业: the firms inspected
    if _is_people(q, lex) and q.category != "coverage" and _SERVE_BEFORE.search(text, lo, start) is not None \
            and not _bare_people(q, lex):
        return "coverage"  # 60名医护志工,服务72位乡亲: the people a verb of serving takes right before their count
        # are the people served (CODEBOOK.md coverage; round q20c). Not 服务队45名志愿者 (a noun), nor a bare count
    if verb is None and after_m is None and q.category in ("personnel", "other", "organization") \
            and (_is_people(q, lex) or _a_place(q)) and _object_of_reach(text, q, start, lo, lex, words):
        return "coverage"  # 对29名同学进行资助: the object of 对 that a verb of reaching takes past a light verb,
        # with no verb of its own clause around the count (round q20c)
    if verb is None and after_m is None and words.beneficiary_re.search(text, lo, start) is None:
        return q.category  # nothing around the count says more than its noun (most counts)
    if _disaster_scope(text, start, lex, words, verb) and not (_is_people(q, lex) and after_m is not None
                                                               and (words.has("moved", after_m.group())
                                                                    or words.has("rescue", after_m.group()))):
        return "other"  # (not 台风造成4省54.9万人紧急转移: what the disaster caused is an evacuation, q13)
    if q.category != "supplies" and _beneficiary(text, q, start, lex, words, lo):
        return "coverage"
    if q.category in ("personnel", "other", "organization") and (_is_people(q, lex) or _a_place(q)) \
            and _object_of_reach(text, q, start, lo, lex, words):
        return "coverage"  # 对300余名村民进行转移疏散, 将30名群众转移: people and places reached (sixth session)
    before = verb.group() if verb is not None else ""
    after = after_m.group() if after_m is not None else ""
    people = _is_people(q, lex)
    if people and words.has("find", before) and not any(d in q.entity for d in _DEAD):
        return "coverage"  # 找到了20名被困群众: the living a search finds are reached (round q19c; not 寻获33名遇难者)
    if people and (words.has("receive", before) or words.has("rescue", before) or words.has("moved", before)
                   or words.has("moved", after)
                   or (words.has("benefit", after) and (after not in _BACK_TO_WORK or q.category != "personnel"
                                                        or _bare_people(q, lex)))):
        # (2900多名驻村第一书记及时返岗: people who serve go back to their posts, not people helped; but 2万余名
        # 中小学生受惠: any people who gain are reached)
        return "coverage"
    if people and q.category in ("personnel", "other") and not q.entity and before in lex.served \
            and not words.has("scope", before):
        return "coverage"  # 共慰问困难退役军人及军属302人: a bare count at the end of the object of a verb of visiting
        # or screening, the nominal between read as no noun of its own (round q20c; 涉及 is the disaster's scope)
    if people and after in lex.cases and q.category == "personnel":
        return "other"  # 52522人在接受集中隔离观察: people under watch, like 医学观察5人 (not people the noun
        # says are reached: 约800名居民居家隔离 stay coverage)
    if people and words.has("mobilize", before) and q.category == "coverage" \
            and not words.has("moved", after) and lex.served_re.search(text, q.end, _clause_end(text, q.end, 20)) is None:
        # (组织居民300人进行核酸检测, 组织1万多名群众提前转移: what befalls them after says they are reached)
        return "personnel"
    if not people and q.category == "other" and (words.has("moved", before) or words.has("moved", after)
                                                  or (before in lex.served and not words.has("scope", before))):
        return "coverage"  # 转移牲畜2.8万头: animals moved, like people (not goods: 转移物资 stay supplies)
    if not people and q.category == "supplies" and words.has("moved", after):
        return "coverage"  # 5.31万艘渔船已全部进港避风: boats sheltered (CODEBOOK.md, J), not goods sent
    if not people and words.has("built", before) and q.category in ("supplies", "coverage", "other") \
            and not q.entity.endswith(_PLACE_ENDS) and not text.startswith("的", q.end):
        # (建成13个社区…: a place is not what is built; 建设一座13800张床位的方舱医院: the count describes what is)
        return "activity"  # (not an organization: a hospital built, 新改扩建10座方舱医院, is one, CODEBOOK.md)
    if not people and q.category == "organization" and words.has("give", before) and before.endswith(_INTO) \
            and verb.end() == start:
        return "coverage"  # 把图书送进20所学校: the schools the goods reach (not 送20所学校的捐款)
    if not people and q.category == "other" and q.entity and before in _HAND_OVER:
        return "supplies"  # 捐赠50件轮椅: what is handed over is goods, whatever its noun (categories round 4)
    if not people and q.category == "organization" and before in lex.served and not words.has("scope", before) \
            and _governs(text, verb.end(), start) \
            and (q.number_start <= q.start or re.fullmatch("了?", text[verb.end():start])):
        # (a noun-first count takes the verb right before its noun: 走访企业30家; not 安抚安置等党员先锋队11支)
        return "coverage"  # 实地检查了…120多家企业, 走访企业30家: the firms inspected or visited (round 4)
    if not people and q.category in ("supplies", "coverage", "other") and words.has("cleared", before):
        return "activity"  # 清运垃圾3.69万吨, 拆除违建120处: the work done
    return q.category


_SERVE_BEFORE = re.compile(r"服务了?(?:约|近|逾|超过|共)?$")  # a verb of serving right before the count of its
# object, past an approximation (服务近一万二千名病人: the people served; round q20c)
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
_NOT_STATIONS = ("居民点", "易涝点", "易灾点", "服务点", "隐患点", "险点")
# (service points are coverage in the gold; settlements and hazard spots are places. Checkpoints SET UP are units,
# organization, in the gold of AN and S: round q19c)
_DOSE_UNITS = frozenset(("剂", "剂次", "针", "针次"))  # doses of a vaccine
_VACCINATE = "接种"  # the verb of giving doses (CODEBOOK.md: doses given are activity, people vaccinated coverage)


_COUNT_CLAUSE = re.compile(r"[\d一二两三四五六七八九十百千万]+[余多]?[^\d,，;；。、]{1,6}$")  # a clause that ends with a count


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
    for prev in reversed(before):
        if prev.end <= q.start - _SAME_PEOPLE_REACH or any(ch in _SENTENCE_END for ch in text[prev.end:q.start]):
            break
        if _is_people(prev, lex) and prev.category in ("personnel", "coverage", "other"):
            return prev.category
    return BARE_DEFAULT


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
    """The noun ends with a head nouns.csv marks as people reached (居民, 选民), though read as an open noun.

    >>> from mobilization.quantities import lexicon
    >>> _listed_reached("投票选民", lexicon()), _listed_reached("医务人员", lexicon())
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


def situate(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """`qs` with each category read from its clause (`situated_category`); a count listed after
    another with 、 shares the harm written before the list (倒塌棚圈142座、房屋19间: both other); a count
    of places right before a count of people harmed is where they were harmed (8市33个县104.4万人受灾); a
    figure repeated later (same value, unit and noun) with nothing around it counts the same things and
    takes the category its first clause gave (34479艘渔船已进港避风 … 共有渔船34479艘: coverage).

    >>> from mobilization.quantities import extract
    >>> [q.category for q in extract("其中倒塌棚圈142座、房屋19间。")]
    ['other', 'other']
    """
    words = situation_words()
    has_parts = _PARTS in text  # (without a 其中 no count is a part of another: _whole_of)
    out: list[Quantity] = []
    said: dict[tuple[float, str], tuple[str, str]] = {}  # (value, unit) → (entity, category) the clause gave
    described: set[int] = set()  # indices in `out` of the counts read as a place's description (_population)
    for q in qs:
        # (the sentence's default is read only for a bare count of people that nothing else decides)
        c = situated_category(q, text, lex, words, lambda: _sentence_default(out, q, text, lex))
        if c != q.category and q.entity:
            said.setdefault((q.value, q.unit), (q.entity, c))
        elif c == q.category and (q.value, q.unit) in said and _same_noun(q.entity, said[q.value, q.unit][0]) \
                and _silent(q, text, lex, words):
            c = said[q.value, q.unit][1]  # 34479艘渔船已进港避风 … 共有渔船34479艘: the same boats again
        whole = _whole_of(out, q, text, lex) if has_parts else None
        if whole is not None and whole.category != c and _silent(q, text, lex, words) \
                and words.serve_re.match(text, q.end) is None and (
                c == "personnel" or (c == "other" and not q.entity and whole.category == "coverage"
                                     and not _harmed(text, q.start, q.number_start, q.end, 0, lex))):
            c = whole.category  # 转移海上人员16万人,其中…渔船人员12.8万人: a part of the people counted before 其中
            # (only the personnel a noun of people gives by default, or the other a bare count takes by default
            # (其中地质灾害1.23万人: round q19c): 救出2名伤员,其中1人重伤 is the harm's, and 其中,1479人当选村党组织
            # 书记 says what the part did)
        if q.unit in _VEHICLE_UNITS and c == "supplies" and _TIMES_AFTER.match(text, q.end):
            c = "activity"  # 应急车辆64辆/次, 8辆车次: vehicle-trips, like 辆次 and 台次 (round q13)
        if q.unit == "户" and c == "coverage" and _FIRMS_BEFORE.search(
                text, _clause_start(text, max(0, q.number_start - _REACH), q.number_start), q.number_start):
            c = "organization"  # 规模以上企业达32户, 新增入园企业27户: 户 counts firms after a noun of firms (q13)
        if c == "coverage" and _population(q, out, text, lex, words, prev_described=len(out) - 1 in described):
            c = "other"  # 全村共有521户1613人, 辖9个村民小组, 已有居民3088户: the place described (q13)
            described.add(len(out))  # (the next count of the list goes on describing it: 有省级贫困村33个,
            # 建档立卡贫困户12207户、40382人; sixth session)
        prev = out[-1] if out else None
        if c not in ("funds", "activity", "other") and prev is not None and prev.category == "other" \
                and prev.end == q.start - 1 and text[prev.end] == "、" \
                and _harmed(text, q.start, q.number_start, q.end, 0, lex):
            c = "other"
        if c == "coverage" and q.category == "coverage" and prev is not None and prev.category == "personnel" \
                and prev.entity and prev.end == q.start - 1 and text[prev.end] == "、" and _is_people(q, lex) \
                and _is_people(prev, lex) and _silent(q, text, lex, words):
            c = "personnel"  # 县级机关干部800人、群众700人: an item of a list of the forces sent shares their role
            # (round q19c; the masses are otherwise the people reached)
        if c == "coverage" and q.category == "coverage" and q.entity == "群众" and _PARTY_STATUS in _sentence_of(text, q) \
                and _silent(q, text, lex, words):
            c = "personnel"  # 收到26份入党申请书,占了88名群众的三分之一: 群众 as a Party status (not members of the
            # Party) in a sentence about joining it names members of the body spoken of, not the public reached
        out.append(q if c == q.category else replace(q, category=c))
    for i in range(len(out) - 1, 0, -1):
        q, nxt = out[i - 1], out[i]
        next_to = nxt.start == q.end or _KINDS.fullmatch(text, q.end, nxt.start) is not None
        # (8市(自治州)33个县: the kinds of a place in brackets between two counts; round q13)
        if next_to and nxt.category == "other" and q.category == "coverage" and not _is_people(q, lex) \
                and (_is_people(nxt, lex) or (_a_place(q) and _a_place(nxt))):
            out[i - 1] = replace(q, category="other")  # 33个县(区、市)104.4万人受灾: the places of the people harmed
            # (造成16市95县不同程度受灾: and of the places harmed)
        elif q.unit == "户" and q.category == "coverage" and nxt.category == "other" and _is_people(nxt, lex) \
                and nxt.unit != "户" and re.fullmatch(r"|共|共计|计|合计", text[q.end:nxt.start]) \
                and _harmed(text, nxt.start, nxt.number_start, nxt.end, 0, lex):
            out[i - 1] = replace(q, category="other")  # 30余户共99名村民被埋: the households of the people harmed
    return out
