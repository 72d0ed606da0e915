"""Stage 7, charts: how well the software read held-out reports nobody had read, corpus by corpus, as it met them."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .captions import _caption
from .fonts import use_cjk_font
from .style import BAR_COLOUR

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_PANELS = (("places", "place accuracy 地点准确率", "data/accuracy_places.csv"),
           ("figures", "strict F1 严格F1 (value and noun)", "data/accuracy_figures.csv"))


def first_contact_chart(curves: dict[str, pd.DataFrame], target: float = 0.95, last: int = 6) -> "Figure":
    """One panel per kind in `curves` (`quoted_accuracy.first_contact_curve`): each corpus's score when the software first
    met it (filled dot), after the fixes it prompted (open dot, no longer blind), the target as a dashed line and the
    pooled first-contact score of the `last` corpora as a grey line.

    The open dots show what a round can do on the corpus it was made from; the filled ones what the researcher gets.
    """
    import matplotlib.pyplot as plt

    from ..quoted_accuracy import pooled_first_contact

    use_cjk_font()
    panels = [p for p in _PANELS if p[0] in curves]
    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 3.0 * len(panels) + 1.6), squeeze=False)
    notes = []
    for ax, (kind, ylabel, what) in zip(axes[:, 0], panels):
        c = curves[kind]
        x = list(range(len(c)))
        ax.plot(x, c["first"], "o-", color=BAR_COLOUR, lw=1, ms=4, label="first contact (blind)")
        ax.plot(x, c["after"], "o", mfc="none", color="#888888", ms=4, label="after its own fixes (not blind)")
        ax.axhline(target, ls="--", color="#B22222", lw=1, label=f"target {target:.2f}")
        pooled = pooled_first_contact(c, last)
        ax.plot([len(c) - min(last, len(c)), len(c) - 1], [pooled, pooled], color="#555555", lw=3, alpha=0.5,
                label=f"last {min(last, len(c))} corpora pooled: {pooled:.3f}")
        ax.set_xticks(x, c["corpus"], fontsize=7)
        ax.set_xlim(-0.7, len(c) - 0.3)
        ax.set_ylim(min(0.5, float(c["first"].min()) - 0.05), 1.02)
        ax.set_ylabel(ylabel, fontsize=8)
        ax.set_title(f"{kind}: {len(c)} held-out corpora in the order they were met", fontsize=10)
        ax.legend(fontsize=7, loc="lower right", ncol=2)
        notes.append(f"{kind}: {len(c)} corpora, {int(c['size'].sum())} {'reports' if kind == 'places' else 'figures'} "
                     f"({what}); all pooled at first contact {pooled_first_contact(c, len(c)):.3f}")
    axes[-1, 0].set_xlabel("held-out corpus, in the order collected (each taken as the search tool gave it)", fontsize=8)
    fig.subplots_adjust(hspace=0.45, left=0.08, right=0.98, top=0.95)
    _caption(fig, "; ".join(notes) + ".",
             "First contact: the score of the code that first met the corpus, before any fix was made from it. "
             "Each corpus is about 40 reports (places) or 200 figures, so one corpus moves by 0.02-0.03 per report; "
             "a single dot is noisy, the pooled line less so. Gold made by hand before any program output was seen.")
    return fig
