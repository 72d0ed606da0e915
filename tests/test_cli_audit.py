"""The newcomer audit's command-line findings, pinned: B3, B7, C3, C4, C5, C7, C8 (B1, B2, B6, C6: test_output_integrity)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mobilization import cli

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo"
GOOD = DEMO / "flood_county.txt"


# (the documents table is one file: `documents` has no folder output to keep)
@pytest.mark.parametrize("command, name", [("extract", "keep.csv"), ("extract", "keep.parquet"), ("extract", "keep"),
                                           ("documents", "keep.csv"), ("documents", "keep.parquet")])
def test_every_input_bad_leaves_a_previous_output_as_it_was(tmp_path, capsys, command, name):
    out = tmp_path / name
    assert cli.main([command, str(GOOD), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} if out.is_dir() else out.read_bytes()
    capsys.readouterr()
    assert cli.main([command, str(DEMO / "empty.txt"), str(DEMO / "image.txt"), "--out", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"mobilization: all 2 inputs failed; nothing written ({out} left as it was)"
    after = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} if out.is_dir() else out.read_bytes()
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_documents_says_how_many_of_how_many_failed(tmp_path, capsys):
    out = tmp_path / "d.csv"
    assert cli.main(["documents", str(GOOD), str(DEMO / "empty.txt"), "--out", str(out)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"mobilization: 1 of 2 inputs failed; the other 1 documents are in {out}")


@pytest.mark.parametrize("command", ["extract", "documents"])
def test_misspelt_and_unknown_metadata_columns_are_named(tmp_path, capsys, command):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,plac_code,date,notes\nflood_county,511528,2018-12-17,mine\n", encoding="utf-8")
    assert cli.main([command, str(GOOD), "--out", str(tmp_path / "o.csv"), "--meta", str(meta)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"mobilization: {meta}: columns plac_code (a misspelling of place_code?), notes not used; the columns read are "
        "doc (or doc_id), place_code, place, date"]


def test_a_documents_table_given_back_as_metadata_passes_without_a_word(tmp_path, capsys):
    table = tmp_path / "d.csv"
    assert cli.main(["documents", str(GOOD), "--out", str(table)]) == 0
    assert cli.main(["documents", str(GOOD), "--out", str(tmp_path / "d2.csv"), "--meta", str(table)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_a_metadata_csv_saved_as_gbk_is_read(tmp_path, encoding):
    meta = tmp_path / "meta.csv"
    meta.write_bytes("doc,place,date\r\nflood_county,宕昌县,2020-02\r\n".encode(encoding))
    out = tmp_path / "d.csv"
    assert cli.main(["documents", str(GOOD), "--out", str(out), "--meta", str(meta)]) == 0
    row = pd.read_csv(out, dtype=str).iloc[0]
    assert (row["place_code"], row["place_name"], row["place_source"], row["date"]) == (
        "621223", "宕昌县", "user", "2020-02")


def test_convert_names_each_file_when_there_are_several(capsys):
    assert cli.main(["convert", str(GOOD), str(DEMO / "village_gbk.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"==> {GOOD} <=="
    k = lines.index(f"==> {DEMO / 'village_gbk.txt'} <==")
    assert k > 1 and lines[k - 1] == ""
    assert cli.main(["convert", str(GOOD)]) == 0
    assert "==>" not in capsys.readouterr().out  # (one file: the text alone, as before)


def test_convert_into_a_pipe_that_closes_ends_quietly():
    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))] * 20
    done = subprocess.run(f"{sys.executable} -m mobilization convert {' '.join(files)} | head -1",
                          shell=True, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_run_help_lists_every_metadata_column_and_input_kind():
    text = cli.build_parser()._subparsers._group_actions[0].choices["run"].format_help()
    flat = " ".join(text.split())
    for word in ["place_code", "place (a name", "date", ".htm", "Parquet"]:
        assert word in flat, word
