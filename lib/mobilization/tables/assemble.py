"""Stage 6, tables: every table of one run — documents, duplicates, mentions, facts, indicators (`build`)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..corpus import Document, load
from ..pipeline import Analysis, analyse
from .curated import seed_paths
from .fact_table import facts
from .indicator_table import indicators
from .mention_table import mentions


@dataclass(frozen=True)
class Tables:
    """The tables of one run: documents, duplicates, mentions, facts, indicators."""

    mentions: pd.DataFrame
    facts: pd.DataFrame
    indicators: pd.DataFrame
    documents: pd.DataFrame
    duplicates: pd.DataFrame


def build(sources: Iterable[Analysis | Document | str | Path] | None = None,
          documents_df: pd.DataFrame | None = None) -> Tables:  # noqa: D417
    """The tables of some documents (default: the seed reports).

    >>> t = build()
    >>> sorted(set(t.mentions["doc"])) == [p.stem for p in seed_paths()], len(t.facts) <= len(t.mentions)
    (True, True)
    """
    analyses = [s if isinstance(s, Analysis) else analyse(s if isinstance(s, Document) else load(s))
                for s in (seed_paths() if sources is None else sources)]
    return from_analyses(analyses, documents_df)


def from_analyses(analyses: list[Analysis], documents_df: pd.DataFrame | None = None) -> Tables:
    """The tables of analysed documents; indicators for every place of the documents table.

    `documents_df`: the documents table (default: the one the analyses carry, `documents.describe`:
    the user's metadata where given, else read from the text).
    """
    from .. import duplicates
    from ..documents import document_frame, describe

    docs = document_frame([a.info or describe(a) for a in analyses]) if documents_df is None else documents_df
    m = mentions(analyses)
    f = facts(m, docs)
    dups = duplicates.from_analyses(analyses)
    return Tables(m, f, indicators(f, docs, dups), docs, dups)
