"""Evaluation of stage 5: predicted mentions scored against the hand-made gold of the seeds.

Matching rule (design/pipeline.md), STRICT: a predicted mention matches a gold row of the same
document with the same value (relative tolerance 1e-6) and a compatible entity (one contains
the other, and an empty entity contains no named noun; for money, unit 元 or any currency, and
for the units 人/人次/户/单元 the value alone decides), one to one. Pairs are assigned in
passes, best evidence first: same surface, then same entity, then compatible entity; within a
pass in reading order. VALUE-LEVEL scores match on the value alone (was the figure found at
all?); both are reported side by side, with category accuracy on the strict matches.

The scores of the held-out rounds, once recorded in data/accuracy_*.csv, are read and quoted by
`quoted_accuracy` (its names are importable from here too).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .lexicon import data_dir
# The recorded held-out scores (data/accuracy_*.csv) are read in `quoted_accuracy`; the notebooks call them from here.
from .quoted_accuracy import (figures_rounds, figures_summary, figures_table, first_contact_curve,  # noqa: F401
                              heldout_accuracy, heldout_summary, places_rounds, places_summary, places_table,
                              pooled_first_contact)

GOLD_COLUMNS = ["doc", "surface", "value", "approx", "unit", "entity", "category"]
VALUE_ONLY_UNITS = frozenset({"元", "人", "人次", "户", "单元"})
_RESIDUE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_QUOTES = str.maketrans("", "", "“”\"'‘’ ")


@dataclass(frozen=True)
class Score:
    """Accuracy of predicted mentions against gold.

    `per_doc` has one row per document (tp, fp, fn, precision, recall, f1,
    category_accuracy); `matches` pairs gold and predicted rows; `misses` are gold rows
    nobody found, `extras` predicted rows that match no gold row. `entity_accuracy` is the
    share of matched pairs whose counted noun is the gold one exactly (quotes and blanks
    aside): stricter than the matching rule, which accepts containment and, for money and
    people, the value alone.
    """

    precision: float
    recall: float
    f1: float
    category_accuracy: float
    per_doc: pd.DataFrame
    matches: pd.DataFrame
    misses: pd.DataFrame
    extras: pd.DataFrame
    entity_accuracy: float = math.nan
    value_precision: float = math.nan  # value-level: a figure found with the right value, whatever its noun
    value_recall: float = math.nan
    value_f1: float = math.nan

    def summary(self) -> str:
        """One line for reports: value-level and strict scores side by side.

        >>> Score(1.0, 0.5, 2 / 3, 1.0, *[pd.DataFrame()] * 4, entity_accuracy=0.9, value_precision=1.0,
        ...       value_recall=1.0, value_f1=1.0).summary()
        'value-level P 1.000 R 1.000 F1 1.000 | strict P 1.000 R 0.500 F1 0.667 | category accuracy 1.000  entity accuracy 0.900'
        """
        return (f"value-level P {self.value_precision:.3f} R {self.value_recall:.3f} F1 {self.value_f1:.3f} | "
                f"strict P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} | "
                f"category accuracy {self.category_accuracy:.3f}  entity accuracy {self.entity_accuracy:.3f}")


def gold_dir() -> Path:
    return data_dir() / "gold"


def load_gold(doc_ids: list[str] | None = None) -> pd.DataFrame:
    """Gold rows of data/gold/<doc>.gold.csv with a `doc` column, in file and row order.

    >>> g = load_gold(["002_7952e1c488c00cd2"]); len(g), g.iloc[0]["entity"]
    (27, '临时党支部')
    """
    frames = []
    for path in sorted(gold_dir().glob("*.gold.csv")):
        doc = path.name[: -len(".gold.csv")]
        if doc_ids is not None and doc not in doc_ids:
            continue
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["value"] = df["value"].astype(float)
        df.insert(0, "doc", doc)
        frames.append(df)
    if not frames:
        return pd.DataFrame(columns=GOLD_COLUMNS)
    return pd.concat(frames, ignore_index=True)[GOLD_COLUMNS]


def _norm(s: object) -> str:
    return "" if s is None or (isinstance(s, float) and math.isnan(s)) else _RESIDUE.sub("", str(s)).translate(_QUOTES)


def same_value(a: float, b: float) -> bool:
    """Equal within a relative tolerance of 1e-6.

    >>> same_value(1351824.99, 1351824.990001), same_value(30, 31)
    (True, False)
    """
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def compatible(pred: dict, gold: dict) -> bool:
    """Strict: same value and compatible entity (one contains the other, an empty one contains no
    named noun; value alone for 元/人/人次/户/单元 and for money in any currency).

    >>> compatible({"value": 3, "unit": "个", "entity": "党组织党员"}, {"value": 3, "unit": "个", "entity": "党组织"})
    True
    >>> compatible({"value": 3, "unit": "个", "entity": "社区"}, {"value": 3, "unit": "个", "entity": "党组织"})
    False
    >>> compatible({"value": 3, "unit": "台", "entity": ""}, {"value": 3, "unit": "台", "entity": "抽水泵"})
    False
    >>> compatible({"value": 5, "unit": "港元", "entity": ""}, {"value": 5, "unit": "元", "entity": "善款", "currency": "HKD"})
    True
    """
    if not same_value(pred["value"], gold["value"]):
        return False
    if _value_only(gold) or _value_only(pred):
        return True
    p, g = _norm(pred.get("entity")), _norm(gold.get("entity"))
    if g and not p:
        return False  # the figure without its noun tells a researcher nothing
    return p in g or g in p


def same_figure(pred: dict, gold: dict) -> bool:
    """Value-level: the same value, whatever the noun (was the figure found at all?).

    >>> same_figure({"value": 3, "unit": "台", "entity": ""}, {"value": 3, "unit": "台", "entity": "抽水泵"})
    True
    """
    return same_value(pred["value"], gold["value"])


def _value_only(row: dict) -> bool:
    """Units whose value alone identifies the figure: 元/人/人次/户/单元, and money in any currency."""
    unit = _norm(row.get("unit"))
    return unit in VALUE_ONLY_UNITS or unit in _money_units() or bool(_norm(row.get("currency")))


def _money_units() -> frozenset[str]:
    from .quantities import lexicon

    return frozenset(c.word for c in lexicon().classifiers.values() if c.kind == "money")


def _passes(rule=compatible):
    yield lambda p, g: rule(p, g) and _norm(p.get("surface")) == _norm(g.get("surface"))
    yield lambda p, g: rule(p, g) and _norm(p.get("entity")) == _norm(g.get("entity"))
    yield rule


def match(pred: pd.DataFrame, gold: pd.DataFrame, rule=compatible) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs within each document (`rule`: strict `compatible`
    or value-level `same_figure`)."""
    pairs: list[tuple[int, int]] = []
    for doc, g_doc in gold.groupby("doc", sort=False):
        p_doc = pred[pred["doc"] == doc]
        p_rows = {i: r for i, r in zip(p_doc.index, p_doc.to_dict("records"))}
        g_rows = {i: r for i, r in zip(g_doc.index, g_doc.to_dict("records"))}
        for ok in _passes(rule):
            for gi, g in list(g_rows.items()):
                pi = next((pi for pi, p in p_rows.items() if ok(p, g)), None)
                if pi is not None:
                    pairs.append((pi, gi))
                    del p_rows[pi], g_rows[gi]
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Precision, recall, F1 and category accuracy of `pred` (mention-table columns) against `gold`.

    Only documents that have gold rows are scored.

    >>> gold = pd.DataFrame([{"doc": "d", "surface": "3个村", "value": 3.0, "approx": "exact", "unit": "个",
    ...                       "entity": "村", "category": "coverage"}])
    >>> pred = pd.DataFrame([{"doc": "d", "surface": "3个村", "value": 3.0, "unit": "个", "entity": "村",
    ...                       "category": "coverage"}, {"doc": "d", "surface": "5名", "value": 5.0, "unit": "名",
    ...                       "entity": "", "category": "personnel"}])
    >>> s = score(pred, gold); s.precision, s.recall, len(s.extras)
    (0.5, 1.0, 1)
    """
    pred = pred.reset_index(drop=True).copy()
    for col in ("doc", "surface", "value", "unit", "entity", "category", "approx"):
        if col not in pred:
            pred[col] = pd.Series(dtype=float if col == "value" else object)
    gold = gold.reset_index(drop=True)
    docs = list(dict.fromkeys(gold["doc"]))
    pred = pred[pred["doc"].isin(docs)]
    pairs = match(pred, gold)
    value_pairs = match(pred, gold, same_figure)
    m = pd.DataFrame(
        [{"doc": gold.at[gi, "doc"], "gold_surface": gold.at[gi, "surface"], "surface": pred.at[pi, "surface"],
          "value": gold.at[gi, "value"], "gold_entity": gold.at[gi, "entity"], "entity": pred.at[pi, "entity"],
          "gold_category": gold.at[gi, "category"], "category": pred.at[pi, "category"],
          "gold_approx": gold.at[gi, "approx"], "approx": pred.at[pi, "approx"],
          "pred_index": pi, "gold_index": gi} for pi, gi in pairs],
        columns=["doc", "gold_surface", "surface", "value", "gold_entity", "entity", "gold_category", "category",
                 "gold_approx", "approx", "pred_index", "gold_index"])
    m = m.sort_values(["doc", "gold_index"]).reset_index(drop=True)
    matched_p = set(m["pred_index"])
    matched_g = set(m["gold_index"])
    misses = gold[~gold.index.isin(matched_g)]
    extras = pred[~pred.index.isin(matched_p)]
    rows = []
    for doc in docs:
        tp = int((m["doc"] == doc).sum())
        fp = int((extras["doc"] == doc).sum())
        fn = int((misses["doc"] == doc).sum())
        md = m[m["doc"] == doc]
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        vtp = sum(1 for _, gi in value_pairs if gold.at[gi, "doc"] == doc)
        vp, vr = _ratio(vtp, tp + fp), _ratio(vtp, tp + fn)
        rows.append({"doc": doc, "gold": tp + fn, "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
                     "precision": p, "recall": r, "f1": _f1(p, r),
                     "category_accuracy": _ratio(int((md["category"] == md["gold_category"]).sum()), len(md)),
                     "value_tp": vtp, "value_precision": vp, "value_recall": vr, "value_f1": _f1(vp, vr)})
    per_doc = pd.DataFrame(rows)
    tp, fp, fn = len(m), len(extras), len(misses)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    cat = _ratio(int((m["category"] == m["gold_category"]).sum()), tp)
    same_entity = sum(_norm(a) == _norm(b) for a, b in zip(m["entity"], m["gold_entity"]))
    vp, vr = _ratio(len(value_pairs), len(pred)), _ratio(len(value_pairs), len(gold))
    return Score(p, r, _f1(p, r), cat, per_doc, m, misses.reset_index(drop=True), extras.reset_index(drop=True),
                 entity_accuracy=_ratio(int(same_entity), tp), value_precision=vp, value_recall=vr,
                 value_f1=_f1(vp, vr) if len(value_pairs) else 0.0)


def seed_paths() -> list[Path]:
    """The seed documents that have gold annotations."""
    root = data_dir().parent / "seeds"
    return [root / f"{doc}.txt" for doc in dict.fromkeys(load_gold()["doc"]) if (root / f"{doc}.txt").exists()]


def predict(paths: list[Path] | None = None, include_boilerplate: bool = False) -> pd.DataFrame:
    """Body mentions of the full pipeline (load → repair → t2s → extract) for `paths` (default: the seeds)."""
    from . import corpus, pipeline

    rows = []
    for path in paths if paths is not None else seed_paths():
        rows.extend(pipeline.mention_rows(pipeline.analyse(corpus.load(path)), include_boilerplate))
    return pd.DataFrame(rows, columns=pipeline.MENTION_COLUMNS)


def evaluate_seeds() -> Score:
    """Score the full pipeline on the seeds against data/gold."""
    return score(predict(), load_gold())

