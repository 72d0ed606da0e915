"""Writing results: whole or not at all (temporary file or folder beside the target, then rename).

`write_table(df, path)` writes one DataFrame; `TableWriter` appends DataFrames chunk by
chunk (CSV, one Parquet file, or a folder of Parquet parts) for corpora too large to hold
in memory. Temporary names start with "." and end in ".tmp", so a run killed half-way
leaves no file that looks like an output, and the previous output stays as it was.

Nothing the command did not write is ever replaced (`check_target`): a folder output carries
a hidden marker file, and only an empty folder or one with that marker is replaced; a file
output replaces only an empty file or a mention table (its first columns `doc, start, end,
surface`).
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # pandas/pyarrow are imported when a table is written, not at start-up
    import pandas as pd

from .errors import MobilizationError

FILE_SUFFIXES = (".csv", ".parquet")
# A folder output holds this hidden file: it tells the next run that the folder is its own to
# replace (pyarrow and Dask skip hidden files when they read the folder as a dataset).
MARKER = ".mobilization-output"
_MARKER_TEXT = ("This folder was written by `mobilization extract` or `mobilization run`; the next run with the\n"
                "same --out replaces what it wrote. Without this file, the command refuses to write here.\n")
# The first columns of every mention table: a file that starts with them is a previous output.
_MENTION_HEAD = ("doc", "start", "end", "surface")


def mark_folder(folder: str | Path) -> None:
    """Create `folder` (if needed) and put the MARKER in it: the folder is this command's output.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "run"; mark_folder(d); (d / MARKER).is_file()
    True
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / MARKER).is_file():
        (folder / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")


class OutputError(MobilizationError):
    """OUT cannot be written without destroying something the command did not write, or at all."""


def _usual_mode(full: int) -> int:
    """The permissions an ordinary `open(path, "w")` (0o666) or `mkdir` (0o777) would give.

    tempfile makes its files and folders private (0o600, 0o700); the renamed output should
    be as readable as any file the user writes, so the umask decides, as usual.

    >>> old = os.umask(0o022); _ = os.umask(old)
    >>> oct(_usual_mode(0o666)) if old == 0o022 else '0o644'
    '0o644'
    """
    mask = os.umask(0)
    os.umask(mask)
    return full & ~mask


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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.chmod(_usual_mode(0o666))
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


@contextmanager
def atomic_dir(path: str | Path) -> Iterator[Path]:
    """Yield a temporary folder beside `path`; on success it replaces `path`, else it is deleted.

    A folder cannot be renamed over a non-empty one, so the old folder is first moved
    aside (hidden name) and deleted after the new one is in place.

    The new folder gets the MARKER file; a non-empty folder without it is never replaced
    (OutputError, before anything is written).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for text in ["old", "new"]:
    ...     with atomic_dir(d / "out") as tmp:
    ...         _ = (tmp / "part-00000.txt").write_text(text)
    >>> (d / "out" / "part-00000.txt").read_text(), sorted(p.name for p in d.iterdir())
    ('new', ['out'])
    >>> _ = (d / "notes").mkdir(), (d / "notes" / "a.md").write_text("mine")
    >>> with atomic_dir(d / "notes") as tmp:
    ...     pass
    Traceback (most recent call last):
    ...
    mobilization.outputs.OutputError: ...notes: a folder that is not empty and was not written by this command (no .mobilization-output file in it); refusing to replace it: name a new or empty folder
    """
    path = Path(path)
    _check_folder(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    tmp.chmod(_usual_mode(0o777))
    try:
        (tmp / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        (tmp / MARKER).chmod(_usual_mode(0o666))
        yield tmp
        _check_folder(path)  # (again: another process may have filled it meanwhile)
        if path.is_dir():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", suffix=".tmp", dir=path.parent))
            os.replace(path, old / path.name)
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _check_folder(path: Path) -> None:
    """Refuse to replace an existing folder unless it is empty or carries the MARKER."""
    try:
        if not path.is_dir() or (path / MARKER).is_file():
            return
        with os.scandir(path) as entries:
            empty = next(entries, None) is None
    except OSError as err:
        raise OutputError(str(path), f"cannot look into it ({err.strerror or err})") from None
    if not empty:
        raise OutputError(str(path), f"a folder that is not empty and was not written by this command (no {MARKER} "
                                     "file in it); refusing to replace it: name a new or empty folder")


def check_target(out: str, inputs: "list[str | Path]" = (), head: tuple[str, ...] = _MENTION_HEAD,
                 table: str = "mention table") -> str:
    """The kind of OUT (see `output_kind`) if writing it destroys nothing the command did not write.

    Refused, with OutputError saying why: an empty path; the current folder or one holding it;
    a path equal to or inside an input, or holding one; an existing folder that is not empty and
    has no MARKER; an existing file that is not empty and not a mention table; anything that is
    not a file or folder (/dev/null, a FIFO); a path whose folders cannot be searched.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "notes.csv").write_text("title,year\\n")
    >>> check_target(str(d / "m.csv")), check_target(str(d / "out/"))
    ('csv', 'dir')
    >>> check_target(str(d / "notes.csv"))
    Traceback (most recent call last):
    ...
    mobilization.outputs.OutputError: ...notes.csv: exists and is not a mention table written by this command (its first columns are not doc, start, end, surface); refusing to replace it
    >>> check_target(str(d / "in" / "m.csv"), [d / "in"])
    Traceback (most recent call last):
    ...
    mobilization.outputs.OutputError: ...m.csv: the output is inside the input ...in; refusing to write into an input
    """
    if not str(out).strip():
        raise OutputError(repr(out), "an empty output path")
    kind = output_kind(out)
    try:
        target = Path(out).resolve()
        here = Path.cwd().resolve()
    except (OSError, RuntimeError) as err:
        raise OutputError(str(out), f"cannot resolve the path ({_why(err)})") from None
    if target == here or target in here.parents:
        raise OutputError(str(out), "is the current folder, or holds it; name a new folder for the output")
    for raw in inputs:
        try:
            source = Path(raw).resolve()
        except (OSError, RuntimeError):
            continue  # (an input that cannot be resolved is reported as an input problem)
        if target == source:
            raise OutputError(str(out), "is also an input; refusing to replace an input")
        if source in target.parents:
            raise OutputError(str(out), f"the output is inside the input {raw}; refusing to write into an input")
        if target in source.parents:
            raise OutputError(str(out), f"holds the input {raw}; refusing to replace a folder with inputs in it")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return kind
    except OSError as err:
        raise OutputError(str(out), f"cannot be reached ({_why(err)})") from None
    if stat.S_ISDIR(info.st_mode):
        if kind != "dir":
            raise OutputError(str(out), "is an existing folder; a .csv or .parquet output must be a file")
        _check_folder(target)
    elif not stat.S_ISREG(info.st_mode):
        raise OutputError(str(out), "exists and is not a regular file (a device, FIFO or socket); refusing to replace it")
    elif kind == "dir":
        raise OutputError(str(out), "is an existing file, not a folder; refusing to replace it")
    elif info.st_size and not _starts_with(target, kind, head):
        raise OutputError(str(out), f"exists and is not a {table} written by this command (its first columns "
                                    f"are not {', '.join(head)}); refusing to replace it")
    return kind


def _why(err: BaseException) -> str:
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _starts_with(path: Path, kind: str, columns: tuple[str, ...]) -> bool:
    """Whether a CSV or Parquet file starts with these columns (a table this command wrote)."""
    try:
        if kind == "csv":
            with open(path, encoding="utf-8", errors="replace") as handle:
                head = handle.readline(4096).strip().lstrip("\ufeff").split(",")
        else:
            import pyarrow.parquet as pq

            head = pq.read_schema(path).names
    except Exception:  # noqa: BLE001 - unreadable or not Parquet: not ours
        return False
    return tuple(head[:len(columns)]) == columns


def output_kind(path: str | Path) -> str:
    """"csv", "parquet" (one file) or "dir" (a folder of Parquet parts), from the path.

    A path that is an existing folder, ends in a separator or has no suffix is a folder.

    >>> [output_kind(p) for p in ["m.csv", "m.PARQUET", "out/", "mentions"]]
    ['csv', 'parquet', 'dir', 'dir']
    >>> output_kind("m.xlsx")
    Traceback (most recent call last):
    ...
    ValueError: m.xlsx: output must be FILE.csv, FILE.parquet or a folder
    """
    text = str(path)
    p = Path(text)
    if _is_dir(p) or text.endswith(("/", os.sep)) or not p.suffix:
        return "dir"
    if p.suffix.lower() in FILE_SUFFIXES:
        return p.suffix.lower().lstrip(".")
    raise ValueError(f"{text}: output must be FILE.csv, FILE.parquet or a folder")


def _is_dir(path: Path) -> bool:
    """`Path.is_dir` that says False, not raises, for a name too long or a folder that cannot be searched."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


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
