"""Round f17 (seventeenth session): three modules split into named steps, behaviour unchanged (docs/rounds/f17.md).

The moved names live in the modules that say their step, and the old import paths still hand on the same objects
(the places package, the notebooks and other code import them from there). Names and places invented for these tests.
"""
from __future__ import annotations

import io
from pathlib import Path

from mobilization import evaluate, gazetteer, lexicon, quoted_accuracy, repair
from mobilization import gazetteer_aliases, gazetteer_divisions
from mobilization.repair import body, line_furniture


def test_the_gazetteer_hands_on_the_census_it_reads_from_its_own_module() -> None:
    for name in ("Division", "divisions", "zones", "ancestors", "province_of", "province_weights"):
        assert getattr(gazetteer, name) is getattr(gazetteer_divisions, name)
    assert gazetteer_divisions.province_of("621223") == "620000"


def test_the_short_form_rules_are_their_own_step_and_name_the_file_the_gazetteer_reads() -> None:
    assert gazetteer.ALIASES is gazetteer_aliases.ALIASES == "place_aliases.csv"
    assert gazetteer.ZONE_OWN_NEW_AREA is gazetteer_aliases.ZONE_OWN_NEW_AREA
    # an invented autonomous county: its stem alone, and the stem with 县
    assert gazetteer_aliases.short_forms("甲乙丙藏族自治县", "county") == [("甲乙丙", "ethnic+suffix"), ("甲乙丙县", "ethnic+县")]
    assert not hasattr(gazetteer, "alias_rows")  # made offline; the analysis reads the written file


def test_evaluate_hands_on_the_quoted_numbers_the_notebooks_call() -> None:
    for name in ("heldout_accuracy", "heldout_summary", "figures_rounds", "figures_summary", "figures_table",
                 "places_rounds", "places_summary", "places_table", "first_contact_curve", "pooled_first_contact"):
        assert getattr(evaluate, name) is getattr(quoted_accuracy, name)


def test_each_lines_own_verdict_comes_from_line_furniture() -> None:
    assert body._classify is line_furniture._classify is repair._classify
    why, ends = line_furniture._classify(["首页 新闻 图片", "+1", "乙县开会,共有十名干部参加了这次会议。" * 3],
                                         line_furniture._markers())
    assert why[1] == "digits" and why[2] is None and ends == [None, None, None]


def test_generated_data_files_share_one_writer(tmp_path: Path) -> None:
    buf = io.StringIO()
    buf.write("# invented\n")
    out = lexicon.write_data_csv(tmp_path / "x.csv", buf, ["alias", "division_code"], [{"alias": "甲乙", "division_code": "1"}])
    assert out.read_text(encoding="utf-8") == "# invented\nalias,division_code\n甲乙,1\n"
