"""Writing results: a whole output folder at once, with a manifest of its files, swapped in for the old one.

`atomic_dir` builds the new folder under a hidden sibling name and swaps it in at the end. The folder
carries a hidden MARKER file listing the files its run wrote (the manifest): the next run replaces
only a folder with that marker (or an empty one), and of it only the files listed; the others (yours)
are carried into the new folder.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import OutputError
from .temporary import _sibling, _usual_mode, clean_leftovers

# A folder output holds this hidden file: it tells the next run that the folder is its own to
# replace (pyarrow and Dask skip hidden files when they read the folder as a dataset).
MARKER = ".mobilization-output"
_MARKER_TEXT = ("This folder was written by `mobilization extract` or `mobilization run`; the next run with the\n"
                "same --out replaces what it wrote. Without this file, the command refuses to write here.\n")
# What a run recorded as its own files in the MARKER, one relative path a line after this line.
_MANIFEST_HEAD = "Files it wrote (the next run removes or replaces them; any other file here is left alone):"
# Before the list existed (an output of an older version), these were the command's files.
_LEGACY_OWN = re.compile(r"part-[0-9]+\.parquet|tables/[^/]+\.(?:csv|parquet)|figures/[^/]+\.(?:png|svg)")


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
    mobilization.errors.OutputError: ...notes: a folder that is not empty and was not written by this command (no .mobilization-output file in it); refusing to replace it: name a new or empty folder
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
    shutil.rmtree(_trade(new, path), ignore_errors=True)


def _trade(new: Path, path: Path) -> Path:
    """Put the folder `new` at the existing folder `path`; return where the folder that was there is now: `new`'s
    name after one atomic exchange, else (two renames) a hidden sibling `.NAME.old-PID-XXXX.tmp`."""
    if _exchange(new, path):  # `new` now names the old folder
        return new
    old = _sibling(path, "old")
    os.replace(path, old)
    try:
        os.replace(new, path)
    except BaseException:
        os.replace(old, path)  # (put the old one back: a folder is always there)
        raise
    return old


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
