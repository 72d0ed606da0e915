"""Shared loader for the data files (lexicons, metadata) that researchers edit in `data/`.

Lexicons are CSV files with a header; lines starting with `#` are comments explaining
the columns. The data folder is the repository's `data/`, or `$MOBILIZATION_DATA`.
"""
from __future__ import annotations

import csv
import io
import os
from functools import lru_cache
from pathlib import Path


def data_dir() -> Path:
    """The folder holding lexicons and metadata.

    >>> (data_dir() / "places.csv").exists()
    True
    """
    override = os.environ.get("MOBILIZATION_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "data"


@lru_cache(maxsize=None)
def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>` as dicts, comment lines (`#...`) skipped, cells stripped.

    >>> read_rows("places.csv")[0]["place_id"]
    'shinan'
    """
    path = data_dir() / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return tuple({k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader)

