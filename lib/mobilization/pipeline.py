"""The per-document pipeline: load → repair → convert to simplified → extract → mention rows.

`analyse(doc)` is the one function every front end (notebooks, command line, process
pool, Dask) calls per document. It holds no global state beyond per-process caches
(OpenCC converters, lexicons), so it runs unchanged in worker processes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from itertools import accumulate

from .corpus import Document
from .documents import Detected, DocumentInfo, describe, detect
from .errors import UsageError
from .offsets import OffsetMap
from .quantities import SENTENCE_END, Quantity, extract
from .quantities.confidence import word as figure_confidence
from .repair import Repaired, repair
from .script import convert_with_map, detect_script

# Columns of the mention table, in order (docs/mention-table.md): the figure, then the place and
# date of its report (as in the documents table, mobilization.documents).
MENTION_COLUMNS = ["doc", "start", "end", "surface", "value", "approx", "value_high", "unit", "currency", "entity",
                   "category", "damaged", "confidence", "in_body", "sentence", "place_code", "place_name", "date", "date_precision"]
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END)}]")

# A text longer than LONG_DOCUMENT characters is analysed in pieces of about PIECE characters
# (`piece_mentions`), so that only one piece's repaired and simplified texts and figures are alive at
# a time: one 200 MB line used to peak at 2 GB (docs/cli.md, "Memory of one huge document").
# Shorter texts take `analyse` unchanged.
LONG_DOCUMENT = 4_000_000
PIECE = 1_500_000
_CUT_WINDOW = 200_000  # how far past the target a piece looks for a sentence end before cutting elsewhere
_FULL_STOP = re.compile("[。！？!?]")
_LINE_BREAK = re.compile("[\n；;]")
# Characters a figure is written with: a piece never starts or ends inside a run of them.
_NUMERAL = "0-9０-９.．,，:：%％零〇一二三四五六七八九十百千万亿两兩萬億壹贰叁肆伍陆柒捌玖拾佰仟点點"
_SAFE_CUT = re.compile(f"(?<![{_NUMERAL}])(?=[^{_NUMERAL}])")


@dataclass(frozen=True)
class Mention:
    """One quantity mention, with offsets into the ORIGINAL decoded text of its document."""

    doc: str
    start: int
    end: int
    surface: str
    value: float
    approx: str
    value_high: float | None
    unit: str
    currency: str
    entity: str
    category: str
    damaged: bool
    confidence: str  # how far to trust entity and category: high | medium | low (quantities.confidence, round f11)
    in_body: bool
    sentence: str
    place_code: str = ""
    place_name: str = ""
    date: str = ""
    date_precision: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything the pipeline learned about one document (for notebooks and tests)."""

    doc: Document
    repaired: Repaired
    simplified: str
    quantities: tuple[Quantity, ...]
    mentions: tuple[Mention, ...]
    info: DocumentInfo | None = None  # the document's row of the documents table (place, date)
    detected: Detected | None = None  # what its text says about place and date, before user metadata


def analyse(doc: Document) -> Analysis:
    """Run every stage on one document.

    >>> from mobilization.corpus import Document
    >>> a = analyse(Document("x", "x.txt", "", "utf-8", "建立751個臨時黨支部。"))
    >>> m = a.mentions[0]
    >>> m.value, a.doc.text[m.start:m.end] == m.surface
    (751.0, True)
    """
    if not isinstance(doc, Document):
        raise UsageError(repr(doc)[:40], f"analyse takes a corpus.Document, not {type(doc).__name__} "
                                         "(corpus.load(path) reads one; Document(doc_id, path, sha256, "
                                         "encoding, text) wraps a text)")
    return _stages(doc)


def _stages(doc: Document, info: DocumentInfo | None = None, whole: Document | None = None,
            shift: int = 0) -> Analysis:
    """The stage sequence, the one definition that `analyse` and each piece of a long document run:
    repair → simplified script → quantities → place and date (unless `info` is given) → mentions.

    `doc` may be a piece of `whole` that starts at character `shift` of it: the mentions then point
    into `whole`'s text.

    >>> a = _stages(Document("x", "", "", "utf-8", "建立751个支部。"))
    >>> [(m.start, m.value) for m in a.mentions], a.info is not None
    ([(2, 751.0)], True)
    """
    rep = repair(doc.text)
    simplified, smap = convert_with_map(rep.text, "t2s")
    quantities = tuple(extract(simplified, detect_script(rep.text).script == "traditional"))  # its 元 may be HKD…
    detected = None
    if info is None:
        detected = detect(rep, simplified, smap)
        info = describe(doc, detected=detected)
    found = mentions(whole or doc, rep, simplified, smap, quantities, info, shift)
    return Analysis(doc, rep, simplified, quantities, found, info, detected)


def mentions(doc: Document, rep: Repaired, simplified: str, smap: OffsetMap,
             quantities: Sequence[Quantity], info: DocumentInfo | None = None, shift: int = 0) -> tuple[Mention, ...]:
    """The quantities of `simplified` as mentions of the original text of `doc` (place and date from `info`).

    `rep` may be the repair of a piece of `doc` that starts at `shift` (see `piece_mentions`).
    """
    if not quantities:
        return ()
    damage = DamageIndex([(s.start, s.end) for s in rep.damaged])
    sentences = SentenceIndex(simplified)
    where = (info.place_code, info.place_name, info.date, info.date_precision) if info else ("", "", "", "")
    return tuple(_mention(doc, rep, smap, damage, sentences, q, where, shift, figure_confidence(q, simplified))
                 for q in quantities)


def piece_bounds(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """Where a long text is cut into pieces of about `size` characters (PIECE by default).

    A piece ends just after a full stop (。！？) if one comes within _CUT_WINDOW characters
    past its target length, else after a line break or semicolon, else at the first place that is not inside
    a run of digits or Chinese numerals; a text with no such place stays one piece.

    >>> piece_bounds("甲乙丙。丁戊己。庚", 2)
    [(0, 4), (4, 8), (8, 9)]
    >>> piece_bounds("1234567", 2)
    [(0, 7)]
    >>> piece_bounds("建立12个支部", 3)
    [(0, 5), (5, 7)]
    """
    size = size or PIECE
    bounds, start, n = [], 0, len(text)
    while n - start > size:
        cut = _cut(text, start + size)
        if cut is None:
            break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def _cut(text: str, target: int) -> int | None:
    for pattern in (_FULL_STOP, _LINE_BREAK):
        m = pattern.search(text, target - 1, target + _CUT_WINDOW)
        if m:
            return m.end() if m.end() < len(text) else None
    m = _SAFE_CUT.search(text, max(target, 1))
    return m.start() if m and 0 < m.start() < len(text) else None


def piece_mentions(doc: Document) -> Iterator[tuple[Mention, ...]]:
    """The mentions of `doc`, one piece at a time (offsets into the whole text of `doc`).

    A text no longer than LONG_DOCUMENT characters is one piece, analysed by `analyse`. A longer
    one is cut by `piece_bounds`; each piece is repaired, converted and read on its own (so body
    and furniture are told apart per piece), and every mention carries the place and date read
    from the first piece (detection looks at the first 20,000 characters anyway).

    >>> d = Document("x", "", "", "utf-8", "建立751個臨時黨支部。")
    >>> [(m.start, m.end, m.value) for ms in piece_mentions(d) for m in ms]
    [(2, 11, 751.0)]
    """
    if len(doc.text) <= LONG_DOCUMENT:
        yield analyse(doc).mentions
        return
    info = None
    for start, end in piece_bounds(doc.text):
        found, info = _piece(doc, start, end, info)  # (a function: the piece's structures die on return)
        yield found


def _piece(doc: Document, start: int, end: int, info: DocumentInfo | None) -> tuple[tuple[Mention, ...], DocumentInfo]:
    piece = Document(doc.doc_id, doc.path, doc.sha256, doc.encoding, doc.text[start:end], doc.meta)
    read = _stages(piece, info, doc, start)
    return read.mentions, read.info


class DamageIndex:
    """Answers "does [start, end] touch a damaged span?" in O(log n) per question.

    A mention that merely touches damage counts (001's `下?lián)?9萬元`: the figure follows
    the damaged characters directly), hence the closed intervals. Spans may nest or overlap,
    so the index keeps the running maximum of span ends in start order.

    >>> d = DamageIndex([(10, 12), (2, 4)])
    >>> d.touches(4, 6), d.touches(5, 9), d.touches(12, 20), d.touches(0, 1)
    (True, False, True, False)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_end = list(accumulate((b for _, b in ordered), max))

    def touches(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, end) - 1
        return k >= 0 and self._max_end[k] >= start


def _mention(doc: Document, rep: Repaired, smap: OffsetMap, damage: DamageIndex, sentences: SentenceIndex,
             q: Quantity, where: tuple[str, str, str, str], shift: int = 0, confidence: str = "") -> Mention:
    r_start, r_end = smap.span(q.start, q.end)
    o_start, o_end = rep.original_span(r_start, r_end)
    # damaged: repair could not restore text the figure touches, or its numeral was not read whole
    damaged = q.unreadable or damage.touches(o_start, o_end)
    o_start, o_end = o_start + shift, o_end + shift
    return _new_mention((doc.doc_id, o_start, o_end, doc.text[o_start:o_end], q.value, q.approx, q.value_high,
                         q.unit, q.currency, q.entity, q.category, damaged, confidence, rep.in_body(r_start),
                         sentences.around(q.start, q.end), *where))


def _new_mention(values: tuple) -> Mention:
    """`Mention(*values)` without the frozen dataclass's `__init__`, which sets each of the 19 fields
    through `object.__setattr__` and costs twice as much; the object is the same (fields in order).

    >>> _new_mention(tuple(range(19))) == Mention(*range(19))
    True
    """
    m = object.__new__(Mention)
    m.__dict__.update(zip(MENTION_COLUMNS, values))
    return m


class SentenceIndex:
    """The sentence (between 。！？； or line breaks) around spans of one text.

    The sentence ends are listed once per document; each question is then two bisections,
    and looks at most `reach` characters each way (250, of which 200 at least: no sentence of the seeds is cut), so a
    document without punctuation (one 50 MB line) costs the same per mention as an ordinary one,
    and a row never carries more than about 500 characters of context. The figures of one
    sentence share one string (10 MB of dense figures used to hold a 1,000-character copy per row).

    >>> SentenceIndex("甲。建立751个支部。乙").around(3, 9)
    '建立751个支部。'
    """

    def __init__(self, text: str, reach: int = 250) -> None:
        self._text = text
        self._reach = reach
        self._grid = max(1, reach // 5)
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]  # one past each 。！？； or line break
        self._last: tuple[int, int, str] = (-1, -1, "")

    def around(self, start: int, end: int) -> str:
        """The sentence holding text[start:end], cut at `reach` characters each way."""
        ends, reach, grid = self._ends, self._reach, self._grid
        # A cut falls on a multiple of `grid` (between reach - grid and reach characters away), so
        # that the figures of a long run without punctuation share their context string.
        lo = max(0, ((start - reach) // grid + 1) * grid) if start > reach else 0
        hi = ((end + reach) // grid) * grid
        k = bisect_right(ends, start) - 1  # the last sentence end at or before start
        left = ends[k] if k >= 0 and ends[k] > lo else lo
        k = bisect_right(ends, end)  # the first sentence end after end
        right = ends[k] if k < len(ends) and ends[k] <= hi else min(len(self._text), hi)
        if (left, right) != self._last[:2]:  # (figures come in order: the previous one may share it)
            self._last = (left, right, self._text[left:right].strip())
        return self._last[2]


def mention_rows(analysis: Analysis, include_boilerplate: bool = False) -> list[dict]:
    """Mentions as dicts in MENTION_COLUMNS order; boilerplate left out unless asked for."""
    # A plain dict per mention: dataclasses.asdict deep-copies every field, which costs
    # more than the extraction on documents with many mentions.
    return [{name: getattr(m, name) for name in MENTION_COLUMNS}
            for m in analysis.mentions if include_boilerplate or m.in_body]


assert [f.name for f in fields(Mention)] == MENTION_COLUMNS
