"""Stage 6, tables: the population a place's rates divide by (data/denominators.csv, else the 2020 census)."""
from __future__ import annotations

import math
from typing import Iterable

import pandas as pd

from ..lexicon import read_rows
from .columns import NO_DENOMINATOR, SEP, _missing


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
