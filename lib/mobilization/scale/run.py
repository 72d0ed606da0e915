"""Scale, run: analysing chunks of documents, in this process, in a process pool, or on Dask.

- `analyse_chunk(chunk)` runs `pipeline.analyse` on each document of a chunk (within its time
  budget) and returns a `ChunkResult`: mention rows, never converted text, and one error line per
  bad document ("<file>: <problem>"), which never stops the other documents;
- `run_chunks(chunks, jobs=N)` analyses chunks in a process pool (each worker warms up its OpenCC
  converters and lexicons once) and yields results in input order, with at most 2 × N chunks in
  flight, so memory stays flat however large the corpus is;
- `run_chunks_dask(chunks, ...)` does the same on a dask.distributed cluster.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, Iterable, Iterator, Sequence

from ..errors import InputError, MobilizationError
from .budget import _OverTime, time_budget
from .inputs import Problem, Source, _one_line, _reason

_WARM_UP_TEXT = "建立751個臨時黨支部，投入資金1.5萬元，4600余名党员下沉社区。"


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


def warm_up() -> None:
    """Build this process's OpenCC converters, lexicons (and jieba, if a stage uses it) once."""
    from ..corpus import Document
    from ..pipeline import analyse

    try:
        analyse(Document("warm-up", "", "", "utf-8", _WARM_UP_TEXT))
    except Exception:  # noqa: BLE001 - a broken stage is reported per document, not here
        pass


def analyse_chunk(chunk: Sequence[Source | Problem], include_boilerplate: bool = True,
                  doc_timeout: float = 0.0) -> ChunkResult:
    """Analyse every document of a chunk; rows in document order, then by start offset.

    A document still running after `doc_timeout` seconds (0: no limit) is one error line.

    >>> r = analyse_chunk([Source("x", 30, doc_id="x", text="建立751個臨時黨支部。"), Problem("y.txt: empty file")])
    >>> [(row[0], row[4]) for row in r.rows], r.errors, r.docs
    ([('x', 751.0)], ['y.txt: empty file'], 2)
    """
    from ..corpus import Document, load

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
    from ..pipeline import piece_mentions

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
    from ..pipeline import MENTION_COLUMNS

    row = attrgetter(*MENTION_COLUMNS)  # one C call per mention, giving the tuple
    rows = [row(m) for m in mentions if include_boilerplate or m.in_body]
    rows.sort(key=itemgetter(MENTION_COLUMNS.index("start"), MENTION_COLUMNS.index("end")))
    return rows


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
