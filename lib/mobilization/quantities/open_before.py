"""Quantities, step 3b (second half), before the number: the noun phrase nobody listed that ends right before it.

`open_noun_before` reads where the run of nominal words ending the window begins (调运抽水泵 → 抽水泵), deciding
the common case without tagging (`_may_end_in_noun`); `_open_before` keeps it when it fits the classifier and no
locative makes it a place; `context_noun` finds the noun named last before a lone count (搭建活动板房,其中19个). The
head and the category come from `open_nouns`.
"""
from __future__ import annotations

from dataclasses import replace

from .records import Classifier, Head, Lexicon
from .text import _CLAUSE_END_RE, _sentence_start
from .wordlists import lexicon
from .open_nouns import (_FORM_KINDS, _NOT_IN_NOUN, _NOUN_FINAL, _NOUN_MODIFIER, _OPEN_MAX, _compound, _final, _fits,
                         _forms, _stop_word, form_category, open_head)
from .window_tags import _pos_tokenizer, _tagged


_ASPECT = ("了", "着", "过")  # aspect particles: the word before one is a verb

_CONTEXT_REACH = 40  # how far back in its sentence a lone count looks for the noun it counts


def open_noun_before(w: str, lex: Lexicon | None = None) -> int:
    """Where the noun phrase that ends `w` begins, read with jieba's dictionary (len(w) if none).

    >>> w = "调运抽水泵"; w[open_noun_before(w):]
    '抽水泵'
    >>> w = "派出支援队队员"; w[open_noun_before(w):]
    '支援队队员'
    >>> w = "已搭建"; open_noun_before(w)
    3
    """
    lex = lex or lexicon()
    if len(w) < 2:
        return len(w)
    if form_category(w) not in _FORM_KINDS and not _may_end_in_noun(w):
        return len(w)  # the common case, decided without tagging: no word that ends w may end a noun
    words = _tagged(w)
    if words and not _final(*words[-1]):
        return _form_noun_before(w, words, lex)
    if not words or not _final(*words[-1]) or len(w) < 2 or _stop_word(words[-1][0], lex):
        return len(w)
    start = len(w) - len(words[-1][0])
    for i in range(len(words) - 2, -1, -1):
        word, tag = words[i]
        compound = _compound(words, i)
        if len(w) - (start - len(word)) > _OPEN_MAX:
            break
        if (tag not in _NOUN_MODIFIER or _stop_word(word, lex)) and not compound:
            break
        start -= len(word)
    return start if len(w) - start >= 2 else len(w)


def _may_end_in_noun(w: str) -> bool:
    """Whether some ending of w is a word of jieba's dictionary whose tag may end a noun phrase
    (`_final`): the last word of `_tagged(w)` is one of these endings, so it can be final only then.

    >>> _may_end_in_noun("调运抽水泵"), _may_end_in_noun("已经搭建")
    (True, False)
    """
    pos = _pos_tokenizer()
    pos.makesure_userdict_loaded()
    tags = pos.word_tag_tab
    for k in range(len(w) - 1, -1, -1):
        tag = tags.get(w[k:])
        if tag is not None and tag in _MAY_BE_FINAL and _final(w[k:], tag):
            return True
    return False


_MAY_BE_FINAL = _NOUN_FINAL | {"nr", "i", "l", "v"}  # the tags `_final` may accept


def _form_noun_before(w: str, words: list[tuple[str, str]], lex: Lexicon) -> int:
    """Where a run of words that ends w in the form of goods or of an organization begins, whatever
    jieba's tags (多功能|套|尺, 快速|检测|包: tagged as measures and a verb); len(w) if none.

    >>> w = "多功能套尺"; w[_form_noun_before(w, _tagged(w), lexicon()):]
    '多功能套尺'
    >>> w = "发放快速检测包"; w[_form_noun_before(w, _tagged(w), lexicon()):]
    '快速检测包'
    """
    if form_category(w) not in _FORM_KINDS:
        return len(w)
    start = len(w)
    for word, tag in reversed(words):
        if len(w) - start + len(word) > _OPEN_MAX or tag.startswith(_NOT_IN_NOUN) \
                or (_stop_word(word, lex) and tag != "vn"):
            break  # (a verbal noun modifies: 检测|包, though 检测 is a verb of the genre too)
        start -= len(word)
    return start if len(w) - start >= 2 else len(w)


def context_noun(text: str, start: int, floor: int, classifier: Classifier | None,
                 lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """A lone count (其中19个): the noun named last before it in its sentence, at most one clause
    back (搭建活动板房,其中19个 → 活动板房), when it fits the classifier. (-1, -1, None) if none.

    >>> t = "搭建活动板房,其中19个用于安置"; s, e, h = context_noun(t, t.index("19"), 0, lexicon().classifiers["个"])
    >>> t[s:e], h.category
    ('活动板房', 'supplies')
    """
    lex = lex or lexicon()
    lo = max(0, start - _CONTEXT_REACH)
    lo = _sentence_start(text, lo, start)
    clause_ends = [m.start() for m in _CLAUSE_END_RE.finditer(text, lo, start)]
    if len(clause_ends) >= 2:
        lo = clause_ends[-2] + 1  # the clause of the count and the one before it
    words = _tagged(text[lo:start])
    k = start
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        k -= len(word)
        if _final(word, tag) and len(word) >= 2 and not _stop_word(word, lex):
            e = k + len(word)
            if text.startswith(_ASPECT, e):
                return -1, -1, None  # 一共组织了4个: a word before an aspect particle is the verb, not a noun
            left = max(lo, e - _OPEN_MAX)
            b = left + open_noun_before(text[left:e], lex)
            head = open_head(text[b:e], lex)
            if b < e and head.category and _fits(head, classifier) and not _agent_of_goods(head, classifier) \
                    and not (head.category == "activity" and classifier is not None
                             and classifier.category in ("supplies", "other")):
                return b, e, head  # (a thing done fits a classifier of goods or cases only right before its number,
                # 手术近1万例, not as the noun named earlier: 登记难问题,首次登记100674套; round q26)
            return -1, -1, None
    return -1, -1, None


def _agent_of_goods(head: Head, classifier: Classifier | None) -> bool:
    """A noun of people or of an organization named before a count of goods or vehicles (四川森林消防队伍派出17车):
    the team that sends or uses them, the verb's subject, not what the unit counts; a measure fits any noun (`_fits`),
    so a lone count of 车 took the team's name. Round q25n: an empty noun rather than a wrong one.

    >>> c = lexicon().classifiers
    >>> _agent_of_goods(open_head("消防队伍"), c["车"]), _agent_of_goods(open_head("抽水泵"), c["车"])
    (True, False)
    """
    return classifier is not None and classifier.category == "supplies" \
        and head.category in ("organization", "personnel")


_MONEY_KINDS = ("funds", "supplies")  # what `_fits` lets money count


def _may_end_in(w: str, kinds: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether `open_head` may give an ending of `w` one of `kinds`: some head of nouns.csv or form of
    head_forms.csv that ends w has it (open_head takes the category of the longest head that ends its noun,
    else of the longest form, and every ending of w ends with the same heads and forms, up to its length).
    True, unsure, when w ends with a parenthesis (open_head reads before it).

    >>> lex = lexicon()
    >>> _may_end_in("共筹集善款", _MONEY_KINDS, lex), _may_end_in("调运抽水泵", _MONEY_KINDS, lex), _may_end_in("共捐", _MONEY_KINDS, lex)
    (True, True, False)
    """
    if w.endswith((")", "）")):
        return True
    for n in lex.head_lengths.get(w[-1:], ()):
        h = lex.heads.get(w[-n:]) if n <= len(w) else None
        if h is not None and h.category in kinds:
            return True
    forms, lengths = _forms()
    return any(n <= len(w) and forms.get(w[-n:]) in kinds for n in lengths)


def _open_before(w: str, base: int, s: int, classifier: Classifier | None,
                 lex: Lexicon) -> tuple[int, int, Head | None]:
    """noun_before for a noun nobody listed (调运抽水泵45台 → 抽水泵), when it fits the classifier
    and no locative before it makes it a place where (在灾区3个)."""
    if classifier is not None and classifier.kind == "money" and not _may_end_in(w, _MONEY_KINDS, lex):
        return s, s, None  # (捐款500元: no noun that ends w is one of funds or goods, so none fits money; no tagging)
    k = open_noun_before(w, lex)
    if k >= len(w) or w[:k].endswith(tuple(lex.locatives)):
        return s, s, None
    head = open_head(w[k:], lex)
    if head.category == "organization" and classifier is not None and classifier.kind == "count" \
            and classifier.category == "personnel" and not head.place:
        head = replace(head, category="personnel")  # 专业扑火队50人: the team's members (nouns_before._members_of)
    if not _fits(head, classifier):
        return s, s, None
    return base + k, base + len(w), head

