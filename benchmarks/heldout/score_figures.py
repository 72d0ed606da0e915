#!/usr/bin/env python3
"""Score the extracted figures of a held-out corpus against its hand-made gold.

A held-out corpus is a folder of texts (`NNN.txt`, kept OUT of the repository) and a folder of gold
files (`NNN.gold.csv`: surface,value,approx,unit,entity,category[,currency], as in
data/gold/GUIDELINES.md). Every text is run through the full pipeline (load → repair → t2s →
extract, body mentions, as `mobilization extract` gives them) and scored with the matching rule
of `mobilization.evaluate`, per document and overall:

- value-level precision / recall / F1: the figure was found with its value;
- strict precision / recall / F1: found with its value AND its counted noun (one containing the
  other; the value alone for 元/人/人次/户/单元 and money in any currency);
- category accuracy over the strict matches.

    python benchmarks/heldout/score_figures.py /work/heldout/B/texts /work/heldout/B/gold
    python benchmarks/heldout/score_figures.py TEXTS GOLD --errors      # also list misses and extras

Only documents that have both a text and a gold file are scored.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from mobilization import corpus, evaluate, pipeline

GOLD_SUFFIX = ".gold.csv"


def load_gold(folder: Path) -> pd.DataFrame:
    """The gold rows of every `<doc>.gold.csv` in `folder`, with a `doc` column (the file's stem)."""
    frames = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            df["value"] = df["value"].astype(float)
        except (ValueError, KeyError, pd.errors.ParserError) as e:
            raise SystemExit(f"{path}: not a gold file ({e})") from None
        df.insert(0, "doc", path.name[: -len(GOLD_SUFFIX)])
        frames.append(df)
    if not frames:
        raise SystemExit(f"{folder}: no *{GOLD_SUFFIX} files")
    gold = pd.concat(frames, ignore_index=True)
    if "currency" not in gold:
        gold["currency"] = ""
    return gold


def predict(texts: Path, docs: list[str]) -> pd.DataFrame:
    """Body mentions of the full pipeline for `<texts>/<doc>.txt`, with `doc` set to the file's stem."""
    rows = []
    for doc in docs:
        path = texts / f"{doc}.txt"
        for row in pipeline.mention_rows(pipeline.analyse(corpus.load(path))):
            rows.append({**row, "doc": doc})
    return pd.DataFrame(rows, columns=pipeline.MENTION_COLUMNS)


def report(score: evaluate.Score) -> str:
    """Per-document and overall table, Markdown."""
    cols = ["doc", "gold", "predicted", "value_tp", "value_f1", "tp", "f1", "category_accuracy"]
    per = score.per_doc[cols].rename(columns={"value_tp": "found (value)", "value_f1": "value F1",
                                              "tp": "found (strict)", "f1": "strict F1"})
    lines = ["| " + " | ".join(per.columns) + " |", "|" + "---|" * len(per.columns)]
    for r in per.itertuples(index=False):
        lines.append("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r) + " |")
    lines += ["", score.summary(),
              f"gold {int(score.per_doc['gold'].sum())}, predicted {int(score.per_doc['predicted'].sum())}, "
              f"found value-level {int(score.per_doc['value_tp'].sum())}, strict {len(score.matches)}, "
              f"category right {int((score.matches['category'] == score.matches['gold_category']).sum())}"]
    return "\n".join(lines)


def errors(score: evaluate.Score, titles: tuple[str, str, str] = ("misses (strict)", "extras (strict)",
                                                                     "wrong category")) -> str:
    """The gold rows not found, the rows found that match no gold, and the matches in another category."""
    pd.set_option("display.width", 250)
    pd.set_option("display.max_colwidth", 40)
    cols = ["doc", "surface", "value", "unit", "entity", "category"]
    m = score.matches
    wrong = m[m["category"] != m["gold_category"]]
    return (f"\n{titles[0]}:\n" + score.misses[cols].to_string() + f"\n\n{titles[1]}:\n" + score.extras[cols].to_string()
            + f"\n\n{titles[2]}:\n" + wrong[["doc", "surface", "entity", "gold_category", "category"]].to_string())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path, help="folder of NNN.txt")
    ap.add_argument("gold", type=Path, help="folder of NNN.gold.csv")
    ap.add_argument("--errors", action="store_true", help="also list misses, extras and wrong categories")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    docs = [d for d in dict.fromkeys(gold["doc"]) if (args.texts / f"{d}.txt").exists()]
    missing = sorted(set(gold["doc"]) - set(docs))
    if missing:
        print(f"no text for gold files: {', '.join(missing)} (left out)", file=sys.stderr)
    gold = gold[gold["doc"].isin(docs)].reset_index(drop=True)
    score = evaluate.score(predict(args.texts, docs), gold)
    print(report(score))
    if args.errors:
        print(errors(score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
