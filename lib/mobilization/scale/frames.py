"""Scale, frames: mention rows as pandas DataFrames with fixed dtypes, and the Dask DataFrame route.

- `mention_frame(rows)` / `mention_dtypes()`: the mention table with the same dtypes for every engine;
- `extract_frame(paths)` / `documents_frame(paths)`: files → one DataFrame (for notebooks and tests);
- `mentions_dask(docs)` maps the pipeline over a Dask DataFrame of documents and returns a Dask
  DataFrame of mentions with the same columns and dtypes as `mention_frame`.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .inputs import chunked, iter_sources, resolve_inputs
from .run import mention_tuples, run_chunks

if TYPE_CHECKING:  # imported lazily at run time: `mobilization --help` must stay fast
    import pandas as pd

# Mention-table dtypes shared by every engine (and by the Dask meta); columns the
# pipeline adds later default to object.
_DTYPES = {"doc": "str", "start": "int64", "end": "int64", "surface": "str", "value": "float64",
           "approx": "str", "value_high": "float64", "unit": "str", "currency": "str", "entity": "str",
           "category": "str", "damaged": "bool", "confidence": "str", "in_body": "bool", "sentence": "str", "place_code": "str",
           "place_name": "str", "date": "str", "date_precision": "str"}


def mention_dtypes(columns: Sequence[str] | None = None) -> dict[str, str]:
    """The dtype of each mention-table column (the same for every engine).

    >>> mention_dtypes(["doc", "value", "damaged"])
    {'doc': 'str', 'value': 'float64', 'damaged': 'bool'}
    """
    from ..pipeline import MENTION_COLUMNS

    return {c: _DTYPES.get(c, "object") for c in (columns or MENTION_COLUMNS)}


def mention_frame(rows: Sequence[tuple | dict], columns: Sequence[str] | None = None) -> "pd.DataFrame":
    """Mention rows (tuples in MENTION_COLUMNS order, or dicts) as a DataFrame with fixed dtypes,
    keeping `columns` (default: all).

    >>> mention_frame([]).dtypes["start"], list(mention_frame([], ["doc", "value"]).columns)
    (dtype('int64'), ['doc', 'value'])
    """
    import pandas as pd

    from ..pipeline import MENTION_COLUMNS

    frame = pd.DataFrame(list(rows), columns=MENTION_COLUMNS)
    frame["value_high"] = pd.to_numeric(frame["value_high"], errors="coerce")
    keep = list(columns or MENTION_COLUMNS)
    return frame[keep].astype(mention_dtypes(keep))


def extract_frame(paths: "Sequence[str | Path] | str | Path", jobs: int = 1,
                  include_boilerplate: bool = False) -> "pd.DataFrame":
    """The mention table of files/folders/tables (a list, or one path) in one DataFrame (for
    notebooks and tests; the command line streams instead). Bad inputs are left out silently here.

    >>> seeds = Path(__file__).resolve().parents[3] / "seeds"
    >>> sorted(extract_frame([seeds])["doc"].unique())[:1]
    ['000_2f153b118d3bd113']
    """
    rows: list[tuple] = []
    for result in run_chunks(chunked(iter_sources(resolve_inputs(paths))), jobs, include_boilerplate):
        rows.extend(result.rows)
    return mention_frame(rows)


def documents_frame(paths: "Sequence[str | Path] | str | Path") -> "pd.DataFrame":
    """Loaded documents as a DataFrame (doc, text and their metadata), e.g. to build the
    Dask DataFrame `mentions_dask` takes. Holds every text: for modest corpora only.

    >>> documents_frame([Path(__file__).resolve().parents[3] / "seeds"]).columns[:3].tolist()
    ['doc', 'text', 'doc_id']
    """
    import pandas as pd

    from ..corpus import load

    records = []
    for path in resolve_inputs(paths).files:
        doc = load(path)
        records.append({"doc": doc.doc_id, "text": doc.text, **doc.meta})
    return pd.DataFrame.from_records(records).fillna("")


def mentions_of_documents(docs: "pd.DataFrame", include_boilerplate: bool = False) -> "pd.DataFrame":
    """The mention table of a pandas DataFrame of documents (columns `text`, `doc` or
    `doc_id`, metadata): the function `mentions_dask` maps over partitions.

    >>> import pandas as pd
    >>> mentions_of_documents(pd.DataFrame({"doc": ["x"], "text": ["建立751個支部。"]}))[["doc", "value"]].values.tolist()
    [['x', 751.0]]
    """
    from ..corpus import Document
    from ..pipeline import MENTION_COLUMNS, analyse

    id_col = "doc" if "doc" in docs.columns else "doc_id"
    meta_cols = [c for c in docs.columns if c not in ("text", id_col)]
    rows: list[tuple] = []
    for record in docs.to_dict("records"):
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            continue
        meta = {c: "" if _missing(record[c]) else str(record[c]) for c in meta_cols}
        doc = Document(str(record[id_col]), "", "", "utf-8", text, meta)
        rows.extend(mention_tuples(analyse(doc), include_boilerplate))
    columns = MENTION_COLUMNS if include_boilerplate else [c for c in MENTION_COLUMNS if c != "in_body"]
    return mention_frame(rows, columns)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def mentions_dask(docs_ddf, include_boilerplate: bool = False):
    """Dask DataFrame of documents (doc, text, metadata) → Dask DataFrame of mentions, with
    the same columns and dtypes as the single-process table (explicit `meta`).

    Each partition runs `pipeline.analyse` per document; OpenCC converters are built once per
    worker process (they cannot be pickled, so nothing global is shipped).

    >>> import dask.dataframe as dd, pandas as pd
    >>> docs = dd.from_pandas(pd.DataFrame({"doc": ["x", "y"], "text": ["建立751個支部。", "3名党员"]}), npartitions=2)
    >>> mentions_dask(docs).compute(scheduler="sync")["value"].tolist()
    [751.0, 3.0]
    """
    from ..pipeline import MENTION_COLUMNS

    columns = MENTION_COLUMNS if include_boilerplate else [c for c in MENTION_COLUMNS if c != "in_body"]
    meta = mention_frame([], columns)
    return docs_ddf.map_partitions(mentions_of_documents, include_boilerplate, meta=meta,
                                   enforce_metadata=False, align_dataframes=False)
