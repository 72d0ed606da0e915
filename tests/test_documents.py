"""The documents table: user metadata wins over detection; `mobilization documents` writes it whole."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mobilization.corpus import Document
from mobilization.documents import DOCUMENT_COLUMNS, describe, documents_table, read_user_metadata
from mobilization.errors import InputError
from mobilization.pipeline import MENTION_COLUMNS, analyse

REPORT = "宕昌：党旗飘扬\n2020年03月09日 来源：宕昌县委组织部\n全县建立临时党支部143个。\n"


def test_detected_place_and_date_with_offsets_into_the_original():
    doc = Document("a", "a.txt", "", "utf-8", REPORT)
    info = describe(doc)
    assert (info.place_code, info.place_level, info.place_source) == ("621223", "county", "detected")
    assert (info.date, info.date_precision, info.date_source) == ("2020-03-09", "day", "detected")
    span, surface = info.date_evidence.split("; ")[0].split(" ", 1)
    start, end = map(int, span.split(":"))
    assert REPORT[start:end] == surface
    assert info.population_2020 == 254944


def test_user_metadata_wins_per_document_and_for_all():
    doc = Document("a", "a.txt", "", "utf-8", REPORT)
    info = describe(doc, {"a": {"place": "青岛市市南区"}, "*": {"date": "2020-02"}})
    assert (info.place_code, info.place_source, info.place_evidence) == ("370202", "user", "")
    assert (info.date, info.date_precision, info.date_source) == ("2020-02", "month", "user")


def test_seed_metadata_is_user_metadata():
    info = analyse(Document("004_751d38772c959f59", "x.txt", "", "utf-8", "市直工委组织党员下沉。",
                            {"place_code": "441600", "date": "2020-03"})).info
    assert (info.place_code, info.place_source, info.date, info.date_precision) == ("441600", "user", "2020-03", "month")


def test_no_place_no_date_is_explicit():
    row = documents_table([Document("n", "n.txt", "", "utf-8", "党员踊跃捐款，3月29日起开展活动。")]).iloc[0]
    assert list(row.index) == DOCUMENT_COLUMNS
    assert (row["place_code"], row["place_source"], row["date"], row["date_source"]) == ("", "none", "", "none")
    assert pd.isna(row["population_2020"])


def test_bad_user_metadata_names_the_file_and_row(tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,place_code\na,999999\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"meta.csv row 2: place_code '999999'"):
        read_user_metadata(meta)
    meta.write_text("name,place\na,宕昌县\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs a 'doc' column"):
        read_user_metadata(meta)


def test_mentions_carry_the_documents_place_and_date():
    a = analyse(Document("a", "a.txt", "", "utf-8", REPORT))
    m = a.mentions[0]
    assert [f for f in MENTION_COLUMNS][-4:] == ["place_code", "place_name", "date", "date_precision"]
    assert (m.place_code, m.place_name, m.date, m.date_precision) == ("621223", "宕昌县", "2020-03-09", "day")


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mobilization", "documents", *map(str, args)],
                          capture_output=True, text=True)


def test_cli_writes_the_table_and_user_metadata_wins(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("党员下沉\n全区建立临时党支部。\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,place_code,date\nb,370202,2020-02-19\n", encoding="utf-8")
    out = tmp_path / "docs.csv"
    done = _cli(tmp_path / "in", "--out", out, "--meta", meta)
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(table.columns) == DOCUMENT_COLUMNS
    assert table.set_index("doc").loc["b", ["place_code", "place_source", "date"]].tolist() == ["370202", "user", "2020-02-19"]
    assert table.set_index("doc").loc["a", "place_source"] == "detected"


def test_cli_writes_whole_or_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "docs.csv"
    out.write_text("old\n", encoding="utf-8")
    bad = tmp_path / "meta.csv"
    bad.write_text("doc,date\na,2020-02-30\n", encoding="utf-8")
    done = _cli(tmp_path / "a.txt", "--out", out, "--meta", bad)
    assert done.returncode == 2 and "nothing written" in done.stderr
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "docs.csv", "meta.csv"]
    assert _cli(tmp_path / "missing.txt", "--out", out).returncode == 2


def test_cli_never_replaces_a_file_it_did_not_write(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    refs = tmp_path / "refs.csv"
    refs.write_text("title,year\n某书,2020\n", encoding="utf-8")
    done = _cli(tmp_path / "a.txt", "--out", refs)
    assert done.returncode == 2 and "not a documents table written by this command" in done.stderr
    assert refs.read_text(encoding="utf-8") == "title,year\n某书,2020\n"
    ours = tmp_path / "docs.csv"
    assert _cli(tmp_path / "a.txt", "--out", ours).returncode == 0
    assert _cli(tmp_path / "a.txt", "--out", ours).returncode == 0  # its own previous output: replaced
