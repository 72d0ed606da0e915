"""Stage 6, tables: views of the tables for reports — counts per report, facts by category, indicators as printed."""
from __future__ import annotations

import pandas as pd


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
    denominator" (a figure, but no population to divide it by). A lower bound is printed ≥.

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
    from ..formatting import format_rate, format_value, shown_approx

    def approx(part: pd.DataFrame, p: str) -> str:  # a lower bound is printed ≥ (formatting.shown_approx)
        return shown_approx(str(part.at[p, "approx"]), str(part.at[p, "bound"]) if "bound" in part else "")

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
            cells = [format_rate(float(part.at[p, "value"]), float(part.at[p, "per_10k"]), approx(part, p))
                     for p in places_order]
        else:
            cells = [format_value(float(part.at[p, "value"]), approx(part, p)) for p in places_order]
        rows[f"{first['label_zh']} {first['label_en']} ({unit})"] = cells
    return pd.DataFrame.from_dict(rows, orient="index", columns=[labels[p] or p for p in places_order])
