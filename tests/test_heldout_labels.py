"""The held-out labels are well-formed CSV: every row has the header's number of fields.

A note with an unquoted comma shifts every later field of its row (a place note ran into the date column of
AG 028 when it was relabelled), and the scorers would then read a note as a date without a word of warning.
"""
from __future__ import annotations

import csv
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
LABELS = sorted(HELDOUT.glob("*/gold_places.csv")) + sorted(HELDOUT.glob("*/gold/*.gold.csv"))


def _rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.reader(lines))


def test_there_are_labels_to_check():
    assert len(LABELS) > 100


def _shifted(path: Path) -> list[str]:
    header, *rows = _rows(path)
    return [f"{path.parent.name}/{path.name} {row[0]}" for row in rows if len(row) != len(header)]


def test_every_row_has_the_header_fields():
    bad = [where for path in LABELS for where in _shifted(path)]
    assert not bad, f"rows whose field count is not their header's: {bad}"


def test_a_shifted_row_is_caught(tmp_path: Path):
    f = tmp_path / "gold_places.csv"
    f.write_text("doc,place_code,place_note,date\n001,1,a note, with a comma,2020-01-01\n", encoding="utf-8")
    assert _shifted(f) == [f"{tmp_path.name}/gold_places.csv 001"]
