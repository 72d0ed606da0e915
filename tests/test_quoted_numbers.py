"""Numbers quoted in the README, the notebooks and the docs' "Accuracy" sections come from one place (data/accuracy_*.csv)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from mobilization.quoted_accuracy import (figures_rounds, figures_summary, figures_table, heldout_accuracy,
                                          heldout_summary, places_rounds, places_summary, places_table)

ROOT = Path(__file__).resolve().parents[1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_readme_quotes_the_heldout_summary_of_the_data_file():
    assert _flat(heldout_summary()) in _flat((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_summary_adds_up_the_rounds():
    h = heldout_accuracy()
    first = h[(h["stage"] == "first_contact") & h["round"].str.isdigit()]
    text = heldout_summary()
    assert f"{first['reports'].sum()} other published reports ({first['figures'].sum()} figures)" in text
    assert f"found {first['found'].sum()} figures" in text and f"{first['extras'].sum()} false positives" in text
    assert (h["found"] <= h["figures"]).all() and (h["all_right"] <= h["found"]).all()


def test_notebook_02_prints_the_summary_and_quotes_no_number_of_its_own():
    nb = json.loads((ROOT / "notebooks" / "02-quantities.ipynb").read_text(encoding="utf-8"))
    printed = [_flat("".join(o.get("text", ""))) for c in nb["cells"] if c["cell_type"] == "code"
               for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    assert _flat(heldout_summary()) in printed
    markdown = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert not re.search(r"\d+ other (published )?reports", markdown)


def test_the_readme_quotes_the_strict_and_place_summaries_of_the_data_files():
    readme = _flat((ROOT / "README.md").read_text(encoding="utf-8"))
    assert _flat(figures_summary()) in readme
    assert _flat(places_summary()) in readme


def test_the_round_files_are_consistent_counts():
    f = figures_rounds()
    assert (f["strict_found"] <= f["value_found"]).all() and (f["value_found"] <= f["gold"]).all()
    assert (f["value_found"] <= f["predicted"]).all() and (f["category_right"] <= f["strict_found"]).all()
    assert set(f["stage"]) <= {"first_contact", "after_fixes"}
    p = places_rounds()
    counted = p.dropna(subset=["wrong"])
    assert (counted["right"] + counted["wrong"] + counted["unknown"] == counted["documents"]).all()
    assert (p["dates_right"] <= p["dates_printed"]).all() and (p["dates_invented"] <= p["undated"]).all()
    assert (p["not_in_text_right"].fillna(0) <= p["not_in_text"].fillna(0)).all()


def test_the_accuracy_sections_of_the_docs_quote_the_data_files():
    """`python benchmarks/heldout/quote_summaries.py` writes them; a new row of data/accuracy_*.csv needs it run."""
    quantities = (ROOT / "docs" / "quantities.md").read_text(encoding="utf-8")
    places = (ROOT / "docs" / "places.md").read_text(encoding="utf-8")
    for text, summaries, table in ((quantities, (figures_summary(), heldout_summary()), figures_table()),
                                   (places, (places_summary(),), places_table())):
        assert all(_flat(s) in _flat(text) for s in summaries)
        assert table in text


def test_the_per_corpus_tables_give_each_corpus_once_with_its_last_scores():
    f, table = figures_rounds(), figures_table().splitlines()
    assert len(table) == 2 + f["corpus"].nunique()
    last = f[f["stage"] == "first_contact"].groupby("corpus").tail(1).iloc[-1]
    assert table[-1].startswith(f"| {last['corpus']} | {last['reports']} | ") and f"({last['code']})" in table[-1]
    assert len(places_table().splitlines()) == 2 + places_rounds()["corpus"].nunique()
