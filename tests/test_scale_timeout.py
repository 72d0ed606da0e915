"""--doc-timeout outside the main thread: Dask runs its tasks in worker threads, where no SIGALRM arrives."""
from __future__ import annotations

import threading
import time

import pandas as pd
import pytest

import mobilization.pipeline as pipeline
from mobilization import cli, scale

DOC = "全县建立751个临时党支部，4600余名党员下沉社区。\n"
SLOW_FOR = 20.0  # how long the slow stage would run if nothing stopped it (the test fails long before)


@pytest.fixture
def slow_stage(monkeypatch):
    """The quantity stage, slow on any text holding 慢慢 (in small sleeps: Python code a budget can stop)."""
    scale.warm_up()  # (lexicons and converters loaded before the clock matters)
    real = pipeline.extract

    def extract(text, *rest):  # (the pipeline also passes the text as written, for the currency of its sums)
        if "慢慢" in text:
            until = time.monotonic() + SLOW_FOR
            while time.monotonic() < until:
                time.sleep(0.01)
        return real(text, *rest)

    monkeypatch.setattr(pipeline, "extract", extract)


def _in_a_thread(function, *args):
    out = []
    worker = threading.Thread(target=lambda: out.append(function(*args)))
    worker.start()
    worker.join()
    return out[0]


def test_a_slow_document_in_a_worker_thread_runs_out_of_its_budget(slow_stage):
    chunk = [scale.Source(n, 10, doc_id=n, text=t) for n, t in [("a", DOC), ("slow", "慢慢" + DOC), ("b", DOC)]]
    start = time.monotonic()
    result = _in_a_thread(scale.analyse_chunk, chunk, True, 0.5)
    assert time.monotonic() - start < SLOW_FOR / 2
    assert result.errors == ["slow: still running after 0.5 s (--doc-timeout); left out, the other documents go on"]
    assert [row[0] for row in result.rows] == ["a", "a", "b", "b"]


def test_a_budget_that_is_not_used_up_never_fires_later():
    def quick_then_wait():
        with scale.time_budget(0.05):
            pass
        time.sleep(0.2)  # (an interruption left pending would land here)
        return "done"

    assert _in_a_thread(quick_then_wait) == "done"


def test_doc_timeout_is_enforced_by_the_command_line_on_dask(slow_stage, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in [("a.txt", DOC), ("slow.txt", "慢慢" + DOC), ("b.txt", DOC)]:
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "m.csv"
    # workers as threads of this process, so that they run the slow stage patched in here
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  dashboard_address=None) as cluster:
        start = time.monotonic()
        code = cli.main(["extract", str(corpus), "--out", str(out), "--scheduler", cluster.scheduler_address,
                         "--doc-timeout", "0.5", "--quiet"])
        elapsed = time.monotonic() - start
    said = capsys.readouterr().err
    assert elapsed < SLOW_FOR / 2, said
    assert code == 1, said
    assert f"{corpus / 'slow.txt'}: still running after 0.5 s (--doc-timeout)" in said
    assert "1 of 3 inputs failed" in said
    assert sorted(set(pd.read_csv(out)["doc"])) == ["a", "b"]
