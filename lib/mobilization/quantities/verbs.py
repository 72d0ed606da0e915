"""Quantities, step 3e: the words of a count's situation (data/situation_verbs.csv) and the verbs of a clause.

`situation_words()` compiles data/situation_verbs.csv by role (disaster, scope, beneficiary, give,
receive, rescue, mobilize, moved, benefit, built, befall, serve, force, reach, cleared, need, set_up, find, per_head, gain,
compose, aid, noun, remains, underway, built_unit, cover, choose, support, halt, train, and round q26's vote,
repaired, covered, enter, round q27's install, employ, rebuild, free, and round q30's reinforced, feast); `_verb_words` lists
the verbs of a stretch of text, the way `categories` and `situations` read a clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection
from functools import lru_cache

from ..lexicon import read_rows
from .heads import _CONJUNCTIONS
from .records import Lexicon
from .wordlists import _any_of

ROLES = ("disaster", "scope", "beneficiary", "give", "receive", "rescue", "mobilize", "moved", "benefit", "built",
         "befall", "serve", "force", "reach", "cleared", "need", "set_up", "find", "per_head",
         "gain", "compose", "aid", "noun", "remains", "underway", "built_unit", "cover", "choose", "support", "halt",
         "train", "vote", "repaired", "covered", "enter", "install", "employ", "rebuild", "free", "quota", "capacity",
         "reinforced", "feast", "cull")
_NOT_VERBS = ("disaster", "beneficiary", "serve", "force", "reach", "need", "set_up", "per_head", "gain", "compose",
              "aid", "noun", "remains", "built_unit", "cover", "choose", "support", "halt", "vote", "repaired",
              "covered", "enter", "employ", "rebuild", "free", "quota", "capacity", "reinforced",
              "feast", "cull")  # (read by their own rules, not as the verb of a clause)


@dataclass(frozen=True)
class SituationWords:
    """data/situation_verbs.csv by role, with one regex over all of them."""

    roles: dict[str, frozenset[str]]
    any_re: re.Pattern
    disaster_re: re.Pattern
    scope_re: re.Pattern
    beneficiary_re: re.Pattern
    serve_re: re.Pattern
    force_re: re.Pattern
    reach_re: re.Pattern
    set_up_re: re.Pattern
    per_head_re: re.Pattern
    compose_re: re.Pattern

    def has(self, role: str, word: str) -> bool:
        return word in self.roles[role]

    def mobilize_any(self, s: str) -> bool:
        """A verb that sets people to work inside the short string s (参战, 派出)."""
        return any(w in s for w in self.roles["mobilize"])


@lru_cache(maxsize=16)
def _role_re(words: frozenset[str]) -> re.Pattern:
    """One regex over a role's words, longest first (compiled once per role: a frozenset keeps its hash).

    >>> _role_re(frozenset({"低保", "困难"})).search("困难党员").group()
    '困难'
    """
    return _any_of(words)


@lru_cache(maxsize=16)
def _as_tuple(words: "Collection[str]") -> tuple[str, ...]:
    """A role's or a list's words as a tuple, for `str.startswith` and `str.endswith` (one call in C instead of a loop
    in Python; a frozenset keeps its hash, a tuple of a few words hashes fast: cheap to look up). Round s15.

    >>> _as_tuple(frozenset({"可容纳"}))
    ('可容纳',)
    """
    return tuple(words)


@lru_cache(maxsize=1)
def situation_words() -> SituationWords:
    """The words of data/situation_verbs.csv, compiled once.

    >>> w = situation_words(); w.has("receive", "接纳"), w.has("give", "接纳")
    (True, False)
    """
    rows = read_rows("situation_verbs.csv")
    unknown = {r["role"] for r in rows} - set(ROLES)
    if unknown:
        raise ValueError(f"situation_verbs.csv: unknown role(s) {sorted(unknown)}")
    roles = {role: frozenset(r["word"] for r in rows if r["role"] == role) for role in ROLES}
    verbs = [r["word"] for r in rows if r["role"] not in _NOT_VERBS]
    return SituationWords(roles, _any_of(verbs),
                          _any_of(roles["disaster"]),
                          _any_of(roles["scope"]),
                          _any_of(roles["beneficiary"]),
                          _any_of(roles["serve"]),
                          _any_of(roles["force"]),
                          _any_of(roles["reach"]),
                          _any_of(roles["set_up"]),
                          _any_of(roles["per_head"]),
                          _any_of(roles["compose"]))


def _verb_words(text: str, lo: int, hi: int, lex: Lexicon, words: SituationWords) -> list[re.Match]:
    """The verbs between lo and hi, left to right: words of the genre (entity_stops.csv) and of
    situation_verbs.csv, but not the infixes (共, 达, 有), prepositions of place, conjunctions, or a
    word of harm or of a situation followed by 的 (受影响的, 建档立卡的: a modifier of the noun), nor
    a verb that closes an item of a list (转移撤离、: the item's predicate).

    >>> from mobilization.quantities import lexicon
    >>> [m.group() for m in _verb_words("接纳了受影响的群众共", 0, 10, lexicon(), situation_words())]
    ['接纳']
    """
    verb_re, skip = _reader(lex, words)
    return [m for m in verb_re.finditer(text, lo, hi) if _clause_verb(text, m, hi, lex, words, skip)]


def _clause_verb(text: str, m: re.Match, hi: int, lex: Lexicon, words: SituationWords, skip: frozenset[str]) -> bool:
    """Whether a match of the verb reader (`_reader`) is a verb of the clause that ends at hi (`_verb_words`' test of
    each match; it depends on the match alone, not on the others)."""
    w = m.group()
    return not (w in skip or text.startswith("的", m.end()) or lex.harm_re.fullmatch(w)
                or _closes_item(text, m.end(), hi, lex, words) or _begins_noun(text, m.start(), m.end(), lex))


def _last_verb_word(text: str, lo: int, hi: int, lex: Lexicon, words: SituationWords) -> re.Match | None:
    """`_verb_words(text, lo, hi, …)[-1]` (None when there is none), the matches tested from the last one back: the first
    that passes is the last verb, and the ones before it need no test (round s15).

    >>> from mobilization.quantities import lexicon
    >>> _last_verb_word("组织党员转移群众", 0, 8, lexicon(), situation_words()).group()
    '转移'
    """
    verb_re, skip = _reader(lex, words)
    for m in reversed(list(verb_re.finditer(text, lo, hi))):
        if _clause_verb(text, m, hi, lex, words, skip):
            return m
    return None


def _first_verb_word_at(text: str, k: int, hi: int, lex: Lexicon, words: SituationWords) -> re.Match | None:
    """`_verb_words(text, k, hi, …)[0]` when it begins at k, else None, testing the matches in order only until one
    passes or begins after k (then the first verb cannot begin at k; round s15).

    >>> from mobilization.quantities import lexicon
    >>> _first_verb_word_at("转移到安全地带", 0, 7, lexicon(), situation_words()).group()
    '转移'
    """
    verb_re, skip = _reader(lex, words)
    for m in verb_re.finditer(text, k, hi):
        if m.start() > k:
            return None
        if _clause_verb(text, m, hi, lex, words, skip):
            return m
    return None


def _begins_noun(text: str, b: int, e: int, lex: Lexicon) -> bool:
    """The verb text[b:e] begins a listed noun one or two characters longer (慰问|金, 安置|点): a noun, no verb of the
    clause (发放慰问金前初估5村共2436户受灾: 慰问 visits no one; round q22c).

    >>> from mobilization.quantities import lexicon
    >>> _begins_noun("发放慰问金", 2, 4, lexicon()), _begins_noun("慰问群众", 0, 2, lexicon())
    (True, False)
    """
    return text[b:e + 1] in lex.heads or text[b:e + 2] in lex.heads or _names_team(text, e)


def _names_team(text: str, e: int) -> bool:
    """The character at text[e] is a one-character form of a team (head_forms.csv: 队): the verb before it names the
    team's task, a noun (搜救队, 救援队), no verb of the clause (7支轻型地震救援专业搜救队共580名消防救援人员: the
    firefighters are sent, not rescued; round q27).

    >>> _names_team("专业搜救队共580名", 4), _names_team("搜救群众", 2)
    (True, False)
    """
    if e >= len(text) or text[e] not in _TEAM_FORMS:
        return False  # (most verbs: decided before the late import below, which costs ~1 µs a call; round s15)
    from .open_nouns import _forms  # (open_nouns reads the lexicon, which reads this module's words)
    return _forms()[0].get(text[e]) == "organization"


_TEAM_FORMS = frozenset("队")  # a one-character noun of a team that a verb of the genre names (not 组: 组织 is a verb)


_READERS: dict[tuple[int, int], tuple[re.Pattern, frozenset[str]]] = {}


def _reader(lex: Lexicon, words: SituationWords) -> tuple[re.Pattern, frozenset[str]]:
    """One regex over the stop words of the genre and the words of situation_verbs.csv (the longest
    at the leftmost position, as the two alternations would give), and the words that are no verb
    here: infixes that are no word of a situation, prepositions of place, conjunctions, 的, 了 and
    the prepositions of benefit. Built once per pair of word lists."""
    key = (id(lex), id(words))
    if key not in _READERS:
        verbs = set(lex.stops) | {w for r in ROLES if r not in _NOT_VERBS for w in words.roles[r]} | words.roles["noun"]
        situation = {w for r in ROLES if r not in _NOT_VERBS[2:] for w in words.roles[r]}
        skip = (lex.infix_set - situation) | lex.locatives | set(_CONJUNCTIONS) | {"的", "了"} \
            | words.roles["beneficiary"] | words.roles["noun"]
        _READERS[key] = (_any_of(verbs), frozenset(skip))
    return _READERS[key]


def _closes_item(text: str, end: int, hi: int, lex: Lexicon, words: SituationWords) -> bool:
    """The verb ending at `end` closes an item of a list: only verbs follow it up to a 、
    (20余万人紧急转移撤离、3600余间房屋倒塌: 转移 and 撤离 are the people's, not the houses').

    >>> from mobilization.quantities import lexicon
    >>> t = "转移撤离、3600余间"
    >>> _closes_item(t, 2, len(t), lexicon(), situation_words()), _closes_item("转移村民、游客", 2, 7, lexicon(), situation_words())
    (True, False)
    """
    k = end
    verb_re = _reader(lex, words)[0]
    while k < hi and text[k] != "、":
        m = verb_re.match(text, k)
        if m is None:
            return False
        k = m.end()
    return k < hi
