"""Command line: `mobilization convert | extract | documents | run` (also `python -m mobilization`).

`run` has one more exit code, 3: done, but no place has any indicator value (see mainjob).

Exit codes: 0 all inputs done; 1 some inputs failed (one line each on stderr; the
results of the others are written); 2 nothing done, nothing written, an existing OUT left
as it was (bad arguments, no input found, every input failed, output cannot be written);
130 interrupted; 141 the reader of stdout stopped (`convert … | head`). Heavy modules (pandas, pyarrow, dask) are
imported by the subcommand that needs them, so `mobilization --help` starts fast.
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

from .errors import MobilizationError, printable, say as _say

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_NOTHING_DONE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `cat` ends with when its reader stops
# Below this much input the default is one process: starting a pool would cost more.
_SMALL_CORPUS_BYTES = 1_000_000
# Documents sent to a worker at a time (--chunk-mb), and the least when a small corpus is spread over workers.
_CHUNK_BYTES, _MIN_CHUNK_BYTES = 2_000_000, 4_000
# Mention rows turned into a DataFrame at a time: a document with a million figures is written
# in slices, so that the table copy never holds all of them at once.
_ROWS_PER_FRAME = 50_000
# A dask.distributed address: [scheme://]host:port.
_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss)://)?(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}")


# What every --meta/--documents help says of the file, in the README's words (a test holds them to each other).
META_HELP = ("a CSV (UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16 with BOM) or Parquet file: doc (doc '*' = "
             "every document) plus any of place_code (a 2020 census division code), place (a name: 宕昌县, "
             "甘肃省陇南市宕昌县) and date (2020-02-19, 2020-02 or 2020); it wins over what the text says (a documents "
             "table given back keeps a place or date marked detected that you left unchanged as read)")

def _convert(args: argparse.Namespace) -> int:
    from .corpus import load
    from .repair import repair
    from .script import convert

    config = {"simplified": "t2s", "traditional": "s2t"}[args.to]
    failed = printed = 0
    several = len(args.files) > 1
    for path in args.files:
        try:
            rep = repair(load(path).text)
        except MobilizationError as err:
            _say(str(err))
            failed += 1
            continue
        if several:  # (as `head` does: where one document ends and the next begins)
            sys.stdout.write(f"{chr(10) if printed else ''}==> {printable(path)} <==\n")
        sys.stdout.write(convert(rep.body_text(), config).rstrip("\n") + "\n")
        printed += 1
    sys.stdout.flush()  # (a closed pipe is reported here, inside main)
    if failed and not printed:  # every input failed: nothing done, as for the other commands
        return EXIT_NOTHING_DONE
    return EXIT_INPUTS_FAILED if failed else EXIT_OK


def _inputs_and_metadata(args: argparse.Namespace, **target) -> "tuple[object, dict | None] | None":
    """(inputs, the user's metadata) of `extract` or `documents`, or None after saying in one line why
    nothing can be done (OUT refused, a bad metadata file, no input found)."""
    from . import outputs, scale
    from .documents import read_user_metadata

    try:
        outputs.check_target(args.out, args.paths, **target)
        user = read_user_metadata(args.meta, warn=_say) if args.meta else None
    except ValueError as err:  # (a bad OUT suffix)
        _say(str(err))
        return None
    except MobilizationError as err:
        _say(f"{err}; nothing written")
        return None
    inputs = scale.resolve_inputs(args.paths, exclude=args.out)
    if not inputs.files and not inputs.tables:
        for message in inputs.problems:
            _say(message)
        for path in args.paths:
            note = scale.empty_folder_note(path)
            if note:
                _say(note)
        _say("no input documents found; nothing written")
        return None
    from .corpus import doc_id_of
    from .documents import say_shared_ids

    if say_shared_ids(((str(p), doc_id_of(p)) for p in inputs.files), _say):
        return None
    return inputs, user


def _extract(args: argparse.Namespace) -> int:
    from . import scale
    from .pipeline import MENTION_COLUMNS

    ready = _inputs_and_metadata(args)
    if ready is None:
        return EXIT_NOTHING_DONE
    inputs, user = ready
    total = inputs.total_bytes
    jobs = args.jobs or (1 if total < _SMALL_CORPUS_BYTES and args.engine == "local" else scale.default_jobs())
    seen: set[str] = set()
    chunks = scale.chunked(_noting_ids(scale.iter_sources(inputs), seen),
                           chunk_bytes=_chunk_bytes(args.chunk_mb, total, jobs))
    if args.engine == "dask" or args.scheduler:
        _quiet_dask_logs()
        results = scale.run_chunks_dask(chunks, jobs, args.scheduler, include_boilerplate=args.all,
                                        doc_timeout=args.doc_timeout)
    else:
        results = scale.run_chunks(chunks, jobs, include_boilerplate=args.all, doc_timeout=args.doc_timeout)
    columns = MENTION_COLUMNS if args.all else [c for c in MENTION_COLUMNS if c != "in_body"]
    try:
        rows, docs, failed = _write(results, args.out, columns, _progress(total, quiet=args.quiet), user)
    except _NoGoodDocument as nothing:
        _warn_unused_metadata(args.meta, user, seen)
        _say(_all_failed(nothing.inputs, args.out))
        return EXIT_NOTHING_DONE
    except MobilizationError as err:  # not one document's problem: the run cannot go on
        _say(f"{err}; nothing written")
        return EXIT_NOTHING_DONE
    except OSError as err:
        _say(f"{args.out}: cannot finish ({err}); nothing written")
        return EXIT_NOTHING_DONE
    _warn_unused_metadata(args.meta, user, seen)
    if failed:
        _say(f"{failed} of {docs} inputs failed; the mentions of the other {docs - failed} are in {args.out}")
        return EXIT_INPUTS_FAILED
    if not args.quiet and sys.stderr.isatty():
        _say(f"{rows} mentions from {docs} documents → {args.out}")
    return EXIT_OK


def _chunk_bytes(chunk_mb: float | None, total: int, jobs: int) -> int:
    """Bytes of documents per worker task: `--chunk-mb` if given; else 2 MB, cut down so that every
    worker gets work (about four tasks each) when the corpus is smaller than jobs × 4 × 2 MB: 300 short
    reports used to go to one worker as one task while the others waited.

    >>> _chunk_bytes(None, 18_000, 2), _chunk_bytes(None, 900_000, 2), _chunk_bytes(None, 10**9, 8)
    (4000, 112500, 2000000)
    >>> _chunk_bytes(0.5, 18_000, 2), _chunk_bytes(None, 18_000, 1)
    (500000, 2000000)
    """
    if chunk_mb is not None:
        return int(chunk_mb * 1e6)
    if jobs <= 1:
        return _CHUNK_BYTES
    return max(_MIN_CHUNK_BYTES, min(_CHUNK_BYTES, total // (4 * jobs)))


def _noting_ids(sources, seen: set[str]):
    """The sources unchanged, each document id added to `seen` as it passes (for `_warn_unused_metadata`)."""
    for source in sources:
        if getattr(source, "doc_id", ""):
            seen.add(source.doc_id)
        yield source


def _warn_unused_metadata(meta: str | None, user: dict | None, docs: set[str]) -> None:
    """One line naming the rows of the user's metadata that match no input document (a typo, a
    renamed file): their place and date were given for nothing."""
    from .documents import unmatched_metadata

    warning = unmatched_metadata(meta, user, docs)
    if warning:
        _say(warning)


class _NoGoodDocument(Exception):
    """Every input failed: nothing is written, and an existing OUT stays as it was."""

    def __init__(self, inputs: int) -> None:
        super().__init__(inputs)
        self.inputs = inputs


def _all_failed(inputs: int, out: str) -> str:
    """The last line when every input failed (exit code 2, as for every "nothing written").

    >>> _all_failed(1, "/no/such/m.csv")
    'all 1 inputs failed; nothing written'
    """
    from pathlib import Path

    kept = f" ({out} left as it was)" if Path(out).exists() else ""
    return f"all {inputs} inputs failed; nothing written{kept}"


def _write(results, out: str, columns: list[str], bar, user=None) -> tuple[int, int, int]:
    """Stream chunk results into OUT (atomically), printing each bad input's line as it comes; the
    user's metadata (`--meta`) sets the place and date columns where it gives them.
    Returns (mention rows, inputs, failed inputs)."""
    from . import outputs, scale
    from .documents import apply_user_metadata

    docs = failed = 0
    try:
        with outputs.TableWriter(out) as writer:
            writer.write(scale.mention_frame([], columns))
            for result in results:
                if bar and result.errors:
                    bar.clear()
                for message in result.errors:
                    _say(message)
                for k in range(0, len(result.rows), _ROWS_PER_FRAME):  # (one huge document: bounded copies)
                    writer.write(apply_user_metadata(
                        scale.mention_frame(result.rows[k:k + _ROWS_PER_FRAME], columns), user))
                result.rows.clear()
                docs += result.docs
                failed += len(result.errors)
                if bar:
                    bar.update(result.nbytes)
                    bar.set_postfix_str(f"{docs} docs", refresh=False)
            if docs and failed >= docs:  # (leaving the block by an exception discards what was written)
                raise _NoGoodDocument(docs)
    finally:
        if bar:
            bar.close()
    return writer.rows, docs, failed


def _progress(total: int, quiet: bool):
    """A tqdm bar (bytes, MB/s, ETA, documents) on a terminal; None when quiet or piped."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total or None, unit="B", unit_scale=True, unit_divisor=1000, file=sys.stderr,
                desc="extract", dynamic_ncols=True, mininterval=0.5)


def _quiet_dask_logs() -> None:
    import logging

    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _documents(args: argparse.Namespace) -> int:
    """The documents table (place and date of every document) → OUT, whole or not at all."""
    from . import outputs, scale
    from .corpus import Document, load
    from .documents import DOCUMENT_COLUMNS, describe, document_frame, given_back_notes, say_shared_ids

    try:
        if outputs.output_kind(args.out) == "dir":
            raise ValueError
    except ValueError:  # (a folder, or m.xlsx: output_kind's own line offers a folder, which this table is not)
        _say(f"{args.out}: the documents table is one file: give FILE.csv or FILE.parquet")
        return EXIT_NOTHING_DONE
    ready = _inputs_and_metadata(args, head=tuple(DOCUMENT_COLUMNS[:2]), table="documents table")
    if ready is None:
        return EXIT_NOTHING_DONE
    inputs, user = ready
    rows, failed, named = [], 0, []
    for source in scale.iter_sources(inputs):
        if isinstance(source, scale.Problem):
            _say(source.message)
            failed += 1
            continue
        named.append((source.name, source.doc_id))
        try:
            doc = load(source.path) if source.path else Document(source.doc_id, source.name, "", "utf-8",
                                                                 source.text or "", dict(source.meta))
            rows.append(describe(doc, user))
        except MobilizationError as err:
            _say(str(err))
            failed += 1
    if say_shared_ids(named, _say):  # (a Parquet table's rows: the files were checked before reading)
        return EXIT_NOTHING_DONE
    _warn_unused_metadata(args.meta, user, {r.doc for r in rows})
    if not rows:
        _say(_all_failed(failed, args.out))
        return EXIT_NOTHING_DONE
    table = document_frame(rows)
    for note in given_back_notes(args.meta, user, table):
        _say(note)
    try:
        outputs.write_table(table, args.out)
    except OSError as err:
        _say(f"{args.out}: cannot write ({err}); nothing written")
        return EXIT_NOTHING_DONE
    if failed:
        _say(f"{failed} of {failed + len(rows)} inputs failed; the other {len(rows)} documents are in {args.out}")
        return EXIT_INPUTS_FAILED
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from .mainjob import SEEDS, run_main

    if args.notebooks and not args.project:
        _say("--notebooks re-executes the project's notebooks: use it with --project")
        return EXIT_NOTHING_DONE
    if args.project and args.out:
        _say("--project writes the project's own folders: give --out or --project, not both")
        return EXIT_NOTHING_DONE
    return run_main(Path(args.corpus) if args.corpus else SEEDS, notebooks=args.notebooks, out=Path(args.out) if args.out else None,
                    documents_csv=Path(args.documents) if args.documents else None, project=args.project,
                    min_confidence=args.min_confidence)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _positive_float(text: str) -> float:
    """A finite number above 0 (`inf` and `nan` are numbers to float(), not to a chunk size).

    >>> _positive_float("0.5")
    0.5
    >>> _positive_float("inf")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a finite number more than 0
    """
    value = float(text)
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError("must be a finite number more than 0")
    return value


def _chunk_mb(text: str) -> float:
    value = _positive_float(text)
    if value > 10_000:
        raise argparse.ArgumentTypeError("at most 10000 (MB of documents per worker task)")
    return value


def _seconds(text: str) -> float:
    """Seconds for --doc-timeout: a finite number ≥ 0 (0 = no limit)."""
    value = float(text)
    if not (value >= 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError("must be a finite number of seconds, 0 or more (0 = no limit)")
    return value


def _scheduler(text: str) -> str:
    """A dask.distributed scheduler address, checked before anything starts.

    >>> _scheduler("tcp://head:8786"), _scheduler("10.0.0.5:8786")
    ('tcp://head:8786', '10.0.0.5:8786')
    >>> _scheduler("head")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not a scheduler address: give [tcp://]HOST:PORT, e.g. tcp://head:8786
    """
    if not _SCHEDULER.fullmatch(text) or not 0 < int(text.rsplit(":", 1)[1]) < 65536:
        raise argparse.ArgumentTypeError("not a scheduler address: give [tcp://]HOST:PORT, e.g. tcp://head:8786")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mobilization", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("convert", help="print the repaired, script-converted article body of each FILE")
    p.add_argument("--to", choices=["simplified", "traditional"], default="simplified",
                   help="the script to print the body in (default: simplified)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="documents (.txt, .text, .htm, .html; any encoding corpus.load reads)")
    p.set_defaults(func=_convert)

    p = sub.add_parser(
        "extract", help="write the mention table of every document under PATH",
        description="Write one row per quantity mention of every document under PATH. Bad inputs get one "
                    "line each on stderr and exit code 1; the others' results are still written.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders (searched recursively for .txt/.text/.htm/.html/.parquet), globs, or Parquet "
                        "tables of documents (a 'text' column; 'doc' or 'doc_id'; place_code, place, date override what "
                        "is read from the text; other columns kept as metadata)")
    p.add_argument("--out", required=True, metavar="OUT",
                   help="FILE.csv, FILE.parquet, or a folder (written as part-NNNNN.parquet files)")
    p.add_argument("--all", action="store_true", help="keep boilerplate mentions, with an in_body column")
    p.add_argument("--meta", metavar="FILE",
                   help=f"your documents, {META_HELP}: it sets the mention table's place and date columns")
    p.add_argument("--jobs", "-j", "--workers", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: all cores; one for inputs under 1 MB)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local process pool (default) or dask.distributed")
    p.add_argument("--scheduler", metavar="ADDRESS", type=_scheduler,
                   help="with --engine dask: an existing dask.distributed scheduler (default: a local cluster)")
    p.add_argument("--chunk-mb", type=_chunk_mb, default=None, metavar="MB",
                   help="documents sent to a worker at a time (default 2 MB, less when a small corpus is "
                        "spread over several workers)")
    p.add_argument("--doc-timeout", type=_seconds, default=600.0, metavar="SECONDS",
                   help="time budget per document: a document still running after it is one error line "
                        "(default 600; 0 = no limit)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=_extract)

    p = sub.add_parser(
        "documents", help="write the documents table (place and date of every document under PATH)",
        description="Write one row per document: its place (GB/T 2260 code, name, level) and publication date, "
                    "from your metadata where given, else read from the text with the evidence. "
                    "See docs/places.md.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs or Parquet document tables")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.parquet")
    p.add_argument("--meta", metavar="FILE", help=f"your documents, {META_HELP}")
    p.set_defaults(func=_documents)

    p = sub.add_parser(
        "run", help="every table, chart and map of a corpus, in a folder of its own",
        description="Analyse every document under CORPUS (.txt, .text, .htm, .html files and Parquet tables of "
                    "documents, as extract reads them) and write the documents, duplicates, mentions, facts "
                    "and indicators tables, the charts and the maps into --out (default: a new folder CORPUS-run in "
                    "the working directory), then print a summary. Exit codes: 0 done; 1 some inputs failed (the "
                    "rest is written); 2 nothing done; 3 done, but no place has an indicator value.")
    p.add_argument("corpus", nargs="?", default=None, metavar="CORPUS",
                   help="folder of documents (default: the project's own seeds/ folder, beside data/, wherever you "
                        "run from); data/documents.csv gives the seeds' place and date")
    p.add_argument("--out", metavar="DIR", help="folder to write into (tables/, figures/), replaced whole at the end "
                                                 "(your own files in it are kept); default: a new folder")
    p.add_argument("--documents", metavar="FILE.csv",
                   help=f"your place and date per document (as documents --meta reads them), {META_HELP}")
    p.add_argument("--min-confidence", choices=("high", "medium", "low"), default="medium",
                   help="the lowest confidence word of a place read from the text that the facts, indicators, "
                        "charts and map use (default medium; at first contact high was right 0.965 of the time, "
                        "medium 0.68, low 1 in 28): a report below it counts in no place's tables and the summary names it "
                        "(give its place with --documents to count it). "
                        "Places given with --documents always count")
    p.add_argument("--project", action="store_true",
                   help="write the project's own committed outputs (data/derived, figures; what make.py all does): "
                        "only from the project's seeds/ (another CORPUS is refused, exit 2, nothing written)")
    p.add_argument("--notebooks", action="store_true",
                   help="with --project: also re-execute the notebooks and render HTML reports")
    p.set_defaults(func=_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; a library error becomes one line on stderr, never a traceback.

    >>> main(["extract", "no/such/file.txt", "--out", "x.csv"])
    2
    """
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # the reader of stdout stopped (`convert … | head`): end quietly
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except MobilizationError as err:
        _say(str(err))
        return EXIT_INPUTS_FAILED
    except KeyboardInterrupt:
        _say("interrupted; nothing written")
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's last flush at exit finds no closed pipe (no traceback)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
