"""Scale: streamed inputs, process pool and Dask give the single-process mention table exactly."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mobilization import scale
from mobilization.corpus import load
from mobilization.pipeline import MENTION_COLUMNS, analyse, mention_rows

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
BODY_COLUMNS = [c for c in MENTION_COLUMNS if c != "in_body"]


def _single_process(paths=SEED_FILES, include_boilerplate=False) -> pd.DataFrame:
    """The reference: analyse each file in this process, plain loop, no scale module."""
    rows = []
    for path in paths:
        found = mention_rows(analyse(load(path)), include_boilerplate=include_boilerplate)
        rows.extend(sorted(found, key=lambda r: (r["start"], r["end"])))
    return scale.mention_frame(rows, MENTION_COLUMNS if include_boilerplate else BODY_COLUMNS)


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)


def test_reference_table_is_not_trivial():
    ref = _single_process()
    assert len(ref) > 20 and ref["doc"].nunique() == 5
    assert ref.equals(_sorted(ref)), "rows come sorted by doc, then start"


def test_chunks_stay_small_and_keep_order():
    sources = [scale.Source(f"d{i}", 400) for i in range(10)]
    chunks = list(scale.chunked(sources, chunk_bytes=1000))
    assert [len(c) for c in chunks] == [2, 2, 2, 2, 2]
    assert [s.name for c in chunks for s in c] == [f"d{i}" for i in range(10)]
    assert [len(c) for c in scale.chunked(sources, chunk_bytes=10**9, max_docs=4)] == [4, 4, 2]


def test_process_pool_equals_single_process_in_order():
    ref = _single_process(include_boilerplate=True)
    # tiny chunks: several chunks per worker, so ordering across workers is exercised
    chunks = scale.chunked(scale.iter_sources(scale.resolve_inputs([SEEDS])), chunk_bytes=6000)
    rows = [row for r in scale.run_chunks(chunks, jobs=2, include_boilerplate=True) for row in r.rows]
    pd.testing.assert_frame_equal(scale.mention_frame(rows), ref)


def test_bad_document_is_reported_and_others_kept(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    good = tmp_path / "b_good.txt"
    good.write_bytes(SEED_FILES[2].read_bytes())
    results = list(scale.run_chunks(scale.chunked(scale.iter_sources(scale.resolve_inputs([tmp_path])), 1), jobs=2))
    errors = [e for r in results for e in r.errors]
    assert len(errors) == 1 and errors[0].startswith(str(tmp_path / "a_empty.txt") + ": ")
    assert sum(len(r.rows) for r in results) == len(_single_process([SEED_FILES[2]], include_boilerplate=True))
    assert sum(r.docs for r in results) == 2


def _documents_table(path: Path, id_column: str | None = "doc") -> None:
    docs = [load(p) for p in SEED_FILES]
    columns = {"text": [d.text for d in docs], "place_code": [d.meta["place_code"] for d in docs],
               "date": [d.meta["date"] for d in docs]}
    if id_column:
        columns[id_column] = [d.doc_id for d in docs]
    pq.write_table(pa.table(columns), path, row_group_size=2)


def test_parquet_document_table_gives_the_same_mentions(tmp_path):
    _documents_table(tmp_path / "docs.parquet")
    got = scale.extract_frame([tmp_path / "docs.parquet"], include_boilerplate=False)
    pd.testing.assert_frame_equal(got[BODY_COLUMNS], _single_process())


def test_parquet_without_id_column_names_rows_by_file_and_index(tmp_path):
    _documents_table(tmp_path / "news.parquet", id_column=None)
    sources = list(scale.iter_table(tmp_path / "news.parquet"))
    assert [s.doc_id for s in sources] == [f"news#{i}" for i in range(5)]
    assert sources[0].meta == {"place_code": "370202", "date": "2020-02-19"}


def test_parquet_without_text_column_is_one_problem(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "bad.parquet")
    (tmp_path / "junk.parquet").write_bytes(b"PAR1 not really")
    problems = list(scale.iter_table(tmp_path / "bad.parquet")) + list(scale.iter_table(tmp_path / "junk.parquet"))
    assert [type(p) for p in problems] == [scale.Problem, scale.Problem]
    assert "no 'text' column" in problems[0].message
    assert problems[1].message.startswith(f"{tmp_path / 'junk.parquet'}: not a readable Parquet file")


def test_mentions_of_documents_matches_reference_dtypes():
    docs = scale.documents_frame([SEEDS])
    got = scale.mentions_of_documents(docs)
    pd.testing.assert_frame_equal(got, _single_process())
    assert dict(got.dtypes.astype(str)) == scale.mention_dtypes(BODY_COLUMNS)


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_mentions_dask_on_local_cluster_equals_single_process(dask_client):
    import dask.dataframe as dd

    docs = dd.from_pandas(scale.documents_frame([SEEDS]), npartitions=3)
    result = scale.mentions_dask(docs)
    assert list(result.columns) == BODY_COLUMNS
    assert dict(result.dtypes.astype(str)) == scale.mention_dtypes(BODY_COLUMNS)
    got = dask_client.compute(result).result()
    pd.testing.assert_frame_equal(_sorted(got), _single_process())


def test_dask_chunks_on_local_cluster_equal_process_pool(dask_client):
    chunks = list(scale.chunked(scale.iter_sources(scale.resolve_inputs([SEEDS])), chunk_bytes=6000))
    address = dask_client.scheduler.address
    dask_rows = [row for r in scale.run_chunks_dask(chunks, scheduler=address) for row in r.rows]
    pool_rows = [row for r in scale.run_chunks(chunks, jobs=1) for row in r.rows]
    assert dask_rows == pool_rows and len(pool_rows) > 20


class _KillsItsWorker(scale.Source):
    """A document whose unpickling ends the worker process at once (as an out-of-memory kill would)."""

    def __reduce__(self):
        import os

        return (os._exit, (3,))


def test_a_dying_worker_fails_only_its_document():
    good = [scale.Source(str(p), p.stat().st_size, path=str(p), doc_id=p.stem) for p in SEED_FILES]
    killer = _KillsItsWorker("killer.txt", 10, path="killer.txt", doc_id="killer")
    chunks = [[good[0], killer, good[1]], [good[2]], [good[3], good[4]]]
    results = list(scale.run_chunks(chunks, jobs=2, include_boilerplate=True))
    assert [r.docs for r in results] == [3, 1, 2]
    errors = [e for r in results for e in r.errors]
    assert errors == ["killer.txt: a worker process died while analysing it (out of memory, or a crash in a library)"]
    rows = [row for r in results for row in r.rows]
    pd.testing.assert_frame_equal(scale.mention_frame(rows), _single_process(include_boilerplate=True))


@pytest.mark.parametrize("include_boilerplate", [False, True])
def test_mention_tuples_agree_with_pipeline_mention_rows(include_boilerplate):
    for path in SEED_FILES:
        analysis = analyse(load(path))
        want = sorted((tuple(r.values()) for r in mention_rows(analysis, include_boilerplate)),
                      key=lambda r: (r[1], r[2]))
        assert scale.mention_tuples(analysis, include_boilerplate) == want
