"""Stage 2, repair: web-converter pinyin residue, GBK byte-shift mojibake, page boilerplate.

CONTRACT (other stages rely on it; the implementation below is a first cut):
`repair(text) -> Repaired` where
- `Repaired.text` is the repaired full text;
- `Repaired.to_original(i)` maps an index of the repaired text to the index in the
  original text of the character it came from; `original_span(start, end)` maps a
  half-open span, widening the end over residue deleted right after the last character;
- `Repaired.edits` lists every change (original span, before, after, kind);
- `Repaired.damaged` lists spans of the ORIGINAL text that could not be repaired;
- `Repaired.body` lists spans of the REPAIRED text that are article body (the rest is
  boilerplate: navigation, sidebars, captions, footers); `in_body(i)` tests an index.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    """One change: original[start:end] (== before) became `after`."""

    start: int
    end: int
    before: str
    after: str
    kind: str


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str = ""


@dataclass(frozen=True)
class Repaired:
    original: str
    text: str
    index_map: tuple[int, ...]  # index_map[i] = original index of text[i]; len(text) + 1 entries
    edits: tuple[Edit, ...] = ()
    damaged: tuple[Span, ...] = ()
    body: tuple[Span, ...] = field(default=())

    def to_original(self, i: int) -> int:
        return self.index_map[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of text[start:end]; the end also covers residue deleted after it."""
        o_start = self.index_map[start]
        o_end = self.index_map[end - 1] + 1 if end > start else o_start
        nxt = self.index_map[end] if end < len(self.text) else len(self.original)
        tail = self.original[o_end:nxt]
        if tail and _RESIDUE_ONLY.fullmatch(tail):
            o_end = nxt
        return o_start, o_end

    def in_body(self, i: int) -> bool:
        if not self.body:
            return True
        k = bisect_right([s.start for s in self.body], i) - 1
        return k >= 0 and self.body[k].start <= i < self.body[k].end

    def body_text(self) -> str:
        return "".join(self.text[s.start:s.end] for s in self.body) if self.body else self.text


_RESIDUE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_RESIDUE_ONLY = re.compile(r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))+")


def repair(text: str) -> Repaired:
    """First cut: remove pinyin residue only.

    >>> r = repair("區(qū)委")
    >>> r.text, r.to_original(1)
    ('區委', 5)
    """
    pieces: list[str] = []
    imap: list[int] = []
    edits: list[Edit] = []
    pos = 0
    for m in _RESIDUE.finditer(text):
        pieces.append(text[pos:m.start()])
        imap.extend(range(pos, m.start()))
        edits.append(Edit(m.start(), m.end(), m.group(), "", "pinyin_residue"))
        pos = m.end()
    pieces.append(text[pos:])
    imap.extend(range(pos, len(text)))
    imap.append(len(text))
    return Repaired(text, "".join(pieces), tuple(imap), tuple(edits))
