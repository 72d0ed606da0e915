"""Writing results: one file whole or not at all (a hidden temporary file beside it, then a rename), and tables.

`atomic_path` yields the temporary file and renames it over the target at the end; `write_table` writes
one DataFrame as CSV or Parquet; `TableWriter` appends DataFrames chunk by chunk (CSV, one Parquet file,
or a folder of Parquet parts, built with `folders.atomic_dir`) for corpora too large to hold in memory.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # pandas/pyarrow are imported when a table is written, not at start-up
    import pandas as pd

from .folders import atomic_dir
from .targets import FILE_SUFFIXES, output_kind
from .temporary import _usual_mode, clean_leftovers


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success rename it over `path`, else delete it.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "a.txt") as tmp:
    ...     _ = tmp.write_text("ok")
    >>> (d / "a.txt").read_text(), sorted(p.name for p in d.iterdir())
    ('ok', ['a.txt'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(path)  # (a killed earlier write of this file left its hidden temporary file)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.new-{os.getpid()}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.chmod(_usual_mode(0o666))
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_table(df: "pd.DataFrame", path: str | Path) -> Path:
    """Write a DataFrame as .csv (UTF-8) or .parquet, chosen by the suffix, atomically.

    >>> import pandas as pd, tempfile, pathlib
    >>> p = write_table(pd.DataFrame({"a": [1]}), pathlib.Path(tempfile.mkdtemp()) / "t.csv")
    >>> p.read_text()
    'a\\n1\\n'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise ValueError(f"{path}: output must end in .csv or .parquet")
    with atomic_path(path) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False, encoding="utf-8")
        else:
            df.to_parquet(tmp, index=False)
    return path


class TableWriter:
    """Append DataFrames (same columns and dtypes each time) to CSV, Parquet or a Parquet folder.

    Nothing is visible at `path` until `close()`; leaving the `with` block by an exception
    deletes everything written. An empty table still gets its header (CSV) or schema (Parquet).

    >>> import pandas as pd, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "m.csv"
    >>> with TableWriter(out) as w:
    ...     w.write(pd.DataFrame({"a": [1]})); w.write(pd.DataFrame({"a": [2]}))
    >>> out.read_text(), w.rows
    ('a\\n1\\n2\\n', 2)
    """

    def __init__(self, path: str | Path, rows_per_part: int = 1_000_000) -> None:
        self.path = Path(path)
        self.kind = output_kind(path)
        self.rows = 0
        self._rows_per_part = rows_per_part
        self._stack: list = []
        self._tmp: Path | None = None
        self._handle = None  # CSV text file or pyarrow ParquetWriter
        self._schema = None
        self._empty: "pd.DataFrame | None" = None
        self._part = 0
        self._part_rows = 0

    def __enter__(self) -> "TableWriter":
        self._context = atomic_dir(self.path) if self.kind == "dir" else atomic_path(self.path)
        self._tmp = self._context.__enter__()
        if self.kind == "csv":
            self._handle = open(self._tmp, "w", encoding="utf-8", newline="")
        return self

    def write(self, df: "pd.DataFrame") -> None:
        if self._empty is None:
            self._empty = df.iloc[:0]
            self._begin(df)
        if df.empty:
            return
        if self.kind == "csv":
            df.to_csv(self._handle, index=False, header=False, lineterminator="\n")
        else:
            import pyarrow as pa

            if self.kind == "dir" and self._part_rows >= self._rows_per_part:
                self._next_part()
            self._handle.write_table(pa.Table.from_pandas(df, schema=self._schema, preserve_index=False))
            self._part_rows += len(df)
        self.rows += len(df)

    def _begin(self, df: "pd.DataFrame") -> None:
        if self.kind == "csv":
            df.iloc[:0].to_csv(self._handle, index=False, lineterminator="\n")
            return
        import pyarrow as pa

        self._schema = pa.Schema.from_pandas(df.iloc[:0], preserve_index=False)
        self._next_part()

    def _next_part(self) -> None:
        import pyarrow.parquet as pq

        if self._handle is not None:
            self._handle.close()
        if self.kind == "dir":
            target = self._tmp / f"part-{self._part:05d}.parquet"
            self._part += 1
        else:
            target = self._tmp
        self._handle = pq.ParquetWriter(target, self._schema)
        self._part_rows = 0

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None and self._empty is None:
                raise ValueError(f"{self.path}: nothing was written (no columns known)")
            if self._handle is not None:
                self._handle.close()
                self._handle = None
        except BaseException as err:
            self._context.__exit__(type(err), err, err.__traceback__)
            raise
        return bool(self._context.__exit__(exc_type, exc, tb))
