"""Shared loader for the data files (lexicons, metadata) that researchers edit in `data/`.

Lexicons are CSV files with a header; lines starting with `#` are comments explaining
the columns. The shipped files are the repository's `data/`. A researcher's own files live
in a folder named by the environment variable `MOBILIZATION_DATA` (the *overlay*): a file
there adds to or overrides the shipped file of the same name row by row, by the file's key
(its first column, or the columns a `# key: word, list` comment line of the shipped file names,
where one word may stand in several lists), so one's own documents, places or words need no copy
of the shipped files. A file only in the overlay is read as it is.
"""
from __future__ import annotations

import csv
import io
import os
import re
from functools import lru_cache
from pathlib import Path

OVERLAY_ENV = "MOBILIZATION_DATA"
# A comment line of a shipped file naming its key columns, when the first column alone does not name a row.
_KEY_LINE = re.compile(r"^\s*#\s*key:\s*(?P<columns>[\w ,]+?)\s*$")


def data_dir() -> Path:
    """The folder of the shipped lexicons and metadata (the repository's `data/`).

    >>> (data_dir() / "places.csv").exists()
    True
    """
    return Path(__file__).resolve().parents[2] / "data"


def overlay_dir() -> Path | None:
    """The researcher's own data folder, `$MOBILIZATION_DATA`, or None when it is not set.

    A folder that does not exist is an error naming it (a typo would otherwise be silent).

    >>> overlay_dir() is None or overlay_dir().is_dir()
    True
    """
    value = os.environ.get(OVERLAY_ENV, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: {OVERLAY_ENV} names no folder")
    return path


def data_path(name: str) -> Path:
    """The file `name` (e.g. "gold/x.gold.csv") from the overlay if it is there, else from data/.

    >>> data_path("places.csv") == data_dir() / "places.csv"
    True
    """
    overlay = overlay_dir()
    if overlay is not None and (overlay / name).exists():
        return overlay / name
    return data_dir() / name


def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The words of `data/<name>`, a file of `word,list` rows, grouped by list; each list without repeats, longest
    word first (ties in a fixed order), as a regex alternation of them wants.

    >>> word_lists("place_role_words.csv")["aid"][:1] != ()
    True
    """
    lists: dict[str, set[str]] = {}
    for row in read_rows(name):
        lists.setdefault(row["list"], set()).add(row["word"])
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in lists.items()}


def alternation(words) -> str:
    """`words` as one regex alternation, the longest first, so the longest word at a position matches; a pattern
    that never matches when there are none.

    >>> alternation(["来源", "来源:", "文"]), alternation([])
    ('来源:|来源|文', '(?!)')
    """
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) or "(?!)"


def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>` as dicts (comment lines skipped, cells stripped), with the overlay applied.

    >>> read_rows("places.csv")[0]["place_id"]
    'shinan'
    """
    overlay = overlay_dir()
    return _read_merged(name, str(overlay) if overlay is not None else "")


@lru_cache(maxsize=None)
def _read_merged(name: str, overlay: str) -> tuple[dict[str, str], ...]:
    shipped = data_dir() / name
    mine = Path(overlay) / name if overlay else None
    if mine is None or not mine.exists():
        return _read_csv(shipped)[1]
    header, rows = _read_csv(mine)
    if not shipped.exists():
        return rows
    base_header, base = _read_csv(shipped)
    key = key_columns(shipped, base_header)
    missing = [c for c in key if c not in header]
    if missing:
        what = "the key column" if len(key) == 1 else f"the key columns {', '.join(key)}"
        raise ValueError(f"{mine}: no column {missing[0]!r}: an overlay file needs {what} of "
                         f"{shipped.name} ({'its first column' if len(key) == 1 else 'its # key: line'}) "
                         "to add or override rows")
    return merge_rows(base, rows, key)


def key_columns(path: Path, header: list[str]) -> tuple[str, ...]:
    """The columns that name a row of the data file `path`: those of its `# key: a, b` comment line, else its first.

    A word list where one word may stand in several lists (`word,list`) is keyed by both, so that a researcher's row
    for the word in one list leaves its rows in the others alone.

    >>> key_columns(data_dir() / "reach_words.csv", ["word", "list", "note"])
    ('word', 'list')
    >>> key_columns(data_dir() / "nouns.csv", ["head", "category"])
    ('head',)
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _KEY_LINE.match(line)
        if m:
            return tuple(c.strip() for c in m.group("columns").split(",") if c.strip())
    return (header[0],)


def merge_rows(base: tuple[dict[str, str], ...], mine: tuple[dict[str, str], ...], key: str | tuple[str, ...]
               ) -> tuple[dict[str, str], ...]:
    """Shipped rows with the researcher's rows applied by `key` (a column, or the columns that together name a row).

    A row of `mine` whose key is in `base` replaces every base row with that key, in place; its
    columns left out keep the shipped values. Rows with new keys come after, in their order.
    Every row has the base's columns (a new row's missing cells are "").

    >>> base = ({"w": "a", "n": "1"}, {"w": "b", "n": "2"})
    >>> merge_rows(base, ({"w": "b", "n": "9"}, {"w": "c"}), "w")
    ({'w': 'a', 'n': '1'}, {'w': 'b', 'n': '9'}, {'w': 'c', 'n': ''})
    >>> lists = ({"w": "已", "list": "gap"}, {"w": "已", "list": "adverb"})
    >>> merge_rows(lists, ({"w": "已", "list": "adverb", "n": "mine"},), ("w", "list"))[0]
    {'w': '已', 'list': 'gap', 'n': ''}
    """
    names = (key,) if isinstance(key, str) else tuple(key)
    columns = list(dict.fromkeys([c for row in base for c in row] + [c for row in mine for c in row]))
    by_key: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in mine:
        by_key.setdefault(tuple(row.get(c, "") for c in names), []).append(row)
    out: list[dict[str, str]] = []
    placed: set[tuple[str, ...]] = set()
    for row in base:
        k = tuple(row.get(c, "") for c in names)
        if k not in by_key:
            out.append({c: row.get(c, "") for c in columns})
        elif k not in placed:
            placed.add(k)
            out.extend({c: new.get(c, row.get(c, "")) for c in columns} for new in by_key[k])
    for k, rows in by_key.items():
        if k not in placed:
            out.extend({c: new.get(c, "") for c in columns} for new in rows)
    return tuple(out)


@lru_cache(maxsize=None)
def _read_csv(path: Path) -> tuple[list[str], tuple[dict[str, str], ...]]:
    """Header and rows of one CSV file, comment lines skipped, cells stripped."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = tuple({k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader)
    return [h.strip() for h in (reader.fieldnames or [])], rows


def write_data_csv(path: Path, buf: io.StringIO, columns: list[str], rows: list[dict[str, str]]) -> Path:
    """Write a generated data file: its header comment (already in `buf`), then the columns and rows.

    >>> import tempfile; buf = io.StringIO(); _ = buf.write("# a comment\\n")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     print(write_data_csv(Path(d) / "x.csv", buf, ["a", "b"], [{"a": "1", "b": "甲"}]).read_text(encoding="utf-8"))
    # a comment
    a,b
    1,甲
    <BLANKLINE>
    """
    writer = csv.DictWriter(buf, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path
