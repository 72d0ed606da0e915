"""Quantities, step 3d: the counted noun phrase before the number (`noun_before`: noun-first phrasing).

Words that may stand between the noun and its number (共, 价值, 累计), and words of harm (受损, 坍塌或损坏:
`_strip_harm`), are stripped first; then a known head (`heads`) ends the phrase and the stop word
before it begins it; list items, objects of verbs of work and of holding events, model codes and
《titles》 have rules of their own; without a known head the noun is read from the language (`open_nouns`).
"""
from __future__ import annotations

import re

from .records import Classifier, Head, Lexicon
from .text import _CLOSE_QUOTES, _OPEN_QUOTES
from .wordlists import lexicon
from .heads import _compatible, _CONJUNCTIONS, _head_at_end, _head_ends, _starts_with_stop
from .window_tags import _tagged
from .open_nouns import _fits, _fused_stop, _open_before, form_category, open_head
from .nouns import _TITLE_MAX, _title_fits


_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")


# The run of noun characters that ends a span, in one match from the span's start: `.*` jumps to its
# end and backs off to the last other character (a search would try every start and rescan the run).
_NOUN_TAIL = re.compile(rf"(?s:.*[^\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}])?"
                        rf"([\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}]*)\Z")


_COUNT_OF = "数"  # after a noun and before its figure: "the number of" (项目数1200个, 活动数84426场)
_NOT_NOUN_BEFORE_COUNT = "无多少半总约倍"  # 无数, 多数, 半数, 总数: not a noun and 数


_LABEL_COLONS = ":："  # a label and a colon before a figure: 献血量:73310ml


_LEFT_WINDOW = 20  # characters looked at before a number for a noun-first phrase


_EVENT_NOUN_MAX = 4  # an unknown noun before a count of events (开展巡逻26次) is at most this long


_HARM_JOINERS = ("或", "和", "及", "、", "并")  # between two words of harm: 坍塌或损坏


def _strip_harm(w: str, lex: Lexicon) -> int:
    """Where the words of harm (harm_words.csv) that end w begin, with the conjunctions between them;
    len(w) when w does not end in one, or nothing but harm is left.

    >>> lex = lexicon(); [_strip_harm(w, lex) for w in ("灌溉设施受损", "桥梁坍塌或损坏", "死亡", "党员")]
    [4, 2, 2, 2]
    """
    k = len(w)
    while k > 0:
        b = _harm_ending(w, k, lex)
        if b is None and k < len(w) and w[k - 1] in _HARM_JOINERS:  # 坍塌或|损坏
            b = _harm_ending(w, k - 1, lex)
        if b is None:
            break
        k = b
    return k if 0 < k < len(w) else len(w)


def _harm_ending(w: str, k: int, lex: Lexicon) -> int | None:
    """Where a word of harm (three or two characters) that ends at w[k] begins, else None."""
    return next((k - n for n in (3, 2) if k >= n and lex.harm_re.fullmatch(w, k - n, k)), None)


def noun_before(text: str, s: int, floor: int, classifier: Classifier | None,
                lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """Noun-first phrasing: (start, end, head) of the noun phrase before the number at text[s].

    `floor` is the end of the previous quantity (the phrase never reaches over it).
    Returns (s, s, None) when there is none.

    >>> t = "悬挂党旗6面"; noun_before(t, 4, 0, lexicon().classifiers["面"])[:2]
    (2, 4)
    """
    lex = lex or lexicon()
    lo = min(max(floor, s - _LEFT_WINDOW), s)
    w = _NOUN_TAIL.match(text, lo, s).group(1)
    base = s - len(w)
    # did punctuation or the start of the text end the window (rather than its length or the
    # previous quantity)? Only then may a short phrase without a stop word be taken whole.
    # (A digit before it is a number, not punctuation: 40岁以下队员159名 → 队员; an opening
    # parenthesis is: (湖北牌照车辆4辆).)
    bounded = base == 0 or (base > lo and not text[base - 1].isdigit()) or w[:1] in "、(（"
    # strip words that may stand between the noun and the number (共, 价值, 累计 ...)
    while w and w.endswith(lex.infixes):
        inf = next(inf for inf in lex.infixes if w.endswith(inf))  # the longest
        h = _head_at_end(w, lex)
        if h is not None and len(h.word) > len(inf):
            break  # 体温计20个: the 计 ends the noun 体温计 here, it is not the 计 of 共计
        if inf == "了":
            return s, s, None  # 一共组织了4个: the word before the aspect particle is a verb, no noun
        w = w[: -len(inf)]
    if w.endswith("的") and classifier is not None and classifier.kind == "event":
        return _owner_of_events(text, base, w, lex, s)
    if len(w) > 2 and w[-1] == _COUNT_OF and w[-2] not in _NOT_NOUN_BEFORE_COUNT and not lex.classifier_re.match(w, len(w) - 2):
        w = w[:-1]  # 志愿服务项目数1200个: a noun and 数 (the number of) before the figure; the noun is counted
    if not w and base > lo and text[base - 1] == "》":
        return _title_before(text, base, floor, classifier, lex, s)
    if not w and base - 1 > lo and text[base - 1] in _LABEL_COLONS and text[base - 2] not in _LABEL_COLONS:
        # 献血量:73310ml, 参与人数：300人: a label and a colon before the figure (a line of statistics)
        # name what it counts, as the noun right before the number would
        return noun_before(text, base - 1, floor, classifier, lex)
    harmed = _strip_harm(w, lex) if lex.harm_re.search(w) else len(w)
    if harmed < len(w):
        # 灌溉设施受损590处, 桥梁坍塌或损坏123座: a word of harm between the noun and its number
        # (harm_words.csv) says what befell the noun, which is what is counted (not a place: 全县死亡2人)
        b_start, b_end, bhead = noun_before(text, base + harmed, floor, classifier, lex)
        if b_end > b_start and bhead is not None and not bhead.place:
            return b_start, b_end, bhead
        return s, s, None
    if len(w) > 2 and w.endswith(_CLOSURES) and classifier is not None and classifier.kind == "count":
        # 旅游景区关闭115家, 港口企业关停67家: a verb of closing between the noun and its number says what was
        # done to the noun, which is what is counted (round q17)
        b_start, b_end, bhead = noun_before(text, base + len(w) - 2, floor, classifier, lex)
        if b_end > b_start and bhead is not None and not bhead.place:
            return b_start, b_end, bhead
        k = _plain_object(_without_scope(w[:-2]), lex) if bounded else 0  # (全省|旅游景区: jieba tags no noun)
        if k and open_head(w[len(w) - 2 - k:-2], lex).category not in ("personnel", "funds"):
            return base + len(w) - 2 - k, base + len(w) - 2, open_head(w[len(w) - 2 - k:-2], lex)
        return s, s, None
    if w and w[-1] in _CLOSE_QUOTES:
        q = w.rfind(_OPEN_QUOTES[_CLOSE_QUOTES.index(w[-1])])
        if q >= 0 and len(w) - q - 2 >= 1:
            inner = w[q + 1:-1]
            return base + q, base + len(w), _head_at_end(inner, lex) or Head(inner, form_category(inner), False, False)
        return s, s, None
    q = max(w.rfind(c) for c in _OPEN_QUOTES + _CLOSE_QUOTES) if _QUOTE_RE.search(w) else -1
    if q >= 0:
        w, base = w[q + 1:], base + q + 1
    head = _head_at_end(w, lex)
    event = classifier is not None and classifier.kind == "event"
    if head is None and floor > 0 and (base == floor or (base == floor + 1 and text[floor] in _LIST_COMMAS)):
        # (a list of goods may run on with commas as well: 棉衣11000件,彩条布4728件)
        item = _list_item(w if base == floor else "、" + w, lex)
        if item is not None and _fits(item, classifier):
            return base + (base == floor), base + len(w), item  # 大衣6000件、彩条布1300件, 车辆786台次、船艇165艘次
    if head is None and not event:
        found = _open_before(w, base, s, classifier, lex)
        if found[1] == found[0] and bounded and classifier is not None and classifier.kind in ("count", "measure"):
            k = _work_object(w, lex, bool(classifier.category))  # 清理乱搭乱建12966处: jieba tags no noun in the object
            if k and _fits(open_head(w[len(w) - k:], lex), classifier):
                return base + len(w) - k, base + len(w), open_head(w[len(w) - k:], lex)
        return found
    if head is not None and not _compatible(head, classifier):
        return s, s, None
    if head is not None and head.place and classifier is not None and classifier.inside:
        return s, s, None  # 一号网格206户: the grid is where the households are, not what is counted
    hs = len(w) - (len(head.word) if head else 0)
    if head is not None and w.endswith((")", "）")):
        k = max(w.rfind("("), w.rfind("（"))
        if k > 0 and w.endswith(head.word, 0, k):
            hs = k - len(head.word)  # 志愿服务突击队(志愿者服务队)255支: the head is before the parenthesis
    last = None  # the stop word that ends last (the first such); 共 is one, but not inside 共产党员
    for m in lex.stop_re.finditer(w, 0, hs):
        if (last is None or m.end() > last.end()) and _starts_with_stop(w, lex, m.start()):
            last = m
    if event and head is None and last is not None and "的" not in w[last.end():]:
        k = _action_pair(w, lex) if classifier.word in _ACTION_UNITS else 0
        b0 = last.end()
        if k and (k == len(w) - b0 or _one_verb(w[b0:len(w) - k])):
            # 共向老友记|致电慰问422次, 共接|到|抢险救援4起: two verbs of work name the work done (round q17)
            return base + len(w) - k, base + len(w), None
    if last is not None and last.group() in lex.locatives:
        if head is not None and "的" in w[last.end():hs]:
            return base + hs, base + len(w), head  # 在上海工作的人员38名: the place is inside a 的-clause
        return s, s, None  # 在我镇3个交通要道: a place where, not the thing counted
    if event and last is not None:
        held = _held_object(w, lex)
        if held:
            return base + len(w) - held, base + len(w), head  # 召开户院会90余场次: the events held
    b = last.end() if last is not None else -1
    if last is not None and _fused_stop(w, last.start(), b, lex):
        b = last.start()  # 转移被困群众: 被 is inside the word 被困; 派出支援队队员: 支援 inside 支援队
    if b < 0:
        if head is None:
            if event:
                k = _verb_object_end(w)
                if k:
                    # 拉运积雪1.3万车次: a verb and its object name what was done
                    return base + len(w) - k, base + len(w), None
                if bounded and _one_event_word(w):
                    return base, base + len(w), None  # , 手术1.08万台次: one noun of work done opens the clause (q17)
            return s, s, None
        b = 0 if bounded and len(w.lstrip("、(（")) <= 6 else hs
    while b < len(w) and w[b] in "、()（）":
        b += 1
    if b >= len(w):
        k = _action_pair(w, lex) if event and head is None and classifier.word in _ACTION_UNITS else 0
        if k:
            return base + len(w) - k, base + len(w), None  # 致电慰问422次, 接到抢险救援4起: the work done
        return s, s, None
    if last is not None and w.startswith("的", b) and head is not None:
        b = hs  # 收治的患者中重症患者13名: after a verb and its 的, only the head is sure
    if b < hs and head is not None and head.category == "funds":
        donor = _head_at_end(w[b:hs], lex)
        if (donor is not None and donor.category in ("personnel", "organization")) or _donor(w[b:hs]):
            b = hs  # 德晋集团捐款2000万港元: the donor is not what the money is (捐款)
    if event and head is None and "的" not in w[b:] and len(w) - b > 2:
        ends = _head_ends(w[b:], lex)
        if ends and ends[-1][1].category == "supplies" and 2 <= len(w) - b - ends[-1][0] <= 3 \
                and not _head_ends(w[b + ends[-1][0]:], lex):
            # 出动皮卡车运水5次: after the goods or vehicle used, a short verb and its object name what was
            # done (not after people: 与居家观察人员联系三次 names whom, not what)
            return base + b + ends[-1][0], base + len(w), None
    if event and head is None and "的" not in w[b:] and len(w) - b > _EVENT_NOUN_MAX:
        k = _action_noun(w[b:], lex)
        if k:
            return base + len(w) - k, base + len(w), None  # 参与各类抗洪抢险救援3672起: the actions counted
    if event and ("的" in w[b:] or (head is None and (not 2 <= len(w) - b <= _EVENT_NOUN_MAX or _head_ends(w[b:], lex)))):
        # 与隔离观察人员沟通两次, 要背着沉重的设备爬楼60趟, 参加过十次: before a count of events, a stretch
        # with a 的, or with no head of its own that is one character, long, or holds a known noun, is the
        # words of the clause, not the name of what was done
        return s, s, None
    if base > lo and text[base - 1] < "\x80" and head is not None and head.category == "supplies" \
            and last is None and b in (0, hs) and hs <= 3 and not _head_ends(w[:hs], lex):
        # (only a short modifier without a noun of its own between the code and the head: 型, 医用)
        code = _MODEL_CODE_BEFORE.search(text, max(lo - _MODEL_CODE_MAX, floor, 0), base)
        if code is not None and (code.start() == 0 or not text[code.start() - 1].isascii()
                                 or not text[code.start() - 1].isalnum()):
            return code.start(), base + len(w), head  # KN95口罩2万个: the model code is part of the goods
    if last is not None and last.end() == b and head is not None and last.group() in _CONJUNCTIONS:
        b = _coordinated_start(w, last.start(), head, lex)  # 下沉党员和志愿者共51人: both are counted
    return base + b, base + len(w), head


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
    return open_head(rest, lex)


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
