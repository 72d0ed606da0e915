"""benchmarks/heldout/agreement: two annotations of one corpus compared (invented labels)."""
from __future__ import annotations

from pathlib import Path

from invented import benchmark_script


def _module(name: str):
    return benchmark_script(f"heldout/agreement/{name}.py")


places_compare = _module("places_compare")
figures_agree = _module("figures_agree")

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
    lines = places_compare.places(first, second, texts=None)
    assert lines[0] == ("documents 3; same place code 2/3 (0.667); "
                        "same date where either prints one 1/2 (0.500)")
    assert lines[1:] == ["  differ: 002 370202 市南区 | 370200 青岛市"]


def _gold(folder: Path, doc: str, rows: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{doc}.gold.csv").write_text("surface,value,approx,unit,entity,category,currency\n"
                                            + "".join(r + "\n" for r in rows), encoding="utf-8")


def test_figures_scores_the_second_and_the_extractor_against_both(tmp_path, capsys):
    _gold(tmp_path / "a", "001", ["30名党员,30,exact,名,党员,personnel,", "5个临时党支部,5,exact,个,临时党支部,organization,"])
    _gold(tmp_path / "b", "001", ["30名党员,30,exact,名,党员,personnel,", "5个临时党支部,5,exact,个,临时党支部,activity,"])
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "001.txt").write_text("某县组织30名党员下沉社区，成立5个临时党支部。", encoding="utf-8")
    assert figures_agree.main([str(tmp_path / "a"), str(tmp_path / "b"), "--texts", str(tmp_path / "t")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "documents 1, gold rows 2, second rows 2"
    assert out[2] == "strict matches 2, category right 1"
    assert out[3].startswith("extractor against the gold: ") and "strict P 1.000 R 1.000" in out[3]
    assert out[4].startswith("extractor against the second: ")
