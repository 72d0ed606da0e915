"""The data overlay: a researcher's own data files ($MOBILIZATION_DATA) add to or override the shipped ones."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mobilization.lexicon import data_dir, data_path, merge_rows, overlay_dir, read_rows

ROOT = Path(__file__).resolve().parents[1]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_without_an_overlay_the_shipped_files_are_read(monkeypatch):
    monkeypatch.delenv("MOBILIZATION_DATA", raising=False)
    assert overlay_dir() is None
    assert data_path("places.csv") == data_dir() / "places.csv" == ROOT / "data" / "places.csv"


def test_an_overlay_adds_rows_and_overrides_rows_by_the_key_column(tmp_path, monkeypatch):
    shipped = read_rows("place_labels.csv")
    _write(tmp_path, "place_labels.csv",
           "# my places\nplace_id,label_zh,label_en\nzz_overlay_test,某县,Mou\nshinan,市南区,Shinan (Qingdao)\n")
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    rows = read_rows("place_labels.csv")
    assert len(rows) == len(shipped) + 1
    assert rows[-1] == {"place_id": "zz_overlay_test", "label_zh": "某县", "label_en": "Mou"}
    by_id = {r["place_id"]: r for r in rows}
    assert by_id["shinan"]["label_en"] == "Shinan (Qingdao)"
    assert [r["place_id"] for r in rows[:-1]] == [r["place_id"] for r in shipped]  # order kept
    monkeypatch.delenv("MOBILIZATION_DATA")
    assert read_rows("place_labels.csv") == shipped  # the shipped file itself is untouched


def test_columns_left_out_of_an_overlay_keep_the_shipped_values(tmp_path, monkeypatch):
    _write(tmp_path, "places.csv", "place_id,population_2020\nshinan,500000\n")
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    row = next(r for r in read_rows("places.csv") if r["place_id"] == "shinan")
    assert row["population_2020"] == "500000" and row["name_zh"] == "市南区"


def test_a_file_only_in_the_overlay_is_read_as_it_is(tmp_path, monkeypatch):
    _write(tmp_path, "my_list.csv", "word\n甲\n乙\n")
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    assert [r["word"] for r in read_rows("my_list.csv")] == ["甲", "乙"]
    assert data_path("my_list.csv") == tmp_path / "my_list.csv"


def test_bad_overlays_are_named(tmp_path, monkeypatch):
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path / "nosuch"))
    with pytest.raises(FileNotFoundError, match="nosuch: MOBILIZATION_DATA names no folder"):
        read_rows("places.csv")
    bad = _write(tmp_path, "nouns.csv", "noun,category\n巡逻哨,organization\n")
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    with pytest.raises(ValueError, match=f"{bad}: no column 'head'"):
        read_rows("nouns.csv")


def test_a_key_given_twice_replaces_every_shipped_row_of_that_key():
    base = ({"w": "多", "pos": "after"}, {"w": "约", "pos": "before"}, {"w": "多", "pos": "inner"})
    merged = merge_rows(base, ({"w": "多", "pos": "before"},), "w")
    assert merged == ({"w": "多", "pos": "before"}, {"w": "约", "pos": "before"})


def test_the_extractor_reads_a_word_from_the_overlay(tmp_path):
    """End to end, in a fresh process (the extractor compiles its word lists once per process)."""
    _write(tmp_path, "nouns.csv", "head,category\n巡逻哨,organization\n")
    code = ("from mobilization.quantities import extract; "
            "print([(q.entity, q.category) for q in extract('全镇组建护堤巡逻哨12个')])")
    env = {k: v for k, v in os.environ.items() if k != "MOBILIZATION_DATA"}
    plain = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    mine = subprocess.run([sys.executable, "-c", code], env=dict(env, MOBILIZATION_DATA=str(tmp_path)),
                          capture_output=True, text=True, check=True)
    assert plain.stdout.strip() == "[('护堤巡逻哨', 'other')]"  # read from the language, category unknown
    assert mine.stdout.strip() == "[('护堤巡逻哨', 'organization')]"
