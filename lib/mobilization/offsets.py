"""Offset maps shared by the text-rewriting stages (repair, script): derived index → source index.

A map is piecewise linear: each segment of the derived text either copies a run of the
source one-to-one, or replaces a source span (its characters all map into that span).
Storing segments instead of one integer per character keeps memory flat on large texts.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Maps an index of a derived text to the index of the source character it came from.

    >>> b = MapBuilder()
    >>> b.copy(0, 3); b.replace(3, 9, 1); b.copy(9, 2)
    >>> m = b.build(source_length=11)
    >>> [m(i) for i in range(7)]
    [0, 1, 2, 3, 9, 10, 11]
    """

    d_starts: tuple[int, ...]
    s_starts: tuple[int, ...]
    s_limits: tuple[int, ...]
    length: int
    source_length: int

    def __post_init__(self) -> None:
        # An unchanged text (t2s of most documents, repair of clean ones) maps every span to itself:
        # `span` answers that case without a look-up. (Not a field: equality and repr stay as they were.)
        plain = self.d_starts == (0,) and self.s_starts == (0,) and self.s_limits == (self.length,) == (self.source_length,)
        object.__setattr__(self, "_plain", plain)

    def __call__(self, i: int) -> int:
        if i >= self.length:
            return self.source_length
        k = bisect_right(self.d_starts, i) - 1
        return min(self.s_starts[k] + (i - self.d_starts[k]), self.s_limits[k] - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering derived[start:end] (end is one past the last character's source).

        >>> b = MapBuilder(); b.copy(0, 2); b.replace(2, 6, 1); b.copy(6, 1)
        >>> b.build(7).span(1, 3)
        (1, 6)
        """
        if self._plain and 0 <= start < end <= self.length:
            return start, end
        if end <= start:
            return self(start), self(start)
        # The last character's segment is looked up once and used for every test (a hot path).
        d_starts, s_starts, s_limits = self.d_starts, self.s_starts, self.s_limits
        last = end - 1
        k = bisect_right(d_starts, last) - 1
        if k < 0:  # (a map that does not start at 0)
            return self(start), self(last) + 1
        d0, s0, lim = d_starts[k], s_starts[k], s_limits[k]
        seg_end = d_starts[k + 1] if k + 1 < len(d_starts) else self.length
        if lim - s0 != seg_end - d0:
            return self(start), lim  # a replaced segment: cover all of it
        if last >= self.length:
            return self(start), self.source_length + 1
        last_source = min(s0 + (last - d0), lim - 1) + 1
        if start >= d0:  # both ends in the same segment: no second look-up
            return min(s0 + (start - d0), lim - 1), last_source
        return self(start), last_source

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        """The map of an unchanged text.

        >>> OffsetMap.identity(3)(2), OffsetMap.identity(3)(3)
        (2, 3)
        """
        return cls((0,), (0,), (n,), n, n)


@dataclass
class MapBuilder:
    """Collects segments left to right; `build` freezes them into an OffsetMap."""

    _d: list[int] = field(default_factory=list)
    _s: list[int] = field(default_factory=list)
    _lim: list[int] = field(default_factory=list)
    _length: int = 0

    def copy(self, s_start: int, n: int) -> None:
        """Derived gets source[s_start:s_start+n] unchanged."""
        if n <= 0:
            return
        if self._d and self._lim[-1] == s_start and self._lim[-1] - self._s[-1] == self._length - self._d[-1]:
            self._lim[-1] += n  # extend the previous copy segment
        else:
            self._d.append(self._length)
            self._s.append(s_start)
            self._lim.append(s_start + n)
        self._length += n

    def replace(self, s_start: int, s_end: int, n_out: int) -> None:
        """Derived gets n_out characters standing for source[s_start:s_end] (deletion when 0)."""
        if n_out <= 0:
            return
        self._d.append(self._length)
        self._s.append(s_start)
        self._lim.append(max(s_end, s_start + 1))
        self._length += n_out

    def build(self, source_length: int) -> OffsetMap:
        if not self._d:
            return OffsetMap((0,), (source_length,), (source_length + 1,), 0, source_length)
        return OffsetMap(tuple(self._d), tuple(self._s), tuple(self._lim), self._length, source_length)
