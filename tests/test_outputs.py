"""Outputs are written whole or not at all: atomic files, atomic folders, streamed tables."""
from __future__ import annotations

import os
import stat

import pandas as pd
import pyarrow.parquet as pq
import pytest

from mobilization.outputs import MARKER, TableWriter, atomic_dir, atomic_path, output_kind, write_table


def _frame(n: int, start: int = 0) -> pd.DataFrame:
    return pd.DataFrame({"doc": [f"d{i}" for i in range(start, start + n)],
                         "value": [float(i) for i in range(start, start + n)]})


def _visible(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _all(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_atomic_path_failure_keeps_previous_file(tmp_path):
    out = tmp_path / "m.csv"
    out.write_text("previous\n")
    with pytest.raises(RuntimeError):
        with atomic_path(out) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full")
    assert out.read_text() == "previous\n"
    assert _all(tmp_path) == ["m.csv"]


def test_atomic_dir_failure_keeps_previous_folder(tmp_path):
    out = tmp_path / "mentions"
    out.mkdir()
    (out / "part-00000.parquet").write_text("previous")
    (out / MARKER).write_text("")  # a previous output of the command
    with pytest.raises(RuntimeError):
        with atomic_dir(out) as tmp:
            (tmp / "part-00000.parquet").write_text("half")
            raise RuntimeError("killed")
    assert (out / "part-00000.parquet").read_text() == "previous"
    assert _all(tmp_path) == ["mentions"]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two renames"])
def test_atomic_folders_are_swapped_in_together_or_not_at_all(tmp_path, monkeypatch, exchange):
    """`run --project`'s folders: the old files the run does not write stay; a swap that fails puts back the
    folders already swapped, so both stay as they were."""
    import errno

    from mobilization.outputs import atomic_folders, folders, together

    if not exchange:
        monkeypatch.setattr(folders, "_exchange", lambda a, b: False)  # (a system without renameat2)
    derived, figures = tmp_path / "derived", tmp_path / "figures"
    derived.mkdir()
    (derived / "mentions.csv").write_text("old")
    (derived / "README.md").write_text("mine")
    with atomic_folders([derived, figures]) as (new_derived, new_figures):
        (new_derived / "mentions.csv").write_text("new")
        (new_figures / "chart.png").write_text("new")
    assert (derived / "mentions.csv").read_text() == "new" and (derived / "README.md").read_text() == "mine"
    assert (figures / "chart.png").read_text() == "new"
    assert _all(tmp_path) == ["derived", "figures"]

    put_in, failed = together._put_in, []

    def fail_on_figures(new, path):
        if path.name == "figures" and not failed:
            failed.append(path)
            raise OSError(errno.EIO, "Input/output error")
        put_in(new, path)

    monkeypatch.setattr(together, "_put_in", fail_on_figures)
    with pytest.raises(OSError):
        with atomic_folders([derived, figures]) as (new_derived, new_figures):
            (new_derived / "mentions.csv").write_text("newer")
            (new_figures / "chart.png").write_text("newer")
    assert failed and (derived / "mentions.csv").read_text() == "new" and (figures / "chart.png").read_text() == "new"
    assert _all(tmp_path) == ["derived", "figures"]


def test_atomic_folders_refuse_a_fifo_by_name_and_leave_the_folder_as_it_was(tmp_path):
    """A FIFO among the old files cannot be carried into the new folder: the error names it, nothing is written."""
    from mobilization.outputs import atomic_folders

    derived = tmp_path / "derived"
    derived.mkdir()
    (derived / "README.md").write_text("mine")
    os.mkfifo(derived / "pipe")
    with pytest.raises(OSError, match=r"pipe: cannot be copied into the new folder"):
        with atomic_folders([derived]) as (new_derived,):
            (new_derived / "mentions.csv").write_text("new")
    assert sorted(p.name for p in derived.iterdir()) == ["README.md", "pipe"]
    assert (derived / "README.md").read_text() == "mine" and stat.S_ISFIFO(os.lstat(derived / "pipe").st_mode)
    assert _all(tmp_path) == ["derived"]


@pytest.mark.parametrize("name", ["m.csv", "m.parquet", "mentions"])
def test_table_writer_streams_chunks_into_one_table(tmp_path, name):
    out = tmp_path / name
    with TableWriter(out, rows_per_part=4) as writer:
        for k in range(3):
            writer.write(_frame(3, 3 * k))
        writer.write(_frame(0))
    assert writer.rows == 9
    got = pd.read_csv(out) if name.endswith(".csv") else pd.read_parquet(out)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), _frame(9), check_dtype=False)
    assert _all(tmp_path) == [name]
    if name == "mentions":  # a folder of parts, each within the row budget
        parts = sorted(p.name for p in out.iterdir() if p.name != MARKER)
        assert parts == ["part-00000.parquet", "part-00001.parquet"]
        assert (out / MARKER).is_file()  # the next run may replace this folder
        assert [pq.read_metadata(out / p).num_rows for p in parts] == [6, 3]


@pytest.mark.parametrize("name", ["m.csv", "m.parquet", "mentions"])
def test_table_writer_error_leaves_previous_output(tmp_path, name):
    out = tmp_path / name
    write_table(_frame(2), tmp_path / "prev.csv")
    previous = (tmp_path / "prev.csv").read_bytes()
    if name == "mentions":
        out.mkdir()
        (out / "part-00000.parquet").write_bytes(previous)
        (out / MARKER).write_text("")  # a previous output of the command
    else:
        out.write_bytes(previous)
    with pytest.raises(KeyError):
        with TableWriter(out) as writer:
            writer.write(_frame(5))
            raise KeyError("interrupted")
    kept = out / "part-00000.parquet" if name == "mentions" else out
    assert kept.read_bytes() == previous
    assert _visible(tmp_path) == sorted([name, "prev.csv"]) and _all(tmp_path) == _visible(tmp_path)


def test_empty_table_still_has_header_and_schema(tmp_path):
    for name in ["e.csv", "e.parquet", "edir"]:
        with TableWriter(tmp_path / name) as writer:
            writer.write(_frame(0))
    assert (tmp_path / "e.csv").read_text() == "doc,value\n"
    assert pq.read_schema(tmp_path / "e.parquet").names == ["doc", "value"]
    assert pd.read_parquet(tmp_path / "edir").columns.tolist() == ["doc", "value"]


def test_output_kind_rejects_unknown_suffix():
    assert output_kind("a/b.CSV") == "csv"
    with pytest.raises(ValueError, match="FILE.csv, FILE.parquet or a folder"):
        output_kind("out.xlsx")


def test_write_table_round_trip(tmp_path):
    for name in ["t.csv", "t.parquet"]:
        write_table(_frame(3), tmp_path / name)
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "t.csv"), pd.read_parquet(tmp_path / "t.parquet"),
                                  check_dtype=False)


@pytest.mark.parametrize("name", ["m.csv", "m.parquet", "parts"])
def test_outputs_get_the_umask_permissions_not_private_temp_ones(tmp_path, name):
    # tempfile makes 0o600 files and 0o700 folders; renamed into place they would stay private
    old = os.umask(0o022)
    try:
        out = tmp_path / name
        with TableWriter(out) as w:
            w.write(pd.DataFrame({"a": [1]}))
        mode = stat.S_IMODE(out.stat().st_mode)
    finally:
        os.umask(old)
    assert mode == (0o755 if out.is_dir() else 0o644)
