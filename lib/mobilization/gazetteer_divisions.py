"""Gazetteer, the census: every division of China's 2020 census (`data/census2020_divisions.csv`) as a tree.

`divisions()`: provinces, prefecture- and county-level units as `Division` records keyed by GB/T 2260 code, each
with the code of the division above it; `zones()`: the census's development zones, which have no code of their own,
by the code of their prefecture; `ancestors`, `province_of`, `province_weights` walk the tree. Every name here is
also importable from `mobilization.gazetteer`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_rows

CENSUS = "census2020_divisions.csv"
# Prefecture-level rows that are not places (the census's "市辖区" of a municipality, Chongqing's "县",
# the group of county-level units administered by a province directly).
_NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Division:
    """One census division. `code` is empty for the census's development zones."""

    code: str
    level: str  # province | prefecture | county | zone
    name: str
    province: str
    prefecture: str
    population: int | None
    parent: str  # code of the prefecture (county) or province (prefecture, county under a province); "" else


def _parent(code: str, level: str, codes: set[str]) -> str:
    """The code of the division above: prefecture XXYY00 if it is a place, else province XX0000.

    >>> _parent("621223", "county", {"621200", "620000"}), _parent("110105", "county", {"620000", "110000"})
    ('621200', '110000')
    """
    if level == "province" or not code:
        return ""
    prefecture, province = code[:4] + "00", code[:2] + "0000"
    if level == "county" and prefecture in codes:
        return prefecture
    return province


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every coded division of the census by code (zones are in `zones()`).

    >>> d = divisions()["621223"]; d.name, d.level, d.parent, divisions()[d.parent].name
    ('宕昌县', 'county', '621200', '陇南市')
    >>> "110100" in divisions()  # Beijing's 市辖区 is not a place; its districts hang off 110000
    False
    """
    rows = [r for r in read_rows(CENSUS) if r["division_code"] and r["name"] not in _NOT_PLACES]
    codes = {r["division_code"] for r in rows}
    return {r["division_code"]: Division(r["division_code"], r["level"], r["name"], r["province"], r["prefecture"],
                                         _int(r["population_2020"]),
                                         _parent(r["division_code"], r["level"], codes)) for r in rows}


@lru_cache(maxsize=1)
def zones() -> dict[str, str]:
    """Census development zones (no code of their own) → the code of their prefecture (or province).

    >>> divisions()[zones()["镇江新区"]].name
    '镇江市'
    """
    by_name = {(d.province, d.name): c for c, d in divisions().items() if d.level in ("province", "prefecture")}
    out = {}
    for r in read_rows(CENSUS):
        if r["level"] == "zone" and r["name"] not in _NOT_PLACES:
            parent = by_name.get((r["province"], r["prefecture"])) or by_name.get((r["province"], r["province"]))
            if parent:
                out[r["name"]] = parent
    return out


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def ancestors(code: str) -> tuple[str, ...]:
    """The codes above a division, nearest first.

    >>> ancestors("621223")
    ('621200', '620000')
    """
    out, table = [], divisions()
    while code in table and table[code].parent:
        code = table[code].parent
        out.append(code)
    return tuple(out)


def province_of(code: str) -> str:
    """The province a division lies in (itself for a province, or for a code the census does not list).

    >>> province_of("621223"), province_of("620000")
    ('620000', '620000')
    """
    return (ancestors(code) or (code,))[-1]


def province_weights(score: Mapping[str, float]) -> dict[str, float]:
    """The weight of the divisions that weigh something, added up by province.

    >>> province_weights({"130426": 2.0, "130824": 1.5, "520000": 1.0, "110000": 0.0})
    {'130000': 3.5, '520000': 1.0}
    """
    out: dict[str, float] = {}
    for c, w in score.items():
        if w > 0:
            p = province_of(c)
            out[p] = out.get(p, 0.0) + w
    return out
