"""Quantities, step 3d: the counted noun phrase before the number (`noun_before`: noun-first phrasing).

Words that may stand between the noun and its number (共, 价值, 累计), and words of harm (受损, 坍塌或损坏:
`_strip_harm`), are stripped first; then a known head (`heads`) ends the phrase and the stop word
before it begins it; list items, objects of verbs of work and of holding events, model codes and
《titles》 have rules of their own (their readers are `noun_before_readers`, step 3d, second half); without a known
head the noun is read from the language (`open_nouns`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Collection

from ..lexicon import read_rows
from .records import Classifier, Head, Lexicon
from .text import _CLOSE_QUOTES, _OPEN_QUOTES
from .wordlists import lexicon, noun_shape_words
from .window_tags import _tagged
from .heads import _compatible, _CONJUNCTIONS, _head_at_end, _head_ends, _starts_with_stop
from .open_before import _open_before
from .open_nouns import _fits, _fused_stop, form_category, open_head
from .verbs import _as_tuple, situation_words
# (_MODEL_CODE_CORE re-exported: noun_shapes imports it from here)
from .noun_before_readers import (  # noqa: F401
    _ACTION_UNITS, _CLOSURES, _EVENT_NOUN_MAX, _LIST_COMMAS, _MODEL_CODE_BEFORE,
    _MODEL_CODE_CORE, _MODEL_CODE_MAX, _action_noun, _action_pair, _coordinated_start,
    _donor, _held_object, _list_item, _one_event_word, _one_verb, _owner_of_events,
    _plain_object, _title_before, _verb_object_end, _without_scope, _work_object)


_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")


# The run of noun characters that ends a span, in one match from the span's start: `.*` jumps to its
# end and backs off to the last other character (a search would try every start and rescan the run).
_NOUN_TAIL = re.compile(rf"(?s:.*[^\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}])?"
                        rf"([\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}]*)\Z")


_COUNT_OF = "数"  # after a noun and before its figure: "the number of" (项目数1200个, 活动数84426场)
_NOT_NOUN_BEFORE_COUNT = "无多少半总约倍"  # 无数, 多数, 半数, 总数: not a noun and 数


_LABEL_COLONS = ":："  # a label and a colon before a figure: 献血量:73310ml


_LEFT_WINDOW = 20  # characters looked at before a number for a noun-first phrase




_HARM_JOINERS = ("或", "和", "及", "、", "并")  # between two words of harm: 坍塌或损坏


@lru_cache(maxsize=1)
def _harm_degrees() -> tuple[str, ...]:
    """The adverbs of degree before a word of harm (data/harm_degrees.csv): they say how badly, not what (房屋不同程度
    损坏1196间, round q23).

    >>> "不同程度" in _harm_degrees()
    True
    """
    return tuple(r["word"] for r in read_rows("harm_degrees.csv"))


def _strip_harm(w: str, lex: Lexicon) -> int:
    """Where the words of harm (harm_words.csv) that end w begin, with the conjunctions between them;
    len(w) when w does not end in one, or nothing but harm is left.

    >>> lex = lexicon(); [_strip_harm(w, lex) for w in ("灌溉设施受损", "桥梁坍塌或损坏", "死亡", "党员")]
    [4, 2, 2, 2]
    >>> _strip_harm("房屋不同程度损坏", lex), _strip_harm("不同程度损坏", lex)
    (2, 6)
    """
    k = len(w)
    while k > 0:
        b = _harm_ending(w, k, lex)
        if b is None and k < len(w) and w[k - 1] in _HARM_JOINERS:  # 坍塌或|损坏
            b = _harm_ending(w, k - 1, lex)
        if b is None:
            break
        k = b
    if k < len(w):
        k -= next((len(d) for d in _harm_degrees() if w.endswith(d, 0, k)), 0)  # 房屋|不同程度损坏: how badly
    return k if 0 < k < len(w) else len(w)


def _degree_and_harm(w: str, lex: Lexicon) -> bool:
    """w is nothing but an adverb of degree and words of harm (不同程度损坏): how badly, and no noun.

    >>> lex = lexicon(); _degree_and_harm("不同程度损坏", lex), _degree_and_harm("房屋不同程度损坏", lex)
    (True, False)
    """
    return w.startswith(_harm_degrees()) and _strip_harm("-" + w, lex) == 1


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
    if harmed == len(w) and _degree_and_harm(w, lex):
        return s, s, None  # ,不同程度损坏1196间: only how badly and the harm, the noun was named before (q23)
    if harmed < len(w):
        # 灌溉设施受损590处, 桥梁坍塌或损坏123座: a word of harm between the noun and its number
        # (harm_words.csv) says what befell the noun, which is what is counted (not a place: 全县死亡2人)
        b_start, b_end, bhead = noun_before(text, base + harmed, floor, classifier, lex)
        if b_end > b_start and bhead is not None and not bhead.place:
            return b_start, b_end, bhead
        return s, s, None
    done = 0 if classifier is None or classifier.kind != "count" else 2 if w.endswith(_CLOSURES) else _work_done(w)
    if len(w) > done > 0:
        # 旅游景区关闭115家, 港口企业关停67家 (round q17), 山塘加固32处, 河坝改造2处 (round q26n): a verb of closing,
        # repair or rebuilding between the noun and its number says what was done to the noun, which is what is counted
        b_start, b_end, bhead = noun_before(text, base + len(w) - done, floor, classifier, lex)
        if b_end > b_start and bhead is not None and not bhead.place:
            return b_start, b_end, bhead
        obj = _without_scope(w[:len(w) - done].lstrip("、"))
        k = _plain_object(obj, lex) if bounded else 0  # (全省|旅游景区, 山塘: jieba tags no noun)
        if k and open_head(obj[len(obj) - k:], lex).category not in ("personnel", "funds"):
            return base + len(w) - done - k, base + len(w) - done, open_head(obj[len(obj) - k:], lex)
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
    head = _members_of(_head_at_end(w, lex), classifier, w)
    event = classifier is not None and classifier.kind == "event"
    if head is None and floor > 0 and (base == floor or (base == floor + 1 and text[floor] in _LIST_COMMAS)):
        # (a list of goods may run on with commas as well: 棉衣11000件,彩条布4728件)
        item = _list_item(w if base == floor else "、" + w, lex)
        if item is not None and _fits(item, classifier):
            # 大衣6000件、彩条布1300件, 车辆786台次、船艇165艘次; a verb of work opening the item is none of it (q26n)
            start = base + (base == floor)
            verb = _opening_verb(text[start:base + len(w)], noun_shape_words("work_done"))
            return start + (verb if verb < base + len(w) - start else 0), base + len(w), item
    if head is None and event and classifier.word in noun_shape_words("trip"):
        found = _open_before(w, base, s, classifier, lex)
        if found[2] is not None and found[2].category == "supplies":
            return found  # 出动各类清雪机械20余台次: a count of trips counts the machines or vessels that made them
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
    if last is not None and last.group() in lex.locatives \
            and not w.startswith(_as_tuple(noun_shape_words("status")), last.start()):
        # (a word of status that begins with the preposition is none: 在校 (enrolled), 资助在校学生30名; round q32)
        if head is not None and "的" in w[last.end():hs]:
            return base + hs, base + len(w), head  # 在上海工作的人员38名: the place is inside a 的-clause
        v = _verb_after_place(w[last.end():hs], lex) if head is not None else 0
        if v:
            return base + last.end() + v, base + len(w), head  # 在媒体发表稿件1517篇: the verb's object is counted
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
    if event and head is None and _kinds_of_events(w[b:]):
        return base + b, base + len(w), None  # 侦破各类刑事案件2068起: 各类 and the events of those kinds (round q21)
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
    if head is not None and head.category in _SENT_CATEGORIES:
        b += _opening_verb(w[b:hs], situation_words().roles["mobilize"])  # 组织|党员干部1500余名: the verb that sent them is no part of the noun
    if head is not None:
        b += _opening_verb(w[b:hs], noun_shape_words("work_done"))  # 整修|水库4座: the verb of the work done to them is no part of the noun
    if head is not None and len(w) - b == 1:
        whole = _word_of_tail(w, head, lex)  # 临时救助|金 → 救助金 (round q26m)
        if whole is None:
            return s, s, None
        b = len(w) - whole
    return base + b, base + len(w), head


def _word_of_tail(w: str, head: Head, lex: Lexicon) -> int | None:
    """The length of the noun to read for a head of one character that ends w, the words before a number: 1 when
    the tagger reads the character as a word of its own after no verb, the length of the longer word it ends when
    that word is a noun of the head's category (发放临时|救助金, 补助金, 抚恤金: a stop word such as 救助 or 补助 had
    cut it; or a verb the tagger leaves beside it, 救助|费), None when it ends a word of another kind: a character that is the tail of a longer word is no noun by
    itself and is not read at all (round q26m).

    >>> lex = lexicon(); h = lex.heads["金"]
    >>> _word_of_tail("发放临时救助金", h, lex), _word_of_tail("为困难党员发放补助金", h, lex)
    (3, 3)
    >>> _word_of_tail("金", h, lex), _word_of_tail("发放救助费", lex.heads["费"], lex)
    (1, 3)
    """
    words = _tagged(w)
    last = words[-1][0] if words else ""
    if last == head.word and len(words) > 1 and words[-2][1] in ("v", "vn"):
        last = words[-2][0] + last  # 发放救助|费: a bound character glued to the verb that names what it pays for
    if len(last) <= 1 or not last.endswith(head.word):
        return 1
    return len(last) if open_head(last, lex).category == head.category else None


def _work_done(w: str) -> int:
    """The length of a verb of work done to a structure (noun_shape_words.csv work_done: 加固, 改造, 除险加固) that ends
    w, the words before a number, after a noun (山塘|加固32处); 0 when none does, when nothing stands before it, or
    when the tagger reads it inside a longer word (危房改造 is a noun of its own). Round q26n.

    >>> _work_done("山塘加固"), _work_done("水库、山塘除险加固"), _work_done("加固"), _work_done("危房改造")
    (2, 4, 0, 0)
    """
    verb = next((v for v in noun_shape_words("work_done") if w.endswith(v) and len(w) > len(v)), "")
    if not verb:
        return 0
    k = 0
    for word, _ in reversed(_tagged(w)):  # the verb is the last word or two of the tagger (山塘|除险|加固)
        k += len(word)
        if k >= len(verb):
            break
    return len(verb) if k == len(verb) else 0


_SENT_CATEGORIES = ("personnel", "supplies")  # people or goods: what a verb of mobilizing sends (round q25v)


def _opening_verb(x: str, verbs: "Collection[str]") -> int:
    """The length of the word that opens x, the words before the head of a noun read before its number (or the whole
    phrase), as the tagger cuts it, when it is one of `verbs`; 0 when x opens with none. Two kinds of verb open a
    noun-first phrase without being part of the noun:

    - a verb of mobilizing or sending (situation_verbs.csv, role mobilize: 组织, 动员, 选派), before people or goods
      (`_SENT_CATEGORIES`): 组织|党员干部1500余名 (round q25v). Its tag is no help (jieba tags 动员 n), but it is read
      only where the tagger cuts it as a word of its own at the start: 组织 is a noun too, and inside a longer word it
      stays one (组织部|干部, 党组织, 基层组织);
    - a verb of work done to a structure (noun_shape_words.csv work_done: 整修, 加固, 改造): verb and object (整修|山塘2口)
      say what was done to what, and the object is what is counted (round q26n).

    >>> send, work = situation_words().roles["mobilize"], noun_shape_words("work_done")
    >>> _opening_verb("组织党员", send), _opening_verb("动员", send), _opening_verb("组织部", send), _opening_verb("基层组织", send)
    (2, 2, 0, 0)
    >>> _opening_verb("整修山塘", work), _opening_verb("整修", work), _opening_verb("维修工", work), _opening_verb("", work)
    (2, 2, 0, 0)
    """
    if not x.startswith(_as_tuple(verbs)):
        return 0  # (the first word the tagger cuts begins x: when no verb does, no need to tag; round s15)
    words = _tagged(x)
    return len(words[0][0]) if words and words[0][0] in verbs else 0


def _members_of(head: Head | None, classifier: Classifier | None, w: str) -> Head | None:
    """An organization right before a count of people (扑火队50人, 党支部30名) is whose members are counted: its
    name is the counted noun, as the gold gives it (大理州森林消防支队136人), and the people are personnel, not
    the organization; any other head as it is. (Not a place: 3个村200人 counts the people living there; not a head
    that jieba reads as a verb where it ends w, the words before the number: 市县组织1800多人, organised.) Round q25n.

    >>> lex = lexicon(); c = lex.classifiers
    >>> _members_of(lex.heads["党支部"], c["人"], "村党支部").category, _members_of(lex.heads["党支部"], c["个"], "村党支部").category
    ('personnel', 'organization')
    >>> _members_of(lex.heads["组织"], c["人"], "市县组织").category
    'organization'
    """
    if head is not None and classifier is not None and classifier.kind == "count" \
            and classifier.category == "personnel" and head.category == "organization" and not head.place:
        words = _tagged(w)
        if words and words[-1][0].endswith(head.word) and not words[-1][1].startswith("v"):
            return replace(head, category="personnel")
    return head


def _verb_after_place(x: str, lex: Lexicon) -> int:
    """Where the object of a verb begins in x, the words between a preposition of place and a known head (在|媒体发表|
    稿件): a phrase of place is a noun phrase, so a verb inside x ends it, and what follows the verb is the verb's
    object, what is counted (在媒体发表稿件1517篇, 在全市设立服务站30个); 0 when x holds no verb of two characters or
    more (在|我镇|交通要道: the head is inside the place; a one-character verb may be part of a name), or when the
    verb is a known head itself (向省内外|捐款捐物: a coordination of two gifts, not a verb and its object). Round q25n.

    >>> lex = lexicon()
    >>> _verb_after_place("媒体发表", lex), _verb_after_place("我镇", lex), _verb_after_place("全市设立", lex)
    (4, 0, 4)
    >>> _verb_after_place("省内外捐款", lex)
    0
    """
    words = _tagged(x)
    k = 0
    end = 0
    for word, tag in words:
        k += len(word)
        if tag == "v" and len(word) >= 2:
            end = 0 if word in lex.heads else k
    return end


_KINDS_OF = ("各类", "各种", "各项")  # "of every kind": a pronoun that opens a noun phrase, no word of its own


def _kinds_of_events(x: str) -> bool:
    """x is 各类 (各种, 各项) and a short noun of events (侦破|各类刑事案件, 调处各类纠纷): before a count of events, the
    events of every kind are what is counted; 各类 leaves the noun no longer than any other (round q21).

    >>> _kinds_of_events("各类刑事案件"), _kinds_of_events("各类"), _kinds_of_events("各类人员到场协助")
    (True, False, False)
    """
    if not x.startswith(_KINDS_OF) or not 2 <= len(x) - 2 <= _EVENT_NOUN_MAX:
        return False
    words = _tagged(x[2:])
    return bool(words) and all(t in ("n", "vn") for _, t in words) and words[-1][1] == "n"
