"""Quantities, step 3c: the counted noun phrase after the classifier (`noun_after`).

Known heads (`heads`) mark where a phrase may end; coordinated nouns join; quoted names and
《titles》 are nouns whole; without a known head the noun is read from the language (`open_nouns`).
The noun before the number (noun-first phrasing, `noun_before`) is the next step, `nouns_before`.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .records import Head, Lexicon
from .text import _CLOSE_QUOTES, _OPEN_QUOTES, SENTENCE_END
from .wordlists import lexicon
from .numbers import _starts_number
from .heads import (_CONJUNCTIONS, _END, _head_at_end, _head_ends, _is_boundary, _NOUN_CHARS, _starts_with_stop,
                    _window_after)
from .window_tags import _dictionary_tag, _tagged, _tagged_across, _word_at
from .open_after import _harm_participle, open_noun_after
from .open_nouns import _fused_stop, _plain_noun, form_category, open_head


_QUOTED_NAME = 12  # longest quoted name taken as a counted noun


_TITLE_MAX = 40  # longest 《title》 taken as a counted noun (《…通告》1800份)


# the longest noun phrase up to its first known head (疫情防控临时党支部: 9)
_PHRASE_MAX = 10


_QUOTE_MODIFIER = 3  # longest modifier before a quoted name after a classifier (新备“小汤山”)
_VERB_PEOPLE = 4  # longest noun of people after a verb that names them (164名支援|人员)


_FALLBACK_MAX = 3  # an unknown noun right after a classifier: at most this many characters


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
        if _predicate_next(w, k):
            return k, head  # 2名民警|守着老人, 1200名志工|全力投入: a predicate after the head ends the phrase
        if h2.category == "funds" and head.category in ("personnel", "organization", "coverage") \
                and k2 - len(h2.word) == k and _is_boundary(w, k2, lex):
            return k, head  # 7家单位|捐款, 160多位侨胞|捐款: the money the counted donors give is no part of them
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


# the tags of a word that begins a predicate, not a modifier of a further noun (jieba's dictionary tags): an adverb
# or a preposition of two characters or more (one-character ones are often bound: 县直单位), a particle; a verb
# only with an aspect particle right after it (守着, 开了): a bare verb before a noun may be its modifier
# (帮扶单位, 救治小组, 安置点)
_PREDICATE_TAGS = frozenset({"d", "p", "uz", "ul", "ug", "ud"})
_VERB_TAGS = frozenset({"v", "vd", "vi"})


def _verb_next(w: str, k: int) -> bool:
    """Whether a verb, an adverb or a preposition (jieba's dictionary) begins at w[k], a word boundary: the
    predicate after a noun phrase (600多名镇村干部和群众|正在填装沙袋, 326家民营企业和个人|参与).

    >>> _verb_next("干部和群众来到河道", 5), _verb_next("企业和个人参与", 5), _verb_next("社区和辖区派出所", 5)
    (True, True, False)
    """
    found = _word_at(_tagged(w), k)
    return found is not None and (found[1] in _VERB_TAGS or found[1] in ("d", "p"))


def _predicate_next(w: str, k: int) -> bool:
    """Whether the word after w[:k] (a noun phrase that ends in a head) starts a predicate.

    Only a head that ends where a word of the window ends is followed by a word (口|罩 is no end).

    >>> _predicate_next("民警守着老人", 2), _predicate_next("组就近开展", 1), _predicate_next("党员突击队", 2)
    (True, True, False)
    >>> _predicate_next("中央定点帮扶单位", 4), _predicate_next("县直单位", 1)
    (False, False)
    >>> _predicate_next("医用口罩", 3)
    False
    """
    found = _word_at(_tagged(w), k)
    if found is None:
        return False
    word, tag = found
    if tag in _VERB_TAGS:
        return w.startswith(("着", "了", "过"), k + len(word))
    return tag in _PREDICATE_TAGS and (len(word) > 1 or tag[0] == "u")


_NOUN_TAGS = frozenset({"n", "ng", "nz", "j", "nt", "nl"})  # jieba's tags of a common noun (not of a name: nr ns)
# the rest of a word after a head that is no part of a longer noun: a verb or predicate (党员干部|带头)
_NOT_NOUN_REST = _VERB_TAGS | _PREDICATE_TAGS


def _inside_words(w: str, ends: list[tuple[int, Head]], lex: Lexicon) -> list[tuple[int, Head]]:
    """The head ends of w; a head that begins a longer noun of the window (a word jieba's dictionary lists as a
    noun and that begins where the head begins or before it: 村|民组, 村|委会, 楼|道, 长|辈) is moved to the end of
    that word, with the word's own head when it is listed, when no other head ends there.

    >>> lex = lexicon(); [(k, h.word) for k, h in _inside_words("楼道的居民", _head_ends("楼道的居民", lex), lex)]
    [(2, '楼'), (5, '居民')]
    >>> [(k, h.word) for k, h in _inside_words("贫困户免费送", _head_ends("贫困户免费送", lex), lex)]
    [(3, '贫困户'), (5, '费')]
    """
    if not ends or not _tagged_across(w, [k for k, _ in ends], _NOUN_TAGS):
        return ends  # (most windows: no noun of the dictionary runs across a head's end, found without tagging)
    words = _tagged(w)
    if len(words) == len(w):
        return ends  # the common case of one-character words only
    spans = {}
    at = 0
    for word, tag in words:
        if tag in _NOUN_TAGS:
            for j in range(at + 1, at + len(word)):
                spans[j] = (at, word)
        at += len(word)
    if not any(k in spans for k, _ in ends):
        return ends
    out = [(k, h) for k, h in ends if k not in spans]
    for k, h in ends:
        if k not in spans:
            continue
        start, word = spans[k]
        end = start + len(word)
        rest = w[k:end]
        listed = lex.heads.get(word)
        if start < k - len(h.word) or rest == "次" or _dictionary_tag(rest) in _NOT_NOUN_REST \
                or (listed is not None and listed.category != h.category):
            # 党员干部|带头 (a word begun inside the head, a verb after it), 车|次 (a measure of trips), 村|民
            # (people, not the place: which is counted is not clear)
            out.append((k, h))
            continue
        there = [i for i, (k2, _) in enumerate(out) if k2 == end]
        if listed is not None:
            out = [e for e in out if e[0] != end] + [(end, listed)]
        elif all(len(out[i][1].word) == 1 for i in there):
            # a head of its own that ends the word is the word's head (党员|突击队, 党支部|书记); a one-character one
            # is not (社区长|者: 长 names 长者)
            out = [e for e in out if e[0] != end] + [(end, h)]
    return sorted(out, key=_END)


_ALT_CLASSIFIER = re.compile(r"[(（]([\u4e00-\u9fff]{1,2})[)）]")  # 床(件): another classifier of the same count
_SHARED_HEAD = re.compile(r"(?:[\u4e00-\u9fff]、){1,3}(?=[\u4e00-\u9fff])")  # 中、小学, 大、中、小学 (round q30)


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
    >>> noun_after("间中、小学参与", 1, False)[0]
    4
    >>> noun_after("床(件)棉被运抵", 1, False)[0]   # a second classifier in brackets, then the noun (round q31)
    5
    >>> noun_after("头只、死亡牲畜700头只", 1, False)[0]   # 只 is a classifier (头只), no modifier of 死亡牲畜
    0
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
    alt = _ALT_CLASSIFIER.match(text, p)
    if alt is not None and alt.group(1) in lex.classifiers:
        n, head = noun_after(text, alt.end(), person_classifier, lex, fallback)
        if n:
            return alt.end() - p + n, head  # 6万床(件)衣被: a second classifier in brackets (bedding by 床, clothes by
            # 件) before the noun both count (round q31)
    shared = _SHARED_HEAD.match(text, p)
    if shared is not None and not any(c in lex.heads or c in lex.classifiers for c in shared.group()[::2]):
        n, head = noun_after(text, shared.end(), person_classifier, lex, fallback=False)
        if not n:
            n, head = open_noun_after(text, shared.end(), lex)  # (小学: jieba's noun, no listed head)
        if n:
            return shared.end() - p + n, head  # 400多间中、小学, 大、中、小学: one-character modifiers listed before the
            # word they share (中学 and 小学); not nouns of their own (村、社区 is a list of nouns, read below)
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
        if not cls.category:
            kinds += ("coverage",)  # 11个搜救片区, 3个安置小区: with 个, a verb before a place names its use
        # (the cheap test first: the rest of the window must end like such a noun)
        rest = w[verb:].rstrip("、")  # (7头搜救犬、16艘舟艇: the window runs on into the list)
        n, head = noun_after(text, p + verb, False, lex) if open_head(rest, lex).category in kinds else (0, None)
        if n and head is not None and head.category in kinds and (head.category != "coverage" or head.place) \
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
        if w and person_classifier and fallback and w[0] not in "、()（）":
            ends = _head_ends(w, lex)
            clause = _people_after_de(w, ends, lex, lex.stop_re.match(w).end())
            if clause is not None:
                # 20名来自北京、河北等地的大夫, 5名赶到现场的消防员: a verb phrase and 的 before the people
                return _extend(w, clause[0], clause[1], ends, person_classifier, lex)
        return 0, None
    ends = _head_ends(w, lex)
    first = ends[0][0] if ends else 0
    ends = _inside_words(w, ends, lex)
    aspect = w.find("了")
    if aspect > 0 and ends and ends[-1][0] > aspect:
        # 30台大型机械设备开到了村里, 2000只扛到了镇政府: the aspect particle 了 marks a verb phrase,
        # and a noun phrase never runs over it to a head beyond
        ends = [e for e in ends if e[0] <= aspect]
    if person_classifier and ends and first > _PHRASE_MAX:
        clause = _people_after_de(w, ends, lex)
        if clause is not None:  # 200名考入本科院校的…大学新生 (round q29): a long 的-clause, its first noun far from 名
            return _extend(w, clause[0], clause[1], ends, person_classifier, lex)
    if not ends or first > _PHRASE_MAX:
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
        if n and not person_classifier and cls is not None and cls.kind == "count" \
                and _dictionary_tag(w[:n]) in _VERB_TAGS | _PREDICATE_TAGS:
            n = 0  # 5000户受益: a verb (jieba's dictionary) after a count of things is its predicate, no noun
            # (not after 名/位, whose nouns the dictionary may file as verbs: 考生; nor after a count of events,
            # which a verb names: 4次夜访)
        return n, None
    if fallback:
        cut = _break_before(w, ends[0][0], lex)
        if cut:
            n, h = open_noun_after(text, p, lex)
            if n and (n <= cut or (n < ends[0][0] and _starts_with_stop(w, lex, n))):
                return n, h  # 4台挖掘机和现金, 5支救援队深入震区: the noun before the break is what is counted
                # (五万床棉被运抵灾区: the 被 inside 棉被 is no break, the verb after the noun is)
    k, head = _extend(w, ends[0][0], ends[0][1], ends, person_classifier, lex)
    if k > ends[0][0] and ends[0][1].place and head.category != ends[0][1].category and k == len(w) \
            and _starts_number(text, p + k, lex):
        # 3个乡镇|集中安置点12处, 3个社区|志愿者200人: places counted, then a noun of another kind named first of the
        # next count, which runs up to its number; the places are what this count counts (not 8个乡镇140个村小组:
        # a place's own parts, or 25个国家乡村振兴重点帮扶县: places named with a place inside)
        k, head = ends[0]
    if person_classifier and head.category != "personnel":
        first = _first_people(w, ends, lex) or _people_after_de(w, ends, lex)  # 55名县处级以上党员干部: 名 counts the cadres, not 县
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
        if nxt is None or nxt[0] - start > _PHRASE_MAX or _starts_with_stop(w, lex, start) or "、" in w[start:nxt[0]] \
                or "的" in w[start:nxt[0]]:
            return k, head
        k2, h2 = _extend(w, nxt[0], nxt[1], ends, person_classifier, lex)
        if not person_classifier and head.category in ("organization", "coverage") \
                and h2.category == "personnel" and not h2.role:
            return k, head  # 757个基层党组织和党员: 个 counts the organizations, not their members
        if head.category in ("supplies", "funds") and h2.category in ("supplies", "funds") \
                and h2.category != head.category:
            return k, head  # 4台挖掘机和现金: goods and money are given together, not counted together
        if head.category == "supplies" and h2.place:
            return k, head  # 3只搜救犬、某市派出…: goods and a place are never counted together; the place begins the
            # next item of the list (its sender or destination), round q31
        if not (_is_boundary(w, k2, lex) or _verb_next(w, k2)) or (k2 == len(w) and _starts_number(text, p + k2, lex)):
            # 四个社区和辖区|派出所, 3个交通要道和各村|28个进出口: the second noun belongs to something else
            return k, head
        k, head = k2, h2


_CONJUNCTION_RE = re.compile("|".join(_CONJUNCTIONS))
_CLAUSE_PUNCT = "，,。；;、：:！!？?）)"


def _verb_before_people(text: str, p: int, lex: Lexicon) -> tuple[int, Head | None] | None:
    """After 名/位: a two-character verb and a noun of people right after it that ends the clause are one
    noun (21171名登记选民, 30名受训学员: the verb says which people), its length and head; None if not.

    >>> _verb_before_people("受训学员,有", 0, lexicon())[0], _verb_before_people("登记完毕,", 0, lexicon())
    (4, None)
    """
    if _dictionary_tag(text[p:p + 2]) != "v":
        return None  # the common case, decided without tagging: no two-character verb can come first
    words = _tagged(text[p:p + 2 + _OPEN_VERB_NOUN])
    if len(words) < 2 or words[0][1] != "v" or len(words[0][0]) != 2:
        return None
    n, head = open_noun_after(text, p + 2, lex)
    if not n or head is None or n > _OPEN_VERB_NOUN or not (head.category == "personnel" or _plain_noun(head)):
        return None
    if p + 2 + n < len(text) and text[p + 2 + n] not in _CLAUSE_PUNCT:
        return None
    return 2 + n, lex.heads.get(text[p:p + 2 + n], head)  # a listed whole decides (登记选民: the electorate, round q16)


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
                    and any(_starts_with_stop(w, lex, j, k) and not _fused_stop(w, j, lex.stop_re.match(w, j, k).end(), lex)
                            for j in range(1, k))):
                # (a one-character stop that begins a word is none: 家庭|经济困难学生, 重点优抚|对象)
                return None
            return k, h
    return None


_DE_CLAUSE_MAX = 24  # longest noun of people with a 的-clause before it, after 名/位


_DE_MODIFIERS_MAX = 14  # longest run of modifiers between 的 and the noun of people (建档立卡及家庭经济困难|大学新生)
_MODIFIER_JOINS = ("及", "和", "与")  # modifiers joined before one noun (建档立卡及家庭经济困难大学新生)


def _modifiers_after_de(w: str, at: int, lex: Lexicon) -> int:
    """Where the 的 stands when plain modifiers (no verb, no punctuation; joined by 及/和/与 at most) fill the gap between
    it and the noun of people at w[at:] (考入本科院校的|建档立卡及家庭经济困难|大学新生: round q29), else -1.

    >>> lex = lexicon(); w = "考入本科院校的建档立卡及家庭经济困难大学新生"
    >>> _modifiers_after_de(w, w.index("大学新生"), lex)
    6
    >>> _modifiers_after_de("来自各地的志愿者带领群众", 10, lex)
    -1
    """
    de = w.rfind("的", 0, at)
    if de < 0 or at - de - 1 > _DE_MODIFIERS_MAX or any(c in w[de + 1:at] for c in "、,，;；()（）“”\"《》"):
        return -1
    for m in lex.stop_re.finditer(w, de + 1, at):
        if m.group() not in _MODIFIER_JOINS and not _fused_stop(w, m.start(), m.end(), lex):
            return -1
    return de


def _people_after_de(w: str, ends: list[tuple[int, Head]], lex: Lexicon, verb: int = 0) -> tuple[int, Head] | None:
    """After 名/位, the first noun of people right after a 的 (a relative clause or modifier before it: 10001名品学兼优但
    家庭经济特别困难的大学生, 20名来自北京等地的大夫), when no noun of people came first; None if there is none, or
    if a stop word (but a verb w[:verb] that opens the clause), a parenthesis or a second 的 stands before it.

    >>> lex = lexicon(); w = "品学兼优但家庭经济特别困难的大学生"
    >>> _people_after_de(w, _head_ends(w, lex), lex)[0]
    17
    """
    for k, h in ends:
        if k > _DE_CLAUSE_MAX:
            return None
        if h.category != "personnel":
            continue
        at = k - len(h.word)
        de = at - 1 if at > 0 and w[at - 1] == "的" else at - 2 if at > 1 and w[at - 2] == "的" and w[at - 1] in "大小老新" \
            else _modifiers_after_de(w, at, lex)
        if de < 0:
            continue
        if "的" in w[:de] or any(c in w[:de] for c in "()（）") or any(
                _starts_with_stop(w, lex, j, de) and not _fused_stop(w, j, lex.stop_re.match(w, j, de).end(), lex)
                for j in range(verb, de) if lex.stop_re.match(w, j, de)):
            return None
        return k, h
    return None


def _title_fits(text: str, open_: int, close: int) -> bool:
    """A 《title》 spans no sentence end and holds no other title mark."""
    inner = text[open_ + 1:close]
    return not any(c in inner for c in SENTENCE_END + "《》")
