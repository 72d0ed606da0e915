"""Stage 7, charts: what the reports count — distinct figures per place, stacked by category."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from ..formatting import NOT_REPORTED_MARK
from .captions import _caption, _two_lines, set_aside_note, source_line
from .fonts import use_cjk_font
from .style import CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, TOP

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def composition_chart(facts_df: pd.DataFrame, documents_df: pd.DataFrame, top: int = TOP) -> "Figure":
    """How many distinct figures (facts, repeats merged) each place reports, by category (the `top` places with most).

    Counts of figures, not their sizes. A place with reports but no facts is marked "not reported".
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    from ..tables import place_list

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
    if left and any(left):  # no figure at all: no category to list (an empty legend is a matplotlib warning)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.subplots_adjust(left=2.0 / fig.get_figwidth(), right=0.8, top=1 - 0.45 / fig.get_figheight())
    left_out = len(places) - len(order)
    _caption(fig, source_line(f["doc"] if f is not None else [], documents_df),
             f"{len(order)} places" + (f" with the most figures (and {left_out} more)" if left_out else "") +
             ". Each bar counts the distinct figures a place's reports give, by the extractor's category; it says "
             "nothing about their size. Reports differ in length and emphasis, so more figures is not more mobilization.",
             set_aside_note(documents_df))
    return fig
