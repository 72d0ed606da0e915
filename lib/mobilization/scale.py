"""Scale: the per-document pipeline over large corpora (streamed inputs, a process pool, Dask).

Every engine runs the same function, `pipeline.analyse`, on one document at a time:

- `iter_sources(paths)` streams what to analyse: text files (read and decoded in the
  worker, so only paths cross process lines) and rows of Parquet document tables (read in
  batches with pyarrow; never the whole table at once);
- `chunked(sources)` groups them into chunks of about `chunk_bytes`, so that the cost of
  sending work to a process stays small next to the work itself;
- `run_chunks(chunks, jobs=N)` analyses chunks in a process pool (each worker warms up its
  OpenCC converters and lexicons once) and yields `ChunkResult`s in input order, with at
  most 2 × N chunks in flight, so memory stays flat however large the corpus is;
- `run_chunks_dask(chunks, ...)` does the same on a dask.distributed cluster;
- `mentions_dask(docs)` maps the pipeline over a Dask DataFrame of documents and returns a
  Dask DataFrame of mentions with the same columns and dtypes as `mention_frame`.

Workers return mention rows, never converted text. A bad document becomes one line in
`ChunkResult.errors` ("<file>: <problem>"); it never stops the other documents.
"""
from __future__ import annotations

import ctypes
import glob
import math
import os
import signal
import stat
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from .corpus import _file_type, doc_id_of
from .errors import EmptyDocumentError, InputError, MobilizationError, UsageError

if TYPE_CHECKING:  # imported lazily at run time: `mobilization --help` must stay fast
    import pandas as pd

# Files a folder is searched for (recursively); anything else in a folder is ignored.
TEXT_SUFFIXES = (".txt", ".text", ".htm", ".html")
TABLE_SUFFIXES = (".parquet",)
DEFAULT_CHUNK_BYTES = 2_000_000
# Rows read from a Parquet document table at a time.
_BATCH_ROWS = 256
# Mention-table dtypes shared by every engine (and by the Dask meta); columns the
# pipeline adds later default to object.
_DTYPES = {"doc": "str", "start": "int64", "end": "int64", "surface": "str", "value": "float64",
           "approx": "str", "value_high": "float64", "unit": "str", "currency": "str", "entity": "str",
           "category": "str", "damaged": "bool", "in_body": "bool", "sentence": "str", "place_code": "str",
           "place_name": "str", "date": "str", "date_precision": "str"}
_WARM_UP_TEXT = "建立751個臨時黨支部，投入資金1.5萬元，4600余名党员下沉社区。"


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


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk: mention rows (tuples in MENTION_COLUMNS order)."""

    rows: list[tuple] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    docs: int = 0
    nbytes: int = 0

    def merge(self, other: "ChunkResult") -> None:
        self.rows.extend(other.rows)
        self.errors.extend(other.errors)
        self.docs += other.docs
        self.nbytes += other.nbytes


# ---------------------------------------------------------------------------- inputs

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
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
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


def _walk(folder: Path) -> tuple[list[Path], list[str]]:
    """The document files under `folder` (sorted) and one problem line per entry that cannot be used."""
    out: list[Path] = []
    problems: list[str] = []

    def unreadable(err: OSError) -> None:
        problems.append(_one_line(f"{err.filename or folder}: folder cannot be read ({err.strerror or err}); "
                                  "its files are left out"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
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


# ---------------------------------------------------------------------------- per chunk

def warm_up() -> None:
    """Build this process's OpenCC converters, lexicons (and jieba, if a stage uses it) once."""
    from .corpus import Document
    from .pipeline import analyse

    try:
        analyse(Document("warm-up", "", "", "utf-8", _WARM_UP_TEXT))
    except Exception:  # noqa: BLE001 - a broken stage is reported per document, not here
        pass


class _OverTime(BaseException):
    """Raised by the alarm inside a document that overran its budget (a BaseException, so that no
    `except Exception` in a stage can swallow it)."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise `_OverTime` in this block after `seconds` (0: no limit).

    In the main thread on Unix an interval timer (SIGALRM) interrupts Python code and regular
    expressions alike. Elsewhere (a Dask worker runs its tasks in worker threads, where no signal
    arrives) a timer thread raises `_OverTime` in the running thread (`_ThreadBudget`): this
    interrupts Python code, but a single call into C (one regular expression) only when it returns.

    >>> import re
    >>> try:
    ...     with time_budget(0.05):
    ...         _ = re.match(r"(a*)*b", "a" * 40)  # (exponential: runs for ages)
    ... except _OverTime:
    ...     print("stopped")
    stopped
    """
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        if not hasattr(ctypes, "pythonapi"):  # (not CPython: no way to interrupt a thread)
            yield
            return
        with _ThreadBudget(seconds):
            yield
        return

    def overtime(signum: int, frame: Any) -> None:
        raise _OverTime

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _ThreadBudget:
    """`time_budget` outside the main thread: after `seconds`, a timer thread raises `_OverTime` in
    the thread that entered the block (CPython's PyThreadState_SetAsyncExc), never after it left.

    >>> import threading, time
    >>> said = []
    >>> def slow():
    ...     try:
    ...         with _ThreadBudget(0.05):
    ...             for _ in range(500):
    ...                 time.sleep(0.01)
    ...         said.append("finished")
    ...     except _OverTime:
    ...         said.append("stopped")
    >>> t = threading.Thread(target=slow); t.start(); t.join(); said
    ['stopped']
    """

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._lock = threading.Lock()
        self._state = "running"  # → "fired" (the timer raised) or "done" (the block left first)
        self._thread = threading.get_ident()
        self._timer: threading.Timer | None = None

    def __enter__(self) -> "_ThreadBudget":
        self._thread = threading.get_ident()
        self._timer = threading.Timer(self._seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _expire(self) -> None:
        with self._lock:
            if self._state == "running":
                self._state = "fired"
                _raise_in_thread(self._thread, _OverTime)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        assert self._timer is not None
        try:
            with self._lock:
                fired, self._state = self._state == "fired", "done"
            self._timer.cancel()
        except _OverTime:  # delivered just after the block's last instruction: the block finished
            fired = True
        if fired:  # withdrawn if not delivered yet: it must not land after the block
            _raise_in_thread(self._thread, None)
        return False


def _raise_in_thread(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in thread `thread_id` at its next Python instruction (None: withdraw a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


def analyse_chunk(chunk: Sequence[Source | Problem], include_boilerplate: bool = True,
                  doc_timeout: float = 0.0) -> ChunkResult:
    """Analyse every document of a chunk; rows in document order, then by start offset.

    A document still running after `doc_timeout` seconds (0: no limit) is one error line.

    >>> r = analyse_chunk([Source("x", 30, doc_id="x", text="建立751個臨時黨支部。"), Problem("y.txt: empty file")])
    >>> [(row[0], row[4]) for row in r.rows], r.errors, r.docs
    ([('x', 751.0)], ['y.txt: empty file'], 2)
    """
    from .corpus import Document, load

    out = ChunkResult()
    for s in chunk:
        out.docs += 1
        out.nbytes += s.nbytes
        if isinstance(s, Problem):
            out.errors.append(s.message)
            continue
        try:
            with time_budget(doc_timeout):
                if s.path is not None:
                    doc = load(s.path)
                else:
                    doc = Document(s.doc_id, s.name, "", "utf-8", s.text or "", dict(s.meta))
                rows = document_tuples(doc, include_boilerplate)
        except _OverTime:
            out.errors.append(_one_line(f"{s.name}: still running after {doc_timeout:g} s (--doc-timeout); "
                                        "left out, the other documents go on"))
            continue
        except MobilizationError as err:
            out.errors.append(_one_line(str(err)))
            continue
        except RecursionError:
            out.errors.append(_one_line(f"{s.name}: internal error in the pipeline (RecursionError); please report it"))
            continue
        except Exception as err:  # noqa: BLE001 - one document's bug must not stop the corpus
            out.errors.append(_one_line(f"{s.name}: internal error in the pipeline "
                                        f"({type(err).__name__}: {err}); please report it"))
            continue
        out.rows.extend(rows)
    return out


def document_tuples(doc: Any, include_boilerplate: bool = True) -> list[tuple]:
    """The mention tuples of one document, sorted as `mention_tuples`; a very long document is read in
    pieces (`pipeline.piece_mentions`), so only one piece's intermediate structures are alive at a time.

    >>> from mobilization.corpus import Document
    >>> [row[4] for row in document_tuples(Document("x", "", "", "utf-8", "建立751個支部。"))]
    [751.0]
    """
    from .pipeline import piece_mentions

    rows: list[tuple] = []
    for found in piece_mentions(doc):  # pieces come in text order: sorting each piece sorts the whole
        rows.extend(_sorted_tuples(found, include_boilerplate))
    return rows


def mention_tuples(analysis: Any, include_boilerplate: bool = True) -> list[tuple]:
    """`pipeline.mention_rows` as tuples (MENTION_COLUMNS order), sorted by start and end.

    Reads the Mention fields directly: `dataclasses.asdict`, which mention_rows uses, deep-
    copies every row and cost a quarter of the command's time. A test checks both agree.

    >>> from mobilization.corpus import Document
    >>> from mobilization.pipeline import analyse
    >>> text = "建立751個支部。"
    >>> doc, start, end, surface, value = mention_tuples(analyse(Document("x", "", "", "utf-8", text)))[0][:5]
    >>> doc, value, text[start:end] == surface
    ('x', 751.0, True)
    """
    return _sorted_tuples(analysis.mentions, include_boilerplate)


def _sorted_tuples(mentions: Sequence[Any], include_boilerplate: bool) -> list[tuple]:
    from .pipeline import MENTION_COLUMNS

    row = attrgetter(*MENTION_COLUMNS)  # one C call per mention, giving the tuple
    rows = [row(m) for m in mentions if include_boilerplate or m.in_body]
    rows.sort(key=itemgetter(MENTION_COLUMNS.index("start"), MENTION_COLUMNS.index("end")))
    return rows


def _reason(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0][:200]


def _one_line(message: str) -> str:
    """Messages are one line each, whatever a file name or an exception holds.

    >>> _one_line("a\\nb.txt: bad\\r")
    'a\\\\nb.txt: bad\\\\r'
    """
    return message.replace("\r", "\\r").replace("\n", "\\n")


# ---------------------------------------------------------------------------- engines

def default_jobs() -> int:
    """Cores this process may use.

    >>> default_jobs() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_chunks(chunks: Iterable[Sequence[Source | Problem]], jobs: int = 1,
               include_boilerplate: bool = True, doc_timeout: float = 0.0) -> Iterator[ChunkResult]:
    """Analyse chunks, in this process (`jobs=1`) or in a pool of `jobs` worker processes.

    Results come back in input order; at most 2 × jobs chunks are in flight at a time. If a
    worker dies (out of memory, a crash in a C library), a fresh pool re-runs the chunk one
    document at a time, so that only the document that kills its worker is reported failed.

    >>> [len(r.rows) for r in run_chunks([[Source("x", 30, doc_id="x", text="建立751個支部。")]])]
    [1]
    """
    if jobs <= 1:
        for chunk in chunks:
            yield analyse_chunk(chunk, include_boilerplate, doc_timeout)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context(), initializer=worker_start,
                                   initargs=(os.getpid(),))

    pool = new_pool()
    pending: deque = deque()
    source = iter(chunks)
    try:
        while True:
            while len(pending) < 2 * jobs:
                chunk = next(source, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(analyse_chunk, chunk, include_boilerplate, doc_timeout)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                result = ChunkResult()
                for one in chunk:  # one at a time: a broken pool now names its document
                    try:
                        part = pool.submit(analyse_chunk, [one], include_boilerplate, doc_timeout).result()
                    except BrokenProcessPool:
                        part = _failed([one], "a worker process died while analysing it "
                                              "(out of memory, or a crash in a library)")
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = new_pool()
                    result.merge(part)
                pending = deque((c, pool.submit(analyse_chunk, c, include_boilerplate, doc_timeout)) for c, _ in pending)
            yield result
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def worker_start(parent: int) -> None:
    """A pool worker's start: die with the command (killed or not), then warm up.

    A worker waits on a queue that its siblings keep open, so it would outlive a command killed
    by SIGKILL or SIGTERM and go on using memory and cores. On Linux the kernel sends it SIGKILL
    when its parent (the fork server, which exits with the command) dies; everywhere, a watchdog
    thread ends it within a second of the command's process going away.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        pass
    ppid = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != ppid or not _alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="mobilization-watchdog", daemon=True).start()
    warm_up()


def _alive(pid: int) -> bool:
    """Whether process `pid` still exists (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (exists, but belongs to someone else)
        return True
    return True


def _failed(chunk: Sequence[Source | Problem], reason: str) -> ChunkResult:
    return ChunkResult([], [s.message if isinstance(s, Problem) else _one_line(f"{s.name}: {reason}") for s in chunk],
                       len(chunk), sum(s.nbytes for s in chunk))


def _mp_context():
    """forkserver where it exists: workers start from a clean, single-threaded process
    (forking a parent that already runs pyarrow or tqdm threads can deadlock)."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["mobilization.pipeline"])
        return ctx
    return mp.get_context("spawn")


def run_chunks_dask(chunks: Iterable[Sequence[Source | Problem]], jobs: int = 1, scheduler: str | None = None,
                    include_boilerplate: bool = True, doc_timeout: float = 0.0) -> Iterator[ChunkResult]:
    """`run_chunks` on dask.distributed: an existing cluster (`scheduler` address) or a
    LocalCluster of `jobs` single-threaded worker processes started (and closed) here."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError, TypeError) as err:
            raise InputError(scheduler, f"cannot connect to the Dask scheduler ({_reason(err)})") from None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(warm_up)
        window = 2 * max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, client.submit(analyse_chunk, list(chunk), include_boilerplate, doc_timeout,
                                                   pure=False)))
            if len(pending) >= window:
                yield _dask_result(*pending.popleft())
        while pending:
            yield _dask_result(*pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(chunk: Sequence[Source | Problem], future: Any) -> ChunkResult:
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - e.g. KilledWorker: report the chunk, go on
        return _failed(chunk, f"the Dask task failed ({type(err).__name__}: {_reason(err)})")


# ---------------------------------------------------------------------------- tables

def mention_dtypes(columns: Sequence[str] | None = None) -> dict[str, str]:
    """The dtype of each mention-table column (the same for every engine).

    >>> mention_dtypes(["doc", "value", "damaged"])
    {'doc': 'str', 'value': 'float64', 'damaged': 'bool'}
    """
    from .pipeline import MENTION_COLUMNS

    return {c: _DTYPES.get(c, "object") for c in (columns or MENTION_COLUMNS)}


def mention_frame(rows: Sequence[tuple | dict], columns: Sequence[str] | None = None) -> "pd.DataFrame":
    """Mention rows (tuples in MENTION_COLUMNS order, or dicts) as a DataFrame with fixed dtypes,
    keeping `columns` (default: all).

    >>> mention_frame([]).dtypes["start"], list(mention_frame([], ["doc", "value"]).columns)
    (dtype('int64'), ['doc', 'value'])
    """
    import pandas as pd

    from .pipeline import MENTION_COLUMNS

    frame = pd.DataFrame(list(rows), columns=MENTION_COLUMNS)
    frame["value_high"] = pd.to_numeric(frame["value_high"], errors="coerce")
    keep = list(columns or MENTION_COLUMNS)
    return frame[keep].astype(mention_dtypes(keep))


def extract_frame(paths: "Sequence[str | Path] | str | Path", jobs: int = 1,
                  include_boilerplate: bool = False) -> "pd.DataFrame":
    """The mention table of files/folders/tables (a list, or one path) in one DataFrame (for
    notebooks and tests; the command line streams instead). Bad inputs are left out silently here.

    >>> seeds = Path(__file__).resolve().parents[2] / "seeds"
    >>> sorted(extract_frame([seeds])["doc"].unique())[:1]
    ['000_2f153b118d3bd113']
    """
    rows: list[tuple] = []
    for result in run_chunks(chunked(iter_sources(resolve_inputs(paths))), jobs, include_boilerplate):
        rows.extend(result.rows)
    return mention_frame(rows)


def documents_frame(paths: "Sequence[str | Path] | str | Path") -> "pd.DataFrame":
    """Loaded documents as a DataFrame (doc, text and their metadata), e.g. to build the
    Dask DataFrame `mentions_dask` takes. Holds every text: for modest corpora only.

    >>> documents_frame([Path(__file__).resolve().parents[2] / "seeds"]).columns[:3].tolist()
    ['doc', 'text', 'doc_id']
    """
    import pandas as pd

    from .corpus import load

    records = []
    for path in resolve_inputs(paths).files:
        doc = load(path)
        records.append({"doc": doc.doc_id, "text": doc.text, **doc.meta})
    return pd.DataFrame.from_records(records).fillna("")


def mentions_of_documents(docs: "pd.DataFrame", include_boilerplate: bool = False) -> "pd.DataFrame":
    """The mention table of a pandas DataFrame of documents (columns `text`, `doc` or
    `doc_id`, metadata): the function `mentions_dask` maps over partitions.

    >>> import pandas as pd
    >>> mentions_of_documents(pd.DataFrame({"doc": ["x"], "text": ["建立751個支部。"]}))[["doc", "value"]].values.tolist()
    [['x', 751.0]]
    """
    from .corpus import Document
    from .pipeline import MENTION_COLUMNS, analyse

    id_col = "doc" if "doc" in docs.columns else "doc_id"
    meta_cols = [c for c in docs.columns if c not in ("text", id_col)]
    rows: list[tuple] = []
    for record in docs.to_dict("records"):
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            continue
        meta = {c: "" if _missing(record[c]) else str(record[c]) for c in meta_cols}
        doc = Document(str(record[id_col]), "", "", "utf-8", text, meta)
        rows.extend(mention_tuples(analyse(doc), include_boilerplate))
    columns = MENTION_COLUMNS if include_boilerplate else [c for c in MENTION_COLUMNS if c != "in_body"]
    return mention_frame(rows, columns)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def mentions_dask(docs_ddf, include_boilerplate: bool = False):
    """Dask DataFrame of documents (doc, text, metadata) → Dask DataFrame of mentions, with
    the same columns and dtypes as the single-process table (explicit `meta`).

    Each partition runs `pipeline.analyse` per document; OpenCC converters are built once per
    worker process (they cannot be pickled, so nothing global is shipped).

    >>> import dask.dataframe as dd, pandas as pd
    >>> docs = dd.from_pandas(pd.DataFrame({"doc": ["x", "y"], "text": ["建立751個支部。", "3名党员"]}), npartitions=2)
    >>> mentions_dask(docs).compute(scheduler="sync")["value"].tolist()
    [751.0, 3.0]
    """
    from .pipeline import MENTION_COLUMNS

    columns = MENTION_COLUMNS if include_boilerplate else [c for c in MENTION_COLUMNS if c != "in_body"]
    meta = mention_frame([], columns)
    return docs_ddf.map_partitions(mentions_of_documents, include_boilerplate, meta=meta,
                                   enforce_metadata=False, align_dataframes=False)
