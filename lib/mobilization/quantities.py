"""Stage 5, extract quantities: value, approximation, unit, counted noun, category, offsets.

CONTRACT: `extract(text) -> list[Quantity]` on repaired, SIMPLIFIED text (the pipeline runs
repair → OpenCC t2s → extract); offsets are into that text, `text[q.start:q.end] == q.surface`,
quantities are sorted by start.

How it works: one compiled regular expression finds candidate numerals (Arabic, full-width,
Chinese; with 多/余/万/亿 and ranges); everything else is decided on a short window around
each candidate, with word lists from `data/` (classifiers.csv, nouns.csv, exclusions.csv,
approximations.csv, entity_stops.csv). See docs/quantities.md for the rules.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import read_rows
from .numerals import CN_BIG_UNITS, CN_DIGITS, parse_numeral


@dataclass(frozen=True)
class Quantity:
    """One counted quantity found in a (simplified) text.

    `value` is the stated number (万/亿 applied, money in 元); `approx` one of exact,
    more_than, about, at_least, at_most, range (then `value_high` is the upper end);
    `unit` the classifier, `entity` the counted noun phrase ('' if none), `category` one of
    organization, personnel, funds, coverage, activity, supplies, other.
    `number_start:number_end` is the numeral itself inside the surface.
    """

    start: int
    end: int
    surface: str
    value: float
    approx: str = "exact"
    value_high: float | None = None
    unit: str = ""
    entity: str = ""
    category: str = "other"
    number_start: int = -1
    number_end: int = -1


# --- lexicons (data) -------------------------------------------------------------------

@dataclass(frozen=True)
class Classifier:
    word: str
    kind: str  # count | money | event | measure | time | age | ordinal | ratio
    category: str
    one: str  # count | article
    noun: str  # both | before | none | self


@dataclass(frozen=True)
class Head:
    word: str
    category: str
    role: bool
    bare: bool


NOT_COUNTS = {"time", "age", "ordinal", "ratio"}
_CN_RUN = "零〇○一二两三四五六七八九十百千万亿"


@dataclass(frozen=True)
class Lexicon:
    classifiers: dict[str, Classifier]
    classifier_re: re.Pattern
    heads: dict[str, Head]
    head_max: int
    bare_re: re.Pattern | None
    before: tuple[tuple[str, str], ...]  # (word, approx), longest first
    inner: dict[str, str]
    after: tuple[tuple[str, str], ...]
    stops: tuple[str, ...]
    stop_re: re.Pattern
    infixes: tuple[str, ...]
    exclusion_re: re.Pattern
    products: tuple[str, ...]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of data/, compiled once per process.

    >>> lexicon().classifiers["名"].category
    'personnel'
    """
    cls = {r["classifier"]: Classifier(r["classifier"], r["kind"], r.get("category", ""), r.get("one", ""),
                                       r.get("noun", "") or "both")
           for r in read_rows("classifiers.csv")}
    heads = {r["head"]: Head(r["head"], r["category"], r.get("role") == "yes", r.get("bare") == "yes")
             for r in read_rows("nouns.csv")}
    bare = [h for h, v in heads.items() if v.bare]
    approx = read_rows("approximations.csv")
    by_pos = {p: sorted(((r["word"], r["approx"]) for r in approx if r["position"] == p),
                        key=lambda x: len(x[0]), reverse=True) for p in ("before", "inner", "after")}
    stops_rows = read_rows("entity_stops.csv")
    stops = tuple(sorted({r["word"] for r in stops_rows}, key=len, reverse=True))
    excl = read_rows("exclusions.csv")
    parts = [r["pattern"] if r["type"] == "regex" else re.escape(r["pattern"]) for r in excl]
    return Lexicon(
        classifiers=cls,
        classifier_re=re.compile(_alternation(cls)),
        heads=heads,
        head_max=max(len(h) for h in heads),
        bare_re=re.compile(_alternation(bare)) if bare else None,
        before=tuple(by_pos["before"]),
        inner=dict(by_pos["inner"]),
        after=tuple(by_pos["after"]),
        stops=stops,
        stop_re=re.compile(_alternation(stops)),
        infixes=tuple(sorted((r["word"] for r in stops_rows if r.get("infix") == "yes"), key=len, reverse=True)),
        exclusion_re=re.compile("|".join(f"(?:{p})" for p in parts)),
        products=tuple(r["pattern"] for r in excl if r["kind"] == "product" and r["type"] == "literal"),
    )


# --- the one scan ---------------------------------------------------------------------

_DIGITS = "0-9０-９"
_ARABIC = rf"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*(?:[.．][{_DIGITS}]+)?"
_CHINESE = rf"[数几上](?=[十百千万])[十百千万亿]+|[{_CN_RUN}]+"
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
# number, inner approximation (多/余/几), scale (万/亿), inner approximation again (1万多),
# optionally a range (3至5, 3-5万).
_CANDIDATE = re.compile(
    rf"(?P<num>{_NUMBER})(?P<in1>[多余几])?(?P<scale>[万亿]+)?(?P<in2>[多余])?"
    rf"(?:(?P<sep>至|到|[-~～—－])(?P<num2>{_NUMBER})(?P<scale2>[万亿]+)?)?"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_ASCII_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_CLAUSE_END = "，,。；;！!？?\n：:"
_SENTENCE_END = "。；;！!？?\n"
_NUMBERED_SLOGAN = re.compile(r"[两二三四五六七八九十]个一")
_MAX_ID_DIGITS = 10  # longer digit strings are phone numbers, IDs, footer codes
_WINDOW = 24  # characters looked at after a classifier for the counted noun
_LEFT_WINDOW = 20  # characters looked at before a number for a noun-first phrase
_QUOTED_SLOGAN = 8  # a numeral inside a quotation this short is a slogan (“六个一”, “两新”)


@dataclass(frozen=True)
class _Number:
    start: int
    end: int  # end of numeral + inner approximations + scale
    value: float
    high: float | None
    approx: str
    chinese: bool
    is_one: bool


def _value(num: str, scale: str | None) -> float:
    if num[0].isdigit():
        return parse_numeral(num + (scale or ""))
    v = parse_numeral(num)
    for c in scale or "":
        v *= CN_BIG_UNITS[c]
    return v


def _read_number(m: re.Match, lex: Lexicon) -> _Number | None:
    num = m.group("num")
    chinese = not num[0].isdigit()
    approx = "exact"
    if num[0] in "数几上":
        approx, num = "at_least", num[1:]
    digits_only = num.translate(str.maketrans("", "", ",，.．"))
    if not chinese and len(digits_only) > _MAX_ID_DIGITS:
        return None
    if chinese and not any(c in CN_DIGITS for c in num) and num != "十" and approx == "exact" \
            and not (m.group("in1") or m.group("in2")):
        return None  # a bare 万/千/百 (万家, 千方百计, 百姓) needs 多/余 to be a number (千余名)
    try:
        value = _value(num, m.group("scale"))
        high = _value(m.group("num2"), m.group("scale2") or m.group("scale")) if m.group("num2") else None
    except (ValueError, KeyError):
        return None
    if m.group("num2") and m.group("scale2") and not m.group("scale"):
        value *= _value("1", m.group("scale2"))  # 3-5万: the scale covers both ends
    for g in ("in1", "in2"):
        if m.group(g) and approx == "exact":
            approx = lex.inner.get(m.group(g), "more_than")
    end = m.end()
    if high is not None:
        if high < value or m.group("in1") or m.group("in2"):
            return None  # 2020-02 or 3多-5: not a range
        approx = "range"
    if not math.isfinite(value) or value < 0:
        return None
    return _Number(m.start(), end, value, high, approx, chinese, chinese and num == "一" and value == 1)


def _excluded(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when the numeral text[start:end] is part of a slogan, fixed term, ordinal, date or code."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _ASCII_LETTER.match(before) or _ASCII_LETTER.match(after):
        return True  # 3M, N95, iPhone11
    if before == " " and start >= 2 and _ASCII_LETTER.match(text[start - 2]):
        return True  # iPhone 11
    lo, hi = max(0, start - 12), min(len(text), end + 12)
    for m in lex.exclusion_re.finditer(text, lo, hi):
        if m.start() < end and start < m.end():
            return True
    return _in_short_quote(text, start, end)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """“六个一”, “两新”, “四问一查”: a numeral inside a short quotation is a slogan."""
    left = text.rfind("“", max(0, start - _QUOTED_SLOGAN), start)
    if left < 0 or "”" in text[left:start]:
        return False
    right = text.find("”", end, end + _QUOTED_SLOGAN)
    return right >= 0 and right - left - 1 <= _QUOTED_SLOGAN and "“" not in text[end:right]


# --- counted nouns ----------------------------------------------------------------------

def _head_at_end(s: str, lex: Lexicon) -> Head | None:
    """The longest head noun that `s` ends with, ignoring a short parenthesis (街(镇))."""
    if s.endswith((")", "）")):
        k = max(s.rfind("("), s.rfind("（"))
        if k > 0:
            s = s[:k]
    for n in range(min(lex.head_max, len(s)), 0, -1):
        h = lex.heads.get(s[-n:])
        if h is not None:
            return h
    return None


def _allowed_char(c: str) -> bool:
    return bool(_CJK.match(c)) or c in "、()（）"


def _window_after(text: str, p: int, lex: Lexicon) -> str:
    """text from p up to the first character that cannot be inside a noun phrase.

    Digits end the window, except a product name that starts with digits (84消毒液).
    """
    out = []
    i, limit = p, min(len(text), p + _WINDOW)
    while i < limit:
        c = text[i]
        if c.isdigit():
            prod = next((w for w in lex.products if text.startswith(w, i)), None)
            if prod is None:
                break
            out.append(prod)
            i += len(prod)
            continue
        if not _allowed_char(c):
            break
        out.append(c)
        i += 1
    return "".join(out)


def _starts_with_stop(s: str, lex: Lexicon) -> bool:
    return bool(lex.stop_re.match(s))


def _head_ends(w: str, lex: Lexicon) -> list[tuple[int, Head]]:
    """Positions k where w[:k] ends with a head noun (a short parenthesis after it is absorbed)."""
    ends = []
    depth_open = -1
    for k in range(1, len(w) + 1):
        c = w[k - 1]
        if c in "(（":
            depth_open = k - 1
            continue
        if depth_open >= 0:
            if c in ")）":
                if k - depth_open <= 6 and ends and ends[-1][0] == depth_open:
                    ends[-1] = (k, ends[-1][1])  # 街(镇): the parenthesis belongs to the noun
                depth_open = -1
            continue
        h = _head_at_end(w[:k], lex)
        if h is not None:
            ends.append((k, h))
    return ends


_CONJUNCTIONS = ("以及", "、", "和", "及", "与")


def noun_after(text: str, p: int, person_classifier: bool, lex: Lexicon | None = None) -> tuple[int, Head | None]:
    """Length and head of the counted noun phrase starting at text[p] (0, None if there is none).

    >>> noun_after("名党员干部成立突击队", 1, True)[0]
    4
    >>> noun_after("名党员、公职人员下沉社区", 1, True)[0]
    7
    """
    lex = lex or lexicon()
    if p >= len(text) or text[p] == "的":
        return 0, None
    w = _window_after(text, p, lex)
    if not w or _starts_with_stop(w, lex) or w[0] in "、()（）":
        return 0, None
    ends = _head_ends(w, lex)
    if not ends or ends[0][0] > 8:
        return 0, None
    k, head = ends[0]
    while True:
        conj = next((c for c in _CONJUNCTIONS if w.startswith(c, k)), None)
        start = k + len(conj) if conj else k
        nxt = next(((k2, h2) for k2, h2 in ends if k2 > start), None)
        if nxt is None:
            break
        k2, h2 = nxt
        chunk = w[start:k2]
        if not chunk or len(chunk) > 8 or "、" in chunk or _starts_with_stop(chunk, lex) or chunk[0] in "()（）":
            break
        if not conj and not person_classifier and h2.category == "personnel" and not h2.role \
                and head.category in ("organization", "coverage"):
            break  # 780多个党组织|党员响应号召: members of the organizations start a new phrase
        k, head = k2, h2
    return k, head


def noun_before(text: str, s: int, floor: int, classifier: Classifier | None,
                lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """Noun-first phrasing: (start, end, head) of the noun phrase before the number at text[s].

    `floor` is the end of the previous quantity (the phrase never reaches over it).
    Returns (s, s, None) when there is none.

    >>> t = "悬挂党旗6面"; noun_before(t, 4, 0, lexicon().classifiers["面"])[:2]
    (2, 4)
    """
    lex = lex or lexicon()
    lo = max(floor, s - _LEFT_WINDOW)
    w = text[lo:s]
    cut = max((i for i, c in enumerate(w) if not (_allowed_char(c) or c in "“”")), default=-1)
    w = w[cut + 1:]
    base = s - len(w)
    # strip words that may stand between the noun and the number (共, 价值, 累计 ...)
    changed = True
    while changed and w:
        changed = False
        for inf in lex.infixes:
            if w.endswith(inf):
                w = w[: -len(inf)]
                changed = True
                break
    if w.endswith("”"):
        q = w.rfind("“")
        if q >= 0 and len(w) - q - 2 >= 1:
            inner = w[q + 1:-1]
            return base + q, base + len(w), _head_at_end(inner, lex) or Head(inner, "", False, False)
        return s, s, None
    q = max(w.rfind("”"), w.rfind("“"))
    if q >= 0:
        w, base = w[q + 1:], base + q + 1
    head = _head_at_end(w, lex)
    event = classifier is not None and classifier.kind == "event"
    if head is None and not event:
        return s, s, None
    if head is not None and not _compatible(head, classifier):
        return s, s, None
    hs = len(w) - (len(head.word) if head else 0)
    b = -1
    for st in lex.stops:
        i = w.rfind(st, 0, hs)
        if i >= 0:
            b = max(b, i + len(st))
    if b < 0:
        if head is None:
            return s, s, None
        b = 0 if len(w) <= 8 else hs
    while b < len(w) and w[b] in "、()（）":
        b += 1
    if b >= len(w):
        return s, s, None
    return base + b, base + len(w), head


def _compatible(head: Head, classifier: Classifier | None) -> bool:
    """A noun before a number must fit its classifier (名 wants people, 元 money or goods)."""
    if classifier is None:
        return True
    if classifier.kind == "money":
        return head.category in ("funds", "supplies")
    if classifier.kind == "event" or not classifier.category:
        return True
    return head.category == classifier.category


# --- per-candidate decision ---------------------------------------------------------------

def _approx_before(text: str, s: int, lex: Lexicon) -> tuple[int, str]:
    for word, kind in lex.before:
        if text.startswith(word, s - len(word)) and s >= len(word):
            return s - len(word), kind
    return s, "exact"


def _approx_after(text: str, p: int, lex: Lexicon) -> tuple[int, str]:
    for word, kind in lex.after:
        if text.startswith(word, p):
            return p + len(word), kind
    return p, ""


def _category(classifier: Classifier | None, head: Head | None) -> str:
    if classifier is not None and classifier.kind == "money":
        return "funds"
    if classifier is not None and classifier.kind == "event":
        return "activity"
    if head is not None and head.category:
        return head.category
    if classifier is not None and classifier.category:
        return classifier.category
    return "other"


def _candidate(text: str, m: re.Match, floor: int, lex: Lexicon) -> Quantity | None:
    num = _read_number(m, lex)
    if num is None or _excluded(text, num.start, num.end, lex):
        return None
    p = num.end
    cm = lex.classifier_re.match(text, p)
    classifier = lex.classifiers[cm.group()] if cm else None
    if classifier is not None and classifier.kind in NOT_COUNTS:
        return None
    unit_end = cm.end() if cm else p
    if classifier is None:
        # No classifier: only a noun that may follow a bare numeral (六部门, 1万多党员干部).
        if num.is_one or lex.bare_re is None or not lex.bare_re.match(text, p):
            return None
        if not num.chinese and 1900 <= num.value <= 2100 and not m.group("scale"):
            return None  # a year
    else:
        if num.is_one and classifier.one != "count":
            return None  # 一位, 一批, 一封: the article "a"
        if text.startswith(classifier.word, unit_end):
            return None  # 一个个, 一批批
    approx = num.approx
    start, before_kind = _approx_before(text, num.start, lex)
    if before_kind == "exact":
        start = num.start  # 附近, 最近: not an approximation, not part of the surface
    elif approx == "exact":
        approx = before_kind
    end, after_kind = _approx_after(text, unit_end, lex)
    if after_kind and approx == "exact":
        approx = after_kind
    elif not after_kind:
        end = unit_end
    unit = classifier.word if classifier else ""
    entity, head = "", None
    noun = classifier.noun if classifier else "both"
    if noun == "self":
        entity, head = unit, _head_at_end(unit, lex)
    if noun in ("both",):
        n, head = noun_after(text, end, classifier is not None and classifier.category == "personnel", lex)
        if n:
            entity, end = text[end:end + n], end + n
    if not entity and noun in ("both", "before"):
        b_start, b_end, bhead = noun_before(text, start, floor, classifier, lex)
        if b_end > b_start:
            entity, head = text[b_start:b_end], bhead
            start = b_start
    entity = entity.strip("“”")
    return Quantity(start, end, text[start:end], num.value, approx, num.high, unit, entity,
                    _category(classifier, head), num.start, unit_end)


# --- rules across quantities ----------------------------------------------------------------

def _adjacent(a: Quantity, b: Quantity) -> bool:
    return a.end == b.number_start or a.end == b.start


def _share_nouns(qs: list[Quantity], text: str, lex: Lexicon) -> list[Quantity]:
    """200桶800斤酒精: both 酒精; 住户712户2132人: 2132人 also counts 住户."""
    out = list(qs)
    for i in range(len(out) - 1, -1, -1):  # right to left, so 100桶380升84消毒液 chains
        q = out[i]
        if q.entity or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        cls = lex.classifiers.get(q.unit)
        if _adjacent(q, nxt) and nxt.entity and cls is not None and cls.noun == "both":
            out[i] = replace(q, entity=nxt.entity, category=q.category if cls.kind in ("money", "event")
                             else nxt.category if nxt.category != "other" else q.category)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        cls = lex.classifiers.get(q.unit)
        if q.entity or cls is None or cls.noun != "none" or cls.kind == "event":
            continue
        gap = text[prev.end:q.start]
        if gap == "" and prev.entity:
            out[i] = replace(q, entity=prev.entity, category=prev.category)
        elif gap in ("", ",", "，", "、") and prev.unit == "户" and q.unit == "人":
            out[i] = replace(q, category=prev.category)  # households, then the people in them
    return out


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, i) for c in _SENTENCE_END) + 1
    his = [k for k in (text.find(c, i) for c in _SENTENCE_END) if k >= 0]
    return lo, min(his) if his else len(text)


def _per_unit(q: Quantity, text: str, earlier: list[Quantity]) -> bool:
    """每个小组设立了一个临时党支部, after 8个工作小组: a count per unit of a set counted just before.

    The total is the earlier count times the per-unit figure, so the per-unit figure is not a
    tally. Without an earlier count (每个小区派驻一名网格员) the figure is kept: it states a norm.
    """
    clause_lo = max(text.rfind(c, 0, q.number_start) for c in _CLAUSE_END) + 1
    k = text.rfind("每", clause_lo, q.number_start)
    if k < 0:
        return False
    after = text[k + 1:k + 1 + 6].lstrip("一个")
    key = after[:2]
    lo, _ = _sentence_bounds(text, q.number_start)
    return any(e.end <= k and e.start >= lo and len(key) == 2 and e.entity.endswith(key) for e in earlier)


def _slogan_expansion(q: Quantity, text: str) -> bool:
    """实行“六个一”工作机制,即每个班次由一名市级领导带班…: the 一s spell out a numbered slogan."""
    lo, hi = _sentence_bounds(text, q.number_start)
    return bool(_NUMBERED_SLOGAN.search(text, lo, hi))


def extract(text: str) -> list[Quantity]:
    """Counted quantities in simplified text, sorted by start.

    >>> [(q.value, q.unit, q.entity, q.category) for q in extract("全市建立751个临时党支部")]
    [(751.0, '个', '临时党支部', 'organization')]
    >>> [(q.surface, q.value, q.approx) for q in extract("共计捐款4600余万元,20余名志愿者")]
    [('捐款4600余万元', 46000000.0, 'more_than'), ('20余名志愿者', 20.0, 'more_than')]
    >>> extract("2020年2月1日,开展“六个一”活动,24小时值班")
    []
    """
    lex = lexicon()
    found: list[Quantity] = []
    floor = 0
    for m in _CANDIDATE.finditer(text):
        q = _candidate(text, m, floor, lex)
        if q is None:
            continue
        if found and q.start < found[-1].end:
            continue  # overlaps the previous quantity's noun phrase
        found.append(q)
        floor = q.end
    found = _share_nouns(found, text, lex)
    kept: list[Quantity] = []
    for q in found:
        one = text[q.number_start:q.number_start + 1] == "一" and q.value == 1
        if one and (_slogan_expansion(q, text)):
            continue
        if _per_unit(q, text, kept):
            continue
        kept.append(q)
    return kept
