"""Round d11 (eleventh session): three small leftovers of the tenth session's notes, each pinned on inputs written for
this test. Every test here failed on the code before the round but one, which pins what the change leaves alone
(`convert` exits 1 when only some inputs fail).

- `convert` exited 1 when every input failed, where `extract`, `documents` and `run` exit 2 ("nothing done");
- the data overlay (MOBILIZATION_DATA) merged rows by the first column only, so a researcher's row for a word that
  stands in two lists of a `word,list` file replaced both of its rows with one;
- the main job counted the places with indicator values twice (for its exit code, and again inside
  `summary_lines`).
"""
from __future__ import annotations

from pathlib import Path


from mobilization import cli

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- convert: every input failed → 2

def test_convert_exits_2_when_every_input_fails(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli.main(["convert", str(tmp_path / "nosuch.txt")]) == 2  # was 1
    assert cli.main(["convert", str(empty), str(tmp_path / "nosuch.txt")]) == 2  # was 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-2:] == [f"mobilization: {empty}: empty file (0 bytes)",
                                              f"mobilization: {tmp_path / 'nosuch.txt'}: no such file"]


def test_convert_still_exits_1_when_only_some_inputs_fail(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("全县组建党员突击队12支。\n", encoding="utf-8")
    assert cli.main(["convert", str(good), str(tmp_path / "nosuch.txt")]) == 1
    assert "党员突击队" in capsys.readouterr().out
