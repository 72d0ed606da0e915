"""The first-contact curve: each held-out corpus's blind score in the order it was met, and its chart."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from mobilization import charts, quoted_accuracy  # noqa: E402
from test_charts import all_texts, render_strictly  # noqa: E402


def _places(rows):
    cols = ["corpus", "code", "stage", "documents", "right", "wrong", "unknown", "not_in_text", "not_in_text_right",
            "dates_printed", "dates_right", "undated", "dates_invented"]
    df = pd.DataFrame(rows, columns=cols)
    df["place_accuracy"] = df["right"] / df["documents"]
    return df


def test_curve_keeps_the_first_blind_score_and_the_latest_blind_one(monkeypatch):
    rows = [("P1", "r1", "first_contact", 10, 6, 3, 1, 0, 0, 5, 5, 5, 0),
            ("P1", "r2", "first_contact", 10, 7, 2, 1, 0, 0, 5, 5, 5, 0),   # newer code, still blind
            ("P2", "r2", "first_contact", 20, 18, 1, 1, 0, 0, 5, 5, 5, 0),
            ("P1", "r3", "after_fixes", 10, 10, 0, 0, 0, 0, 5, 5, 5, 0)]
    monkeypatch.setattr(quoted_accuracy, "places_rounds", lambda: _places(rows))
    c = quoted_accuracy.first_contact_curve("places")
    assert list(c["corpus"]) == ["P1", "P2"]
    assert list(c["first"]) == [0.6, 0.9] and list(c["latest_blind"]) == [0.7, 0.9]
    assert list(c["first_code"]) == ["r1", "r2"] and c["after"].iloc[0] == 1.0 and pd.isna(c["after"].iloc[1])
    assert quoted_accuracy.pooled_first_contact(c, 2) == pytest.approx((6 + 18) / 30)


def test_curve_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="places"):
        quoted_accuracy.first_contact_curve("dates")


def test_chart_draws_both_kinds_with_target_and_caption():
    curves = {"places": pd.DataFrame({"order": [1, 2, 3], "corpus": ["P1", "P2", "P3"], "size": [40, 40, 20],
                                      "first": [0.7, 0.8, 0.9], "after": [0.95, 0.9, float("nan")]}),
              "figures": pd.DataFrame({"order": [1, 2], "corpus": ["F1", "F2"], "size": [200, 100],
                                       "first": [0.85, 0.88], "after": [0.97, float("nan")]})}
    fig = charts.first_contact_chart(curves, last=2)
    render_strictly(fig)
    texts = " ".join(all_texts(fig))
    ylabels = " ".join(ax.get_ylabel() for ax in fig.axes)
    assert "地点准确率" in ylabels and "严格F1" in ylabels
    labels = [t.get_text() for ax in fig.axes for t in ax.get_legend().get_texts()]
    assert "last 2 corpora pooled: 0.833" in labels      # (0.8*40 + 0.9*20) / 60
    assert "last 2 corpora pooled: 0.860" in labels      # (0.85*200 + 0.88*100) / 300
    assert "target 0.95" in labels
    assert "First contact: the score of the code that first met the corpus" in texts
    plt.close(fig)
