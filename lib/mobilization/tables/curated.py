"""Stage 6, tables: the project's curated inputs — seed reports, data/documents.csv, data/places.csv and place labels."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..lexicon import read_rows


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
    return sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


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
