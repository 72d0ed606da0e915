"""Stage 2, repair: HTML markup, web-converter pinyin residue, GBK byte-shift mojibake, page boilerplate.

CONTRACT (other stages rely on it):
`repair(text) -> Repaired` where
- `Repaired.text` is the repaired full text;
- `Repaired.to_original(i)` maps an index of the repaired text to the index in the
  original text of the character it came from; `original_span(start, end)` maps a
  half-open span, widening the end over pinyin residue deleted right after the last character;
- `Repaired.edits` lists every change (original span, before, after, kind); replaying them
  on the original gives the repaired text (`apply_edits`);
- `Repaired.damaged` lists spans of the ORIGINAL text that could not be repaired;
- `Repaired.body` lists spans of the REPAIRED text that are article body; `boilerplate`
  lists the rest (navigation, datelines, sidebars, captions, footers) with the reason as
  `kind`; `in_body(i)` tests an index, `body_text()` gives the body lines.

The passes run in this order, each on the output of the one before, and their edits are
composed back to original offsets: `strip_html` → `_residue_pieces` → `find_mojibake`
(plus residue freed by it) → `find_body`. The offset map is piecewise (`offsets.OffsetMap`),
so a 50 MB corpus costs a few segments per edit, not an integer per character.
"""
from __future__ import annotations

import heapq
import html
import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

from .lexicon import read_rows
from .offsets import MapBuilder, OffsetMap


class Edit(NamedTuple):
    """One change: original[start:end] (== before) became `after`; `kind` names the repair."""

    start: int
    end: int
    before: str
    after: str
    kind: str


class Span(NamedTuple):
    """A half-open span; `kind` says what it is (damage kind, boilerplate reason)."""

    start: int
    end: int
    kind: str = ""


@dataclass(frozen=True, eq=False)
class Repaired:
    """A repaired text with everything needed to point back into the original."""

    original: str
    text: str
    offsets: "OffsetMap | ChainedMap" = field(repr=False)
    damaged: tuple[Span, ...] = ()
    body: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    # Edits are kept compactly (residue deletions as two offset tuples) and built on demand.
    _deletions: tuple[tuple[int, ...], tuple[int, ...]] = field(default=((), ()), repr=False)
    _other: tuple[Edit, ...] = field(default=(), repr=False)
    _body_starts: tuple[int, ...] = field(default=(), repr=False)

    @cached_property
    def edits(self) -> tuple[Edit, ...]:
        """Every change in original order (residue deletions and all other edits merged)."""
        starts, ends = self._deletions
        residue = [Edit(s, e, self.original[s:e], "", RESIDUE) for s, e in zip(starts, ends)]
        if not self._other:
            return tuple(residue)
        return tuple(sorted(residue + list(self._other), key=lambda e: (e.start, e.end)))

    def to_original(self, i: int) -> int:
        """Index in the original of the character at repaired index `i` (len(text) → len(original))."""
        return self.offsets(i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of text[start:end]; the end also covers residue deleted right after it.

        >>> r = repair("四個社區(qū)和")
        >>> r.original_span(2, 4), r.original[2:8]
        ((2, 8), '社區(qū)')
        """
        o_start, o_end = self.offsets.span(start, end)
        starts, ends = self._deletions
        k = bisect_left(starts, o_end)
        while k < len(starts) and starts[k] == o_end:
            o_end = ends[k]
            k += 1
        return o_start, o_end

    def in_body(self, i: int) -> bool:
        """Whether repaired index `i` lies in the article body."""
        k = bisect_right(self._body_starts, i) - 1
        return k >= 0 and self.body[k].start <= i < self.body[k].end

    def body_text(self) -> str:
        """The body as lines: each body line stripped of blanks, empty lines dropped."""
        lines = (ln.strip() for s in self.body for ln in self.text[s.start:s.end].split("\n"))
        return "\n".join(ln for ln in lines if ln)

    def count(self, kind: str) -> int:
        """Number of edits of one kind (e.g. `pinyin_residue`, `mojibake`, `html`).

        >>> repair("區(qū)委(wěi)").count(RESIDUE)
        2
        """
        if kind == RESIDUE:
            return len(self._deletions[0])  # residue deletions are never among the other edits
        return sum(e.kind == kind for e in self._other)


RESIDUE = "pinyin_residue"
MOJIBAKE = "mojibake"
LOST = "lost_char_residue"
HTML = "html"


# --------------------------------------------------------------------------------------------
# Edit lists: replay and composition
# --------------------------------------------------------------------------------------------

def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Replay sorted, non-overlapping edits on `text` (the plan that `repair` recorded).

    >>> apply_edits("區(qū)委", [Edit(1, 5, "(qū)", "", RESIDUE)])
    '區委'
    """
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.after)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def _offset_map(edits: list[Edit], source_length: int) -> OffsetMap:
    b = MapBuilder()
    pos = 0
    for e in edits:
        b.copy(pos, e.start - pos)
        b.replace(e.start, e.end, len(e.after))
        pos = e.end
    b.copy(pos, source_length - pos)
    return b.build(source_length)


def compose(first: list[Edit], second: list[Edit], original: str) -> list[Edit]:
    """Edits of original → final, given `first` (original → mid) and `second` (mid → final).

    An edit of `second` that touches text written by an edit of `first` is merged with it,
    so the result stays non-overlapping and replayable on the original.

    >>> a = [Edit(0, 5, "&amp;", "&", HTML)]
    >>> b = [Edit(2, 6, "(qū)", "", RESIDUE)]
    >>> compose(a, b, "&amp;區(qū)")
    [Edit(start=0, end=5, before='&amp;', after='&', kind='html'), Edit(start=6, end=10, before='(qū)', after='', kind='pinyin_residue')]
    """
    if not second:
        return list(first)
    if not first:
        return list(second)
    mid_starts: list[int] = []
    delta = 0
    for e in first:
        mid_starts.append(e.start + delta)
        delta += len(e.after) - (e.end - e.start)

    def start_to_orig(p: int) -> int:
        k = bisect_right(mid_starts, p) - 1
        if k < 0:
            return p
        e, ms = first[k], mid_starts[k]
        if p == ms:
            return e.start if e.after else e.end
        if p < ms + len(e.after):
            return e.start
        return e.end + (p - ms - len(e.after))

    def end_to_orig(p: int) -> int:
        k = bisect_left(mid_starts, p)
        if k < len(first) and mid_starts[k] == p:
            return first[k].start
        k -= 1
        if k < 0:
            return p
        e, ms = first[k], mid_starts[k]
        if p < ms + len(e.after):
            return e.end
        return e.end + (p - ms - len(e.after))

    # (orig_start, orig_end, source, edit): source 0 = first, 1 = second
    items = [(e.start, e.end, 0, e) for e in first]
    items += [(start_to_orig(e.start), max(start_to_orig(e.start), end_to_orig(e.end)), 1, e) for e in second]
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    groups: list[list[tuple]] = []
    g_end = -1
    for it in items:
        if groups and it[0] < g_end:  # overlaps the group (touching is not overlapping)
            groups[-1].append(it)
            g_end = max(g_end, it[1])
        else:
            groups.append([it])
            g_end = it[1]
    out: list[Edit] = []
    for g in groups:
        if len(g) == 1:
            s, e, src, ed = g[0]
            out.append(ed if src == 0 else Edit(s, e, original[s:e], ed.after, ed.kind))
            continue
        gs, ge = min(x[0] for x in g), max(x[1] for x in g)
        firsts = [x[3] for x in g if x[2] == 0]
        seconds = sorted((x[3] for x in g if x[2] == 1), key=lambda e: (e.start, e.end))
        mid_piece = apply_edits(original[gs:ge], [Edit(e.start - gs, e.end - gs, e.before, e.after, e.kind) for e in firsts])
        m0 = _forward(first, mid_starts, gs)
        after = apply_edits(mid_piece, [Edit(e.start - m0, e.end - m0, e.before, e.after, e.kind) for e in seconds])
        kinds = list(dict.fromkeys([x[3].kind for x in g]))
        out.append(Edit(gs, ge, original[gs:ge], after, "+".join(kinds)))
    return out


def _forward(first: list[Edit], mid_starts: list[int], x: int) -> int:
    """Mid index of original boundary `x` (x is outside every edit of `first` or at its start)."""
    k = bisect_right([e.end for e in first], x) - 1  # last edit ending at or before x
    if k < 0:
        return x
    return mid_starts[k] + len(first[k].after) + (x - first[k].end)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_BLOCK_TAGS = ("p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|header|footer|nav|aside|"
               "blockquote|pre|hr|title|dd|dt|dl|form|td|th|figure|figcaption|main|body|html|head")
_HTML_SIGNAL = re.compile(r"<(?:/?(?:" + _BLOCK_TAGS + r"|span|a|img|meta|script|style|b|strong|em|i|font)\b[^<>]*|!--|!DOCTYPE)>?",
                          re.I)
# Tokens of a page, tried in this order at each position: a script, style or comment opener (the
# token is dropped whole, up to its closer), a DOCTYPE, a block tag (a line break), another tag,
# an entity. `[^<>]` (not `[^>]`): a scan inside a tag stops at the next `<`.
_OPENERS = {"script": r"<script\b[^<>]*>", "style": r"<style\b[^<>]*>", "comment": r"<!--"}
_CLOSERS = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I),
            "comment": re.compile(r"-->")}
_OTHER_TOKENS = (r"(?P<drop><!DOCTYPE[^<>]*>)"
                 r"|(?P<block></?(?:" + _BLOCK_TAGS + r")\b(?:\s[^<>]*)?/?>)"
                 r"|(?P<tag></?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>)"
                 r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)")


@lru_cache(maxsize=None)
def _html_tokens(kinds: frozenset[str]) -> re.Pattern:
    """The token pattern, with openers of `kinds` only (the other kinds have no closer left)."""
    openers = "|".join(_OPENERS[k] for k in _OPENERS if k in kinds)
    return re.compile((f"(?P<open>{openers})|" if openers else "") + _OTHER_TOKENS, re.I | re.S)


def _html_matches(text: str) -> Iterator[tuple[int, int, str]]:
    """The HTML tokens of a page as (start, end, kind), in time linear in the page.

    A script, style or comment runs from its opener to the first closer after it (the token
    kind is `drop`). An opener with no closer after it is read as the other alternatives read
    it (`<script>` as a tag, `<!--` as nothing); since no later opener of that kind can be
    closed either, the kind is then left out of the pattern: `<!--` repeated 100,000 times costs
    one scan of the page, not one per opener.

    >>> t = "<!--a<p>-->b<script>x</SCRIPT ><!--c<script>d"
    >>> [(t[s:e], kind) for s, e, kind in _html_matches(t)]
    [('<!--a<p>-->', 'drop'), ('<script>x</SCRIPT >', 'drop'), ('<script>', 'tag')]
    """
    kinds = set(_OPENERS)
    pattern = _html_tokens(frozenset(kinds))
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.lastgroup == "open":
            opener = m.group().lower()
            kind = "comment" if opener.startswith("<!--") else "script" if opener.startswith("<script") else "style"
            closer = _CLOSERS[kind].search(text, m.end())
            if closer is not None:
                yield m.start(), closer.end(), "drop"
                pos = closer.end()
                continue
            kinds.discard(kind)
            pattern = _html_tokens(frozenset(kinds))
            start = m.start()
            m = pattern.match(text, start)  # what the rest of the alternatives make of it
            if m is None:
                pos = start + 1
                continue
        yield m.start(), m.end(), m.lastgroup or ""
        pos = m.end()


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def strip_html(text: str) -> list[Edit]:
    """Edits that turn an HTML page into text: tags, scripts and styles go, entities are decoded.

    Pages saved from a browser arrive as markup; block tags become line breaks so that the
    paragraph structure the boilerplate rules read is kept. Text without a known HTML tag is
    plain text: a stray `<` (as in `印發<關于…>的通知`) is left alone, only entities are decoded.

    >>> apply_edits(t := "<p>黨&#20826;&amp;</p><script>x()</script>", strip_html(t))
    '\\n黨党&\\n'
    >>> strip_html("印發<關于組織動員>的通知")
    []
    """
    if "<" in text and _HTML_SIGNAL.search(text):
        tokens = None  # every kind of token (`_html_matches`)
    elif "&" in text:
        tokens = _ENTITY
    else:
        return []
    edits: list[Edit] = []
    found = _html_matches(text) if tokens is None else ((m.start(), m.end(), "entity") for m in tokens.finditer(text))
    for start, end, kind in found:
        raw = text[start:end]
        if raw[0] == "&":
            after = html.unescape(raw)
            if after == raw:
                continue
        elif kind == "block":
            after = "\n"
        else:
            after = ""
        edits.append(Edit(start, end, raw, after, HTML))
    return edits


# --------------------------------------------------------------------------------------------
# Pinyin residue
# --------------------------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One syllable: up to two initial consonants (zh, ch, sh), vowels with exactly one tone mark, optional
# n/ng/r ending. (Initials as a class, not an alternation: a third faster on pages full of residue.)
# The tone mark is what tells a converter's reading from an English word in parentheses.
# Possessive (`{0,2}+`): the classes are disjoint, so giving a character back can never help a match;
# not trying it saves ~15% on pages full of residue.
_SYLLABLE = rf"[bpmfdtnlgkhjqxrzcsyw]{{0,2}}+[aeiouü]{{0,2}}+[{_TONED}][aeiouü]{{0,2}}+(?:ng?|r)?+"
_RESIDUE_GROUP = rf"(?:\({_SYLLABLE}\))+"
# Literal `(` first and the look-behind after it, so that the engine can skip to each `(`.
_RESIDUE = re.compile(rf"(\((?<=[{_CJK}]\(){_SYLLABLE}\)(?:\({_SYLLABLE}\))*+)")
_RESIDUE_AT = re.compile(_RESIDUE_GROUP)
_CJK_CHAR = re.compile(f"[{_CJK}]")


def remove_residue(text: str) -> str:
    """Remove the pinyin readings a web converter wrote after characters (text only, no offsets).

    Some traditional-script mirrors run pages through a converter that appends a reading in
    ASCII parentheses to characters it considers hard: `區(qū)`. Only a parenthesised,
    tone-marked pinyin syllable directly after a Chinese character is residue; real
    parentheses stay.

    >>> remove_residue("四個社區(qū)和6個街(鎮(zhèn))")
    '四個社區和6個街(鎮)'
    >>> remove_residue("(本报记者 白雪)、街(镇)、下载应用(app)、(甘肃省陇南市)")
    '(本报记者 白雪)、街(镇)、下载应用(app)、(甘肃省陇南市)'
    """
    return _RESIDUE.sub("", text)


def _residue_pieces(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...], OffsetMap]:
    """Residue-free text, deleted spans (starts, ends) and the offset map, without a Python loop per match."""
    pieces = _RESIDUE.split(text)
    if len(pieces) == 1:
        return text, (), (), OffsetMap.identity(len(text))
    # pieces alternate kept, deleted, kept, …: their boundaries give every offset by slicing.
    bounds = list(accumulate(map(len, pieces), initial=0))
    kept = pieces[0::2]
    starts = tuple(bounds[1:-1:2])
    ends = tuple(bounds[2::2])
    s_starts = bounds[0::2]   # where each kept piece starts in the text
    s_limits = bounds[1::2]   # and ends
    d_starts = list(accumulate(map(len, kept), initial=0))[:-1]
    if not kept[-1]:  # residue at the very end: no empty copy segment
        del s_starts[-1], s_limits[-1], d_starts[-1]
    new_text = "".join(kept)
    omap = OffsetMap(tuple(d_starts), tuple(s_starts), tuple(s_limits), len(new_text), len(text))
    return new_text, starts, ends, omap


# --------------------------------------------------------------------------------------------
# GBK byte-shift mojibake
# --------------------------------------------------------------------------------------------

# Ranks below this count as ordinary characters in repaired text; ranks from here up to the end
# of data/repair_common_chars.csv are weak signs of mojibake; characters not listed are strong ones.
_ORDINARY_RANK = 5000
# Lead bytes whose loss the repair may undo: GBK rows of CJK punctuation (A1) and full-width
# forms (A3). Losing such a byte at the start of a quotation is what shifts a passage; the
# first repaired character must then be one of these marks.
_LOST_LEADS = {0xA1: "“”‘’「」『』《》〈〉【】〔〕", 0xA3: "（）"}
# Second GBK bytes of those marks: the first byte of a shifted run must be one of them.
_QUOTE_SECOND_BYTES = frozenset(c.encode("gbk")[1] for marks in _LOST_LEADS.values() for c in marks)
_FULLWIDTH = str.maketrans({"!": "！", "?": "？", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_HALFWIDTH = re.compile(r"[!?,:;()]")  # the keys of _FULLWIDTH
# Other scripts that GBK mojibake throws up amid Chinese: kana, bopomofo, math symbols, private use and
# U+FFFD are strong signs; Greek and Cyrillic are weak ones (α粒子, β射线 are ordinary Chinese).
_OTHER_SCRIPT = "\u3040-\u30ff\u3100-\u312f\u2200-\u22ff\ue000-\uf8ff\ufffd"
_OTHER_SCRIPT_WEAK = "\u0370-\u03ff\u0400-\u04ff"


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    """Character → frequency rank from data/repair_common_chars.csv (file order)."""
    chars = "".join(r["chars"] for r in read_rows("repair_common_chars.csv"))
    return {c: i for i, c in enumerate(dict.fromkeys(chars))}


@lru_cache(maxsize=1)
def _signal_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(strong, weak) character classes as regexes. Built once: GBK's Han characters split by how common they are.

    Mojibake of GBK bytes can only produce characters GBK has, so the classes list GBK's Han
    characters whose simplified form is rare (weak sign) or not in the frequency list (strong).
    """
    from .script import convert

    hanzi = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if "\u3400" <= ch <= "\u9fff":
                hanzi.append(ch)
    simplified = convert("\n".join(hanzi), "t2s").split("\n")
    ranks = _ranks()
    unlisted = len(ranks) + 1
    strong, weak = [], []
    for ch, s in zip(hanzi, simplified):
        r = max((ranks.get(c, unlisted) for c in s), default=unlisted) if len(s) == 1 else ranks.get(ch, unlisted)
        if r >= unlisted:
            strong.append(ch)
        elif r >= _ORDINARY_RANK:
            weak.append(ch)
    return re.compile(f"[{''.join(strong)}{_OTHER_SCRIPT}]"), re.compile(f"[{''.join(weak)}{_OTHER_SCRIPT_WEAK}?]")


@lru_cache(maxsize=1)
def _any_anchor() -> re.Pattern:
    """A strong sign, a lost character's reading or a wedge, in one regex (one scan instead of three).

    One character class of every possible first character, so that the engine skips ahead by it;
    a look-behind then tells which sign the character is. A match anywhere means the same as a
    match of `strong`, `_LOST_READING` or `_WEDGE_RE`.

    >>> [m.group() for m in _any_anchor().finditer("下?lián)撥9萬元,樓長L,〆")]
    ['?lián)', 'L']
    """
    strong = _signal_patterns()[0].pattern[1:-1]  # the class without its brackets
    return re.compile(rf"[{strong}?{_ASCII_TRAIL[1:-1]}]"
                      rf"(?:(?<=[{strong}])"                                  # a strong sign
                      rf"|(?<=\?){_LOST_TAIL}"                                 # `?reading)`
                      rf"|{_WEDGE_AFTER})")                                  # a wedge (see _WEDGE)


# A lone ASCII byte 0x40-0x7E right after a Chinese character: the trail byte that ends a shifted run.
# (Class first, look-behind second: the regex engine can then skip ahead by the class.)
_ASCII_TRAIL = r"[@-Z\[\\\]^_`a-z{|}~]"
# The look-behind part of a wedge, and the reading of a lost character after its `?`: shared by
# _WEDGE_RE / _LOST_READING and the one-pass scans of _any_anchor and _any_sign, which must agree.
_WEDGE_AFTER = rf"(?<=[{_CJK}]{_ASCII_TRAIL})(?![A-Za-z0-9\s])"  # `新宾| 洮南` is a list
_LOST_TAIL = rf"(?:[a-zü{_TONED}]{{1,6}}\))+"  # `?lián)`; a repeat is eaten too, so a second repair finds none
_WEDGE = rf"{_ASCII_TRAIL}{_WEDGE_AFTER}"
_WEDGE_RE = re.compile(_WEDGE)
_LOST_READING = re.compile(rf"\?{_LOST_TAIL}")
# ASCII that cannot stand inside a shifted run (only `?` and punctuation normalised from full width can).
_NOT_IN_RUN = re.compile(r"[\x00-\x20\x22-\x2b\x2d-\x39\x3c-\x3e\x40-\x7f]")
# The last such character before a position: `.*` runs to the end, then backs off in C.
_LAST_NOT_IN_RUN = re.compile(r"(?s:.*)" + _NOT_IN_RUN.pattern)
_RUN_START = re.compile("[" + re.escape("!?,.:;)]}\"'。，、；：！？”’」』》〉）】") + "]")


_ORDINARY_PUNCTUATION = "“”‘’「」『』《》〈〉【】〔〕（），。、；：！？…—·"


@lru_cache(maxsize=1)
def _ordinary_run() -> re.Pattern:
    """A run of ordinary characters (see `_ordinary`) as one character class: a C scan, not a Python loop."""
    chars = {c for c, rank in _ranks().items() if rank < _ORDINARY_RANK} | set(_ORDINARY_PUNCTUATION)
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]*")


def _ordinary(text: str) -> bool:
    """Ordinary Chinese: Han characters of rank < _ORDINARY_RANK (after t2s) and CJK punctuation only.

    >>> _ordinary("我是樓長，"), _ordinary("拔沂菢")
    (True, False)
    """
    return _ordinary_run().fullmatch(_t2s()(text)) is not None


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC t2s as a plain function: called per candidate run, so no import statement per call."""
    from .script import converter

    return converter("t2s").convert


def _shift_back(run: str) -> str | None:
    """Decode `run` one byte back (a lost punctuation lead byte put in front), or None.

    Evidence required (all of it): the run re-encodes as GBK (ASCII punctuation inside it read
    as the full-width form the page normalised away); the lead byte plus those bytes decode
    strictly; the first character is a quotation mark or bracket of the lead byte's row; every
    other character is ordinary Chinese (rank < _ORDINARY_RANK in the frequency list).
    """
    body, last = run[:-1], run[-1]
    if _HALFWIDTH.search(body):  # (translate looks up every character: only when there is one to change)
        body = body.translate(_FULLWIDTH)
    try:
        data = body.encode("gbk") + last.encode("ascii")
    except UnicodeEncodeError:
        return None
    for lead, firsts in _LOST_LEADS.items():
        try:
            fixed = (bytes((lead,)) + data).decode("gbk")
        except UnicodeDecodeError:
            continue
        if fixed[0] in firsts and len(fixed) > 1 and _ordinary(fixed[1:]):
            return fixed
    return None


def find_mojibake(text: str) -> tuple[list[Edit], list[Span]]:
    """Repair GBK byte-shift mojibake where provable; return (edits, damaged spans).

    When one byte of a GBK page is lost, every following pair of bytes is read one byte off
    until a byte below 0x80 re-synchronises the decoder: `“我是樓長` becomes `!拔沂菢情L`
    (its final `L` is the trail byte of 長). Candidates are found by general signs: rare or
    unknown characters, other scripts (kana, Greek…) amid Chinese, a lone ASCII letter wedged
    after a Chinese character, `?` for lost bytes. A run is repaired only with the evidence
    `_shift_back` lists; signs that stay unexplained are reported as damaged.

    >>> edits, damaged = find_mojibake("讓人無比感動!拔沂菢情L,也是黨員")
    >>> [(e.before, e.after) for e in edits], damaged
    ([('拔沂菢情L', '“我是樓長')], [])
    >>> find_mojibake("下?lián)?9萬元")
    ([Edit(start=1, end=7, before='?lián)', after='?', kind='lost_char_residue')], [Span(start=1, end=8, kind='mojibake')])
    >>> find_mojibake("投资A股,昆明(Kunming)的3M口罩?好!")
    ([], [])
    """
    if not text:
        return [], []
    first = _any_anchor().search(text)
    if first is None:  # no strong sign, lost reading or wedge: nothing to do
        return [], []
    # Repairs keep the length of a run, so offsets stay put while we repair until nothing changes
    # (a repaired character can turn its neighbour into a new re-synchronising byte).
    current, fixes = text, []
    found = _signals_near(current, first.start())  # (the text before the first sign is not scanned again)
    new = _shift_fixes(current, found)
    for _ in range(3):
        if not new:
            break
        fixes.extend(new)
        current = apply_edits(current, new)
        # Only the byte right after a repaired run can have become a new re-synchronising byte.
        again = [_shift_run_ending_at(current, e.end + 1, e.start) for e in new if _WEDGE_RE.match(current, e.end)]
        new = [e for e in again if e is not None]
    edits = _merge_fixes(text, current, fixes)
    if edits:
        # Repaired runs hold ordinary characters only, so their signals are gone; the one character
        # after a run may have become a wedge. (Runs keep their length: offsets are unchanged.)
        covered = set(chain.from_iterable(map(range, map(itemgetter(0), edits), map(itemgetter(1), edits))))
        found = [sig for sig in found if sig[0] not in covered]
        found += [(e.end, e.end + 1, "wedge") for e in edits if _WEDGE_RE.match(current, e.end)]
        found = sorted(set(found))
    # What no repair explains: clusters of signs in the repaired text, reported as damage.
    damaged: list[Span] = []
    for cluster in _clusters(found):
        strong = list(map(itemgetter(2), cluster)).count("strong")
        if strong and len(cluster) + strong >= 3:  # weight: 2 per strong sign, 1 per other
            start, end = cluster[0][0], cluster[-1][1]
            damaged.append(Span(start, end, MOJIBAKE))
            if "?" not in current[start:end]:
                continue  # (no lost character's reading to replace: most clusters)
            for s, e, k in cluster:
                if k == "strong" and current[s] == "?" and e - s > 2:
                    edits.append(Edit(s, e, text[s:e], "?", LOST))  # `?lián)`: a lost character's reading
    edits.sort(key=lambda e: e.start)
    return edits, damaged


def _shift_fixes(text: str, found: list[tuple[int, int, str]]) -> list[Edit]:
    """Shift repairs for every wedged ASCII byte that ends a provably shifted run."""
    fixes: list[Edit] = []
    repaired_until = 0
    for _, end, kind in found:
        if kind == "wedge" and end > repaired_until + 1:
            fix = _shift_run_ending_at(text, end, repaired_until)
            if fix is not None:
                fixes.append(fix)
                repaired_until = fix.end
    return fixes


def _merge_fixes(original: str, repaired: str, fixes: list[Edit]) -> list[Edit]:
    """Length-keeping fixes from several rounds as non-overlapping edits of the original."""
    spans: list[list[int]] = []
    for e in sorted(fixes, key=itemgetter(0)):
        if spans and e.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e.end)
        else:
            spans.append([e.start, e.end])
    return [Edit(a, b, original[a:b], repaired[a:b], MOJIBAKE) for a, b in spans]


def _signals_near(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """All signals (start, end, kind), looked for only in lines with a strong sign or a wedged ASCII byte.

    Kinds: `strong` (unlisted or other-script character, `?reading)` of a lost character),
    `wedge` (lone ASCII byte after a Chinese character), `weak` (rare character, `?`).
    `start` is where to begin looking for such lines: a position at or before the first one.

    >>> _signals_near("甲乙\\n下?lián)撥9萬元,樓長L")
    [(4, 10, 'strong'), (17, 18, 'wedge')]
    """
    found: list[tuple[int, int, str]] = []
    anchor, signs = _any_anchor(), _any_sign()
    done = start
    while (hit := anchor.search(text, done)) is not None:  # the next line with a strong sign or a wedge
        a = hit.start()
        lo = text.rfind("\n", 0, a) + 1
        hi = text.find("\n", a)
        hi = len(text) if hi < 0 else hi
        found += [(m.start(), m.end(), _SIGN_KIND[m.lastgroup]) for m in signs.finditer(text, lo, hi)]
        done = hi
    found.sort()
    return found


@lru_cache(maxsize=1)
def _any_sign() -> re.Pattern:
    """Every kind of sign in one regex, the kind in the name of the group that matched (see `_SIGN_KIND`).

    The kinds never overlap (a lost reading holds only ASCII letters that follow `?`, not a Chinese
    character), so one scan finds what a scan per kind would; a `?` that opens a lost reading is
    that reading, not a weak `?`. The first character class lets the engine skip ahead.

    >>> [(m.group(), m.lastgroup) for m in _any_sign().finditer("下?lián)撥,樓長L,甲?乙")]
    [('?lián)', 'lost'), ('L', 'wedge'), ('?', 'weak')]

    (No arguments: a cache keyed on the two patterns would hash their compiled code, thousands of
    characters of class, on every call.)
    """
    strong, weak = _signal_patterns()
    s, w = strong.pattern[1:-1], weak.pattern[1:-1]  # the classes without their brackets
    return re.compile(rf"[{s}{w}{_ASCII_TRAIL[1:-1]}]"
                      rf"(?:(?<=\?)(?P<lost>{_LOST_TAIL})"
                      rf"|(?P<strong>(?<=[{s}]))"
                      rf"|(?P<wedge>{_WEDGE_AFTER})"
                      rf"|(?P<weak>(?<=[{w}])))")


_SIGN_KIND = {"lost": "strong", "strong": "strong", "wedge": "wedge", "weak": "weak"}


def _clusters(found: list[tuple[int, int, str]], gap: int = 3) -> list[list[tuple[int, int, str]]]:
    """Signals no more than `gap` characters apart form one cluster; only clusters with a
    strong signal or a wedged ASCII byte (a possible end of a shifted run) are kept."""
    out: list[list[tuple[int, int, str]]] = []
    keep: list[bool] = []  # whether the cluster has a sign that is not weak
    last_end = None
    for sig in found:
        if last_end is not None and sig[0] - last_end <= gap:
            out[-1].append(sig)
            keep[-1] = keep[-1] or sig[2] != "weak"
        else:
            out.append([sig])
            keep.append(sig[2] != "weak")
        last_end = sig[1]
    return list(compress(out, keep))


@lru_cache(maxsize=8192)  # the characters that open candidate runs: a few thousand at most
def _first_gbk_byte(ch: str) -> int:
    """First GBK byte of a character (ASCII punctuation read as its full-width form), or -1."""
    try:
        return ch.translate(_FULLWIDTH).encode("gbk")[0]
    except UnicodeEncodeError:
        return -1


def _shift_run_ending_at(text: str, end: int, floor: int = 0) -> Edit | None:
    """Repair the shifted run that ends with the re-synchronising ASCII byte text[end - 1], if provable."""
    # Look for the line start only within the run's reach: on a 50 MB line an unbounded
    # rfind per wedge makes repair quadratic. -1 stands for "the line starts further back".
    window = max(0, end - 81)
    nl = text.rfind("\n", window, end - 1)
    line_start = nl + 1 if nl >= 0 else (0 if window == 0 else -1)
    lo = max(line_start, end - 80, floor)
    blocked = _LAST_NOT_IN_RUN.match(text, lo, end - 1)
    if blocked:
        lo = blocked.end()  # a run cannot reach back over plain ASCII
    # A start follows punctuation (where the lost quotation mark stood) or opens the line.
    # Nearest start first: a run reaching back over ordinary text could only repair by chance.
    # Only a character whose first GBK byte can be a mark's second byte can open a run (one C scan).
    starts = [m.start() for m in _run_opening().finditer(text, lo, end - 1)]
    if lo == line_start and lo < end - 1 and _first_gbk_byte(text[lo]) in _QUOTE_SECOND_BYTES:
        starts.insert(0, lo)
    for s in reversed(starts):
        fixed = _shift_back(text[s:end])
        if fixed is not None:
            return Edit(s, end, text[s:end], fixed, MOJIBAKE)
    return None


@lru_cache(maxsize=1)
def _run_opening() -> re.Pattern:
    """A possible first character of a shifted run, right after punctuation (`_RUN_START`).

    The characters are those whose first GBK byte is the second byte of a quotation mark or bracket
    (`_QUOTE_SECOND_BYTES`): each is the decoding of a GBK pair with such a lead byte, so trying all
    those pairs and keeping what `_first_gbk_byte` accepts lists them exactly.

    >>> [m.group() for m in _run_opening().finditer("!拔沂,我!1")]
    ['拔']
    """
    chars = set()
    for lead in _QUOTE_SECOND_BYTES:
        for trail in range(0x40, 0xFF):
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if _first_gbk_byte(ch) in _QUOTE_SECOND_BYTES:
                chars.add(ch)
    opening = "".join(map(re.escape, sorted(chars)))
    return re.compile(f"(?<={_RUN_START.pattern})[{opening}]")


# --------------------------------------------------------------------------------------------
# Article body vs page furniture
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Markers:
    """data/boilerplate.csv compiled: every form of every marker → its max_len, and its listed form."""

    line_max: dict[str, int]
    end_max: dict[str, int]
    canon: dict[str, str]
    longest: int      # the longest line any marker applies to
    any: re.Pattern   # any marker, line or end: one search over all short lines


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    """Compile data/boilerplate.csv; each marker also in its traditional forms (OpenCC)."""
    from .script import convert

    line_max: dict[str, int] = {}
    end_max: dict[str, int] = {}
    canon: dict[str, str] = {}
    for row in read_rows("boilerplate.csv"):
        marker = row["marker"]
        limit = int(row["max_len"]) if row.get("max_len") else 10**9
        target = end_max if row["action"] == "end" else line_max
        for form in {marker, convert(marker, "s2t"), convert(marker, "s2tw"), convert(marker, "s2hk"),
                     convert(marker, "s2t").replace("籤", "簽")}:
            target[form] = max(target.get(form, 0), limit)
            canon[form] = marker

    # Case variants listed instead of re.I: the engine is ten times faster on plain alternatives.
    for table in (line_max, end_max):
        for form in list(table):
            for variant in (form.lower(), form.upper(), form.title()):
                if variant not in table:
                    table[variant], canon[variant] = table[form], canon[form]

    # Lines are searched joined by line breaks: a form with one could never match a line anyway.
    forms = {f for f in set(line_max) | set(end_max) if "\n" not in f}
    anything = re.compile(_trie_pattern(forms))  # (a date branch here would slow it down 4x)
    return _Markers(line_max, end_max, canon, max(list(line_max.values()) + list(end_max.values())), anything)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` that starts at a position: their letter tree, so the
    engine follows one branch per character instead of trying every word in turn.

    It finds what the plain alternation of the words, longest first, finds (two different words of one
    length cannot both match at one position, and the tree tries longer continuations first).

    >>> _trie_pattern(["来源", "来源:", "首页"])
    '(?:来源(?::)?|首页)'
    >>> bool(re.fullmatch(_trie_pattern(["x.y"]), "x.y")), bool(re.fullmatch(_trie_pattern(["x.y"]), "xay"))
    (True, False)
    >>> [m.group() for m in re.finditer(_trie_pattern(["来源", "来源:", "首页"]), "来源:某 首页 来源")]
    ['来源:', '首页', '来源']
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
        return group + "?" if "" in node else group

    return pattern(tree) or "(?:)"


_DATELINE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
# The same inside one line: it is searched over short lines joined by "\n", so it must not cross one.
_DATELINE_IN_LINE = re.compile(_DATELINE.pattern.replace(r"\s", r"[^\S\n]"))
_DIGITS_ONLY = re.compile(r"[\d\s+\-.,:%]*[\d+][\d\s+\-.,:%]*")
# The same for a line that starts with an ASCII digit or `+` (which then is the required one): possessive,
# so a paragraph that merely opens with a figure fails at its first other character, without backtracking.
_DIGITS_ONLY_AFTER_FIRST = re.compile(r"[\d\s+\-.,:%]*+")
_BULLET = re.compile(r"[-·•>»*]\s")
_TEASER = re.compile(r"^\s*(?:简介|簡介|摘要|导读|導讀|内容提要|內容提要)\s*[:：\"“”]?\s*")
_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+)\s*$")
_SENTENCE_MARK = re.compile("[。,，!！?？;；]")
_SHAPE_START = re.compile("[0-9+]")  # the first character of a digit line (`1`, `+1`)
_TEASER_FIRSTS = "简簡摘导導内內"  # first characters of the teaser prefixes of _TEASER
_BULLET_MAX = 40   # bullet-list items and captions are at most this long
_LONG = 40          # a paragraph: at least this many characters and a sentence mark
_TITLE_MIN_HAN = 8  # a headline or subhead has at least this many Han characters
_TITLE_MAX = 60
# At least _TITLE_MIN_HAN Han characters (a match, not a list of them all).
_ENOUGH_HAN = re.compile(rf"(?:[^{_CJK}]*[{_CJK}]){{{_TITLE_MIN_HAN}}}")

# Line shapes found in one scan over the short lines joined by "\n" (with a "\n" before the first, so
# that every line starts after a literal "\n" the engine can skip to); each branch spans one whole line.
# - menu: three or more space-separated items of at most 6 characters, none with a digit or a sentence,
#   list or colon mark (a navigation bar: `网站首页 新闻 图片`); digits are excluded so that no figure is lost;
# - credit: `role:name name…` (出品人:某某 某某), names of 2–4 Han characters, each maybe with a short note
#   in parentheses; only a block with two or more of them is furniture (see _credit_blocks);
# - nohan: no Han character at all (template residue `{$}`, anti-copy junk, `|`, a data URI); decided
#   in `_no_han` (an English sentence stays).
_ITEM = r"[^ \n\u30000-9。.,，!！?？;；:：、()（）|]{1,6}+"
_NAME = rf"[{_CJK}·]{{2,4}}+(?:[(（][^)）\n]{{1,6}}+[)）])?+"
# (Possessive quantifiers: what follows a repeated class never overlaps it, so giving back a character
# can never help, and each line is rejected after a few steps; the menu's first two items are spelt
# out, which the engine runs faster than a counted repeat of a group.)
_NOHAN = rf"(?P<nohan>[^{_CJK}\n]++)"
_CREDIT = rf"(?P<credit>[{_CJK}]{{1,6}}+[:：][ \u3000]*+{_NAME}(?:[ \u3000、,，]++{_NAME})*+)"
_MENU = rf"(?P<menu>{_ITEM}[ \u3000]++{_ITEM}[ \u3000]++(?:{_ITEM}[ \u3000]++)*+{_ITEM})"
_LINE_SHAPE_BRANCHES = f"{_NOHAN}|{_CREDIT}|{_MENU}"  # (the rule for one line, for tests)
# Credit lines and menus both have a colon or a blank within their first seven characters: one
# look-ahead tells, so that most lines try neither branch.
_LINE_SHAPES = re.compile(rf"\n(?:{_NOHAN}(?=\n)|(?=[^ \n\u3000:：]{{1,6}}+[ \u3000:：])(?:{_CREDIT}|{_MENU})(?=\n))")
_LATIN_WORD = re.compile("[A-Za-z]{3}")
_DIGIT = re.compile("[0-9０-９]")
_CREDIT_LINE_MAX = 20  # a line taken into a credit block (新华社某分社, 联合制作) is at most this long
_SHAPE_LINE_MAX = 80   # menus, credit lines and lines without Han are at most this long



def _is_paragraph(line: str) -> bool:
    """At least _LONG characters and a sentence mark.

    >>> _is_paragraph("短句。"), _is_paragraph("长" * 39 + "。")
    (False, True)
    """
    return len(line) >= _LONG and _SENTENCE_MARK.search(line) is not None


def _shape(line: str) -> str | None:
    """Furniture by its shape at any length: a digit string (`1`, `+1`, `0101600…`) or a link list split
    by `|`, or by `_` when every item holds a Han character (a list of titles a page repeats for search engines).

    >>> _shape("+1"), _shape("新闻 | 图片 | 视频 | 评论"), _shape("首页_新闻_图片_视频"), _shape("共有12个党支部")
    ('digits', 'link_list', 'link_list', None)
    """
    if line[0] in "0123456789+" and _DIGITS_ONLY_AFTER_FIRST.fullmatch(line):
        return "digits"
    for sep in "|_":
        if sep in line:
            bars = line.count(sep)
            if bars >= 3 and len(line) / (bars + 1) <= 12 and (sep == "|" or _all_han_items(line)):
                return "link_list"
    return None


def _all_han_items(line: str) -> bool:
    """Every `_`-separated item holds a Han character (a list of titles, not `2020_03_05`)."""
    return all(map(_CJK_CHAR.search, line.split("_")))


def _classify(filled: list[str], m: _Markers, bars: bool = True,
              sizes: list[int] | None = None, unders: bool = True,
              shapes: bool = False) -> tuple[list[str | None], list[str | None]]:
    """(furniture reason, end marker) of every filled (stripped, non-empty) line (`bars`: the text has a `|`).

    Markers and datelines apply to short lines only; they are searched in one pass over the short
    lines joined by "\\n" (no marker or dateline match spans a line break), and each hit is put back
    on its line by counting the line breaks since the previous hit. Precedence, as for one line:
    digits, link list, dateline, marker. `sizes` are the lines' lengths, if the caller has them.

    >>> _classify(["来源:某网", "2021-11-26 来源:某网", "+1", "责任编辑:某", "正文第一段" * 20], _markers())
    (['marker:来源:', 'dateline', 'digits', None, None], [None, None, None, '责任编辑', None])
    """
    n = len(filled)
    why: list[str | None] = [None] * n
    ends: list[str | None] = [None] * n
    if sizes is None:
        sizes = list(map(len, filled))
    is_short = list(map(max(m.longest, 80).__ge__, sizes))
    short = list(compress(range(n), is_short))
    if short:
        joined = "\n".join(compress(filled, is_short))
        line_max, end_max, canon = m.line_max, m.end_max, m.canon
        for k, hit in _hits_by_line(m.any, joined, short):
            size, form = sizes[k], hit.group()
            if ends[k] is None and size <= end_max.get(form, -1):
                ends[k] = canon[form]
            if why[k] is None and size <= line_max.get(form, -1):
                why[k] = "marker:" + canon[form]
        for k, _ in _hits_by_line(_DATELINE_IN_LINE, joined, short):
            if sizes[k] <= 80 and "。" not in filled[k]:
                why[k] = "dateline"
    # Only lines that start with a digit or `+`, or hold a `|`, can have a shape: found without a
    # Python test per line (the first characters as one string, then a regex).
    candidates = [mt.start() for mt in _SHAPE_START.finditer("".join(map(itemgetter(0), filled)))]
    if bars:
        candidates += compress(range(n), map(str.__contains__, filled, repeat("|")))
    if unders:
        candidates += compress(range(n), map(str.__contains__, filled, repeat("_")))
    for k in candidates:
        shape = _shape(filled[k])
        if shape:
            why[k] = shape
    if shapes:  # (the short lines and their joined string are reused)
        _line_shapes(filled, sizes, why, ends, short, joined if short else "")
    return why, ends


def _hits_by_line(pattern: re.Pattern, joined: str, lines: list[int]) -> Iterator[tuple[int, re.Match]]:
    """(line, hit) for each match of `pattern` in `joined`, the lines `lines` joined by "\\n".

    Hits come in order, so the line breaks are counted once each, between one hit and the next.

    >>> [(k, h.group()) for k, h in _hits_by_line(re.compile("来源"), "甲\\n来源:乙\\n丙来源", [3, 5, 9])]
    [(5, '来源'), (9, '来源')]
    """
    row = pos = 0
    for hit in pattern.finditer(joined):
        start = hit.start()
        row += joined.count("\n", pos, start)
        pos = start
        yield lines[row], hit


def _line_shapes(filled: list[str], sizes: list[int], why: list[str | None], ends: list[str | None],
                 short: list[int] | None = None, joined: str | None = None) -> None:
    """Furniture by the shape of a short line, for lines `_classify` left undecided (in place).

    A menu (three or more short items split by blanks), a line without Han characters (symbols or a
    URL, see `_no_han`), a block of credit lines (`role:name name`, see `_credit_blocks`). One scan
    over the short lines joined by "\\n" (`_LINE_SHAPES`; `short` and `joined` as `_classify` built
    them, else built here); hits are put back on their lines by counting line breaks.

    >>> lines = ["网站首页 新闻中心 图片", "{$}", "出品人:张三 李四", "监制:王五", "全县建立了20个临时党支部。"]
    >>> why = [None] * 5
    >>> _line_shapes(lines, list(map(len, lines)), why, [None] * 5); why
    ['menu', 'symbols', 'credits', 'credits', None]
    """
    n = len(filled)
    if short is None:
        short = list(compress(range(n), map(_SHAPE_LINE_MAX.__ge__, sizes)))
        joined = "\n".join(map(filled.__getitem__, short))
    if short:
        credits = []
        # (each hit starts at the "\n" before its line: the breaks before it still number the line)
        for k, hit in _hits_by_line(_LINE_SHAPES, "\n" + joined + "\n", short):
            if why[k] is not None or sizes[k] > _SHAPE_LINE_MAX:
                continue
            kind = hit.lastgroup
            if kind == "credit":
                credits.append(k)
            elif kind == "menu":
                why[k] = "menu"
            else:
                why[k] = _no_han(filled[k])
        if len(credits) >= 2:
            _credit_blocks(filled, sizes, why, ends, credits)


def _no_han(line: str) -> str | None:
    """A line without Han characters: a URL or data URI, or symbols with no word of three letters.

    >>> _no_han("{$}"), _no_han('<img src="data:image/png;base64,xx">'), _no_han("Officials from Higher Levels")
    ('symbols', 'url', None)
    """
    if "://" in line or "data:" in line:
        return "url"
    return None if _LATIN_WORD.search(line) else "symbols"


def _credit_blocks(filled: list[str], sizes: list[int], why: list[str | None], ends: list[str | None],
                   credits: list[int]) -> None:
    """Two or more credit lines (`role:name name`) with only short lines between them are a credit block.

    The block's credit lines and the short lines between them are furniture; so are the short lines
    right after the last one when the block closes the text (at its end or at an `end` marker).
    Lines with an ASCII digit are never taken in, so that no figure is lost.
    """
    def loose(k: int) -> bool:  # a short line that may belong to a block
        return sizes[k] <= _CREDIT_LINE_MAX and not _SENTENCE_MARK.search(filled[k]) and not _DIGIT.search(filled[k])

    n = len(filled)
    group = [credits[0]]
    for k in credits[1:] + [None]:
        if k is not None and all(why[j] is not None or loose(j) for j in range(group[-1] + 1, k)):
            group.append(k)
            continue
        if len(group) >= 2:
            for j in range(group[0], group[-1] + 1):
                if why[j] is None and (j in group or loose(j)):
                    why[j] = "credits"
            j = group[-1] + 1
            while j < n and why[j] is None and not ends[j] and loose(j):
                j += 1
            if j == n or ends[j]:
                for i in range(group[-1] + 1, j):
                    why[i] = "credits"
        if k is not None:
            group = [k]


def _ends_in_ellipsis(line: str) -> bool:
    """`_ELLIPSIS_END.search(line)` for a stripped line (no trailing blanks), without a regex scan.

    >>> [_ends_in_ellipsis(s) for s in ("详见全文...", "详见全文…", "共3.5万人")]
    [True, True, False]
    """
    return line.endswith(("...", "…"))


def _title_like(line: str) -> bool:
    """A headline or subhead: short, with enough Han characters, not cut off by an ellipsis.

    A full Chinese ellipsis (`……`) ends a sentence; `...` or a single `…` ends a truncated teaser.

    >>> _title_like("他们活跃在网络,传递信息……"), _title_like("他们活跃在网络,传递信息..."), _title_like("他们活跃在网络,传递信息…")
    (True, False, False)
    """
    return (len(line) <= _TITLE_MAX and _ENOUGH_HAN.match(line) is not None
            and not (line.endswith("...") or (line.endswith("…") and not line.endswith("……"))))


def _teaser_key(line: str) -> str:
    """A teaser's text without its prefix and trailing ellipsis.

    >>> _teaser_key("摘要:面对疫情......"), _teaser_key("简介 共3.5万人…"), _teaser_key("导读:见..")
    ('面对疫情', '共3.5万人', '见..')
    """
    return _without_ellipsis(_TEASER.sub("", line)).strip()


def _without_ellipsis(text: str) -> str:
    """`_ELLIPSIS_END.sub("", text)` without the regex, which would try every position of a paragraph.

    Blanks may follow the ellipsis; only the final run of dots (three or more) or of `…` goes.

    >>> _without_ellipsis("等等... "), _without_ellipsis("等等.."), _without_ellipsis("等…… …")
    ('等等', '等等..', '等…… ')
    """
    body = text.rstrip()
    if body.endswith("…"):
        return body.rstrip("…")
    bare = body.rstrip(".")
    return bare if len(body) - len(bare) >= 3 else text


def _is_teaser(filled: list[str], k: int) -> bool:
    """A teaser (摘要/简介 … or a line ending in an ellipsis) that a later line repeats (`filled` is stripped)."""
    ln = filled[k]
    return bool(_TEASER.match(ln) or _ends_in_ellipsis(ln)) and _repeats_later(filled, k)


def find_body(text: str) -> tuple[list[Span], list[Span]]:
    """Split a page into article body and furniture; return (body, boilerplate) spans.

    Rules (markers from data/boilerplate.csv, matched in both scripts):
    before the first paragraph, lines are furniture unless they look like a headline or subhead;
    a teaser (摘要/简介 …) that a later paragraph repeats, or a first paragraph that the next line
    repeats and continues, is furniture; lines of digits, `|` (or `_`) link lists, datelines,
    marker lines (来源:, 您现在的位置 …), bullet lists, captions printed twice, menus, lines without
    Han and credit blocks (`_line_shapes`) are furniture anywhere; an `end` marker (责任编辑,
    相关新闻, 热点图片 …) after the body has begun closes it.

    >>> page = "首页 社会 正文\\n标题:全县建立143个临时党支部\\n2021-11-26 来源:某网\\n" + "正文第一段,共有十个字。" * 4 + "\\n责任编辑:某\\n近400名学生"
    >>> body, furniture = find_body(page)
    >>> [page[s.start:s.end].strip()[:12] for s in body]
    ['标题:全县建立143个临', '正文第一段,共有十个字。']
    >>> [s.kind for s in furniture]
    ['marker:首页', 'dateline', 'end:责任编辑', 'after_end']
    """
    lines = text.split("\n")
    # (C-level helpers below, not Python loops: this runs once per document on every line.)
    cum = list(accumulate(map(len, lines), initial=0))  # line i starts at cum[i] + i (the "\n"s)
    stripped = list(map(str.strip, lines))
    idx = list(compress(range(len(lines)), stripped))  # the filled lines; blank ones never matter
    fl = list(filter(None, stripped))
    n = len(fl)
    sizes = list(map(len, fl))
    why, ends = _classify(fl, _markers(), "|" in text, sizes, "_" in text, shapes=True)

    # The first paragraph: body starts at the first long line that is not furniture or a teaser.
    first = next((k for k in compress(range(n), map(_LONG.__le__, sizes))
                  if not why[k] and _SENTENCE_MARK.search(fl[k]) and not _is_teaser(fl, k)
                  and not _continued(fl, sizes, k)), n)
    reasons: list[str | None] = [None] * n
    for k in range(first):
        r = why[k] or ("marker:" + ends[k] if ends[k] else None)
        if r is None and _is_teaser(fl, k):
            r = "teaser"
        if r is None and sizes[k] >= _LONG and _continued(fl, sizes, k):
            r = "repeated"
        if r is None and first < n and not _title_like(fl[k]):
            r = "header"  # (a text with no paragraph at all has no header to tell apart)
        reasons[k] = r
    # From the first paragraph to the first `end` marker; everything after that marker is furniture.
    ended = next(compress(range(first, n), ends[first:]), n)
    if ended < n:
        reasons[ended] = "end:" + ends[ended]
        reasons[ended + 1:] = ["after_end"] * (n - ended - 1)
    reasons[first:ended] = why[first:ended]
    for k in range(first, ended):
        ln = fl[k]
        if reasons[k] is not None or (sizes[k] > _BULLET_MAX and ln[0] not in _TEASER_FIRSTS):
            continue  # (most lines: a paragraph, or furniture already)
        r = None
        if len(ln) <= _BULLET_MAX:
            if _BULLET.match(ln) and ((k and _BULLET.match(fl[k - 1])) or (k + 1 < n and _BULLET.match(fl[k + 1]))):
                r = "bullet_list"
            elif (k and fl[k - 1] == ln) or (k + 1 < n and fl[k + 1] == ln):
                r = "caption"  # printed twice: image alt text, then the caption
        if r is None and ln[0] in _TEASER_FIRSTS and _TEASER.match(ln) and _repeats_later(fl, k):
            r = "teaser"
        reasons[k] = r
    if ended == n:
        _furniture_tail(fl, reasons, first)
    return _spans(text, reasons, idx, cum)


def _spans(text: str, reasons: list[str | None], idx: list[int], cum: list[int]) -> tuple[list[Span], list[Span]]:
    """Consecutive filled lines with the same verdict as one span (only blank lines lie between them).

    `idx` gives the line number of each filled line, `cum` the cumulated lengths of all lines.

    >>> _spans("a\\n\\nb\\nc", ["x", None, None], [0, 2, 3], [0, 1, 1, 2, 3])
    ([Span(start=3, end=6, kind='body')], [Span(start=0, end=2, kind='x')])
    """
    n = len(reasons)
    if not n:
        return [], []
    # Where the verdict changes (C-level comparison of the list with itself shifted by one).
    cuts = [0, *compress(range(1, n), map(operator.ne, reasons[1:], reasons)), n]
    body: list[Span] = []
    furniture: list[Span] = []
    size = len(text)
    for g0, g1 in zip(cuts, cuts[1:]):
        a, b = idx[g0], idx[g1 - 1] + 1
        r = reasons[g0]
        if r:
            furniture.append(Span(cum[a] + a, min(cum[b] + b, size), r))
        else:
            body.append(Span(cum[a] + a, min(cum[b] + b, size), "body"))
    return body, furniture


def _continued(filled: list[str], sizes: list[int], k: int) -> bool:
    """The next line repeats this one and goes on (a summary above the article, then its first paragraph
    with the byline or more): the summary is furniture. (A paragraph printed twice exactly stays.)

    >>> _continued(["甲乙丙。", "甲乙丙。(某某)"], [4, 8], 0), _continued(["甲乙丙。", "甲乙丙。"], [4, 4], 0)
    (True, False)
    """
    return k + 1 < len(filled) and sizes[k] < sizes[k + 1] and filled[k + 1].startswith(filled[k])


def _repeats_later(filled: list[str], k: int) -> bool:
    """A teaser: its text (prefix and trailing ellipsis removed) reappears in one of the next lines."""
    key = _teaser_key(filled[k])
    if len(key) < 15:
        return False
    return any(key in later for later in filled[k + 1:k + 9])


def _furniture_tail(filled: list[str], reasons: list[str | None], first: int) -> None:
    """After the last paragraph, a block of three or more short non-title lines is a sidebar."""
    last_par = next((k for k in range(len(filled) - 1, first - 1, -1)
                     if reasons[k] is None and _is_paragraph(filled[k])), None)
    if last_par is None:
        return
    # (Lines already furniture count towards the block: a marker line inside a sidebar must not save
    # the rest of it; but at least two lines must be left to decide on.)
    tail = [k for k in range(last_par + 1, len(filled)) if reasons[k] is None]
    if len(tail) >= 2 and len(filled) - last_par - 1 >= 3:
        for i in tail:
            reasons[i] = "sidebar"


# --------------------------------------------------------------------------------------------
# The whole stage
# --------------------------------------------------------------------------------------------

def repair(text: str) -> Repaired:
    """Repair one document's decoded text.

    >>> r = repair("區(qū)委")
    >>> r.text, r.to_original(1)
    ('區委', 5)
    >>> r = repair("無比感動!拔沂菢情L,也是黨員。\\n表率!笆心蠀^(qū)將全面")
    >>> r.text
    '無比感動!“我是樓長,也是黨員。\\n表率!“市南區將全面'
    """
    html_edits = strip_html(text)
    if html_edits:
        return _repair_general(text, html_edits)
    # Fast path (plain text): residue deletions stay two offset tuples, the few mojibake edits
    # get a small map of their own, chained behind the residue map.
    stage1, del_starts, del_ends, residue_map = _residue_pieces(text)
    moj_edits, damaged1 = find_mojibake(stage1)
    damaged = tuple(Span(*residue_map.span(s.start, s.end), s.kind) for s in damaged1)
    if not moj_edits:
        return _finish(text, stage1, residue_map, damaged, (del_starts, del_ends), ())
    moj_edits = _with_freed_residue(stage1, moj_edits)
    mapped = [Edit(*residue_map.span(e.start, e.end), "", e.after, e.kind) for e in moj_edits]
    for e in mapped:
        k = bisect_right(del_starts, e.start)
        if k < len(del_starts) and del_starts[k] < e.end:
            return _repair_general(text, [])  # an edit straddles a deletion: compose in full
    freed = [(e.start, e.end) for e in mapped if e.kind == RESIDUE]
    # (one merge of two sorted lists: inserting each freed span into the list cost a copy of
    # the list per span, which made a 200 MB one-line page quadratic)
    merged = list(heapq.merge(zip(del_starts, del_ends), freed)) if freed else list(zip(del_starts, del_ends))
    starts, ends = [a for a, _ in merged], [b for _, b in merged]
    other = tuple(Edit(e.start, e.end, text[e.start:e.end], e.after, e.kind) for e in mapped if e.kind != RESIDUE)
    offsets = ChainedMap(residue_map, _offset_map(moj_edits, len(stage1)))
    return _finish(text, apply_edits(stage1, moj_edits), offsets, damaged, (tuple(starts), tuple(ends)), other)


def _repair_general(text: str, html_edits: list[Edit]) -> Repaired:
    """All passes with full edit composition (HTML input, or edits that overlap across passes)."""
    stage0 = apply_edits(text, html_edits) if html_edits else text
    stage1, del_starts, del_ends, _ = _residue_pieces(stage0)
    residue_edits = [Edit(s, e, stage0[s:e], "", RESIDUE) for s, e in zip(del_starts, del_ends)]
    upto1 = compose(html_edits, residue_edits, text)
    moj_edits, damaged1 = find_mojibake(stage1)
    if moj_edits:
        moj_edits = _with_freed_residue(stage1, moj_edits)
    final = apply_edits(stage1, moj_edits) if moj_edits else stage1
    edits = compose(upto1, moj_edits, text)
    map1 = _offset_map(upto1, len(text))
    damaged = tuple(Span(*map1.span(s.start, s.end), s.kind) for s in damaged1)
    plain = [e for e in edits if e.kind == RESIDUE]
    deletions = (tuple(e.start for e in plain), tuple(e.end for e in plain))
    other = tuple(e for e in edits if e.kind != RESIDUE)
    return _finish(text, final, _offset_map(edits, len(text)), damaged, deletions, other)


def _finish(original: str, final: str, offsets, damaged: tuple[Span, ...],
            deletions: tuple[tuple[int, ...], tuple[int, ...]], other: tuple[Edit, ...]) -> Repaired:
    body, furniture = find_body(final)
    return Repaired(original, final, offsets, damaged, tuple(body), tuple(furniture), deletions, other,
                    tuple(s.start for s in body))


@dataclass(frozen=True)
class ChainedMap:
    """Two offset maps in a row: `inner` (final → middle text), then `outer` (middle → original).

    >>> outer = OffsetMap.identity(4); inner = OffsetMap.identity(4)
    >>> ChainedMap(outer, inner)(2), ChainedMap(outer, inner).span(1, 3)
    (2, (1, 3))
    """

    outer: OffsetMap
    inner: OffsetMap

    def __call__(self, i: int) -> int:
        return self.outer(self.inner(i))

    def span(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.inner.span(start, end)
        return self.outer.span(a, b)


def _with_freed_residue(text: str, edits: list[Edit]) -> list[Edit]:
    """Residue that followed a mojibake run (`蠀^(qū)`) belongs to the repaired character: remove it too."""
    out = list(edits)
    for e in edits:
        if e.kind == MOJIBAKE and e.after and _CJK_CHAR.match(e.after[-1]):
            m = _RESIDUE_AT.match(text, e.end)
            if m:
                out.append(Edit(m.start(), m.end(), m.group(), "", RESIDUE))
    out.sort(key=lambda e: e.start)
    return out


# --------------------------------------------------------------------------------------------
# Summaries for notebooks
# --------------------------------------------------------------------------------------------

def repair_summary(doc_id: str, rep: Repaired) -> dict[str, object]:
    """One row of `repair_report`: what the repair found and changed in one document.

    >>> repair_summary("x", repair("區(qū)委"))["pinyin_residue"]
    1
    """
    boiler = sum(s.end - s.start for s in rep.boilerplate)
    return {
        "doc": doc_id,
        "chars": len(rep.original),
        "pinyin_residue": rep.count(RESIDUE),
        "mojibake_fixed": rep.count(MOJIBAKE),
        "damaged_spans": len(rep.damaged),
        "damaged_chars": sum(s.end - s.start for s in rep.damaged),
        "html_edits": rep.count(HTML),
        "boilerplate_share": round(boiler / max(1, len(rep.text)), 3),
    }


def repair_report(docs: Iterable) -> "object":
    """A DataFrame, one row per document (`Document`s), sorted by doc id: see `repair_summary`.

    >>> from mobilization.corpus import Document
    >>> repair_report([Document("x", "x.txt", "", "utf-8", "區(qū)委")]).loc[0, "pinyin_residue"]
    np.int64(1)
    """
    import pandas as pd

    rows = [repair_summary(d.doc_id, repair(d.text)) for d in docs]
    return pd.DataFrame(rows).sort_values("doc", ignore_index=True)


def repair_examples(doc_id: str, rep: Repaired, context: int = 6) -> list[dict[str, str]]:
    """The first example of each kind of change in one document: original and repaired excerpt.

    Kinds: every edit kind, then `damaged` (first unrepairable span) and `boilerplate` (first furniture span).

    >>> [(e["kind"], e["before"], e["after"]) for e in repair_examples("x", repair("社區(qū)委\\n責編:某"), context=1)]
    [('pinyin_residue', '區(qū)委', '區委'), ('boilerplate', '責編:某', '(left out of the body: marker:责编)')]
    """
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for e in rep.edits:
        if e.kind in seen:
            continue
        seen.add(e.kind)
        a, b = max(0, e.start - context), min(len(rep.original), e.end + context)
        r_a = _repaired_index(rep, a)
        r_b = _repaired_index(rep, b)
        out.append({"doc": doc_id, "kind": e.kind, "before": rep.original[a:b], "after": rep.text[r_a:r_b]})
    if rep.damaged:
        s = rep.damaged[0]
        a, b = max(0, s.start - context), min(len(rep.original), s.end + context)
        out.append({"doc": doc_id, "kind": "damaged", "before": rep.original[a:b],
                    "after": "(flagged, left as is: " + rep.original[s.start:s.end] + ")"})
    if rep.boilerplate:
        s = max(rep.boilerplate, key=lambda s: s.end - s.start)
        out.append({"doc": doc_id, "kind": "boilerplate", "before": rep.text[s.start:s.end][:2 * context + 10],
                    "after": f"(left out of the body: {s.kind})"})
    return out


def _repaired_index(rep: Repaired, original_index: int) -> int:
    """Smallest repaired index whose character comes from `original_index` or later (binary search)."""
    lo, hi = 0, len(rep.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if rep.to_original(mid) < original_index:
            lo = mid + 1
        else:
            hi = mid
    return lo
