#!/usr/bin/env python3
"""Is a figure's confidence a filter? Strict-and-category accuracy of the figures per confidence word and signal.

    python benchmarks/heldout/figure_confidence.py --signals OUT.csv /work/heldout/BD /work/heldout/BB …
    python benchmarks/heldout/figure_confidence.py --loco OUT.csv      # the table made leave one corpus out
    python benchmarks/heldout/figure_confidence.py --table OUT.csv     # rebuild data/figure_confidence.csv from it

Each folder holds texts/NNN.txt and gold/NNN.gold.csv (as score_figures.py reads them); the folder's name is the
corpus's. Name the opened figure corpora one by one, never with a glob (blind corpora sit beside them).

--signals runs the pipeline on every text with a gold file, scores its body figures with score_figures's matching
(`evaluate.score`) and writes one row per predicted figure: corpus, doc, surface, entity, category, the signals of
`quantities.confidence.signals` (s_…), what the extractor recorded (s_noun_from, s_category_from), the word of
data/figure_confidence.csv, `right` (1 when the figure matches a gold figure strictly AND has its category; 0 for a
wrong category and for a figure that matches no gold one), and the matched gold figure's entity and category.

--loco reads such a file and judges the table leave one corpus out: for each corpus in turn, the word of each cell
(the signals `confidence.CELL` names) is made from the other corpora alone (high when their figures in the cell were
right at least `HIGH` of the time, low below `LOW`, medium between; a cell with fewer than `MIN_ROWS` figures takes
the word of its row of the shipped table; thresholds fixed before any left-out score was seen), then the left-out
corpus is scored with it. It prints, per corpus, right/rows of high, medium and low, and the share of the wrong
figures that fall in low, and the corpus whose high rows are right least often. (Round f12 kept round f11's
thresholds; its key, what is counted × what decided, was chosen among several keys by this very measurement:
docs/rounds/f12.md.)

--table rewrites the cells of data/figure_confidence.csv from such a file (all its corpora): the word of each cell by
the same thresholds; a cell with fewer than `MIN_ROWS` figures keeps the word the table gives it now (by judgement:
say it in the table's header). The header comments and the columns stay; it prints every cell that changed. To
rebuild the table after the extractor changed: --signals on the opened figure corpora, then --table (round f13).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

HIGH, LOW, MIN_ROWS = 0.95, 0.7, 20  # fixed before any left-out corpus was scored


def figure_rows(folder: Path) -> pd.DataFrame:
    """Every body figure of the corpus in `folder`, with its signals, word and whether it is right."""
    from mobilization import corpus, evaluate, pipeline
    from mobilization.quantities.confidence import signals

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score_figures import load_gold

    gold = load_gold(folder / "gold")
    docs = [d for d in dict.fromkeys(gold["doc"]) if (folder / "texts" / f"{d}.txt").exists()]
    gold = gold[gold["doc"].isin(docs)].reset_index(drop=True)
    rows = []
    for doc in docs:
        a = pipeline.analyse(corpus.load(folder / "texts" / f"{doc}.txt"))
        for q, m in zip(a.quantities, a.mentions):
            if not m.in_body:
                continue
            s = signals(q, a.simplified)
            rows.append({**{c: getattr(m, c) for c in pipeline.MENTION_COLUMNS}, "doc": doc,
                         **{f"s_{k}": v for k, v in s.__dict__.items()},
                         "s_noun_from": q.noun_from, "s_category_from": q.category_from,
                         "classifier": q.unit, "left": _clause_left(a.simplified, q.start),
                         "right": _clause_right(a.simplified, q.end)})
    pred = pd.DataFrame(rows)
    score = evaluate.score(pred, gold)
    right = {int(r.pred_index) for r in score.matches.itertuples() if r.category == r.gold_category}
    strict = set(int(i) for i in score.matches["pred_index"])
    gold_of = {int(r.pred_index): (r.gold_entity, r.gold_category) for r in score.matches.itertuples()}
    pred["strict"] = [int(i in strict) for i in range(len(pred))]
    pred["gold_entity"] = [gold_of.get(i, ("", ""))[0] for i in range(len(pred))]
    pred["gold_category"] = [gold_of.get(i, ("", ""))[1] for i in range(len(pred))]
    pred["right"] = [int(i in right) for i in range(len(pred))]
    pred.insert(0, "corpus", folder.name)
    return pred


_CLAUSE_END = "，,。；;！!？?：:\n"


def _clause_left(text: str, start: int, most: int = 16) -> str:
    """The clause before a figure, at most `most` characters (for reading the rows, not a signal)."""
    i = start
    while i > 0 and start - i < most and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return text[i:start]


def _clause_right(text: str, end: int, most: int = 8) -> str:
    """The clause after a figure, at most `most` characters (for reading the rows, not a signal)."""
    j = end
    while j < len(text) and j - end < most and text[j] not in _CLAUSE_END:
        j += 1
    return text[end:j]


def cell_words(train: pd.DataFrame, cell: list[str], shipped: dict[tuple, str]) -> dict[tuple, str]:
    """The word of each cell from the figures of `train` (HIGH, LOW, MIN_ROWS)."""
    words = {}
    for key, g in train.groupby(cell):
        key = key if isinstance(key, tuple) else (key,)
        if len(g) < MIN_ROWS:
            words[key] = shipped.get(key, "medium")
            continue
        acc = g["right"].mean()
        words[key] = "high" if acc >= HIGH else "low" if acc < LOW else "medium"
    return words


def rebuild_table(df: pd.DataFrame, path: Path) -> list[str]:
    """Rewrite the cells of the table at `path` from the figures of `df` (cell_words); the changes, as text."""
    from mobilization.quantities.confidence import CELL, DECIDED

    lines = path.read_text(encoding="utf-8").splitlines()
    head = [line for line in lines if line.startswith("#")]
    body = [line.split(",") for line in lines if line.strip() and not line.startswith("#")]
    columns, rows = body[0], body[1:]
    old = {(r[0], d): r[columns.index(d)] for r in rows for d in DECIDED if d in columns}
    new = cell_words(df, CELL, old)
    changed, out = [], [",".join(("counts",) + DECIDED)]
    for r in rows:
        cells = []
        for d in DECIDED:
            w = new.get((r[0], d), old.get((r[0], d), "medium"))
            if w != old.get((r[0], d)):
                changed.append(f"{r[0]} × {d}: {old.get((r[0], d))} → {w}")
            cells.append(w)
        out.append(",".join([r[0], *cells]))
    path.write_text("\n".join(head + out) + "\n", encoding="utf-8")
    return changed


def loco(df: pd.DataFrame) -> pd.DataFrame:
    """Per corpus: right/rows of each word under the table made from the other corpora."""
    from mobilization.quantities.confidence import CELL, table

    shipped = table()
    out = []
    for corpus in dict.fromkeys(df["corpus"]):
        words = cell_words(df[df["corpus"] != corpus], CELL, shipped)
        test = df[df["corpus"] == corpus]
        w = [words.get(tuple(r), shipped.get(tuple(r), "medium")) for r in test[CELL].itertuples(index=False)]
        out.append(_tally(corpus, test.assign(loco=w), "loco"))
    return pd.DataFrame(out)


def _tally(corpus: str, df: pd.DataFrame, col: str) -> dict[str, object]:
    row: dict[str, object] = {"corpus": corpus, "rows": len(df)}
    for word in ("high", "medium", "low"):
        g = df[df[col] == word]
        row[word] = f"{int(g['right'].sum())}/{len(g)}"
    wrong = df[df["right"] == 0]
    row["share high"] = round((df[col] == "high").mean(), 2)
    row["wrong in low"] = f"{int((wrong[col] == 'low').sum())}/{len(wrong)}"
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", type=Path, nargs="*")
    ap.add_argument("--signals", type=Path, metavar="OUT.csv", help="write every figure's signals")
    ap.add_argument("--loco", type=Path, metavar="SIGNALS.csv", help="judge the table leave one corpus out")
    ap.add_argument("--table", type=Path, metavar="SIGNALS.csv", help="rebuild data/figure_confidence.csv from it")
    args = ap.parse_args(argv)
    if args.signals:
        df = pd.concat([figure_rows(f) for f in args.folders], ignore_index=True)
        df.to_csv(args.signals, index=False)
        print(f"{len(df)} figures, {int(df['right'].sum())} right, to {args.signals}")
    if args.table:
        from mobilization.lexicon import data_dir

        path = data_dir() / "figure_confidence.csv"
        changed = rebuild_table(pd.read_csv(args.table, keep_default_na=False), path)
        from mobilization import lexicon
        from mobilization.quantities import confidence

        lexicon._read_merged.cache_clear()  # --loco below reads the table just written
        confidence.table.cache_clear()
        print(f"{path}: {len(changed)} cells changed" + "".join(f"\n  {c}" for c in changed))
    if args.loco:
        df = pd.read_csv(args.loco, keep_default_na=False)
        res = loco(df)
        from mobilization.quantities.confidence import CELL, table

        words = table()
        df["shipped"] = [words.get(tuple(r), "medium") for r in df[CELL].itertuples(index=False)]
        shipped = pd.DataFrame([_tally(c, g, "shipped") for c, g in df.groupby("corpus", sort=False)])
        print("leave one corpus out:\n" + res.to_string(index=False))
        print("shipped table:\n" + shipped.to_string(index=False))
        for name, t in (("loco", res), ("shipped", shipped)):
            tot = defaultdict(lambda: [0, 0])
            for r in t.itertuples(index=False):
                for word in ("high", "medium", "low"):
                    a, b = getattr(r, word).split("/")
                    tot[word][0] += int(a)
                    tot[word][1] += int(b)
            print(name, {k: f"{a}/{b} ({a / b if b else 0:.3f})" for k, (a, b) in tot.items()})
            rates = [(int(h.split("/")[0]) / int(h.split("/")[1]), c, h) for c, h in zip(t["corpus"], t["high"])
                     if int(h.split("/")[1])]
            print(name, "worst corpus (high right/rows):", min(rates)[1], min(rates)[2],
                  f"({min(rates)[0]:.3f}); corpora below {HIGH}: {sum(r < HIGH for r, _, _ in rates)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
