"""The command line as a hostile user meets it: empty folders, unreadable files, many small reports
over two workers, an output in a missing folder or already there. Each answer is one clear line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mobilization import cli, scale

DOC = "全县建立751个临时党支部，4600余名党员下沉社区。\n"


def _corpus(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (folder / f"r{k:03d}.txt").write_text(f"第{k}号：" + DOC, encoding="utf-8")
    return folder


def test_a_folder_without_documents_is_named_with_what_it_holds(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "pdfs" / "sub").mkdir(parents=True)
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "pdfs" / "sub" / "notes.docx").write_bytes(b"PK")
    code = cli.main(["extract", str(tmp_path / "empty"), str(tmp_path / "pdfs"), "--out", str(tmp_path / "m.csv")])
    lines = capsys.readouterr().err.splitlines()
    assert code == 2
    assert lines == [f"mobilization: {tmp_path / 'empty'}: no documents in this folder (it is empty)",
                     f"mobilization: {tmp_path / 'pdfs'}: no documents in this folder: 2 files, none a .txt, .text, "
                     ".htm, .html or .parquet file (e.g. report.pdf)",
                     "mobilization: no input documents found; nothing written"]
    assert not (tmp_path / "m.csv").exists()


def test_an_unreadable_only_input_says_that_every_input_failed(tmp_path, capsys, monkeypatch):
    secret = _corpus(tmp_path / "c", 1) / "r000.txt"
    real_open = os.open

    def denied(path, *args, **kwargs):  # (the tests may run as root, whom permissions do not stop)
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    out = tmp_path / "m.csv"
    code = cli.main(["extract", str(secret), "--out", str(out), "--jobs", "1"])
    lines = capsys.readouterr().err.splitlines()
    assert code == 2  # nothing written (audit B3): a previous table would stay as it was
    assert lines == [f"mobilization: {secret}: cannot read: Permission denied",
                     "mobilization: all 1 inputs failed; nothing written"]
    assert not out.exists()


def test_workers_is_jobs_and_a_small_corpus_is_spread_over_them(tmp_path):
    corpus = _corpus(tmp_path / "c", 300)
    total = scale.resolve_inputs(corpus).total_bytes
    chunks = list(scale.chunked(scale.iter_sources(scale.resolve_inputs(corpus)), cli._chunk_bytes(None, total, 2)))
    assert len(chunks) >= 2 * 2, [len(c) for c in chunks]  # (was one chunk of 300: one worker did it all)
    assert cli.build_parser().parse_args(["extract", "x", "--out", "y.csv", "--workers", "2"]).jobs == 2
    out = tmp_path / "m.csv"
    done = subprocess.run([sys.executable, "-m", "mobilization", "extract", str(corpus), "--out", str(out),
                           "--workers", "2"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    table = pd.read_csv(out)
    assert table["doc"].nunique() == 300 and list(table["doc"]) == sorted(table["doc"])  # (input order kept)


def test_an_output_in_a_missing_folder_is_written_there(tmp_path, capsys):
    corpus = _corpus(tmp_path / "c")
    out = tmp_path / "new" / "sub" / "m.csv"
    assert cli.main(["extract", str(corpus), "--out", str(out)]) == 0
    assert pd.read_csv(out)["doc"].nunique() == 2


def test_an_output_that_exists_is_replaced_if_ours_and_refused_if_not(tmp_path, capsys):
    corpus = _corpus(tmp_path / "c")
    out = tmp_path / "m.csv"
    assert cli.main(["extract", str(corpus), "--out", str(out)]) == 0
    assert cli.main(["extract", str(corpus / "r000.txt"), "--out", str(out)]) == 0
    assert pd.read_csv(out)["doc"].unique().tolist() == ["r000"]
    theirs = tmp_path / "notes.csv"
    theirs.write_text("my thesis\n")
    capsys.readouterr()
    assert cli.main(["extract", str(corpus), "--out", str(theirs)]) == 2
    assert "refusing to replace it; nothing written" in capsys.readouterr().err
    assert theirs.read_text() == "my thesis\n"
