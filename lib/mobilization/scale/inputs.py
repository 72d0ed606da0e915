"""Scale, inputs: the command line's PATHs resolved into documents, streamed, and grouped into chunks.

- `resolve_inputs(paths)` turns files, folders (walked recursively), globs and Parquet tables into
  `Inputs` (files, tables, one problem line per input that cannot be used);
- `iter_sources(inputs)` streams `Source`s (text files as paths, read in the worker; rows of Parquet
  tables read in batches with pyarrow, never the whole table at once) and `Problem`s;
- `chunked(sources)` groups them into chunks of about `chunk_bytes`.

Messages are one line each (`_one_line`), whatever a file name or an exception holds.
"""
from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..corpus import _file_type, doc_id_of
from ..errors import UsageError

# Files a folder is searched for (recursively); anything else in a folder is ignored.
TEXT_SUFFIXES = (".txt", ".text", ".htm", ".html")
TABLE_SUFFIXES = (".parquet",)
DEFAULT_CHUNK_BYTES = 2_000_000
# Rows read from a Parquet document table at a time.
_BATCH_ROWS = 256


@dataclass(frozen=True)
class Source:
    """One document to analyse: a file to load (`path`), or text already read from a table."""

    name: str  # how messages name it: the file, or "table.parquet row 12"
    nbytes: int  # size on disk / of the UTF-8 text: for progress and chunking
    path: str | None = None
    doc_id: str = ""
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """An input that could not even be listed (no such file, unreadable table...)."""

    message: str
    nbytes: int = 0


@dataclass(frozen=True)
class Inputs:
    """The command line's PATHs resolved into files (sorted within each PATH) and problems."""

    files: tuple[Path, ...]
    tables: tuple[Path, ...]
    problems: tuple[str, ...]

    @property
    def total_bytes(self) -> int:
        return sum(_size(p) for p in self.files) + sum(_table_text_bytes(p) for p in self.tables)


def resolve_inputs(paths: "Sequence[str | Path] | str | Path", exclude: str | Path | None = None) -> Inputs:
    """Files, folders (searched recursively, hidden entries skipped), globs and Parquet tables.

    `paths` is a list of PATHs, or one PATH. A PATH that exists is used as given (whatever
    characters its name holds); only a PATH that does not exist and holds `*?[` is expanded
    as a glob. `exclude` (the output) is never read as input. Only regular files are
    documents: a FIFO, device, broken link or link loop, a name too long, a folder that
    cannot be read or searched is one problem line each (never a hang, never a traceback).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> for n in ["b.txt", "a.txt", "sub/c.txt", "t.parquet", ".hidden.txt", "x.png"]:
    ...     (d / n).parent.mkdir(exist_ok=True); _ = (d / n).write_text("1")
    >>> got = resolve_inputs([d, d / "missing.txt", str(d / "*.nothing")])
    >>> [p.relative_to(d).as_posix() for p in got.files], [p.name for p in got.tables]
    (['a.txt', 'b.txt', 'sub/c.txt'], ['t.parquet'])
    >>> [m.split(": ", 1)[1] for m in got.problems]
    ['no such file', 'no file matches this pattern']
    >>> [p.name for p in resolve_inputs(str(d / "a.txt")).files]
    ['a.txt']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif not isinstance(paths, Iterable) or isinstance(paths, bytes):
        raise UsageError(repr(paths), f"PATHs must be a path or a list of paths, not {type(paths).__name__}")
    skip = _resolved(Path(exclude)) if exclude else None
    files: list[Path] = []
    tables: list[Path] = []
    problems: list[str] = []
    for item in paths:
        if not isinstance(item, (str, os.PathLike)):
            raise UsageError(repr(item), f"a PATH must be a str or Path, not {type(item).__name__}")
        raw = os.fspath(item)
        path = Path(raw)
        kind, why = _kind(path)
        found: list[Path] = []
        if kind == "dir":
            found, trouble = _walk(path)
            problems.extend(trouble)
        elif kind == "file":
            found = [path]
        elif kind == "missing" and any(ch in raw for ch in "*?["):
            found = [Path(p) for p in sorted(glob.glob(raw, recursive=True)) if _kind(Path(p))[0] == "file"]
            if not found:
                problems.append(_one_line(f"{raw}: no file matches this pattern"))
        else:
            problems.append(_one_line(f"{raw}: {why}"))
        for p in found:
            if skip is not None and _inside(p, skip):
                continue
            (tables if p.suffix.lower() in TABLE_SUFFIXES else files).append(p)
    return Inputs(tuple(files), tuple(tables), tuple(problems))


def empty_folder_note(path: "str | Path") -> str | None:
    """One line saying why a folder PATH gave no document (what is searched for, what it holds instead);
    None if PATH is not a folder.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> empty_folder_note(d).split(": ", 1)[1]
    'no documents in this folder (it is empty)'
    >>> for n in ["a.pdf", "sub/b.docx"]:
    ...     (d / n).parent.mkdir(exist_ok=True); _ = (d / n).write_text("1")
    >>> empty_folder_note(d).split(": ", 1)[1]
    'no documents in this folder: 2 files, none a .txt, .text, .htm, .html or .parquet file (e.g. a.pdf)'
    >>> empty_folder_note(d / "a.pdf") is None
    True
    """
    folder = Path(path)
    if _kind(folder)[0] != "dir":
        return None
    others: list[Path] = []
    for root, dirs, names in _walk_once(folder):
        names = [n for n in sorted(names) if not n.startswith(".")]
        if any(n.lower().endswith(TEXT_SUFFIXES + TABLE_SUFFIXES) for n in names):
            return None  # (documents by name that could not be used: their own lines said why)
        others.extend(Path(root, n) for n in names)
        if len(others) > 10_000:  # (enough to say what the folder holds)
            break
    if not others:
        return _one_line(f"{path}: no documents in this folder (it is empty)")
    kinds = ", ".join(TEXT_SUFFIXES + TABLE_SUFFIXES[:-1]) + " or " + TABLE_SUFFIXES[-1]
    count = f"{len(others)}{'+' if len(others) > 10_000 else ''} file{'s' if len(others) > 1 else ''}"
    return _one_line(f"{path}: no documents in this folder: {count}, none a {kinds} file "
                     f"(e.g. {others[0].relative_to(folder).as_posix()})")


def _kind(path: Path) -> tuple[str, str]:
    """("dir" | "file" | "missing" | "bad", why): what a path is, never raising.

    >>> _kind(Path("/dev/null"))
    ('bad', 'not a regular file (a character device); only files are documents')
    >>> _kind(Path("x" * 300))[0]
    'bad'
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ("missing", "no such file (a broken symbolic link)") if os.path.islink(path) else ("missing", "no such file")
    except (OSError, ValueError) as err:
        return "bad", f"cannot be read ({getattr(err, 'strerror', None) or err})"
    if stat.S_ISDIR(mode):
        return "dir", ""
    if stat.S_ISREG(mode):
        return "file", ""
    return "bad", f"not a regular file ({_file_type(mode)}); only files are documents"


def _walk_once(folder: Path, onerror=None) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk` of `folder`, hidden folders skipped, following symbolic links to folders (a corpus made of links to
    other folders is read whole) but entering each real folder once: a link back to a folder already walked (a
    loop) or a second link to one adds nothing. Folders are entered in the order of their names.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "real").mkdir(); _ = (d / "real" / "a.txt").write_text("1")
    >>> (d / "sub").mkdir(); (d / "sub" / "link").symlink_to(d / "real"); (d / "real" / "up").symlink_to(d)
    >>> sorted(Path(root).relative_to(d).as_posix() for root, _, names in _walk_once(d) if "a.txt" in names)
    ['real']
    """
    seen: set[tuple[int, int]] = set()
    for root, dirs, names in os.walk(folder, onerror=onerror, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # (which of two names of a folder is read: the first)
        yield root, dirs, names


def _walk(folder: Path) -> tuple[list[Path], list[str]]:
    """The document files under `folder` (sorted) and one problem line per entry that cannot be used."""
    out: list[Path] = []
    problems: list[str] = []

    def unreadable(err: OSError) -> None:
        problems.append(_one_line(f"{err.filename or folder}: folder cannot be read ({err.strerror or err}); "
                                  "its files are left out"))

    for root, dirs, names in _walk_once(folder, onerror=unreadable):
        for n in names:
            if n.startswith(".") or not n.lower().endswith(TEXT_SUFFIXES + TABLE_SUFFIXES):
                continue
            path = Path(root, n)
            kind, why = _kind(path)
            if kind == "file":
                out.append(path)
            elif kind != "dir":  # (a folder named x.txt is just a folder, and not followed)
                problems.append(_one_line(f"{path}: {why}"))
    return sorted(out), problems


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return None


def _inside(path: Path, other: Path) -> bool:
    resolved = _resolved(path)
    return resolved is not None and (resolved == other or other in resolved.parents)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _table_text_bytes(path: Path) -> int:
    """Uncompressed size of a table's `text` column, from the Parquet footer (for the ETA)."""
    try:
        import pyarrow.parquet as pq

        meta = pq.ParquetFile(path).metadata
        total = 0
        for g in range(meta.num_row_groups):
            rg = meta.row_group(g)
            total += sum(rg.column(c).total_uncompressed_size for c in range(rg.num_columns)
                         if rg.column(c).path_in_schema == "text")
        return total
    except Exception:  # noqa: BLE001 - an unreadable table is reported when it is read
        return 0


def iter_sources(inputs: Inputs) -> Iterator[Source | Problem]:
    """Stream the documents of `inputs`: files first (as paths), then table rows in batches."""
    for message in inputs.problems:
        yield Problem(message)
    for path in inputs.files:
        yield Source(str(path), _size(path), path=str(path), doc_id=doc_id_of(path))
    for table in inputs.tables:
        yield from iter_table(table)


def iter_table(path: str | Path) -> Iterator[Source | Problem]:
    """Rows of a Parquet document table: a `text` column, the doc id from `doc`/`doc_id`
    (else "<file stem>#<row>"), every other column kept as metadata (as strings).

    Read with pyarrow, batch by batch: no pickled objects, never the whole table at once.

    >>> import tempfile, pyarrow as pa, pyarrow.parquet as pq
    >>> p = Path(tempfile.mkdtemp()) / "docs.parquet"
    >>> pq.write_table(pa.table({"text": ["建立751个支部", None], "place_id": ["x", "y"]}), p)
    >>> [(s.doc_id, s.meta) if isinstance(s, Source) else s.message.split(": ", 1)[1] for s in iter_table(p)]
    [('docs#0', {'place_id': 'x'}), 'empty text']
    """
    import pyarrow.parquet as pq

    name = str(path)
    try:
        table = pq.ParquetFile(path)
        columns = table.schema_arrow.names
    except Exception as err:  # noqa: BLE001 - pyarrow raises many types for a bad file
        yield Problem(_one_line(f"{name}: not a readable Parquet file ({_reason(err)})"), _size(Path(path)))
        return
    if "text" not in columns:
        yield Problem(_one_line(f"{name}: no 'text' column in this Parquet table (columns: {', '.join(columns)})"))
        return
    twice = sorted({c for c in columns if columns.count(c) > 1} & {"text", "doc", "doc_id"})
    if twice:
        yield Problem(_one_line(f"{name}: {len([c for c in columns if c == twice[0]])} columns named "
                                f"'{twice[0]}' in this Parquet table; refusing to guess which one to read"))
        return
    id_col = "doc" if "doc" in columns else "doc_id" if "doc_id" in columns else None
    meta_cols = [c for c in columns if c not in ("text", id_col)]
    stem = Path(path).stem
    row = 0
    try:
        for batch in table.iter_batches(batch_size=_BATCH_ROWS):
            data = batch.to_pydict()
            for i, text in enumerate(data["text"]):
                where = f"{name} row {row}"
                doc_id = _cell(data[id_col][i]) if id_col else ""
                if not isinstance(text, str) or not text.strip():
                    yield Problem(_one_line(f"{where}: empty text" if text is None or isinstance(text, str)
                                            else f"{where}: 'text' is {type(text).__name__}, not a string"))
                else:
                    meta = {c: _cell(data[c][i]) for c in meta_cols}
                    yield Source(where, len(text.encode("utf-8", "surrogatepass")), doc_id=doc_id or f"{stem}#{row}",
                                 text=text, meta=meta)
                row += 1
    except Exception as err:  # noqa: BLE001 - a table damaged half-way: report, keep the rows read
        yield Problem(_one_line(f"{name}: cannot read past row {row} ({_reason(err)})"))


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def chunked(sources: Iterable[Source | Problem], chunk_bytes: int = DEFAULT_CHUNK_BYTES,
            max_docs: int = 1000) -> Iterator[list[Source | Problem]]:
    """Group sources into chunks of about `chunk_bytes` (a larger document is a chunk alone).

    >>> [len(c) for c in chunked([Source("a", 5), Source("b", 5), Source("c", 20), Source("d", 1)], 10)]
    [2, 1, 1]
    """
    chunk: list[Source | Problem] = []
    size = 0
    for s in sources:
        if chunk and (size + s.nbytes > chunk_bytes or len(chunk) >= max_docs):
            yield chunk
            chunk, size = [], 0
        chunk.append(s)
        size += s.nbytes
    if chunk:
        yield chunk


def _reason(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0][:200]


def _one_line(message: str) -> str:
    """Messages are one line each, whatever a file name or an exception holds.

    >>> _one_line("a\\nb.txt: bad\\r")
    'a\\\\nb.txt: bad\\\\r'
    """
    return message.replace("\r", "\\r").replace("\n", "\\n")
