"""Vocabulary: term counts per place, weighted log-odds with a Dirichlet prior, keyword in context."""
from __future__ import annotations

import math
import warnings
from pathlib import Path

import pandas as pd
import pytest

from mobilization.corpus import Document, load
from mobilization.repair import repair
from mobilization.script import convert
from mobilization.vocabulary import (corpus_tokens, distinctive_terms, document_tokens, drop_place_names, kwic,
                                     place_names,
                                     plot_top_terms, term_counts, top_per_place)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds():
    return corpus_tokens(load(p) for p in SEEDS)


def _counts(data: dict[str, dict[str, int]]) -> pd.DataFrame:
    return pd.DataFrame([(p, t, n) for p, terms in data.items() for t, n in terms.items()],
                        columns=["place", "term", "count"])


def test_log_odds_sign_and_order_on_a_tiny_corpus():
    counts = _counts({"A": {"党员": 40, "支部": 20, "社区": 10, "网格": 2},
                      "B": {"党员": 10, "支部": 10, "社区": 10, "网格": 30}})
    z = distinctive_terms(counts, a0=20).set_index(["place", "term"])["z"]
    assert list(distinctive_terms(counts, a0=20).query("place == 'A'")["term"]) == ["党员", "支部", "社区", "网格"]
    assert z["A", "党员"] > z["A", "支部"] > 0 > z["A", "网格"]
    assert z["B", "网格"] > 0 > z["B", "党员"]
    # two places: each term's score for one is minus its score for the other
    for term in ["党员", "支部", "社区", "网格"]:
        assert z["A", term] == pytest.approx(-z["B", term])


def test_log_odds_matches_the_formula_by_hand():
    counts = _counts({"A": {"x": 5, "y": 1}, "B": {"x": 1, "y": 1}, "C": {"y": 2}})
    a0 = 4.0
    row = distinctive_terms(counts, a0=a0).set_index(["place", "term"]).loc[("A", "x")]
    y_i, n_i, y_j, n_j = 5, 6, 1, 4          # x in A; x in B and C together
    a_w = a0 * 6 / 10                        # x is 6 of the corpus's 10 tokens
    delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
    var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    assert (row["count"], row["count_rest"]) == (5, 1)
    assert row["delta"] == pytest.approx(delta) and row["var"] == pytest.approx(var)
    assert row["z"] == pytest.approx(delta / math.sqrt(var))


def test_a_stronger_prior_shrinks_rare_terms_more():
    counts = _counts({"A": {"罕见": 2, "常见": 50}, "B": {"常见": 50}})
    weak = distinctive_terms(counts, a0=10).set_index(["place", "term"])["delta"]["A", "罕见"]
    strong = distinctive_terms(counts, a0=1000).set_index(["place", "term"])["delta"]["A", "罕见"]
    assert weak > strong > 0


def test_term_counts_on_the_seeds(seeds):
    counts = term_counts(seeds)
    assert sorted(counts["place"].unique()) == sorted({d.place for d in seeds})
    assert len(counts["place"].unique()) == 5 and set(counts["place"]) <= set(place_names())
    shares = counts.groupby("place")["share"].sum()
    assert shares.to_numpy() == pytest.approx([1.0] * 5)
    assert not counts["term"].isin(["的", "我们", "，", "2020"]).any()
    top = top_per_place(counts, "count", 3)
    assert len(top) == 15
    assert "临时党支部" in set(counts.query("place == 'shinan'")["term"])
    # counts agree with the tokens
    n = sum(t.word == "党员" for d in seeds if d.place == "fenyang" for t in d.tokens)
    assert counts.query("place == 'fenyang' and term == '党员'")["count"].item() == n


def test_only_article_body_tokens_count_by_default(seeds):
    for d in seeds:
        everything = document_tokens(load(ROOT / "seeds" / f"{d.doc_id}.txt"), body_only=False)
        assert set(d.tokens) < set(everything.tokens)  # page furniture left out, body kept
        assert all(d.repaired.in_body(d.script_map(t.start)) for t in d.tokens)


def test_benjamini_hochberg_by_hand():
    from mobilization.vocabulary import benjamini_hochberg

    # p sorted: 0.01, 0.03, 0.04, 0.20 → ×4/1, ×4/2, ×4/3, ×4/4 = 0.04, 0.06, 0.0533, 0.20 → running min from the top
    assert benjamini_hochberg([0.20, 0.04, 0.01, 0.03]) == pytest.approx([0.20, 0.16 / 3, 0.04, 0.16 / 3])
    assert benjamini_hochberg([]).size == 0
    assert benjamini_hochberg([0.9, 0.8]).max() <= 1.0


def test_p_values_are_one_sided_normal_tail_of_z():
    counts = _counts({"A": {"党员": 40, "支部": 20, "社区": 10, "网格": 2},
                      "B": {"党员": 10, "支部": 10, "社区": 10, "网格": 30}})
    table = distinctive_terms(counts, a0=20)
    for z, p in zip(table["z"], table["p"]):
        assert p == pytest.approx(0.5 * math.erfc(z / math.sqrt(2)))
    assert table.query("place == 'A' and term == '网格'")["p"].item() > 0.5  # used LESS: not distinctive


def test_rare_terms_are_not_tested_and_never_called_distinctive():
    counts = _counts({"A": {"罕见": 4, "常见": 50}, "B": {"常见": 50, "另": 50}})
    table = distinctive_terms(counts, a0=10, min_count=5).set_index(["place", "term"])
    assert not table.loc[("A", "罕见"), "tested"] and math.isnan(table.loc[("A", "罕见"), "q"])
    assert not table.loc[("A", "罕见"), "distinctive"]
    assert table.loc[("A", "常见"), "tested"]


def test_chance_differences_among_many_terms_are_not_called_distinctive():
    """Two places drawing words from ONE distribution: z > 1.96 happens by chance, q <= 0.05 hardly ever."""
    import numpy as np

    rng = np.random.default_rng(0)
    vocab = [f"词{i}" for i in range(400)]
    weights = 1 / np.arange(1, 401)  # Zipf-like, as in real text
    weights /= weights.sum()
    draws = {place: rng.multinomial(20_000, weights) for place in ("A", "B", "C")}
    counts = _counts({place: {w: int(n) for w, n in zip(vocab, ns) if n} for place, ns in draws.items()})
    table = distinctive_terms(counts, a0=100)  # a weak prior: z close to a standard normal under no difference
    naive = int((table["z"] > 1.96).sum())
    assert naive >= 10  # the uncorrected rule finds "distinctive" words in pure noise
    assert int(table["distinctive"].sum()) <= 1


def test_a_real_difference_survives_the_correction():
    counts = _counts({"A": {"临时党支部": 60, "党员": 200, "社区": 100}, "B": {"临时党支部": 5, "党员": 200, "社区": 100},
                      "C": {"临时党支部": 5, "党员": 200, "社区": 100}})
    table = distinctive_terms(counts).set_index(["place", "term"])
    assert table.loc[("A", "临时党支部"), "distinctive"]
    assert not table.loc[("B", "临时党支部"), "distinctive"]


def test_distinctive_terms_on_the_seeds(seeds):
    table = distinctive_terms(term_counts(seeds))
    assert table.groupby("place")["term"].nunique().nunique() == 1  # every place scores every term
    best = top_per_place(table, "z", 5)
    assert "宕昌县" in set(best.query("place == 'tanchang'")["term"])
    assert "市南区" in set(best.query("place == 'shinan'")["term"])
    trimmed = top_per_place(drop_place_names(table), "z", 5)
    assert not set(trimmed["term"]) & {"宕昌县", "市南区", "秦皇岛", "秦皇岛市", "河源", "汾阳"}
    assert len(trimmed) == 25
    # five short reports: after the false discovery control only a few terms per place remain,
    # and generic words the uncorrected z > 1.96 let through (就是, 哪里, 成立) are not among them
    called = table[table["distinctive"]]
    assert 0 < len(called) <= 5 * 5
    assert not set(called["term"]) & {"就是", "哪里", "成立"}
    assert set(table.loc[table["z"] > 1.96, "term"]) & {"就是", "哪里", "成立"}
    assert (table.loc[~table["tested"], "count"] + table.loc[~table["tested"], "count_rest"] < 5).all()


def test_kwic_finds_temporary_party_branches_with_exact_offsets(seeds):
    lines = kwic(seeds, "临时党支部")
    assert len(lines) >= 20 and set(lines["place"]) >= {"shinan", "fenyang", "tanchang"}
    by_doc = {d.doc_id: d for d in seeds}
    originals = {p.stem: load(p).text for p in SEEDS}
    for row in lines.itertuples():
        d = by_doc[row.doc]
        assert d.text[row.start:row.end] == "临时党支部"          # offsets into the simplified text
        written = originals[row.doc][row.orig_start:row.orig_end]  # offsets into the original file text
        assert written == row.written
        assert convert(repair(written).text, "t2s") == "临时党支部"
        assert written[0] in "臨临" and written[-1] in "部)"
    traditional = lines[lines["doc"] == "000_2f153b118d3bd113"].iloc[0]
    assert originals["000_2f153b118d3bd113"][traditional.orig_start:traditional.orig_end].startswith("臨")


def test_kwic_whole_token_or_any_occurrence(seeds):
    d = document_tokens(Document("x", "x.txt", "", "utf-8", "下沉干部下沉到社区。", {"place_id": "p"}), body_only=False)
    assert list(kwic([d], "下沉")["start"]) == [4]
    assert list(kwic([d], "下沉", whole_token=False)["start"]) == [0, 4]
    assert list(kwic([d], "下沉干部")["right"]) == ["下沉到社区。"]
    assert len(kwic(seeds, "下沉")) > 0


def test_plot_has_chinese_glyphs(seeds):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" would fail here
        fig = plot_top_terms(term_counts(seeds), "count", n=5, title="最常用的词")
        fig.canvas.draw()
    assert len(fig.axes) == 5
    assert {ax.get_title().split("\n")[0] for ax in fig.axes} == {place_names()[d.place] for d in seeds}
    plt.close(fig)
