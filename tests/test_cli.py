"""The command line: `mobilization extract` inputs, outputs, jobs, errors, progress, start-up."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mobilization.corpus import load
from mobilization.pipeline import MENTION_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
BODY_COLUMNS = [c for c in MENTION_COLUMNS if c != "in_body"]


def extract(*args: str | Path, cwd: Path | None = None, stderr=subprocess.PIPE) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mobilization", "extract", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=stderr, text=True, timeout=300)


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, keep_default_na=False, na_values={"value_high": [""]}, dtype={"place_code": str})
    return pd.read_parquet(path)


@pytest.fixture(scope="module")
def seeds_csv(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "seeds.csv"
    done = extract(SEEDS, "--out", out, "--jobs", "1")
    assert done.returncode == 0, done.stderr
    return out


def test_extract_writes_the_mention_table(seeds_csv):
    table = _read(seeds_csv)
    assert list(table.columns) == BODY_COLUMNS
    assert table["doc"].nunique() == 5 and len(table) > 20
    assert table.equals(table.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True))
    for doc, rows in table.groupby("doc"):
        text = load(SEEDS / f"{doc}.txt").text
        assert all(text[s:e] == surface for s, e, surface in zip(rows["start"], rows["end"], rows["surface"]))


def test_quiet_when_not_a_terminal(tmp_path):
    done = extract(SEED_FILES[0], "--out", tmp_path / "m.csv")
    assert done.returncode == 0 and done.stderr == "" and done.stdout == ""


def test_csv_parquet_folder_and_jobs_give_one_table(tmp_path, seeds_csv):
    reference = _read(seeds_csv)
    runs = {"m.parquet": ["--jobs", "1"], "parts": ["--jobs", "2", "--chunk-mb", "0.006"],
            "m2.csv": ["--jobs", "2", "--chunk-mb", "0.006"]}
    for name, options in runs.items():
        done = extract(SEEDS, "--out", tmp_path / name, *options)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "m2.csv").read_bytes() == seeds_csv.read_bytes()
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == [".mobilization-output", "part-00000.parquet"]
    for name in ["m.parquet", "parts"]:
        table = _read(tmp_path / name)
        assert str(table["start"].dtype) == "int64" and str(table["damaged"].dtype) == "bool"
        pd.testing.assert_frame_equal(table, reference, check_dtype=False)


def test_all_adds_in_body_and_keeps_at_least_the_body_rows(tmp_path, seeds_csv):
    done = extract(SEEDS, "--out", tmp_path / "all.csv", "--all")
    assert done.returncode == 0, done.stderr
    table = _read(tmp_path / "all.csv")
    assert list(table.columns) == MENTION_COLUMNS
    body = table[table["in_body"]].drop(columns="in_body").reset_index(drop=True)
    pd.testing.assert_frame_equal(body, _read(seeds_csv))


def test_globs_and_parquet_documents(tmp_path, seeds_csv):
    docs = [load(p) for p in SEED_FILES]
    pq.write_table(pa.table({"doc": [d.doc_id for d in docs[3:]], "text": [d.text for d in docs[3:]],
                             "place_code": [d.meta["place_code"] for d in docs[3:]],
                             "date": [d.meta["date"] for d in docs[3:]]}), tmp_path / "rest.parquet")
    done = extract(str(SEEDS / "00[0-2]_*.txt"), tmp_path / "rest.parquet", "--out", tmp_path / "m.csv")
    assert done.returncode == 0, done.stderr
    pd.testing.assert_frame_equal(_read(tmp_path / "m.csv"), _read(seeds_csv))


def test_bad_file_is_one_line_and_the_rest_is_written(tmp_path, seeds_csv):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in SEED_FILES:
        (corpus / p.name).write_bytes(p.read_bytes())
    (corpus / "001_empty.txt").write_bytes(b"")
    done = extract(corpus, tmp_path / "missing.txt", "--out", tmp_path / "m.csv")
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert f"mobilization: {corpus / '001_empty.txt'}: empty file (0 bytes)" in lines
    assert f"mobilization: {tmp_path / 'missing.txt'}: no such file" in lines
    assert "Traceback" not in done.stderr and len(lines) == 3  # two problems and the summary
    assert "2 of 7 inputs failed" in lines[-1]
    pd.testing.assert_frame_equal(_read(tmp_path / "m.csv"), _read(seeds_csv))


def test_nothing_to_do_exits_2_and_writes_nothing(tmp_path):
    done = extract(tmp_path / "nothing-here", "--out", tmp_path / "m.csv")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "mobilization: no input documents found; nothing written"
    bad_out = extract(SEED_FILES[0], "--out", tmp_path / "m.xlsx")
    assert bad_out.returncode == 2 and "output must be FILE.csv, FILE.parquet or a folder" in bad_out.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_inside_the_input_folder_is_refused(tmp_path):
    # (it used to be written and skipped as input; a second run could then replace a user's file
    # of that name inside the corpus: refusing is what rsync and git do)
    for p in SEED_FILES[:2]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    done = extract(tmp_path, "--out", tmp_path / "out" / "mentions.parquet")
    assert done.returncode == 2 and "inside the input" in done.stderr and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_progress_bar_on_a_terminal(tmp_path):
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    try:
        done = extract(SEEDS, "--out", tmp_path / "m.csv", stderr=follower)
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            shown += data
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "extract" in text and "B/s" in text and "5 docs" in text
    quiet = extract(SEEDS, "--out", tmp_path / "q.csv", "--quiet")
    assert quiet.stderr == ""


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from mobilization import cli; cli.build_parser().format_help(); "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'dask', 'distributed', 'matplotlib', "
            "'charset_normalizer', 'jieba', 'opencc') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
    helped = subprocess.run([sys.executable, "-m", "mobilization", "extract", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "--jobs" in helped.stdout and "--engine" in helped.stdout


def test_dask_engine_gives_the_same_table(tmp_path, seeds_csv):
    done = extract(SEEDS, "--out", tmp_path / "d.csv", "--engine", "dask", "--jobs", "2", "--chunk-mb", "0.006")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.csv").read_bytes() == seeds_csv.read_bytes()


def test_meta_sets_the_place_and_date_columns_of_the_mentions(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("宕昌：党旗飘扬\n宕昌县委组织部\n全县建立临时党支部143个。\n", encoding="utf-8")
    (texts / "b.txt").write_text("党员下沉社区\n全区建立临时党支部52个。\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,place,date\nb,福州市鼓楼区,2020-02-19\n*,,2020-03\n", encoding="utf-8")
    plain, given = tmp_path / "plain.csv", tmp_path / "given.csv"
    assert extract(texts, "--out", plain).returncode == 0
    done = extract(texts, "--out", given, "--meta", meta)
    assert done.returncode == 0, done.stderr
    before, after = _read(plain).set_index("doc"), _read(given).set_index("doc")
    assert list(_read(given).columns) == BODY_COLUMNS
    # a: its place still read from the text, its date from the '*' row; b: both from its own row
    assert before.loc["a", "place_code"] == after.loc["a", "place_code"] == "621223"
    assert (after.loc["a", "date"], after.loc["a", "date_precision"]) == ("2020-03", "month")
    assert before.loc["b", "place_code"] == ""
    assert tuple(after.loc["b", ["place_code", "place_name", "date", "date_precision"]]) == (
        "350102", "鼓楼区", "2020-02-19", "day")


def test_meta_rows_that_match_no_input_are_named_once(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("全县建立临时党支部14个。\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,date\na,2020-02-19\nA_typo,2020-02-20\n*,2020\n", encoding="utf-8")
    for command in ("extract", "documents"):
        done = subprocess.run([sys.executable, "-m", "mobilization", command, texts, "--out", tmp_path / f"{command}.csv",
                               "--meta", meta], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert done.stderr.count("not among the inputs: A_typo") == 1, (command, done.stderr)
        assert "a," not in done.stderr.split("inputs:")[1]  # the matched row and the '*' row are not named


def test_bad_meta_names_the_row_and_writes_nothing(tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,place\nx,鼓楼区\n", encoding="utf-8")
    done = extract(SEED_FILES[0], "--out", tmp_path / "m.csv", "--meta", meta)
    assert done.returncode == 2 and "meta.csv row 2" in done.stderr and "鼓楼区" in done.stderr
    assert not (tmp_path / "m.csv").exists()
