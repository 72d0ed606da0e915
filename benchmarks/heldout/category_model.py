#!/usr/bin/env python3
"""A learned category for counted figures, measured leave-one-corpus-out (a measurement, not part of the package).

Every opened figure corpus is run through the full pipeline (as score_figures.py does) and its figures are
matched to the gold with `mobilization.evaluate`'s strict rule. Each strictly matched figure gives one example:
the gold category, the rules' category, and what a reader of the clause would look at — the counted noun and
its last one and two characters, the unit, money or not, the approximation, the characters and bigrams of the
clause before and after the figure, 其中/共/累计 just before it. A multinomial logistic regression (numpy, L2,
a fixed number of full-batch gradient steps from zero: deterministic) learns the gold category from them.

Three category accuracies over the strict matches are compared:

- rules: the extractor's category as it is;
- model: the regression without the rules' category among its features;
- re-ranker: the regression with the rules' category as a feature, which overturns the rules only where its
  own top category has probability >= OVERTURN (fixed beforehand, not tuned).

    python benchmarks/heldout/category_model.py --loco AV,AX,AZ,...          # leave one corpus out, a table
    python benchmarks/heldout/category_model.py --train AV,AX,... --test /work/heldout/X   # train, score one folder

A corpus name X stands for ROOT/X/texts and ROOT/X/gold (ROOT: --root, /work/heldout); --test takes a folder
with texts/ and gold/. `--cache DIR` keeps each corpus's examples as DIR/<name>.csv (delete it after a code change).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from mobilization import corpus, evaluate, pipeline, script

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_figures import load_gold  # noqa: E402  (the same gold reader as the scorer)

OVERTURN = 0.7     # the re-ranker's probability needed to overturn the rules (fixed, not tuned)
L2 = 1.0           # penalty on the squared weights (not on the intercepts), per training set
STEPS = 800        # full-batch gradient steps (300 left the training set at 0.89: underfit)
RATE = 1.5         # step size (the loss is averaged over the examples)
MIN_COUNT = 3      # a feature must occur in at least this many training examples
REACH = 12         # characters of context looked at on each side, cut at the clause's punctuation
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n、（）()“”]")
_MARKERS = ("其中", "共", "累计", "合计", "总计", "总共", "达", "超过", "近")


# ------------------------------------------------------------------ examples

def clause_context(text: str, start: int, end: int, reach: int = REACH) -> tuple[str, str]:
    """The clause before `start` and after `end` (at most `reach` characters each, cut at punctuation).

    >>> clause_context("全市共捐款3万元，用于救灾。", 5, 8)
    ('全市共捐款', '')
    >>> clause_context("其中，发放大米200袋给灾民", 7, 11)
    ('发放大米', '给灾民')
    """
    left = text[max(0, start - reach):start]
    right = text[end:end + reach]
    cut = [m.end() for m in _CLAUSE_END.finditer(left)]
    left = left[cut[-1]:] if cut else left
    m = _CLAUSE_END.search(right)
    return left, right[:m.start()] if m else right


def features(row: dict, with_rules: bool) -> list[str]:
    """The feature names of one figure (a bag: names, no weights).

    >>> f = features({"entity": "基层家庭", "unit": "个", "currency": "", "approx": "exact", "category": "coverage",
    ...               "left": "向", "right": "送出"}, with_rules=True)
    >>> [x for x in f if x.startswith(("e", "rules"))]
    ['ent=基层家庭', 'ent1=庭', 'ent2=家庭', 'rules=coverage']
    """
    ent, left, right = str(row["entity"]), str(row["left"]), str(row["right"])
    out = ["bias"]
    if ent:
        out += [f"ent={ent}", f"ent1={ent[-1]}", f"ent2={ent[-2:]}"]
    else:
        out.append("ent=")
    out += [f"unit={row['unit']}", f"money={bool(row['currency']) or str(row['unit']).endswith('元')}",
            f"approx={row['approx']}"]
    out += [f"L1={c}" for c in set(left)] + [f"L2={left[i:i + 2]}" for i in range(len(left) - 1)]
    out += [f"R1={c}" for c in set(right)] + [f"R2={right[i:i + 2]}" for i in range(len(right) - 1)]
    out += [f"Lnear={left[-2:]}", f"Rnear={right[:2]}"]
    out += [f"mark={w}" for w in _MARKERS if w in left[-6:]]
    if with_rules:
        out.append(f"rules={row['category']}")
    return list(dict.fromkeys(out))


def examples(texts: Path, gold_dir: Path) -> pd.DataFrame:
    """One row per strictly matched figure: gold and rules' category, noun, unit, money, approximation, context."""
    gold = load_gold(gold_dir)
    docs = [d for d in dict.fromkeys(gold["doc"]) if (texts / f"{d}.txt").exists()]
    gold = gold[gold["doc"].isin(docs)].reset_index(drop=True)
    rows, context = [], {}
    for doc in docs:
        analysis = pipeline.analyse(corpus.load(texts / f"{doc}.txt"))
        for row in pipeline.mention_rows(analysis):
            i = len(rows)
            left, right = clause_context(analysis.doc.text, row["start"], row["end"])
            context[i] = (script.convert(left), script.convert(right))
            rows.append({**row, "doc": doc})
    pred = pd.DataFrame(rows, columns=pipeline.MENTION_COLUMNS)
    m = evaluate.score(pred, gold).matches
    out = pred.loc[m["pred_index"], ["doc", "surface", "entity", "unit", "currency", "approx", "category"]]
    out = out.reset_index(drop=True).fillna("")
    out["left"] = [context[i][0] for i in m["pred_index"]]
    out["right"] = [context[i][1] for i in m["pred_index"]]
    out["gold_category"] = m["gold_category"].to_numpy()
    return out


def corpus_examples(name: str, root: Path, cache: Path | None) -> pd.DataFrame:
    """`examples` of ROOT/name (texts/, gold/), read from or written to `cache` if given."""
    if cache is not None and (cache / f"{name}.csv").exists():
        return pd.read_csv(cache / f"{name}.csv", dtype=str, keep_default_na=False)
    folder = root / name if not Path(name).is_dir() else Path(name)
    ex = examples(folder / "texts", folder / "gold")
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        ex.to_csv(cache / f"{name}.csv", index=False)
    return ex.astype(str)


# ------------------------------------------------------------------ model

class CategoryModel:
    """Multinomial logistic regression over bags of feature names, numpy only, deterministic.

    >>> rows = [{"entity": e, "unit": "", "currency": "", "approx": "exact", "category": "other", "left": l,
    ...          "right": ""} for e, l in [("口罩", "捐赠"), ("口罩", "发放"), ("口罩", "运来"), ("志愿者", "组织"), ("志愿者", "出动"),
    ...                                       ("志愿者", "派出")]]
    >>> m = CategoryModel(with_rules=False).fit(rows, ["supplies"] * 3 + ["personnel"] * 3)
    >>> m.predict([{**rows[0], "left": "送来"}])[0][0]
    'supplies'
    """

    def __init__(self, with_rules: bool):
        self.with_rules = with_rules

    def _matrix(self, rows: list[dict]) -> np.ndarray:
        x = np.zeros((len(rows), len(self.vocab)), dtype=np.float32)
        for i, row in enumerate(rows):
            for f in features(row, self.with_rules):
                j = self.vocab.get(f)
                if j is not None:
                    x[i, j] = 1.0
        return x

    def fit(self, rows: list[dict], labels: list[str]) -> "CategoryModel":
        counts = Counter(f for row in rows for f in features(row, self.with_rules))
        self.vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
        self.classes = sorted(set(labels))
        x = self._matrix(rows)
        y = np.zeros((len(rows), len(self.classes)), dtype=np.float32)
        y[np.arange(len(rows)), [self.classes.index(c) for c in labels]] = 1.0
        w = np.zeros((x.shape[1], len(self.classes)), dtype=np.float32)
        penalty = np.full((x.shape[1], 1), L2 / len(rows), dtype=np.float32)
        penalty[self.vocab["bias"]] = 0.0
        for _ in range(STEPS):
            p = _softmax(x @ w)
            w -= RATE * (x.T @ (p - y) / len(rows) + penalty * w)
        self.w = w
        return self

    def proba(self, rows: list[dict]) -> np.ndarray:
        return _softmax(self._matrix(rows) @ self.w)

    def predict(self, rows: list[dict]) -> list[tuple[str, float]]:
        """The top category of each row and its probability."""
        p = self.proba(rows)
        return [(self.classes[k], float(p[i, k])) for i, k in enumerate(p.argmax(axis=1))]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def rerank(rules: str, top: tuple[str, float], threshold: float = OVERTURN) -> str:
    """The rules' category unless the model's top one differs and is at least `threshold` sure.

    >>> rerank("other", ("supplies", 0.9)), rerank("other", ("supplies", 0.6))
    ('supplies', 'other')
    """
    return top[0] if top[1] >= threshold else rules


def compare(train: pd.DataFrame, test: pd.DataFrame) -> dict[str, int]:
    """Right categories on `test` of the rules, the model, and the re-ranker, trained on `train`."""
    tr, te = train.to_dict("records"), test.to_dict("records")
    gold = list(test["gold_category"])
    plain = CategoryModel(with_rules=False).fit(tr, list(train["gold_category"])).predict(te)
    ranked = CategoryModel(with_rules=True).fit(tr, list(train["gold_category"])).predict(te)
    rules = list(test["category"])
    return {"figures": len(te),
            "rules": sum(r == g for r, g in zip(rules, gold)),
            "model": sum(p[0] == g for p, g in zip(plain, gold)),
            "model+rules": sum(p[0] == g for p, g in zip(ranked, gold)),
            "re-ranker": sum(rerank(r, p) == g for r, p, g in zip(rules, ranked, gold)),
            "overturned": sum(rerank(r, p) != r for r, p in zip(rules, ranked)),
            "overturned right": sum(rerank(r, p) != r and rerank(r, p) == g for r, p, g in zip(rules, ranked, gold))}


def table(results: dict[str, dict[str, int]]) -> str:
    """Markdown: per corpus and pooled, right counts and accuracies."""
    cols = ["figures", "rules", "model", "model+rules", "re-ranker", "overturned", "overturned right"]
    total = {c: sum(r[c] for r in results.values()) for c in cols}
    lines = ["| corpus | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    for name, r in [*results.items(), ("pooled", total)]:
        n = r["figures"]
        cells = [str(n)] + [f"{r[c]} ({r[c] / n:.3f})" if n else "0" for c in cols[1:5]] + [str(r[c]) for c in cols[5:]]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loco", help="comma-separated corpus names: leave each out in turn")
    ap.add_argument("--train", help="comma-separated corpus names to train on")
    ap.add_argument("--test", type=Path, help="a folder with texts/ and gold/ to score")
    ap.add_argument("--root", type=Path, default=Path("/work/heldout"))
    ap.add_argument("--cache", type=Path, help="keep each corpus's examples here as <name>.csv")
    args = ap.parse_args(argv)
    if args.loco:
        names = args.loco.split(",")
        data = {n: corpus_examples(n, args.root, args.cache) for n in names}
        results = {n: compare(pd.concat([data[o] for o in names if o != n], ignore_index=True), data[n])
                   for n in names}
    elif args.train and args.test:
        train = pd.concat([corpus_examples(n, args.root, args.cache) for n in args.train.split(",")],
                          ignore_index=True)
        test = examples(args.test / "texts", args.test / "gold").astype(str)
        results = {args.test.name: compare(train, test)}
    else:
        ap.error("give --loco, or --train and --test")
    print(table(results))
    print(f"\nre-ranker: overturns the rules where the model (rules among its features) is >= {OVERTURN} sure; "
          f"L2 {L2}, {STEPS} steps, features seen >= {MIN_COUNT} times in training")
    return 0


if __name__ == "__main__":
    sys.exit(main())
