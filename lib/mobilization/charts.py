"""Stage 7, charts: tables → matplotlib figures with Chinese labels, honest gaps and captions.

Every chart function takes DataFrames and returns a `Figure` (nothing is shown or saved),
so tests can inspect it. Rules every chart follows:

- Chinese through a real CJK font (`use_cjk_font`): a system Noto Sans CJK SC / Source Han
  Sans SC if installed, else the OFL Noto Sans SC of the pip package pylopdf-fonts-zh-cn;
  Latin text stays in DejaVu Sans. No font: `CJKFontError`, never tofu.
- Places labelled in Chinese with English beside (市南区 Shinan).
- A value no report gives is written "not reported" on the chart, never drawn as 0.
- The caption (text under the axes) names the source reports and the comparability caveats.

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
COMPARABILITY = ("Not like for like: the reporting units differ in level (a district, a county-level city, a county, "
                 "a prefecture-level city, and Heyuan's committee of city organs, which is not a territory), in date "
                 "(Tanchang reports the 2021 outbreak, the others early 2020) and in what they chose to report.")
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


def source_line(doc_ids: Iterable[str], docs_df: pd.DataFrame | None = None) -> str:
    """'Sources: 000 慈善公益报 2020-02-19; …' for the given documents (data/documents.csv).

    >>> source_line(["004_751d38772c959f59"])
    'Sources: 004 河源本地报纸 (local paper) 2020-03 (month only).'
    """
    if docs_df is None:
        from .tables import documents

        docs_df = documents()
    meta = docs_df.set_index("doc_id")
    parts = []
    for doc in sorted(set(doc_ids)):
        if doc in meta.index:
            row = meta.loc[doc]
            month = " (month only)" if row.get("date_precision", "day") == "month" else ""
            parts.append(f"{doc[:3]} {row['outlet']} {row['date']}{month}")
        else:
            parts.append(doc)
    return "Sources: " + "; ".join(parts) + "."


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


# ---------------------------------------------------------------------------- indicators

def indicator_chart(ind: pd.DataFrame, per_capita: bool = False, indicator_ids: Iterable[str] | None = None,
                    docs_df: pd.DataFrame | None = None) -> "Figure":
    """One panel per indicator, one bar per place: absolute values or per 10,000 residents.

    `ind` is the indicators table (tables.INDICATOR_COLUMNS). A panel whose values span
    more than two orders of magnitude uses a log scale. Missing values get the text
    "not reported 未报告" in place of a bar.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    column = "per_10k" if per_capita else "value"
    ids = list(dict.fromkeys(ind["indicator_id"])) if indicator_ids is None else list(indicator_ids)
    if per_capita:
        capita = set(ind.loc[ind["denominator"].notna(), "indicator_id"])
        ids = [i for i in ids if i in capita]
    place_order = list(dict.fromkeys(ind["place_id"]))
    ncols = min(len(ids), 3) or 1
    nrows = max(1, math.ceil(len(ids) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.0 * ncols + 1.8, 2.3 * nrows + 2.0), squeeze=False)
    for ax in axes.flat[len(ids):]:
        ax.remove()
    for k, (ax, ind_id) in enumerate(zip(axes.flat, ids)):
        part = ind[ind["indicator_id"] == ind_id].set_index("place_id").reindex(place_order)
        _bar_panel(ax, part, column, per_capita, show_places=k % ncols == 0)
    fig.subplots_adjust(left=1.5 / fig.get_figwidth(), right=0.97, top=1 - 0.75 / fig.get_figheight(),
                        hspace=0.75, wspace=0.12)
    fig.suptitle("Party mobilization by place 各地党组织动员规模" + (" — per 10,000 residents 每万常住人口" if per_capita
                 else " — as reported 报道数字"), fontsize=11)
    docs = [d for cell in ind["docs"] for d in str(cell).split("; ") if d]
    notes = [COMPARABILITY,
             "Bars: the indicator rules of data/indicators.csv applied to the facts of each report (repeats merged); "
             "'max' indicators are the largest single figure a report gives (a lower bound), 'sum' indicators add "
             "distinct allocations; ≥ marks 'more than' figures."]
    if per_capita:
        notes.append("Denominator: 2020 census residents of the reporting unit (data/denominators.csv); for Heyuan's "
                     "committee of city organs the 703,607 residents of 源城区 Yuancheng, where it worked in 36 "
                     "communities, not the whole city.")
    _caption(fig, source_line(docs, docs_df), *notes)
    return fig


def _bar_panel(ax, part: pd.DataFrame, column: str, per_capita: bool, show_places: bool = True) -> None:
    from matplotlib.ticker import FuncFormatter

    first = part.dropna(subset=["indicator_id"]).iloc[0] if part["indicator_id"].notna().any() else None
    labels = [place_label(z, e) for z, e in zip(part["place_zh"].fillna(""), part["place_en"].fillna(""))]
    labels = [_two_lines(lab or pid) for lab, pid in zip(labels, part.index)]
    values = part[column].astype(float)
    y = list(range(len(part)))[::-1]  # first place on top
    present = values.notna()
    ax.barh([yy for yy, p in zip(y, present) if p], values[present], color=BAR_COLOUR, height=0.6)
    ax.set_yticks(y, labels if show_places else [], fontsize=8)
    ax.set_ylim(-0.6, len(part) - 0.4)
    positive = values[present & (values > 0)]
    if len(positive) and positive.max() / positive.min() > 100:
        ax.set_xscale("log")
    top = positive.max() if len(positive) else 1.0
    ax.set_xlim(right=top * (6 if ax.get_xscale() == "log" else 1.35))
    for yy, (pid, row) in zip(y, part.iterrows()):
        value = row[column]
        if pd.isna(value):
            ax.text(0.02, yy, NOT_REPORTED_MARK, transform=ax.get_yaxis_transform(), va="center", ha="left",
                    fontsize=7.5, color="#666666", style="italic")
        else:
            ax.text(value, yy, " " + format_value(float(value), str(row["approx"])), va="center", ha="left",
                    fontsize=7.5)
    if first is not None:
        ax.set_title(f"{first['label_zh']} {first['label_en']}", fontsize=9)
        unit = f"{first['unit']} per 10,000 residents" if per_capita else str(first["unit"])
        ax.set_xlabel(unit + (" (log scale)" if ax.get_xscale() == "log" else ""), fontsize=8)
    ax.xaxis.set_major_formatter(FuncFormatter(_compact_tick))
    ax.tick_params(axis="x", labelsize=7)


# ---------------------------------------------------------------------------- composition

def composition_chart(facts_df: pd.DataFrame, places_df: pd.DataFrame | None = None,
                      docs_df: pd.DataFrame | None = None) -> "Figure":
    """How many distinct figures (facts, repeats merged) each place reports, by category.

    Counts of figures, not their sizes. A place with no facts is marked "not reported".
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    if places_df is None:
        from .tables import places

        places_df = places()
    counts = (facts_df.groupby(["place_id", "category"]).size().unstack(fill_value=0)
              if len(facts_df) else pd.DataFrame())
    fig, ax = plt.subplots(figsize=(9, 4.6))
    ids = list(places_df["place_id"])
    y = list(range(len(ids)))[::-1]
    left = [0] * len(ids)
    for cat in CATEGORIES:
        widths = [int(counts.loc[p, cat]) if p in counts.index and cat in counts.columns else 0 for p in ids]
        if not any(widths):
            continue
        drawn = [(yy, lft, w) for yy, lft, w in zip(y, left, widths) if w]  # no zero-width bars
        ax.barh([d[0] for d in drawn], [d[2] for d in drawn], left=[d[1] for d in drawn],
                color=CATEGORY_COLOURS[cat], label=CATEGORY_LABELS[cat], height=0.6)
        for yy, lft, w in drawn:
            ax.text(lft + w / 2, yy, str(w), ha="center", va="center", fontsize=7, color="white")
        left = [a + b for a, b in zip(left, widths)]
    ax.set_xlim(0, max(left + [1]) * 1.05)
    ax.tick_params(axis="x", labelsize=8)
    for yy, total in zip(y, left):
        if not total:
            ax.text(0.01, yy, NOT_REPORTED_MARK, transform=ax.get_yaxis_transform(), va="center", fontsize=8,
                    color="#666666", style="italic")
    ax.set_yticks(y, [_two_lines(place_label(z, e)) for z, e in zip(places_df["place_zh"], places_df["place_en"])],
                  fontsize=8)
    ax.set_xlabel("distinct figures reported (facts; repeated mentions merged)", fontsize=8)
    ax.set_title("What the reports count 报道数字的类别", fontsize=11)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.subplots_adjust(left=1.9 / fig.get_figwidth(), right=0.82)
    _caption(fig, source_line(facts_df["doc"] if len(facts_df) else [], docs_df),
             "Each bar counts the distinct figures a report gives, by the extractor's category; it says nothing "
             "about their size. Reports differ in length and emphasis, so more figures is not more mobilization.",
             COMPARABILITY)
    return fig


# ---------------------------------------------------------------------------- timeline

def timeline_chart(docs_df: pd.DataFrame, places_df: pd.DataFrame | None = None) -> "Figure":
    """When each report was published: a dot for a known day, a hatched month for a month-only date."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    use_cjk_font()
    if places_df is None:
        from .tables import places

        places_df = places()
    labels = {p: place_label(z, e) for p, z, e in zip(places_df["place_id"], places_df["place_zh"], places_df["place_en"])}
    docs = docs_df.sort_values(["date", "doc_id"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, 3.8))
    y = list(range(len(docs)))[::-1]
    notes = []
    for yy, (_, row) in zip(y, docs.iterrows()):
        if row.get("date_precision", "day") == "month":
            start = pd.Timestamp(row["date"] + "-01")
            end = start + pd.offsets.MonthBegin(1)
            ax.barh(yy, end - start, left=start, height=0.5, color="none", edgecolor=BAR_COLOUR, hatch="///")
            ax.text(end, yy, f"  {row['date']} (month only 仅知月份)", va="center", fontsize=7.5)
            notes.append(f"{row['doc_id'][:3]} ({labels.get(row['place_id'], row['place_id'])}): {row['date_note']}.")
        else:
            day = pd.Timestamp(row["date"])
            ax.plot([day], [yy], "o", color=BAR_COLOUR)
            ax.text(day, yy, f"  {row['date']}", va="center", fontsize=7.5)
    ax.set_yticks(y, [f"{labels.get(p, p)}\n{o}" for p, o in zip(docs["place_id"], docs["outlet"])], fontsize=7.5)
    fig.subplots_adjust(left=2.3 / fig.get_figwidth(), right=0.97)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 4, 7, 10]))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.tick_params(axis="x", labelsize=7)
    lo = pd.Timestamp(docs["date"].min()[:7] + "-01") - pd.offsets.MonthBegin(1)
    hi = pd.Timestamp(docs["date"].max()[:7] + "-01") + pd.offsets.MonthBegin(4)
    ax.set_xlim(lo, hi)
    ax.set_xlabel("publication date 发布日期", fontsize=8)
    ax.set_title("When the reports appeared 报道时间", fontsize=11)
    _caption(fig, source_line(docs["doc_id"], docs_df),
             "Dates as printed on each page (data/documents.csv). Four reports are from the first wave (February "
             "2020); Tanchang's is from the 2021 outbreak, so its figures describe a different moment.", *notes)
    return fig


# ---------------------------------------------------------------------------- saving

def save_figure(fig: "Figure", stem: str, folder: str | Path | None = None) -> list[Path]:
    """Write <folder>/<stem>.png and .svg (default folder: figures/), each atomically.

    Metadata that changes from run to run (dates, software version) is left out.
    """
    import matplotlib

    folder = FIGURES_DIR if folder is None else Path(folder)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": "mobilization"}):
        for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            path = folder / f"{stem}.{fmt}"
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format=fmt, dpi=150, metadata=meta)
            written.append(path)
    return written
