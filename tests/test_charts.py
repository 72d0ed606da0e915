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


def indicator_rows(n: int = 3, with_gaps: bool = True) -> pd.DataFrame:
    """n made-up places, two indicators; sizes spread over orders of magnitude; some gaps of each kind."""
    rows = []
    for k in range(n):
        code, name = f"{370100 + k * 100}", f"地方{k:03d}市"
        population = math.nan if with_gaps and k == 1 else 100000.0 + 1000 * k
        for ind, label_zh, label_en, unit, value, bound in [
                ("temp_party_orgs", "临时党组织", "Temporary Party organizations", "organizations", 10.0 + k, "exact"),
                ("party_dues", "党费拨款", "Party-dues money", "yuan",
                 math.nan if with_gaps and k == 2 else 1000.0 * 10 ** (k % 5), "lower_bound" if k == 0 else "exact")]:
            rows.append(dict(place_code=code, place_name=name, place_level="prefecture" if k % 2 else "county",
                             indicator_id=ind, label_zh=label_zh, label_en=label_en, unit=unit,
                             status="reported" if value == value else "not reported", value=value,
                             approx="more_than" if bound == "lower_bound" else "exact",
                             bound=bound if value == value else "", rule_applied="largest figure" if value == value else "",
                             per_capita=True, denominator=population, per_10k=value / population * 1e4,
                             denominator_status="no denominator" if population != population else "census",
                             sources=f"doc{k}@1:5 {value:g}元" if value == value else "", docs=f"doc{k}"))
    return pd.DataFrame(rows)


def documents_of(ind: pd.DataFrame) -> pd.DataFrame:
    docs = ind.drop_duplicates("place_code")
    return pd.DataFrame(dict(doc=docs["docs"], place_code=docs["place_code"], place_name=docs["place_name"],
                             place_level=docs["place_level"], date=["2020-02-19", "2020-03", "2020"] * (len(docs) // 3)
                             + ["2020-02-19"] * (len(docs) % 3),
                             date_precision=["day", "month", "year"] * (len(docs) // 3) + ["day"] * (len(docs) % 3),
                             population_2020=docs["denominator"]))


def test_indicator_chart_marks_both_gaps_and_never_draws_zero():
    ind = indicator_rows()
    fig = charts.indicator_chart(ind, "party_dues")
    render_strictly(fig)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts].count(charts.NOT_REPORTED_MARK) == 1
    assert len(ax.patches) == 2  # two bars: no zero-width bar for the missing place
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "地方001市"  # sorted: the largest on top
    per = charts.indicator_chart(ind, "party_dues", per_capita=True)
    marks = [t.get_text() for t in per.axes[0].texts]
    assert marks.count(charts.NO_DENOMINATOR_MARK) == 1 and marks.count(charts.NOT_REPORTED_MARK) == 1
    assert "per 10,000 residents" in per.axes[0].get_xlabel()


def test_lower_bounds_are_drawn_open_ended():
    fig = charts.indicator_chart(indicator_rows(), "party_dues")
    ax = fig.axes[0]
    assert any(line.get_marker() == ">" for line in ax.lines)
    assert any(t.get_text().strip().startswith("≥") for t in ax.texts)
    assert "lower bound" in " ".join(t.get_text() for t in fig.texts)


@pytest.mark.parametrize("n", [1, 50, 300])
def test_charts_grow_with_the_places_and_leave_the_rest_to_a_table(n):
    ind = indicator_rows(n, with_gaps=False)
    fig = charts.indicator_chart(ind, "temp_party_orgs")
    render_strictly(fig)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == min(n, charts.TOP) and len(set(labels)) == len(labels)
    assert fig.get_figheight() >= 0.26 * min(n, charts.TOP)
    rest = charts.rest_table(ind, "temp_party_orgs")
    assert len(rest) == max(0, n - charts.TOP)
    assert not set(rest["place_name"]) & set(labels)
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert f"{n} place" in caption and ("rest" in caption) == (n > charts.TOP)


def test_captions_come_from_the_data_not_the_seeds():
    ind = indicator_rows()
    texts = " ".join(t.get_text() for t in charts.indicator_chart(ind, "party_dues", True,
                                                                  documents_df=documents_of(ind)).texts)
    for seed_word in ("Heyuan", "Tanchang", "河源", "宕昌", "Shinan"):
        assert seed_word not in texts
    assert "doc0 (2020-02-19)" in texts and "no denominator" in texts and "not like for like" in texts.lower()


def test_small_multiples_for_a_few_places():
    fig = charts.indicator_panels(indicator_rows(), per_capita=True)
    render_strictly(fig)
    assert len(fig.axes) == 2 and all("per 10,000 residents" in ax.get_xlabel() for ax in fig.axes)


def test_composition_counts_facts_per_category():
    docs = pd.DataFrame(dict(doc=["a", "b"], place_code=["1", "2"], place_name=["甲", "乙"], place_level=["county"] * 2,
                             population_2020=[1.0, 1.0], date=["2020-02-19", ""], date_precision=["day", ""]))
    facts = pd.DataFrame([dict(doc="a", category=c) for c in ["organization", "organization", "funds"]])
    fig = charts.composition_chart(facts, docs)
    render_strictly(fig)
    ax = fig.axes[0]
    assert sorted(p.get_width() for p in ax.patches) == [1, 2]
    assert charts.NOT_REPORTED_MARK in [t.get_text() for t in ax.texts]


def test_timeline_draws_each_date_at_its_precision():
    docs = pd.DataFrame(dict(doc=["a", "b", "c", "d"], place_name=["甲", "乙", "丙", ""],
                             date=["2020-02-19", "2020-03", "2021", ""], date_precision=["day", "month", "year", ""]))
    fig = charts.timeline_chart(docs)
    render_strictly(fig)
    texts = all_texts(fig)
    assert any("2021 (year only" in t for t in texts) and any("2020-03 (month only" in t for t in texts)
    ax = fig.axes[0]
    import matplotlib.dates as mdates
    spans = sorted(round(p.get_width()) for p in ax.patches)
    assert spans == [31, 365]  # a month and a whole year, not a dot on 1 January
    assert "1 undated (d)" in " ".join(t.get_text() for t in fig.texts)
    assert mdates  # noqa


def test_timeline_of_many_documents_counts_per_month():
    n = 120
    docs = pd.DataFrame(dict(doc=[f"d{k}" for k in range(n)], place_name=["甲"] * n,
                             date=["2020-02-19"] * 100 + ["2020"] * 20, date_precision=["day"] * 100 + ["year"] * 20))
    fig = charts.timeline_chart(docs)
    render_strictly(fig)
    assert any("20 dated 2020 only" in t for t in all_texts(fig))


def test_map_shades_values_and_tells_no_report_from_not_reported():
    ind = indicator_rows(3)
    ind.loc[ind["place_code"] == "370100", "place_code"] = "441602"  # a county: drawn as its prefecture 441600
    fig = charts.prefecture_map(ind, "party_dues")
    render_strictly(fig)
    ax = fig.axes[0]
    faces = [p.get_facecolor() for p in ax.patches]
    white = sum(1 for f in faces if f[:3] == (1.0, 1.0, 1.0))
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert hatched and white > 300  # 370300 reports no dues: hatched; most of China: no report
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert "sum of its counties" in caption and "MIT" in caption


def test_save_figure_writes_png_and_svg_only(tmp_path):
    fig = charts.indicator_chart(indicator_rows(), "party_dues")
    paths = charts.save_figure(fig, "demo", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.png", "demo.svg"] == sorted(p.name for p in paths)
    assert (tmp_path / "demo.png").read_bytes()[:4] == b"\x89PNG"
    svg = (tmp_path / "demo.svg").read_text()
    assert "<svg" in svg and "<dc:date>" not in svg


def test_the_rest_table_holds_every_place_the_chart_leaves_out_and_the_caption_names_it():
    ind = indicator_rows(60, with_gaps=False)
    dues = ind["indicator_id"] == "party_dues"
    ind.loc[dues & (ind.index % 3 != 0), ["value", "per_10k", "status", "bound", "sources"]] = \
        [math.nan, math.nan, "not reported", "", ""]  # 20 places with a value, 40 not reported
    fig = charts.indicator_chart(ind, "party_dues")
    drawn = {t.get_text() for t in fig.axes[0].get_yticklabels()}
    rest = charts.rest_table(ind, "party_dues")
    assert len(drawn) == 20 and len(rest) == 40  # every place is in the chart or in the table, once
    assert set(rest["place_name"]) | drawn == set(ind["place_name"]) and not set(rest["place_name"]) & drawn
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert "the other 40 places are listed in tables/rest_party_dues.csv" in caption and "charts." not in caption


def test_an_indicator_no_place_reports_says_so_instead_of_empty_axes():
    ind = indicator_rows(50, with_gaps=False)
    orgs = ind["indicator_id"] == "temp_party_orgs"
    ind.loc[orgs, ["value", "per_10k", "status", "bound", "sources"]] = [math.nan, math.nan, "not reported", "", ""]
    fig = charts.indicator_chart(ind, "temp_party_orgs")
    render_strictly(fig)
    assert not any(ax.axison for ax in fig.axes) and not any(ax.patches for ax in fig.axes)
    assert any("No report gives this figure for any of the 50 places" in t for t in all_texts(fig))
    assert "draws the 0 largest" not in " ".join(all_texts(fig))


def test_no_per_10k_rest_table_for_an_indicator_not_divided_by_population():
    ind = indicator_rows(50, with_gaps=False).assign(per_capita=False)
    assert len(charts.rest_table(ind, "temp_party_orgs")) == 10
    assert len(charts.rest_table(ind, "temp_party_orgs", per_capita=True)) == 0


def test_the_map_caption_names_the_places_it_cannot_draw():
    ind = indicator_rows(3)
    ind.loc[ind["place_code"] == "370100", ["place_code", "place_name"]] = ["110000", "北京市"]  # a province
    caption = " ".join(t.get_text() for t in charts.prefecture_map(ind, "party_dues").texts).replace("\n", " ")
    assert "北京市" in caption and "110000" not in caption


def test_an_exact_figure_that_is_a_lower_bound_is_printed_at_least():
    ind = indicator_rows()
    ind.loc[ind["indicator_id"] == "temp_party_orgs", ["approx", "bound"]] = ["exact", "lower_bound"]
    fig = charts.indicator_chart(ind, "temp_party_orgs")
    assert sorted(t.get_text().strip() for t in fig.axes[0].texts) == ["≥10", "≥11", "≥12"]
    assert tables.indicator_matrix(ind).loc["临时党组织 Temporary Party organizations (organizations)"].tolist() == \
        ["≥10", "≥11", "≥12"]
