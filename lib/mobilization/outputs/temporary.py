"""Writing results: the hidden temporary names beside an output, their permissions, and cleaning what killed runs left.

A file or folder being written is named `.NAME.new-PID-XXXX.tmp`; an old folder moved aside during a swap
`.NAME.old-PID-XXXX.tmp`. Both start with "." and end in ".tmp", so nothing half written looks like an output,
and the next write of the same output removes what a killed one left (`clean_leftovers`).
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

# The names of what an earlier run left beside its output: `.NAME.new-PID-XXXX.tmp` (a folder being
# built) and `.NAME.old-PID-XXXX.tmp` (the previous output moved aside during the swap).
_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<kind>new|old)-(?P<pid>[0-9]+)-[0-9a-z_]+\.tmp")


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
