"""Stage 6, tables: mention rows → the mention table (one row per quantity mention, with provenance)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from ..corpus import Document, load
from ..pipeline import Analysis, analyse, mention_rows
from .columns import MENTION_TABLE_COLUMNS, _typed


def mentions(sources: Iterable[Analysis | Document | str | Path], include_boilerplate: bool = False) -> pd.DataFrame:
    """The mention table of some documents (paths, loaded `Document`s or `Analysis` results).

    A bad file raises its typed error (mobilization.errors); callers that must go on with
    the other files analyse them one by one (see mainjob). `in_body` is a column only when
    boilerplate is included. Place and date are the document's (mobilization.documents).

    >>> from mobilization.corpus import Document
    >>> doc = Document("x", "x.txt", "", "utf-8", "建立751個臨時黨支部。", {"place_code": "370202"})
    >>> row = mentions([doc]).iloc[0]
    >>> row["doc"], int(row["start"]), row["surface"][:4], float(row["value"]), row["place_code"], row["place_name"]
    ('x', 2, '751個', 751.0, '370202', '市南区')
    """
    rows: list[dict] = []
    for source in sources:
        analysis = source if isinstance(source, Analysis) else analyse(
            source if isinstance(source, Document) else load(source))
        rows.extend(mention_rows(analysis, include_boilerplate=include_boilerplate))
    return mention_frame(rows, include_boilerplate)


def mention_frame(rows: list[dict], include_boilerplate: bool = False) -> pd.DataFrame:
    """Mention rows (dicts with MENTION_COLUMNS) → the mention table, typed and sorted.

    >>> mention_frame([]).columns.tolist() == [c for c in MENTION_TABLE_COLUMNS if c != "in_body"]
    True
    """
    columns = MENTION_TABLE_COLUMNS if include_boilerplate else [c for c in MENTION_TABLE_COLUMNS if c != "in_body"]
    df = pd.DataFrame(rows, columns=MENTION_TABLE_COLUMNS)
    df = _typed(df[columns])
    return df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)
