"""Command line: `mobilization convert | extract | run` (also `python -m mobilization`)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import MobilizationError


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
            print(f"mobilization: {err}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(convert(rep.body_text(), config).rstrip("\n") + "\n")
    return 1 if failed else 0


def _extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from .corpus import iter_paths, load
    from .outputs import write_table
    from .pipeline import MENTION_COLUMNS, analyse, mention_rows

    rows: list[dict] = []
    failed = 0
    for path in iter_paths(args.paths):
        try:
            rows.extend(mention_rows(analyse(load(path)), include_boilerplate=args.all))
        except MobilizationError as err:
            print(f"mobilization: {err}", file=sys.stderr)
            failed += 1
    columns = MENTION_COLUMNS if args.all else [c for c in MENTION_COLUMNS if c != "in_body"]
    write_table(pd.DataFrame(rows, columns=MENTION_COLUMNS)[columns], args.out)
    return 1 if failed else 0


def _run(args: argparse.Namespace) -> int:
    from .mainjob import run_main

    return run_main(Path(args.seeds), notebooks=args.notebooks)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mobilization", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("convert", help="print the repaired, script-converted article body of each FILE")
    p.add_argument("--to", choices=["simplified", "traditional"], default="simplified")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_convert)

    p = sub.add_parser("extract", help="write the mention table of every document under PATH")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched for *.txt)")
    p.add_argument("--out", required=True, help="FILE.csv or FILE.parquet")
    p.add_argument("--all", action="store_true", help="keep boilerplate mentions, with an in_body column")
    p.set_defaults(func=_extract)

    p = sub.add_parser("run", help="the main job: pipeline, tables, figures (and notebooks) on a folder")
    p.add_argument("seeds", nargs="?", default="seeds")
    p.add_argument("--notebooks", action="store_true", help="also re-execute notebooks and render HTML reports")
    p.set_defaults(func=_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except MobilizationError as err:
        print(f"mobilization: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
