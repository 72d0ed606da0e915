"""Writing results: whole or not at all (temporary file or folder beside the target, then rename).

`write_table(df, path)` writes one DataFrame; `TableWriter` appends DataFrames chunk by
chunk (CSV, one Parquet file, or a folder of Parquet parts) for corpora too large to hold
in memory; `atomic_dir` builds a whole folder (`run --out`). Temporary names start with "."
and end in ".tmp" (`.NAME.new-PID-XXXX.tmp`), so a run killed half-way leaves no file that
looks like an output, the previous output stays as it was, and the next write of the same
output removes what the killed one left (`clean_leftovers`).

Nothing the command did not write is ever replaced (`check_target`): a folder output carries
a hidden marker file listing the files its run wrote; only an empty folder or one with that
marker is replaced, and of it only the files listed (yours are carried into the new folder);
a file output replaces only an empty file or a table of its own kind (a mention table's first
columns are `doc, start, end, surface`).
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import sys
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


@contextmanager
def atomic_dir(path: str | Path) -> Iterator[Path]:
    """Yield a temporary folder beside `path`; on success it replaces `path`, else it is deleted.

    The new folder is built whole under a hidden sibling name (`.NAME.new-PID-XXXX.tmp`) and
    swapped in at the end: one atomic exchange of the two names where the system offers it
    (Linux `renameat2`), else two renames (old folder aside, new one in). A kill at any moment
    leaves the old folder or the new one at `path`; the next call removes what a killed attempt
    left beside it, and puts an old folder moved aside back if the kill came between the two
    renames (`clean_leftovers`).

    What the earlier run wrote (the list in its MARKER file) is replaced or removed: no stale
    file of an earlier run survives. Files in the old folder that it did not write (your notes)
    are carried into the new folder as they are (hard links, else copies). A non-empty folder
    without the MARKER is never replaced (OutputError, before anything is written).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for names in [["a.txt", "b.txt"], ["a.txt"]]:
    ...     with atomic_dir(d / "out") as tmp:
    ...         for name in names: _ = (tmp / name).write_text(name)
    ...     _ = (d / "out" / "notes.md").write_text("mine")
    >>> sorted(p.name for p in (d / "out").iterdir()), sorted(p.name for p in d.iterdir())
    (['.mobilization-output', 'a.txt', 'notes.md'], ['out'])
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
    clean_leftovers(path)
    tmp = _sibling(path, "new")
    tmp.mkdir()
    tmp.chmod(_usual_mode(0o777))
    try:
        (tmp / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        (tmp / MARKER).chmod(_usual_mode(0o666))
        yield tmp
        _check_folder(path)  # (again: another process may have filled it meanwhile)
        _write_manifest(tmp)
        if path.is_dir():
            _carry_foreign(path, tmp)
            _swap_in(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# The names of what an earlier run left beside its output: `.NAME.new-PID-XXXX.tmp` (a folder being
# built) and `.NAME.old-PID-XXXX.tmp` (the previous output moved aside during the swap).
_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<kind>new|old)-(?P<pid>[0-9]+)-[0-9a-z_]+\.tmp")
# What a run recorded as its own files in the MARKER, one relative path a line after this line.
_MANIFEST_HEAD = "Files it wrote (the next run removes or replaces them; any other file here is left alone):"
# Before the list existed (an output of an older version), these were the command's files.
_LEGACY_OWN = re.compile(r"part-[0-9]+\.parquet|tables/[^/]+\.(?:csv|parquet)|figures/[^/]+\.(?:png|svg)")


def _sibling(path: Path, kind: str) -> Path:
    """A new hidden name beside `path` for a folder being built ("new") or moved aside ("old")."""
    while True:
        candidate = path.parent / f".{path.name}.{kind}-{os.getpid()}-{os.urandom(4).hex()}.tmp"
        if not os.path.lexists(candidate):
            return candidate


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (exists, owned by someone else)
        return True
    return True


def clean_leftovers(path: str | Path) -> list[Path]:
    """Remove what a killed earlier attempt left beside the output `path`; return what was done.

    A half-written file or half-built folder is deleted. An old folder moved aside is put back when `path` is
    missing (the kill came between the two renames of the swap), else deleted. Leftovers of a
    process that is still running (another run into the same OUT) are left alone.
    """
    path = Path(path)
    done = []
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        return done
    for name in names:
        match = _LEFTOVER.fullmatch(name)
        if not match or match["name"] != path.name or _alive(int(match["pid"])):
            continue
        leftover = path.parent / name
        if match["kind"] == "old" and not os.path.lexists(path):
            os.replace(leftover, path)
        elif leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        done.append(leftover)
    return done


def _files(folder: Path) -> list[str]:
    """Every file under `folder` (links included, not followed), as sorted relative POSIX paths."""
    out = []
    for root, dirs, files in os.walk(folder):
        rel = Path(root).relative_to(folder)
        out.extend((rel / f).as_posix() for f in files)
        out.extend((rel / d).as_posix() for d in dirs if os.path.islink(os.path.join(root, d)))
    return sorted(p for p in out if p != MARKER)


def _write_manifest(folder: Path) -> None:
    """List every file of the new output in its MARKER: what the next run removes or replaces."""
    files = _files(folder)
    (folder / MARKER).write_text(_MARKER_TEXT + _MANIFEST_HEAD + "\n" + "".join(f"{f}\n" for f in files),
                                 encoding="utf-8")


def own_files(folder: str | Path) -> set[str]:
    """The files (relative paths) the run that wrote `folder` recorded in its MARKER.

    An output of a version that kept no list: its part-*.parquet, tables/*.csv|parquet and
    figures/*.png|svg, the only files those versions wrote.
    """
    folder = Path(folder)
    try:
        text = (folder / MARKER).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    if _MANIFEST_HEAD in text:
        return {line for line in text.split(_MANIFEST_HEAD, 1)[1].splitlines() if line.strip()}
    return {f for f in _files(folder) if _LEGACY_OWN.fullmatch(f)}


def foreign_files(folder: str | Path) -> list[str]:
    """Files under an output folder that its run did not write (yours): never removed."""
    own = own_files(folder)
    return [f for f in _files(Path(folder)) if f not in own]


def _carry_foreign(old: Path, new: Path) -> None:
    """Hard-link (else copy) into the new output every file of the old one its run did not write.

    A foreign file with the name of a new output file is kept too: the new one gets the name,
    the foreign one is saved as NAME.yours (an output name is the command's).
    """
    for rel in foreign_files(old):
        source, target = old / rel, new / rel
        if os.path.lexists(target):
            target = target.with_name(target.name + ".yours")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                shutil.copy2(source, target)


_RENAME_EXCHANGE, _AT_FDCWD = 2, -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where not offered."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_in(new: Path, path: Path) -> None:
    """Put the folder `new` at `path` and delete the folder that was there."""
    if _exchange(new, path):  # `new` now names the old folder
        shutil.rmtree(new, ignore_errors=True)
        return
    old = _sibling(path, "old")
    os.replace(path, old)
    try:
        os.replace(new, path)
    except BaseException:
        os.replace(old, path)  # (put the old one back: a folder is always there)
        raise
    shutil.rmtree(old, ignore_errors=True)


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
