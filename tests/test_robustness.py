"""Hostile input: bad encodings, binary files, HTML, a 50 MB line, killed runs, odd file names.

Every decodable file gives the mentions of its UTF-8 original; every other file gets one
line naming it; the run exits 1 and still writes the good files' mentions.
"""
from __future__ import annotations

import hashlib
import math
import re
import signal
import struct
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mobilization.corpus import Document, load
from mobilization.pipeline import analyse, mention_rows

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = {p.stem[:3]: p for p in sorted(SEEDS.glob("*.txt"))}
KEY = ["value", "unit", "entity", "category", "surface"]
_RESIDUE = re.compile(r"\([a-zü\u00e0-\u01dc]{1,7}\)")


def extract(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mobilization", "extract", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, na_values={"value_high": [""]})


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def _big5_original() -> str:
    """Seed 004 without its pinyin residue (tone marks are not in Big5), lines Big5 can encode."""
    text = _RESIDUE.sub("", SEED["004"].read_text(encoding="utf-8"))
    lines = []
    for line in text.splitlines(keepends=True):
        try:
            line.encode("big5", errors="strict")
        except UnicodeEncodeError:
            continue
        lines.append(line)
    return "".join(lines)


def _html(text: str) -> str:
    paragraphs = "\n".join(f"<p class=\"c\">{line.replace('&', '&amp;').replace('<', '&lt;')}</p>&nbsp;"
                           for line in text.splitlines() if line.strip())
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>新闻</title></head>\n"
            f"<body><div id=\"main\">\n{paragraphs}\n</div></body></html>\n")


def _truncated(data: bytes) -> bytes:
    cut = len(data) // 2
    while data[cut] & 0xC0 == 0x80 or data[cut] < 0x80:  # find a multi-byte character's lead byte
        cut += 1
    return data[:cut + 1]


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory):
    """A folder of good and bad files; `originals` maps each decodable file to its UTF-8 original."""
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    folder.mkdir()
    utf8 = {k: p.read_text(encoding="utf-8") for k, p in SEED.items()}
    big5 = _big5_original()
    files = {
        "good.txt": (SEED["002"].read_bytes(), utf8["002"]),
        "gb18030.txt": (utf8["000"].encode("gb18030"), utf8["000"]),
        "gbk.txt": (utf8["003"].encode("gbk"), utf8["003"]),
        "big5.txt": (big5.encode("big5"), big5),
        "utf16.txt": (utf8["001"].encode("utf-16"), utf8["001"]),
        "utf8bom.txt": (b"\xef\xbb\xbf" + SEED["004"].read_bytes(), utf8["004"]),
        "page.html": (_html(utf8["003"]).encode("utf-8"), None),
        "empty.txt": (b"", None),
        "image.txt": (_png(), None),
        "truncated.txt": (_truncated(SEED["002"].read_bytes()), None),
        "nul.txt": (SEED["002"].read_bytes()[:3000] + b"\x00" * 4 + SEED["002"].read_bytes()[3000:], None),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    out = folder.parent / "mentions.csv"
    done = extract(folder, "--out", out, "--all", "--jobs", "2", "--chunk-mb", "0.01")
    return {"folder": folder, "done": done, "table": _read_csv(out),
            "originals": {Path(n).stem: text for n, (_, text) in files.items() if text is not None},
            "html_original": utf8["003"]}


def _reference(text: str, doc: str) -> pd.DataFrame:
    return pd.DataFrame(mention_rows(analyse(Document(doc, "", "", "utf-8", text)), include_boilerplate=True))


def _assert_sane(table: pd.DataFrame, texts: dict[str, str]) -> None:
    """Finite, non-negative values; text[start:end] == surface in the decoded original."""
    assert table["value"].map(math.isfinite).all() and (table["value"] >= 0).all()
    highs = table["value_high"].dropna()
    assert highs.map(math.isfinite).all() and (highs >= 0).all()
    for doc, rows in table.groupby("doc"):
        text = texts[doc]
        bad = [(s, e, surface) for s, e, surface in zip(rows["start"], rows["end"], rows["surface"])
               if text[s:e] != surface]
        assert not bad, (doc, bad[:3])


def test_bad_files_get_one_line_each_and_exit_1(bad_corpus):
    done, folder = bad_corpus["done"], bad_corpus["folder"]
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    expected = {"empty.txt": "empty file", "image.txt": "PNG", "truncated.txt": "truncated UTF-8",
                "nul.txt": "NUL byte"}
    for name, reason in expected.items():
        mine = [ln for ln in lines if ln.startswith(f"mobilization: {folder / name}: ")]
        assert len(mine) == 1 and reason in mine[0], (name, lines)
    assert len(lines) == len(expected) + 1 and lines[-1].startswith("mobilization: 4 of 11 inputs failed")


@pytest.mark.parametrize("name", ["good", "gb18030", "gbk", "big5", "utf16", "utf8bom"])
def test_re_encoded_seed_gives_the_mentions_of_its_utf8_original(bad_corpus, name):
    table = bad_corpus["table"]
    got = table[table["doc"] == name].reset_index(drop=True)
    want = _reference(bad_corpus["originals"][name], name)
    assert len(want) > 5
    assert got[["start", "end"] + KEY].values.tolist() == want[["start", "end"] + KEY].values.tolist()


def test_html_page_gives_the_mentions_of_its_text(bad_corpus):
    table = bad_corpus["table"]
    got = table[table["doc"] == "page"]
    want = _reference(bad_corpus["html_original"], "page")
    assert Counter(map(tuple, got[KEY].values.tolist())) == Counter(map(tuple, want[KEY].values.tolist()))


def test_every_mention_of_the_hostile_corpus_is_sane(bad_corpus):
    folder = bad_corpus["folder"]
    texts = {p.stem: load(p).text for p in folder.iterdir() if p.stem in set(bad_corpus["table"]["doc"])}
    assert set(texts) == {"good", "gb18030", "gbk", "big5", "utf16", "utf8bom", "page"}
    _assert_sane(bad_corpus["table"], texts)


def test_50_mb_single_line(tmp_path):
    """One document, one line, 50 MB: linear time and bounded memory per document.

    Seed 000 is the hard case: every copy carries mojibake, so the line has thousands of
    damaged spans and repaired edits that each mention's offsets must be traced through.
    """
    line = SEED["000"].read_text(encoding="utf-8").replace("\r", " ").replace("\n", " ")
    unit = line.encode("utf-8")
    big = tmp_path / "one_line.txt"
    big.write_bytes(unit * (50_000_000 // len(unit) + 1))
    out = tmp_path / "m.csv"
    # run under a parent that reports the largest resident set of its children
    probe = ("import resource, subprocess, sys; "
             "rc = subprocess.call(sys.argv[1:]); "
             "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "mobilization", "extract", str(big),
           "--out", str(out), "--jobs", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    rc, max_rss_kb = map(int, done.stdout.split())
    assert rc == 0, done.stderr
    assert max_rss_kb < 1_000_000, f"peak memory {max_rss_kb / 1e6:.2f} GB for a 50 MB line (read in pieces: docs/cli.md)"
    table = _read_csv(out)
    per_copy = len(_reference(line, "x").query("in_body"))
    assert len(table) >= 0.9 * per_copy * (50_000_000 // len(unit))
    _assert_sane(table, {"one_line": load(big).text})


def test_killed_run_leaves_previous_output_intact(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(300):
        for key, p in SEED.items():
            (corpus / f"{k:03d}_{key}.txt").write_bytes(p.read_bytes())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "mentions.csv"
    previous = "doc,start,end,surface\nx,0,1,1\n"  # a previous mention table (anything else is refused)
    out.write_text(previous, encoding="utf-8")
    cmd = [sys.executable, "-m", "mobilization", "extract", str(corpus), "--out", str(out), "--jobs", "1",
           "--chunk-mb", "0.1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until the temporary output holds some rows
            temps = [p for p in out_dir.iterdir() if p.name.startswith(".") and p.stat().st_size > 2000]
            if temps or proc.poll() is not None:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the run ended before it could be killed: make the corpus larger"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert out.read_text(encoding="utf-8") == previous
    visible = [p.name for p in out_dir.iterdir() if not p.name.startswith(".")]
    assert visible == ["mentions.csv"]
    assert all(p.name.endswith(".tmp") for p in out_dir.iterdir() if p.name.startswith("."))


def test_nothing_is_written_into_seeds(tmp_path):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.iterdir()}
    done = extract(SEEDS, "--out", tmp_path / "m.parquet", "--all", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.iterdir()}
    assert after == before
    for line in (SEEDS / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert after[name] == digest


def test_hostile_file_name_is_a_plain_file(tmp_path):
    name = "-n ; echo $(touch PWNED) `touch PWNED2` & x [1] 'q'.txt"
    (tmp_path / name).write_bytes(SEED["002"].read_bytes())
    done = extract("--out", "m.csv", "--jobs", "1", "--", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "PWNED2").exists()
    table = _read_csv(tmp_path / "m.csv")
    assert set(table["doc"]) == {Path(name).stem} and len(table) > 5
    _assert_sane(table, {Path(name).stem: load(tmp_path / name).text})


def test_parquet_input_is_never_unpickled(tmp_path):
    marker = tmp_path / "UNPICKLED"

    class Trap:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    import pickle

    payload = pickle.dumps(Trap())
    table = pa.table({"doc": ["x"], "text": [SEED["002"].read_text(encoding="utf-8")], "blob": [payload]})
    # pandas metadata in the schema is the usual way a pickled object could sneak in
    table = table.replace_schema_metadata({b"pandas": b'{"columns": [], "index_columns": []}',
                                           b"extra": payload})
    pq.write_table(table, tmp_path / "docs.parquet")
    done = extract(tmp_path / "docs.parquet", "--out", tmp_path / "m.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert len(_read_csv(tmp_path / "m.csv")) > 5


def test_library_never_evaluates_or_unpickles_input():
    """No eval/exec/pickle of data and no shell anywhere in the package."""
    forbidden = re.compile(r"\b(?:eval|exec)\(|\bpickle\.loads?\(|read_pickle|shell\s*=\s*True|os\.system\(|"
                           r"os\.popen\(|\bmarshal\.loads?\(|yaml\.load\(")
    hits = []
    for path in sorted((ROOT / "lib" / "mobilization").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if forbidden.search(line):
                hits.append(f"{path.name}:{number}: {line.strip()}")
    assert hits == []
