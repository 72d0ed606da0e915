"""The hostile probe of issue 13: never lose a user's files, never hang, never a traceback.

One test (or a few) per defect the probe found, numbered as in the issue. Each failed before
its fix. Timing checks compare 100 KB with 1 MB of one shape (a ratio with a generous factor:
linear is 10, quadratic 100); benchmarks/bench_adversarial.py measures the shapes in full.
"""
from __future__ import annotations

import codecs
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings, strategies as st

from mobilization import corpus as loading, errors, outputs, scale
from mobilization.corpus import decode_bytes, load
from mobilization.errors import EmptyDocumentError, InputError, MobilizationError
from mobilization.mainjob import run_main
from mobilization.pipeline import analyse

# (names new with the fixes are looked up when a test runs, so that the tests run, and fail, on
# the code before them)
MARKER = ".mobilization-output"

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[2]  # any seed: a report with figures
DOC = "全县建立751个临时党支部，4600余名党员下沉社区。\n"


def extract(*args: str | Path, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mobilization", "extract", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def corpus(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"doc{k}.txt").write_text(DOC * (k + 1), encoding="utf-8")
    return folder


def no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr.replace("Error: ", "", 0), done.stderr


# ------------------------------------------------------------------ 1, 2: data loss

def test_1_out_naming_a_folder_of_the_users_files_is_refused_and_kept(tmp_path):
    docs = corpus(tmp_path / "corpus")
    mine = tmp_path / "r"
    mine.mkdir()
    (mine / "notes.md").write_text("thesis notes")
    done = extract(docs, "--out", f"{mine}/")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "not empty and was not written by this command" in done.stderr
    assert sorted(p.name for p in mine.iterdir()) == ["notes.md"]
    assert (mine / "notes.md").read_text() == "thesis notes"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_1_out_as_the_current_folder_is_refused(tmp_path):
    docs = corpus(tmp_path / "corpus")
    (tmp_path / "thesis.tex").write_text("chapter 1")
    for out in [str(tmp_path), ".", ""]:
        done = extract(docs, "--out", out, cwd=tmp_path)
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, (out, done.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "thesis.tex"]  # no .old.*.tmp either


def test_1_a_previous_output_folder_and_an_empty_one_are_replaced(tmp_path):
    docs = corpus(tmp_path / "corpus")
    out = tmp_path / "empty"
    out.mkdir()
    for _ in range(2):  # empty, then its own marked output
        done = extract(docs, "--out", out)
        assert done.returncode == 0, done.stderr
    assert (out / MARKER).is_file() and pd.read_parquet(out)["doc"].nunique() == 2


def test_1_a_file_that_is_not_a_mention_table_is_not_replaced(tmp_path):
    docs = corpus(tmp_path / "corpus")
    (tmp_path / "refs.csv").write_text("author,title\nX,Y\n")
    pq.write_table(pa.table({"text": ["x"]}), tmp_path / "docs.parquet")
    for name in ["refs.csv", "docs.parquet"]:
        before = (tmp_path / name).read_bytes()
        done = extract(docs, "--out", tmp_path / name)
        assert done.returncode == 2 and "not a mention table" in done.stderr, done.stderr
        assert (tmp_path / name).read_bytes() == before
    ok = extract(docs, "--out", tmp_path / "m.csv")
    again = extract(docs, "--out", tmp_path / "m.csv")  # its own previous output: replaced
    assert ok.returncode == 0 and again.returncode == 0, again.stderr


def test_2_out_equal_to_or_inside_an_input_is_refused(tmp_path):
    docs = corpus(tmp_path / "corpus")
    (tmp_path / "extra.txt").write_text(DOC)
    table = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"doc": ["a"], "text": [DOC]}), table)
    before = table.read_bytes()
    cases = [(docs, "extra.txt", docs, "also an input"), (table, "extra.txt", table, "also an input"),
             (docs, "extra.txt", docs / "m.csv", "inside the input")]
    for first, second, out, why in cases:
        done = extract(first, tmp_path / second, "--out", out)
        assert done.returncode == 2 and why in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert table.read_bytes() == before and sorted(p.name for p in docs.iterdir()) == ["doc0.txt", "doc1.txt"]


# ------------------------------------------------------------------ 3, 4, 5: tracebacks

def test_3_symlink_loop_in_an_input_folder_is_one_line(tmp_path):
    docs = corpus(tmp_path / "corpus")
    os.symlink(docs / "b.txt", docs / "a.txt")
    os.symlink(docs / "a.txt", docs / "b.txt")
    done = extract(docs, "--out", tmp_path / "m.csv")
    no_traceback(done)
    assert done.returncode == 1
    bad = [ln for ln in done.stderr.splitlines() if "a.txt" in ln or "b.txt" in ln]
    assert len(bad) == 2 and all("cannot be read" in ln for ln in bad), done.stderr
    assert pd.read_csv(tmp_path / "m.csv")["doc"].nunique() == 2


def test_4_file_name_with_bytes_that_are_not_utf8(tmp_path):
    docs = tmp_path / "corpus"
    docs.mkdir()
    name = os.fsdecode(b"r\xe9port\x1b[2J.txt")  # Latin-1 é and a terminal escape sequence
    (docs / name).write_text(DOC, encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"")
    os.rename(docs / "bad.txt", docs / os.fsdecode(b"vide\xff\x07.txt"))
    done = extract(docs, "--out", tmp_path / "m.parquet")
    no_traceback(done)
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr  # control characters escaped
    assert "vide\\xff\\x07.txt: empty file" in done.stderr
    table = pd.read_parquet(tmp_path / "m.parquet")
    assert set(table["doc"]) == {"r\\xe9port\\x1b[2J"}  # escaped byte and control character
    assert load(docs / name).doc_id == "r\\xe9port\\x1b[2J"


def test_5_a_name_too_long_is_one_line(tmp_path):
    docs = corpus(tmp_path / "corpus")
    long = tmp_path / ("长" * 100 + ".txt")  # 300 bytes: over the 255-byte limit of a name
    done = extract(docs, long, "--out", tmp_path / ("m" * 300 + "/"))
    no_traceback(done)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    done = extract(docs, long, "--out", tmp_path / "m.csv")
    assert done.returncode == 1 and "File name too long" in done.stderr, done.stderr
    assert outputs.output_kind(tmp_path / ("m" * 300)) == "dir"


def test_5_a_folder_that_cannot_be_searched_is_one_problem(tmp_path, monkeypatch):
    # (the tests may run as root, whom permissions do not stop: the denial is simulated)
    docs = corpus(tmp_path / "corpus")
    locked = tmp_path / "locked"
    real_stat, real_scandir = os.stat, os.scandir

    def stat(path, *args, **kwargs):
        if str(path).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    def scandir(path="."):
        if str(path).startswith(str(docs / "sub")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    (docs / "sub").mkdir()
    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    got = scale.resolve_inputs([docs, locked / "a.txt"])
    assert [p.name for p in got.files] == ["doc0.txt", "doc1.txt"]
    assert len(got.problems) == 2, got.problems
    assert "sub: folder cannot be read (Permission denied)" in got.problems[0]  # (the smaller item: rc 1)
    assert got.problems[1].endswith("a.txt: cannot be read (Permission denied)")
    assert outputs.output_kind(locked / "out") == "dir"
    with pytest.raises(outputs.OutputError, match="cannot be reached"):
        outputs.check_target(str(locked / "m.csv"))


# ------------------------------------------------------------------ 6, 7, 8: hangs

def test_6_fifo_and_device_in_an_input_folder_are_refused_without_reading(tmp_path):
    docs = corpus(tmp_path / "corpus")
    os.mkfifo(docs / "pipe.txt")
    os.symlink("/dev/zero", docs / "zero.txt")
    done = extract(docs, "--out", tmp_path / "m.csv", timeout=60)
    no_traceback(done)
    assert done.returncode == 1
    assert "pipe.txt: not a regular file (a FIFO (named pipe))" in done.stderr
    assert "zero.txt: not a regular file (a character device)" in done.stderr
    assert pd.read_csv(tmp_path / "m.csv")["doc"].nunique() == 2
    with pytest.raises(InputError, match="FIFO"):  # (named directly: refused before a byte is read)
        load(docs / "pipe.txt")


def test_6_a_document_over_the_size_limit_is_refused(tmp_path):
    (tmp_path / "big.txt").write_text(DOC * 10, encoding="utf-8")
    with pytest.raises(InputError, match=r"larger than the 1e-06 MB limit"):
        loading._read_all(tmp_path / "big.txt", limit=1)


def _seconds(function, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return best


def ratio_10x(function, unit: str, small: int = 100_000) -> float:
    """Time of 10 × `small` bytes of `unit` repeated over time of `small` bytes (linear ≈ 10)."""
    n = max(1, small // len(unit.encode("utf-8")))
    function(unit * n)  # warm-up: lexicons, converters
    return _seconds(function, unit * (10 * n)) / max(_seconds(function, unit * n), 1e-3)


@pytest.mark.parametrize("unit", ["<!--", "<script>", "<!DOCTYPE ", "<style>x", "<p>-->x<!--"])
def test_7_html_stripping_is_linear_on_unclosed_openers(unit):
    from mobilization.repair import repair

    assert ratio_10x(repair, unit + "<p>甲</p>" if unit == "<p>-->x<!--" else unit) < 35


def test_8_breakdowns_are_linear():
    from mobilization.quantities import extract as quantities

    assert ratio_10x(quantities, "158人(", small=50_000) < 35


def within(seconds: float, function, *args):
    """function(*args), or a test failure when it runs over `seconds` (stopped by the interval timer)."""
    try:
        with scale.time_budget(seconds):
            return function(*args)
    except scale._OverTime:
        pytest.fail(f"still running after {seconds} s")


@pytest.mark.parametrize("text", ["捐款" + "万" * 2000 + "。", "数" + "万" * 2000 + "。",
                                  "1" + "万" * 2000 + "元", "三点" + "五" * 2000 + "万名"])
def test_a_run_of_wan_or_of_digits_is_read_in_linear_time(text):
    # 400 万 took 3 s and 800 took 30 s (the candidate pattern split the run between the numeral
    # and its 万 scale in every way); 1万万…元 was a traceback (a product of 万 past any float)
    from mobilization.quantities import extract as quantities

    assert within(2.0, quantities, text) == []


def test_a_run_of_wan_is_linear_in_the_whole_pipeline():
    def pipeline(text: str) -> int:
        return len(analyse(loading.Document("wan", "", "", "utf-8", text)).mentions)

    assert within(60.0, ratio_10x, pipeline, "万", 30_000) < 35


def test_numerals_next_to_a_run_of_wan_are_still_read():
    from mobilization.quantities import extract as quantities

    assert [(q.surface, q.value) for q in within(10.0, quantities, "万" * 3000 + "，捐款三十六万元，4600余名党员")] == \
        [("捐款三十六万元", 360_000.0), ("4600余名党员", 4600.0)]


NUMERAL_DENSE = list("一二两三十百千万亿零萬億兆半数几上过点多余至到-0123456789,.名个人元米克党员户，。") + ["万元", "千克", "人次"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMERAL_DENSE), max_size=16).map("".join))
def test_the_linear_candidate_scan_finds_what_the_pattern_finds(text):
    from mobilization.quantities.numbers import candidate_re, candidates

    names = ["ar", "cn", "in1", "scale", "in2", "sep", "num2", "scale2"]
    assert [(m.span(), m.group(*names)) for m in candidates(text)] == \
        [(m.span(), m.group(*names)) for m in candidate_re().finditer(text)]


def test_8_breakdown_parts_still_take_the_category_of_the_total():
    from mobilization.quantities import _breakdowns, extract as quantities

    text = "返回人员158人(同仁县74人,尖扎县52人)。另有车辆3辆(其中2人)"
    qs = quantities(text)
    assert [q.category for q in qs][:3] == [qs[0].category] * 3


# ------------------------------------------------------------------ 9, 10: arguments and API

@pytest.mark.parametrize("options", [["--scheduler", "head"], ["--scheduler", "not a url"],
                                     ["--chunk-mb", "inf"], ["--chunk-mb", "nan"], ["--doc-timeout", "-1"]])
def test_9_bad_option_values_are_refused_before_anything_runs(tmp_path, options):
    done = extract(corpus(tmp_path / "corpus"), "--out", tmp_path / "m.csv", *options, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.splitlines()[-1].startswith("mobilization extract: error: argument")
    assert not (tmp_path / "m.csv").exists()


def test_10_extract_frame_takes_one_path_as_a_string(tmp_path, monkeypatch):
    one = corpus(tmp_path / "corpus") / "doc0.txt"
    monkeypatch.chdir(one.parent)  # (a relative name: read as characters, "/" would walk the whole disk)
    frame = scale.extract_frame("doc0.txt")
    assert set(frame["doc"]) == {"doc0"} and len(frame) == 2
    assert set(scale.extract_frame(one)["doc"]) == {"doc0"}
    with pytest.raises(errors.UsageError):
        scale.extract_frame(42)


# ------------------------------------------------------------------ the smaller items

@pytest.mark.parametrize("data", [codecs.BOM_UTF8, codecs.BOM_UTF8 + "\u3000\n".encode(), "\u3000\u3000".encode(),
                                  codecs.BOM_UTF16_LE + "\u3000".encode("utf-16-le"), "\u3000".encode("gb18030")])
def test_a_file_of_byte_order_marks_or_ideographic_spaces_is_empty(data):
    with pytest.raises(EmptyDocumentError, match="only white space"):
        decode_bytes(data, "x.txt")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_is_decoded(encoding):
    data = (codecs.BOM_UTF32_BE if encoding.endswith("be") else b"") + DOC.encode(encoding)
    assert decode_bytes(data, "x.txt") == (DOC, "utf-32")


def test_run_refuses_a_file(tmp_path, capsys):
    one = tmp_path / "a.txt"
    one.write_text(DOC, encoding="utf-8")
    assert run_main(one) == 2
    assert "not a folder" in capsys.readouterr().err


def test_parquet_table_with_two_text_columns_is_refused(tmp_path):
    table = pa.Table.from_arrays([pa.array(["甲"]), pa.array([DOC])], names=["text", "text"])
    pq.write_table(table, tmp_path / "docs.parquet")
    got = list(scale.iter_table(tmp_path / "docs.parquet"))
    assert len(got) == 1 and "2 columns named 'text'" in got[0].message


def test_library_calls_with_the_wrong_kind_of_argument_say_so():
    with pytest.raises(errors.UsageError, match="takes a file path"):
        load(None)
    with pytest.raises(errors.UsageError, match="takes a corpus.Document, not str"):
        analyse("建立751个支部")
    with pytest.raises(TypeError):  # (a TypeError too, for code that catches that)
        analyse("x")
    assert issubclass(errors.UsageError, MobilizationError)


def test_a_pathological_document_runs_out_of_its_time_budget_and_the_others_finish(monkeypatch):
    import mobilization.pipeline as pipeline

    real = pipeline.analyse

    def slow_on_demand(doc):
        if "SLOW" in doc.text:
            time.sleep(30)
        return real(doc)

    monkeypatch.setattr(pipeline, "analyse", slow_on_demand)
    chunk = [scale.Source(n, 10, doc_id=n, text=t) for n, t in [("a", DOC), ("slow", "SLOW" + DOC), ("b", DOC)]]
    start = time.monotonic()
    result = scale.analyse_chunk(chunk, doc_timeout=0.5)
    assert time.monotonic() - start < 10
    assert result.errors == ["slow: still running after 0.5 s (--doc-timeout); left out, the other documents go on"]
    assert sorted({row[0] for row in result.rows}) == ["a", "b"]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_command(tmp_path, sig):
    docs = tmp_path / "corpus"
    docs.mkdir()
    text = SEED.read_bytes()
    for k in range(400):
        (docs / f"{k:03d}.txt").write_bytes(text)
    cmd = [sys.executable, "-m", "mobilization", "extract", str(docs), "--out", str(tmp_path / "m.csv"),
           "--jobs", "2", "--chunk-mb", "0.01", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 3 and proc.poll() is None:
            time.sleep(0.2)
            workers = _descendants(proc.pid)  # fork server and two workers (and a resource tracker)
        assert proc.poll() is None and len(workers) >= 3, "the run ended before its workers were seen"
        proc.send_signal(sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        alive = workers
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = {p for p in workers if Path(f"/proc/{p}").exists()
                     and (Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z")}
        assert not alive, f"workers still alive after the command died: {alive}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
