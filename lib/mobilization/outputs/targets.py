"""Writing results: check an output target before anything is written (its kind; that it destroys nothing not ours).

Nothing the command did not write is ever replaced: a folder output only when it is empty or carries the
MARKER of an earlier run (`folders`); a file output only when it is empty or a table of its own kind (a
mention table's first columns are `doc, start, end, surface`); never an input, the current folder, or a
folder holding either.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import OutputError
from .folders import _check_folder

FILE_SUFFIXES = (".csv", ".parquet")
# The first columns of every mention table: a file that starts with them is a previous output.
_MENTION_HEAD = ("doc", "start", "end", "surface")


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
    mobilization.errors.OutputError: ...notes.csv: exists and is not a mention table written by this command (its first columns are not doc, start, end, surface); refusing to replace it
    >>> check_target(str(d / "in" / "m.csv"), [d / "in"])
    Traceback (most recent call last):
    ...
    mobilization.errors.OutputError: ...m.csv: the output is inside the input ...in; refusing to write into an input
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
    """The short reason of an error, for one line of message.

    >>> _why(FileNotFoundError(2, "No such file or directory")), _why(RuntimeError())
    ('No such file or directory', 'RuntimeError')
    """
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
