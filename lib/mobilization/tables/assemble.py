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
from ..place_filter import DEFAULT_MIN_CONFIDENCE, check_min_confidence, places_used, set_aside


@dataclass(frozen=True)
class Tables:
    """The tables of one run: documents, duplicates, mentions, facts, indicators.

    `documents` is what was read (every detected place with its confidence word); the facts, the indicators and
    the charts use only detected places at or above `min_confidence` (`places_used`: the documents table as they
    read it; `set_aside`: the reports whose detected place was below it, which count as unplaced).
    """

    mentions: pd.DataFrame
    facts: pd.DataFrame
    indicators: pd.DataFrame
    documents: pd.DataFrame
    duplicates: pd.DataFrame
    min_confidence: str = DEFAULT_MIN_CONFIDENCE

    @property
    def places_used(self) -> pd.DataFrame:
        """The documents table as the place tables read it (a set-aside report has no place here)."""
        return places_used(self.documents, self.min_confidence)

    @property
    def set_aside(self) -> list[str]:
        """The reports whose detected place is below `min_confidence`: in no place's facts, indicators or charts."""
        return set_aside(self.documents, self.min_confidence)


def build(sources: Iterable[Analysis | Document | str | Path] | None = None,
          documents_df: pd.DataFrame | None = None, min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> Tables:  # noqa: D417
    """The tables of some documents (default: the seed reports).

    >>> t = build()
    >>> sorted(set(t.mentions["doc"])) == [p.stem for p in seed_paths()], len(t.facts) <= len(t.mentions)
    (True, True)
    """
    analyses = [s if isinstance(s, Analysis) else analyse(s if isinstance(s, Document) else load(s))
                for s in (seed_paths() if sources is None else sources)]
    return from_analyses(analyses, documents_df, min_confidence)


def from_analyses(analyses: list[Analysis], documents_df: pd.DataFrame | None = None,
                  min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> Tables:
    """The tables of analysed documents; indicators for every place of the documents table that is used.

    `documents_df`: the documents table (default: the one the analyses carry, `documents.describe`:
    the user's metadata where given, else read from the text). `min_confidence` (high, medium or low): a place
    read from the text with a lower confidence word is set aside (`place_filter.places_used`): its report's facts
    have no place and it is in no indicator. A user's place always counts.
    """
    from .. import duplicates
    from ..documents import document_frame, describe

    check_min_confidence(min_confidence)
    docs = document_frame([a.info or describe(a) for a in analyses]) if documents_df is None else documents_df
    used = places_used(docs, min_confidence)
    m = mentions(analyses)
    f = facts(m, used)
    dups = duplicates.from_analyses(analyses)
    return Tables(m, f, indicators(f, used, dups), docs, dups, min_confidence)
