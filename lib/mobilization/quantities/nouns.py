"""Quantities, step 3c: the counted noun phrase, after the classifier or before the number.

Known heads (`heads`) mark where a phrase may end; coordinated nouns join; quoted names and
《titles》 are nouns whole; without a known head the noun is read from the language (`open_nouns`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .records import Classifier, Head, Lexicon
from .text import _CLOSE_QUOTES, _OPEN_QUOTES, SENTENCE_END
from .wordlists import lexicon
from .numbers import _starts_number
from .heads import (_compatible, _CONJUNCTIONS, _END, _head_at_end, _head_ends, _is_boundary, _NOUN_CHARS,
                    _starts_with_stop, _window_after)
from .open_nouns import (_fits, _plain_noun, _tagged, _fused_stop, _harm_participle, _open_before, form_category, open_head,
                         open_noun_after)


_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")


_NOUN_TAIL = re.compile(rf"[\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}]*\Z")


_COUNT_OF = "数"  # after a noun and before its figure: "the number of" (项目数1200个, 活动数84426场)
_NOT_NOUN_BEFORE_COUNT = "无多少半总约倍"  # 无数, 多数, 半数, 总数: not a noun and 数


_LEFT_WINDOW = 20  # characters looked at before a number for a noun-first phrase


_QUOTED_NAME = 12  # longest quoted name taken as a counted noun


_TITLE_MAX = 40  # longest 《title》 taken as a counted noun (《…通告》1800份)


# the longest noun phrase up to its first known head (疫情防控临时党支部: 9)
_PHRASE_MAX = 10


_QUOTE_MODIFIER = 3  # longest modifier before a quoted name after a classifier (新备“小汤山”)
_VERB_PEOPLE = 4  # longest noun of people after a verb that names them (164名支援|人员)


_FALLBACK_MAX = 3  # an unknown noun right after a classifier: at most this many characters


_EVENT_NOUN_MAX = 4  # an unknown noun before a count of events (开展巡逻26次) is at most this long


_OWN_ORG_MAX = 14  # longest stretch from a place to its own organization (社区|新冠肺炎疫情防控临时党委)


def _extend(w: str, k: int, head: Head, ends: list[tuple[int, Head]], person: bool,
            lex: Lexicon) -> tuple[int, Head]:
    """Grow a noun phrase over further nouns (党员|干部, 党员|突击队, 村|党支部|书记)."""
    i = bisect_right(ends, k, key=_END)  # ends are in increasing order
    while True:
        if i >= len(ends):
            return k, head
        k2, h2 = ends[i]
        i += 1
        chunk = w[k:k2]
        # 4个社区新冠肺炎疫情防控临时党委: a place's own organization, named with a long modifier,
        # is what is counted (no stop word anywhere in between)
        own_org = head.category == "coverage" and h2.category == "organization" and len(chunk) <= _OWN_ORG_MAX \
            and lex.stop_re.search(chunk) is None
        if (len(chunk) > 8 and not own_org) or "、" in chunk or chunk[0] in "()（）的" \
                or w.startswith(_CONJUNCTIONS, k) or _starts_with_stop(w, lex, k, k2):
            return k, head
        if not person and h2.category == "personnel" and not h2.role and head.category in ("organization", "coverage"):
            return k, head  # 780多个党组织|党员响应号召: the organizations' members start a new phrase
        if person and head.category == "personnel" and h2.category != "personnel":
            return k, head  # 6名党员|组织先锋队: 名 counts people, the phrase ends with them
        if h2.category == "activity" and head.category in ("coverage", "organization") \
                and not _is_boundary(w, k2, lex) and not (i < len(ends) and ends[i][0] - k2 <= 4):
            # 18个采样点|服务值守: what is done at the places (a verb goes on) is not their name
            # (but 驻村|工作|队员 goes on to a further noun)
            return k, head
        if k - len(head.word) < k2 - len(h2.word) < k and not _is_boundary(w, k2, lex):
            # 医务人员|工作: 员工 begins inside 人员 and the text goes on (党支部|书记 as 支部书记 at an
            # end joins; 医护|人员 as 医护人员 and 党组|织 as 党组织 only lengthen the head)
            return k, head
        if chunk not in lex.heads:
            # a noun with its own modifier joins only when the modifier is short and the
            # people → place step is not taken (居民|小区 yes, 党员干部|值守卡口 no)
            if (len(chunk) - len(h2.word) > 3 and not own_org) \
                    or (head.category == "personnel" and h2.category == "coverage"):
                return k, head
        k, head = k2, h2


def noun_after(text: str, p: int, person_classifier: bool, lex: Lexicon | None = None,
               fallback: bool = True) -> tuple[int, Head | None]:
    """Length and head of the counted noun phrase starting at text[p] (0, None if there is none).

    Known head nouns (data/nouns.csv) mark where a phrase may end; coordinated nouns
    (、 和 及 与) join when each ends with a head and the list ends at a stop word.
    Without a known head, up to 4 characters before the first stop word are taken (head None).

    >>> noun_after("名党员干部成立突击队", 1, True)[0]
    4
    >>> noun_after("名党员、公职人员下沉社区", 1, True)[0]
    7
    >>> noun_after("个社区和辖区珠海路派出所", 1, False)[0]
    2
    """
    lex = lex or lexicon()
    if p >= len(text) or text[p] in "的等":
        return 0, None  # (1200套等防疫物资: after 等 comes the kind of the whole list, the noun is before)
    if text[p] in _OPEN_QUOTES:
        # a quoted name: 1021个“线上党支部”, 3个“红色驿站”服务点
        close = text.find(_CLOSE_QUOTES[_OPEN_QUOTES.index(text[p])], p + 1, p + 2 + _QUOTED_NAME)
        if close < 0 or close == p + 1:
            return 0, None
        n, head = noun_after(text, close + 1, person_classifier, lex, fallback=False)
        return close + 1 - p + n, head or _head_at_end(text[p + 1:close], lex) \
            or Head("", form_category(text[p + 1:close]), False, False)  # (“党员民兵救援队”: a team by its form)
    if text[p] == "《":
        close = text.find("》", p + 1, p + 2 + _TITLE_MAX)  # 1000份《防控告知书》
        if close < 0 or close == p + 1 or not _title_fits(text, p, close):
            return 0, None
        return close + 1 - p, _head_at_end(text[p + 1:close], lex) or Head("", form_category(text[p + 1:close]), False, False)
    harm = _harm_participle(text, p, lex) if fallback else 0
    if harm:
        n, head = noun_after(text, p + harm, person_classifier, lex, fallback=False)
        if n and n <= _VERB_PEOPLE:
            return harm + n, lex.heads.get(text[p:p + harm + n], head)
        n, head = open_noun_after(text, p, lex)  # (a noun nobody listed: 被掩埋民房)
        if n:
            return n, head  # 3间被掩埋民房, 10名受困矿工: a word of harm before the noun is its modifier
    w = _window_after(text, p, lex)
    if w and len(w) <= _QUOTE_MODIFIER and p + len(w) < len(text) and text[p + len(w)] in _OPEN_QUOTES \
            and lex.stop_re.search(w) is None and all("\u4e00" <= c <= "\u9fff" for c in w) \
            and _head_at_end(w, lex) is None:
        # 三座新备“小汤山”: a short modifier before a quoted name (not a noun: 2600多名党员“红细胞” counts 党员)
        n, head = noun_after(text, p + len(w), person_classifier, lex, fallback=False)
        if n:
            return len(w) + n, head
    if w and person_classifier and _starts_with_stop(w, lex):
        verb = lex.stop_re.match(w).end()
        n, head = noun_after(text, p + verb, True, lex, fallback=False)
        if n and head is not None and head.category == "personnel" and n <= _VERB_PEOPLE:
            return verb + n, head  # 164名支援人员, 60名检测队员: after 名, a verb right before people names them
    if w and person_classifier and fallback:
        verb = _verb_before_people(text, p, lex)
        if verb:
            return verb
    cls = lex.classifiers.get(text[p - 1]) if p > 0 else None
    if w and cls is not None and cls.kind == "count" and cls.category != "personnel" and _starts_with_stop(w, lex) \
            and lex.stop_re.match(w).group() not in _CONJUNCTIONS:
        verb = lex.stop_re.match(w).end()
        kinds = ("supplies", "organization") if cls.category in ("supplies", "") else ("organization",)
        # (the cheap test first: the rest of the window must end like such a noun)
        rest = w[verb:].rstrip("、")  # (7头搜救犬、16艘舟艇: the window runs on into the list)
        n, head = noun_after(text, p + verb, False, lex) if open_head(rest, lex).category in kinds else (0, None)
        if n and head is not None and head.category in kinds \
                and n <= _VERB_PEOPLE and n == len(rest) \
                and not text.startswith("的", p + verb + n):
            return verb + n, head  # 18顶安置帐篷, 四个搜救小组: a verb right before goods or a team names their task
            # (not after money: 1000元购买口罩 is what the money buys)
        if len(rest) == 1:
            whole, h = open_noun_after(text, p, lex)  # 7头搜救犬: 搜救 and a one-character noun of a form
            if whole == verb + 1 and h is not None and h.category in kinds:
                return whole, h
    if not w or (_starts_with_stop(w, lex) and not _fused_stop(w, 0, lex.stop_re.match(w).end(), lex)) \
            or w[0] in "、()（）":
        return 0, None
    ends = _head_ends(w, lex)
    aspect = w.find("了")
    if aspect > 0 and ends and ends[-1][0] > aspect:
        # 30台大型机械设备开到了村里, 2000只扛到了镇政府: the aspect particle 了 marks a verb phrase,
        # and a noun phrase never runs over it to a head beyond
        ends = [e for e in ends if e[0] <= aspect]
    if not ends or ends[0][0] > _PHRASE_MAX:
        if not fallback:
            return 0, None
        n, head = open_noun_after(text, p, lex)  # a noun nobody listed (抽水泵, 活动板房)
        if n:
            return n, head
        # an unknown short word that ends at a clear boundary (20台消毒机，): taken without a head
        n = next((i for i in range(2, min(len(w), _FALLBACK_MAX) + 1) if _is_boundary(w, i, lex)), 0)
        if n == len(w) and p + n < len(text) and _NOUN_CHARS.match(text, p + n, p + n + 1):
            n = 0  # the window was cut by its length, not by a boundary
        if n and lex.stop_re.search(w, 1, n) is not None:
            n = 0  # 2000只扛到了镇政府: a word running into a stop word is a verb phrase, no noun
        return n, None
    if fallback:
        cut = _break_before(w, ends[0][0], lex)
        if cut:
            n, h = open_noun_after(text, p, lex)
            if n and (n <= cut or (n < ends[0][0] and _starts_with_stop(w, lex, n))):
                return n, h  # 4台挖掘机和现金, 5支救援队深入震区: the noun before the break is what is counted
                # (五万床棉被运抵灾区: the 被 inside 棉被 is no break, the verb after the noun is)
    k, head = _extend(w, ends[0][0], ends[0][1], ends, person_classifier, lex)
    if person_classifier and head.category != "personnel":
        first = _first_people(w, ends, lex)  # 55名县处级以上党员干部: 名 counts the cadres, not 县
        if first is not None:
            k, head = _extend(w, first[0], first[1], ends, person_classifier, lex)
    while True:
        if not w.startswith(_CONJUNCTIONS, k):
            return k, head
        conj = next(c for c in _CONJUNCTIONS if w.startswith(c, k))
        start = k + len(conj)
        if w.startswith("各", start):
            return k, head  # 811名干部与各区下沉干部: 各 names other groups, not counted by 811
        i = bisect_right(ends, start, key=_END)
        nxt = ends[i] if i < len(ends) else None
        if nxt is None or nxt[0] - start > _PHRASE_MAX or _starts_with_stop(w, lex, start) or "、" in w[start:nxt[0]]:
            return k, head
        k2, h2 = _extend(w, nxt[0], nxt[1], ends, person_classifier, lex)
        if not person_classifier and head.category in ("organization", "coverage") \
                and h2.category == "personnel" and not h2.role:
            return k, head  # 757个基层党组织和党员: 个 counts the organizations, not their members
        if head.category in ("supplies", "funds") and h2.category in ("supplies", "funds") \
                and h2.category != head.category:
            return k, head  # 4台挖掘机和现金: goods and money are given together, not counted together
        if not _is_boundary(w, k2, lex) or (k2 == len(w) and _starts_number(text, p + k2, lex)):
            # 四个社区和辖区|派出所, 3个交通要道和各村|28个进出口: the second noun belongs to something else
            return k, head
        k, head = k2, h2


_CONJUNCTION_RE = re.compile("|".join(_CONJUNCTIONS))
_CLAUSE_PUNCT = "，,。；;、：:！!？?）)"


def _verb_before_people(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None] | None:
    """After 名/位: a two-character verb and a noun of people right after it that ends the clause are one
    noun (21171名登记选民, 30名受训学员: the verb says which people), its length and head; None if not.

    >>> _verb_before_people("登记选民,有", 0, lexicon())[0], _verb_before_people("登记完毕,", 0, lexicon())
    (4, None)
    """
    words = _tagged(text[p:p + 2 + _OPEN_VERB_NOUN])
    if len(words) < 2 or words[0][1] != "v" or len(words[0][0]) != 2:
        return None
    n, head = open_noun_after(text, p + 2, lex)
    if not n or head is None or n > _OPEN_VERB_NOUN or not (head.category == "personnel" or _plain_noun(head)):
        return None
    if p + 2 + n < len(text) and text[p + 2 + n] not in _CLAUSE_PUNCT:
        return None
    return 2 + n, head


_OPEN_VERB_NOUN = 4  # longest noun of people after a verb that says which people (选民, 志愿者)


def _break_before(w: str, k: int, lex: Lexicon) -> int:
    """Where a conjunction or a stop word first starts inside w[1:k] (0 if none): a noun phrase does
    not run over it to reach its first known head.

    >>> lex = lexicon(); w = "挖掘机和现金"; _break_before(w, len(w), lex), _break_before("在职党员", 4, lex)
    (3, 0)
    """
    conj = _CONJUNCTION_RE.search(w, 1, k)
    if conj is not None:
        return conj.start()
    if lex.stop_re.search(w, 1, k) is None:
        return 0  # the common case, decided in C
    return next((j for j in range(1, k) if _starts_with_stop(w, lex, j, k)), 0)


def _first_people(w: str, ends: list[tuple[int, Head]], lex: Lexicon) -> tuple[int, Head] | None:
    """The first head of people in w, when nothing but modifiers stands before it (县处级以上党员干部).

    None when a stop word, a conjunction or a 的 comes first, or no people are named within
    _PHRASE_MAX characters.

    >>> lex = lexicon(); w = "县处级以上党员干部和"
    >>> _first_people(w, _head_ends(w, lex), lex)[0]
    7
    """
    for k, h in ends:
        if k > _PHRASE_MAX:
            return None
        if h.category == "personnel":
            if "的" in w[:k] or any(w.startswith(_CONJUNCTIONS, j) for j in range(1, k)) or (
                    lex.stop_re.search(w, 1, k) is not None
                    and any(_starts_with_stop(w, lex, j, k) for j in range(1, k))):
                return None
            return k, h
    return None


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
    w = _NOUN_TAIL.search(text, lo, s).group()
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
        w = w[: -len(inf)]
    if len(w) > 2 and w[-1] == _COUNT_OF and w[-2] not in _NOT_NOUN_BEFORE_COUNT and not lex.classifier_re.match(w, len(w) - 2):
        w = w[:-1]  # 志愿服务项目数1200个: a noun and 数 (the number of) before the figure; the noun is counted
    if not w and base > lo and text[base - 1] == "》":
        return _title_before(text, base, floor, classifier, lex, s)
    harmed = _strip_harm(w, lex) if lex.harm_re.search(w) else len(w)
    if harmed < len(w):
        # 灌溉设施受损590处, 桥梁坍塌或损坏123座: a word of harm between the noun and its number
        # (harm_words.csv) says what befell the noun, which is what is counted (not a place: 全县死亡2人)
        b_start, b_end, bhead = noun_before(text, base + harmed, floor, classifier, lex)
        if b_end > b_start and bhead is not None and not bhead.place:
            return b_start, b_end, bhead
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
    if head is None and base == floor > 0:
        item = _list_item(w, lex)
        if item is not None and _fits(item, classifier):
            return base + 1, base + len(w), item  # 大衣6000件、彩条布1300件, 车辆786台次、船艇165艘次
    if head is None and not event:
        found = _open_before(w, base, s, classifier, lex)
        if found[1] == found[0] and bounded and classifier is not None and classifier.kind in ("count", "measure"):
            k = _work_object(w, lex)  # 清理乱搭乱建12966处: jieba tags no noun in the object
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
    if last is not None and last.group() in lex.locatives:
        if head is not None and "的" in w[last.end():hs]:
            return base + hs, base + len(w), head  # 在上海工作的人员38名: the place is inside a 的-clause
        return s, s, None  # 在我镇3个交通要道: a place where, not the thing counted
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
            return s, s, None
        b = 0 if bounded and len(w.lstrip("、(（")) <= 6 else hs
    while b < len(w) and w[b] in "、()（）":
        b += 1
    if b >= len(w):
        return s, s, None
    if last is not None and w.startswith("的", b) and head is not None:
        b = hs  # 收治的患者中重症患者13名: after a verb and its 的, only the head is sure
    if b < hs and head is not None and head.category == "funds":
        donor = _head_at_end(w[b:hs], lex)
        if donor is not None and donor.category in ("personnel", "organization"):
            b = hs  # 德晋集团捐款2000万港元: the donor is not what the money is (捐款)
    if event and head is None and "的" not in w[b:] and len(w) - b > 2:
        ends = _head_ends(w[b:], lex)
        if ends and ends[-1][1].category == "supplies" and 2 <= len(w) - b - ends[-1][0] <= 3 \
                and not _head_ends(w[b + ends[-1][0]:], lex):
            # 出动皮卡车运水5次: after the goods or vehicle used, a short verb and its object name what was
            # done (not after people: 与居家观察人员联系三次 names whom, not what)
            return base + b + ends[-1][0], base + len(w), None
    if event:
        held = _held_object(w, lex)
        if held:
            return base + len(w) - held, base + len(w), head  # 召开户院会90余场次: the events held
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
    """
    if not w.startswith("、"):
        return None
    rest = w[1:]
    if not 2 <= len(rest) <= _ITEM_MAX or not all("\u4e00" <= c <= "\u9fff" for c in rest) or "的" in rest \
            or lex.stop_re.search(rest) is not None or lex.infixes and rest.endswith(lex.infixes):
        return None
    return open_head(rest, lex)


_WORK_OBJECT_MAX = 5  # longest object of a verb of work taken whatever jieba's tags (乱搭乱建, 白色污染)


def _work_object(w: str, lex: Lexicon) -> int:
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
    m = lex.stop_re.match(w)
    if m is None or m.end() < 2:
        return 0  # (a verb, not an adverb: 已抢通265条 has no object, 抢通 is the verb)
    rest = w[m.end():]
    if not 2 <= len(rest) <= _WORK_OBJECT_MAX or "的" in rest or lex.stop_re.search(rest) is not None \
            or not all("\u4e00" <= c <= "\u9fff" for c in rest) or rest[0] in "了着过":
        return 0
    return len(rest)


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
    if k < 0 or not 2 <= n <= _HELD_MAX or "的" in w[k:]:
        return 0
    if any(m.group() not in _CONJUNCTIONS for m in lex.stop_re.finditer(w, k)):
        return 0  # 参加志愿服务活动的群众, 开展巡查发现: a verb or a particle inside; not one object
    return n


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


def _title_fits(text: str, open_: int, close: int) -> bool:
    """A 《title》 spans no sentence end and holds no other title mark."""
    inner = text[open_ + 1:close]
    return not any(c in inner for c in SENTENCE_END + "《》")


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
