"""The documents table: one row per document with its place and date, from the user or read from its text.

`describe(doc_or_analysis, user=None) -> DocumentInfo` gives one document's row;
`documents_table(sources, user=None)` gives the table (DOCUMENT_COLUMNS, in order). The contract
is in docs/places.md:

- place: a user's `place_code` (or `place`, a name such as 宕昌县 or 甘肃省陇南市宕昌县) wins;
  else `places.detect_place` reads it from the text (source `detected`); else none;
- date: a user's `date` (2020-02-19, 2020-02 or 2020) wins; else `dates.detect_date`;
- user metadata comes from the document itself (`Document.meta`: a row of data/documents.csv
  for the seeds, the columns of a Parquet document table) and from `user` (a documents CSV or
  Parquet file read by `read_user_metadata`, or a dict doc → fields), which wins over both; a
  row whose `doc` is `*` applies to every document. Reading and checking it is `user_metadata`'s
  (its names are importable from here too).
- evidence gives the offsets in the ORIGINAL text of the document: "start:end surface; how";
  a detected place's confidence word (high, medium, low) is also a column of its own,
  `place_confidence`, so that a table can be filtered on it (`tables.places_used`).
- a documents table given back (`--meta`, `--documents`) keeps what was read: a row whose `place_source` is
  `detected` and whose place is still the one the text gives stays detected, with its evidence and confidence word
  (so a low place is still set aside); a place changed in such a row, or given in any other row, is the user's.
  Dates likewise (`date_source`). `given_back_notes` says what was kept and what taken as the user's.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import Document, load
from .dates import DateGuess, detect_date
from .gazetteer import divisions
from .places import PlaceGuess, detect_place, zones_of
from .repair import Repaired, repair
from .script import convert_with_map
from .given_back import as_written, given_back_notes  # noqa: F401 (re-exported)
from .user_metadata import (ALL_DOCUMENTS, AS_READ_FIELDS, DETECTED, USER_FIELDS, _user_fields,  # noqa: F401 (re-exported)
                            apply_user_metadata, decode_csv_bytes, mention_overrides,
                            no_census_place, normalise_date, read_user_metadata, unmatched_metadata,
                            unused_columns_warning, user_place)

if TYPE_CHECKING:
    import pandas as pd

    from .offsets import OffsetMap
    from .pipeline import Analysis

DOCUMENT_COLUMNS = ["doc", "place_code", "place_name", "place_level", "place_source", "place_evidence",
                    "place_confidence", "date", "date_precision", "date_source", "date_evidence", "population_2020"]


@dataclass(frozen=True)
class DocumentInfo:
    """One row of the documents table (see the module docstring)."""

    doc: str
    place_code: str
    place_name: str
    place_level: str
    place_source: str  # user | detected | none
    place_evidence: str
    place_confidence: str  # high | medium | low for a detected place (data/place_confidence.csv); "" for user/none
    date: str
    date_precision: str  # day | month | year | ""
    date_source: str  # user | detected | none
    date_evidence: str
    population_2020: int | None


assert [f.name for f in fields(DocumentInfo)] == DOCUMENT_COLUMNS


# ---------------------------------------------------------------------------- detection

@dataclass(frozen=True)
class Detected:
    """What the text says, with offsets mapped to the original text."""

    place: PlaceGuess
    date: DateGuess
    place_span: tuple[int, int]
    date_span: tuple[int, int]


def detect(rep: Repaired, simplified: str, smap: "OffsetMap") -> Detected:
    """Place and date read from a repaired document (`simplified` = its t2s text, `smap` its offsets)."""
    zones = zones_of(rep, simplified)
    place = detect_place(rep, simplified, zones)
    when = detect_date(simplified, zones)
    return Detected(place, when, _original(rep, smap, place.start, place.end), _original(rep, smap, when.start, when.end))


def _original(rep: Repaired, smap: "OffsetMap", start: int, end: int) -> tuple[int, int]:
    if start < 0:
        return -1, -1
    r_start, r_end = smap.span(start, end)
    return rep.original_span(r_start, r_end)


def describe(source: "Analysis | Document", user: Mapping[str, Mapping[str, str]] | None = None,
             detected: Detected | None = None) -> DocumentInfo:
    """The documents-table row of one document (or of an `Analysis`, which saves repairing it again).

    >>> d = Document("x", "x.txt", "", "utf-8", "甘肅宕昌:黨員下沉\\n2020年03月09日 來源:宕昌縣委組織部\\n全縣建立臨時黨支部143個。\\n")
    >>> info = describe(d)
    >>> info.place_code, info.place_name, info.place_source, info.date, info.date_precision
    ('621223', '宕昌县', 'detected', '2020-03-09', 'day')
    >>> info.place_evidence, info.place_confidence
    ('2:4 宕昌; confidence high; 2 mentions (title+source)', 'high')
    >>> astuple(describe(d, {"x": {"place_code": "370202", "date": "2020-02"}}))[1:9]
    ('370202', '市南区', 'county', 'user', '', '', '2020-02', 'month')
    """
    if not isinstance(source, Document):  # an Analysis (not imported: the pipeline imports this module)
        doc = source.doc
        if detected is None:
            detected = source.detected if getattr(source, "detected", None) else None
        if detected is None:
            _, smap = convert_with_map(source.repaired.text, "t2s")
            detected = detect(source.repaired, source.simplified, smap)
    else:
        doc = source
        if detected is None:
            rep = repair(doc.text)
            simplified, smap = convert_with_map(rep.text, "t2s")
            detected = detect(rep, simplified, smap)
    given = _user_fields(doc, user)
    where = f"metadata of {doc.doc_id}"
    return _info(doc, given, detected, where)


def _info(doc: Document, given: Mapping[str, str], det: Detected, where: str) -> DocumentInfo:
    table = divisions()
    code = user_place(given, where)
    if code and given.get("place_source") == DETECTED and (code == det.place.code or as_written(given, "place_source")):
        code = ""  # a documents table given back: the place read, unchanged, stays read (with its word); left as
        # written while the text is read otherwise now, it is read again (round k13; given_back_notes names it)
    if code:
        place = (code, "user", "", "")
    elif no_census_place(given):
        place = ("", "user", f"{no_census_place(given)}: no census place (data/no_census_places.csv)", "")
    elif det.place.code:
        a, b = det.place_span
        place = (det.place.code, "detected",
                 f"{a}:{b} {doc.text[a:b]}; confidence {det.place.confidence}; "
                 f"{det.place.mentions} mention{'s' * (det.place.mentions != 1)} ({det.place.zones})",
                 det.place.confidence)
    else:
        place = ("", "none", "", "")
    day, precision = normalise_date(given.get("date", ""), where)
    if given.get("date_source") == DETECTED and ((day, precision) == (det.date.date, det.date.precision)
                                                 or as_written(given, "date_source")):
        day = ""  # likewise a date read, unchanged (or left as written and read otherwise now)
    if day:
        when = (day, precision, "user", "")
    elif det.date.date:
        a, b = det.date_span
        when = (det.date.date, det.date.precision, "detected", f"{a}:{b} {doc.text[a:b]}; {det.date.how}")
    else:
        when = ("", "", "none", "")
    division = table.get(place[0])
    return DocumentInfo(doc.doc_id, place[0], division.name if division else "", division.level if division else "",
                        place[1], place[2], place[3], when[0], when[1], when[2], when[3],
                        division.population if division else None)


def documents_table(sources: Iterable["Analysis | Document | str | Path"],
                    user: Mapping[str, Mapping[str, str]] | None = None) -> "pd.DataFrame":
    """The documents table of some documents (paths, `Document`s or `Analysis` results), sorted by doc.

    >>> documents_table([Document("x", "x.txt", "", "utf-8", "全国党员捐款。")]).iloc[0][["place_source", "date_source"]].tolist()
    ['none', 'none']
    """
    rows = [describe(s if not isinstance(s, (str, Path)) else load(s), user) for s in sources]
    return document_frame(rows)


def document_frame(rows: Iterable[DocumentInfo]) -> "pd.DataFrame":
    """DocumentInfo rows as a DataFrame (DOCUMENT_COLUMNS; population as a nullable integer)."""
    import pandas as pd

    df = pd.DataFrame([astuple(r) for r in rows], columns=DOCUMENT_COLUMNS)
    df["population_2020"] = df["population_2020"].astype("Int64")
    return df.sort_values("doc", kind="stable").reset_index(drop=True)


def shared_ids(named: Iterable[tuple[str, str]]) -> list[str]:
    """One line for each document id that more than one input gives, or [] when every id is its own.

    `named`: (how a message names the input, its document id) pairs: a file and `corpus.doc_id_of` of it, or a
    Parquet table's row (`docs.parquet row 2`) and its `doc` cell. A file's id is its name without the suffix, so
    `2020/001.txt` and `2021/001.txt` in one corpus are both `001`: every table would hold two rows `001` that no
    one could trace back to their text, a `--meta` row would set both, and `run` stopped on them with a traceback.
    The same file named twice (`extract seeds seeds/000_….txt`) would be counted twice. The commands say so
    before anything is written.

    >>> print(*shared_ids([("a/001.txt", "001"), ("b/001.txt", "001"), ("b/002.txt", "002")]))
    a/001.txt, b/001.txt: 2 inputs give the one document id 001 (a file name without its suffix, or a table's doc), so their rows could not be told apart: rename them (a_001.txt) or give them to separate runs
    >>> shared_ids([("x/a.txt", "a"), ("x/../x/a.txt", "a")]), shared_ids([("a.txt", "a"), ("t.parquet row 0", "b")])
    (['x/a.txt: given twice (as x/a.txt, x/../x/a.txt); its rows would be counted twice: name it once'], [])
    >>> shared_ids([("t.parquet row 0", "a"), ("t.parquet row 1", "a")])[0].split(": ")[-1]
    'give each row of a table a doc of its own'
    """
    from .errors import printable

    by_id: dict[str, list[str]] = {}
    for name, doc in named:
        by_id.setdefault(doc, []).append(name)
    lines = []
    for doc, names in by_id.items():
        if len(names) < 2:
            continue
        listed = ", ".join(printable(n) for n in names)
        if len({Path(n).resolve() for n in names}) == 1:
            lines.append(f"{printable(names[0])}: given twice (as {listed}); its rows would be counted twice: "
                         "name it once")
            continue
        first = Path(names[0])
        fix = (f"rename them ({printable(first.parent.name or 'x')}_{printable(first.name)}) or give them to separate "
               "runs" if printable(first.stem) == doc else "give each row of a table a doc of its own")
        lines.append(f"{listed}: {len(names)} inputs give the one document id {printable(doc)} (a file name without "
                     f"its suffix, or a table's doc), so their rows could not be told apart: {fix}")
    return lines


# Document ids shared by several inputs that are named one line each (a corpus of year folders may share hundreds).
_SHARED_SHOWN = 5


def say_shared_ids(named: Iterable[tuple[str, str]], say: "Callable[[str], None]") -> bool:
    """Whether some inputs share a document id (`shared_ids`), after saying so: one line each for the first few,
    and a last line, nothing written (the commands then stop with exit code 2)."""
    lines = shared_ids(named)
    for line in lines[:_SHARED_SHOWN]:
        say(line)
    if lines:
        more = f" ({len(lines) - _SHARED_SHOWN} more not shown)" if len(lines) > _SHARED_SHOWN else ""
        say(f"{len(lines)} document id(s) given by more than one input{more}; nothing written")
    return bool(lines)
