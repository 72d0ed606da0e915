"""Stage 6, tables: the facts table → the indicators table, one row per place of the documents table and rule."""
from __future__ import annotations

import math
from typing import Iterable

import pandas as pd

from .columns import INDICATOR_COLUMNS, NOT_REPORTED, SEP, lowest_word
from .indicator_rules import Rule, bound_of, fact_source, matching_facts, rules
from .population import denominator_for, denominators
from .values import _clusters, place_value


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
    value is exact, a lower bound or about, `confidence` the lowest figure confidence word of the facts used (not the
    place's: that is the documents table's place_confidence). No matching fact: value NaN and status "not
    reported" (never 0); a figure not stated for the whole place (`values.stated_whole`: 三名党员干部…一起) is at most
    a lower bound; a value without population: per_10k NaN and denominator_status
    "no denominator".

    >>> f = pd.DataFrame([dict(fact_id="d#001", doc="d", surface="30萬元黨費", value=300000.0, approx="exact",
    ...     unit="元", entity="党费", category="funds", kind="allocated", mentions="1:6; 9:14", role_in_total="",
    ...     total_fact="", sentence="全区共划拨30万元党费。")])
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
    word_of = {fact_source(f): str(f.get("confidence", "") or "") for f in records}  # the figure's word
    matched = matching_facts(rule_set, records)  # a figure counts in one indicator at most (`unless`)
    places = place_list(documents_df)
    place_of = {d: code for code, cell in zip(places["place_code"], places["docs"]) for d in cell.split(SEP) if d}
    by_place: dict[tuple[str, str], list[dict]] = {}  # (indicator, place) → matching facts, in table order
    for rule in rule_set:
        for i in matched[rule.indicator_id]:
            place = place_of.get(str(records[i]["doc"]), "")
            if not names_another_place(records[i], place):
                by_place.setdefault((rule.indicator_id, place), []).append(records[i])
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
                "confidence": lowest_word(word_of.get(s, "") for s in value.used) if reported else "",
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


def names_another_place(fact: dict, place_code: str) -> bool:
    """Is a part of a listed total about another place: its clause names, before the figure, a county-level or
    larger division that is neither the report's place nor inside it nor around it?

    A roundup lists each county's contingent (其中,甲县扑火队50人,乙县…130人): only the report's own place's
    parts are its figures.

    >>> s = "其中,巍山县派出党员干部300人,南涧县机关干部600人。"
    >>> f = dict(role_in_total="part", surface="党员干部300人", sentence=s)
    >>> names_another_place(f, "532926"), names_another_place(f, "532927"), names_another_place(f, "532900")
    (True, False, False)
    >>> names_another_place(dict(f, surface="机关干部600人"), "532926")
    False
    """
    from .. import gazetteer, roles
    from ..script import convert

    if str(fact.get("role_in_total", "") or "") != "part" or not place_code:
        return False
    sentence, surface = str(fact.get("sentence", "") or ""), convert(str(fact.get("surface", "")), "t2s")
    at = sentence.find(surface)
    if at < 0:
        return False
    lo, _ = roles.clause_span(sentence, at, at + len(surface))
    clause = sentence[lo:at + len(surface)]
    named = [e.codes for _, e in gazetteer.automaton().iter_long(clause) if e.codes and not e.common]
    if not named:
        return False
    prefix = place_code.rstrip("0")
    related = [c for codes in named for c in codes
               if c.startswith(prefix) or place_code.startswith(c.rstrip("0"))]  # the place, inside it, around it
    return not related


def _dated(date: str, precision: str) -> str:
    """A date with its precision when it is not a day: 2020-03 (month).

    >>> _dated("2020-03", "month"), _dated("2020-02-19", "day"), _dated("", "")
    ('2020-03 (month)', '2020-02-19', '')
    """
    if not date or date == "nan":
        return ""
    return date if precision in ("day", "") else f"{date} ({precision})"
