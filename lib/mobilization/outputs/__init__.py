"""Writing results: whole or not at all (temporary file or folder beside the target, then rename).

One module per step; every name is importable from here, as before:

- `targets`: `check_target(out, inputs)` and `output_kind(path)`, before anything is written. Nothing the
  command did not write is ever replaced: a folder output only if empty or carrying the MARKER of an
  earlier run, and of it only the files that run listed; a file output only if empty or a table of its own
  kind (a mention table's first columns are `doc, start, end, surface`).
- `temporary`: the hidden names `.NAME.new-PID-XXXX.tmp` of what is being written, so a run killed
  half-way leaves no file that looks like an output and the previous output stays as it was;
  `clean_leftovers` removes what a killed run left, at the next write of the same output.
- `files`: `atomic_path` (one file), `write_table(df, path)` (one DataFrame), `TableWriter` (DataFrames
  appended chunk by chunk: CSV, one Parquet file, or a folder of Parquet parts) for corpora too large to
  hold in memory.
- `folders`: `atomic_dir` builds a whole folder (`run --out`), lists its files in the MARKER (the
  manifest: `own_files`, `foreign_files`), carries your files over and swaps the new folder in.
- `together`: `atomic_folders` builds several folders beside them (copies of the old ones, written over) and
  swaps them all in at the end: the project's own data/derived and figures (`run --project`).
"""
from __future__ import annotations

from ..errors import OutputError
from .files import TableWriter, atomic_path, write_table
from .folders import MARKER, atomic_dir, foreign_files, mark_folder, own_files
from .targets import FILE_SUFFIXES, check_target, output_kind
from .temporary import _LEFTOVER, clean_leftovers
from .together import atomic_folders

__all__ = ["FILE_SUFFIXES", "MARKER", "OutputError", "TableWriter", "atomic_dir", "atomic_folders", "atomic_path",
           "check_target",
           "clean_leftovers", "foreign_files", "mark_folder", "output_kind", "own_files", "write_table"]
