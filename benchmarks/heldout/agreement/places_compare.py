#!/usr/bin/env python3
"""Agreement of two place-and-date annotations of one corpus, and where the software stands between them.

A corpus labelled twice, independently, by annotators who follow benchmarks/heldout/CODEBOOK.md tells
how high a score any reader can be asked for: where two careful readers disagree, the gold is a
choice, not a fact. (Figures: figures_agree.py.)

    python benchmarks/heldout/agreement/places_compare.py FIRST.csv SECOND.csv [--texts TEXTS]

FIRST and SECOND are gold_places.csv files (doc, place_code, date …; '#' lines skipped): the share
of documents given the same code, and of printed dates (a date in either file) given the same date.
With --texts (the folder of NNN.txt), the software's reading of each text too: right against the
first, against the second, and against either (its score if every disagreement went its way).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def read_places(path: Path) -> dict[str, dict[str, str]]:
    """The rows of a gold_places.csv ('#' comment lines skipped), by doc."""
    with path.open(encoding="utf-8") as fh:
        return {r["doc"]: r for r in csv.DictReader(line for line in fh if not line.startswith("#"))}


def share(agree: int, total: int) -> str:
    """`agree/total (ratio)`.

    >>> share(43, 45)
    '43/45 (0.956)'
    """
    return f"{agree}/{total} ({agree / total:.3f})" if total else "0/0"


def places(first: Path, second: Path, texts: Path | None) -> list[str]:
    a, b = read_places(first), read_places(second)
    docs = sorted(set(a) & set(b))
    same = [d for d in docs if a[d]["place_code"].strip() == b[d]["place_code"].strip()]
    printed = [d for d in docs if a[d]["date"].strip() or b[d]["date"].strip()]
    dates = [d for d in printed if a[d]["date"].strip() == b[d]["date"].strip()]
    lines = [f"documents {len(docs)}; same place code {share(len(same), len(docs))}; "
             f"same date where either prints one {share(len(dates), len(printed))}"]
    lines += [f"  differ: {d} {a[d]['place_code'] or '-'} {a[d]['place_name']} | {b[d]['place_code'] or '-'} "
              f"{b[d]['place_name']}" for d in docs if d not in same]
    if texts is not None:
        from mobilization.corpus import load
        from mobilization.documents import describe

        got = {}
        for d in docs:
            info = describe(load(texts / f"{d}.txt"), user={})
            got[d] = info.place_code if info.place_source == "detected" else ""
        right_a = sum(got[d] == a[d]["place_code"].strip() for d in docs)
        right_b = sum(got[d] == b[d]["place_code"].strip() for d in docs)
        either = sum(got[d] in (a[d]["place_code"].strip(), b[d]["place_code"].strip()) for d in docs)
        lines.append(f"software: against the first {share(right_a, len(docs))}, the second "
                     f"{share(right_b, len(docs))}, either {share(either, len(docs))}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path, help="the first annotation (gold_places.csv)")
    ap.add_argument("second", type=Path, help="the second annotation, same columns")
    ap.add_argument("--texts", type=Path, help="folder of NNN.txt: also place the software between the two")
    args = ap.parse_args(argv)
    print("\n".join(places(args.first, args.second, args.texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
