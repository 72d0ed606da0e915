"""Command line: `mobilization convert | extract | documents | run` (also `python -m mobilization`).

Exit codes: 0 all inputs done; 1 some inputs failed (one line each on stderr; the
results of the others are written); 2 nothing done (bad arguments, no input found,
output cannot be written); 130 interrupted. Heavy modules (pandas, pyarrow, dask) are
imported by the subcommand that needs them, so `mobilization --help` starts fast.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import MobilizationError

EXIT_OK, EXIT_INPUTS_FAILED, EXIT_NOTHING_DONE, EXIT_INTERRUPTED = 0, 1, 2, 130
# Below this much input the default is one process: starting a pool would cost more.
_SMALL_CORPUS_BYTES = 1_000_000


def _say(message: str) -> None:
    print(f"mobilization: {message}", file=sys.stderr, flush=True)


def _convert(args: argparse.Namespace) -> int:
    from .corpus import load
    from .repair import repair
    from .script import convert

    config = {"simplified": "t2s", "traditional": "s2t"}[args.to]
    failed = 0
    for path in args.files:
        try:
            rep = repair(load(path).text)
        except MobilizationError as err:
            _say(str(err))
            failed += 1
            continue
        sys.stdout.write(convert(rep.body_text(), config).rstrip("\n") + "\n")
    return EXIT_INPUTS_FAILED if failed else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from . import outputs, scale
    from .documents import read_user_metadata
    from .pipeline import MENTION_COLUMNS

    try:
        outputs.output_kind(args.out)
    except ValueError as err:
        _say(str(err))
        return EXIT_NOTHING_DONE
    try:
        user = read_user_metadata(args.meta) if args.meta else None
    except MobilizationError as err:
        _say(f"{err}; nothing written")
        return EXIT_NOTHING_DONE
    inputs = scale.resolve_inputs(args.paths, exclude=args.out)
    if not inputs.files and not inputs.tables:
        for message in inputs.problems:
            _say(message)
        _say("no input documents found; nothing written")
        return EXIT_NOTHING_DONE
    total = inputs.total_bytes
    jobs = args.jobs or (1 if total < _SMALL_CORPUS_BYTES and args.engine == "local" else scale.default_jobs())
    chunks = scale.chunked(scale.iter_sources(inputs), chunk_bytes=int(args.chunk_mb * 1e6))
    if args.engine == "dask" or args.scheduler:
        _quiet_dask_logs()
        results = scale.run_chunks_dask(chunks, jobs, args.scheduler, include_boilerplate=args.all)
    else:
        results = scale.run_chunks(chunks, jobs, include_boilerplate=args.all)
    columns = MENTION_COLUMNS if args.all else [c for c in MENTION_COLUMNS if c != "in_body"]
    try:
        rows, docs, failed = _write(results, args.out, columns, _progress(total, quiet=args.quiet), user)
    except MobilizationError as err:  # not one document's problem: the run cannot go on
        _say(f"{err}; nothing written")
        return EXIT_NOTHING_DONE
    except OSError as err:
        _say(f"{args.out}: cannot finish ({err}); nothing written")
        return EXIT_NOTHING_DONE
    if failed:
        _say(f"{failed} of {docs} inputs failed; the mentions of the other {docs - failed} are in {args.out}")
        return EXIT_INPUTS_FAILED
    if not args.quiet and sys.stderr.isatty():
        _say(f"{rows} mentions from {docs} documents → {args.out}")
    return EXIT_OK


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
                writer.write(apply_user_metadata(scale.mention_frame(result.rows, columns), user))
                docs += result.docs
                failed += len(result.errors)
                if bar:
                    bar.update(result.nbytes)
                    bar.set_postfix_str(f"{docs} docs", refresh=False)
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
    from .documents import describe, document_frame, read_user_metadata

    try:
        if outputs.output_kind(args.out) == "dir":
            raise ValueError(f"{args.out}: the documents table is one file: give FILE.csv or FILE.parquet")
    except ValueError as err:
        _say(str(err))
        return EXIT_NOTHING_DONE
    try:
        user = read_user_metadata(args.meta) if args.meta else None
    except MobilizationError as err:
        _say(f"{err}; nothing written")
        return EXIT_NOTHING_DONE
    inputs = scale.resolve_inputs(args.paths, exclude=args.out)
    if not inputs.files and not inputs.tables:
        for message in inputs.problems:
            _say(message)
        _say("no input documents found; nothing written")
        return EXIT_NOTHING_DONE
    rows, failed = [], 0
    for source in scale.iter_sources(inputs):
        if isinstance(source, scale.Problem):
            _say(source.message)
            failed += 1
            continue
        try:
            doc = load(source.path) if source.path else Document(source.doc_id, source.name, "", "utf-8",
                                                                 source.text or "", dict(source.meta))
            rows.append(describe(doc, user))
        except MobilizationError as err:
            _say(str(err))
            failed += 1
    if user:
        unknown = sorted(set(user) - {r.doc for r in rows} - {"*"})
        if unknown:
            _say(f"{args.meta}: {len(unknown)} document(s) not among the inputs: {', '.join(unknown[:5])}")
    try:
        outputs.write_table(document_frame(rows), args.out)
    except OSError as err:
        _say(f"{args.out}: cannot write ({err}); nothing written")
        return EXIT_NOTHING_DONE
    if failed:
        _say(f"{failed} input(s) failed; the other {len(rows)} documents are in {args.out}")
        return EXIT_INPUTS_FAILED
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from .mainjob import run_main

    return run_main(Path(args.seeds), notebooks=args.notebooks)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mobilization", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("convert", help="print the repaired, script-converted article body of each FILE")
    p.add_argument("--to", choices=["simplified", "traditional"], default="simplified")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_convert)

    p = sub.add_parser(
        "extract", help="write the mention table of every document under PATH",
        description="Write one row per quantity mention of every document under PATH. Bad inputs get one "
                    "line each on stderr and exit code 1; the others' results are still written.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders (searched recursively for .txt/.html/.parquet), globs, or Parquet "
                        "tables of documents (a 'text' column; 'doc' or 'doc_id'; other columns kept as metadata)")
    p.add_argument("--out", required=True, metavar="OUT",
                   help="FILE.csv, FILE.parquet, or a folder (written as part-NNNNN.parquet files)")
    p.add_argument("--all", action="store_true", help="keep boilerplate mentions, with an in_body column")
    p.add_argument("--meta", metavar="FILE",
                   help="your documents CSV or Parquet (doc plus any of place_code, place, date; doc '*' = all): "
                        "it sets the place and date columns where it gives them, over what the text says")
    p.add_argument("--jobs", "-j", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: all cores; one for inputs under 1 MB)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local process pool (default) or dask.distributed")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: an existing dask.distributed scheduler (default: a local cluster)")
    p.add_argument("--chunk-mb", type=_positive_float, default=2.0, metavar="MB",
                   help="documents sent to a worker at a time (default 2 MB)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=_extract)

    p = sub.add_parser(
        "documents", help="write the documents table (place and date of every document under PATH)",
        description="Write one row per document: its place (GB/T 2260 code, name, level) and publication date, "
                    "from your metadata where given, else read from the text with the evidence. "
                    "See docs/places.md.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs or Parquet document tables")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.parquet")
    p.add_argument("--meta", metavar="FILE",
                   help="your documents CSV/Parquet: doc plus any of place_code, place, date (wins over detection; "
                        "doc '*' applies to every document)")
    p.set_defaults(func=_documents)

    p = sub.add_parser("run", help="the main job: pipeline, tables, figures (and notebooks) on a folder")
    p.add_argument("seeds", nargs="?", default="seeds", metavar="FOLDER",
                   help="documents to analyse (default: seeds); rows of data/documents.csv give their metadata")
    p.add_argument("--notebooks", action="store_true", help="also re-execute notebooks and render HTML reports")
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
    except MobilizationError as err:
        _say(str(err))
        return EXIT_INPUTS_FAILED
    except KeyboardInterrupt:
        _say("interrupted; nothing written")
        return EXIT_INTERRUPTED
