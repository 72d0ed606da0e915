"""Stage 6, tables: the columns of the mention, facts and indicators tables, and how their cells are typed.

Lists in cells are "; "-joined strings (`SEP`), so CSV and Parquet hold the same thing. A
value no report gives is missing (`NOT_REPORTED`), never zero.
"""
from __future__ import annotations

import math

import pandas as pd

from ..pipeline import MENTION_COLUMNS


# The mention table: ONE column order for `extract`, `mentions()` and data/derived/mentions.*
# (docs/mention-table.md); `in_body` only when boilerplate is kept.
MENTION_TABLE_COLUMNS = list(MENTION_COLUMNS)
_FACT_PLACE = ["place_code", "place_name", "date", "date_precision"]
FACT_COLUMNS = ["fact_id", "doc", *_FACT_PLACE, "surface", "value", "approx", "value_high", "unit", "entity",
                "category", "kind", "role_in_total", "total_fact", "damaged", "confidence", "n_mentions", "mentions",
                "surfaces", "sentence"]
INDICATOR_COLUMNS = ["place_code", "place_name", "place_level", "indicator_id", "label_zh", "label_en", "unit",
                     "status", "value", "approx", "bound", "confidence", "combine", "rule_applied", "n_facts", "sources",
                     "candidates", "per_capita", "denominator", "per_10k", "denominator_status", "denominator_label",
                     "denominator_source", "denominator_note", "docs", "dates"]
NOT_REPORTED = "not reported"
NO_DENOMINATOR = "no denominator"
_BOOL = ("damaged", "in_body")
_INT = ("start", "end")
_FLOAT = ("value", "value_high")
SEP = "; "


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        if col in _INT:
            df[col] = df[col].astype("int64")
        elif col in _FLOAT:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        elif col in _BOOL:
            df[col] = df[col].astype("bool")
        elif not pd.api.types.is_numeric_dtype(df[col]):
            df[col] = df[col].astype("object").fillna("").astype("str")
    return df


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


_WORD_RANK = {"low": 0, "medium": 1, "high": 2}  # the figure's confidence words (data/figure_confidence.csv)


def lowest_word(words) -> str:
    """The lowest confidence word among `words` (high > medium > low); "" if none is a word.

    An indicator value is no surer than the least sure figure behind it.

    >>> lowest_word(["high", "medium", "high"]), lowest_word(["high", ""]), lowest_word([])
    ('medium', 'high', '')
    """
    known = [str(w) for w in words if str(w) in _WORD_RANK]
    return min(known, key=_WORD_RANK.__getitem__) if known else ""
