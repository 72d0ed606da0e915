"""Repair, pass 3: GBK byte-shift mojibake found and reversed (`find_mojibake`), or flagged as damaged.

A lost lead byte shifts a passage by one byte; the signs (other scripts, rare characters,
wedged ASCII) open candidate runs, and a run is shifted back only when the result reads as
ordinary Chinese. What cannot be repaired becomes a damaged span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter

from ..lexicon import read_rows
from .edits import apply_edits, Edit, LOST, MOJIBAKE, Span
from .residue import _CJK, _TONED


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
    from ..script import convert

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
    from ..script import converter

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
