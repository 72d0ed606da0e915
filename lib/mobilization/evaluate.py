"""Evaluation of stage 5: predicted mentions scored against the hand-made gold of the seeds.

Matching rule (design/pipeline.md), STRICT: a predicted mention matches a gold row of the same
document with the same value (relative tolerance 1e-6) and a compatible entity (one contains
the other, and an empty entity contains no named noun; for money, unit 元 or any currency, and
for the units 人/人次/户/单元 the value alone decides), one to one. Pairs are assigned in
passes, best evidence first: same surface, then same entity, then compatible entity; within a
pass in reading order. VALUE-LEVEL scores match on the value alone (was the figure found at
all?); both are reported side by side, with category accuracy on the strict matches.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .lexicon import data_dir

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


# ------------------------------------------------------------------ held-out accuracy (quoted numbers)

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _rounds(name: str, counts: tuple[str, ...], optional: tuple[str, ...] = ()) -> pd.DataFrame:
    """A data file of held-out rounds with its count columns as integers (`optional` ones: NaN where empty)."""
    from .lexicon import read_rows

    df = pd.DataFrame(list(read_rows(name)))
    for col in counts:
        df[col] = df[col].astype(int)
    for col in optional:
        df[col] = pd.to_numeric(df[col].replace("", None))
    return df


def heldout_accuracy() -> pd.DataFrame:
    """The held-out rounds of data/accuracy_heldout.csv, one row per round and stage, with recall and precision.

    >>> h = heldout_accuracy(); list(h.columns[-2:]), set(h["stage"]) == {"first_contact", "after_fixes"}
    (['recall', 'precision'], True)
    """
    df = _rounds("accuracy_heldout.csv", ("reports", "figures", "found", "extras", "all_right"))
    df["recall"] = df["found"] / df["figures"]
    df["precision"] = df["found"] / (df["found"] + df["extras"])
    return df


def heldout_summary(h: pd.DataFrame | None = None) -> str:
    """The held-out accuracy in one paragraph: what the README and the notebooks quote, from one file.

    Rounds are the numbered ones (the last is "the latest"); a round named "fresh" was judged
    only after the latest round's fixes.

    >>> rows = [("1", "first_contact", 10, 20, 19, 1, 15), ("1", "after_fixes", 10, 20, 20, 0, 18)]
    >>> h = pd.DataFrame(rows, columns=["round", "stage", "reports", "figures", "found", "extras", "all_right"])
    >>> print(heldout_summary(h)[:97])
    Held-out checks: one round of hand-judged excerpts of 10 other published reports (20 figures). As
    >>> "found 19 figures (recall 0.95) with 1 false positive " in heldout_summary(h)
    True
    """
    h = heldout_accuracy() if h is None else h
    rounds = h[h["round"].str.isdigit()]
    first = rounds[rounds["stage"] == "first_contact"]
    n = len(first)
    latest = rounds["round"].astype(int).max()
    lf = first[first["round"].astype(int) == latest].iloc[0]
    la = rounds[(rounds["round"].astype(int) == latest) & (rounds["stage"] == "after_fixes")].iloc[0]
    found, figures, extras = int(first["found"].sum()), int(first["figures"].sum()), int(first["extras"].sum())
    text = (f"Held-out checks: {_WORDS.get(n, str(n))} round{'s' * (n != 1)} of hand-judged excerpts of "
            f"{int(first['reports'].sum())} other published reports ({figures} figures). As the extractor first "
            f"met each round it found {found} figures (recall {found / figures:.2f}) with {_count(extras, 'false positive')} "
            f"(precision {found / (found + extras):.2f}); in the latest round ({lf['reports']} reports, "
            f"{lf['figures']} figures) {lf['all_right'] / lf['figures']:.0%} had every field right. After general "
            f"fixes made from what each round showed (so no longer blind), that round gives recall "
            f"{la['found'] / la['figures']:.2f}, {_count(la['extras'], 'false positive')} and "
            f"{la['all_right'] / la['figures']:.0%} fully right.")
    fresh = h[(h["round"] == "fresh") & (h["stage"] == "first_contact")]
    if len(fresh):
        f = fresh.iloc[0]
        text += (f" {_WORDS.get(int(f['reports']), str(f['reports'])).capitalize()} further reports judged only "
                 f"after those fixes ({f['figures']} figures): {f['found']} found, "
                 f"{_count(f['extras'], 'false positive')}, {f['all_right'] / f['figures']:.0%} fully right.")
    return text


def _count(n: int, noun: str) -> str:
    """'no false positive', '1 false positive', '2 false positives'.

    >>> _count(0, "extra"), _count(2, "extra")
    ('no extra', '2 extras')
    """
    n = int(n)
    return f"no {noun}" if n == 0 else f"{n} {noun}{'s' if n != 1 else ''}"


def figures_rounds() -> pd.DataFrame:
    """data/accuracy_figures.csv with value-level and strict F1 and category accuracy per corpus and code.

    >>> r = figures_rounds(); {"value_f1", "strict_f1", "category_accuracy"} <= set(r.columns)
    True
    """
    df = _rounds("accuracy_figures.csv", ("reports", "gold", "predicted", "value_found", "strict_found", "category_right"))
    df["value_f1"] = 2 * df["value_found"] / (df["gold"] + df["predicted"])
    df["strict_f1"] = 2 * df["strict_found"] / (df["gold"] + df["predicted"])
    df["category_accuracy"] = df["category_right"] / df["strict_found"]
    return df


def _latest(df: pd.DataFrame, stage: str) -> pd.DataFrame:
    """Per corpus, the last row of `stage` (rows are in the order the rounds were judged)."""
    return df[df["stage"] == stage].groupby("corpus", sort=False).tail(1)


def _span(values: pd.Series) -> str:
    lo, hi = f"{values.min():.2f}", f"{values.max():.2f}"
    return lo if lo == hi else f"{lo}–{hi}"


def figures_summary(df: pd.DataFrame | None = None) -> str:
    """The strict held-out scores in one paragraph (what the README quotes), from data/accuracy_figures.csv.

    First contact is each corpus's last blind score (the newest code that had not seen it).

    >>> rows = [("X", "q0", "first_contact", 2, 10, 10, 9, 8, 7), ("X", "q1", "after_fixes", 2, 10, 10, 10, 10, 9)]
    >>> cols = ["corpus", "code", "stage", "reports", "gold", "predicted", "value_found", "strict_found", "category_right"]
    >>> df = pd.DataFrame(rows, columns=cols).assign(value_f1=[.9, 1.], strict_f1=[.8, 1.], category_accuracy=[.875, .9])
    >>> print(figures_summary(df)[:123])
    Scored strictly (a figure counts only with its value and its counted noun) on one held-out corpus of 2 reports (10 figures)
    """
    df = figures_rounds() if df is None else df
    first, after = _latest(df, "first_contact"), _latest(df, "after_fixes")
    n, newest = len(first), first.iloc[-1]
    text = (f"Scored strictly (a figure counts only with its value and its counted noun) on "
            f"{_WORDS.get(n, str(n))} held-out {'corpus' if n == 1 else 'corpora'} of {first['reports'].sum()} reports "
            f"({first['gold'].sum()} figures), each met before any fix was made from it: value-level F1 "
            f"{_span(first['value_f1'])}, strict F1 {_span(first['strict_f1'])}, category accuracy "
            f"{_span(first['category_accuracy'])} at first contact (the newest, {newest['corpus']}: "
            f"{newest['reports']} reports, strict F1 {newest['strict_f1']:.3f}, category {newest['category_accuracy']:.3f}).")
    if len(after):
        text += (f" After the fixes each prompted (no longer blind), the corpora they were made from give strict F1 "
                 f"{_span(after['strict_f1'])} and category accuracy {_span(after['category_accuracy'])}.")
    return text


def places_rounds() -> pd.DataFrame:
    """data/accuracy_places.csv with place accuracy (all documents, and where the text gives the place) and date accuracy.

    >>> r = places_rounds(); {"place_accuracy", "text_gives_accuracy", "date_accuracy"} <= set(r.columns)
    True
    """
    df = _rounds("accuracy_places.csv", ("documents", "right", "dates_printed", "dates_right", "undated", "dates_invented"),
                 optional=("wrong", "unknown", "not_in_text", "not_in_text_right"))
    df["place_accuracy"] = df["right"] / df["documents"]
    given = df["documents"] - df["not_in_text"]
    df["text_gives_accuracy"] = (df["right"] - df["not_in_text_right"]) / given
    df["date_accuracy"] = df["dates_right"] / df["dates_printed"]
    return df


def places_summary(df: pd.DataFrame | None = None) -> str:
    """The held-out place and date scores in one paragraph (what the README quotes), from data/accuracy_places.csv.

    >>> rows = [("X", "r0", "first_contact", 10, 7, 2, 1, 1, 0, 5, 5, 5, 0)]
    >>> cols = ["corpus", "code", "stage", "documents", "right", "wrong", "unknown", "not_in_text", "not_in_text_right",
    ...         "dates_printed", "dates_right", "undated", "dates_invented"]
    >>> df = pd.DataFrame(rows, columns=cols).assign(place_accuracy=.7, text_gives_accuracy=7 / 9, date_accuracy=1.)
    >>> print(places_summary(df)[:103])
    Places read from the text were right at first contact for 0.70 of one held-out corpus (10 reports); the
    """
    df = places_rounds() if df is None else df
    first, after = _latest(df, "first_contact"), _latest(df, "after_fixes")
    n, newest = len(first), first.iloc[-1]
    counted = first.dropna(subset=["wrong"])
    text = (f"Places read from the text were right at first contact for {_span(first['place_accuracy'])} of "
            f"{_WORDS.get(n, str(n))} held-out {'corpus' if n == 1 else 'corpora'} ({first['documents'].sum()} reports); the "
            f"newest, {newest['corpus']} ({newest['documents']} reports taken as they came), "
            f"{newest['place_accuracy']:.2f}, and {newest['text_gives_accuracy']:.2f} of the "
            f"{int(newest['documents'] - newest['not_in_text'])} whose text gives the place at all")
    if len(counted):
        text += (f"; where counted, {int(counted['wrong'].sum())} of {counted['documents'].sum()} reports got a "
                 f"wrong code and {int(counted['unknown'].sum())} an honest unknown")
    text += (f". Printed dates were read right for {_span(first['date_accuracy'])} at first contact, "
             f"with {_count(first['dates_invented'].sum(), 'date')} invented where none is printed")
    if len(after):
        text += (f"; after the fixes each corpus prompted (no longer blind), places {_span(after['place_accuracy'])} "
                 f"and dates {_span(after['date_accuracy'])} on those corpora")
    return text + "."


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(r) + " |" for r in lines)


def _per_corpus(df: pd.DataFrame, size: str, cell) -> list[list[str]]:
    """Per corpus (in the file's order): its `size`, and `cell` of its last first-contact and after-fixes rows."""
    first, after = _latest(df, "first_contact").set_index("corpus"), _latest(df, "after_fixes").set_index("corpus")
    rows = []
    for corpus in dict.fromkeys(df["corpus"]):
        base = first.loc[corpus] if corpus in first.index else after.loc[corpus]
        rows.append([corpus, str(int(base[size])), *(cell(t.loc[corpus]) if corpus in t.index else "—" for t in (first, after))])
    return rows


def figures_table(df: pd.DataFrame | None = None) -> str:
    """Per held-out corpus, its scores at first contact and after the fixes it prompted (data/accuracy_figures.csv).

    >>> print(figures_table().splitlines()[0])
    | corpus | reports | first contact: value F1 / strict F1 / category (code) | after fixes: value F1 / strict F1 / category (code) |
    """
    df = figures_rounds() if df is None else df
    cell = lambda r: f"{r['value_f1']:.3f} / {r['strict_f1']:.3f} / {r['category_accuracy']:.3f} ({r['code']})"  # noqa: E731
    return _markdown(["corpus", "reports", "first contact: value F1 / strict F1 / category (code)",
                      "after fixes: value F1 / strict F1 / category (code)"], _per_corpus(df, "reports", cell))


def places_table(df: pd.DataFrame | None = None) -> str:
    """Per held-out corpus, place and date accuracy at first contact and after the fixes it prompted
    (data/accuracy_places.csv); in brackets, places over the reports whose text gives the place.

    >>> print(places_table().splitlines()[0])
    | corpus | reports | first contact: places (text gives it) / dates printed read right (code) | after fixes: the same (code) |
    """
    df = places_rounds() if df is None else df

    def cell(r) -> str:
        given = "" if pd.isna(r["text_gives_accuracy"]) else f" ({r['text_gives_accuracy']:.3f})"
        return f"{r['place_accuracy']:.3f}{given} / {r['dates_right']}/{r['dates_printed']} ({r['code']})"
    return _markdown(["corpus", "reports", "first contact: places (text gives it) / dates printed read right (code)",
                      "after fixes: the same (code)"], _per_corpus(df, "documents", cell))


def first_contact_curve(kind: str) -> pd.DataFrame:
    """Each held-out corpus of `kind` ("places" or "figures"), in the order it was met, with its score at first
    contact (the code that first met it), its latest blind score (the newest code that had still not seen it) and
    its score after the fixes it prompted (NaN if none). The score is place accuracy, or strict F1 for figures.

    This is the question a researcher asks before trusting the software on a corpus nobody has read: does a report
    of a new kind come out better now than one did a few rounds ago?

    >>> c = first_contact_curve("places"); list(c.columns)
    ['order', 'corpus', 'size', 'first_code', 'first', 'blind_code', 'latest_blind', 'after']
    >>> bool(c["first"].between(0, 1).all()), list(c["order"][:3])
    (True, [1, 2, 3])
    """
    if kind == "places":
        df, score, size = places_rounds(), "place_accuracy", "documents"
    elif kind == "figures":
        df, score, size = figures_rounds(), "strict_f1", "gold"
    else:
        raise ValueError(f"kind must be 'places' or 'figures', not {kind!r}")
    met = df[df["stage"] == "first_contact"].groupby("corpus", sort=False)
    first, blind = met.head(1).set_index("corpus"), met.tail(1).set_index("corpus")
    after = _latest(df, "after_fixes").set_index("corpus")[score]
    out = pd.DataFrame({"corpus": first.index, "size": first[size].astype(int).to_numpy(),
                        "first_code": first["code"].to_numpy(), "first": first[score].to_numpy(),
                        "blind_code": blind.loc[first.index, "code"].to_numpy(),
                        "latest_blind": blind.loc[first.index, score].to_numpy(),
                        "after": after.reindex(first.index).to_numpy()})
    out.insert(0, "order", range(1, len(out) + 1))
    return out


def pooled_first_contact(curve: pd.DataFrame, last: int) -> float:
    """The first-contact score of the `last` corpora met, pooled (weighted by their size), from `first_contact_curve`.

    >>> pooled_first_contact(pd.DataFrame({"size": [10, 30], "first": [0.5, 0.9]}), 2)
    0.8
    """
    tail = curve.tail(last)
    return round(float((tail["first"] * tail["size"]).sum() / tail["size"].sum()), 6)
