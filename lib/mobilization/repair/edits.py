"""Repair, the edit records: `Edit`, `Span`, `Repaired`, and replaying and composing edit lists.

Every pass reports its changes as `Edit`s of its own input; `compose` carries them back to the
original text and `_offset_map` turns them into the piecewise map `Repaired` uses.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, NamedTuple

from ..offsets import MapBuilder, OffsetMap


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

        >>> from mobilization.repair import repair
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

        >>> from mobilization.repair import repair
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
