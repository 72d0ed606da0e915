"""Round t11b (eleventh session): the reports set aside for a place read below the bar are visible to the reader.

Round t11 sets aside a detected place below `--min-confidence` (default medium). A newcomer could not see it in the
outputs: the summary line named no remedy, the timeline labelled the report "(no place)" like a report naming no
place, the charts' and the map's captions said nothing, and notebook 05 showed neither the word nor the bar
(docs/rounds/t11b.md). Reports invented for these tests: a province's story (low), a county's (high) and one that
names no place, each dated.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import matplotlib
import pytest

from mobilization import charts, mainjob
from mobilization.cli import main

from invented import write_corpus

matplotlib.use("Agg")

REPORTS = {
    "henan_story": "河南省：两千名党员干部下沉社区\n发布时间：2020-02-10\n来源：河南省委组织部\n"
                   "河南省委组织部部署全省机关党员下沉社区，河南省共有2000名党员参加。\n",
    "county_story": "党员干部下沉社区\n发布时间：2020-02-12\n近日，宕昌县委组织部组织全县机关党员下沉社区。"
                    "宕昌县委要求党员亮明身份。宕昌县共有300名党员参加。\n",
    "nowhere_story": "党员干部下沉社区\n发布时间：2020-02-11\n近日，机关党员下沉社区，共有50名党员参加。\n",
}
MOBILIZED = "party_members_mobilized"
NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "05-your-corpus.ipynb"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("t11b") / "corpus", REPORTS)


@pytest.fixture(scope="module")
def built(corpus):
    t, errors = mainjob.corpus_tables(corpus)
    assert not errors
    assert t.set_aside == ["henan_story"]  # the province (low) is set aside by default
    return t


@pytest.fixture(scope="module")
def figs_low(corpus):
    """The charts with every place read used (--min-confidence low): nothing set aside."""
    import matplotlib.pyplot as plt

    t, _ = mainjob.corpus_tables(corpus, min_confidence="low")
    return _drawn_texts(mainjob.figures(t), plt)


@pytest.fixture(scope="module")
def figs(built):
    import matplotlib.pyplot as plt

    return _drawn_texts(mainjob.figures(built), plt)


def _drawn_texts(made, plt) -> dict[str, str]:
    """Each figure's drawn text by its name, the figure closed at once (two sets open at a time are too many)."""
    texts = {}
    for name, fig in made:
        texts[name] = _texts(fig)
        plt.close(fig)
    return texts


def _texts(fig) -> str:
    """Every text a figure draws: tick labels, titles and the caption."""
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


def test_the_summary_line_says_what_to_do(corpus, tmp_path) -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["run", str(corpus), "--out", str(tmp_path / "out")])
    assert code == 0
    assert ("set aside, place read below medium confidence: 1 (henan_story (河南省, low); give the place with "
            "--documents to count it)\n") in printed.getvalue()  # was: "… 1 (henan_story (河南省, low))"


def test_the_coverage_warning_says_documents_first(built) -> None:
    warning = next(w for w in mainjob.coverage_warnings(built.documents) if "below medium confidence" in w)
    assert warning.endswith(": henan_story (河南省, low)")
    assert warning.index("--documents") < warning.index("--min-confidence low")  # was: only --min-confidence low


def test_the_timeline_labels_a_set_aside_report_with_what_was_read(built) -> None:
    import matplotlib.pyplot as plt

    fig = charts.timeline_chart(built.places_used)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert "河南省 (set aside: low) · henan_story" in labels  # was: "(no place) · henan_story"
    assert "(no place) · nowhere_story" in labels  # a report naming no place keeps its label
    assert "宕昌县 · county_story" in labels


def test_the_run_draws_the_timeline_from_the_view_with_the_place_read(figs) -> None:
    assert "河南省 (set aside: low) · henan_story" in figs["report_timeline"]


@pytest.mark.parametrize("stem", [f"indicator_{MOBILIZED}", f"indicator_{MOBILIZED}_per_10k", f"map_{MOBILIZED}",
                                  "indicators_absolute", "facts_by_category"])
def test_the_place_charts_captions_say_how_many_were_set_aside(figs, figs_low, stem) -> None:
    text = " ".join(figs[stem].split())
    assert "Set aside: 1 report whose place was read below the confidence bar" in text
    assert "henan_story (河南省, low)" in text
    assert "set aside" not in figs_low[stem].lower()  # nothing set aside: the caption says nothing of it


def test_notebook_05_shows_the_word_and_passes_the_bar() -> None:
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]]
    setting = next(c for c in cells if c.startswith("CORPUS = "))
    assert 'MIN_CONFIDENCE = "medium"' in setting
    assert any("corpus_tables(CORPUS, DOCUMENTS_CSV, min_confidence=MIN_CONFIDENCE)" in c for c in cells)
    table = next(c for c in cells if "coverage_warnings" in c)
    assert "MIN_CONFIDENCE" in table and '"place_confidence"' in table
    assert any("high" in c and "medium" in c and "low" in c and "--min-confidence" in c
               for c in cells if c.startswith("## ") or "MIN_CONFIDENCE" in c)
