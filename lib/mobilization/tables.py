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
from . import roles
from .lexicon import data_dir, read_rows
from .pipeline import MENTION_COLUMNS, Analysis, analyse, mention_rows

# The mention table: ONE column order for `extract`, `mentions()` and data/derived/mentions.*
# (docs/mention-table.md); `in_body` only when boilerplate is kept.
MENTION_TABLE_COLUMNS = list(MENTION_COLUMNS)
_FACT_PLACE = ["place_code", "place_name", "date", "date_precision"]
FACT_COLUMNS = ["fact_id", "doc", *_FACT_PLACE, "surface", "value", "approx", "value_high", "unit", "entity",
                "category", "kind", "role_in_total", "total_fact", "damaged", "n_mentions", "mentions", "surfaces",
                "sentence"]
INDICATOR_COLUMNS = ["place_code", "place_name", "place_level", "indicator_id", "label_zh", "label_en", "unit",
                     "status", "value", "approx", "bound", "combine", "rule_applied", "n_facts", "sources",
                     "candidates", "per_capita", "denominator", "per_10k", "denominator_status", "denominator_label",
                     "denominator_source", "denominator_note", "docs", "dates"]
NOT_REPORTED = "not reported"
NO_DENOMINATOR = "no denominator"
ANECDOTE_SHARE = 0.1  # beside a stated total, a figure at most this share of it is taken to be inside it
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
    kind: str = ""
    context: str = ""  # the clause before the figure, numbers removed: who did it


@lru_cache(maxsize=None)
def generic_nouns() -> frozenset[str]:
    """Counted nouns that do not say whose figure it is (捐款, 资金…), from data/generic_nouns.csv.

    >>> "捐款" in generic_nouns(), "临时党支部" in generic_nouns()
    (True, False)
    """
    return frozenset(r["noun"] for r in read_rows("generic_nouns.csv"))


def same_context(a: str, b: str) -> bool:
    """Do two clause openings (the words before a figure) plausibly speak of the same actor?

    Both empty, one inside the other, or at least half of their character pairs shared.

    >>> same_context("老党员张三", "退休干部李四也"), same_context("", ""), same_context("市南区", "全区市南区")
    (False, True, True)
    """
    if a == b or (a and b and (a in b or b in a)):
        return True
    pa, pb = {a[i:i + 2] for i in range(len(a) - 1)}, {b[i:i + 2] for i in range(len(b) - 1)}
    if not pa or not pb:
        return not a and not b
    return len(pa & pb) / len(pa | pb) >= 0.5


def same_fact(a: _M, b: _M) -> bool:
    """The merge rule for two mentions of one document.

    Same value and same upper value (both empty or equal), units of one family
    (`same_unit_family`), compatible entities (`compatible_entities`), not two kinds of
    mobilization (3000 sent down, 3000 who donated), and not two figures of one sentence:
    a writer does not say one figure twice in a sentence, so `116个社区，成立116个临时党支部`
    stays two facts (one sentence = same sentence text and starts closer than its length).
    Two mentions that both lack a counted noun must also have the very same unit. A
    counted noun that does not say whose figure it is (捐款, 资金, none: `generic_nouns`)
    also needs the same actor before it: 张三捐款5000元 and 李四捐款5000元 are two facts.

    >>> m = lambda start, ctx: _M(0, start, start + 6, 5000.0, float("nan"), "元", "捐款", "funds", f"s{start}", "donated", ctx)
    >>> same_fact(m(0, "老党员张三"), m(90, "退休干部李四也")), same_fact(m(0, "老党员张三"), m(90, "老党员张三"))
    (False, True)
    """
    if not _same_number(a.value, b.value) or not _same_number(a.value_high, b.value_high):
        return False
    if not same_unit_family(a.unit, b.unit):
        return False
    if not a.entity and not b.entity and a.unit != b.unit:
        return False
    if not compatible_entities(a.entity, b.entity, a.category, b.category):
        return False
    if a.kind and b.kind and a.kind != b.kind:
        return False
    generic = generic_nouns()
    if (a.entity in generic or not a.entity) and (b.entity in generic or not b.entity) \
            and not same_context(a.context, b.context):
        return False
    in_one_sentence = a.sentence == b.sentence and abs(a.start - b.start) < max(len(a.sentence), 1)
    return not in_one_sentence


def _same_number(x: float, y: float) -> bool:
    if _missing(x) or _missing(y):
        return _missing(x) and _missing(y)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


@dataclass
class _Read:
    """What the clause says about one mention (roles.py): kind, role in a total, actor before it."""

    kind: str
    role: str
    total_of: int  # row index of the total's mention, -1 if none
    context: str
    entity: str  # the counted noun, or the one the list it is part of ends with (120名、80名和60名党员志愿者)


def read_clauses(rows: list[dict]) -> dict[int, _Read]:
    """Kind, role in a stated total and actor context of each mention of ONE document (position → _Read).

    `rows` are the document's mention rows (dicts) in text order. The surface (as printed,
    maybe traditional) is converted to simplified and found in the (simplified) sentence;
    repeated surfaces in one sentence are taken in text order.
    """
    from .script import convert

    items, kinds, contexts, seen, instances = [], {}, {}, {}, {}
    for i, r in enumerate(rows):
        sentence, surface = str(r.get("sentence", "")), convert(str(r["surface"]), "t2s")
        first = instances.get(sentence)
        if first is None or int(r["start"]) - first >= max(len(sentence), 1):  # the sentence said again
            instances[sentence] = int(r["start"])
            seen = {k: v for k, v in seen.items() if k[0] != sentence}
        nth = seen.get((sentence, surface), 0)
        seen[(sentence, surface)] = nth + 1
        at = -1
        for _ in range(nth + 1):
            at = sentence.find(surface, at + 1)
            if at < 0:
                break
        end = at + len(surface) if at >= 0 else -1
        kinds[i] = roles.kind_of(sentence, at, end) if at >= 0 else ""
        lo = roles.clause_span(sentence, at, end)[0] if at >= 0 else 0
        contexts[i] = re.sub(r"[0-9.%]+", "", sentence[lo:at]) if at >= 0 else ""
        money = _classifiers().get(str(r["unit"]), ("", ""))[0] == "money" or str(r["unit"]).endswith("元")
        items.append(roles.Item(i, sentence, at, end, int(r["start"]), float(r["value"]),
                                roles.unit_family(str(r["unit"]), str(r["category"]), money)))
    for it in items:  # 代省委管理党费共500万元: the total word may sit inside the surface, before its number
        if it.at >= 0 and not it.role and roles.total_inside(it.sentence[it.at:it.end]):
            it.role = "total"
    roles.link_totals(items)
    entities = {i: str(r["entity"]) for i, r in enumerate(rows)}
    for it in items:  # a list of parts names its noun once, after the last figure
        if it.role == "part" and not entities[it.key]:
            later = [j for j in items if j.role == "part" and j.sentence == it.sentence and j.at > it.at
                     and j.unit_family == it.unit_family and entities[j.key]]
            if later:
                entities[it.key] = entities[later[0].key]
    return {it.key: _Read(kinds[it.key], it.role, it.total_of, contexts[it.key], entities[it.key]) for it in items}


def facts(mentions_df: pd.DataFrame, documents_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Merge repeated mentions of the same fact, per document; every mention's offsets kept.

    Mentions are taken in text order; each joins every earlier fact that holds a mention
    it is `same_fact` with (merging them), else starts a new fact. So facts are the
    connected groups of the pairwise rule, and no mention of one fact matches a mention of
    another. The fact shows the mention with the longest counted noun (ties: the
    earliest); `mentions` lists every "start:end", `surfaces` every surface, `damaged` is
    true if any mention is. Boilerplate mentions (in_body false) never become facts.

    Each fact also says what its clause says (`read_clauses`): `kind` of mobilization
    (sent_down, volunteered, donated, allocated, received, or ""), `role_in_total` (total:
    a stated total; part: one of the figures a total sums, or one of several 分别 figures;
    "" otherwise) and `total_fact` (the fact_id of its total). Place and date come from
    `documents_df` (the documents table, joined on `doc`), else from the mention columns.

    >>> m = mention_frame([
    ...     dict(doc="d", start=0, end=4, surface="751个", value=751.0, approx="exact", value_high=None, unit="个",
    ...          entity="临时党支部", category="organization", damaged=False, in_body=True, sentence="建立751个临时党支部",
    ...          place_code="370202", date="2020-02-19"),
    ...     dict(doc="d", start=90, end=98, surface="临时党支部751个", value=751.0, approx="exact", value_high=None,
    ...          unit="个", entity="临时党支部", category="organization", damaged=False, in_body=True,
    ...          sentence="已成立临时党支部751个", place_code="370202", date="2020-02-19")])
    >>> f = facts(m)
    >>> f[["fact_id", "value", "n_mentions", "mentions", "role_in_total"]].values.tolist()
    [['d#001', 751.0, 2, '0:4; 90:98', '']]
    """
    df = mentions_df
    if "in_body" in df.columns:
        df = df[df["in_body"].astype(bool)]
    df = df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)
    places = _doc_places(df, documents_df)
    out: list[dict] = []
    by_doc: dict[str, list[dict]] = {}
    for r in df.to_dict("records"):  # plain dicts: pandas row access would cost more than the reading
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rows in sorted(by_doc.items()):
        read = read_clauses(rows)
        groups: list[list[_M]] = []
        for i, r in enumerate(rows):
            c = read[i]
            m = _M(i, int(r["start"]), int(r["end"]), float(r["value"]), _float(r["value_high"]), str(r["unit"]),
                   c.entity, str(r["category"]), str(r.get("sentence", "")), c.kind, c.context)
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
        ids = {m.index: f"{doc}#{k:03d}" for k, g in enumerate(groups, start=1) for m in g}
        for k, group in enumerate(groups, start=1):
            out.append(_fact_row(f"{doc}#{k:03d}", [rows[m.index] for m in group], [read[m.index] for m in group],
                                 ids, places.get(doc, {})))
    result = pd.DataFrame(out, columns=FACT_COLUMNS)
    return _typed(result).astype({"n_mentions": "int64"}) if len(result) else _empty_facts()


def _doc_places(mentions_df: pd.DataFrame, documents_df: pd.DataFrame | None) -> dict[str, dict]:
    """doc → place and date fields for the facts: from the documents table, else from the mentions."""
    if documents_df is not None and len(documents_df):
        return {str(r["doc"]): {c: r.get(c, "") for c in _FACT_PLACE} for r in documents_df.to_dict("records")}
    out = {}
    for doc, rows in mentions_df.groupby("doc"):
        first = rows.iloc[0]
        out[str(doc)] = {c: first.get(c, "") for c in _FACT_PLACE}
    return out


def _float(x) -> float:
    return float("nan") if _missing(x) or x == "" else float(x)


def _fact_row(fact_id: str, group: list[dict], read: list[_Read], ids: dict[int, str], place: dict) -> dict:
    entities = [r.entity for r in read]
    longest = max(range(len(group)), key=lambda k: (len(entities[k]), -k))  # ties: the earliest
    rep = group[longest]
    roles_ = {r.role for r in read}
    role = "total" if "total" in roles_ else "part" if "part" in roles_ else ""
    totals = [ids.get(r.total_of, "") for r in read if r.total_of >= 0]
    kind = next((r.kind for r in read if r.kind), "")
    row = {c: ("" if _missing(place.get(c)) else place.get(c, "")) for c in _FACT_PLACE}
    row.update({
        "fact_id": fact_id, "doc": rep["doc"], "surface": rep["surface"], "value": rep["value"],
        "approx": rep["approx"], "value_high": rep["value_high"], "unit": rep["unit"], "entity": entities[longest],
        "category": rep["category"], "kind": kind, "role_in_total": role,
        "total_fact": totals[0] if totals and totals[0] != fact_id else "",
        "damaged": any(bool(r["damaged"]) for r in group), "n_mentions": len(group),
        "mentions": SEP.join(f"{r['start']}:{r['end']}" for r in group),
        "surfaces": SEP.join(r["surface"] for r in group), "sentence": rep.get("sentence", ""),
    })
    return row


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
    kind_regex: str
    combine: str
    per_capita: bool
    notes: str

    def matches(self, fact: pd.Series) -> bool:
        """Does this fact feed the indicator?

        The counted noun decides; where it is missing or does not say what the figure is
        (资金, 捐款: `generic_nouns`), the sentence must name it (`context_regex`). The
        fact's kind of mobilization must fit `kind_regex` (donors are not sent down).

        >>> r = rules()[0]
        >>> r.matches(pd.Series(dict(entity="临时党支部", unit="个", category="organization")))
        True
        >>> r.matches(pd.Series(dict(entity="线上党支部", unit="个", category="organization")))
        False
        >>> dues = rules()[2]
        >>> dues.matches(pd.Series(dict(entity="", unit="元", category="funds", sentence="从市管党费配套资金划拨350万元")))
        True
        >>> dues.matches(pd.Series(dict(entity="疫情防控工作资金", unit="元", category="funds", sentence="党费支持疫情防控工作资金15万元")))
        True
        >>> people = rules()[1]
        >>> people.matches(pd.Series(dict(entity="党员", unit="名", category="personnel", kind="donated")))
        False
        """
        if self.category and fact["category"] != self.category:
            return False
        if self.unit_filter and not re.fullmatch(self.unit_filter, str(fact["unit"])):
            return False
        if self.kind_regex and not re.fullmatch(self.kind_regex, str(fact.get("kind", ""))):
            return False
        entity = str(fact["entity"])
        if self.exclude_regex and entity and re.search(self.exclude_regex, entity):
            return False
        if entity and re.search(self.entity_regex, entity):
            return True
        if entity and entity not in generic_nouns() and not _is_funds_noun(entity, fact):
            return False
        return bool(self.context_regex) and bool(re.search(self.context_regex, str(fact.get("sentence", ""))))


def _is_funds_noun(entity: str, fact: pd.Series) -> bool:
    """A money noun that names no source (疫情防控工作资金, 专项经费): its sentence may say whose money it is."""
    return fact.get("category", "") == "funds" and bool(re.search(r"(资金|经费|款)$", entity))


def rules(name: str = "indicators.csv") -> tuple[Rule, ...]:
    """The indicator rules, in file order; a malformed row is a ValueError naming the file.

    >>> [r.indicator_id for r in rules()][:3]
    ['temp_party_orgs', 'party_members_mobilized', 'party_dues']
    """
    out = []
    for row in read_rows(name):
        if row["combine"] not in ("sum", "max"):
            raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: combine must be sum or max")
        for col in ("entity_regex", "exclude_regex", "unit_filter", "context_regex", "kind_regex"):
            try:
                re.compile(row.get(col, ""))
            except re.error as err:
                raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: bad {col} ({err})") from None
        out.append(Rule(row["indicator_id"], row["label_zh"], row["label_en"], row["unit"], row["category"],
                        row["entity_regex"], row["exclude_regex"], row["unit_filter"], row.get("context_regex", ""),
                        row.get("kind_regex", ""), row["combine"], row["per_capita"].lower() == "yes", row["notes"]))
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


def bound_of(approx: str, lower: bool = False) -> str:
    """What a value is: exact, lower_bound or about (`lower`: the rule itself gives a lower bound).

    >>> bound_of("exact"), bound_of("exact", lower=True), bound_of("more_than"), bound_of("about", lower=True)
    ('exact', 'lower_bound', 'lower_bound', 'about')
    """
    if approx in ("about", "at_most", "range"):
        return "about"
    if lower or approx in ("more_than", "at_least"):
        return "lower_bound"
    return "exact"


def fact_source(fact: pd.Series) -> str:
    """How an indicator cites a fact: doc@start:end[,start:end] surface.

    >>> fact_source(pd.Series(dict(doc="d", mentions="0:4; 90:98", surface="751个")))
    'd@0:4,90:98 751个'
    """
    return f"{fact['doc']}@{str(fact['mentions']).replace(SEP, ',')} {fact['surface']}"


@dataclass(frozen=True)
class Value:
    """One indicator value of one report (or of one place): the number, the facts it used, how."""

    value: float
    approx: str
    used: tuple[str, ...]  # fact sources
    lower: bool  # the rule makes it a lower bound
    how: str


def doc_value(rule: Rule, hits: "pd.DataFrame | list[dict]") -> Value:
    """The value one report gives for one rule, from its matching facts.

    max rules: the largest figure (a lower bound when the report gives several). sum rules:
    the report's stated total where it states one (its parts and the anecdotes inside it
    are not added); else the sum of its distinct figures.

    >>> f = pd.DataFrame([dict(fact_id="d#1", doc="d", mentions="8:15", surface="20.2万元", value=202000.0,
    ...     approx="exact", role_in_total="part", total_fact="d#3"),
    ...     dict(fact_id="d#2", doc="d", mentions="20:25", surface="8万元党费", value=80000.0, approx="exact",
    ...     role_in_total="part", total_fact="d#3"),
    ...     dict(fact_id="d#3", doc="d", mentions="27:34", surface="28.2万元", value=282000.0, approx="exact",
    ...     role_in_total="total", total_fact="")])
    >>> v = doc_value(rules()[2], f); v.value, v.used, v.how
    (282000.0, ('d@27:34 28.2万元',), 'stated total, 2 parts not added')
    >>> g = pd.concat([f, pd.DataFrame([dict(fact_id="d#4", doc="d", mentions="50:56", surface="5000元", value=5000.0,
    ...     approx="exact", role_in_total="", total_fact="")])])
    >>> doc_value(rules()[2], g).value, doc_value(rules()[2], g).how
    (282000.0, 'stated total, 2 parts not added, 1 small figures (≤10% of it) taken to be inside it')
    """
    facts = _records(hits)
    if rule.combine == "max":
        return _max_value(facts)
    ids = {f["fact_id"] for f in facts}
    role = [str(f.get("role_in_total", "") or "") for f in facts]
    parent = [str(f.get("total_fact", "") or "") for f in facts]
    totals = [k for k, f in enumerate(facts) if role[k] == "total" and parent[k] not in ids]
    if totals:
        top = max(totals, key=lambda k: (float(facts[k]["value"]), -k))  # the first of equal maxima
        best = facts[top]
        parts = sum(1 for k in range(len(facts)) if role[k] == "part" and parent[k] == best["fact_id"])
        others = [f for k, f in enumerate(facts) if k != top and not (role[k] == "part" and parent[k] in ids)
                  and not math.isclose(float(f["value"]), float(best["value"]))]  # the total said again is no sum
        # A figure far smaller than the total (a person's gift) is an anecdote inside it; a
        # figure of its own size is a separate sum (another allocation) and is added.
        small = [f for f in others if float(f["value"]) <= ANECDOTE_SHARE * float(best["value"])]
        added = [f for f in others if float(f["value"]) > ANECDOTE_SHARE * float(best["value"])]
        how = "stated total" + (f", {parts} parts not added" if parts else "") + \
              (f", {len(small)} small figures (≤{ANECDOTE_SHARE:.0%} of it) taken to be inside it" if small else "") + \
              (f", plus {len(added)} separate figures" if added else "")
        used = [best] + added
        return Value(sum(float(f["value"]) for f in used), combine_approx(f["approx"] for f in used),
                     tuple(fact_source(f) for f in used), False, how)
    # One sum of money said twice (a headline and its body: 下拨500万元专项党费 … 代省委管理党费共500万元)
    # is one allocation: equal figures count once.
    distinct, seen = [], set()
    for f in facts:
        if float(f["value"]) not in seen:
            seen.add(float(f["value"]))
            distinct.append(f)
    repeated = len(facts) - len(distinct)
    said = f", {repeated} equal figures counted once" if repeated else ""
    values = [float(f["value"]) for f in distinct]
    if len(distinct) > 2 and math.isclose(max(values), sum(values) - max(values), rel_tol=1e-6):
        best = distinct[values.index(max(values))]  # 800万 … 200万、600万: the figure that is the sum of the others
        return Value(float(best["value"]), str(best["approx"]), (fact_source(best),), False,
                     f"the figure that is the sum of the {len(distinct) - 1} others{said}")
    n = len(distinct)
    return Value(sum(values), combine_approx(f["approx"] for f in distinct),
                 tuple(fact_source(f) for f in distinct), False,
                 ("sum of parts, no total stated" if "part" in role else
                  ("sum of distinct figures" if n > 1 else "one figure")) + said)


def _records(hits) -> list[dict]:
    """Facts as plain dicts (a DataFrame's rows, or a list of dicts as given)."""
    return hits.to_dict("records") if isinstance(hits, pd.DataFrame) else list(hits)


# Between two listed groups: 、 和 及 与 以及, then at most a short modifier of the next group (和县直单位790余名).
_JOINERS = re.compile(r"^(、|和|及|与|以及|、以及)[^，,。；;：:！？0-9０-９]{0,6}$")


def coordinated(hits) -> list[list[dict]]:
    """Runs of figures listed one after another in one sentence with only 、/和/及 between them.

    Such a list names disjoint groups (352名乡镇干部、695名村干部), so their sum is a figure of its own;
    a figure whose noun contains another's (党员 / 党员干部) is not a separate group.

    >>> f = pd.DataFrame(dict(doc=["d"] * 3, mentions=["0:7", "8:14", "40:48"], value=[352.0, 695.0, 5.0],
    ...     surface=["352名乡镇干部", "695名村干部", "5名党员"], entity=["乡镇干部", "村干部", "党员"],
    ...     sentence=["352名乡镇干部、695名村干部下沉。"] * 2 + ["另有5名党员。"]))
    >>> [[g["value"] for g in run] for run in coordinated(f)]
    [[352.0, 695.0]]
    """
    from .script import convert

    facts = [f for f in _records(hits) if f.get("sentence")]
    facts.sort(key=lambda f: (str(f["doc"]), int(str(f["mentions"]).split(":")[0])))
    runs: list[list[dict]] = []
    current: list[dict] = []
    last = None
    for f in facts:
        joined = False
        if last is not None and f["doc"] == last["doc"] and f["sentence"] == last["sentence"]:
            s = str(f["sentence"])
            prev, this = convert(str(last["surface"]), "t2s"), convert(str(f["surface"]), "t2s")
            a, b = s.find(prev), s.find(this)
            if 0 <= a < b:
                ea, eb = str(last["entity"]), str(f["entity"])
                joined = bool(_JOINERS.match(s[a + len(prev):b])) and bool(ea and eb) and ea not in eb and eb not in ea
        if joined:
            current.append(f)
        else:
            if len(current) > 1:
                runs.append(current)
            current = [f]
        last = f
    if len(current) > 1:
        runs.append(current)
    return runs


def _max_value(facts: list[dict]) -> Value:
    """The largest figure; parts of an unstated sum (分别 120名、80名和60名) and listed groups count as their sum."""
    candidates = [(float(f["value"]), str(f["approx"]), (fact_source(f),)) for f in facts]
    loose: dict[str, list[dict]] = {}
    for f in facts:
        if str(f.get("role_in_total", "") or "") == "part" and not str(f.get("total_fact", "") or ""):
            loose.setdefault(str(f.get("sentence", f["doc"])), []).append(f)
    for group in list(loose.values()) + coordinated(facts):
        if len(group) > 1:
            candidates.append((sum(float(f["value"]) for f in group), combine_approx(f["approx"] for f in group),
                               tuple(fact_source(f) for f in group)))
    value, approx, used = max(candidates, key=lambda c: c[0])  # max: the first of equal maxima
    n = len(facts)
    how = (f"sum of {len(used)} parts (no total stated)" if len(used) > 1 else "largest figure") + \
        (f", the largest of {n} figures" if n > len(used) else "")
    return Value(value, approx, used, n > len(used), how)


def denominators() -> pd.DataFrame:
    """data/denominators.csv: curated populations that replace the census figure of a place.

    Keyed by place_code; `docs` (optional) limits a row to the reports it was made for.

    >>> int(denominators().set_index("place_code").loc["441600", "denominator"])
    703607
    """
    df = pd.DataFrame(list(read_rows("denominators.csv")))
    df["denominator"] = df["denominator"].astype("int64")
    return df


def denominator_for(place_code: str, place_name: str, population: float, docs: Iterable[str],
                    curated: pd.DataFrame | None = None) -> dict:
    """The population a place's rates divide by, and where it comes from.

    A curated row of data/denominators.csv wins when it applies to every report of the
    place; else the 2020 census population of the documents table; else "no denominator".

    >>> denominator_for("999999", "某县", float("nan"), ["a"])["denominator_status"]
    'no denominator'
    >>> denominator_for("441600", "河源市", 2837686.0, ["004_751d38772c959f59"])["denominator"]
    703607.0
    >>> denominator_for("441600", "河源市", 2837686.0, ["other"])["denominator"]
    2837686.0
    """
    curated = denominators() if curated is None else curated
    docs = set(docs)
    for _, row in curated[curated["place_code"] == place_code].iterrows():
        allowed = {d for d in str(row.get("docs", "")).split(SEP) if d}
        if not allowed or docs <= allowed:
            return {"denominator": float(row["denominator"]), "denominator_status": "curated",
                    "denominator_label": row["denominator_label"], "denominator_source": row["source"],
                    "denominator_note": row["note"]}
    if population is not None and not _missing(population) and str(population) != "" and float(population) > 0:
        return {"denominator": float(population), "denominator_status": "census",
                "denominator_label": f"{place_name}, residents 2020",
                "denominator_source": "2020 census (data/census2020_divisions.csv)", "denominator_note": ""}
    return {"denominator": math.nan, "denominator_status": NO_DENOMINATOR, "denominator_label": "",
            "denominator_source": "", "denominator_note": "no 2020 census population for this place"}


def place_list(documents_df: pd.DataFrame) -> pd.DataFrame:
    """One row per place of the documents table (place_code, place_name, place_level, population_2020, docs).

    Documents without a place are not a place: `unplaced` lists them.

    >>> d = pd.DataFrame(dict(doc=["a", "b", "c"], place_code=["2", "1", ""], place_name=["乙", "甲", ""],
    ...     place_level=["county"] * 3, population_2020=[10, 20, None]))
    >>> place_list(d)[["place_code", "docs"]].values.tolist()
    [['1', 'b'], ['2', 'a']]
    """
    d = documents_df.copy()
    d["place_code"] = d["place_code"].fillna("").astype(str)
    d = d[d["place_code"] != ""]
    rows = []
    for code, part in d.groupby("place_code", sort=True):
        pops = pd.to_numeric(part.get("population_2020", pd.Series(dtype=float)), errors="coerce").dropna()
        rows.append({"place_code": code, "place_name": str(part["place_name"].iloc[0]),
                     "place_level": str(part["place_level"].iloc[0]) if "place_level" in part else "",
                     "population_2020": float(pops.iloc[0]) if len(pops) else math.nan,
                     "docs": SEP.join(sorted(part["doc"].astype(str)))})
    return pd.DataFrame(rows, columns=["place_code", "place_name", "place_level", "population_2020", "docs"])


def unplaced(documents_df: pd.DataFrame) -> list[str]:
    """Documents of the table with no place (never silently dropped: the run lists them).

    >>> unplaced(pd.DataFrame(dict(doc=["a", "b"], place_code=["1", ""])))
    ['b']
    """
    codes = documents_df["place_code"].fillna("").astype(str)
    return sorted(documents_df.loc[codes == "", "doc"].astype(str))


def indicators(facts_df: pd.DataFrame, documents_df: pd.DataFrame, duplicates_df: pd.DataFrame | None = None,
               rule_set: Iterable[Rule] | None = None, denominators_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per place (of the documents table, by place_code) and indicator (of `rule_set`, in order).

    Per report, `doc_value` gives the report's value. Copies of one story (a cluster of
    `duplicates_df`) count once: the cluster's largest value, every copy kept in `docs`.
    Several independent reports of one place: the largest value (a lower bound; figures of
    different dates often repeat or cumulate). `sources` cites the facts used, `candidates`
    every matching fact, `rule_applied` says how they were combined and `bound` whether the
    value is exact, a lower bound or about. No matching fact: value NaN and status "not
    reported" (never 0); a value without population: per_10k NaN and denominator_status
    "no denominator".

    >>> f = pd.DataFrame([dict(fact_id="d#001", doc="d", surface="30萬元黨費", value=300000.0, approx="exact",
    ...     unit="元", entity="党费", category="funds", kind="allocated", mentions="1:6; 9:14", role_in_total="",
    ...     total_fact="")])
    >>> docs = pd.DataFrame(dict(doc=["d", "e"], place_code=["370202", "999999"], place_name=["市南区", "某县"],
    ...     place_level=["county", "county"], population_2020=[486643.0, None], date=["2020-02-19", ""],
    ...     date_precision=["day", ""]))
    >>> t = indicators(f, docs).set_index(["place_code", "indicator_id"])
    >>> row = t.loc[("370202", "party_dues")]
    >>> float(row["value"]), round(float(row["per_10k"]), 1), row["sources"], row["bound"]
    (300000.0, 6164.7, 'd@1:6,9:14 30萬元黨費', 'exact')
    >>> t.loc[("999999", "party_dues"), "status"], t.loc[("999999", "party_dues"), "denominator_status"]
    ('not reported', 'no denominator')
    """
    rule_set = rules() if rule_set is None else tuple(rule_set)
    curated = denominators() if denominators_df is None else denominators_df
    cluster_of = _clusters(duplicates_df)
    dates = {str(d): (str(v or ""), str(p or "")) for d, v, p in zip(
        documents_df["doc"], documents_df.get("date", [""] * len(documents_df)),
        documents_df.get("date_precision", [""] * len(documents_df)))}
    rows = []
    records = facts_df.to_dict("records") if len(facts_df) else []
    matched = {rule.indicator_id: [i for i, f in enumerate(records) if rule.matches(f)] for rule in rule_set}
    places = place_list(documents_df)
    place_of = {d: code for code, cell in zip(places["place_code"], places["docs"]) for d in cell.split(SEP) if d}
    by_place: dict[tuple[str, str], list[dict]] = {}  # (indicator, place) → matching facts, in table order
    for rule in rule_set:
        for i in matched[rule.indicator_id]:
            by_place.setdefault((rule.indicator_id, place_of.get(str(records[i]["doc"]), "")), []).append(records[i])
    for place in places.to_dict("records"):
        docs = [d for d in place["docs"].split(SEP) if d]
        denom = denominator_for(place["place_code"], place["place_name"], place["population_2020"], docs, curated)
        for rule in rule_set:
            hits = by_place.get((rule.indicator_id, place["place_code"]), [])
            value = place_value(rule, hits, cluster_of)
            reported = value is not None
            v = value.value if reported else math.nan
            per_10k = v / denom["denominator"] * 10_000 if rule.per_capita and reported and \
                not math.isnan(denom["denominator"]) else math.nan
            used_docs = sorted({s.split("@")[0] for s in value.used}) if reported else []
            rows.append({
                "place_code": place["place_code"], "place_name": place["place_name"],
                "place_level": place["place_level"], "indicator_id": rule.indicator_id,
                "label_zh": rule.label_zh, "label_en": rule.label_en, "unit": rule.unit,
                "status": "reported" if reported else NOT_REPORTED, "value": v,
                "approx": value.approx if reported else "",
                "bound": bound_of(value.approx, value.lower) if reported else "",
                "combine": rule.combine, "rule_applied": value.how if reported else "",
                "n_facts": len(value.used) if reported else 0,
                "sources": SEP.join(value.used) if reported else "",
                "candidates": SEP.join(fact_source(f) for f in hits),
                "per_capita": rule.per_capita,
                "denominator": denom["denominator"] if rule.per_capita else math.nan, "per_10k": per_10k,
                "denominator_status": denom["denominator_status"] if rule.per_capita else "",
                "denominator_label": denom["denominator_label"] if rule.per_capita else "",
                "denominator_source": denom["denominator_source"] if rule.per_capita else "",
                "denominator_note": denom["denominator_note"] if rule.per_capita else "",
                "docs": SEP.join(docs),
                "dates": SEP.join(sorted({_dated(*dates.get(d, ("", ""))) for d in (used_docs or docs)} - {""})),
            })
    df = pd.DataFrame(rows, columns=INDICATOR_COLUMNS)
    return df.astype({"value": "float64", "per_10k": "float64", "denominator": "float64", "n_facts": "int64",
                      "per_capita": "bool"})


def _dated(date: str, precision: str) -> str:
    """A date with its precision when it is not a day: 2020-03 (month).

    >>> _dated("2020-03", "month"), _dated("2020-02-19", "day"), _dated("", "")
    ('2020-03 (month)', '2020-02-19', '')
    """
    if not date or date == "nan":
        return ""
    return date if precision in ("day", "") else f"{date} ({precision})"


def _clusters(duplicates_df: pd.DataFrame | None) -> dict[str, str]:
    """doc → its duplicate cluster id (documents in no cluster are their own)."""
    if duplicates_df is None or not len(duplicates_df):
        return {}
    return {str(d): str(c) for c, d in zip(duplicates_df["cluster"], duplicates_df["doc"])}


def place_value(rule: Rule, hits, cluster_of: dict[str, str]) -> Value | None:
    """A place's value for one rule from its reports' matching facts; None if no report gives one."""
    facts = _records(hits)
    if not facts:
        return None
    by_doc: dict[str, list[dict]] = {}
    for f in facts:
        by_doc.setdefault(str(f["doc"]), []).append(f)
    per_story: dict[str, list[tuple[str, Value]]] = {}
    for doc, part in sorted(by_doc.items()):
        per_story.setdefault(cluster_of.get(doc, doc), []).append((doc, doc_value(rule, part)))
    stories = []
    for story, values in per_story.items():
        doc, best = max(values, key=lambda dv: dv[1].value)
        copies = [d for d, _ in values if d != doc]
        how = best.how + (f" (one story: also in {', '.join(copies)}, counted once)" if copies else "")
        stories.append(Value(best.value, best.approx, best.used, best.lower, how))
    if len(stories) == 1:
        return stories[0]
    best = max(stories, key=lambda v: v.value)
    differ = len({v.value for v in stories}) > 1
    return Value(best.value, best.approx, best.used, best.lower or differ,
                 f"largest of {len(stories)} reports ({best.how})")


# ---------------------------------------------------------------------------- all the tables

@dataclass(frozen=True)
class Tables:
    """The tables of one run: documents, duplicates, mentions, facts, indicators."""

    mentions: pd.DataFrame
    facts: pd.DataFrame
    indicators: pd.DataFrame
    documents: pd.DataFrame
    duplicates: pd.DataFrame


def build(sources: Iterable[Analysis | Document | str | Path] | None = None,
          documents_df: pd.DataFrame | None = None) -> Tables:  # noqa: D417
    """The tables of some documents (default: the seed reports).

    >>> t = build()
    >>> sorted(set(t.mentions["doc"])) == [p.stem for p in seed_paths()], len(t.facts) <= len(t.mentions)
    (True, True)
    """
    analyses = [s if isinstance(s, Analysis) else analyse(s if isinstance(s, Document) else load(s))
                for s in (seed_paths() if sources is None else sources)]
    return from_analyses(analyses, documents_df)


def from_analyses(analyses: list[Analysis], documents_df: pd.DataFrame | None = None) -> Tables:
    """The tables of analysed documents; indicators for every place of the documents table.

    `documents_df`: the documents table (default: the one the analyses carry, `documents.describe`:
    the user's metadata where given, else read from the text).
    """
    from . import duplicates
    from .documents import document_frame, describe

    docs = document_frame([a.info or describe(a) for a in analyses]) if documents_df is None else documents_df
    m = mentions(analyses)
    f = facts(m, docs)
    dups = duplicates.from_analyses(analyses)
    return Tables(m, f, indicators(f, docs, dups), docs, dups)


# ---------------------------------------------------------------------------- views for reports

CATEGORY_ORDER = ["organization", "personnel", "funds", "coverage", "activity", "supplies", "other"]


def counts_by_place(mentions_df: pd.DataFrame, facts_df: pd.DataFrame) -> pd.DataFrame:
    """Per report: its place, mentions, facts, and how many mentions were repeats merged away.

    >>> m = pd.DataFrame({"doc": ["a", "a", "b"]})
    >>> f = pd.DataFrame({"doc": ["a", "b"], "place_name": ["甲", "乙"], "n_mentions": [2, 1]})
    >>> counts_by_place(m, f).values.tolist()
    [['a', '甲', 2, 1, 1], ['b', '乙', 1, 1, 0]]
    """
    per_doc = mentions_df.groupby("doc").size().rename("mentions").to_frame()
    per_doc["place_name"] = facts_df.groupby("doc")["place_name"].first().reindex(per_doc.index).fillna("")
    per_doc["facts"] = facts_df.groupby("doc").size().reindex(per_doc.index, fill_value=0)
    per_doc["repeats_merged"] = per_doc["mentions"] - per_doc["facts"]
    return per_doc.reset_index()[["doc", "place_name", "mentions", "facts", "repeats_merged"]]


def facts_by_category(facts_df: pd.DataFrame) -> pd.DataFrame:
    """Distinct facts per place (rows, by place_code) and category (columns, fixed order), with a total.

    >>> f = pd.DataFrame({"place_code": ["1", "1", "2"], "place_name": ["甲", "甲", "乙"],
    ...                   "category": ["funds", "other", "funds"]})
    >>> t = facts_by_category(f); t.loc["甲", ["funds", "other", "total"]].tolist()
    [1, 1, 2]
    """
    table = pd.crosstab(facts_df["place_code"], facts_df["category"])
    table = table.reindex(columns=CATEGORY_ORDER, fill_value=0)
    table["total"] = table.sum(axis=1)
    names = dict(zip(facts_df["place_code"], facts_df["place_name"]))
    table.index = [names.get(c) or f"(no place) {c}".strip() for c in table.index]
    table.columns.name = None
    return table


def indicator_matrix(indicators_df: pd.DataFrame, per_capita: bool = False) -> pd.DataFrame:
    """Indicators as printed: one row per indicator, one column per place.

    Gaps say "not reported" (no report gives the figure) or, per 10,000 residents, "no
    denominator" (a figure, but no population to divide it by).

    >>> ind = pd.DataFrame(dict(place_code=["1", "2", "1", "2"], place_name=["甲", "乙", "甲", "乙"],
    ...     indicator_id=["dues"] * 4, label_zh=["党费"] * 4, label_en=["Dues"] * 4, unit=["yuan"] * 4,
    ...     value=[300000.0, float("nan"), 5.0, 7.0], approx=["exact", "", "exact", "more_than"],
    ...     per_capita=[True] * 4, per_10k=[10.0, float("nan"), 1.0, float("nan")],
    ...     denominator_status=["census", "census", "census", "no denominator"]))
    >>> indicator_matrix(ind.iloc[:2]).loc["党费 Dues (yuan)"].tolist()
    ['300,000', 'not reported 未报告']
    >>> indicator_matrix(ind.iloc[2:], per_capita=True).loc["党费 Dues (yuan per 10,000 residents)"].tolist()
    ['1', 'no denominator 无人口数']
    """
    from .formatting import format_rate, format_value

    df = indicators_df
    if per_capita:
        df = df[df["per_capita"].astype(bool)]
    places_order = list(dict.fromkeys(df["place_code"]))
    labels = dict(zip(df["place_code"], df["place_name"]))
    rows = {}
    for ind_id, part in df.groupby("indicator_id", sort=False):
        first = part.iloc[0]
        unit = f"{first['unit']} per 10,000 residents" if per_capita else first["unit"]
        part = part.set_index("place_code")
        if per_capita:
            cells = [format_rate(float(part.at[p, "value"]), float(part.at[p, "per_10k"]), str(part.at[p, "approx"]))
                     for p in places_order]
        else:
            cells = [format_value(float(part.at[p, "value"]), str(part.at[p, "approx"])) for p in places_order]
        rows[f"{first['label_zh']} {first['label_en']} ({unit})"] = cells
    return pd.DataFrame.from_dict(rows, orient="index", columns=[labels[p] or p for p in places_order])
