"""Charts: Chinese without tofu, missing values marked, captions that name their sources."""
from __future__ import annotations

import io
import math
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from mobilization import charts, tables  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def all_texts(fig) -> list[str]:
    texts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        texts += [t.get_text() for t in ax.texts]
        texts += [ax.get_title(), ax.get_xlabel()] + [t.get_text() for t in ax.get_yticklabels()]
    return texts


def render_strictly(fig) -> None:
    """Draw and save as PNG and SVG with every warning an error ("Glyph … missing" is a warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.canvas.draw()
        for fmt in ("png", "svg"):
            fig.savefig(io.BytesIO(), format=fmt)


def test_chinese_renders_without_missing_glyphs():
    family = charts.use_cjk_font()
    assert family in charts.PREFERRED_FAMILIES
    assert matplotlib.rcParams["font.family"] == ["DejaVu Sans", family]
    fig, ax = plt.subplots()
    ax.set_title("临时党支部 751個 黨費 Shinan 市南区")
    ax.set_xlabel("每万常住人口 per 10,000 residents")
    render_strictly(fig)


def test_without_the_helper_chinese_is_tofu():
    """The strict rendering above can fail: with DejaVu alone the same title warns."""
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig, ax = plt.subplots()
        ax.set_title("临时党支部")
        with pytest.raises(UserWarning, match="missing"):
            render_strictly(fig)


def test_font_helper_is_idempotent_and_fails_loudly():
    assert charts.use_cjk_font() == charts.use_cjk_font()
    with pytest.raises(charts.CJKFontError, match="no CJK font"):
        charts.find_cjk_family(["No Such Family"], bundled=Path("/nonexistent/font.otf"))


def indicator_rows() -> pd.DataFrame:
    """Three places, two indicators; Fenyang's dues are missing; sizes differ by orders of magnitude."""
    rows = []
    for pid, zh, en, orgs, dues in [("shinan", "市南区", "Shinan", 751.0, 300000.0),
                                    ("fenyang", "汾阳市", "Fenyang", 26.0, math.nan),
                                    ("qinhuangdao", "秦皇岛市", "Qinhuangdao", 116.0, 70500000.0)]:
        for ind, label_zh, label_en, unit, value in [("temp_party_orgs", "临时党组织", "Temporary Party organizations",
                                                       "organizations", orgs),
                                                      ("party_dues", "党费拨款", "Party-dues money", "yuan", dues)]:
            denominator = {"shinan": 486643, "fenyang": 407647, "qinhuangdao": 3136879}[pid]
            doc = {"shinan": "000_2f153b118d3bd113", "fenyang": "001_9584eb04764e4742",
                   "qinhuangdao": "003_10d52dc19e4efbb1"}[pid]
            rows.append(dict(place_id=pid, place_zh=zh, place_en=en, indicator_id=ind, label_zh=label_zh,
                             label_en=label_en, unit=unit, status="reported" if value == value else "not reported",
                             value=value, approx="exact", denominator=float(denominator),
                             per_10k=value / denominator * 1e4, docs=doc))
    return pd.DataFrame(rows)


def test_indicator_chart_marks_missing_values_and_never_draws_zero():
    fig = charts.indicator_chart(indicator_rows())
    render_strictly(fig)
    dues = next(ax for ax in fig.axes if "党费拨款" in ax.get_title())
    assert [t.get_text() for t in dues.texts].count(charts.NOT_REPORTED_MARK) == 1
    assert len(dues.patches) == 2  # two bars: no zero-width bar for the missing place
    assert dues.get_xscale() == "log"  # 300,000 vs 70.5 M
    assert "汾阳市 Fenyang" in [t.get_text() for t in next(iter(fig.axes)).get_yticklabels()]
    assert "yuan" in dues.get_xlabel()


def test_captions_name_sources_and_caveats():
    texts = " ".join(t.get_text() for t in charts.indicator_chart(indicator_rows(), per_capita=True).texts)
    assert "慈善公益报" in texts and "山西组工" in texts and "新华网" in texts
    assert "Heyuan" in texts and "源城区" in texts and "not a territory" in texts.replace("\n", " ")


def test_per_capita_chart_is_per_10000_residents():
    fig = charts.indicator_chart(indicator_rows(), per_capita=True)
    render_strictly(fig)
    assert all("per 10,000 residents" in ax.get_xlabel() for ax in fig.axes)


def test_composition_counts_facts_per_category():
    facts = pd.DataFrame([dict(doc="000_2f153b118d3bd113", place_id="shinan", category=c)
                          for c in ["organization", "organization", "funds"]])
    places = tables.places().iloc[:2]  # Shinan and Fenyang; Fenyang has no facts
    fig = charts.composition_chart(facts, places)
    render_strictly(fig)
    ax = fig.axes[0]
    assert sorted(p.get_width() for p in ax.patches) == [1, 2]
    assert charts.NOT_REPORTED_MARK in [t.get_text() for t in ax.texts]
    assert "慈善公益报" in " ".join(t.get_text() for t in fig.texts)


def test_timeline_shows_month_only_dates_as_such():
    fig = charts.timeline_chart(tables.documents())
    render_strictly(fig)
    texts = all_texts(fig)
    assert any("2020-03 (month only" in t for t in texts)
    assert any("2021-11-26" in t for t in texts)
    assert "2021 outbreak" in " ".join(t.get_text() for t in fig.texts)


def test_save_figure_writes_png_and_svg_only(tmp_path):
    fig = charts.indicator_chart(indicator_rows())
    paths = charts.save_figure(fig, "demo", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.png", "demo.svg"] == sorted(p.name for p in paths)
    assert (tmp_path / "demo.png").read_bytes()[:4] == b"\x89PNG"
    svg = (tmp_path / "demo.svg").read_text()
    assert "<svg" in svg and "<dc:date>" not in svg
