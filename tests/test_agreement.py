"""benchmarks/heldout/agreement.py: two annotations of one corpus compared (invented labels)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "heldout" / "agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

HEADER = "doc,place_code,place_name,place_level,place_note,date,date_precision,date_note,duplicate_of\n"


def _places(path: Path, rows: list[str]) -> Path:
    path.write_text("# invented labels\n" + HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_places_counts_codes_and_printed_dates(tmp_path):
    first = _places(tmp_path / "a.csv", ["001,621223,宕昌县,county,,2020-02-03,day,,",
                                         "002,370202,市南区,county,,,,,",
                                         "003,,,,national,2021-01-05,day,,"])
    second = _places(tmp_path / "b.csv", ["001,621223,宕昌县,county,,2020-02-03,day,,",
                                          "002,370200,青岛市,prefecture,,,,,",
                                          "003,,,,national,2021-01-06,day,,"])
    lines = agreement.places(first, second, texts=None)
    assert lines[0] == ("documents 3; same place code 2/3 (0.667); "
                        "same date where either prints one 1/2 (0.500)")
    assert lines[1:] == ["  differ: 002 370202 市南区 | 370200 青岛市"]


def _gold(folder: Path, doc: str, rows: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{doc}.gold.csv").write_text("surface,value,approx,unit,entity,category,currency\n"
                                            + "".join(r + "\n" for r in rows), encoding="utf-8")


def test_figures_scores_the_second_against_the_first(tmp_path):
    _gold(tmp_path / "a", "001", ["30名党员,30,exact,名,党员,personnel,", "5个临时党支部,5,exact,个,临时党支部,organization,"])
    _gold(tmp_path / "b", "001", ["30名党员,30,exact,名,党员,personnel,", "5个临时党支部,5,exact,个,临时党支部,activity,"])
    (line,) = agreement.figures(tmp_path / "a", tmp_path / "b", texts=None)
    assert line == ("documents 1; second against first: value F1 1.000, strict F1 1.000, "
                    "category 1/2 (0.500) (rows 2 / 2)")
