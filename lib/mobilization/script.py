"""Stage 3, script conversion: OpenCC (t2s, s2t, tw2s, hk2s, s2twp, …) with cached converters.

CONTRACT (other stages rely on it):
- `convert(text, config="t2s") -> str`: OpenCC's conversion, nothing added.
- `convert_with_map(text, config) -> (converted, OffsetMap)`: the same string, and a map from
  each index of `converted` to the index in `text` of the character it came from:
  `m(i)` for one index (`m(len(converted)) == len(text)`), `m.span(start, end)` for a
  half-open span. The map is monotonic and every index lands inside `text`.
- `detect_script(text) -> ScriptReport`: traditional, simplified, mixed or none.

Converters are built once per process and configuration (an OpenCC converter cannot be
pickled, so each Dask or pool worker builds its own on first use, ~3 ms).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterator

from .offsets import MapBuilder, OffsetMap

# Configurations whose dictionaries rewrite whole words into words of another length
# (鼠标 → 滑鼠, 内存 → 記憶體, U盘 → 隨身碟). Every other configuration maps characters and
# same-length phrases (乾隆 stays 乾隆 under t2s), so equal length means a one-to-one map.
PHRASE_CONFIGS = frozenset({"s2twp", "tw2sp", "s2hkp", "hk2sp"})

# Punctuation and line breaks that no OpenCC dictionary converts or puts inside a phrase:
# the aligner cuts the text into clauses at these, so realignment work stays local.
_MARKS = "\n。！？；，、："
_CLAUSE = re.compile(f"[^{_MARKS}]*[{_MARKS}]|[^{_MARKS}]+")
_BOUNDARIES = re.compile(f"[^{_MARKS}]+")

# How far a stretch may grow back into the run before it when looking for a whole phrase
# (OpenCC's phrase entries are shorter; a longer one only makes the mapped span coarser).
_LONGEST_PHRASE = 24
# Replaced stretches up to this long are cut into their phrases (quadratic in the length).
_LONGEST_STRETCH = 64

# Separators tried for converting every character on its own in one OpenCC call.
_SEPARATORS = ("\x1f", "\x1e", "\x1d", "\ufdd0", "\ufdd1")


class UnknownConfigError(ValueError):
    """An OpenCC configuration name that the installed OpenCC does not ship."""


@lru_cache(maxsize=1)
def available_configs() -> tuple[str, ...]:
    """Names of the OpenCC configurations installed, sorted.

    >>> {"t2s", "s2t", "tw2s", "hk2s", "s2twp", "s2tw", "s2hk", "t2tw"} <= set(available_configs())
    True
    """
    import opencc

    return tuple(sorted(name[: -len(".json")] for name in opencc.CONFIGS if name.endswith(".json")))


def config_name(config: str) -> str:
    """Validate an OpenCC configuration name (`t2s` or `t2s.json`) and return its short form.

    >>> config_name("t2s.json")
    't2s'
    >>> config_name("t2x")
    Traceback (most recent call last):
    ...
    mobilization.script.UnknownConfigError: unknown OpenCC configuration 't2x'; available: hk2s, hk2sp, hk2t, jp2t, s2hk, s2hkp, s2t, s2tw, s2twp, t2hk, t2jp, t2s, t2tw, tw2s, tw2sp, tw2t
    """
    name = config[: -len(".json")] if config.endswith(".json") else config
    names = available_configs()
    if name not in names:
        raise UnknownConfigError(f"unknown OpenCC configuration {config!r}; available: {', '.join(names)}")
    return name


@lru_cache(maxsize=None)
def converter(config: str):
    """One OpenCC converter per configuration and process (construction costs ~3 ms)."""
    import opencc

    return opencc.OpenCC(config_name(config))


def convert(text: str, config: str = "t2s") -> str:
    """Convert with OpenCC.

    >>> convert("臨時黨支部")
    '临时党支部'
    >>> convert("鼠标和软件", "s2twp")
    '滑鼠和軟體'
    """
    return converter(config).convert(text)


def convert_with_map(text: str, config: str = "t2s") -> tuple[str, OffsetMap]:
    """Convert and map each converted index back to `text`.

    When the length is unchanged and the configuration has no word-rewriting phrases, the
    map is the identity (no work). Otherwise the text is cut into clauses; a clause whose
    conversion equals its character-by-character conversion is copied one to one, and in
    the others each stretch that differs is pinned to the shortest source stretch that
    converts, on its own, to exactly those characters.

    >>> out, m = convert_with_map("用鼠标和内存。", "s2twp")
    >>> out
    '用滑鼠和記憶體。'
    >>> [m(i) for i in range(len(out) + 1)]
    [0, 1, 2, 3, 4, 5, 5, 6, 7]
    >>> m.span(4, 7)  # 記憶體 came from 内存
    (4, 6)
    >>> convert_with_map("黨支部")[1](2)
    2
    """
    name = config_name(config)
    out = convert(text, name)
    if len(out) == len(text) and name not in PHRASE_CONFIGS:
        return out, OffsetMap.identity(len(text))
    return out, _align(text, out, name)


def _align(text: str, out: str, config: str) -> OffsetMap:
    """Offset map of `out` = OpenCC(`text`), built clause by clause."""
    builder = MapBuilder()
    whole = _char_wise(text, config)  # None when some character converts to several
    if _BOUNDARIES.sub("", text) != _BOUNDARIES.sub("", out):
        # Never seen with OpenCC's dictionaries; keeps the map right if a future one does.
        _align_chunk(text, out, _pieces(text, config), 0, builder, config)
        return builder.build(len(text))
    for src_m, out_m in zip(_CLAUSE.finditer(text), _CLAUSE.finditer(out)):
        s0, s1 = src_m.span()
        src, dst = src_m.group(), out_m.group()
        if whole is not None and len(src) == len(dst) and whole[s0:s1] == dst:
            builder.copy(s0, len(src))
            continue
        pieces = list(whole[s0:s1]) if whole is not None else _pieces(src, config)
        _align_chunk(src, dst, pieces, s0, builder, config)
    return builder.build(len(text))


def _separator(text: str) -> str:
    for sep in _SEPARATORS:
        if sep not in text:
            return sep
    raise ValueError("text holds every separator the aligner can use")  # pragma: no cover


def _char_wise(text: str, config: str) -> str | None:
    """Each character converted on its own, concatenated; None unless that keeps the length."""
    sep = _separator(text)
    out = convert(sep.join(text), config).replace(sep, "")
    return out if len(out) == len(text) else None


def _pieces(text: str, config: str) -> list[str]:
    """The conversion of each character of `text` on its own (one OpenCC call)."""
    sep = _separator(text)
    pieces = convert(sep.join(text), config).split(sep) if text else []
    if len(pieces) != len(text):  # pragma: no cover - a dictionary that eats the separator
        return [convert(ch, config) for ch in text]
    return pieces


def _anchors(pieces: list[str], dst: str) -> Iterator[tuple[int, int, int]]:
    """Runs where the character-wise conversion equals `dst`: (source start, dst start, length)."""
    cw = "".join(pieces)
    src_of: list[int] = []  # source index of each character of cw, -1 inside multi-character pieces
    for i, piece in enumerate(pieces):
        src_of.extend([i] if len(piece) == 1 else [-1] * len(piece))
    # The common head and tail are matched directly; difflib only sees the middle.
    head = _common_prefix(cw, dst)
    tail = _common_prefix(cw[head:][::-1], dst[head:][::-1])
    runs = [(0, 0, head)]
    middle = SequenceMatcher(None, cw[head:len(cw) - tail], dst[head:len(dst) - tail], autojunk=False)
    runs += [(head + i, head + j, n) for i, j, n in middle.get_matching_blocks() if n]
    runs.append((len(cw) - tail, len(dst) - tail, tail))
    for i1, j1, n in runs:
        k, i2 = i1, i1 + n
        while k < i2:  # split the run where a multi-character piece interrupts it
            while k < i2 and src_of[k] < 0:
                k += 1
            start = k
            while k < i2 and src_of[k] >= 0:
                k += 1
            if k > start:
                yield src_of[start], j1 + (start - i1), k - start


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of two strings.

    >>> _common_prefix("軟件的", "軟體的")
    1
    """
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo] and a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _align_chunk(src: str, dst: str, pieces: list[str], offset: int, builder: MapBuilder, config: str) -> None:
    """Add the map of one clause: copies for anchors, replacements for the stretches between.

    A stretch between anchors is accepted only if its source converts on its own to exactly
    its target; if not, the stretch grows into the neighbouring anchors until it does (or
    to the clause's end), so a phrase such as 鼠标 → 滑鼠 is never split at the shared 鼠.
    """
    segments: list[list[int]] = []  # [kind (0 copy, 1 replace), src start, src end, dst start, dst end]
    s_cur = d_cur = 0

    def close(s_end: int, d_end: int, force: bool) -> bool:
        nonlocal s_cur, d_cur
        prev = segments[-1] if segments and segments[-1][0] == 0 else None
        room = min(prev[2] - prev[1], _LONGEST_PHRASE) if prev else 0
        for back in range(room + 1):
            if convert(src[s_cur - back:s_end], config) == dst[d_cur - back:d_end]:
                break
        else:
            if not force:
                return False
            back = 0
        if back and prev:
            prev[2] -= back
            prev[4] -= back
            if prev[2] == prev[1]:
                segments.pop()
        if s_end > s_cur - back or d_end > d_cur - back:
            segments.append([1, s_cur - back, s_end, d_cur - back, d_end])
        s_cur, d_cur = s_end, d_end
        return True

    for s_start, d_start, n in _anchors(pieces, dst):
        if s_start < s_cur or d_start < d_cur:
            continue
        if (s_start, d_start) == (s_cur, d_cur) or close(s_start, d_start, force=False):
            segments.append([0, s_start, s_start + n, d_start, d_start + n])
            s_cur, d_cur = s_start + n, d_start + n
    if s_cur < len(src) or d_cur < len(dst):
        close(len(src), len(dst), force=True)
    for kind, s0, s1, d0, d1 in segments:
        if kind == 0 or s1 - s0 == d1 - d0:  # a same-length stretch maps one to one
            builder.copy(offset + s0, s1 - s0)
            continue
        for p0, p1, q0, q1 in _split_stretch(src, dst, s0, s1, d0, d1, config):
            if p1 - p0 == q1 - q0:
                builder.copy(offset + p0, p1 - p0)
            else:
                builder.replace(offset + p0, offset + p1, q1 - q0)


def _split_stretch(src: str, dst: str, s0: int, s1: int, d0: int, d1: int,
                   config: str) -> list[tuple[int, int, int, int]]:
    """Cut a replaced stretch into the shortest pieces that convert on their own (U盘|拷贝).

    >>> _split_stretch("U盘拷贝", "隨身碟複製", 0, 4, 0, 5, "s2twp")
    [(0, 2, 0, 3), (2, 4, 3, 5)]
    """
    pieces = []
    while s1 - s0 > 1 and s1 - s0 <= _LONGEST_STRETCH:
        for k in range(s0 + 1, s1):
            head = convert(src[s0:k], config)
            if dst.startswith(head, d0, d1) and convert(src[k:s1], config) == dst[d0 + len(head):d1]:
                pieces.append((s0, k, d0, d0 + len(head)))
                s0, d0 = k, d0 + len(head)
                break
        else:
            break
    pieces.append((s0, s1, d0, d1))
    return pieces


# ---------------------------------------------------------------------------------------
# Which script a text is written in

# A text is in one script when that script's share of convertible characters is at least
# MIN_SHARE and the other's is at most DOMINANCE times it. Traditional seeds have 33-35 % of
# their CJK characters changed by t2s, and 2-6 % changed by s2t (one-to-many characters such
# as 干/幹, 群/羣, 于/於 and leftovers of simplified web text); simplified seeds have 39-42 %
# changed by s2t and none by t2s.
MIN_SHARE = 0.02
DOMINANCE = 0.25
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@dataclass(frozen=True)
class ScriptReport:
    """Evidence for the script of a text.

    `traditional_share`: share of CJK characters that t2s changes (traditional-only forms);
    `simplified_share`: share that s2t changes (simplified-only forms).
    """

    script: str  # 'traditional' | 'simplified' | 'mixed' | 'none'
    traditional_share: float
    simplified_share: float
    cjk: int
    traditional: int
    simplified: int


def detect_script(text: str) -> ScriptReport:
    """Tell traditional from simplified Chinese by what OpenCC would change.

    >>> detect_script("建立751個臨時黨支部").script
    'traditional'
    >>> detect_script("建立751个临时党支部").script
    'simplified'
    >>> detect_script("臨時黨支部和临时党支部").script
    'mixed'
    >>> detect_script("hello 中文").script  # no character tells the two apart
    'none'
    """
    cjk = len(_CJK.findall(text))
    trad = _changed(text, "t2s")
    simp = _changed(text, "s2t")
    t_share = trad / cjk if cjk else 0.0
    s_share = simp / cjk if cjk else 0.0
    return ScriptReport(_verdict(t_share, s_share), t_share, s_share, cjk, trad, simp)


def _changed(text: str, config: str) -> int:
    """How many characters the conversion changes (both configurations keep lengths)."""
    out = convert(text, config)
    return sum(a != b for a, b in zip(text, out))


def _verdict(t_share: float, s_share: float) -> str:
    """
    >>> _verdict(0.35, 0.05), _verdict(0.0, 0.4), _verdict(0.2, 0.2), _verdict(0.01, 0.0)
    ('traditional', 'simplified', 'mixed', 'none')
    """
    high, low = max(t_share, s_share), min(t_share, s_share)
    if high < MIN_SHARE:
        return "none"
    if low > DOMINANCE * high:
        return "mixed"
    return "traditional" if t_share > s_share else "simplified"
