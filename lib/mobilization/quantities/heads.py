"""Quantities, step 3a: the known head nouns (nouns.csv) and stop words in the window around a numeral.

The building blocks of `nouns`: where a noun phrase may end (`_head_ends`, `_is_boundary`), the
window it is looked for in (`_window_after`), and whether a noun fits a classifier (`_compatible`).
"""
from __future__ import annotations

import re
from operator import itemgetter

from .records import Classifier, Head, Lexicon
from .exclusions import _excluded


_WINDOW = 24  # characters looked at after a classifier for the counted noun


def _head_at_end(s: str, lex: Lexicon) -> Head | None:
    """The longest head noun that `s` ends with, ignoring a short parenthesis (街(镇))."""
    if s.endswith((")", "）")):
        k = max(s.rfind("("), s.rfind("（"))
        if k > 0:
            s = s[:k]
    for n in lex.head_lengths.get(s[-1:], ()):
        h = lex.heads.get(s[-n:])
        if h is not None and n <= len(s):
            return h
    return None


_NOUN_CHARS = re.compile(r"[\u3400-\u9fff、()（）]+")


def _window_after(text: str, p: int, lex: Lexicon) -> str:
    """text from p up to the first character that cannot be inside a noun phrase.

    Digits end the window, except a product name that starts with digits (84消毒液).
    """
    limit = min(len(text), p + _WINDOW)
    nxt = lex.chinese_count_re.search(text, p, limit)
    while nxt is not None and (_excluded(text, nxt.start(), nxt.end(), lex) or text.startswith("级", nxt.end())):
        # (万吨级码头, 百亿元级企业: a size class before the noun, round q17)
        # 一次性口罩: a fixed term that reads like a count (一次) is part of the noun, not a new count
        nxt = lex.chinese_count_re.search(text, nxt.end(), limit)
    if nxt is not None:
        limit = nxt.start()  # 一个村或一个社区: the next count starts a new phrase
    m = _NOUN_CHARS.match(text, p, limit)
    if m is None:
        out = ""
    else:
        out, p = m.group(), m.end()
    while p < limit and text.startswith(lex.products, p):
        prod = next(w for w in lex.products if text.startswith(w, p))
        out += prod
        p += len(prod)
        m = _NOUN_CHARS.match(text, p, limit)
        if m:
            out += m.group()
            p = m.end()
    return out


def _starts_with_stop(s: str, lex: Lexicon, i: int = 0, j: int | None = None) -> bool:
    """s[i:j] begins with a stop word that is not the start of a longer known noun (在|社区 but 在职党员).

    Offsets instead of a slice: callers test many positions of one window.
    """
    j = len(s) if j is None else min(j, len(s))
    m = lex.stop_re.match(s, i, j)
    if m is None:
        return False
    g = m.group()
    if g in lex.stops_overlapped and s[i] in lex.head_lengths:
        m2 = lex.stop_re.match(s, i + 1, j)
        if m2 is not None and m2.end() > m.end() \
                and any(s[i + 1 - n:i + 1] in lex.heads for n in lex.head_lengths[s[i]] if n <= i + 1):
            return False  # 服务组成立: 组 ends the noun 服务组, the verb is 成立 (not 组成)
    if g not in lex.stops_in_heads:
        return True  # no longer noun can start here
    return not any(s[i:i + n] in lex.heads for n in range(m.end() - i + 1, min(j - i, lex.head_max) + 1))


def _head_ends(w: str, lex: Lexicon) -> list[tuple[int, Head]]:
    """Positions k where w[:k] ends with a head noun (a short parenthesis after it is absorbed)."""
    ends = []
    depth_open = -1
    last_chars = lex.head_lengths
    heads = lex.heads
    for k, c in enumerate(w, 1):
        if c in "(（":
            depth_open = k - 1
            continue
        if depth_open >= 0:
            if c in ")）":
                if k - depth_open <= 6 and ends and ends[-1][0] == depth_open:
                    ends[-1] = (k, ends[-1][1])  # 街(镇): the parenthesis belongs to the noun
                depth_open = -1
            continue
        lengths = last_chars.get(c)
        if lengths is None:
            continue
        if c in ")）":
            h = _head_at_end(w[:k], lex)
            if h is not None:
                ends.append((k, h))
            continue
        for n in lengths:  # _head_at_end(w[:k]) without building w[:k]
            h = heads.get(w[k - n:k]) if n <= k else None
            if h is not None:
                ends.append((k, h))
                break
    return ends


_CONJUNCTIONS = ("以及", "、", "和", "及", "与", "或")


_END = itemgetter(0)  # of a (k, head) pair in _head_ends


def _is_boundary(w: str, k: int, lex: Lexicon) -> bool:
    """True when a noun phrase may end at w[k]: end of window, conjunction or stop word."""
    return k >= len(w) or w[k] == "的" or w.startswith(_CONJUNCTIONS, k) or _starts_with_stop(w, lex, k)


def _compatible(head: Head, classifier: Classifier | None) -> bool:
    """A noun before a number must fit its classifier (名 wants people, 元 money or goods)."""
    if classifier is None:
        return True
    if classifier.kind == "money":
        return head.category in ("funds", "supplies")
    if classifier.kind == "event" or not classifier.category:
        return True
    if head.reached and classifier.category == "coverage":
        return True  # 居民3088户: the residents' households
    if head.category == "supplies" and classifier.kind == "count" and classifier.category != "personnel" \
            and not classifier.inside:
        return True  # goods are counted with many classifiers: 新冠抗原试剂1000万支 (支 also counts teams)
    if classifier.kind == "count" and not classifier.inside and not head.place \
            and {head.category, classifier.category} == {"organization", "coverage"}:
        return True  # 村级公共服务中心3座, 专业大户602家: 座 and 家 count buildings and units of either kind
    if head.place and classifier.category == "coverage" and classifier.kind == "count" and not classifier.inside:
        return True  # 集中安置点12处: a classifier of sites counts a post or a station named as a place (round q22)
    if head.category == "personnel" and classifier.category == "other" and classifier.kind == "count":
        return True  # 核酸检测阳性人员1例: people counted as cases
    return head.category == classifier.category or _case(head, classifier)


def _case(head: Head | None, classifier: Classifier | None) -> bool:
    """People counted as cases (确诊病例6人, 2名密切接触者): a head of category other after a
    person classifier. They are counted, but they are not mobilized people (category other).

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> _case(_head_at_end("疑似病例", lex), lex.classifiers["名"]), _case(_head_at_end("党员", lex), lex.classifiers["名"])
    (True, False)
    """
    return (head is not None and head.category == "other"
            and classifier is not None and classifier.category == "personnel")


def _people_named(text: str, p: int, noun: Head, lex: Lexicon) -> bool:
    """Whether a classifier of people (名, 位) before text[p] counts a noun of people (nouns.csv or its form): a verb
    before such a noun is its modifier even when a predicate follows the noun (6500多名|退役|士兵|应聘, 400多名新老
    退役士兵参加: the people counted are 退役士兵), since 名 counts people and the verbs that take people as their
    object stand in entity_stops.csv (帮助, 慰问, 转移), which end the phrase before this test (round q22).

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon(); soldiers, dykes = Head("退役士兵", "personnel", False, False), Head("加固堤坝", "", False, False)
    >>> _people_named("6500多名退役士兵应聘", 6, soldiers, lex), _people_named("200余名加固堤坝", 5, dykes, lex)
    (True, False)
    """
    cls = lex.classifiers.get(text[p - 1]) if p > 0 else None
    return cls is not None and cls.kind == "count" and cls.category == "personnel" and noun.category == "personnel"
