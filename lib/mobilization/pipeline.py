"""The per-document pipeline: load → repair → convert to simplified → extract → mention rows.

`analyse(doc)` is the one function every front end (notebooks, command line, process
pool, Dask) calls per document. It holds no global state beyond per-process caches
(OpenCC converters, lexicons), so it runs unchanged in worker processes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, fields
from itertools import accumulate

from .corpus import Document
from .documents import Detected, DocumentInfo, describe, detect
from .offsets import OffsetMap
from .quantities import SENTENCE_END, Quantity, extract
from .repair import Repaired, repair
from .script import convert_with_map

# Columns of the mention table, in order (docs/mention-table.md): the figure, then the place and
# date of its report (as in the documents table, mobilization.documents).
MENTION_COLUMNS = ["doc", "start", "end", "surface", "value", "approx", "value_high", "unit", "currency", "entity",
                   "category", "damaged", "in_body", "sentence", "place_code", "place_name", "date", "date_precision"]
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END)}]")


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
    rep = repair(doc.text)
    simplified, smap = convert_with_map(rep.text, "t2s")
    quantities = tuple(extract(simplified))
    detected = detect(rep, simplified, smap)
    info = describe(doc, detected=detected)
    return Analysis(doc, rep, simplified, quantities, mentions(doc, rep, simplified, smap, quantities, info),
                    info, detected)


def mentions(doc: Document, rep: Repaired, simplified: str, smap: OffsetMap,
             quantities: Sequence[Quantity], info: DocumentInfo | None = None) -> tuple[Mention, ...]:
    """The quantities of `simplified` as mentions of the original text of `doc` (place and date from `info`)."""
    if not quantities:
        return ()
    damage = DamageIndex([(s.start, s.end) for s in rep.damaged])
    sentences = SentenceIndex(simplified)
    where = (info.place_code, info.place_name, info.date, info.date_precision) if info else ("", "", "", "")
    return tuple(_mention(doc, rep, smap, damage, sentences, q, where) for q in quantities)


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
             q: Quantity, where: tuple[str, str, str, str]) -> Mention:
    r_start, r_end = smap.span(q.start, q.end)
    o_start, o_end = rep.original_span(r_start, r_end)
    # damaged: repair could not restore text the figure touches, or its numeral was not read whole
    damaged = q.unreadable or damage.touches(o_start, o_end)
    return _new_mention((doc.doc_id, o_start, o_end, doc.text[o_start:o_end], q.value, q.approx, q.value_high,
                         q.unit, q.currency, q.entity, q.category, damaged, rep.in_body(r_start),
                         sentences.around(q.start, q.end), *where))


def _new_mention(values: tuple) -> Mention:
    """`Mention(*values)` without the frozen dataclass's `__init__`, which sets each of the 18 fields
    through `object.__setattr__` and costs twice as much; the object is the same (fields in order).

    >>> _new_mention(tuple(range(18))) == Mention(*range(18))
    True
    """
    m = object.__new__(Mention)
    m.__dict__.update(zip(MENTION_COLUMNS, values))
    return m


class SentenceIndex:
    """The sentence (between 。！？； or line breaks) around spans of one text.

    The sentence ends are listed once per document; each question is then two bisections,
    and looks at most `reach` characters each way, so a document without punctuation (one
    50 MB line) costs the same per mention as an ordinary one.

    >>> SentenceIndex("甲。建立751个支部。乙").around(3, 9)
    '建立751个支部。'
    """

    def __init__(self, text: str, reach: int = 500) -> None:
        self._text = text
        self._reach = reach
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]  # one past each 。！？； or line break

    def around(self, start: int, end: int) -> str:
        """The sentence holding text[start:end], cut at `reach` characters each way."""
        ends, reach = self._ends, self._reach
        lo = max(0, start - reach)
        k = bisect_right(ends, start) - 1  # the last sentence end at or before start
        left = ends[k] if k >= 0 and ends[k] > lo else lo
        k = bisect_right(ends, end)  # the first sentence end after end
        right = ends[k] if k < len(ends) and ends[k] <= end + reach else min(len(self._text), end + reach)
        return self._text[left:right].strip()


def mention_rows(analysis: Analysis, include_boilerplate: bool = False) -> list[dict]:
    """Mentions as dicts in MENTION_COLUMNS order; boilerplate left out unless asked for."""
    # A plain dict per mention: dataclasses.asdict deep-copies every field, which costs
    # more than the extraction on documents with many mentions.
    return [{name: getattr(m, name) for name in MENTION_COLUMNS}
            for m in analysis.mentions if include_boilerplate or m.in_body]


assert [f.name for f in fields(Mention)] == MENTION_COLUMNS
