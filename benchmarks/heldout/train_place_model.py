"""Learn the place re-ranker's weights from the features table and measure it leave-one-corpus-out.

    python benchmarks/heldout/train_place_model.py [--features benchmarks/heldout/place_features.csv]
        [--model data/place_model.csv] [--table FILE.md] [--dry-run]

The model is a conditional logit: a candidate's probability is exp(w . x) over the sum for its report's
candidates; the weights minimise the negative log-likelihood of the gold candidates plus an L2 penalty
(`PENALTY` / 2 |w|^2), found by Newton's method from zero (closed form steps, no seed: the same table always
gives the same weights). Only the candidates the re-ranker may pick are read (the rules' pick and those with
support, `places.features.Candidate.supported`). Reports whose gold code is none of them (or empty) cannot teach
a ranking and are left out of training; they still count in every accuracy below.

Accuracy is measured as `score_places.py` measures it (the detected code equals the gold code, an empty gold
right only when nothing is detected), per corpus, for (a) the rules alone and (b) the rules with the re-ranker
(`places.rerank`: it looks only at reports where the rules give a place, keeps the rules' unknowns), out of
sample (trained on every other corpus: a first contact for each) and in sample (trained on all). The weights
written to data/place_model.csv are those trained on all corpora, with the switch `_enabled` = 1 only when the
re-ranker beats the rules out of sample overall by more than the measurement's noise (at least 4 reports) and
lowers no corpus by more than one report (`switch_on`):
retraining after the rules change re-makes that decision. A second measurement lets the re-ranker also look at
the rules' unknowns (national reports, Hong Kong, one passing mention …), to show what keeping them is worth.
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mobilization.places.features import FEATURES
from mobilization.places.rerank import SOFT_UNKNOWNS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PENALTY = 1.0  # L2 penalty: fixed before measuring, not tuned on the left-out corpora
ALLOWED_DROP = 1  # reports a corpus may lose out of sample with the re-ranker switched on
MIN_GAIN = 4  # reports it must win overall: more than the ±3 reports this measurement moves by noise alone
# (penalties and feature versions: docs/rounds/learned-re-ranking.md); a gain inside the noise is no evidence
_ITERATIONS, _TOLERANCE = 50, 1e-10


@dataclass(frozen=True)
class Report:
    """One labelled report: its candidates' features, which one is gold, what the rules said."""

    corpus: str
    doc: str
    gold: str
    rules: str
    reason: str
    codes: tuple[str, ...]
    x: np.ndarray  # candidates x features
    label: int  # index of the gold candidate, -1 when the gold is none of them


def read_reports(path: Path) -> list[Report]:
    """The reports of a features table (place_features.py), in the table's order."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    by_doc: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        by_doc.setdefault((r["corpus"], r["doc"]), []).append(r)
    out = []
    for (corpus, doc), rs in by_doc.items():
        first = by_doc[(corpus, doc)][0]
        # the candidates the re-ranker may choose among: the rules' pick and those with support
        rs = [r for r in rs if r["candidate"] and (r["supported"] == "1" or r["candidate"] == first["rules"])]
        codes = tuple(r["candidate"] for r in rs)
        x = np.array([[float(r[f]) for f in FEATURES] for r in rs], dtype=float).reshape(len(rs), len(FEATURES))
        label = codes.index(first["gold"]) if first["gold"] in codes else -1
        out.append(Report(corpus, doc, first["gold"], first["rules"], first["rules_reason"], codes, x, label))
    return out


def fit(reports: list[Report], penalty: float = PENALTY) -> np.ndarray:
    """The conditional-logit weights (Newton's method from zero, L2 `penalty`) on the reports with a gold candidate.

    >>> r = [Report("c", "1", "a", "a", "", ("a", "b"), np.array([[1.0], [0.0]]), 0)]
    >>> w = fit(r); bool(w[0] > 0)
    True
    """
    train = [r for r in reports if r.label >= 0 and len(r.codes) > 1]
    k = len(FEATURES) if not train else train[0].x.shape[1]
    w = np.zeros(k)
    for _ in range(_ITERATIONS):
        grad, hess = penalty * w, penalty * np.eye(k)
        for r in train:
            s = r.x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mean = p @ r.x
            grad += mean - r.x[r.label]
            centred = r.x - mean
            hess += (centred * p[:, None]).T @ centred
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < _TOLERANCE:
            break
    return w


def predict(r: Report, w: np.ndarray, soft_unknowns: tuple[str, ...] = SOFT_UNKNOWNS) -> str:
    """The code the rules with the re-ranker give (as `places.rerank.rerank` does)."""
    if not r.codes or not (r.rules or any(r.reason.startswith(u) for u in soft_unknowns)):
        return r.rules
    s = r.x @ w
    picked = list(FEATURES).index("picked")
    order = sorted(range(len(r.codes)), key=lambda i: (-round(float(s[i]), 12), -r.x[i, picked], r.codes[i]))
    return r.codes[order[0]]


def accuracy(reports: list[Report], got: list[str]) -> tuple[int, int]:
    """(right, of) where right means the code equals the gold (an empty gold right only when nothing is given)."""
    return sum(r.gold == g for r, g in zip(reports, got)), len(reports)


def cross_validate(reports: list[Report], penalty: float = PENALTY,
                   soft_unknowns: tuple[str, ...] = SOFT_UNKNOWNS) -> dict[str, dict[str, tuple[int, int]]]:
    """Per corpus: rules alone, re-ranked out of sample (trained without the corpus), re-ranked in sample."""
    corpora = list(dict.fromkeys(r.corpus for r in reports))
    w_all = fit(reports, penalty)
    out = {}
    for c in corpora:
        held = [r for r in reports if r.corpus == c]
        w = fit([r for r in reports if r.corpus != c], penalty)
        out[c] = {"rules": accuracy(held, [r.rules for r in held]),
                  "loco": accuracy(held, [predict(r, w, soft_unknowns) for r in held]),
                  "in": accuracy(held, [predict(r, w_all, soft_unknowns) for r in held])}
    return out


def table(result: dict[str, dict[str, tuple[int, int]]]) -> str:
    """The markdown table of `cross_validate` (counts and accuracies), with an overall row."""
    lines = ["| corpus | reports | rules alone | rules + re-ranker, left out (first contact) | in sample |",
             "|---|---|---|---|---|"]
    total = {k: [0, 0] for k in ("rules", "loco", "in")}
    for c, res in result.items():
        cells = []
        for k in ("rules", "loco", "in"):
            right, n = res[k]
            total[k][0] += right
            total[k][1] += n
            cells.append(f"{right / n:.3f} ({right})")
        lines.append(f"| {c} | {res['rules'][1]} | " + " | ".join(cells) + " |")
    cells = [f"{r / n:.3f} ({r})" for r, n in total.values()]
    lines.append(f"| all | {total['rules'][1]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def switch_on(result: dict[str, dict[str, tuple[int, int]]], allowed_drop: int = ALLOWED_DROP,
              min_gain: int = MIN_GAIN) -> bool:
    """Does the re-ranker beat the rules out of sample overall by at least `min_gain` reports (more than the
    measurement's noise), lowering no corpus by more than `allowed_drop`?

    >>> switch_on({"A": {"rules": (9, 10), "loco": (10, 10)}, "B": {"rules": (5, 5), "loco": (5, 5)}})
    False
    >>> switch_on({"A": {"rules": (4, 10), "loco": (10, 10)}, "B": {"rules": (5, 5), "loco": (3, 5)}})
    False
    >>> switch_on({"A": {"rules": (4, 10), "loco": (10, 10)}, "B": {"rules": (5, 5), "loco": (4, 5)}})
    True
    """
    gain = sum(r["loco"][0] - r["rules"][0] for r in result.values())
    return gain >= min_gain and all(r["rules"][0] - r["loco"][0] <= allowed_drop for r in result.values())


def model_csv(w: np.ndarray, reports: list[Report], penalty: float = PENALTY, enabled: bool = False) -> str:
    """The text of data/place_model.csv for the weights `w` (a '#' header says what they are)."""
    corpora = "".join(dict.fromkeys(r.corpus for r in reports))
    used = sum(r.label >= 0 and len(r.codes) > 1 for r in reports)
    head = [
        "# Weights of the place re-ranker (mobilization.places.rerank): a candidate division's score is the sum of",
        "# weight x feature (places.features.FEATURES: counts as log(1 + n), shares and 0/1 flags); the report's",
        "# candidate with the highest score is picked. Learned by benchmarks/heldout/train_place_model.py from",
        f"# benchmarks/heldout/place_features.csv (corpora {corpora}, {used} reports with the gold among several",
        f"# candidates; conditional logit, L2 penalty {penalty}); do not edit by hand: retrain.",
        "# Columns: feature; weight (positive: the feature makes the candidate more likely the report's place).",
        "# The row _enabled is no feature: 1 when leave-one-corpus-out cross-validation met the switch-on rule (it",
        "# beats the rules overall by at least 4 reports, more than the noise, and lowers no corpus by more than one report;"
        " docs/rounds/learned-re-ranking.md).",
        "feature,weight",
    ]
    rows = [f"{f},{v:.4f}" for f, v in zip(FEATURES, w)] + [f"_enabled,{int(enabled)}"]
    return "\n".join(head + rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--features", type=Path, default=HERE / "place_features.csv")
    parser.add_argument("--model", type=Path, default=ROOT / "data" / "place_model.csv")
    parser.add_argument("--table", type=Path, help="also write the cross-validated table (markdown) here")
    parser.add_argument("--penalty", type=float, default=PENALTY)
    parser.add_argument("--dry-run", action="store_true", help="measure only; do not write the model")
    args = parser.parse_args()
    reports = read_reports(args.features)
    result = cross_validate(reports, args.penalty)
    enabled = switch_on(result)
    unknowns = cross_validate(reports, args.penalty, soft_unknowns=("",))
    text = (table(result) + f"\n\nswitch on: {'yes' if enabled else 'no'} (out of sample "
            f"{sum(r['loco'][0] for r in result.values())} vs rules {sum(r['rules'][0] for r in result.values())}, "
            f"largest drop of a corpus {max(r['rules'][0] - r['loco'][0] for r in result.values())}); "
            f"if it also overrode the rules' unknowns: {sum(r['loco'][0] for r in unknowns.values())}")
    print(text)
    if args.table:
        args.table.write_text(text + "\n", encoding="utf-8")
    if not args.dry_run:
        args.model.write_text(model_csv(fit(reports, args.penalty), reports, args.penalty, enabled), encoding="utf-8")
        print(f"wrote {args.model}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
