"""Stage 7, charts: the prefecture map — prefecture-level units shaded by an indicator per 10,000 residents.

Boundaries from data/prefecture_boundaries_2020.csv (MIT, Lei Dong's China Census).
"""
from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from .captions import _caption, set_aside_note, source_line
from .fonts import use_cjk_font
from .style import MISSING_COLOUR

if TYPE_CHECKING:
    from matplotlib.figure import Figure


BOUNDARIES = "prefecture_boundaries_2020.csv"


def boundaries() -> pd.DataFrame:
    """Prefecture-level units with 2020 population and WKT boundary (data/prefecture_boundaries_2020.csv).

    >>> b = boundaries(); len(b) > 300, b.set_index("division_code").at["441600", "prefecture"]
    (True, '河源市')
    """
    return _read_boundaries(*_boundaries_key()).copy()  # a copy: a caller may change its table, never the cache's


def _boundaries_key() -> tuple[str, int, int]:
    """What decides the boundaries: the file's path, its size and its modification time (a changed file is read again)."""
    from ..lexicon import data_dir

    path = data_dir() / BOUNDARIES
    stat = path.stat()
    return str(path), stat.st_size, stat.st_mtime_ns


@functools.lru_cache(maxsize=2)
def _read_boundaries(path: str, size: int, mtime_ns: int) -> pd.DataFrame:
    """The boundaries table, read once per process and file version (every map of a run reads the same file)."""
    return pd.read_csv(path, comment="#", dtype={"division_code": str})


@functools.lru_cache(maxsize=2)
def _unit_shapes(path: str, size: int, mtime_ns: int) -> tuple:
    """Per unit of the boundaries file, in its order: (code, polygons, matplotlib paths), parsed once per process.

    Reading the WKT and building the paths was the same work for each of a run's maps; the paths are read-only
    (matplotlib never changes a patch's path when it draws), so every map can share them.
    """
    from matplotlib.path import Path as MplPath
    from shapely import wkt

    units = _read_boundaries(path, size, mtime_ns)
    shapes = []
    for code, text in zip(units["division_code"], units["boundary_wkt"]):
        shape = wkt.loads(text)
        polygons = tuple(getattr(shape, "geoms", [shape]))
        shapes.append((code, polygons, tuple(_polygon_path(poly, MplPath, readonly=True) for poly in polygons)))
    return tuple(shapes)


def map_unit(place_code: str, units: Iterable[str]) -> str:
    """The prefecture-level unit (of `units`) a place lies in; "" for a province or an unknown code.

    >>> units = {"441600", "110100", "500100", "429004"}
    >>> map_unit("441602", units), map_unit("110105", units), map_unit("500230", units), map_unit("429004", units)
    ('441600', '110100', '500100', '429004')
    >>> map_unit("440000", units), map_unit("", units), map_unit("810000", {"810000"})
    ('', '', '810000')
    """
    units = set(units)
    code = str(place_code or "")
    if code in units:
        return code  # a prefecture-level unit itself (also Hong Kong and Macau, drawn as one unit each)
    if len(code) != 6 or code.endswith("0000"):
        return ""
    for candidate in (code, code[:4] + "00", code[:2] + "0100"):
        if candidate in units:
            return candidate
    return ""


def map_values(ind: pd.DataFrame, indicator_id: str, units: pd.DataFrame) -> pd.DataFrame:
    """One row per prefecture-level unit with a report: the indicator's value and its rate per 10,000 residents.

    A county-level place counts toward its prefecture: the prefecture's value is the larger
    of its own reports' value and the SUM of its counties' values (counties are disjoint
    territories, so their sum is a lower bound for the prefecture), divided by the
    prefecture's 2020 population. Provinces cannot be drawn on a prefecture map.

    >>> ind = pd.DataFrame(dict(indicator_id=["x"] * 3, place_code=["441602", "441621", "441600"],
    ...     value=[10.0, 10.0, 12.0]))
    >>> units = pd.DataFrame(dict(division_code=["441600"], population_2020=[100000.0]))
    >>> map_values(ind, "x", units)[["division_code", "value", "per_10k", "places", "bound"]].values.tolist()
    [['441600', 20.0, 2.0, '441600; 441602; 441621', 'lower_bound']]

    `bound`: a sum of counties is a lower bound for the prefecture (its other counties may not be reported), and
    so is a value whose own row is one (the map prints ≥ on it, like the bar charts).
    """
    part = ind[ind["indicator_id"] == indicator_id]
    codes = set(units["division_code"])
    part = part.assign(unit=[map_unit(c, codes) for c in part["place_code"]])
    part = part[part["unit"] != ""]
    pop = dict(zip(units["division_code"], units["population_2020"]))
    rows = []
    for unit, group in part.groupby("unit", sort=True):
        bounds = group["bound"].astype(str) if "bound" in group else pd.Series([""] * len(group), index=group.index)
        mine = group["place_code"] == unit
        own = group.loc[mine, "value"].dropna()
        counties = group.loc[~mine, "value"].dropna()
        candidates = ([(float(own.max()), bounds[own.idxmax()])] if len(own) else []) + \
            ([(float(counties.sum()), "lower_bound")] if len(counties) else [])
        value, bound = max(candidates, key=lambda c: c[0]) if candidates else (math.nan, "")
        rows.append({"division_code": unit, "value": value, "per_10k": value / pop[unit] * 10_000 if pop.get(unit)
                     else math.nan, "places": "; ".join(sorted(group["place_code"])), "bound": bound})
    return pd.DataFrame(rows, columns=["division_code", "value", "per_10k", "places", "bound"])


def prefecture_map(ind: pd.DataFrame, indicator_id: str, documents_df: pd.DataFrame | None = None) -> "Figure":
    """Prefecture-level units shaded by an indicator per 10,000 residents (the prefecture's 2020 population).

    Three looks that cannot be confused: a colour (a value), hatched grey (reports, but none
    gives this figure: not reported), white with a thin outline (no report at all).
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import LogNorm, Normalize
    from matplotlib.patches import PathPatch

    use_cjk_font()
    units = boundaries()
    values = map_values(ind, indicator_id, units).set_index("division_code")
    rates = values["per_10k"].dropna()
    rates = rates[rates > 0]
    norm = (LogNorm(rates.min(), rates.max()) if len(rates) > 1 and rates.max() / rates.min() > 50
            else Normalize(0, rates.max() if len(rates) else 1))
    cmap = shade_colours()
    fig, ax = plt.subplots(figsize=(9, 7.4))
    for code, polygons, paths in _unit_shapes(*_boundaries_key()):
        if code in values.index and pd.notna(values.at[code, "per_10k"]):
            style = dict(facecolor=cmap(norm(values.at[code, "per_10k"])), edgecolor="#555555", linewidth=0.4)
        elif code in values.index:
            style = dict(facecolor=MISSING_COLOUR, edgecolor="#555555", linewidth=0.4, hatch="////")
        else:
            style = dict(facecolor="white", edgecolor="#BBBBBB", linewidth=0.25)
        for path in paths:
            # add_artist, not add_patch: the view is set below (73-136°E, 17-54°N), and add_patch would compute the
            # data limits of every patch from its Bézier segments, most of the time of a map (round k13); the same
            # artists are drawn in the same order, so the image is the same
            ax.add_artist(PathPatch(path, **style))
        if code in values.index and pd.notna(values.at[code, "per_10k"]) and values.at[code, "bound"] == "lower_bound":
            spot = max(polygons, key=lambda g: g.area).representative_point()
            ax.text(spot.x, spot.y, "≥", ha="center", va="center", fontsize=7, color="black")
    ax.set_xlim(73, 136)
    ax.set_ylim(17, 54)
    ax.set_aspect(1.25)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    first = ind[ind["indicator_id"] == indicator_id].iloc[0]
    ax.set_title(f"{first['label_zh']} {first['label_en']}\nper 10,000 residents of the PREFECTURE 每万地级常住人口\n"
                 "(not the bar charts' rate, which divides by each place's own population)", fontsize=9)
    mappable = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.55, pad=0.01)
    bar.set_label(f"{first['unit']} per 10,000 residents (prefecture population 2020)", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(facecolor=MISSING_COLOUR, hatch="////", edgecolor="#555555",
                             label="reports, figure not reported 未报告"),
                       Patch(facecolor="white", edgecolor="#BBBBBB", label="no report 无报道"),
                       Patch(facecolor="none", edgecolor="none", label="≥: the prefecture's value is at least the sum of what its reports give")],
              loc="lower left", fontsize=7, frameon=False)
    part = ind[ind["indicator_id"] == indicator_id]
    unmapped = place_names(sorted(set(part["place_code"]) - {c for cell in values["places"] for c in cell.split("; ")}),
                           part)
    shaded = int(values["per_10k"].notna().sum())
    used = [d.split("@")[0] for cell in part["sources"] for d in str(cell).split("; ") if "@" in d]
    _caption(fig, f"{shaded} prefecture-level units shaded, {len(values) - shaded} with reports that do not give "
                  f"the figure (hatched), {len(units) - len(values)} without any report (white; not zero).",
             "A county-level place counts toward its prefecture: the prefecture's value is the larger of its own "
             "reports' value and the sum of its counties' values, divided by the prefecture's 2020 census population "
             "(not the place's own denominator). ≥ marks a lower bound: a prefecture shaded from its counties' reports has "
             "at least their sum (its other counties may not be reported), even where each report's figure is exact; "
             "so has one whose own report's figure is a lower bound (given as 'more than', 多 or 余, or the largest of "
             "several figures, not a whole-place total). " + rate_note(values, part, units) +
             (f"Not on the map (a province or an unknown code): {', '.join(unmapped)}. " if unmapped else "") +
             "Boundaries: Lei Dong et al., China Census (github.com/leiii/census, MIT), simplified to 0.01°.",
             source_line(used, documents_df), set_aside_note(documents_df))
    fig.subplots_adjust(left=0.02, right=0.98, top=0.9)  # three title lines
    return fig


def shade_colours():
    """The map's colour scale: OrRd from a quarter of the way up, so the palest value is a clear orange and never
    looks like the white of "no report".

    >>> bool(min(shade_colours()(0.0)[:3]) < 0.95)
    True
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import ListedColormap

    return ListedColormap(plt.get_cmap("OrRd")(np.linspace(0.25, 1.0, 256)), name="OrRd_from_quarter")


def rate_note(values: pd.DataFrame, part: pd.DataFrame, units: pd.DataFrame, most: int = 5) -> str:
    """Where the map's rate differs from the bar charts': units shaded from a place below the prefecture, with
    both rates (the map divides by the prefecture's population, the bar chart by the place's own).

    >>> values = pd.DataFrame(dict(per_10k=[0.36], places=["422802"], bound=["lower_bound"]),
    ...     index=pd.Index(["422800"], name="division_code"))
    >>> part = pd.DataFrame(dict(place_code=["422802"], place_name=["利川市"], per_10k=[1.68]))
    >>> units = pd.DataFrame(dict(division_code=["422800"], prefecture=["恩施州"]))
    >>> rate_note(values, part, units)
    "Rates differ from the bar charts': 恩施州 0.36 here (bar chart: 利川市 1.68). "
    """
    from ..formatting import format_value

    names = dict(zip(units["division_code"].astype(str), units["prefecture"].astype(str)))
    own = dict(zip(part["place_code"].astype(str), part.get("per_10k", pd.Series([math.nan] * len(part)))))
    notes = []
    for code, row in values.iterrows():
        places = [p for p in str(row["places"]).split("; ") if p and p != code and pd.notna(own.get(p))]
        if pd.isna(row["per_10k"]) or not places:
            continue
        shown = ", ".join(f"{n} {format_value(float(own[p]))}" for p, n in zip(places, place_names(places, part)))
        notes.append(f"{names.get(str(code), code)} {format_value(float(row['per_10k']))} here (bar chart: {shown})")
    if not notes:
        return ""
    more = f"; and {len(notes) - most} more" if len(notes) > most else ""
    return "Rates differ from the bar charts': " + "; ".join(notes[:most]) + more + ". "


def place_names(codes: list[str], part: pd.DataFrame) -> list[str]:
    """Places by their names (as the indicators table gives them), the code only where there is no name.

    >>> part = pd.DataFrame(dict(place_code=["110000", "999999"], place_name=["北京市", ""]))
    >>> place_names(["110000", "999999"], part)
    ['北京市', '999999']
    """
    names = dict(zip(part["place_code"].astype(str), part["place_name"].astype(str)))
    return [names.get(c, "") if names.get(c, "") not in ("", "nan") else c for c in codes]


def _polygon_path(poly, MplPath, readonly: bool = False):
    """A shapely polygon (with holes) as one matplotlib Path (`readonly`: one that maps share, never changed).

    >>> from matplotlib.path import Path as MplPath
    >>> from shapely.geometry import Polygon
    >>> path = _polygon_path(Polygon([(0, 0), (1, 0), (1, 1)]), MplPath, readonly=True)
    >>> path.vertices.tolist(), path.codes.tolist(), path.vertices.flags.writeable
    ([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]], [1, 2, 2, 79], False)
    """
    import numpy as np

    rings = [np.asarray(poly.exterior.coords)] + [np.asarray(r.coords) for r in poly.interiors]
    vertices = np.concatenate(rings)
    codes = np.concatenate([[MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 2) + [MplPath.CLOSEPOLY] for r in rings])
    return MplPath(vertices, codes, readonly=readonly)
