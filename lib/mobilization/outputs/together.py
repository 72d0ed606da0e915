"""Writing results: several folders (the project's data/derived and figures) built beside them and swapped in together.

`run --project` writes into folders the project commits, which carry no MARKER and may hold files of
others (a README, a table written by hand): `atomic_folders` starts each new folder as a copy of the
old one, lets the run write over it, and swaps all of them in only when the whole run is done. A run
that fails or is interrupted while it builds (a chart that cannot be drawn, a full disk, Ctrl-C) leaves
every folder as it was; what a killed run left beside them is removed by the next one (`clean_leftovers`).
"""
from __future__ import annotations

import errno
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .folders import _trade
from .temporary import _sibling, _usual_mode, clean_leftovers


@contextmanager
def atomic_folders(paths: list[str | Path]) -> Iterator[list[Path]]:
    """Yield a new folder beside each of `paths`, holding a copy of what is there now; on success each
    replaces its path, else all are deleted and every path is left as it was.

    The swaps come last, one atomic exchange of names per folder (Linux; else two renames each): a
    failure of one puts the folders already swapped back. A path named twice gets one new folder; a
    link to a folder stays a link (the folder it names is replaced).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "a").mkdir(); _ = (d / "a" / "old.txt").write_text("old")
    >>> with atomic_folders([d / "a", d / "b"]) as (a, b):
    ...     _ = (a / "new.txt").write_text("new"), (b / "new.txt").write_text("new")
    >>> sorted(p.name for p in (d / "a").iterdir()), sorted(p.name for p in d.iterdir())
    (['new.txt', 'old.txt'], ['a', 'b'])
    >>> with atomic_folders([d / "a", d / "b"]) as (a, b):
    ...     _ = (a / "old.txt").write_text("changed")
    ...     raise OSError("disk full")
    Traceback (most recent call last):
    ...
    OSError: disk full
    >>> (d / "a" / "old.txt").read_text(), sorted(p.name for p in d.iterdir())
    ('old', ['a', 'b'])
    """
    targets = [Path(os.path.realpath(p)) for p in paths]
    unique = list(dict.fromkeys(targets))
    staged: dict[Path, Path] = {}
    try:
        for target in unique:
            target.parent.mkdir(parents=True, exist_ok=True)
            clean_leftovers(target)
            if os.path.lexists(target) and not target.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
            tmp = staged[target] = _sibling(target, "new")  # (staged first: a copy that fails half-way is removed too)
            if target.is_dir():
                _copy_folder(target, tmp)
            else:
                tmp.mkdir()
                tmp.chmod(_usual_mode(0o777))
        yield [staged[t] for t in targets]
        _swap_all(staged)
    finally:
        for tmp in staged.values():
            if os.path.lexists(tmp):
                shutil.rmtree(tmp, ignore_errors=True)


def _copy_folder(folder: Path, new: Path) -> None:
    """A copy of `folder` at `new` (links stay links; copies, not links, so a write in place stays in `new`); a
    file that cannot be copied (a FIFO, a socket) is an OSError that names it, not shutil's list of tuples."""
    try:
        shutil.copytree(folder, new, symlinks=True)
    except shutil.Error as err:
        src, _, why = err.args[0][0]
        raise OSError(f"{src}: cannot be copied into the new folder ({why})") from None


def _swap_all(staged: dict[Path, Path]) -> None:
    """Put each new folder at its path; if one cannot be (nothing of it moved), put back the ones already
    swapped, then raise. Each old folder ends under its new folder's hidden name, deleted by `atomic_folders`."""
    done: list[tuple[Path, bool]] = []  # (path, whether a folder was there before)
    try:
        for target, tmp in staged.items():
            existed = os.path.lexists(target)
            _put_in(tmp, target)
            done.append((target, existed))
    except BaseException:
        for target, existed in reversed(done):
            if existed:
                _put_in(staged[target], target)  # (the old folder, now at the hidden name, goes back)
            else:
                os.replace(target, staged[target])  # (there was none: the new one leaves again)
        raise


def _put_in(new: Path, path: Path) -> None:
    """Exchange the folder `new` and the folder at `path` (none there: `new` just takes the name)."""
    if not os.path.lexists(path):
        os.replace(new, path)
        return
    old = _trade(new, path)
    if old != new:
        os.replace(old, new)
