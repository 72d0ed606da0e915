#!/usr/bin/env python3
"""Agreement of two hand annotations of the same texts, scored exactly as the extractor is scored.

The second annotator's rows take the place of the extractor's mentions in `mobilization.evaluate.score`,
so value-level F1, strict F1 (value and counted noun) and category accuracy mean the same as in
score_figures.py: the ceiling a careful reader of the codebook reaches on that corpus.

    python benchmarks/heldout/agreement/figures_agree.py GOLD_DIR SECOND [--errors] [--texts TEXTS]

SECOND is a folder of NNN.gold.csv, or one CSV with a `doc` column (as S_second.csv and U_second.csv here).
With --texts (the folder of NNN.txt), the extractor is scored against each of the two annotations too.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from score_figures import errors, load_gold, predict  # noqa: E402  (the same reader and error lists)

from mobilization import evaluate  # noqa: E402


def _second(path: Path) -> pd.DataFrame:
    """The second annotation: a folder like the gold's, or one CSV of its rows with their `doc`."""
    if path.is_dir():
        return load_gold(path)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df["value"] = df["value"].astype(float)
    return df


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="folder of NNN.gold.csv (the reference annotation)")
    ap.add_argument("second", type=Path, help="folder of NNN.gold.csv, or one CSV with a doc column (the second annotation)")
    ap.add_argument("--errors", action="store_true", help="also list the disagreements")
    ap.add_argument("--texts", type=Path, help="folder of NNN.txt: also score the extractor against both")
    args = ap.parse_args(argv)
    gold, second = load_gold(args.gold), _second(args.second)
    docs = sorted(set(gold["doc"]) & set(second["doc"]))
    gold = gold[gold["doc"].isin(docs)].reset_index(drop=True)
    second = second[second["doc"].isin(docs)].reset_index(drop=True)
    s = evaluate.score(second, gold)
    print(f"documents {len(docs)}, gold rows {len(gold)}, second rows {len(second)}")
    print(s.summary())
    print(f"strict matches {len(s.matches)}, category right "
          f"{int((s.matches['category'] == s.matches['gold_category']).sum())}")
    if args.errors:
        print(errors(s, ("only in gold", "only in second", "category differs")))
    if args.texts is not None:
        pred = predict(args.texts, docs)
        for name, reference in (("gold", gold), ("second", second)):
            print(f"extractor against the {name}: {evaluate.score(pred, reference).summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
