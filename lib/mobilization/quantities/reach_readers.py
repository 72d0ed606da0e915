"""Quantities, step 4c (readers, round q22c): who the clause says acts and what it says is reached or hit.

Small tests `situations._situated` weighs with the others of `situation_readers`: an institution that a verb of aid
or of handing over takes as object (`_supported`: 对口支援41家县级医院, reached), people a noun marks as reached who
act (`_acts`: 3万多名大学生组成1120支服务队, personnel), schools that act (`_institution_acts`), things a preventive
measure halts (`_halted`: 19条航线停航, reached), and places a disaster hit (`_hit_places`: 重灾区13个县, other).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation, word_lists
from .records import Lexicon, Quantity
from .text import _clause_end
from .verbs import SituationWords, situation_words  # noqa: F401 (situation_words: the doctests)
from .wordlists import _any_of
from .situation_readers import _a_place, _governs


_OWNER_AFTER = re.compile(r"[^\W\d]{0,8}?的")  # the count owns a noun after it (对口帮扶彭水县15家企业和合作社的农特产品):
# the verb's object is that noun


def _supported(text: str, start: int, end: int, lo: int, words: SituationWords) -> bool:
    """A verb of aid or of handing over (situation_verbs.csv support) takes the count at text[start] as its object,
    with no number and no other verb between (对口支援贵州省41家县级医院, 捐款予逾30家社福机构): the institutions
    the aid reaches. Not the doers in a relative clause (参与帮扶的20家企业, 支援武汉的6支医疗队), nor a count that
    owns the object (帮扶15家企业的产品); the count ends at text[end].

    >>> w = situation_words()
    >>> [_supported(t, t.index(n), len(t), 0, w) for t, n in [("对口支援贵州省41家县级医院", "41"), ("分送给县内5家机构", "5"),
    ...                                                      ("参与帮扶的20家企业", "20"), ("资助贵州的5家医院", "5")]]
    [True, True, False, False]
    """
    last = None
    for m in _support_re(words).finditer(text, lo, start):
        last = m
    if last is None or not _governs(text, last.end(), start):
        return False
    return not text[last.end():start].endswith("的") and _OWNER_AFTER.match(text, end) is None


_SUPPORT_RES: dict[int, re.Pattern] = {}


def _support_re(words: SituationWords) -> re.Pattern:
    """One regex over the support words of situation_verbs.csv, built once per word list."""
    if id(words) not in _SUPPORT_RES:
        _SUPPORT_RES[id(words)] = _any_of(words.roles["support"])
    return _SUPPORT_RES[id(words)]


_TAKING_PART = ("参与", "参加", "报名", "当选", "出发")  # verbs of serving that people reached do as well (选民参加投票,
# 学生出发返校): no evidence that the people serve
_ACTS_REACH = 12  # how far after a count of people the verb of serving said of them may begin (85名大学生作为
# “快乐学校”志愿者组成了8支队伍)


_WANT_ADVERBS = "紧急生活|紧急|生活|临时|立即|尽快|及时"  # between a word of need and its verb (需紧急生活救助)
_WANTING_ROLES = ("rescue", "aid", "reach", "receive", "moved")  # verbs of situation_verbs.csv a need is said with


@dataclass(frozen=True)
class _ReachCues:
    """The regexes of the words these readers look for right after or before a count (data/reach_words.csv)."""

    carry_out: re.Pattern  # a count of people who carry out work (3万多名大学生开展下乡扶农服务): said of people
    # reached by their noun, they act; one adverb may stand between (纷纷开展)
    acts_after: re.Pattern  # an institution acting (103间学校响应参与, 60所学校共让出教室200余间), past adverbs
    gift_of: re.Pattern  # the givers of a gift (送去20所学校的捐款: the schools gave)
    halt_gap: re.Pattern  # between a count and its verb of halting (全部停航, 项目停工)
    hit_zone: re.Pattern  # the zone a disaster hit, said of the places counted after it
    motion: re.Pattern  # a verb of going or sending before the zone (运往灾区, 深入灾区): places reached
    want_after: re.Pattern  # a word of need right after a count of people, past adverbs (仍急需转移)
    want_before: re.Pattern  # a word of need and at most two adverbs, ending where a verb of rescue or aid begins
    gathered: re.Pattern  # a word of gathering at an occasion right after a count of people, past adverbs (齐聚一堂)
    lack: re.Pattern  # a word of lacking and the utility lacked right after a count of people (仍未接用自来水)


@lru_cache(maxsize=1)
def _reach_cues() -> _ReachCues:
    """data/reach_words.csv compiled once: each list one alternation (longest word first) in the shape of its reader.

    >>> c = _reach_cues(); bool(c.carry_out.match("纷纷开展")), c.halt_gap.match("全部已停航").end()
    (True, 3)
    """
    lists = word_lists("reach_words.csv")

    def alt(name: str) -> str:
        return alternation(lists.get(name, ()))
    return _ReachCues(carry_out=re.compile(f"(?:{alt('carry_out_adverb')})?(?:{alt('carry_out')})"),
                      acts_after=re.compile(f"(?:{alt('institution_adverb')})*(?:{alt('institution_act')})"),
                      gift_of=re.compile(r"的[\u4e00-\u9fff]{0,4}?" f"(?:{alt('gift')})"),
                      halt_gap=re.compile(f"(?:{alt('halt_gap')})*"),
                      hit_zone=re.compile(f"(?:{alt('hit_zone')})"),
                      motion=re.compile(f"(?:{alt('motion')})"),
                      want_after=re.compile(f"(?:{alt('want_adverb')})*(?:{alt('want')})(?!求)"),  # (not 需求, a noun:
                      # 1990户受灾户需求)
                      want_before=re.compile(f"(?:{alt('want')})(?:{_WANT_ADVERBS})?$"),
                      gathered=re.compile(f"(?:{alt('want_adverb')})*(?:{alt('gathered')})"),
                      lack=re.compile(f"(?:{alt('want_adverb')})*(?:{alt('lack')})[\u4e00-\u9fff]{{0,2}}?(?:{alt('utility')})"))


def _acts(q: Quantity, text: str, lex: Lexicon, words: SituationWords) -> bool:
    """People a noun marks as reached (学生, 居民) of whom a verb of serving is said right after their count, with no
    verb of reaching before it (3万多名大学生组成1120支服务队, 41名学生发出倡议并带头捐款), or who carry out work
    (开展): they act, personnel
    (CODEBOOK.md fifth session: students act when they volunteer, donate, serve). Not the verbs of taking part
    (2000名学生参加考试).

    >>> from mobilization.quantities import lexicon
    >>> t = "41名学生发出倡议并带头捐款。"
    >>> _acts(Quantity(0, 5, "41名学生", 41.0, unit="名", entity="学生"), t, lexicon(), situation_words())
    True
    """
    if _reach_cues().carry_out.match(text, q.end):
        return True
    hi = _clause_end(text, q.end, _ACTS_REACH + 4)
    m = words.serve_re.search(text, q.end, hi)
    return m is not None and m.start() - q.end <= _ACTS_REACH and m.group() not in _TAKING_PART \
        and lex.served_re.search(text, q.end, m.start()) is None


def _institution_acts(q: Quantity, text: str, words: SituationWords) -> bool:
    """An institution its noun marks as reached (学校: nouns.csv coverage) of which an act of its own is said right after
    its count (103间学校响应参与, 60所学校共让出教室), or whose gift follows with 的 (20所学校的捐款): it takes part,
    organization (CODEBOOK.md: organizations taking part). Round q22c.

    >>> w = situation_words()
    >>> [_institution_acts(Quantity(0, 5, "60所学校", 60.0, unit="所", entity="学校"), t, w)
    ...  for t in ("60所学校共让出教室", "60所学校的捐款", "60所学校受灾")]
    [True, True, False]
    """
    if _reach_cues().acts_after.match(text, q.end) or _reach_cues().gift_of.match(text, q.end):
        return True
    m = words.serve_re.match(text, q.end)
    return m is not None


def _halted(q: Quantity, text: str, words: SituationWords) -> bool:
    """A verb of halting (situation_verbs.csv halt) said of the count right after it, past adverbs and 项目 (66个水上
    施工作业项目停工): the things a preventive measure halts.

    >>> w = situation_words()
    >>> [_halted(Quantity(0, 8, "19条客渡运航线", 19.0, unit="条", entity="客渡运航线"), t, w)
    ...  for t in ("19条客渡运航线停航", "19条客渡运航线全部停航", "19条客渡运航线恢复通航")]
    [True, True, False]
    """
    k = _reach_cues().halt_gap.match(text, q.end).end()
    return any(text.startswith(h, k) for h in words.roles["halt"])


def _culled(q: Quantity, text: str, start: int, words: SituationWords) -> bool:
    """Animals counted right after a verb of culling (扑杀家禽31329羽; `start`, where the counted phrase begins) or
    followed by one past 进行 and adverbs (2.2万只家禽进行全部扑杀): the animals a measure against an outbreak reached
    (situation_verbs.csv cull; round q33).

    >>> w = situation_words()
    >>> def cull(t, n):
    ...     i = t.index(n)
    ...     return _culled(Quantity(i, i + len(n), n, 1.0, unit="只"), t, i, w)
    >>> cull("已扑杀家禽300羽", "家禽300羽"), cull("对3000只家禽进行全部扑杀", "3000只家禽"), cull("存栏家禽300羽", "家禽300羽")
    (True, True, False)
    """
    cull = words.roles["cull"]
    if text[max(0, start - 3):start].endswith(tuple(cull)):
        return True
    gap = _reach_cues().halt_gap
    k = gap.match(text, q.end).end()
    k = gap.match(text, k + 2 * text.startswith("进行", k)).end()
    return text.startswith(tuple(cull), k)


def _hit_places(q: Quantity, text: str, lo: int, start: int, after: re.Match | None, lex: Lexicon,
                words: SituationWords) -> bool:
    """A count of places that the clause says the disaster hit, with no verb of the clause before it (the caller's
    finding) and `after` the verb said of it: in apposition to the hit zone with no verb of its own (重灾区13个县,
    重灾区包谷垴、新店等4乡镇), or befallen by a disaster (8县市出现暴雨: situation_verbs.csv befall, disaster): the
    disaster's scale, other (CODEBOOK.md: affected counties are other); not 救援队赶赴灾区5个乡镇 (a verb of going or
    of reaching before the zone: the places reached).

    >>> from mobilization.quantities import lexicon
    >>> w = situation_words()
    >>> def f(t, n, after=None):
    ...     q = Quantity(t.index(n), t.index(n) + len(n), n, 1.0, unit="个", entity="县")
    ...     return _hit_places(q, t, 0, q.start, re.compile(after).search(t) if after else None, lexicon(), w)
    >>> f("此次地震重灾区13个县", "13个县"), f("崇阳等8个县出现暴雨", "8个县", "出现"), f("8个县出现新气象", "8个县", "出现")
    (True, True, False)
    >>> f("救援队赶赴灾区5个县", "5个县"), f("物资运往灾区5个县", "5个县")
    (False, False)
    >>> f("全国有8个县发生12起疫情", "8个县", "发生")
    True
    """
    if not _a_place(q):
        return False
    if after is None:
        zone = _reach_cues().hit_zone.search(text, lo, start)
        return zone is not None and not any(r.search(text, lo, zone.start()) for r in (words.any_re, words.serve_re,
                                                                                       lex.served_re, _reach_cues().motion))
    if not words.has("befall", after.group()):
        return False
    k = after.end() + text.startswith("了", after.end())
    events = _EVENTS_OF.match(text, k)  # (22个省份发生87起非洲猪瘟疫情: the disaster counted in events; round q33)
    return words.disaster_re.match(text, k) is not None or (
        events is not None and words.disaster_re.search(text, events.end(), events.end() + _EVENT_NOUN_REACH) is not None)


_EVENTS_OF = re.compile(r"[0-9０-９.一二两三四五六七八九十百千万]+[余多]?[起次场例]")  # a count of events after a verb of befalling
_EVENT_NOUN_REACH = 10  # how far the disaster may end the noun of those events (家猪非洲猪瘟疫情)


def _in_want(q: Quantity, text: str, verb: re.Match | None, start: int, words: SituationWords) -> bool:
    """People said to be still IN NEED of the response: a word of need right after their count (上万名群众急需转移,
    其中3人需要氧气设施) or before the verb of rescue or aid that takes them (需紧急生活救助2.13万人; `verb`, the last
    verb before the count at text[start]). They are the disaster's scale, other (CODEBOOK.md: affected people),
    not the people the response reached (round k16; reach_words.csv want).

    >>> w = situation_words()
    >>> def want(t, n):
    ...     i = t.index(n)
    ...     return _in_want(Quantity(i, i + len(n), n, 1.0, unit="人"), t, None, i, w)
    >>> want("上万名群众急需转移", "上万名群众"), want("3人需要氧气", "3人"), want("3人已转移", "3人"), want("200户需求", "200户")
    (True, True, False, False)
    >>> t = "需紧急生活救助2.13万人"
    >>> _in_want(Quantity(7, 13, "2.13万人", 21300.0, unit="人"), t, re.search("救助", t), 7, w)
    True
    """
    cues = _reach_cues()
    if cues.want_after.match(text, q.end) or _lacking(q, text):
        return True
    return verb is not None and not text[verb.end():start].strip("的") \
        and any(words.has(r, verb.group()) for r in _WANTING_ROLES) \
        and cues.want_before.search(text, max(0, verb.start() - 8), verb.start()) is not None


def _lacking(q: Quantity, text: str) -> bool:
    """A word of lacking and a utility right after the count of people or households (约70户人家缺乏自来水, 仍有6000多户
    未接用自来水), or opening the noun the noun reader took after the number (6000多户无自来水): the people the
    utility has not reached are the need described, other, like people not yet lifted (reach_words.csv lack, utility;
    round q33). Households that gained it (受益户200户, 200户用上了自来水) are not said with such a word.

    >>> def lack(t, n, e=""):
    ...     i = t.index(n)
    ...     return _lacking(Quantity(i, i + len(n), n, 1.0, unit="户", entity=e, number_start=i), t)
    >>> lack("约70户人家缺乏自来水", "约70户人家", "人家"), lack("仍有600户尚未接引自来水", "600户")
    (True, True)
    >>> lack("600户无自来水", "600户无自来水", "无自来水"), lack("600户用上了自来水", "600户"), lack("600户缺乏劳力", "600户")
    (True, False, False)
    """
    lack = _reach_cues().lack
    if lack.match(text, q.end):
        return True
    return bool(q.entity) and q.surface.endswith(q.entity) and q.number_start < q.end - len(q.entity) \
        and lack.match(text, q.end - len(q.entity)) is not None


_UNREAD_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=欢聚|齐聚|相聚|共聚|济济)")  # a short noun before the word of gathering


def _gathered(q: Quantity, text: str) -> bool:
    """A word of gathering at an occasion right after the count of people (全村500多名村民齐聚一堂, 超过百人欢聚一堂): the
    guests an event brings together, the people it reached (reach_words.csv gathered; round k16).

    >>> [_gathered(Quantity(0, 4, "300人", 300.0, unit="人"), t) for t in ("300人齐聚一堂", "300人参加", "300人老干欢聚一堂")]
    [True, False, True]
    """
    gathered = _reach_cues().gathered
    if gathered.match(text, q.end) is not None:
        return True
    unread = None if q.entity else _UNREAD_NOUN.match(text, q.end)
    return unread is not None and gathered.match(text, unread.end()) is not None
    # (近20名退休老干欢聚一堂: a bare count whose noun the reader did not take; at most a short noun between)
