"""Round t10 (tenth session): findings of a newcomer's audit of the command line, the tables and the charts.

1. `run CORPUS --project` with another corpus is refused (exit 2, nothing written); the seeds still run.
2. `run`'s default CORPUS is the project's seeds/, wherever the command is run from.
3. Exit 3 (no indicator): the summary says why; no chart warning reaches the user.
4. A counted noun with a bracketed gloss (社区（村）) counts as its head for the indicator rules.
5. The prefecture map says what its ≥ means.
6, 7. Notebook 03's ≥ note names lower bounds; notebook 05 says where a relative CORPUS starts.
Every report here is invented.
"""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from mobilization import mainjob
from mobilization.cli import build_parser, main
from mobilization.corpus import Document
from mobilization.pipeline import analyse
from mobilization.tables import from_analyses
from mobilization.tables.indicator_rules import rules

ROOT = Path(__file__).resolve().parents[1]
NO_FIGURE = "甘肃省宕昌县新闻\n宕昌县召开疫情防控工作会议，要求全县党员干部坚守岗位，做好防控工作。会议强调各级党组织要发挥战斗堡垒作用。\n"
COMMUNITIES = "甘肃省宕昌县新闻\n宕昌县组织党员干部下沉到全县156个社区（村），开展疫情防控工作。\n"


def _corpus(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def project_in(tmp_path, monkeypatch):
    """The project's outputs (`Outputs()`, what --project writes) pointed into tmp_path: no test writes the real ones."""
    where = tmp_path / "project"
    monkeypatch.setattr(mainjob.Outputs.__init__, "__defaults__",
                        (where / "derived", where / "figures", where / "reports", where / "notebooks"))
    return where


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_project_refuses_another_corpus_and_writes_nothing(tmp_path, project_in, capsys):
    corpus = _corpus(tmp_path / "mine", NO_FIGURE)
    assert main(["run", str(corpus), "--project"]) == 2
    err = capsys.readouterr().err
    assert "--project" in err and "seeds" in err and "nothing written" in err
    assert _files(project_in) == [] and _files(tmp_path / "mine") == ["a.txt"]


def test_default_corpus_is_the_project_seeds_from_any_folder_and_project_takes_it(seeds_project_run):
    run = seeds_project_run  # `run --project` started from run.cwd, not the project root: "seeds" there is no folder
    assert run.code == 0  # (the run is shared with test_mainjob.py's seeds tests: tests/conftest.py)
    assert "documents read: 5" in run.printed
    assert (run.outputs.derived / "indicators.csv").exists()  # the project's folders (Outputs()), pointed elsewhere
    assert not (run.cwd / "seeds").exists()


def test_run_help_names_the_default_corpus_and_what_project_takes():
    run = build_parser()._subparsers._group_actions[0].choices["run"]
    text = " ".join(run.format_help().split())
    assert "default: the project's own seeds/ folder" in text
    assert "another CORPUS is refused" in text


def test_no_indicator_run_says_why_and_no_chart_warning(tmp_path, capsys):
    corpus = _corpus(tmp_path / "c", NO_FIGURE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["run", str(corpus), "--out", str(tmp_path / "out")]) == 3
    out, err = capsys.readouterr()
    assert "places with indicators: 0 of 1 places" in out
    assert "why: no figure was read in any report" in out
    assert "Warning" not in err and "composition.py" not in err
    assert not [w for w in caught if issubclass(w.category, UserWarning)], [str(w.message) for w in caught]


def test_composition_chart_of_no_figure_draws_no_legend_and_warns_nothing():
    from mobilization import charts

    analyses = [analyse(Document("a", "", "", "utf-8", NO_FIGURE, {}))]
    built = from_analyses(analyses, mainjob.documents_table(analyses))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.composition_chart(built.facts, built.documents)
    assert fig.axes[0].get_legend() is None


def test_no_indicator_reasons():
    from mobilization.run_summary import no_indicator_reason

    docs = pd.DataFrame(dict(doc=["a", "b"], place_code=["621223", ""]))
    facts = pd.DataFrame(dict(doc=["b", "b"], place_code=["", ""]))
    assert no_indicator_reason(docs.assign(place_code=""), facts).startswith("why: no report has a place")
    assert no_indicator_reason(docs, facts) == ("why: the 2 figures read are all in reports without a place "
                                                "(give their places with --documents)")
    assert "none of a kind an indicator counts" in no_indicator_reason(docs, facts.assign(doc="a", place_code="621223"))


def test_a_bracketed_gloss_counts_as_its_head():
    from mobilization.tables.indicator_rules import counted_head

    assert counted_head("社区（村）") == "社区" and counted_head("社区(村)") == "社区"
    assert counted_head("党员（干部）") == "党员" and counted_head("临时党支部") == "临时党支部"
    communities = next(r for r in rules() if r.indicator_id == "communities_covered")
    assert communities.matches(pd.Series(dict(entity="社区（村）", unit="个", category="coverage", sentence="")))
    villages = next(r for r in rules() if r.indicator_id == "villages_covered")
    assert not villages.matches(pd.Series(dict(entity="社区（村）", unit="个", category="coverage", sentence="")))


def test_communities_with_a_gloss_are_reported():
    analyses = [analyse(Document("a", "", "", "utf-8", COMMUNITIES, {}))]
    ind = from_analyses(analyses, mainjob.documents_table(analyses)).indicators
    row = ind[ind["indicator_id"] == "communities_covered"].iloc[0]
    assert row["status"] != "not reported" and row["value"] == 156


def test_the_map_says_what_its_mark_means():
    from mobilization import charts

    text = "甘肃省宕昌县新闻\n宕昌县共建立临时党支部12个，组织党员干部下沉一线。\n"
    analyses = [analyse(Document("a", "", "", "utf-8", text, {}))]
    ind = from_analyses(analyses, mainjob.documents_table(analyses)).indicators
    assert ind.loc[ind["indicator_id"] == "temp_party_orgs", "value"].iloc[0] == 12
    fig = charts.prefecture_map(ind, "temp_party_orgs")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "≥: the prefecture's value is at least the sum of what its reports give" in legend
    caption = " ".join(" ".join(t.get_text() for t in fig.texts).split())
    assert "even where each report's figure is exact" in caption


def _cells(name: str) -> list[str]:
    nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"]]


def test_notebook_03_results_say_that_a_mark_is_also_a_lower_bound():
    results = next(c for c in _cells("03-mobilization-scale.ipynb") if c.startswith("## Results"))
    flat = " ".join(results.split())
    assert "≥ marks a lower bound" in flat and "the largest figure, not a whole-place total" in flat


def test_notebook_05_says_where_a_relative_corpus_starts():
    cell = next(c for c in _cells("05-your-corpus.ipynb") if c.startswith("CORPUS = "))
    assert "a relative path starts from notebooks/" in cell and "../my_corpus" in cell
