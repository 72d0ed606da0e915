"""Repair, the whole stage: `repair(text)` runs the passes in order and composes their edits.
"""
from __future__ import annotations

import heapq
from bisect import bisect_right
from dataclasses import dataclass

from ..offsets import OffsetMap
from .edits import apply_edits, compose, Edit, MOJIBAKE, _offset_map, Repaired, RESIDUE, Span
from .markup import strip_html
from .residue import _CJK_CHAR, _RESIDUE_AT, _residue_pieces
from .mojibake import find_mojibake
from .spun import find_spun
from .body import find_body


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
    moj_edits = _with_spun(stage1, moj_edits)
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
    moj_edits = _with_spun(stage1, moj_edits)
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


def _with_spun(text: str, edits: list[Edit]) -> list[Edit]:
    """The mojibake edits with the spun-text substitutions (pass 3b) of the same text merged in, in
    text order; a substitution that overlaps a mojibake edit is left to the mojibake repair."""
    spun = find_spun(text)
    if not spun:
        return edits
    spun = [e for e in spun if not any(m.start < e.end and e.start < m.end for m in edits)]
    return sorted(edits + spun, key=lambda e: e.start)


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
