"""Round t12b (twelfth session): a newcomer's audit of the docs, the notices and the notebooks.

Code changes tested here (each test fails on the code before the round):
4. the figure's confidence word reaches the facts table (the word of the mention a fact shows) and the indicators
   table (the lowest word of the facts behind a value);
9. an edited `place_confidence` in a documents table given back is named (it is not read), and the run's remedy for a
   set-aside place points into that table;
10. a row the user took as theirs (`user` in `place_source`) is acknowledged, and a changed date is called a date;
14b. columns of one's own given with `--meta` are not all called misspellings; a near miss is, with its column;
O16. the panels' title covers public funds; count axes have whole-number ticks, and an empty panel no scale.

Reports and sentences invented for these tests.
"""
from __future__ import annotations

import contextlib
import io

import matplotlib
import pandas as pd
import pytest

from mobilization import tables
from mobilization.cli import main
from mobilization.user_metadata import unused_columns_warning

from invented import as_read, corpus  # noqa: F401 (fixtures)

matplotlib.use("Agg")


def _mention(start: int, surface: str, value: float, entity: str, category: str, unit: str, confidence: str,
             sentence: str) -> dict:
    return dict(doc="d", start=start, end=start + len(surface), surface=surface, value=value, approx="exact",
                value_high=None, unit=unit, currency="CNY" if unit == "元" else "", entity=entity, category=category,
                damaged=False, confidence=confidence, in_body=True, sentence=sentence, place_code="621223",
                place_name="宕昌县", date="2021-07-20", date_precision="day")


MENTIONS = [
    _mention(10, "临时党支部12个", 12.0, "临时党支部", "organization", "个", "medium", "全县共成立临时党支部12个。"),
    _mention(40, "党员干部300名", 300.0, "党员干部", "personnel", "名", "medium", "全县共下沉党员干部300名。"),
    _mention(80, "党费50万元", 500000.0, "党费", "funds", "元", "high", "县委组织部共下拨党费50万元。"),
]


@pytest.fixture(scope="module")
def built():
    mentions = tables.mention_frame(MENTIONS)
    facts = tables.facts(mentions)
    docs = pd.DataFrame(dict(doc=["d"], place_code=["621223"], place_name=["宕昌县"], place_level=["county"],
                             population_2020=[None], date=["2021-07-20"], date_precision=["day"]))
    return facts, tables.indicators(facts, docs)


def test_the_facts_table_carries_the_figures_confidence_word(built) -> None:
    facts, _ = built
    assert "confidence" in tables.FACT_COLUMNS
    assert dict(zip(facts["surface"], facts["confidence"])) == {
        "临时党支部12个": "medium", "党员干部300名": "medium", "党费50万元": "high"}


def test_an_indicator_value_says_the_lowest_word_of_its_figures(built) -> None:
    _, ind = built
    word = ind.set_index("indicator_id")["confidence"]
    assert word["party_dues"] == "high"
    assert word["temp_party_orgs"] == "medium"
    assert word["cash_donations"] == ""  # not reported: no figure, no word
    assert tables.columns.lowest_word(["high", "low", "medium"]) == "low"


# --- a documents table given back (9, 10) ---------------------------------------------------------------------------

def _run(corpus, table: pd.DataFrame, folder) -> tuple[list[str], str]:
    path = folder / "checked.csv"
    table.to_csv(path, index=False)
    printed, said = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(said):
        assert main(["run", str(corpus), "--out", str(folder / "run"), "--documents", str(path)]) == 0
    return printed.getvalue().splitlines(), said.getvalue()


def test_an_edited_place_confidence_is_named_and_the_remedy_is_in_the_table(corpus, as_read, tmp_path) -> None:
    table = as_read.copy()
    table.loc[table["doc"] == "henan_story", "place_confidence"] = "high"  # the researcher "vouches" for it
    lines, said = _run(corpus, table, tmp_path)
    assert ("checked.csv: place_confidence is not read, and was edited in 1 row kept as read: henan_story "
            "(high ≠ low); the word is the text's: to count a place, change place_code or write user in "
            "place_source") in said  # was: nothing said, and henan_story still set aside
    aside = next(line for line in lines if line.startswith("set aside, place read below medium confidence: 2"))
    assert aside.endswith("to count them, change their place_code or write user in their place_source in the table "
                          "given)")  # was: "give the places with --documents to count them", which was just done


def test_a_place_taken_as_the_users_is_acknowledged(corpus, as_read, tmp_path) -> None:
    table = as_read.copy()
    table.loc[table["doc"] == "henan_story", "place_source"] = "user"  # checked: the province's story it is
    table.loc[table["doc"] == "county_story", "date"] = "2020-02-13"  # and one date corrected
    _, said = _run(corpus, table, tmp_path)
    assert ("checked.csv: 2 places marked detected: 2 as read stay read, with their confidence word; 3 dates marked "
            "detected: 2 as read stay read; 1 date changed is yours: county_story; 1 place taken as yours (user): "
            "henan_story") in said  # was: "…; 1 changed is yours: county_story", henan_story not named


# --- columns given with --meta (14b) --------------------------------------------------------------------------------

def test_columns_of_ones_own_are_not_called_misspellings() -> None:
    line = unused_columns_warning("documents.csv", ["doc_id", "file", "place_id", "outlet", "date", "date_note"])
    assert line == ("documents.csv: columns file, place_id, outlet, date_note not used; the columns read are doc "
                    "(or doc_id), place_code, place, date")  # was: "… not used (a misspelling?); …"
    assert unused_columns_warning("m.csv", ["doc", "plac_code"]).startswith(
        "m.csv: column plac_code (a misspelling of place_code?) not used;")


# --- the panels (O16) -----------------------------------------------------------------------------------------------

def _panel_indicators() -> pd.DataFrame:
    rows = []
    for rule in tables.rules():
        for code, name in (("621223", "宕昌县"), ("621202", "武都区")):
            value = 3.0 if rule.indicator_id == "villages_covered" and code == "621223" else float("nan")
            rows.append(dict(place_code=code, place_name=name, place_level="county", indicator_id=rule.indicator_id,
                             label_zh=rule.label_zh, label_en=rule.label_en, unit=rule.unit,
                             value=value, approx="exact" if value == value else "", bound="exact" if value == value
                             else "", per_capita=rule.per_capita, per_10k=float("nan"), sources=""))
    return pd.DataFrame(rows)


def test_the_panels_title_covers_public_funds_and_counts_have_whole_ticks() -> None:
    import matplotlib.pyplot as plt

    from mobilization import charts

    fig = charts.indicator_panels(_panel_indicators())
    try:
        assert "public funds" in fig._suptitle.get_text()  # was: "Party mobilization by place"
        axes = {ax.get_title(): ax for ax in fig.axes if ax.get_title()}
        villages = next(ax for title, ax in axes.items() if "覆盖村" in title)
        ticks = [t for t in villages.get_xticks() if villages.get_xlim()[0] <= t <= villages.get_xlim()[1]]
        assert ticks and all(float(t).is_integer() for t in ticks)  # was: 0, 0.5, 1 … 3.5 villages
        orgs = next(ax for title, ax in axes.items() if "临时党组织" in title)
        assert list(orgs.get_xticks()) == []  # no value: no 0–1.4 scale of fractional organizations
    finally:
        plt.close(fig)
