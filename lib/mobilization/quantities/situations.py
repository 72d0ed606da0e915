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
  (other: measured on the opened corpora, docs/rounds/categories-round-2.md).

The readings of the clause these rules decide from are the step before, `clause_reading`, and the readers of
`situation_readers` (step 4c, first half).

Money (funds) and events (activity) are never changed here; nor is a count the noun already
names as harmed (受伤工人) unless it is reached.
"""
from __future__ import annotations

import re
from typing import Callable

from .categories import _harmed, _HOUSEHOLDS
from .records import Lexicon, Quantity
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .text import _clause_end, _clause_start
from .verbs import SituationWords, _as_tuple, _verb_words, situation_words
from .populations import _population, _serving_topic
from .clause_reading import (_object_of_reach, _bare_people, _beneficiary, _benefit_de, _disaster_scope, _first_verb_after, _is_people,
                             _last_verb, _LEADING_ADVERB, _mobilized, _phrase_start, _REACH, _reached_bare, _topic_count,
                             _with_leader)
from .civic_readers import civic_category
from .reach_readers import _acts, _culled, _gathered, _halted, _hit_places, _in_want, _institution_acts, _supported
from .situation_readers import (BARE_DEFAULT, _AIDED, _BACK_TO_WORK, _DOSE_UNITS, _FIRMS_BEFORE, _HAND_OVER,
                                _INTO, _KINDS, _KIT_UNITS, _PARTS, _PARTY_STATUS, _PLACE_ENDS,
                                _SERVE_BEFORE, _TIMES_AFTER, _VACCINATE, _VEHICLE_UNITS, _VESSELS,
                                _a_place, _a_post, _aided_institution, _composed_of, _covered_post, _governs, _handed_over, _in_need,
                                _listed_reached, _per_head, _same_noun, _sentence_default, _sentence_of, _served_de,
                                _set_up, _silent, _whole_of)  # noqa: F401 (BARE_DEFAULT, _whole_of re-exported)


_CASE_UNITS = frozenset(("例",))  # the classifier of cases; of people tested when its noun is a screening
_FISHING_BOATS = ("渔船", "渔船舶", "渔船只")  # fishing boats: what a typhoon warning reaches (called to port,
# sheltered, counted at sea), coverage in every opened corpus; never goods handed out (冲锋舟, 橡皮艇 are)
_PITCHED = frozenset(("顶",))  # the classifier of tents: a tent put up (搭建帐篷94顶) is goods pitched, not a facility
# built (CODEBOOK.md: tents are supplies; round q22c)
_ITEM_JOINS = ("、", ",", "，")  # 建成集中安置点925个、住房43.9万套; 新建服务中心3座45间,幸福院5座: a list of counts of works
# after one verb of building, its items joined by 、 or, in long lists, by a comma with no verb of their own (q26)
_EARLIER_ITEM = re.compile(r"[\d两三四五六七八九十百千万][\u4e00-\u9fff]?、")  # a count and its classifier closing an
# item of a list (共搭建帐篷348顶、排危除险403处): the verb before it is that item's; a later item shares it only when
# the first was built too (situate: worked)
_TOTALS = ("共", "共有", "共计", "合计")  # between a count of places and the total of what they hold
_SCHOOLS = ("学校",)  # institutions nouns.csv marks reached (coverage): schools served, aided or evacuated
_LIST_JOINS = ("、", "及", "和", "与", "以及", "、以及")  # what joins two items of a list of counts
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
    civic = civic_category(q, text, lex, words)
    if civic:
        return civic  # 实际参加投票31088人, 修复水毁工程35处, 15366名党员全覆盖: a vote, a repair, a campaign's cover (q26)
    c = _situated(q, text, lex, words)
    if c == "coverage" and q.category == "coverage" and _is_people(q, lex) and _with_leader(
            text, _clause_start(text, max(0, q.start - _REACH), q.start), q.start, lex):
        return "personnel"  # 校长李明与该校学生40多人来到灾区: people with a person of office act with them, even when
        # the noun before them marks them reached (学生, round q22c)
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
    if _serving_topic(text[lo:q.start], lex):
        return c  # 网格员西关社区共有112名, 这个队伍最开始的时候只有4、50人: how many of the people who serve (round k16)
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
    if vessel_reached(q, text):
        return "coverage"  # 全省有22854艘渔船, 8艘外省渔船, 涉渔船舶34479艘 (categories round 4); 25艘客渡运船舶已经全部停航,
        # 施工船8艘, 回港避风船只39932艘: vessels a typhoon warning reaches, like fishing boats (round q13; rescue craft,
        # 冲锋舟 救生艇, stay goods)
    if _a_post(q) and _set_up(q, text, words):
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
    if q.category == "coverage" and q.entity.endswith(_SCHOOLS) and _institution_acts(q, text, words):
        return "organization"  # 103间学校响应参与: schools, reached by default (nouns.csv), that act (round q22c)
    if q.category == "organization" and _aided_institution(q.entity, words):
        return "coverage"  # 8所受援医院, 8所受助学校, 400家贫困县医院: the institutions aid reaches (CODEBOOK.md:
        # places reached or served; sixth session, AL), not organizations taking part
    people = _is_people(q, lex)  # (asked by most tests below: once, not at each; round s15)
    if q.category in ("personnel", "other", "coverage") and people and _composed_of(q, text, words):
        return "personnel"  # 服务队由150余名退伍军人自发成立: the members who make up or found a body (q19c)
    if q.category in ("personnel", "other", "coverage") and people and _per_head(q, text, lex, words):
        return "coverage"  # …成员共计364人,每人发放长寿金500元: the people a distribution per head reaches (q19c)
    if q.category in ("other", "personnel") and (q.entity.endswith(tuple(words.roles["remains"]))
                                                  or (not q.entity and q.unit in words.roles["remains"])):
        return "coverage"  # 遗体10具, 两具遇难矿工遗体: bodies are counted once a search has recovered them, its reach
        # (CODEBOOK.md eighth session, round q21c); the toll is counted as people (遇难33人: other)
    start = _phrase_start(q, text, words)
    lo = _clause_start(text, max(0, start - _REACH), start)
    verb = _last_verb(text, start, lex, words, lo)
    after_m = _first_verb_after(text, q.end, lex, words)
    unnamed_staff = people and not (q.category == "personnel" and q.entity)  # (people no noun says serve)
    if unnamed_staff and _in_want(q, text, verb, start, words):
        return "other"  # 上万名群众急需转移, 需紧急生活救助2.13万人: people still in need, the disaster's scale (not
        # 300名党员需轮流值守: people a noun says serve; round k16)
    if unnamed_staff and _gathered(q, text) \
            and not (verb is not None and words.has("mobilize", verb.group())):
        return "coverage"  # 全村500多名村民齐聚一堂, 近20名退休老干欢聚一堂: the guests an occasion brings together (not
        # 100多名志工齐聚一堂, people a noun says serve, nor 召集100余人齐聚一堂, people mobilized; round k16)
    if people and _not_benefited(text, q.end, lex, words):
        return "other"  # 还有24人未脱贫, 尚有4户、10人没有脱贫: the people the campaign has not yet lifted are the need
        # it faces, the place's poverty described (relabel of the fourth session, F 008; AD, AN golds), not its reach
    if q.category == "organization" and not _a_post(q) and _supported(text, start, q.end, lo, words):
        return "coverage"  # 对口支援贵州省41家县级医院, 捐款予30家社福机构, 提供工作岗位1059个: the institutions aid or
        # goods reach (CODEBOOK.md: places reached or served), not organizations taking part (round q22c)
    if q.category == "organization" and (_benefit_de(text, start, words) or _served_de(text, start, lo, lex, words)):
        return "coverage"  # 受惠的20个学校: the schools that gained; 督导组检查的33家企业: the firms inspected
    if people and q.category != "coverage" and _SERVE_BEFORE.search(text, lo, start) is not None \
            and not _bare_people(q, lex):
        return "coverage"  # 60名医护志工,服务72位乡亲: the people a verb of serving takes right before their count
        # are the people served (CODEBOOK.md coverage; round q20c). Not 服务队45名志愿者 (a noun), nor a bare count
    if verb is None and after_m is None and q.category in ("personnel", "other", "organization") \
            and (people or _a_place(q)) and _object_of_reach(text, q, start, lo, lex, words):
        return "coverage"  # 对29名同学进行资助: the object of 对 that a verb of reaching takes past a light verb,
        # with no verb of its own clause around the count (round q20c)
    if q.category == "coverage" and q.entity and people and words.beneficiary_re.search(text, lo, start) is None \
            and _acts(q, text, lex, words):
        return "personnel"  # 3万多名大学生组成1120支服务队: people reached by their noun who serve (round q22c; not
        # 向26名学子捐款: the people a gift after 向 reaches)
    if verb is None and q.category in ("coverage", "organization") and _hit_places(q, text, lo, start, after_m, lex, words):
        return "other"  # 重灾区13个县, 8县市出现暴雨: the places a disaster hit (round q22c)
    if q.category in ("other", "supplies") and not people and _culled(q, text, start, words):
        return "coverage"  # 扑杀家禽31329羽: the animals culled, the reach of a measure against an outbreak (round q33)
    if q.category in ("other", "organization") and not people and _halted(q, text, words):
        return "coverage"  # 19条客渡运航线停航, 66个水上施工作业项目停工: what a preventive measure halts is its reach,
        # like the vessels called to port (round q22c)
    post = _a_post(q) and not people
    if q.category in ("coverage", "other") and not people and _built_between(q, text, words):
        return "activity"  # 堤坝改造5处, 河道改造6条 (round q28): the verb of building between the noun and its count
        # says what was done to it, as before the noun (CODEBOOK.md: facilities built or rebuilt are activity); goods
        # keep theirs (住宅电梯增设43部: lifts added are equipment installed, round q27)
    if verb is None and after_m is None and q.category in ("supplies", "coverage", "other") and not people \
            and _cleared_list(text, lo, start, lex, words):
        return "activity"  # 清理村内水沟40公里,淤泥80吨: the next object of a verb of clearing, after a comma (round q28)
    if verb is None and after_m is None and words.beneficiary_re.search(text, lo, start) is None:
        return _post(q, text, lex, words) if post else q.category  # nothing around the count says more than its
        # noun (most counts)
    if _disaster_scope(text, start, lex, words, verb) and not (people and after_m is not None
                                                               and (words.has("moved", after_m.group())
                                                                    or words.has("rescue", after_m.group()))):
        return "other"  # (not 台风造成4省54.9万人紧急转移: what the disaster caused is an evacuation, q13)
    if q.category != "supplies" and _beneficiary(text, q, start, lex, words, lo):
        return "coverage"
    if q.category in ("personnel", "other", "organization") and (people or _a_place(q)) \
            and _object_of_reach(text, q, start, lo, lex, words):
        return "coverage"  # 对300余名村民进行转移疏散, 将30名群众转移: people and places reached (sixth session)
    before = verb.group() if verb is not None else ""
    after = after_m.group() if after_m is not None else ""
    if q.unit in _CASE_UNITS and words.has("rescue", before):
        return "coverage"  # 累计收治1830例: cases treated are the patients served (CODEBOOK.md, round q22c), as 收治患者
        # 1830人 are; cases counted as the toll (确诊1830例) stay other
    if post and not (words.has("built", before) or words.has("underway", after)):
        return _post(q, text, lex, words)  # (a post built is work done: 307个安置点已全部开工, below)
    if people and words.has("find", before):
        return "coverage"  # 找到了20名被困群众, 已寻获33名遇难者: the people a search finds, living or dead, are its reach
        # (round q19c; the dead too since CODEBOOK.md eighth session, round q21c)
    if people and (words.has("receive", before) or words.has("rescue", before) or words.has("moved", before)
                   or words.has("train", before)  # (培训1519名教师: the people trained, round q24)
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
    if people and words.has("mobilize", before) and q.category == "coverage" and not words.has("choose", before) \
            and not words.has("moved", after) and lex.served_re.search(text, q.end, _clause_end(text, q.end, 20)) is None:
        # (组织居民300人进行核酸检测, 组织1万多名群众提前转移: what befalls them after says they are reached; 最终选定170名
        # 学子: people a noun marks as reached, only chosen, are chosen for the aid, round q21c)
        return "personnel"
    if not people and q.category == "other" and (words.has("moved", before) or words.has("moved", after)
                                                  or (before in lex.served and not words.has("scope", before))):
        return "coverage"  # 转移牲畜2.8万头: animals moved, like people (not goods: 转移物资 stay supplies)
    if not people and q.category == "supplies" and words.has("moved", after):
        return "coverage"  # 5.31万艘渔船已全部进港避风: boats sheltered (CODEBOOK.md, J), not goods sent
    if not people and ((words.has("built", before) and not _EARLIER_ITEM.search(text, verb.end(), start)) or words.has("underway", after)) \
            and q.category in ("supplies", "coverage", "other", "organization") \
            and (not q.entity.endswith(_PLACE_ENDS) or words.has("rebuild", before)) \
            and not text.startswith("的", q.end) and q.unit not in _PITCHED \
            and not (q.category == "organization" and (q.entity.endswith(tuple(words.roles["built_unit"]))
                                                       or q.unit in words.roles["built_unit"])):
        # (建成13个社区…: a place is not what is built, but one rebuilt is work done, 开工改造城镇老旧小区5.37万个, round
        # q27; 建设一座13800张床位的方舱医院: the count describes what is)
        return "activity"  # 建成12个养老服务中心, 307个安置点已全部开工: facilities built or under construction,
        # whatever they do once built (CODEBOOK.md eighth session, round q21c); not a hospital (新改扩建10座方舱医院)
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
    if not people and q.category in ("supplies", "coverage", "other") and words.has("cleared", before) \
            and not q.entity.endswith(_PLACE_ENDS) and not q.entity.endswith(_EQUIPMENT):
        # (出动清淤机械20台, 清运车辆: the verb names the machines' task; they are goods sent, round q28)
        return "activity"  # 清运垃圾3.69万吨, 拆除违建120处: the work done (not places: 整治村庄环境30个村 are the villages
        # the work reaches, as a place after a verb of building stays a place; round q28)
    return q.category


_EQUIPMENT = ("机械", "车辆", "车", "船", "设备", "机", "泵")  # machines, vehicles and boats: what clears, never what is cleared
_NEGATED = re.compile(r"没有|没|尚未|仍未|还未|未|不曾")  # a negation between a count and its verb of benefit (round k16)
_MORE_PEOPLE = re.compile(r"(?:[、,，和及]\s*[\d一二两三四五六七八九十百千万.]+[余多]?[户人名口])*")  # the next counts of
# the same people (4户、10人未脱贫): the verb after the last is said of each


def _not_benefited(text: str, end: int, lex: Lexicon, words: SituationWords) -> bool:
    """The people counted before text[end] (or the list of their counts it begins) are said NOT to gain, a negation
    before a verb of benefit (situation_verbs.csv benefit: 尚有4户、10人未脱贫, 还有150人没有脱贫).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> [_not_benefited(t, t.index("户") + 1, lex, w) for t in ("尚有4户、10人未脱贫。", "共80户、183人脱贫。", "4户未转移")]
    [True, False, False]
    """
    k = _MORE_PEOPLE.match(text, end).end()
    after = _first_verb_after(text, k, lex, words)
    return after is not None and words.has("benefit", after.group()) and _NEGATED.search(text, k, after.start()) is not None


_DONE = re.compile(r"(?:共|已|已经|累计|共计)?(?:完成)?")  # adverbs of total or time before a verb of work done (已完成)


def _built_between(q: Quantity, text: str, words: SituationWords) -> bool:
    """A verb of building, only it and an adverb, stands between the noun read before the count and its number (堤坝
    改造5处, 河道改造6条): the works built or rebuilt (round q28; q26n reads such a noun). Its caller leaves goods and
    people alone; a verb of repair there (山塘加固32处) is `civic_readers.repaired`'s, and a hospital stays a unit.

    >>> from mobilization.quantities import extract
    >>> [(q.surface, _built_between(q, t, situation_words())) for t in ("堤坝改造5处。", "水库加固3座。") for q in extract(t)]
    [('堤坝改造5处', True), ('水库加固3座', False)]
    """
    if not q.entity or q.start >= q.number_start:
        return False
    i = text.find(q.entity, q.start, q.number_start)
    if i < 0:
        return False
    k = i + len(q.entity)
    k += len(_DONE.match(text, k, q.number_start).group())
    mid = text[k:q.number_start]
    return bool(mid) and (words.has("built", mid) or words.has("rebuild", mid)) \
        and not q.entity.endswith(tuple(words.roles["built_unit"]))


_OBJECT_COMMAS = (",", "，")  # between two objects of one verb, in a long list of the work done


def _cleared_list(text: str, lo: int, start: int, lex: Lexicon, words: SituationWords) -> bool:
    """The clause text[lo:start] before a count holds no verb and follows a comma, and the clause before the comma
    opens with a verb of clearing (cleared) and holds no other verb and a figure: the count is the verb's next object
    (清理村内水沟40公里,淤泥80吨: the silt cleared; round q28). A clause of its own verb reads that verb instead.

    >>> from mobilization.quantities import lexicon
    >>> t = "清理水沟40公里,淤泥80吨"; _cleared_list(t, 9, 9, lexicon(), situation_words())
    True
    >>> t = "整修水沟40公里,淤泥80吨"; _cleared_list(t, 9, 9, lexicon(), situation_words())
    False
    """
    if lo < 1 or text[lo - 1] not in _OBJECT_COMMAS:
        return False
    lo2 = _clause_start(text, max(0, lo - 1 - _REACH), lo - 1)
    opens = lo2 + len(_LEADING_ADVERB.match(text, lo2, lo - 1).group())  # (累计清理…: an adverb of total may open it)
    if not text.startswith(_as_tuple(words.roles["cleared"]), opens, lo - 1):
        return False  # (no verb of clearing opens the clause before: decided before reading the verbs; round s15)
    if _verb_words(text, lo, start, lex, words):
        return False
    verbs = _verb_words(text, lo2, lo - 1, lex, words)
    return len(verbs) == 1 and verbs[0].start() == opens and words.has("cleared", verbs[0].group()) \
        and re.search(r"[0-9一二两三四五六七八九十百千万]", text[verbs[0].end():lo - 1]) is not None


def vessel_reached(q: Quantity, text: str) -> bool:
    """Goods whose noun names fishing boats, or vessels no verb hands over: what a typhoon warning reaches (called to
    port, sheltered, counted at sea), coverage (categories round 4, round q13). `_situated` asks it of the noun a count
    reads itself; `rules.apply_rules` of the noun a rule across figures gives it (全市在港渔船5376艘,安全撤离40艘: the
    shared noun is found after the clauses are read; round q27).

    >>> vessel_reached(Quantity(0, 7, "渔船5376艘", 5376.0, unit="艘", entity="渔船", category="supplies"), "渔船5376艘")
    True
    """
    return q.category == "supplies" and (q.entity.endswith(_FISHING_BOATS) or ("渔" in q.entity and q.entity.endswith("船舶"))
                                         or (q.entity.endswith(_VESSELS) and not _handed_over(q, text)))


def _post(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> str:
    """A post, station or ward that no verb sets up: coverage when the people guard, take over or supply it (值守12个
    卡口, 整建制接管2个重症病区), else organization, the unit itself (我们全乡38个检查点, 医院曾经有32个病区):
    CODEBOOK.md eighth session, round q21c.

    >>> from mobilization.quantities import lexicon
    >>> t = "我负责两个送水点。"
    >>> _post(Quantity(3, 8, "两个送水点", 2.0, unit="个", entity="送水点", number_start=3), t, lexicon(), situation_words())
    'organization'
    """
    return "coverage" if _covered_post(q, text, lex, words) else "organization"


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
    reached: set[int] = set()  # indices in `out` of the organizations their clause read as reached (aided, visited)
    worked: set[int] = set()  # indices in `out` of the counts their clause read as work done (built, cleared)
    for q in qs:
        # (the sentence's default is read only for a bare count of people that nothing else decides)
        c = situated_category(q, text, lex, words, lambda: _sentence_default(out, q, text, lex))
        by = "clause"  # (what changed the category, if anything did: Quantity.category_from)
        if c != q.category and q.entity:
            said.setdefault((q.value, q.unit), (q.entity, c))
        elif c == q.category and (q.value, q.unit) in said and _same_noun(q.entity, said[q.value, q.unit][0]) \
                and _silent(q, text, lex, words):
            c, by = said[q.value, q.unit][1], "figures"  # 34479艘渔船已进港避风 … 共有渔船34479艘: the same boats again
        whole = _whole_of(out, q, text, lex) if has_parts else None
        if whole is not None and whole.category != c and _silent(q, text, lex, words) \
                and words.serve_re.match(text, q.end) is None and (
                c == "personnel" or (c == "other" and not q.entity and whole.category == "coverage"
                                     and not _harmed(text, q.start, q.number_start, q.end, 0, lex))
                or (c == "coverage" and whole.category == "other" and words.reach_re.match(text, q.end) is None)):
            c, by = whole.category, "figures"  # 转移海上人员16万人,其中…渔船人员12.8万人: a part of the people counted before 其中
            # (only the personnel a noun of people gives by default, or the other a bare count takes by default
            # (其中地质灾害1.23万人: round q19c): 救出2名伤员,其中1人重伤 is the harm's, and 其中,1479人当选村党组织
            # 书记 says what the part did; 共310户1237人,其中脱贫户50户154人: a part of a place's described population
            # describes it too, and a part of a toll is the toll, when no verb of its own says more (not 该站有300名
            # 登记选民,其中有210人投票: a verb of reach); round q21c)
        if q.unit in _VEHICLE_UNITS and c == "supplies" and _TIMES_AFTER.match(text, q.end):
            c = "activity"  # 应急车辆64辆/次, 8辆车次: vehicle-trips, like 辆次 and 台次 (round q13)
        if q.unit == "户" and c == "coverage" and _FIRMS_BEFORE.search(
                text, _clause_start(text, max(0, q.number_start - _REACH), q.number_start), q.number_start):
            c = "organization"  # 规模以上企业达32户, 新增入园企业27户: 户 counts firms after a noun of firms (q13)
        if c == "coverage" and _population(q, out, text, lex, words, prev_described=len(out) - 1 in described) \
                and not (_is_people(q, lex) and _per_head(q, text, lex, words)):
            # (全市800余名高中学生,每人将得到1000元的资助: the people a distribution per head reaches, not the place's
            # population; round q22c, now that 学生 is a noun of people reached)
            c = "other"  # 全村共有521户1613人, 辖9个村民小组, 已有居民3088户: the place described (q13)
            described.add(len(out))  # (the next count of the list goes on describing it: 有省级贫困村33个,
            # 建档立卡贫困户12207户、40382人; sixth session)
        prev = out[-1] if out else None
        if c in ("supplies", "coverage", "other") and len(out) - 1 in worked and text[prev.end:q.start] in _ITEM_JOINS \
                and not _is_people(q, lex) and not q.entity.endswith(_PLACE_ENDS) \
                and _first_verb_after(text, q.end, lex, words) is None:
            c = "activity"  # 建成集中安置点925个、住房43.9万套: an item of a list shares the verb of work before it
            # (round q21c), as items share a harm (below)
        if c == "organization" and len(out) - 1 in reached and prev.unit == q.unit \
                and text[prev.end:q.start] in _LIST_JOINS and not _a_post(q):
            c = "coverage"  # 分送给5家身障福利机构、19家老人福利机构及4家儿少福利机构: an item of a list of the
            # institutions reached shares the role of the first (round q22c)
        if c == "coverage" and q.category == "organization":
            reached.add(len(out))  # (an organization the clause made reached: aided, inspected, visited)
        if c == "activity" and q.category != "activity":
            worked.add(len(out))  # (a count the clause made work done: built, cleared)
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
        out.append(q if c == q.category else replace(q, category=c, category_from=by))
    for i in range(len(out) - 1, 0, -1):
        q, nxt = out[i - 1], out[i]
        next_to = nxt.start == q.end or _KINDS.fullmatch(text, q.end, nxt.start) is not None \
            or (text[q.end:nxt.start] in _TOTALS and lex.harm_re.match(text, nxt.end) is not None) \
            or (text[q.end:nxt.start] == "、" and _a_place(q) and _a_place(nxt))
        # (8个县(区)、143个乡镇(街道)全部受灾: a list of places, the harm after its last befalls each; round q33)
        # (初估5村共2436户受灾: a total of the places' people, harmed right after it; round q22c)
        # (8市(自治州)33个县: the kinds of a place in brackets between two counts; round q13)
        if next_to and nxt.category == "other" and q.category == "coverage" and not _is_people(q, lex) \
                and (_is_people(nxt, lex) or (_a_place(q) and _a_place(nxt))):
            out[i - 1] = replace(q, category="other", category_from="clause")  # 33个县(区、市)104.4万人受灾: the places of the people harmed
            # (造成16市95县不同程度受灾: and of the places harmed)
        elif q.unit == "户" and q.category == "coverage" and nxt.category == "other" and _is_people(nxt, lex) \
                and nxt.unit != "户" and re.fullmatch(r"|、|共|共计|计|合计", text[q.end:nxt.start]) \
                and _harmed(text, nxt.start, nxt.number_start, nxt.end, 0, lex):
            out[i - 1] = replace(q, category="other", category_from="clause")  # 30余户共99名村民被埋, 1876户、4848名牧民受灾: the households of the
            # people harmed (with 、: round q21c)
    return out
