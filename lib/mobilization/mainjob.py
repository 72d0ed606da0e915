"""The main job (`mobilization run`): the whole pipeline on a folder, tables, figures, notebooks."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from .corpus import iter_paths, load
from .errors import MobilizationError
from .lexicon import data_dir
from .outputs import write_table
from .pipeline import MENTION_COLUMNS, analyse, mention_rows


def run_main(folder: Path, notebooks: bool = False) -> int:
    """Mention table of every document in `folder` → data/derived/ (CSV and Parquet)."""
    rows: list[dict] = []
    failed = 0
    for path in iter_paths([folder]):
        try:
            rows.extend(mention_rows(analyse(load(path)), include_boilerplate=True))
        except MobilizationError as err:
            print(f"mobilization: {err}", file=sys.stderr)
            failed += 1
    mentions = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    derived = data_dir() / "derived"
    for suffix in (".csv", ".parquet"):
        write_table(mentions, derived / f"mentions{suffix}")
    print(f"mobilization: {len(mentions)} mentions from {mentions['doc'].nunique()} documents → {derived}")
    return 1 if failed else 0
