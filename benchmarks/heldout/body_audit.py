#!/usr/bin/env python3
"""Which gold figures of a held-out figure corpus lie outside the article body, and which furniture
figures would come back if body detection kept more.

For every text: the full pipeline with furniture mentions kept (`in_body` false), each furniture
mention tagged with the reason of its boilerplate span. Printed: the gold rows that only a furniture
mention matches (value-level; "lost"), and the furniture mentions no gold row wants ("kept out",
the figures body detection must keep out), both with their reason.

    python benchmarks/heldout/body_audit.py /work/heldout/AF/texts /work/heldout/AF/gold [--tsv OUT]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from mobilization import corpus, evaluate, pipeline

sys.path.insert(0, str(Path(__file__).parent))
from score_figures import load_gold, report  # noqa: E402


def audit(texts: Path, gold_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame, evaluate.Score]:
    gold = load_gold(gold_dir)
    docs = [d for d in dict.fromkeys(gold["doc"]) if (texts / f"{d}.txt").exists()]
    gold = gold[gold["doc"].isin(docs)].reset_index(drop=True)
    rows = []
    for doc in docs:
        a = pipeline.analyse(corpus.load(texts / f"{doc}.txt"))
        rep = a.repaired
        spans = [(*rep.original_span(s.start, s.end), s.kind) for s in rep.boilerplate]
        for row in pipeline.mention_rows(a, include_boilerplate=True):
            why = ""
            if not row["in_body"]:
                why = next((k for s, e, k in spans if s <= row["start"] < e), "?")
            rows.append({**row, "doc": doc, "why": why})
    pred = pd.DataFrame(rows)
    body = pred[pred["in_body"]].reset_index(drop=True)
    # gold rows body mentions match (value-level); then the rest against furniture mentions
    got = {gi for _, gi in evaluate.match(body, gold, evaluate.same_figure)}
    rest = gold[~gold.index.isin(got)]
    furn = pred[~pred["in_body"]]
    pairs = evaluate.match(furn, rest, evaluate.same_figure)
    lost = pd.DataFrame([{**gold.loc[gi, ["doc", "surface", "value", "entity"]].to_dict(),
                          "why": furn.at[pi, "why"], "start": furn.at[pi, "start"]} for pi, gi in pairs])
    used = {pi for pi, _ in pairs}
    out = furn[~furn.index.isin(used)][["doc", "start", "surface", "value", "entity", "why"]]
    return lost, out, evaluate.score(body, gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--tsv", type=Path, help="write lost and kept-out rows here (prefix)")
    args = ap.parse_args(argv)
    lost, out, score = audit(args.texts, args.gold)
    print("\n".join(report(score).splitlines()[-2:]))
    pd.set_option("display.width", 250)
    pd.set_option("display.max_colwidth", 40)
    pd.set_option("display.max_rows", 500)
    print(f"lost gold rows (a furniture mention matches): {len(lost)}")
    if len(lost):
        print(lost.to_string())
    print(f"furniture mentions no gold row wants: {len(out)}")
    if args.tsv:
        lost.to_csv(f"{args.tsv}.lost.tsv", sep="\t", index=False)
        out.to_csv(f"{args.tsv}.out.tsv", sep="\t", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
