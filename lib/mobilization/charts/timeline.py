"""Stage 7, charts: when the reports appeared, each date at its precision (a day, or a month or year as a span)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .captions import _caption, place_or_set_aside
from ..place_filter import SET_ASIDE_COLUMN, confidence_words, text_column
from .fonts import use_cjk_font
from .style import BAR_COLOUR

if TYPE_CHECKING:
    from matplotlib.figure import Figure


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

    Up to `most_rows` documents: one row each, labelled with its place; in a `places_used` view, a report whose
    place was read below the confidence bar is labelled with the place read and its word ("河南省 (set aside: low)"),
    not "(no place)", which is left to a report whose text names no place. More: one row per
    month, the number of reports dated to that month (day or month precision), and the
    year-only dates as hatched year spans with their count. Undated reports are counted
    in the caption.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    use_cjk_font()
    docs = documents_df.copy()
    docs["date"] = text_column(docs, "date")
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
        labels = [f"{place_or_set_aside(p, r, w)} · {d}" for p, r, w, d in
                  zip(text_column(dated, "place_name"), text_column(dated, SET_ASIDE_COLUMN), confidence_words(dated),
                      dated["doc"])]
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
