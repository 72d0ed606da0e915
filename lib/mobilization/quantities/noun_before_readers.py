"""Quantities, step 3d (second half): the readers of a noun-first phrase's shapes that `noun_before` calls.

Who gives a sum (`_donor`), whose events a count after 的 counts (`_owner_of_events`: 四大超商的10114笔), the name of
an action or of work done before a count of events (`_action_noun`, `_action_pair`, `_work_object`, `_held_object`),
an item of a list of counts (`_list_item`), the first noun of a coordination (`_coordinated_start`: 下沉党员和志愿者共51人),
model codes and a 《title》 before a number (`_title_before`).
"""
from __future__ import annotations

import re

from .records import Classifier, Head, Lexicon
from .wordlists import lexicon, noun_shape_words  # noqa: F401 (lexicon: the doctests)
from .heads import _CONJUNCTIONS, _head_at_end, _head_ends, _starts_with_stop
from .window_tags import _dictionary_tag, _tagged
from .open_nouns import _fused_stop, form_category, open_head
from .nouns import _TITLE_MAX, _title_fits


_EVENT_NOUN_MAX = 4  # an unknown noun before a count of events (开展巡逻26次) is at most this long


_DONOR_TAGS = frozenset({"nr", "nt", "nrt", "r"})  # a name of a person or body, a pronoun of all sides (各界)


def _donor(x: str) -> bool:
    """Whether x, before a noun of money (捐款 善款 筹款), names who gives it: a noun of the form of people or
    bodies (社会团体, 区人民), a name (乐施会) or a pronoun of all sides (各界); not a verb or its object (社会捐赠,
    灾害救助: the money is named by what it is for).

    >>> _donor("乐施会"), _donor("各界"), _donor("社会团体"), _donor("社会捐赠"), _donor("灾害救助")
    (True, True, True, False, False)
    """
    words = _tagged(x)
    if not words or words[-1][1].startswith("v"):
        return False
    return words[-1][1] in _DONOR_TAGS or form_category(x) in ("personnel", "organization")


_OWNER_MAX = 8  # longest name of whose events a count after 的 counts (四大超商的10114笔)
_LATIN_OWNER = re.compile(r"[A-Za-z][A-Za-z0-9 .&-]{0,19}\Z")


def _owner_of_events(text: str, base: int, w: str, lex: Lexicon, s: int) -> tuple[int, int, Head | None]:
    """`X的 + a count of events` (其次是LINE Pay的1万7049笔, 以及四大超商的10114笔): the events are X's, and X names them,
    when X is a short noun after a stop word or punctuation (a Latin name right before the 的 too); none otherwise.

    >>> t = "以及四大超商的10114笔"; a, b, _ = _owner_of_events(t, 0, t[:7], lexicon(), 7); t[a:b]
    '四大超商'
    """
    x = w[:-1]
    last = None
    for m in lex.stop_re.finditer(x):
        if _starts_with_stop(x, lex, m.start()) and (last is None or m.end() > last.end()):
            last = m
    b = last.end() if last is not None else 0
    owner = x[b:]
    if not owner and base > 0:
        latin = _LATIN_OWNER.search(text, max(0, base - 20), base)
        if latin is not None and latin.group().strip():
            start = latin.start() + len(latin.group()) - len(latin.group().lstrip())
            return start, base, None
        return s, s, None
    if not 2 <= len(owner) <= _OWNER_MAX or "的" in owner or (last is None and base > 0 and text[base - 1].isalnum()) \
            or _tagged(owner)[-1][1] not in ("n", "nz", "nt", "j", "nr", "ns", "eng"):
        return s, s, None  # (今年的3次: a time, not whose events)
    return base + b, base + len(x), None


_ACTION_MAX = 8  # longest name of an action before a count of events (抗洪抢险救援)
_ACTION_WORDS = ("vn", "l", "n", "b")  # words that may make up its name: verbal nouns, set phrases, nouns


def _action_noun(x: str, lex: Lexicon) -> int:
    """Length of the name of an action that ends x, before a count of events (起, 次): words jieba tags as
    verbal nouns, set phrases, nouns or verbs (防汛|抢险|救援), the last a verbal noun, after a determiner (各类, 各种) if any, with
    no known noun of the genre inside (与隔离观察人员沟通 names whom, not what); 0 if none.

    >>> _action_noun("各类抗洪抢险救援", lexicon()), _action_noun("隔离观察人员沟通", lexicon())
    (6, 0)
    """
    words = _tagged(x)
    while words and words[0][1] == "r":
        words = words[1:]  # 各类: which kinds, not the action
    n = sum(len(wd) for wd, _ in words)
    if not words or words[-1][1] != "vn" or not 3 <= n <= _ACTION_MAX \
            or any(tag not in _ACTION_WORDS + ("v",) for _, tag in words[:-1]) or _head_ends(x[len(x) - n:], lex):
        return 0
    return n


# verbs of closing (two characters) between a noun and its count: 旅游景区关闭115家, 在建项目停工314个
_CLOSURES = ("关闭", "关停", "停工", "停业", "停产", "停运", "停航", "停课", "封闭")


_ACTION_UNITS = ("次", "起")  # counts of events the work done may name (not 批次: batches of people sent)


def _action_pair(w: str, lex: Lexicon) -> int:
    """The length of two verbs of work that end `w` before a count of events, 3 to _EVENT_NOUN_MAX long, after a
    word that is no verb (a noun, a preposition's object) or after a verb of receiving (接到): together they name
    the work done (共向老友记致电慰问422次, 共接到抢险救援4起; round q17); 0 if none.

    >>> lex = lexicon(); _action_pair("共向老友记致电慰问", lex), _action_pair("共接到抢险救援", lex)
    (4, 4)
    >>> _action_pair("与居家观察人员联系", lex), _action_pair("巡查发现", lex)
    (0, 0)
    """
    words = _tagged(w)
    if len(words) < 3:
        return 0
    (a, ta), (b, tb) = words[-2], words[-1]
    n = len(a) + len(b)
    before = words[-3]
    if ta not in ("v", "vn") or tb not in ("v", "vn") or not 3 <= n <= _EVENT_NOUN_MAX or b in _NOT_EVENT_VERBS \
            or a in _TOTAL_ADVERBS or a in lex.infixes \
            or (before[1].startswith("v") and not before[0].endswith("到")) or _head_ends(w[len(w) - n:], lex):
        return 0
    return n


def _one_event_word(x: str) -> bool:
    """x is one dictionary word of 2 to _EVENT_NOUN_MAX characters that jieba tags a noun or a verbal noun (手术, 会诊):
    alone between punctuation and a count of events, it names the work done.

    >>> _one_event_word("手术"), _one_event_word("巡逻"), _one_event_word("参加过")
    (True, False, False)
    """
    words = _tagged(x) if 2 <= len(x) <= _EVENT_NOUN_MAX else []
    return len(words) == 1 and words[0][1] in ("n", "vn")


def _one_verb(x: str) -> bool:
    """x is one word jieba tags a verb (接到)."""
    words = _tagged(x) if x else []
    return len(words) == 1 and words[0][1] == "v"


_LIST_COMMAS = ",，;；"  # what else may separate the items of a list of counts (棉衣11000件,彩条布4728件)
_ITEM_MAX = 6  # longest noun of a list item taken whatever jieba's tags (彩条布, 折叠床)


def _list_item(w: str, lex: Lexicon) -> Head | None:
    """The noun of a list item: `w` is 、 and the words between it and the number, right after the
    previous count (大衣6000件、彩条布1300件; 车辆786台次、船艇165艘次). In such a list each item
    names what it counts before its number, so a short stretch of 2 to _ITEM_MAX characters with no
    stop word, 的 or bracket in it is the noun, though jieba tags no noun there (布 as a surname, 雨布
    as a name). None otherwise.

    >>> lex = lexicon()
    >>> _list_item("、彩条布", lex).word, _list_item("、雨布", lex).word
    ('彩条布', '雨布')
    >>> _list_item("、其中", lex), _list_item("、发放", lex), _list_item("、布", lex)
    (None, None, None)
    >>> _list_item("、除雪滚", lex).word
    '除雪滚'
    >>> _list_item("、办结", lex), _list_item("、举报", lex).word
    (None, '举报')
    """
    if not w.startswith("、"):
        return None
    rest = w[1:]
    if not 2 <= len(rest) <= _ITEM_MAX or not all("\u4e00" <= c <= "\u9fff" for c in rest) or "的" in rest \
            or lex.infixes and rest.endswith(lex.infixes):
        return None
    if any(m.end() - m.start() > 1 or not _fused_stop(rest, m.start(), m.end(), lex)
           or _tagged(rest[m.start():m.end() + 1])[0][1] != "n" for m in lex.stop_re.finditer(rest)):
        return None  # (a stop word inside a dictionary word is none: 除|雪 is 除雪, 除雪滚3台)
    head = open_head(rest, lex)
    if not head.category and rest.endswith(noun_shape_words("result")) and _tagged(rest) == [(rest, "v")]:
        return None  # 收集问题建议165件,办结163件: a verb and its result (办结, 办完) says what was done to the things
        # counted before, it names none (round q24; jieba files goods as verbs too, 尿布, 点心: the result decides)
    return head


_TOTAL_ADVERBS = ("全省", "全市", "全县", "全区", "全镇", "全乡", "全村", "共计", "累计", "合计", "总计", "共")
_SETTING_VERBS = "设建搭增开"  # one-character verbs of setting up before their object: 共设接种台30张


_WORK_OBJECT_MAX = 5  # longest object of a verb of work taken whatever jieba's tags (乱搭乱建, 白色污染)


def _work_object(w: str, lex: Lexicon, scoped: bool = True) -> int:
    """The length of the object after the verb that opens a clause (w starts at the clause's start, or
    after 、): in a tally of work done (清理乱搭乱建12966处, 清除小招贴124.68万张) what the verb acted on is
    what is counted, though jieba tags no noun in it. 2 to _WORK_OBJECT_MAX characters with no stop
    word or 的 in them; 0 if none.

    >>> lex = lexicon()
    >>> _work_object("清理乱搭乱建", lex), _work_object("、清除小招贴", lex), _work_object("清理了", lex)
    (4, 3, 0)
    >>> _work_object("已抢通", lex)
    0
    """
    w = w.lstrip("、(（")
    if scoped:
        # 全县共设立接种台230个: the scope and the adverb of a total before the verb (round q17; only when the
        # classifier says what it counts: the category of an open noun after a generic 个 is unknown)
        w = _without_scope(w)
    m = lex.stop_re.match(w)
    if m is None or m.end() < 2:
        words = _tagged(w[:2]) if m is None and len(w) >= 3 else []
        if not (len(words) == 2 and words[0][1] == "v" and w[0] in _SETTING_VERBS):
            return 0  # (a verb, not an adverb: 已抢通265条 has no object, 抢通 is the verb)
        m = re.match(".", w)  # 共设接种台30张: a one-character verb of setting up (设, 建, 搭) and its object
    return _plain_object(w[m.end():], lex)


def _plain_object(rest: str, lex: Lexicon) -> int:
    """len(rest) when it is 2 to _WORK_OBJECT_MAX Chinese characters with no stop word or 的 in it, else 0."""
    if not 2 <= len(rest) <= _WORK_OBJECT_MAX or "的" in rest or lex.stop_re.search(rest) is not None \
            or not all("\u4e00" <= c <= "\u9fff" for c in rest) or rest[0] in "了着过":
        return 0
    if _dictionary_tag(rest) == "v":
        return 0  # 首次|登记100674套: a verb of the dictionary is no object, it is the verb of the clause (round q21)
    return len(rest)


def _without_scope(w: str) -> str:
    """w without the scope (全县) and the adverb of a total (共, 累计) that open it: 全县共设立接种台 → 设立接种台."""
    while True:
        inf = next((i for i in _TOTAL_ADVERBS if w.startswith(i) and len(w) > len(i)), None)
        if inf is None:
            return w
        w = w[len(inf):]


_HELD_MAX = 10  # longest object of a verb of holding events before their count (会诊及疑难病例讨论)


def _held_object(w: str, lex: Lexicon) -> int:
    """The length of the object that ends `w` after a verb of holding events (entity_stops.csv held:
    召开, 参加), 2 to _HELD_MAX long, with no 的 and no other stop word than a conjunction in it (0 if
    none): before a count of events it names the events held, though jieba tags no noun in it.

    >>> lex = lexicon()
    >>> _held_object("召开户院会", lex), _held_object("参加会诊及疑难病例讨论", lex), _held_object("参加了", lex)
    (3, 9, 0)
    """
    k = max((m.end() for m in lex.stop_re.finditer(w) if m.group() in lex.held), default=-1)
    n = len(w) - k
    if k < 0 or n < 2 or "的" in w[k:]:
        return 0
    if n > _HELD_MAX:
        # 举办重点项目集中开工和投产投用现场会4次: a long object; its last word, a noun of events, names them
        last = _tagged(w[k:])[-1]
        return len(last[0]) if last[1] == "n" and len(last[0]) >= 2 and lex.stop_re.fullmatch(last[0]) is None \
            and _head_at_end(last[0], lex) is None else 0
    if any(m.group() not in _CONJUNCTIONS for m in lex.stop_re.finditer(w, k)) and not _verbal_events(w[k:]):
        return 0  # 参加志愿服务活动的群众, 开展巡查发现: a verb or a particle inside; not one object
    return n


def _verbal_events(x: str) -> bool:
    """x, the object of a verb of holding events, is a name of work done made of verbs used as nouns
    (防火巡查检查, 入户走访): verbs, verbal nouns and nouns jieba tags, ending in a verbal noun or a verb of work,
    no preposition, pronoun or particle (round q17); or one verbal noun alone (开展巡查973次, round q18).

    >>> _verbal_events("防火巡查检查"), _verbal_events("入户走访"), _verbal_events("巡查发现"), _verbal_events("巡查")
    (True, True, False, True)
    """
    words = _tagged(x)
    if len(words) == 1:
        return words[0][1] == "vn" and len(x) >= 2 and x not in _NOT_EVENT_VERBS
    return len(words) >= 2 and all(t in ("v", "vn", "n") for _, t in words) and words[-1][1] in ("v", "vn") \
        and words[-1][0] not in _NOT_EVENT_VERBS


_NOT_EVENT_VERBS = ("发现", "看到", "得到", "收到", "达到", "到", "有")  # verbs that report, not name work done


def _verb_object_end(w: str) -> int:
    """The length of a verb and its noun object that end `w`, 3 to _EVENT_NOUN_MAX long (0 if none);
    before a count of events they name what was done. (Two characters, 出动 or 下乡, are one word.)

    >>> _verb_object_end("组织人员拉运积雪"), _verb_object_end("人员"), _verb_object_end("教学查房")
    (4, 0, 4)
    """
    words = _tagged(w[-_EVENT_NOUN_MAX:])
    if len(words) != 2 or (words[0][1], words[1][1]) not in (("v", "n"), ("n", "v")):
        return 0  # a verb and its object (拉运积雪), or a noun and the verb it qualifies (教学查房)
    n = len(words[0][0]) + len(words[1][0])
    return n if n >= 3 else 0


_PIECE_MAX = 6  # longest noun of a coordination before a noun-first phrase (机关干部、社工以及社区民警)


def _coordinated_start(w: str, j: int, head: Head, lex: Lexicon) -> int:
    """Where a coordination of nouns of `head`'s category ends at w[j] (a conjunction) begins,
    reading leftwards over pieces split by 、 (or j + the conjunction's length when the noun before
    it is of another kind: 向居民和志愿者发放口罩300个 keeps 口罩).

    >>> w = "抽调机关干部、社工以及社区民警"; w[_coordinated_start(w, w.index("以及"), lexicon().heads["民警"], lexicon()):]
    '机关干部、社工以及社区民警'
    """
    conj = next(c for c in _CONJUNCTIONS if w.startswith(c, j))
    out = j + len(conj)
    end = j
    while end > 0:
        p = max(w.rfind("、", 0, end), w.rfind("的", 0, end)) + 1
        for m in lex.stop_re.finditer(w, p, end):
            if _starts_with_stop(w, lex, m.start()):
                p = max(p, m.end())
        piece = w[p:end]
        h = _head_at_end(piece, lex) if piece else None
        if h is None or h.category != head.category or len(piece) > _PIECE_MAX:
            return out
        out = p
        if p == 0 or w[p - 1] != "、":
            return out
        end = p - 1
    return out


# A model code in Latin letters and digits (KN95, KF94, N95-1860), before goods (KF94型口罩)
_MODEL_CODE_CORE = r"[A-Za-z][A-Za-z0-9]{0,7}(?:-[A-Za-z0-9]{1,6})?"


_MODEL_CODE_BEFORE = re.compile(_MODEL_CODE_CORE + r"\Z")


_MODEL_CODE_MAX = 16


def _title_before(text: str, end: int, floor: int, classifier: Classifier | None, lex: Lexicon,
                  s: int) -> tuple[int, int, Head | None]:
    """A 《title》 that ends at text[end] as the noun before a number (发放《告居民书》1800余份).

    Titles are documents: counted in copies, pieces or events, never in people, places or money.
    """
    if classifier is not None and (classifier.kind in ("money", "time", "age", "ordinal", "ratio")
                                   or classifier.category in ("personnel", "coverage", "organization", "funds")):
        return s, s, None
    open_ = text.rfind("《", max(0, floor, end - 2 - _TITLE_MAX), end - 1)
    if open_ < 0 or end - 1 - open_ < 2 or not _title_fits(text, open_, end - 1):
        return s, s, None
    return open_, end, _head_at_end(text[open_ + 1:end - 1], lex) or Head("", "", False, False)
