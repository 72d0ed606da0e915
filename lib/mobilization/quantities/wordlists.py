"""Quantities, step 0: the word lists of data/ compiled once into a `Lexicon` (`lexicon()`).

classifiers.csv, nouns.csv, approximations.csv, entity_stops.csv, currencies.csv, harm_words.csv and
exclusions.csv become dictionaries and regular expressions (alternations behind a lookahead
for their first characters, so that the engine skips most positions in C).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from ..lexicon import read_rows, word_lists
from .records import Classifier, Currency, Head, Lexicon
from .text import _CN_RUN


def _any_of(words) -> re.Pattern:
    """`_alternation` compiled; with no words, a pattern that never matches (an empty word list is allowed).

    >>> _any_of([]).search("任何") is None, _any_of(["接纳"]).search("已接纳").group()
    (True, '接纳')
    """
    return re.compile(_alternation(words) or "(?!)")


def _alternation(words) -> str:
    """A regex for the longest of `words` at a position, behind a lookahead for their first characters.

    The engine tries the alternatives one by one; the lookahead (one character-class test)
    rejects most positions at once. (Not with an empty word, which matches anywhere.)

    >>> _alternation(["个", "个月", "名"]).startswith("(?=[个名])(?:个月|")
    True
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))  # longest first; ties in a fixed order
    alternation = "|".join(re.escape(w) for w in words)
    if not words or "" in words:
        return alternation
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}])(?:{alternation})"


_CLAUSE_RULES = ("group_size", "composition", "rate")  # exclusions judged over a clause, not at the numeral


@lru_cache(maxsize=None)
def noun_shape_words(name: str) -> tuple[str, ...]:
    """The list `name` of data/noun_shape_words.csv (time_span, locative_verb, result, set, attribute, …: the
    file's header says what each is for), longest word first.

    >>> noun_shape_words("result"), "位于" in noun_shape_words("locative_verb")
    (('完', '毕', '结'), True)
    """
    return word_lists("noun_shape_words.csv").get(name, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of data/, compiled once per process.

    >>> lexicon().classifiers["名"].category
    'personnel'
    """
    cls = {r["classifier"]: Classifier(r["classifier"], r["kind"], r.get("category", ""), r.get("one", ""),
                                       r.get("noun", "") or "both", r.get("inside") == "yes",
                                       r["classifier"].isascii(), tuple((r.get("heads") or "").split()),
                                       r.get("begins") == "yes", r.get("unlisted") or "")
           for r in read_rows("classifiers.csv")}
    heads = {r["head"]: Head(r["head"], r["category"], r.get("role") == "yes", r.get("bare") == "yes",
                             r.get("place") == "yes", r.get("reached") == "yes")
             for r in read_rows("nouns.csv")}
    bare = [h for h, v in heads.items() if v.bare]
    approx = read_rows("approximations.csv")
    by_pos = {p: sorted(((r["word"], r["approx"]) for r in approx if r["position"] == p),
                        key=lambda x: len(x[0]), reverse=True) for p in ("before", "inner", "after")}
    stops_rows = read_rows("entity_stops.csv")
    harm_rows = read_rows("harm_words.csv")
    stops = tuple(sorted({r["word"] for r in stops_rows}, key=len, reverse=True))
    currencies = {r["word"]: Currency(r["word"], r["code"], r.get("generic") == "yes", r.get("sign") == "yes")
                  for r in read_rows("currencies.csv")}
    names = [r["word"] for r in read_rows("currencies.csv") if r.get("before") == "yes"]
    words = [w for w in names if not currencies[w].sign]  # (a sign never stands after 元: 500万元人民币, not 元HK$)
    excl = read_rows("exclusions.csv")
    parts = _exclusion_patterns(r for r in excl if r["kind"] not in _CLAUSE_RULES)
    comps = _exclusion_patterns(r for r in excl if r["kind"] == "composition")
    groups = _exclusion_patterns(r for r in excl if r["kind"] == "group_size")
    rates = _exclusion_patterns(r for r in excl if r["kind"] == "rate")
    return Lexicon(
        classifiers=cls,
        classifier_re=re.compile(_alternation(cls)),
        heads=heads,
        head_max=max(len(h) for h in heads),
        bare_re=re.compile(_alternation(bare)) if bare else None,
        before=dict(by_pos["before"]),
        inner=dict(by_pos["inner"]),
        after=tuple(by_pos["after"]),
        stops=stops,
        stop_re=re.compile(_alternation(stops)),
        stops_in_heads=frozenset(w for w in stops if any(len(h) > len(w) and h.startswith(w) for h in heads)),
        stops_overlapped=frozenset(w for w in stops if len(w) > 1 and any(
            len(v) > len(w) - 1 and v.startswith(w[1:]) for v in stops)),
        verb_classifiers=frozenset(c for c in cls if len(c) == 1 and any(len(w) > 1 and w.startswith(c) for w in stops)),
        infixes=tuple(sorted((r["word"] for r in stops_rows if r.get("infix") == "yes"), key=len, reverse=True)),
        infix_set=frozenset(r["word"] for r in stops_rows if r.get("infix") == "yes"),
        locatives=frozenset(r["word"] for r in stops_rows if r.get("locative") == "yes"),
        served=frozenset(r["word"] for r in stops_rows if r.get("served") == "yes"),
        cases=frozenset(r["word"] for r in stops_rows if r.get("case") == "yes"),
        screenings=frozenset(r["word"] for r in stops_rows if r.get("screening") == "yes"),
        held=frozenset(r["word"] for r in stops_rows if r.get("held") == "yes"),
        served_re=_any_of(r["word"] for r in stops_rows if r.get("served") == "yes" or r.get("case") == "yes"),
        harm_re=_any_of(r["word"] for r in harm_rows if r.get("incident") != "yes"),
        population_harms=frozenset(r["word"] for r in harm_rows if r.get("population") == "yes"),
        incident_re=re.compile(rf"(?:{_alternation(r['word'] for r in harm_rows if r.get('incident') == 'yes') or '(?!)'})\Z"),
        group_re=re.compile("|".join(groups)) if groups else None,
        composition_re=re.compile("|".join(comps)) if comps else None,
        rate_re=_exclusion_re(rates) if rates else None,  # (searched over whole documents: behind a lookahead)
        exclusion_re=_exclusion_re(parts),
        exclusion_plan=_first_char_plan(parts),
        products=tuple(r["pattern"] for r in excl if r["kind"] == "product" and r["type"] == "literal"),
        head_lengths={c: tuple(sorted({len(h) for h in heads if h[-1] == c}, reverse=True))
                      for c in {h[-1] for h in heads}},
        before_re=re.compile(rf"(?:{_alternation(w for w, _ in by_pos['before'])})\Z"),
        before_last_chars=frozenset(w[-1] for w, _ in by_pos["before"] if w),
        source_re=_source_re([h for h, v in heads.items() if v.category == "funds" and len(h) >= 2]),
        chinese_count_re=re.compile(rf"[{_CN_RUN}]+[多余]?(?:{_alternation(cls)})"),  # (二十多名: round q17)
        after_words=tuple(w for w, _ in by_pos["after"]),
        currencies=currencies,
        currency_name_re=re.compile(_alternation(words) or "(?!)"),
        currency_before_re=re.compile(rf"(?:{_alternation(names) or '(?!)'})[ \u3000]?\Z"),
    )


def _exclusion_re(patterns: list[str]) -> re.Pattern:
    """All exclusions in one regex, behind a lookahead for the characters a match can start with.

    The regex engine tries every alternative at every position of the window; the lookahead
    (one character-class test) lets it skip the positions where none can start, which are most.
    Without a known first character for every pattern, no lookahead (same matches, slower).
    """
    alternation = "|".join(f"(?:{p})" for p in patterns)
    firsts = [_first_chars(p) for p in patterns]
    if not patterns or None in firsts:
        return re.compile(alternation)
    return re.compile(f"(?=[{''.join(firsts)}])(?:{alternation})")


def _first_char_plan(patterns: list[str]) -> tuple[re.Pattern, dict[str, re.Pattern]] | None:
    """For the rows of `_exclusion_re(patterns)`: a search for the characters a row may begin with, and for each
    such character the alternation of only those rows, in their order (`exclusions._rows_in` tries them there).
    None when a row's first character is not a short class, and when a row holds a group (numbered groups
    would shift).

    >>> first, rows = _first_char_plan(["六个一", "[一二]把手", "第[0-9]"])
    >>> first.pattern, rows["一"].pattern, rows["第"].pattern
    ('[一二六第]', '(?:[一二]把手)', '(?:第[0-9])')
    >>> _first_char_plan(["a|b"]), _first_char_plan(["(3)M"])
    (None, None)
    """
    if not patterns or re.compile("|".join(f"(?:{p})" for p in patterns)).groups:
        return None
    sets = []
    for part in patterns:
        chars = _class_chars(_first_chars(part))
        if chars is None:
            return None
        sets.append(chars)
    rows: dict[str, re.Pattern] = {}
    compiled: dict[tuple[int, ...], re.Pattern] = {}
    for c in sorted(set().union(*sets)):
        key = tuple(i for i, s in enumerate(sets) if c in s)
        if key not in compiled:
            compiled[key] = re.compile("|".join(f"(?:{patterns[i]})" for i in key))
        rows[c] = compiled[key]
    first = re.compile("[" + "".join(re.escape(c) for c in sorted(rows)) + "]")
    return first, rows


_RANGE_MAX = 256  # a first-character class with a wider range (a whole script) is left to the plain pattern


def _class_chars(body: str | None) -> frozenset[str] | None:
    r"""The characters of a character-class body as `_first_chars` gives it (literals, escapes, short ranges).

    >>> sorted(_class_chars("0-3一")), sorted(_class_chars(r"\-x")), _class_chars(None), _class_chars("一-龥")
    (['0', '1', '2', '3', '一'], ['-', 'x'], None, None)
    """
    if body is None:
        return None
    out: set[str] = set()
    i = 0
    while i < len(body):
        c, i = (body[i + 1], i + 2) if body[i] == "\\" else (body[i], i + 1)
        if i + 1 < len(body) and body[i] == "-":
            hi, i = (body[i + 2], i + 3) if body[i + 1] == "\\" else (body[i + 1], i + 2)
            if not 0 <= ord(hi) - ord(c) <= _RANGE_MAX:
                return None
            out.update(chr(x) for x in range(ord(c), ord(hi) + 1))
        else:
            out.add(c)
    return frozenset(out)


_REGEX_SPECIAL = set("\\.^$*+?{}[]|()")


def _first_chars(pattern: str) -> str | None:
    r"""The body of a character class holding every first character of a match of `pattern`.

    Only the simple cases that the exclusion patterns use: a literal character or a
    character class, not optional, with no top-level alternation. None when unsure.

    >>> _first_chars("六个一"), _first_chars(r"[不无没毫][\u4e00-\u9fff]?一"), _first_chars(r"[0-9０-９]{2,4}[-/.]")
    ('六', '不无没毫', '0-9０-９')
    >>> [_first_chars(p) for p in ("a|b", "a?b", "[0-9]{0,2}x", "(?:a)", "[^a]b", r"\d", "[+-]1", "")]
    [None, None, None, None, None, None, None, None]
    >>> _first_chars("[|]x"), _first_chars("-x")
    ('|', '\\-')
    >>> _first_chars("(?<![仅只(])一[天年]"), _first_chars("(?<=每)[天年]"), _first_chars("(?<!a)b?c"), _first_chars("(?<!a")
    ('一', '天年', None, None)
    """
    if not pattern or _has_top_level_bar(pattern):
        return None
    if pattern.startswith(("(?<!", "(?<=")):
        # a lookbehind takes no character: the first one is that of what follows it
        close = _group_end(pattern, 0)
        return _first_chars(pattern[close + 1:]) if close is not None else None
    if pattern[0] == "[":
        if pattern[1:2] in ("^", "]"):
            return None
        i = 1
        while i < len(pattern) and pattern[i] != "]":
            if pattern[i] == "[":
                return None  # a nested set or a POSIX class: not a simple class
            i += 2 if pattern[i] == "\\" else 1
        if i >= len(pattern):
            return None
        first, rest = pattern[1:i], pattern[i + 1:]
        if first.startswith("-") or first.endswith("-"):
            return None  # joined with another class, a hyphen at either end could form a range
    elif pattern[0] in _REGEX_SPECIAL:
        return None
    else:
        first, rest = re.escape(pattern[0]), pattern[1:]
    if rest.startswith(("?", "*", "{0", "{,")):
        return None  # the first item may be absent
    return first


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of pattern[start:] that is regex structure: not escaped and not
    inside a character set (a set's own brackets are left out too).

    >>> "".join(c for _, c in _structure(r"(a\\|[|)])|b"))
    '(a)|b'
    """
    i, in_class = start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # []...]: a literal ] first
        else:
            yield i, c
        i += 1


def _group_end(pattern: str, start: int) -> int | None:
    """The index of the parenthesis that closes the group opened at pattern[start] (None if none).

    >>> _group_end("(?<![)])x", 0), _group_end("(a(b)\\\\))c", 0), _group_end("(ab", 0)
    (7, 7, None)
    """
    depth = 0
    for i, c in _structure(pattern, start):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _has_top_level_bar(pattern: str) -> bool:
    """True when `pattern` is an alternation at its top level (a|b, not (?:a|b) or [|])."""
    depth = 0
    for _, c in _structure(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


def _exclusion_patterns(rows: Iterable[dict[str, str]]) -> list[str]:
    """The regex source of exclusions.csv rows: regex rows as written, literal rows escaped.

    >>> _exclusion_patterns([{"type": "literal", "pattern": "3M"}, {"type": "regex", "pattern": "第[一二]"}])
    ['3M', '第[一二]']
    """
    return [r["pattern"] if r["type"] == "regex" else re.escape(r["pattern"]) for r in rows]


def _source_re(funds_heads: list[str]) -> re.Pattern | None:
    """Funds nouns, chained with up to two characters between them: 党费, 党费配套资金.

    One-character heads (费, 款, 金) are left out: alone they are too common to name a source.
    A locative or a conjunction between two funds nouns separates them (党费中配套资金: 配套资金).
    """
    if not funds_heads:
        return None
    h = _alternation(funds_heads)
    return re.compile(rf"(?:{h})(?:(?:(?![中内里和及与的])[\u4e00-\u9fff]){{0,2}}?(?:{h}))*")
