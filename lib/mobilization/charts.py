"""Stage 7, charts: tables → matplotlib figures with Chinese labels, honest gaps and captions.

Every chart function takes DataFrames and returns a `Figure` (nothing is shown or saved),
so tests can inspect it. Rules every chart follows:

- Chinese through a real CJK font (`use_cjk_font`): a system Noto Sans CJK SC / Source Han
  Sans SC if installed, else the OFL Noto Sans SC of the pip package pylopdf-fonts-zh-cn;
  Latin text stays in DejaVu Sans. No font: `CJKFontError`, never tofu.
- Any number of places (1 to 300): a chart grows with its rows, sorts them, draws the top
  `TOP` and leaves the rest to a table (`rest_table`); the caption says how many are left out.
- A value no report gives is "not reported", a value without population "no denominator",
  neither drawn as 0; a lower bound is drawn open-ended (a lighter bar ending in ▶).
- Dates at their precision: a month-only or year-only date is a span, never its first day.
- Captions are built from the data: the reports, their dates, the denominators and rules used.
- `prefecture_map`: prefecture-level units shaded by an indicator per 10,000 residents,
  boundaries from data/prefecture_boundaries_2020.csv (MIT, Lei Dong's China Census).

`save_figure(fig, stem)` writes figures/<stem>.png and .svg, each whole or not at all.
"""
from __future__ import annotations

import math
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from .formatting import NO_DENOMINATOR_MARK, NOT_REPORTED_MARK, format_rate, format_value  # noqa: F401 - re-exported
from .outputs import atomic_path

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# System faces first (better hinting, full coverage), then the face the pip package ships.
PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC")
CATEGORIES = ("organization", "personnel", "funds", "coverage", "activity", "supplies", "other")
CATEGORY_LABELS = {"organization": "组织 organization", "personnel": "人员 personnel", "funds": "资金 funds",
                   "coverage": "覆盖 coverage", "activity": "活动 activity", "supplies": "物资 supplies",
                   "other": "其他 other"}
# Colour-blind-safe (Okabe–Ito), one fixed colour per category so charts can be compared.
CATEGORY_COLOURS = {"organization": "#D55E00", "personnel": "#0072B2", "funds": "#E69F00", "coverage": "#009E73",
                    "activity": "#CC79A7", "supplies": "#56B4E9", "other": "#999999"}
BAR_COLOUR = "#B03A2E"
LOWER_COLOUR = "#E6A49C"
MISSING_COLOUR = "#DDDDDD"
TOP = 40  # bars drawn per chart; the rest go to a table
FIGURES_DIR = Path(__file__).resolve().parents[2] / "figures"

_family: str | None = None


class CJKFontError(RuntimeError):
    """No font that can draw Chinese was found (neither a system CJK font nor the pip-installed one)."""


# ---------------------------------------------------------------------------- font

def use_cjk_font() -> str:
    """Make matplotlib draw Chinese; return the CJK family used. Cheap to call again.

    font.family becomes ["DejaVu Sans", <CJK family>]: Latin letters and digits from
    DejaVu, every glyph DejaVu lacks from the CJK face.

    >>> use_cjk_font() in PREFERRED_FAMILIES
    True
    >>> import matplotlib; matplotlib.rcParams["font.family"][0]
    'DejaVu Sans'
    """
    import matplotlib

    global _family
    if _family is None:
        _family = find_cjk_family()
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", _family]
    return _family


def find_cjk_family(preferred: Iterable[str] = PREFERRED_FAMILIES, bundled: Path | None = None) -> str:
    """The first installed family of `preferred`, else the bundled Noto Sans SC (registered).

    Debian's NotoSansCJK-Regular.ttc holds several faces (the first is Japanese): asking
    for "Noto Sans CJK SC" by name picks the Simplified Chinese one.

    >>> find_cjk_family(["No Such Font"], bundled=Path("/no/such.otf"))
    Traceback (most recent call last):
    ...
    mobilization.charts.CJKFontError: no CJK font: none of No Such Font is installed and /no/such.otf does not exist (pip install pylopdf-fonts-zh-cn)
    """
    from matplotlib import font_manager

    preferred = tuple(preferred)
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in preferred:
        if name in installed:
            return name
    path = bundled if bundled is not None else _bundled_font()
    if path is None or not path.is_file():
        raise CJKFontError(f"no CJK font: none of {', '.join(preferred)} is installed and "
                           f"{path or 'pylopdf_fonts_zh_cn'} does not exist (pip install pylopdf-fonts-zh-cn)")
    if str(path) not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _bundled_font() -> Path | None:
    try:
        import pylopdf_fonts_zh_cn
    except ImportError:
        return None
    return Path(pylopdf_fonts_zh_cn.__file__).with_name("NotoSansSC-Regular.otf")


# ---------------------------------------------------------------------------- labels

def place_label(zh: str, en: str) -> str:
    """Chinese name with the English beside it.

    >>> place_label("市南区", "Shinan"), place_label("", "Shinan")
    ('市南区 Shinan', 'Shinan')
    """
    return " ".join(p for p in (zh, en) if p)


def _two_lines(label: str, longest: int = 16) -> str:
    """Break a long 'Chinese English' label after the Chinese name."""
    return label.replace(" ", "\n", 1) if len(label) > longest else label


def _caption(fig: "Figure", *paragraphs: str) -> None:
    """Write the caption under the axes (wrapped to the figure's width), leaving room for it."""
    width = int(fig.get_figwidth() * 16)
    lines = [ln for p in paragraphs if p for ln in wrap_display(p, width)]
    height_in = 0.15 * len(lines) + 0.1
    fig.text(0.01, 0.01, "\n".join(lines), fontsize=7.5, ha="left", va="bottom", color="#333333")
    fig.subplots_adjust(bottom=min(0.6, (height_in + 0.6) / fig.get_figheight()))


def display_width(text: str) -> int:
    """Columns `text` takes: Chinese characters (East Asian wide/full-width) count twice.

    >>> display_width("市南区 Shinan")
    13
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_display(text: str, width: int) -> list[str]:
    """Wrap at spaces so that no line is wider than `width` columns (Chinese counts double).

    >>> wrap_display("Sources: 000 慈善公益报 2020-02-19; 001 山西组工 2020-02-04.", 30)
    ['Sources: 000 慈善公益报', '2020-02-19; 001 山西组工', '2020-02-04.']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and display_width(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _compact_tick(value: float, _pos=None) -> str:
    """Axis tick text: 20 M rather than 2e7 and an offset label.

    >>> _compact_tick(2e7), _compact_tick(2500.0), _compact_tick(0.5)
    ('20 M', '2,500', '0.5')
    """
    if abs(value) >= 1e6:
        return f"{value / 1e6:g} M"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:g}"


def source_line(doc_ids: Iterable[str], documents_df: pd.DataFrame | None = None, most: int = 8) -> str:
    """'Sources: N reports, dated … to …: doc (date), …' built from the documents table.

    >>> d = pd.DataFrame(dict(doc=["a", "b"], date=["2020-02-19", "2020"], date_precision=["day", "year"]))
    >>> source_line(["b", "a"], d)
    'Sources: 2 reports: a (2020-02-19); b (2020, year only).'
    >>> source_line([], d)
    'Sources: no report.'
    """
    docs = sorted(set(doc_ids))
    if not docs:
        return "Sources: no report."
    meta = documents_df.set_index("doc") if documents_df is not None and len(documents_df) else None
    parts = []
    for doc in docs[:most]:
        if meta is not None and doc in meta.index and str(meta.at[doc, "date"] or "") not in ("", "nan"):
            precision = str(meta.at[doc, "date_precision"])
            note = f", {precision} only" if precision in ("month", "year") else ""
            parts.append(f"{doc} ({meta.at[doc, 'date']}{note})")
        else:
            parts.append(f"{doc} (undated)")
    more = f"; and {len(docs) - most} more (see the documents table)" if len(docs) > most else ""
    return f"Sources: {len(docs)} report{'s' if len(docs) != 1 else ''}: " + "; ".join(parts) + more + "."


# ---------------------------------------------------------------------------- indicators

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


def rest_table(ind: pd.DataFrame, indicator_id: str, per_capita: bool = False, top: int = TOP) -> pd.DataFrame:
    """The places a chart leaves out (beyond its top `top`), as printed: place, value, status.

    >>> ind = pd.DataFrame(dict(indicator_id=["x"] * 3, place_code=["1", "2", "3"], place_name=["甲", "乙", "丙"],
    ...     value=[5.0, float("nan"), 9.0], approx=["exact", "", "more_than"], per_10k=[1.0, float("nan"), 2.0]))
    >>> rest_table(ind, "x", top=1).values.tolist()
    [['1', '甲', '5'], ['2', '乙', 'not reported 未报告']]
    """
    part = ranked(ind, indicator_id, per_capita).iloc[top:]
    if per_capita:
        shown = [format_rate(v, r, a) for v, r, a in zip(part["value"], part["per_10k"], part["approx"])]
    else:
        shown = [format_value(v, a) for v, a in zip(part["value"], part["approx"])]
    return pd.DataFrame({"place_code": part["place_code"].tolist(), "place_name": part["place_name"].tolist(),
                         "per 10,000" if per_capita else "value": shown})


def _bar(ax, y: float, row: "pd.Series", column: str, per_capita: bool, size: float) -> None:
    """One place's bar: a gap says why it is empty (not reported, no denominator); a lower bound is
    lighter and ends in ▶; the figure is printed as reported (≥ for "more than", ~ for "about")."""
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
    ax.text(value, y, "  " + format_value(float(value), str(row["approx"])), va="center", fontsize=size)


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
    shown = part.iloc[:top]
    valued = shown[shown[column].notna()]
    if len(part) > top:  # room is for values: the gaps of a long list are counted, not drawn
        shown = valued
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
    unit = "" if first is None else (f"{first['unit']} per 10,000 residents" if per_capita else str(first["unit"]))
    ax.set_xlabel(unit + (" (log scale)" if ax.get_xscale() == "log" else ""), fontsize=8)
    label = "" if first is None else f"{first['label_zh']} {first['label_en']}"
    ax.set_title(label + (" — per 10,000 residents 每万常住人口" if per_capita else " — as reported 报道数字"), fontsize=10)
    fig.subplots_adjust(left=2.0 / fig.get_figwidth(), right=0.96, top=1 - 0.45 / fig.get_figheight())
    _caption(fig, *indicator_caption(part, per_capita, top, documents_df))
    return fig


def indicator_caption(part: pd.DataFrame, per_capita: bool, top: int,
                      documents_df: pd.DataFrame | None = None) -> list[str]:
    """The caption of one indicator chart, from its rows: counts, gaps, bounds, rules, denominators, sources.

    >>> part = pd.DataFrame(dict(place_code=["1", "2"], value=[5.0, float("nan")], per_10k=[1.0, float("nan")],
    ...     bound=["lower_bound", ""], rule_applied=["largest figure of 2", ""], docs=["a", "b"], sources=["a@1:2 5名", ""],
    ...     denominator_status=["census", "census"], place_level=["county", "county"]))
    >>> indicator_caption(part, False, 40)[0]
    '2 places: 1 with a value (1 of them a lower bound, ▶), 1 not reported (no report gives the figure: not zero).'
    """
    column = "per_10k" if per_capita else "value"
    n = len(part)
    valued = int(part[column].notna().sum())
    no_report = int(part["value"].isna().sum())
    no_denominator = int((part["value"].notna() & part[column].isna()).sum()) if per_capita else 0
    lower = int((part["bound"] == "lower_bound").sum())
    about = int((part["bound"] == "about").sum())
    counts = [f"{valued} with a value" + (f" ({lower} of them a lower bound, ▶)" if lower else "")]
    if about:
        counts.append(f"{about} approximate (~)")
    if no_denominator:
        counts.append(f"{no_denominator} with a value but no denominator (no population for the place)")
    if no_report:
        counts.append(f"{no_report} not reported (no report gives the figure: not zero)")
    lines = [f"{n} place{'s' if n != 1 else ''}: " + ", ".join(counts) + "."]
    if n > top:
        lines.append(f"The chart draws the {min(top, valued)} largest; the other {n - min(top, valued)} places are in "
                     "the table of the rest (charts.rest_table).")
    rules = part["rule_applied"][part["rule_applied"].astype(str) != ""].astype(str)
    if len(rules):
        common = rules.map(rule_kind).value_counts()
        lines.append("How values were combined: " + "; ".join(f"{k} ({v})" for k, v in common.items()) +
                     ". Within a report a stated total is used, never added to its parts; copies of one story "
                     "count once; several reports of a place give their largest value (a lower bound).")
    levels = part["place_level"].astype(str).value_counts() if "place_level" in part else pd.Series(dtype=int)
    if len(levels) > 1:
        lines.append("Not like for like: the places are of different levels (" +
                     ", ".join(f"{v} {k}" for k, v in levels.items()) + ").")
    if per_capita and "denominator_status" in part:
        status = part.loc[part["value"].notna(), "denominator_status"].astype(str).value_counts()
        if len(status):
            lines.append("Denominators: " + ", ".join(f"{v} {k}" for k, v in status.items()) +
                         " (census = 2020 census residents of the place; curated = data/denominators.csv, "
                         "where the census unit is not the population served).")
    used = [d.split("@")[0] for cell in part.get("sources", []) for d in str(cell).split("; ") if "@" in d]
    lines.append(source_line(used, documents_df))
    return lines


def rule_kind(rule_applied: str) -> str:
    """The short name of how a value was combined (for captions), from the `rule_applied` text.

    >>> rule_kind("largest of 2 reports (stated total)"), rule_kind("largest figure, the largest of 4 figures")
    ('largest of several reports', 'largest figure')
    >>> rule_kind("stated total, 2 parts not added"), rule_kind("sum of 3 parts (no total stated)")
    ('stated total', 'sum of parts')
    """
    text = str(rule_applied)
    for start, name in (("largest of", "largest of several reports"), ("stated total", "stated total"),
                        ("the figure that is the sum", "a figure equal to the sum of the others"),
                        ("sum of distinct", "sum of distinct figures"), ("sum of", "sum of parts"),
                        ("largest figure", "largest figure"), ("one figure", "one figure")):
        if text.startswith(start):
            return name
    return text


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
    fig.subplots_adjust(left=1.6 / fig.get_figwidth(), right=0.97, top=1 - 0.75 / fig.get_figheight(),
                        hspace=0.8, wspace=0.12)
    fig.suptitle("Party mobilization by place 各地党组织动员规模" + (" — per 10,000 residents 每万常住人口" if per_capita
                 else " — as reported 报道数字"), fontsize=11)
    shown = ind[ind["place_code"].isin(places)]
    left_out = len(set(ind["place_code"])) - len(places)
    notes = [f"{len(places)} places" + (f" (and {left_out} more: see the one-indicator charts)" if left_out else "") +
             ". Lighter bars ending in ▶ are lower bounds; ≥ marks 'more than' figures, ~ approximate ones. "
             "'not reported': no report gives the figure (not zero)" +
             ("; 'no denominator': a figure but no population." if per_capita else ".")]
    levels = shown.drop_duplicates("place_code")["place_level"].astype(str).value_counts()
    if len(levels) > 1:
        notes.append("Not like for like: places of different levels (" +
                     ", ".join(f"{v} {k}" for k, v in levels.items()) + ").")
    used = [d.split("@")[0] for cell in shown["sources"] for d in str(cell).split("; ") if "@" in d]
    _caption(fig, source_line(used, documents_df), *notes)
    return fig


# ---------------------------------------------------------------------------- composition

def composition_chart(facts_df: pd.DataFrame, documents_df: pd.DataFrame, top: int = TOP) -> "Figure":
    """How many distinct figures (facts, repeats merged) each place reports, by category (the `top` places with most).

    Counts of figures, not their sizes. A place with reports but no facts is marked "not reported".
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    from .tables import place_list

    places = place_list(documents_df)
    doc_place = {d: c for c, cell in zip(places["place_code"], places["docs"]) for d in cell.split("; ")}
    f = facts_df.assign(_place=facts_df["doc"].map(doc_place)).dropna(subset=["_place"]) if len(facts_df) else None
    counts = f.groupby(["_place", "category"]).size().unstack(fill_value=0) if f is not None and len(f) else \
        pd.DataFrame()
    totals = {c: int(counts.loc[c].sum()) if c in counts.index else 0 for c in places["place_code"]}
    order = sorted(places["place_code"], key=lambda c: (-totals[c], c))[:top]
    names = dict(zip(places["place_code"], places["place_name"]))
    fig, ax = plt.subplots(figsize=(9, 0.26 * max(len(order), 1) + 2.8))
    y = list(range(len(order)))[::-1]
    left = [0] * len(order)
    for cat in CATEGORIES:
        widths = [int(counts.loc[p, cat]) if p in counts.index and cat in counts.columns else 0 for p in order]
        if not any(widths):
            continue
        drawn = [(yy, lft, w) for yy, lft, w in zip(y, left, widths) if w]  # no zero-width bars
        ax.barh([d[0] for d in drawn], [d[2] for d in drawn], left=[d[1] for d in drawn],
                color=CATEGORY_COLOURS[cat], label=CATEGORY_LABELS[cat], height=0.6)
        if len(order) <= 15:
            for yy, lft, w in drawn:
                ax.text(lft + w / 2, yy, str(w), ha="center", va="center", fontsize=7, color="white")
        left = [a + b for a, b in zip(left, widths)]
    ax.set_xlim(0, max(left + [1]) * 1.05)
    ax.tick_params(axis="x", labelsize=8)
    for yy, total in zip(y, left):
        if not total:
            ax.text(0.01, yy, NOT_REPORTED_MARK, transform=ax.get_yaxis_transform(), va="center", fontsize=8,
                    color="#666666", style="italic")
    ax.set_yticks(y, [_two_lines(names.get(p) or p, 24) for p in order], fontsize=8)
    ax.set_ylim(-0.7, max(len(order), 1) - 0.3)
    ax.set_xlabel("distinct figures reported (facts; repeated mentions merged)", fontsize=8)
    ax.set_title("What the reports count 报道数字的类别", fontsize=11)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.subplots_adjust(left=2.0 / fig.get_figwidth(), right=0.8, top=1 - 0.45 / fig.get_figheight())
    left_out = len(places) - len(order)
    _caption(fig, source_line(f["doc"] if f is not None else [], documents_df),
             f"{len(order)} places" + (f" with the most figures (and {left_out} more)" if left_out else "") +
             ". Each bar counts the distinct figures a place's reports give, by the extractor's category; it says "
             "nothing about their size. Reports differ in length and emphasis, so more figures is not more mobilization.")
    return fig


# ---------------------------------------------------------------------------- timeline

def date_span(date: str, precision: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The time a date at its precision covers: a day, a month or a whole year (never just its first day).

    >>> [str(t.date()) for t in date_span("2020", "year")], [str(t.date()) for t in date_span("2020-03", "month")]
    (['2020-01-01', '2021-01-01'], ['2020-03-01', '2020-04-01'])
    >>> date_span("", "") is None
    True
    """
    date = str(date or "")
    if not date or date == "nan":
        return None
    if precision == "year" or len(date) == 4:
        start = pd.Timestamp(f"{date[:4]}-01-01")
        return start, start + pd.offsets.YearBegin(1)
    if precision == "month" or len(date) == 7:
        start = pd.Timestamp(f"{date[:7]}-01")
        return start, start + pd.offsets.MonthBegin(1)
    day = pd.Timestamp(date[:10])
    return day, day + pd.Timedelta(days=1)


def timeline_chart(documents_df: pd.DataFrame, most_rows: int = 40) -> "Figure":
    """When the reports appeared, each date at its precision: a dot for a day, a hatched span for a month or year.

    Up to `most_rows` documents: one row each (labelled with its place). More: one row per
    month, the number of reports dated to that month (day or month precision), and the
    year-only dates as hatched year spans with their count. Undated reports are counted
    in the caption.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    use_cjk_font()
    docs = documents_df.copy()
    docs["date"] = docs["date"].fillna("").astype(str).replace("nan", "")
    dated = docs[docs["date"] != ""].sort_values(["date", "doc"]).reset_index(drop=True)
    undated = sorted(docs.loc[docs["date"] == "", "doc"])
    precision = dated["date_precision"].astype(str).value_counts()
    if len(dated) <= most_rows:
        fig, ax = plt.subplots(figsize=(9, 0.3 * max(len(dated), 1) + 2.6))
        y = list(range(len(dated)))[::-1]
        for yy, (_, row) in zip(y, dated.iterrows()):
            start, end = date_span(row["date"], row["date_precision"])
            if end - start > pd.Timedelta(days=1):
                ax.barh(yy, end - start, left=start, height=0.5, color="none", edgecolor=BAR_COLOUR, hatch="///")
                ax.text(end, yy, f"  {row['date']} ({row['date_precision']} only)", va="center", fontsize=7)
            else:
                ax.plot([start], [yy], "o", color=BAR_COLOUR)
                ax.text(start, yy, f"  {row['date']}", va="center", fontsize=7)
        labels = [f"{p or '(no place)'} · {d}" for p, d in zip(dated["place_name"].fillna(""), dated["doc"])]
        ax.set_yticks(y, [lab if len(lab) < 40 else lab[:38] + "…" for lab in labels], fontsize=7)
        ax.set_ylim(-0.7, max(len(dated), 1) - 0.3)
        left = 2.6
    else:
        spans = [date_span(d, p) for d, p in zip(dated["date"], dated["date_precision"])]
        months = pd.Series([s[0].to_period("M") for s, p in zip(spans, dated["date_precision"]) if p != "year"])
        counts = months.value_counts().sort_index()
        fig, ax = plt.subplots(figsize=(9, 4.2))
        if len(counts):
            ax.bar([p.to_timestamp() + pd.Timedelta(days=14) for p in counts.index], counts.values, width=25,
                   color=BAR_COLOUR)
        years = pd.Series([s[0].year for s, p in zip(spans, dated["date_precision"]) if p == "year"]).value_counts()
        top = max(counts.max() if len(counts) else 1, 1)
        for year, n in years.items():
            start = pd.Timestamp(f"{year}-01-01")
            ax.bar(start + pd.Timedelta(days=182), top * 0.25, width=365, color="none", edgecolor="#666666",
                   hatch="///")
            ax.text(start + pd.Timedelta(days=182), top * 0.27, f"{n} dated {year} only", ha="center", fontsize=7)
        ax.set_ylabel("reports per month", fontsize=8)
        left = 1.0
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.tick_params(axis="x", labelsize=7)
    ax.set_xlabel("publication date 发布日期", fontsize=8)
    ax.set_title("When the reports appeared 报道时间", fontsize=11)
    fig.subplots_adjust(left=left / fig.get_figwidth(), right=0.95, top=1 - 0.45 / fig.get_figheight())
    known = ", ".join(f"{v} to the {k}" for k, v in precision.items())
    _caption(fig, f"{len(docs)} reports; {len(dated)} dated ({known or 'none'}), {len(undated)} undated"
                  + (f" ({', '.join(undated[:8])}{' …' if len(undated) > 8 else ''})" if undated else "") + ".",
             "Dates are drawn at their precision: a date known only to the month or year is a hatched span over "
             "that month or year, not its first day. " + _span_note(dated))
    return fig


def _span_note(dated: pd.DataFrame) -> str:
    """'They run from … to ….' for the dated documents (empty if none)."""
    if not len(dated):
        return ""
    return f"They run from {dated['date'].min()} to {dated['date'].max()}."


# ---------------------------------------------------------------------------- map

BOUNDARIES = "prefecture_boundaries_2020.csv"


def boundaries() -> pd.DataFrame:
    """Prefecture-level units with 2020 population and WKT boundary (data/prefecture_boundaries_2020.csv).

    >>> b = boundaries(); len(b) > 300, b.set_index("division_code").at["441600", "prefecture"]
    (True, '河源市')
    """
    from .lexicon import data_dir

    return pd.read_csv(data_dir() / BOUNDARIES, comment="#", dtype={"division_code": str})


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
    >>> map_values(ind, "x", units)[["division_code", "value", "per_10k", "places"]].values.tolist()
    [['441600', 20.0, 2.0, '441600; 441602; 441621']]
    """
    part = ind[ind["indicator_id"] == indicator_id]
    codes = set(units["division_code"])
    part = part.assign(unit=[map_unit(c, codes) for c in part["place_code"]])
    part = part[part["unit"] != ""]
    pop = dict(zip(units["division_code"], units["population_2020"]))
    rows = []
    for unit, group in part.groupby("unit", sort=True):
        own = group.loc[group["place_code"] == unit, "value"].dropna()
        counties = group.loc[group["place_code"] != unit, "value"].dropna()
        candidates = ([float(own.max())] if len(own) else []) + ([float(counties.sum())] if len(counties) else [])
        value = max(candidates) if candidates else math.nan
        rows.append({"division_code": unit, "value": value, "per_10k": value / pop[unit] * 10_000 if pop.get(unit)
                     else math.nan, "places": "; ".join(sorted(group["place_code"]))})
    return pd.DataFrame(rows, columns=["division_code", "value", "per_10k", "places"])


def prefecture_map(ind: pd.DataFrame, indicator_id: str, documents_df: pd.DataFrame | None = None) -> "Figure":
    """Prefecture-level units shaded by an indicator per 10,000 residents (the prefecture's 2020 population).

    Three looks that cannot be confused: a colour (a value), hatched grey (reports, but none
    gives this figure: not reported), white with a thin outline (no report at all).
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import LogNorm, Normalize
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath
    from shapely import wkt

    use_cjk_font()
    units = boundaries()
    values = map_values(ind, indicator_id, units).set_index("division_code")
    rates = values["per_10k"].dropna()
    rates = rates[rates > 0]
    norm = (LogNorm(rates.min(), rates.max()) if len(rates) > 1 and rates.max() / rates.min() > 50
            else Normalize(0, rates.max() if len(rates) else 1))
    cmap = plt.get_cmap("OrRd")
    fig, ax = plt.subplots(figsize=(9, 7.4))
    for code, text in zip(units["division_code"], units["boundary_wkt"]):
        shape = wkt.loads(text)
        if code in values.index and pd.notna(values.at[code, "per_10k"]):
            style = dict(facecolor=cmap(norm(values.at[code, "per_10k"])), edgecolor="#555555", linewidth=0.4)
        elif code in values.index:
            style = dict(facecolor=MISSING_COLOUR, edgecolor="#555555", linewidth=0.4, hatch="////")
        else:
            style = dict(facecolor="white", edgecolor="#BBBBBB", linewidth=0.25)
        for poly in getattr(shape, "geoms", [shape]):
            ax.add_patch(PathPatch(_polygon_path(poly, MplPath), **style))
    ax.set_xlim(73, 136)
    ax.set_ylim(17, 54)
    ax.set_aspect(1.25)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    first = ind[ind["indicator_id"] == indicator_id].iloc[0]
    ax.set_title(f"{first['label_zh']} {first['label_en']} — per 10,000 residents 每万常住人口", fontsize=11)
    mappable = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.55, pad=0.01)
    bar.set_label(f"{first['unit']} per 10,000 residents (prefecture population 2020)", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(facecolor=MISSING_COLOUR, hatch="////", edgecolor="#555555",
                             label="reports, figure not reported 未报告"),
                       Patch(facecolor="white", edgecolor="#BBBBBB", label="no report 无报道")],
              loc="lower left", fontsize=7, frameon=False)
    part = ind[ind["indicator_id"] == indicator_id]
    unmapped = sorted(set(part["place_code"]) - {c for cell in values["places"] for c in cell.split("; ")})
    shaded = int(values["per_10k"].notna().sum())
    used = [d.split("@")[0] for cell in part["sources"] for d in str(cell).split("; ") if "@" in d]
    _caption(fig, f"{shaded} prefecture-level units shaded, {len(values) - shaded} with reports that do not give "
                  f"the figure (hatched), {len(units) - len(values)} without any report (white; not zero).",
             "A county-level place counts toward its prefecture: the prefecture's value is the larger of its own "
             "reports' value and the sum of its counties' values, divided by the prefecture's 2020 census population "
             "(not the place's own denominator). " +
             (f"Not on the map (a province or an unknown code): {', '.join(unmapped)}. " if unmapped else "") +
             "Boundaries: Lei Dong et al., China Census (github.com/leiii/census, MIT), simplified to 0.01°.",
             source_line(used, documents_df))
    fig.subplots_adjust(left=0.02, right=0.98, top=0.95)
    return fig


def _polygon_path(poly, MplPath):
    """A shapely polygon (with holes) as one matplotlib Path."""
    import numpy as np

    rings = [np.asarray(poly.exterior.coords)] + [np.asarray(r.coords) for r in poly.interiors]
    vertices = np.concatenate(rings)
    codes = np.concatenate([[MplPath.MOVETO] + [MplPath.LINETO] * (len(r) - 2) + [MplPath.CLOSEPOLY] for r in rings])
    return MplPath(vertices, codes)


# ---------------------------------------------------------------------------- saving

def save_figure(fig: "Figure", stem: str, folder: str | Path | None = None,
                formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Write <folder>/<stem>.png and .svg (default folder: figures/), each atomically.

    Metadata that changes from run to run (dates, software version) is left out.
    """
    import matplotlib

    folder = FIGURES_DIR if folder is None else Path(folder)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": "mobilization"}):
        for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            if fmt not in formats:
                continue
            path = folder / f"{stem}.{fmt}"
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format=fmt, dpi=150, metadata=meta)
            written.append(path)
    return written
