"""Stage 6, tables: mention rows → the mention table, the facts table and per-place indicators.

- `mentions(sources)`: one row per quantity mention, with provenance (doc, start, end,
  surface: `text[start:end] == surface` in the decoded original), the place and date of the
  report and the sentence around the figure; sorted by (doc, start).
- `facts(mentions_df)`: repeated mentions of one fact in one document merged into one row
  that keeps every mention's offsets (`mentions`, `n_mentions`), so a total over facts never
  counts a figure twice (see `same_fact` for the rule).
- `indicators(facts_df, places_df)`: a few indicators per place built from facts by the rules
  in `data/indicators.csv`, each value listing the facts it came from, divided by the
  population in `data/denominators.csv`. A value no report gives is missing, never zero.

Lists in cells are "; "-joined strings, so CSV and Parquet hold the same thing.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from .corpus import Document, load
from .lexicon import data_dir, read_rows
from .pipeline import MENTION_COLUMNS, Analysis, analyse, mention_rows

# The mention table: ONE column order for `extract`, `mentions()` and data/derived/mentions.*
# (docs/mention-table.md); `in_body` only when boilerplate is kept.
MENTION_TABLE_COLUMNS = list(MENTION_COLUMNS)
FACT_COLUMNS = ["fact_id", "doc", "place_id", "place_zh", "place_en", "date", "surface", "value", "approx",
                "value_high", "unit", "entity", "category", "damaged", "n_mentions", "mentions", "surfaces",
                "sentence"]
INDICATOR_COLUMNS = ["place_id", "place_zh", "place_en", "indicator_id", "label_zh", "label_en", "unit", "status",
                     "value", "approx", "combine", "n_facts", "sources", "candidates", "denominator", "per_10k",
                     "denominator_label", "denominator_source", "denominator_note", "docs", "dates"]
NOT_REPORTED = "not reported"
_BOOL = ("damaged", "in_body")
_INT = ("start", "end")
_FLOAT = ("value", "value_high")
_EXACTISH = {"exact"}
_LOWER_BOUNDS = {"exact", "more_than", "at_least"}
SEP = "; "


# ---------------------------------------------------------------------------- places

@lru_cache(maxsize=None)
def place_labels() -> dict[str, tuple[str, str]]:
    """place_id → (Chinese label, short English label), from data/place_labels.csv.

    >>> place_labels()["shinan"]
    ('市南区', 'Shinan')
    """
    return {r["place_id"]: (r["label_zh"], r["label_en"]) for r in read_rows("place_labels.csv")}


def places() -> pd.DataFrame:
    """data/places.csv with the short labels of data/place_labels.csv (columns place_zh, place_en).

    >>> places()[["place_id", "place_zh", "place_en"]].iloc[0].tolist()
    ['shinan', '市南区', 'Shinan']
    """
    df = pd.DataFrame(list(read_rows("places.csv")))
    labels = place_labels()
    df["place_zh"] = [labels.get(p, (z, ""))[0] for p, z in zip(df["place_id"], df["name_zh"])]
    df["place_en"] = [labels.get(p, ("", e))[1] for p, e in zip(df["place_id"], df["name_en"])]
    return df


def documents() -> pd.DataFrame:
    """data/documents.csv (one row per seed report: place, outlet, date, date precision...).

    >>> documents().set_index("doc_id").loc["004_751d38772c959f59", ["date", "date_precision"]].tolist()
    ['2020-03', 'month']
    """
    return pd.DataFrame(list(read_rows("documents.csv")))


def denominators() -> pd.DataFrame:
    """data/denominators.csv: the population each place's indicators are divided by.

    >>> int(denominators().set_index("place_id").loc["heyuan_szjgjgw", "denominator"])
    703607
    """
    df = pd.DataFrame(list(read_rows("denominators.csv")))
    df["denominator"] = df["denominator"].astype("int64")
    return df


def seed_paths() -> list[Path]:
    """The project's seed reports (seeds/*.txt), sorted.

    >>> [p.stem[:3] for p in seed_paths()]
    ['000', '001', '002', '003', '004']
    """
    return sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


# ---------------------------------------------------------------------------- mentions

def mentions(sources: Iterable[Analysis | Document | str | Path], include_boilerplate: bool = False) -> pd.DataFrame:
    """The mention table of some documents (paths, loaded `Document`s or `Analysis` results).

    A bad file raises its typed error (mobilization.errors); callers that must go on with
    the other files analyse them one by one (see mainjob). `in_body` is a column only when
    boilerplate is included. Place and date are the document's (mobilization.documents).

    >>> from mobilization.corpus import Document
    >>> doc = Document("x", "x.txt", "", "utf-8", "建立751個臨時黨支部。", {"place_code": "370202"})
    >>> row = mentions([doc]).iloc[0]
    >>> row["doc"], int(row["start"]), row["surface"][:4], float(row["value"]), row["place_code"], row["place_name"]
    ('x', 2, '751個', 751.0, '370202', '市南区')
    """
    rows: list[dict] = []
    for source in sources:
        analysis = source if isinstance(source, Analysis) else analyse(
            source if isinstance(source, Document) else load(source))
        rows.extend(mention_rows(analysis, include_boilerplate=include_boilerplate))
    return mention_frame(rows, include_boilerplate)


def mention_frame(rows: list[dict], include_boilerplate: bool = False) -> pd.DataFrame:
    """Mention rows (dicts with MENTION_COLUMNS) → the mention table, typed and sorted.

    >>> mention_frame([]).columns.tolist() == [c for c in MENTION_TABLE_COLUMNS if c != "in_body"]
    True
    """
    columns = MENTION_TABLE_COLUMNS if include_boilerplate else [c for c in MENTION_TABLE_COLUMNS if c != "in_body"]
    df = pd.DataFrame(rows, columns=MENTION_TABLE_COLUMNS)
    df = _typed(df[columns])
    return df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)


@lru_cache(maxsize=None)
def seed_place_ids() -> dict[str, str]:
    """division code → place_id of the curated places in data/places.csv (a bridge until the facts
    and indicators are keyed on place_code; codes of other places map to themselves).

    >>> seed_place_ids()["370202"]
    'shinan'
    """
    return {r["division_code"]: r["place_id"] for r in read_rows("places.csv") if r.get("division_code")}


def place_columns(place_code: str, place_name: str) -> tuple[str, str, str]:
    """(place_id, place_zh, place_en) of a mention's place, for the facts and indicators tables.

    >>> place_columns("370202", "市南区"), place_columns("621221", "成县")
    (('shinan', '市南区', 'Shinan'), ('621221', '成县', ''))
    """
    pid = seed_place_ids().get(place_code, place_code)
    zh, en = place_labels().get(pid, (place_name, ""))
    return pid, zh, en


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        if col in _INT:
            df[col] = df[col].astype("int64")
        elif col in _FLOAT:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        elif col in _BOOL:
            df[col] = df[col].astype("bool")
        elif not pd.api.types.is_numeric_dtype(df[col]):
            df[col] = df[col].astype("object").fillna("").astype("str")
    return df


# ---------------------------------------------------------------------------- facts

@lru_cache(maxsize=None)
def _classifiers() -> dict[str, tuple[str, str]]:
    """classifier → (kind, category) from data/classifiers.csv (empty if the file is missing)."""
    try:
        return {r["classifier"]: (r.get("kind", ""), r.get("category", "")) for r in read_rows("classifiers.csv")}
    except FileNotFoundError:
        return {}


def same_unit_family(a: str, b: str) -> bool:
    """Could units `a` and `b` count the same thing? (3321名 and 3321人 are one figure.)

    Equal units always; two money units (元, 万元...); two count classifiers whose fallback
    categories agree, or where one is generic (个, or no classifier at all: 1万多党员干部).
    Kinds and categories come from data/classifiers.csv.

    >>> same_unit_family("名", "人"), same_unit_family("个", "名"), same_unit_family("名", "户")
    (True, True, False)
    >>> same_unit_family("次", "个"), same_unit_family("元", "元")
    (False, True)
    """
    if a == b:
        return True
    lexicon = _classifiers()
    kind_a, cat_a = lexicon.get(a, ("count", "")) if a else ("count", "")
    kind_b, cat_b = lexicon.get(b, ("count", "")) if b else ("count", "")
    if (a and a not in lexicon) or (b and b not in lexicon):
        return False
    if kind_a != kind_b:
        return False
    if kind_a == "money":
        return True
    return kind_a == "count" and (not cat_a or not cat_b or cat_a == cat_b)


def compatible_entities(a: str, b: str, category_a: str, category_b: str) -> bool:
    """Do two counted nouns (simplified) name the same thing?

    Equal, or one contains the other (临时党支部 / “先锋防控小组”临时党支部), or one is
    empty and both mentions have the same category (3321名党员、公职人员… / 3321人).

    >>> compatible_entities("临时党支部", "“先锋防控小组”临时党支部", "organization", "organization")
    True
    >>> compatible_entities("", "党员", "personnel", "personnel"), compatible_entities("", "社区", "other", "coverage")
    (True, False)
    >>> compatible_entities("社区", "临时党支部", "coverage", "organization")
    False
    """
    if not a or not b:
        return category_a == category_b
    return a in b or b in a


@dataclass(frozen=True)
class _M:
    """The fields of one mention that decide whether two mentions are the same fact."""

    index: int
    start: int
    end: int
    value: float
    value_high: float
    unit: str
    entity: str
    category: str
    sentence: str


def same_fact(a: _M, b: _M) -> bool:
    """The merge rule for two mentions of one document.

    Same value and same upper value (both empty or equal), units of one family
    (`same_unit_family`), compatible entities (`compatible_entities`), and not two
    figures of one sentence: a writer does not say one figure twice in a sentence, so
    `116个社区，成立116个临时党支部` stays two facts even when the counted nouns are
    unknown (one sentence = same sentence text and starts closer than its length).
    Two mentions that both lack a counted noun must also have the very same unit.
    """
    if not _same_number(a.value, b.value) or not _same_number(a.value_high, b.value_high):
        return False
    if not same_unit_family(a.unit, b.unit):
        return False
    if not a.entity and not b.entity and a.unit != b.unit:
        return False
    if not compatible_entities(a.entity, b.entity, a.category, b.category):
        return False
    in_one_sentence = a.sentence == b.sentence and abs(a.start - b.start) < max(len(a.sentence), 1)
    return not in_one_sentence


def _same_number(x: float, y: float) -> bool:
    if _missing(x) or _missing(y):
        return _missing(x) and _missing(y)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def facts(mentions_df: pd.DataFrame) -> pd.DataFrame:
    """Merge repeated mentions of the same fact, per document; every mention's offsets kept.

    Mentions are taken in text order; each joins every earlier fact that holds a mention
    it is `same_fact` with (merging them), else starts a new fact. So facts are the
    connected groups of the pairwise rule, and no mention of one fact matches a mention of
    another. The fact shows the mention with the longest counted noun (ties: the
    earliest); `mentions` lists every "start:end", `surfaces` every surface, `damaged` is
    true if any mention is. Boilerplate mentions (in_body false) never become facts.

    >>> m = mention_frame([
    ...     dict(doc="d", start=0, end=4, surface="751个", value=751.0, approx="exact", value_high=None, unit="个",
    ...          entity="临时党支部", category="organization", damaged=False, in_body=True, sentence="建立751个临时党支部",
    ...          place_code="370202", date="2020-02-19"),
    ...     dict(doc="d", start=90, end=98, surface="临时党支部751个", value=751.0, approx="exact", value_high=None,
    ...          unit="个", entity="临时党支部", category="organization", damaged=False, in_body=True,
    ...          sentence="已成立临时党支部751个", place_code="370202", date="2020-02-19")])
    >>> f = facts(m)
    >>> f[["fact_id", "value", "n_mentions", "mentions"]].values.tolist()
    [['d#001', 751.0, 2, '0:4; 90:98']]
    """
    df = mentions_df
    if "in_body" in df.columns:
        df = df[df["in_body"].astype(bool)]
    df = df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)
    out: list[dict] = []
    for doc, rows in df.groupby("doc", sort=True):
        groups: list[list[_M]] = []
        for i, r in rows.iterrows():
            m = _M(i, int(r["start"]), int(r["end"]), float(r["value"]), _float(r["value_high"]), str(r["unit"]),
                   str(r["entity"]), str(r["category"]), str(r.get("sentence", "")))
            linked = [g for g in groups if any(same_fact(m, other) for other in g)]
            if not linked:
                groups.append([m])
                continue
            home = linked[0]  # a mention that links several facts joins them into one
            for other in linked[1:]:
                home.extend(other)
                groups.remove(other)
            home.append(m)
            home.sort(key=lambda x: (x.start, x.end))
        for k, group in enumerate(groups, start=1):
            out.append(_fact_row(f"{doc}#{k:03d}", df.loc[[m.index for m in group]]))
    result = pd.DataFrame(out, columns=FACT_COLUMNS)
    return _typed(result).astype({"n_mentions": "int64"}) if len(result) else _empty_facts()


def _float(x) -> float:
    return float("nan") if _missing(x) or x == "" else float(x)


def _fact_row(fact_id: str, group: pd.DataFrame) -> dict:
    lengths = group["entity"].str.len()
    rep = group.loc[lengths.idxmax()] if lengths.max() > 0 else group.iloc[0]
    get = lambda col: rep[col] if col in group.columns else ""  # noqa: E731 - place columns may be absent
    if "place_code" in group.columns or "place_id" not in group.columns:
        pid, zh, en = place_columns(str(get("place_code")), str(get("place_name")))
    else:  # a mention table of the older shape (place_id, place_zh, place_en)
        pid, zh, en = get("place_id"), get("place_zh"), get("place_en")
    return {
        "fact_id": fact_id, "doc": rep["doc"], "place_id": pid, "place_zh": zh,
        "place_en": en, "date": get("date"), "surface": rep["surface"], "value": rep["value"],
        "approx": rep["approx"], "value_high": rep["value_high"], "unit": rep["unit"], "entity": rep["entity"],
        "category": rep["category"], "damaged": bool(group["damaged"].astype(bool).any()),
        "n_mentions": len(group),
        "mentions": SEP.join(f"{s}:{e}" for s, e in zip(group["start"], group["end"])),
        "surfaces": SEP.join(group["surface"]), "sentence": get("sentence"),
    }


def _empty_facts() -> pd.DataFrame:
    df = _typed(pd.DataFrame(columns=FACT_COLUMNS))
    return df.astype({"n_mentions": "int64"})


# ---------------------------------------------------------------------------- indicators

@dataclass(frozen=True)
class Rule:
    """One row of data/indicators.csv: which facts make an indicator and how they combine."""

    indicator_id: str
    label_zh: str
    label_en: str
    unit: str
    category: str
    entity_regex: str
    exclude_regex: str
    unit_filter: str
    context_regex: str
    combine: str
    per_capita: bool
    notes: str

    def matches(self, fact: pd.Series) -> bool:
        """Does this fact feed the indicator?

        >>> r = rules()[0]
        >>> r.matches(pd.Series(dict(entity="临时党支部", unit="个", category="organization")))
        True
        >>> r.matches(pd.Series(dict(entity="线上党支部", unit="个", category="organization")))
        False
        >>> dues = rules()[2]
        >>> dues.matches(pd.Series(dict(entity="", unit="元", category="funds", sentence="从市管党费配套资金划拨350万元")))
        True
        """
        if self.category and fact["category"] != self.category:
            return False
        if self.unit_filter and not re.fullmatch(self.unit_filter, str(fact["unit"])):
            return False
        if not str(fact["entity"]):
            return bool(self.context_regex) and bool(re.search(self.context_regex, str(fact.get("sentence", ""))))
        if not re.search(self.entity_regex, str(fact["entity"])):
            return False
        return not (self.exclude_regex and re.search(self.exclude_regex, str(fact["entity"])))


def rules(name: str = "indicators.csv") -> tuple[Rule, ...]:
    """The indicator rules, in file order; a malformed row is a ValueError naming the file.

    >>> [r.indicator_id for r in rules()][:3]
    ['temp_party_orgs', 'party_members_mobilized', 'party_dues']
    """
    out = []
    for row in read_rows(name):
        if row["combine"] not in ("sum", "max"):
            raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: combine must be sum or max")
        for col in ("entity_regex", "exclude_regex", "unit_filter", "context_regex"):
            try:
                re.compile(row[col])
            except re.error as err:
                raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: bad {col} ({err})") from None
        out.append(Rule(row["indicator_id"], row["label_zh"], row["label_en"], row["unit"], row["category"],
                        row["entity_regex"], row["exclude_regex"], row["unit_filter"], row.get("context_regex", ""),
                        row["combine"],
                        row["per_capita"].lower() == "yes", row["notes"]))
    return tuple(out)


def combine_approx(approxes: Iterable[str]) -> str:
    """The approximation of a sum: exact if every part is; more_than if every part is a lower bound.

    >>> combine_approx(["exact", "exact"]), combine_approx(["exact", "more_than"]), combine_approx(["about"])
    ('exact', 'more_than', 'about')
    """
    parts = set(approxes)
    if parts <= _EXACTISH:
        return "exact"
    if parts <= _LOWER_BOUNDS:
        return "more_than"
    return "about"


def fact_source(fact: pd.Series) -> str:
    """How an indicator cites a fact: doc@start:end[,start:end] surface.

    >>> fact_source(pd.Series(dict(doc="d", mentions="0:4; 90:98", surface="751个")))
    'd@0:4,90:98 751个'
    """
    return f"{fact['doc']}@{str(fact['mentions']).replace(SEP, ',')} {fact['surface']}"


def indicators(facts_df: pd.DataFrame, places_df: pd.DataFrame | None = None,
               rule_set: Iterable[Rule] | None = None, denominators_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per place (of `places_df`, in its order) and indicator (of `rule_set`, in order).

    `value` combines the matching facts (sum or max); `sources` cites the facts used and
    `candidates` every matching fact. No matching fact: value NaN and status "not
    reported" (never 0). `per_10k` = value / denominator × 10,000 for per-capita rules.

    >>> f = pd.DataFrame([dict(fact_id="d#001", doc="d", place_id="shinan", date="2020-02-19", surface="30萬元黨費",
    ...     value=300000.0, approx="exact", unit="元", entity="党费", category="funds", mentions="1:6; 9:14")])
    >>> t = indicators(f).set_index(["place_id", "indicator_id"])
    >>> row = t.loc[("shinan", "party_dues")]
    >>> float(row["value"]), round(float(row["per_10k"]), 1), row["sources"]
    (300000.0, 6164.7, 'd@1:6,9:14 30萬元黨費')
    >>> t.loc[("fenyang", "party_dues"), "status"], bool(pd.isna(t.loc[("fenyang", "party_dues"), "value"]))
    ('not reported', True)
    """
    places_df = places() if places_df is None else places_df
    rule_set = rules() if rule_set is None else tuple(rule_set)
    denoms = (denominators() if denominators_df is None else denominators_df).set_index("place_id")
    labels = place_labels()
    rows = []
    for _, place in places_df.iterrows():
        pid = place["place_id"]
        own = facts_df[facts_df["place_id"] == pid] if len(facts_df) else facts_df
        docs = SEP.join(sorted(set(own["doc"]))) if len(own) else ""
        dates = SEP.join(sorted(set(own["date"]))) if len(own) and "date" in own else ""
        zh, en = labels.get(pid, (place.get("place_zh", ""), place.get("place_en", "")))
        denom = denoms.loc[pid] if pid in denoms.index else None
        for rule in rule_set:
            hits = own[[rule.matches(f) for _, f in own.iterrows()]] if len(own) else own
            value, used = _combine(rule, hits)
            denominator = float(denom["denominator"]) if denom is not None else math.nan
            per_10k = value / denominator * 10_000 if rule.per_capita and not math.isnan(value) else math.nan
            rows.append({
                "place_id": pid, "place_zh": zh, "place_en": en, "indicator_id": rule.indicator_id,
                "label_zh": rule.label_zh, "label_en": rule.label_en, "unit": rule.unit,
                "status": "reported" if len(used) else NOT_REPORTED, "value": value,
                "approx": combine_approx(used["approx"]) if len(used) else "",
                "combine": rule.combine, "n_facts": len(used),
                "sources": SEP.join(fact_source(f) for _, f in used.iterrows()),
                "candidates": SEP.join(fact_source(f) for _, f in hits.iterrows()),
                "denominator": denominator if rule.per_capita else math.nan, "per_10k": per_10k,
                "denominator_label": denom["denominator_label"] if denom is not None and rule.per_capita else "",
                "denominator_source": denom["source"] if denom is not None and rule.per_capita else "",
                "denominator_note": denom["note"] if denom is not None and rule.per_capita else "",
                "docs": docs, "dates": dates,
            })
    df = pd.DataFrame(rows, columns=INDICATOR_COLUMNS)
    return df.astype({"value": "float64", "per_10k": "float64", "denominator": "float64", "n_facts": "int64"})


def _combine(rule: Rule, hits: pd.DataFrame) -> tuple[float, pd.DataFrame]:
    """(value, facts used) of one rule on one place's matching facts; (NaN, empty) if none."""
    if not len(hits):
        return math.nan, hits
    if rule.combine == "sum":
        return float(hits["value"].sum()), hits
    best = hits.loc[[hits["value"].astype(float).idxmax()]]  # idxmax: the first of equal maxima
    return float(best["value"].iloc[0]), best


# ---------------------------------------------------------------------------- all three

@dataclass(frozen=True)
class Tables:
    """The three tables of one run."""

    mentions: pd.DataFrame
    facts: pd.DataFrame
    indicators: pd.DataFrame


def build(sources: Iterable[Analysis | Document | str | Path] | None = None) -> Tables:
    """Mentions, facts and indicators of some documents (default: the seed reports).

    >>> t = build()
    >>> sorted(set(t.mentions["doc"])) == [p.stem for p in seed_paths()], len(t.facts) <= len(t.mentions)
    (True, True)
    """
    analyses = [s if isinstance(s, Analysis) else analyse(s if isinstance(s, Document) else load(s))
                for s in (seed_paths() if sources is None else sources)]
    return from_analyses(analyses)


def from_analyses(analyses: list[Analysis]) -> Tables:
    """The three tables of analysed documents; indicators for the places those documents report on."""
    m = mentions(analyses)
    f = facts(m)
    covered = {place_columns(a.info.place_code, a.info.place_name)[0] if a.info else "" for a in analyses}
    everywhere = places()
    reported = everywhere[everywhere["place_id"].isin(covered)].reset_index(drop=True)
    return Tables(m, f, indicators(f, reported))


# ---------------------------------------------------------------------------- views for reports

CATEGORY_ORDER = ["organization", "personnel", "funds", "coverage", "activity", "supplies", "other"]


def counts_by_place(mentions_df: pd.DataFrame, facts_df: pd.DataFrame) -> pd.DataFrame:
    """Per report: mentions, facts, and how many mentions were repeats merged away.

    >>> m = pd.DataFrame({"doc": ["a", "a", "b"], "place_code": ["370202", "370202", "141182"]})
    >>> f = pd.DataFrame({"doc": ["a", "b"], "n_mentions": [2, 1]})
    >>> counts_by_place(m, f).values.tolist()
    [['a', 'Shinan', 2, 1, 1], ['b', 'Fenyang', 1, 1, 0]]
    """
    m = mentions_df.assign(place_en=[place_columns(str(c), "")[2] or str(c) for c in mentions_df["place_code"]])
    per_doc = m.groupby("doc").agg(place_en=("place_en", "first"), mentions=("doc", "size"))
    per_doc["facts"] = facts_df.groupby("doc").size().reindex(per_doc.index, fill_value=0)
    per_doc["repeats_merged"] = per_doc["mentions"] - per_doc["facts"]
    return per_doc.reset_index()[["doc", "place_en", "mentions", "facts", "repeats_merged"]]


def facts_by_category(facts_df: pd.DataFrame) -> pd.DataFrame:
    """Distinct facts per place (rows, places.csv order) and category (columns, fixed order), with a total.

    >>> f = pd.DataFrame({"place_id": ["shinan", "shinan", "fenyang"], "category": ["funds", "other", "funds"]})
    >>> t = facts_by_category(f); t.loc["市南区 Shinan", ["funds", "other", "total"]].tolist()
    [1, 1, 2]
    """
    table = pd.crosstab(facts_df["place_id"], facts_df["category"])
    order = [p for p in places()["place_id"] if p in table.index] + sorted(set(table.index) - set(places()["place_id"]))
    table = table.reindex(index=order, columns=CATEGORY_ORDER, fill_value=0)
    table["total"] = table.sum(axis=1)
    labels = place_labels()
    table.index = [" ".join(labels.get(p, (p, ""))).strip() for p in table.index]
    table.columns.name = None
    return table


def indicator_matrix(indicators_df: pd.DataFrame, per_capita: bool = False) -> pd.DataFrame:
    """Indicators as printed: one row per indicator, one column per place; gaps say "not reported".

    >>> f = pd.DataFrame([dict(fact_id="d#001", doc="d", place_id="shinan", date="2020-02-19", surface="30萬元黨費",
    ...     value=300000.0, approx="exact", unit="元", entity="党费", category="funds", mentions="1:6")])
    >>> indicator_matrix(indicators(f, places().iloc[:2])).loc["党费拨款 Party-dues money allocated (yuan)"].tolist()
    ['300,000', 'not reported 未报告']
    """
    from .charts import format_value

    df = indicators_df
    column = "per_10k" if per_capita else "value"
    if per_capita:
        df = df[df["denominator"].notna()]
    places_order = list(dict.fromkeys(df["place_id"]))
    labels = {p: f"{z} {e}" for p, z, e in zip(df["place_id"], df["place_zh"], df["place_en"])}
    rows = {}
    for ind_id, part in df.groupby("indicator_id", sort=False):
        first = part.iloc[0]
        unit = f"{first['unit']} per 10,000 residents" if per_capita else first["unit"]
        part = part.set_index("place_id")
        rows[f"{first['label_zh']} {first['label_en']} ({unit})"] = [
            format_value(float(part.at[p, column]), str(part.at[p, "approx"])) for p in places_order]
    return pd.DataFrame.from_dict(rows, orient="index", columns=[labels[p] for p in places_order])
