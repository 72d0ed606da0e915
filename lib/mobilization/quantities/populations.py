"""Quantities, step 4c (populations): a count that describes a place's own population or parts is other, not coverage.

`situations.situate` asks `_population` of each count its clause reads as coverage: 全村共有521户1613人,
辖9个村民小组, 户籍人口22户 describe the place (other); 走访326户, 覆盖12个村 are the work reaching it (coverage).
"""
from __future__ import annotations

import re

from .clause_reading import _is_people, _REACH
from .records import Lexicon, Quantity
from .text import _clause_end, _clause_start
from .verbs import SituationWords, situation_words
from .window_tags import _tagged
from .open_nouns import _head_at_end, form_category
from .reach_readers import _gathered

# A place's own population or size given as its description is other, the same people or places REACHED by the work
# coverage (CODEBOOK.md, fourth session: 全县总人口30万人, 辖区常住人口5000人, 全村共326户, 下辖12个村 other; 排查辖区5000人,
# 走访326户, 覆盖12个村 coverage). The description is written with a verb of having or governing right before the count
# (共有 现有 辖 下辖 登记) said of a place, with a whole place as its subject (全村), or with a noun of population
# (户籍人口, 常住人口), and no verb of the clause after the count.
_HAVE = re.compile(r"(?:(?:共|现|已|尚|仍|还|总共|共计|全村|全乡|全镇|全县)?有|拥有|共|共计|总计)$")
_GOVERN = re.compile(r"(?:(?:下|管)?辖(?:有)?|登记(?:有)?|现有|户籍人口|常住人口|总人口)$")
_WHOLE = re.compile(r"全(?:村|乡|镇|县|市|区|省|州|组|社区)(?:共有|共|有|总共)?$")
_LIVE = ("散居", "居住", "生活", "分布")  # verbs that describe where a population lives
_POP_SUBJECT = re.compile(r"(?:村|县|市|乡|镇|区|省|州|社区|组|街道|小区|庄|屯|寨|人数|人口|大厦|大楼|公寓|建筑)$")
# (a building described by the households living in it: 该大厦为十层建筑,约有八十户住户; round q33)
_POPULATION_NOUNS = ("户籍人口", "常住人口", "总人口", "贫困人口", "农业人口", "流动人口", "外来人口", "人口")  # what a
# place has (人口 alone: 总面积5007平方公里,人口149万人; round q21c)
_POP_NOUN_ENDS = ("人口", "村民", "贫困户", "贫困村", "农户")  # nouns a 有 of a place counts
_POP_PLACES = ("村", "组", "小组", "社区", "乡", "镇", "街道", "小区", "园区", ")", "）")  # the parts a place is divided into
_NOT_HAVE = ("没", "所", "具", "享", "持", "占", "含", "设", "建", "配", "另")  # 没有, 所有 … are no having
_RECIPIENT = re.compile(r"(?:向|给)[^,，、;；:：]{0,8}$")  # a preposition of the recipient before the place: 向两村共…
_FOR_PLACE = re.compile(r"(?:为|向|给|替)(?:全|辖区|该|本|各)[^,，、;；:：为]{0,6}$")  # a preposition of benefit before
# a whole place or the area a body serves (为辖区, 给全校); not a copula (总人口为: no place after it)
_HAVE_ADVERBS = re.compile(r"(?:是一个|是个|大约|约|就|仅|只|都|也|共|总共)+$")  # between a place and its 有 (该村仅有197户;
# round q28: a copula, 该村是个有230户的小村, the place described by what it has)
_DWELL = re.compile(r"(?:住|居住|生活|聚居|散居|住宿)(?:着|有)\s*$")  # a verb of dwelling with 着/有 right before the count
# (目前住有40户居民, 住着114户331人): who lives in a place is its population, its description (round k16)
_DWELL_ANY = re.compile(_DWELL.pattern.removesuffix("\\s*$"))
_MOVED_PEOPLE = ("转移", "安置", "受灾", "撤离", "疏散", "避险")  # people a shelter holds once moved: reached, not described
_LOCATIVE_END = re.compile(r"(?:境内|以内|内|里|中)$")  # a place's inside before its 有 (辖区内有9个村民组, 村里有)
_NEXT_NUMBER = re.compile(r"[\d０-９]")  # where the next count begins (its own verbs are not this count's)
_ANY_VERB_AFTER_OK = frozenset(("有", "是", "为", "约为", "达", "达到", "共", "计", "共计", "合计", "总计", "建档立卡") + _LIVE)
# (建档立卡: registered as poor, a modifier of the households counted, 建档立卡贫困户12207户, not a verb of the clause)


# _HAVE, _GOVERN and _WHOLE anywhere in a span: `_population` can find one ending at some point of the clause
# before the count only if the span holds one at all (one C-level search instead of tagging first).
_HAVE_ANY = re.compile(_HAVE.pattern.removesuffix("$"))
_GOVERN_ANY = re.compile(_GOVERN.pattern.removesuffix("$"))
_WHOLE_ANY = re.compile(_WHOLE.pattern.removesuffix("$"))


_TOPIC_PLACE = re.compile(r"(?:全|该|本|这个|整个)(?:村|乡|镇|县|市|区|社区|组|小区|街道)")  # a whole place opening a
# clause, its topic (全村规模不大, 该村人口不多)


def _topic_place(text: str, lo: int) -> bool:
    """The clause before text[lo] opens with a whole place (全村规模不大,仅有197户630人): the topic a 有 with no subject
    of its own is said of.

    >>> _topic_place("全村规模不大,仅有197户", 7), _topic_place("物资不多,仅有197箱", 5)
    (True, False)
    """
    start = _clause_start(text, max(0, lo - 1 - _REACH), max(0, lo - 1))
    return _TOPIC_PLACE.match(text, start) is not None


_TEAM_ENDS = ("队伍", "团队", "队")  # a team: a bare count said of it counts its members


_TEAM_SIZE = re.compile(r"(?:有|发展到|壮大到|增加到|增至)(?:了)?(?:约|近|逾|超过)?$")  # a verb of having or of growing
# right before the count: the count is said of the clause's topic


def _serving_topic(head: str, lex: Lexicon) -> bool:
    """The clause before a bare count of people, ending in a verb of having or growing, names people who serve or a
    team (网格员…共有, 志愿者工作群里就有, 这个队伍…只有): the count says how many of them there are (CODEBOOK.md:
    personnel), not how many people live in a place (a bare count takes `BARE_DEFAULT` otherwise; round k16).

    >>> from mobilization.quantities import lexicon
    >>> _serving_topic("像她一样的网格员西关社区共有", lexicon()), _serving_topic("全村共有", lexicon())
    (True, False)
    >>> _serving_topic("志愿者为", lexicon())
    False
    """
    if _TEAM_SIZE.search(head) is None:
        return False
    for word, tag in _tagged(head):
        if not tag.startswith("n") or len(word) < 2:
            continue
        known = _head_at_end(word, lex)
        if (known is not None and known.category == "personnel" and not known.reached) \
                or (known is None and form_category(word) == "personnel") or word.endswith(_TEAM_ENDS):
            return True
    return False


def _may_describe(q: Quantity, before: list[Quantity], head: str) -> bool:
    """False when none of the ways `_population` says True can apply (a necessary condition of each, cheap
    tests only): no noun of population, no verb of having or governing and no whole place in the clause
    before the count, no noun a place's 有 counts, and no count of other right before. tests/test_quantities_speed.py
    checks that `_population` is False whenever this is."""
    return (q.entity in _POPULATION_NOUNS or q.entity.endswith(_POPULATION_NOUNS[:3])
            or q.entity.endswith(_POP_NOUN_ENDS)
            or _HAVE_ANY.search(head) is not None or _GOVERN_ANY.search(head) is not None
            or _WHOLE_ANY.search(head) is not None or _DWELL_ANY.search(head) is not None
            or (bool(before) and before[-1].category == "other"))


def _verbs_in(text: str, lo: int, hi: int, nominal: bool = False) -> list[str]:
    """The words jieba tags as verbs in text[lo:hi] (not 有 是 为 达: the verbs of a description); with
    `nominal`, verbal nouns too (核酸筛查今日启动: jieba tags both 筛查 and 启动 vn)."""
    words = situation_words()
    found = [w for w, t in _tagged(text[lo:hi])
             if t.startswith(("v", "p")) and (nominal or t != "vn") and w not in _ANY_VERB_AFTER_OK]
    return found or [m.group() for m in words.any_re.finditer(text, lo, hi) if m.group() not in _ANY_VERB_AFTER_OK]


_POP_NOUN_BEFORE = re.compile(r"(?:户籍人口|常住人口|总人口|农业人口)(?:约|大约|共|总计)?(?:为|是|达|有)?$")


def _population_noun_before(q: Quantity, text: str, lo: int) -> bool:
    """A noun of a place's population (常住人口, 户籍人口 …) and at most an adverb and a copula right before a bare count
    of people, with no verb before it in its clause (长期常住人口约为220人): the place's own population (CODEBOOK.md
    fourth session), whatever the sentence's other counts say (round q33).

    >>> t = "全村常住人口约为220人"
    >>> _population_noun_before(Quantity(t.index("2"), len(t), "220人", 220.0, unit="人"), t, 0)
    True
    >>> t = "转移常住人口约为220人"
    >>> _population_noun_before(Quantity(t.index("2"), len(t), "220人", 220.0, unit="人"), t, 0)
    False
    """
    m = _POP_NOUN_BEFORE.search(text, lo, q.start)
    return m is not None and not q.entity and not _verbs_in(text, lo, m.start())


def _population(q: Quantity, before: list[Quantity], text: str, lex: Lexicon, words: SituationWords,
                listed: bool = False, prev_described: bool = False) -> bool:
    """`q` counts a place's own people, households or parts as its description, not as reached (CODEBOOK.md):
    a verb of having or governing said of a place, or a whole place, before the count (a noun may stand between:
    加果村共有牧民176户) and no verb of the clause after it; a noun of population; or the next count of such a
    list (全村6个组、521户1613人). `listed`: `q` is such a count already read as other; `prev_described`: the count
    before it was read as the description (then the list goes on without reading that one again).

    >>> from mobilization.quantities import lexicon
    >>> lex, w = lexicon(), situation_words()
    >>> def pop(t, s, u, e=""):
    ...     i = t.index(s)
    ...     q = Quantity(i, i + len(s), s, 1.0, unit=u, entity=e, number_start=i, category="coverage")
    ...     return _population(q, [], t, lex, w)
    >>> pop("该村共有326户。", "326户", "户"), pop("走访全村326户。", "326户", "户"), pop("社区已有居民3088户。", "居民3088户", "户", "居民")
    (True, False, True)
    >>> pop("村里没有300户。", "300户", "户"), pop("全村共有31万群众受益。", "31万群众", "名", "群众")
    (False, False)
    >>> pop("该厂向两村共551位老人(甲村320人)。", "551位老人", "位", "老人"), pop("两村共551位老人。", "551位老人", "位", "老人")
    (False, True)
    >>> pop("志愿者为辖区3万居民服务。", "3万居民", "名", "居民"), pop("辖区常住人口为3万人。", "3万人", "人")
    (False, True)
    """
    if not (_is_people(q, lex) or q.unit == "户" or (q.entity or q.unit).endswith(_POP_PLACES)):
        return False
    lo = _clause_start(text, max(0, q.start - _REACH), q.start)
    head = text[lo:q.start]
    if q.category != "coverage" and not listed:
        return _population_noun_before(q, text, lo)  # (a bare count, 东村有310人 after 撤离人数, takes what the clause
        # before or its sentence says, unless a noun of population right before it names it)
    if not _may_describe(q, before, head):
        return False  # (the common case, decided without tagging the clause: no way below can say True)
    if _gathered(q, text):
        return False  # 全村500多名村民齐聚一堂: the guests of an occasion, not the village described (round k16)
    if _FOR_PLACE.search(head) is not None:
        return False  # 为辖区三万居民…保驾护航, 给全校45位贫困生: the people of a place whom a service or a gift is for
        # (CODEBOOK.md: people served), not its description (round k16)
    hi = _clause_end(text, q.end, 30)
    nxt = _NEXT_NUMBER.search(text, q.end, hi)
    if nxt is not None and re.fullmatch(r"[、和及与,，]?", text[q.end:nxt.start()]):
        nxt = None  # (全市2265个村、160个社区成为坚强堡垒: a list shares the verb after it)
    if _verbs_in(text, q.end, nxt.start() if nxt else hi, nominal=True):
        return False  # 有10户贫困户脱贫增收, 有15,700人投票: what the people did or gained says more
    if _DWELL.search(head) is not None and not any(w in q.entity for w in _MOVED_PEOPLE):
        return True  # 目前住有40户居民, 住着114户331人: the people who live there (not 住着300名转移群众, round k16)
    if q.entity in _POPULATION_NOUNS or q.entity.endswith(_POPULATION_NOUNS[:3]):
        bare_head = head.strip()  # 人口149万人, 户籍人口22户, 某县常住人口约4万人 (not 减少贫困人口13万, 惠及贫困人口3万人)
        if not bare_head or _POP_SUBJECT.search(bare_head) is not None \
                or (_HAVE.search(bare_head) or _GOVERN.search(bare_head)) is not None:
            return True
    for k in range(len(head), max(-1, len(head) - 9), -1):  # a noun of up to 8 characters after the verb
        rest = head[k:]
        if rest and (_NEXT_NUMBER.search(rest) or re.search(r"[,，、;；:：。]", rest) or _verbs_in(text, lo + k, q.start)):
            break
        m = _GOVERN.search(head, 0, k) or _WHOLE.search(head, 0, k)
        if m is not None:
            return not _verbs_in(text, lo, lo + m.start())  # 辖9个村民小组, 全村252户 (not 将全村264户…转移, 对全村9户)
        m = _HAVE.search(head, 0, k)
        if m is not None and not head[: m.start()].endswith(_NOT_HAVE):
            own = _HAVE_ADVERBS.sub("", head[: m.start()])  # the 有's own subject, adverbs taken off
            own = _LOCATIVE_END.sub("", own)  # (辖区内有9个村民组: the place itself, its inside named; round k16)
            subject = own or text[max(0, lo - 12): max(0, lo - 1)]
            # (round q25: 该村仅有197户, 这个网格大约就有: adverbs between the place and its 有)
            if _RECIPIENT.search(own) is not None:
                break  # 分别向两村共551位老人: the places and their people are whom the gift goes to (round q30)
            if _POP_SUBJECT.search(subject) or (q.entity or "").endswith(_POP_NOUN_ENDS) \
                    or (not own and _topic_place(text, lo)):
                # (全村规模不大,仅有197户630人: a 有 with no subject of its own has the topic of the clause before;
                # round q27)
                return True  # 白草塔村共有选民327人, 还有6个贫困村 (not 票站有684名登记选民: a station is no place)
    if q.entity.endswith(_POP_NOUN_ENDS) and head.strip() and _POP_SUBJECT.search(head.strip()) \
            and not _verbs_in(text, lo, q.start) and not re.sub(r"[(（][^()（）]*[)）]", "", text[q.end:hi]).strip():
        return True  # 十堰市28.1万贫困户: a place and the count of its poor, nothing else (not 陶庙村9户贫困户(17人)喜迁新居)
    prev = before[-1] if before else None
    if prev is None or prev.category != "other":
        return False
    between = text[prev.end:q.start]
    return re.fullmatch(r"[、,，]?(?:其中[:：]?)?[^\d、,，。;；:：]{0,6}", between) is not None \
        and not _verbs_in(text, prev.end, q.start) \
        and (prev_described or _population(prev, [], text, lex, words, listed=True))
    # (全村6个组、521户1613人, 还有6个贫困村,2232户, 辖9个村民小组248户: the list goes on)
