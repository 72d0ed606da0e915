"""Stage 7, charts: the indicators as bars — one indicator over many places, or every indicator for a few places."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pandas as pd

from ..formatting import NO_DENOMINATOR_MARK, NOT_REPORTED_MARK, format_rate, format_value, shown_approx
from .captions import _caption, _compact_tick, _two_lines, indicator_caption, set_aside_note, source_line
from .fonts import use_cjk_font
from .style import BAR_COLOUR, LOWER_COLOUR, TOP

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def ranked(ind: pd.DataFrame, indicator_id: str, per_capita: bool = False) -> pd.DataFrame:
    """One indicator's rows sorted for a chart: values high to low, then no denominator, then not reported.

    >>> ind = pd.DataFrame(dict(indicator_id=["x"] * 3, place_code=["1", "2", "3"], value=[5.0, float("nan"), 9.0],
    ...     per_10k=[1.0, float("nan"), float("nan")]))
    >>> ranked(ind, "x")["place_code"].tolist(), ranked(ind, "x", per_capita=True)["place_code"].tolist()
    (['3', '1', '2'], ['1', '3', '2'])
    """
    part = ind[ind["indicator_id"] == indicator_id].copy()
    column = "per_10k" if per_capita else "value"
    part["_group"] = [0 if pd.notna(r) else (1 if pd.notna(v) else 2) for r, v in zip(part[column], part["value"])]
    part["_key"] = -part[column].fillna(0)
    return part.sort_values(["_group", "_key", "place_code"], kind="stable").drop(columns=["_group", "_key"])


def drawn(part: pd.DataFrame, per_capita: bool = False, top: int = TOP) -> pd.DataFrame:
    """The rows of a ranked indicator (`ranked`) that its chart draws: all of them when they fit (gaps shown as
    "not reported"), else the `top` largest values only (the gaps of a long list are counted, not drawn).

    >>> ind = pd.DataFrame(dict(indicator_id=["x"] * 3, place_code=["1", "2", "3"], value=[5.0, float("nan"), 9.0]))
    >>> drawn(ranked(ind, "x"))["place_code"].tolist(), drawn(ranked(ind, "x"), top=2)["place_code"].tolist()
    (['3', '1', '2'], ['3', '1'])
    """
    column = "per_10k" if per_capita else "value"
    if len(part) <= top:
        return part
    shown = part.iloc[:top]
    return shown[shown[column].notna()]


def rest_table(ind: pd.DataFrame, indicator_id: str, per_capita: bool = False, top: int = TOP) -> pd.DataFrame:
    """Every place the chart leaves out, as printed: place, value, status (written as tables/rest_<indicator>.csv).

    Empty for a per-10,000 table of an indicator not divided by population (there is no such chart).

    >>> ind = pd.DataFrame(dict(indicator_id=["x"] * 3, place_code=["1", "2", "3"], place_name=["甲", "乙", "丙"],
    ...     value=[5.0, float("nan"), 9.0], approx=["exact", "", "more_than"], per_10k=[1.0, float("nan"), 2.0],
    ...     per_capita=[True] * 3))
    >>> rest_table(ind, "x", top=1).values.tolist()
    [['1', '甲', '5'], ['2', '乙', 'not reported 未报告']]
    >>> len(rest_table(ind.assign(per_capita=False), "x", per_capita=True, top=1))
    0
    """
    part = ranked(ind, indicator_id, per_capita)
    columns = ["place_code", "place_name", "per 10,000" if per_capita else "value"]
    if per_capita and "per_capita" in part and not part["per_capita"].astype(bool).any():
        return pd.DataFrame(columns=columns)
    part = part.drop(index=drawn(part, per_capita, top).index)
    bounds = part["bound"] if "bound" in part else [""] * len(part)
    approx = [shown_approx(str(a), str(b)) for a, b in zip(part["approx"], bounds)]
    if per_capita:
        shown = [format_rate(v, r, a) for v, r, a in zip(part["value"], part["per_10k"], approx)]
    else:
        shown = [format_value(v, a) for v, a in zip(part["value"], approx)]
    return pd.DataFrame(dict(zip(columns, [part["place_code"].tolist(), part["place_name"].tolist(), shown])),
                        columns=columns)


def _bar(ax, y: float, row: "pd.Series", column: str, per_capita: bool, size: float) -> None:
    """One place's bar: a gap says why it is empty (not reported, no denominator); a lower bound is
    lighter and ends in ▶ and its figure is printed with ≥; else as reported (~ for "about")."""
    value = row[column]
    if pd.isna(value):
        mark = NO_DENOMINATOR_MARK if per_capita and pd.notna(row["value"]) else NOT_REPORTED_MARK
        ax.text(0.01, y, mark, transform=ax.get_yaxis_transform(), va="center", fontsize=size,
                color="#666666", style="italic")
        return
    lower = row.get("bound", "") == "lower_bound"
    ax.barh(y, value, height=0.65, color=LOWER_COLOUR if lower else BAR_COLOUR)
    if lower:
        ax.plot([value], [y], marker=">", color=BAR_COLOUR, markersize=size - 2.5)
    ax.text(value, y, "  " + format_value(float(value), shown_approx(str(row["approx"]), str(row.get("bound", "")))),
            va="center", fontsize=size)


def indicator_chart(ind: pd.DataFrame, indicator_id: str, per_capita: bool = False, top: int = TOP,
                    documents_df: pd.DataFrame | None = None) -> "Figure":
    """One indicator, one bar per place (its `top` largest), sorted; its height grows with the places.

    Lower bounds are lighter bars ending in ▶ ("at least"); places without a value are
    listed as "not reported" or, per 10,000, "no denominator" when there is room, else
    counted in the caption (and listed by `rest_table`).
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    use_cjk_font()
    column = "per_10k" if per_capita else "value"
    part = ranked(ind, indicator_id, per_capita)
    if not part[column].notna().any():
        return _no_values_chart(part, per_capita, top, documents_df)
    shown = drawn(part, per_capita, top)  # room is for values: the gaps of a long list are counted, not drawn
    n = max(len(shown), 1)
    fig, ax = plt.subplots(figsize=(8.5, 0.26 * n + 3.2))
    y = list(range(len(shown)))[::-1]
    for yy, (_, row) in zip(y, shown.iterrows()):
        _bar(ax, yy, row, column, per_capita, size=7.5)
    ax.set_yticks(y, [_two_lines(str(p) or c, 24) for p, c in zip(shown["place_name"], shown["place_code"])],
                  fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    values = shown[column].dropna().astype(float)
    positive = values[values > 0]
    if len(positive) > 1 and positive.max() / positive.min() > 1000:
        ax.set_xscale("log")
    top_value = positive.max() if len(positive) else 1.0
    ax.set_xlim(left=(positive.min() / 2 if ax.get_xscale() == "log" else 0),
                right=top_value * (8 if ax.get_xscale() == "log" else 1.3))
    ax.xaxis.set_major_formatter(FuncFormatter(_compact_tick))
    ax.tick_params(axis="x", labelsize=7)
    first = part.iloc[0] if len(part) else None
    whole_ticks(ax, "" if first is None else str(first["unit"]), per_capita, has_values=True)
    unit = "" if first is None else (f"{first['unit']} per 10,000 residents" if per_capita else str(first["unit"]))
    ax.set_xlabel(unit + (" (log scale)" if ax.get_xscale() == "log" else ""), fontsize=8)
    label = "" if first is None else f"{first['label_zh']} {first['label_en']}"
    ax.set_title(label + (" — per 10,000 residents 每万常住人口" if per_capita else " — as reported 报道数字"), fontsize=10)
    fig.subplots_adjust(left=2.0 / fig.get_figwidth(), right=0.96, top=1 - 0.45 / fig.get_figheight())
    _caption(fig, *indicator_caption(part, per_capita, top, documents_df))
    return fig


def _no_values_chart(part: pd.DataFrame, per_capita: bool, top: int, documents_df: pd.DataFrame | None) -> "Figure":
    """An indicator no place has a value for: the plot says so in words (no empty axes)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8.5, 3.6))
    ax.set_axis_off()
    first = part.iloc[0] if len(part) else None
    label = "" if first is None else f"{first['label_zh']} {first['label_en']}"
    ax.set_title(label + (" — per 10,000 residents 每万常住人口" if per_capita else " — as reported 报道数字"), fontsize=10)
    n = len(part)
    with_figure = int(part["value"].notna().sum())
    if per_capita and with_figure:
        message = (f"No place has a rate: {with_figure} of the {n} places have the figure but no population to "
                   "divide it by\n无人口数，无法计算每万人比率")
    else:
        message = f"No report gives this figure for any of the {n} place{'s' if n != 1 else ''} (not zero)\n无报道给出此数字（不是零）"
    ax.text(0.5, 0.55, message, ha="center", va="center", fontsize=10, color="#444444", transform=ax.transAxes)
    fig.subplots_adjust(top=0.88)
    _caption(fig, *indicator_caption(part, per_capita, top, documents_df))
    return fig


# The panels' title: the indicators are the Party's mobilization and, since round t12m, the public funds governments
# put in (public_funds), so the title names both.
PANELS_TITLE = "Party mobilization and public funds by place 各地党组织动员与财政投入"
MONEY_UNITS = frozenset({"yuan"})  # the units of data/indicators.csv that are sums, not counts


def whole_ticks(ax, unit: str, per_capita: bool, has_values: bool) -> None:
    """The x axis of a count (organizations, persons, villages: not money, not a rate) has whole-number ticks; an
    axis with no value to measure (every place "not reported") has none (no 0–1.4 scale of fractional organizations).

    >>> import matplotlib; _ = matplotlib.use("Agg"); import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots(); _ = ax.set_xlim(0, 1.4)
    >>> whole_ticks(ax, "organizations", False, has_values=True); [float(t) for t in ax.get_xticks()]
    [0.0, 1.0, 2.0]
    >>> whole_ticks(ax, "organizations", False, has_values=False); list(ax.get_xticks())
    []
    >>> plt.close(fig)
    """
    from matplotlib.ticker import MaxNLocator, NullLocator

    if not has_values:
        ax.xaxis.set_major_locator(NullLocator())
    elif unit not in MONEY_UNITS and not per_capita and ax.get_xscale() == "linear":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def indicator_panels(ind: pd.DataFrame, per_capita: bool = False, documents_df: pd.DataFrame | None = None,
                     most_places: int = 12) -> "Figure":
    """Every indicator side by side (small multiples), for a few places (at most `most_places`)."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    use_cjk_font()
    column = "per_10k" if per_capita else "value"
    ids = list(dict.fromkeys(ind["indicator_id"]))
    if per_capita:
        ids = [i for i in ids if ind.loc[ind["indicator_id"] == i, "per_capita"].astype(bool).any()]
    places = list(dict.fromkeys(ind["place_code"]))[:most_places]
    names = dict(zip(ind["place_code"], ind["place_name"]))
    ncols = min(len(ids), 3) or 1
    nrows = max(1, math.ceil(len(ids) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.0 * ncols + 1.8, (0.28 * len(places) + 1.2) * nrows + 2.2),
                             squeeze=False)
    for ax in axes.flat[len(ids):]:
        ax.remove()
    for k, (ax, ind_id) in enumerate(zip(axes.flat, ids)):
        part = ind[ind["indicator_id"] == ind_id].set_index("place_code").reindex(places)
        y = list(range(len(places)))[::-1]
        for yy, (code, row) in zip(y, part.iterrows()):
            _bar(ax, yy, row, column, per_capita, size=7)
        ax.set_yticks(y, [_two_lines(names.get(p, p)) for p in places] if k % ncols == 0 else [], fontsize=8)
        ax.set_ylim(-0.6, len(places) - 0.4)
        positive = part[column].dropna().astype(float)
        positive = positive[positive > 0]
        if len(positive) > 1 and positive.max() / positive.min() > 100:
            ax.set_xscale("log")
        ax.set_xlim(right=(positive.max() if len(positive) else 1.0) * (6 if ax.get_xscale() == "log" else 1.4))
        first = ind[ind["indicator_id"] == ind_id].iloc[0]
        ax.set_title(f"{first['label_zh']} {first['label_en']}", fontsize=9)
        unit = f"{first['unit']} per 10,000 residents" if per_capita else str(first["unit"])
        ax.set_xlabel(unit + (" (log scale)" if ax.get_xscale() == "log" else ""), fontsize=8)
        ax.xaxis.set_major_formatter(FuncFormatter(_compact_tick))
        ax.tick_params(axis="x", labelsize=7)
        whole_ticks(ax, str(first["unit"]), per_capita, has_values=len(positive) > 0)
    fig.subplots_adjust(left=1.6 / fig.get_figwidth(), right=0.97, top=1 - 0.75 / fig.get_figheight(),
                        hspace=0.8, wspace=0.12)
    fig.suptitle(PANELS_TITLE + (" — per 10,000 residents 每万常住人口" if per_capita
                 else " — as reported 报道数字"), fontsize=11)
    shown = ind[ind["place_code"].isin(places)]
    left_out = len(set(ind["place_code"])) - len(places)
    notes = [f"{len(places)} places" + (f" (and {left_out} more: see the one-indicator charts)" if left_out else "") +
             ". Lighter bars ending in ▶, printed ≥, are lower bounds; ~ marks approximate figures. "
             "'not reported': no report gives the figure (not zero)" +
             ("; 'no denominator': a figure but no population." if per_capita else ".")]
    levels = shown.drop_duplicates("place_code")["place_level"].astype(str).value_counts()
    if len(levels) > 1:
        notes.append("Not like for like: places of different levels (" +
                     ", ".join(f"{v} {k}" for k, v in levels.items()) + ").")
    used = [d.split("@")[0] for cell in shown["sources"] for d in str(cell).split("; ") if "@" in d]
    _caption(fig, source_line(used, documents_df), *notes, set_aside_note(documents_df))
    return fig
