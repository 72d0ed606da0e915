"""Scale: the per-document pipeline over large corpora (streamed inputs, a process pool, Dask).

Every engine runs the same function, `pipeline.analyse`, on one document at a time. The steps,
one module each:

- `inputs`: `resolve_inputs(paths)` (files, folders, globs, Parquet tables), `iter_sources(inputs)`
  (text files as paths, read in the worker, so only paths cross process lines; table rows in
  batches with pyarrow, never the whole table at once) and `chunked(sources)` (chunks of about
  `chunk_bytes`, so that the cost of sending work to a process stays small next to the work);
- `budget`: `time_budget(seconds)`, the time a document may take before it is left out;
- `run`: `analyse_chunk(chunk)`, `run_chunks(chunks, jobs=N)` (a process pool, results in input
  order, at most 2 × N chunks in flight, so memory stays flat) and `run_chunks_dask(chunks, ...)`;
- `frames`: `mention_frame(rows)` (fixed dtypes for every engine), `extract_frame(paths)`, and
  `mentions_dask(docs)`, which maps the pipeline over a Dask DataFrame of documents.

Workers return mention rows, never converted text. A bad document becomes one line in
`ChunkResult.errors` ("<file>: <problem>"); it never stops the other documents.

Every name is importable from here (`from mobilization.scale import run_chunks`), as before the
module became a package. A test that replaces a name (monkeypatch) must patch the module that looks
it up, e.g. `mobilization.scale.run.analyse_chunk`.
"""
from __future__ import annotations

from .budget import _OverTime, _raise_in_thread, _ThreadBudget, time_budget
from .frames import (_DTYPES, _missing, documents_frame, extract_frame, mention_dtypes, mention_frame,
                     mentions_dask, mentions_of_documents)
from .inputs import (_BATCH_ROWS, DEFAULT_CHUNK_BYTES, TABLE_SUFFIXES, TEXT_SUFFIXES, Inputs, Problem, Source,
                     _cell, _inside, _kind, _one_line, _reason, _resolved, _size, _table_text_bytes, _walk,
                     chunked, empty_folder_note, iter_sources, iter_table, resolve_inputs)
from .run import (_WARM_UP_TEXT, ChunkResult, _alive, _dask_result, _failed, _mp_context, _sorted_tuples,
                  analyse_chunk, default_jobs, document_tuples, mention_tuples, run_chunks, run_chunks_dask,
                  warm_up, worker_start)

__all__ = ["ChunkResult", "DEFAULT_CHUNK_BYTES", "Inputs", "Problem", "Source", "TABLE_SUFFIXES", "TEXT_SUFFIXES",
           "analyse_chunk", "chunked", "default_jobs", "document_tuples", "documents_frame", "empty_folder_note",
           "extract_frame", "iter_sources", "iter_table", "mention_dtypes", "mention_frame", "mention_tuples",
           "mentions_dask", "mentions_of_documents", "resolve_inputs", "run_chunks", "run_chunks_dask",
           "time_budget", "warm_up", "worker_start"]
