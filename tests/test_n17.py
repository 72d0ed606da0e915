"""Round n17: a newcomer's walk through the README on a corpus of their own (docs/rounds/n17.md).

Each test failed on c6cbcf3. Every text here is invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mobilization import cli
from mobilization.user_metadata import user_place

# An invented report of a county, in simplified script.
_STORY = "甘肃省陇南市宕昌县成立抗洪临时党支部\n2021年8月3日\n宕昌县近日成立临时党支部12个，下派干部300余名。\n"


def _two_year_folders(tmp_path: Path) -> Path:
    """A corpus as researchers keep one: a folder a year, the files numbered in each."""
    corpus = tmp_path / "corpus"
    for year in ("2020", "2021"):
        (corpus / year).mkdir(parents=True)
        (corpus / year / "001.txt").write_text(_STORY.replace("2021年", f"{year}年"), encoding="utf-8")
    (corpus / "2021" / "002.txt").write_text(_STORY, encoding="utf-8")
    return corpus


# ---------------------------------------------------------------- one document id, two files

@pytest.mark.parametrize("command, out", [("documents", "d.csv"), ("extract", "m.csv"), ("run", "results")])
def test_two_files_with_one_document_id_are_refused_naming_both(tmp_path, capsys, command, out):
    """2020/001.txt and 2021/001.txt were both rows `001` (untraceable), and `run` stopped with a traceback."""
    corpus = _two_year_folders(tmp_path)
    target = tmp_path / out
    assert cli.main([command, str(corpus), "--out", str(target), *(["-q"] if command == "extract" else [])]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert f"{corpus / '2020' / '001.txt'}, {corpus / '2021' / '001.txt'}" in first
    assert "document id 001" in first and "rename" in first
    assert err.splitlines()[-1].endswith("nothing written")
    assert not target.exists()


def test_the_same_file_named_twice_is_refused(tmp_path, capsys):
    """`extract corpus corpus/2021/002.txt` read 002 twice, and its figures would be counted twice."""
    corpus = _two_year_folders(tmp_path)
    (corpus / "2020" / "001.txt").unlink()
    target = tmp_path / "m.csv"
    assert cli.main(["extract", str(corpus), str(corpus / "2021" / "002.txt"), "--out", str(target), "-q"]) == 2
    assert "given twice" in capsys.readouterr().err
    assert not target.exists()


def test_one_folder_of_distinct_names_is_still_read(tmp_path, capsys):
    corpus = _two_year_folders(tmp_path)
    (corpus / "2020" / "001.txt").rename(corpus / "2020" / "2020_001.txt")
    target = tmp_path / "d.csv"
    assert cli.main(["documents", str(corpus), "--out", str(target)]) == 0
    assert target.read_text(encoding="utf-8").count("621223") == 3


# ---------------------------------------------------------------- place names in traditional script

@pytest.mark.parametrize("name, code", [("順德區", "440606"),            # refused before
                                        ("廣東省佛山市順德區", "440606"),  # 440600, the prefecture, in silence before
                                        ("福州市鼓樓區", "350102"),        # 350100 before
                                        ("乾县", "610424"), ("咸阳市乾县", "610424"), ("顺德区", "440606")])
def test_a_place_written_in_traditional_script_is_read_as_in_simplified(name, code):
    assert user_place({"place": name}, "meta.csv row 2") == code


def test_a_big5_documents_csv_with_a_traditional_name_sets_the_place(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text(_STORY, encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_bytes("doc,place\nreport,廣東省佛山市順德區\n".encode("big5"))
    out = tmp_path / "d.csv"
    assert cli.main(["documents", str(report), "--out", str(out), "--meta", str(meta)]) == 0
    row = out.read_text(encoding="utf-8").splitlines()[1].split(",")
    assert row[1:5] == ["440606", "顺德区", "county", "user"]


# ---------------------------------------------------------------- what `documents` says of a wrong OUT

@pytest.mark.parametrize("out", ["d.xlsx", "d.txt"])
def test_documents_into_a_wrong_suffix_offers_no_folder(tmp_path, capsys, out):
    """`documents --out d.xlsx` was told "output must be FILE.csv, FILE.parquet or a folder", and a folder is refused."""
    report = tmp_path / "report.txt"
    report.write_text(_STORY, encoding="utf-8")
    assert cli.main(["documents", str(report), "--out", str(tmp_path / out)]) == 2
    assert capsys.readouterr().err == (f"mobilization: {tmp_path / out}: the documents table is one file: "
                                       "give FILE.csv or FILE.parquet\n")
    assert not (tmp_path / out).exists()


def test_a_parquet_table_whose_rows_share_a_doc_is_refused_by_documents_and_run(tmp_path, capsys):
    """Two rows `doc` = a were two rows a in the documents table, and `run` stopped with a traceback."""
    import pandas as pd

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pd.DataFrame({"doc": ["a", "a"], "text": [_STORY, _STORY.replace("宕昌", "岷")]}).to_parquet(corpus / "t.parquet")
    assert cli.main(["documents", str(corpus), "--out", str(tmp_path / "d.csv")]) == 2
    err = capsys.readouterr().err
    assert "t.parquet row 0, " in err and "t.parquet row 1:" in err and "document id a" in err and "Traceback" not in err
    assert cli.main(["run", str(corpus), "--out", str(tmp_path / "results")]) == 2
    assert "document id a" in capsys.readouterr().err
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "results").exists()
