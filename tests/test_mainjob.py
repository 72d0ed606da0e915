"""The main job: tables and figures from a folder, bad files reported, seeds untouched, notebooks run."""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from mobilization import mainjob, tables
from mobilization.documents import DOCUMENT_COLUMNS
from mobilization.mainjob import Outputs, run_main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def outputs_in(folder: Path) -> Outputs:
    return Outputs(folder / "derived", folder / "figures", folder / "reports", folder / "notebooks")


def seed_hashes_ok() -> bool:
    for line in (SEEDS / "SHA256SUMS").read_text().splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            if hashlib.sha256((SEEDS / name.lstrip("*")).read_bytes()).hexdigest() != digest:
                return False
    return True


@pytest.fixture(scope="module")
def seeds_run(seeds_project_run):
    """The seeds' main job without notebooks, into the project's folders pointed elsewhere: the one run of
    `run --project` that test_t10.py checks too (tests/conftest.py), read-only here."""
    run = seeds_project_run
    return run.code, run.outputs, run.seeds_before


def test_main_job_writes_tables_and_figures(seeds_run):
    code, out, _ = seeds_run
    assert code == 0
    names = sorted(p.name for p in out.derived.iterdir() if not p.name.startswith("rest_"))
    assert names == sorted(f"{t}{s}" for t in mainjob.TABLE_NAMES for s in (".csv", ".parquet"))
    figures = {p.stem for p in out.figures.iterdir()}
    assert {"indicators_absolute", "indicators_per_10k", "facts_by_category", "report_timeline",
            "indicator_party_dues", "indicator_party_dues_per_10k", "map_party_dues"} <= figures
    assert all((out.figures / f"{stem}.png").exists() for stem in figures)
    assert all((out.figures / f"{stem}.svg").exists() == (not stem.startswith("map_")) for stem in figures)
    assert not out.reports.exists()  # no notebooks asked for


def test_csv_and_parquet_hold_the_same_tables(seeds_run):
    _, out, _ = seeds_run
    for name in mainjob.TABLE_NAMES:
        parquet = pd.read_parquet(out.derived / f"{name}.parquet")
        csv = pd.read_csv(out.derived / f"{name}.csv", keep_default_na=False,
                          na_values={c: [""] for c in ("value", "value_high", "per_10k", "denominator",
                                                       "population_2020", "similarity")})
        assert list(csv.columns) == list(parquet.columns)
        assert len(csv) == len(parquet)


def test_written_tables_match_the_library(seeds_run):
    _, out, _ = seeds_run
    built = tables.build()
    facts = pd.read_parquet(out.derived / "facts.parquet")
    assert facts["fact_id"].tolist() == built.facts["fact_id"].tolist()
    ind = pd.read_parquet(out.derived / "indicators.parquet")
    assert list(ind.columns) == tables.INDICATOR_COLUMNS and len(ind) == 5 * len(tables.rules())


def test_seeds_are_never_written(seeds_run):
    _, _, before = seeds_run
    assert sorted(p.name for p in SEEDS.iterdir()) == before
    assert seed_hashes_ok()


def test_bad_files_are_named_and_the_others_still_done(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, src / seed.name)
    (src / "empty.txt").write_bytes(b"")
    (src / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = outputs_in(tmp_path / "out")
    assert run_main(src, outputs=out) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert "empty.txt" in err[0] and "picture.txt" in err[1]
    assert all(line.startswith("mobilization: ") for line in err)
    mentions = pd.read_parquet(out.derived / "mentions.parquet")
    assert sorted(set(mentions["doc"])) == sorted(p.stem for p in sorted(SEEDS.glob("*.txt"))[:2])
    ind = pd.read_parquet(out.derived / "indicators.parquet")
    assert sorted(set(ind["place_code"])) == ["141182", "370202"]  # only places with a report


CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    import contextlib
    import io

    out = tmp_path_factory.mktemp("corpus") / "my-run"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = run_main(CORPUS, out=out, documents_csv=CORPUS / "documents.csv")
    return code, out, printed.getvalue()


def test_run_on_a_corpus_writes_everything_into_its_own_folder(corpus_run):
    code, out, printed = corpus_run
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [".mobilization-output", "figures", "tables"]
    for name in mainjob.TABLE_NAMES:
        assert (out / "tables" / f"{name}.csv").exists() and (out / "tables" / f"{name}.parquet").exists()
    assert (out / "figures" / "map_party_members_mobilized.png").exists()
    assert "documents read: 6\n" in printed
    assert "placed: 4 (user 4)" in printed and "dated: 5 (day 4, month 1)" in printed
    assert "duplicates: 1 cluster, 1 copy counted once" in printed
    assert "unplaced: 2 (gulou_undated, newzone_volunteers)" in printed  # listed by name, never silently dropped
    assert "places with indicators: 3 of 3 places" in printed


def test_run_indicators_on_the_corpus(corpus_run):
    _, out, _ = corpus_run
    ind = pd.read_csv(out / "tables" / "indicators.csv", dtype={"place_code": str}).set_index(
        ["place_code", "indicator_id"])
    assert ind.loc[("371100", "cash_donations"), "value"] == 1.5e6
    assert ind.loc[("371102", "party_members_mobilized"), "value"] == 260
    documents = pd.read_csv(out / "tables" / "documents.csv", dtype=str).fillna("")
    assert list(documents.columns) == DOCUMENT_COLUMNS
    assert documents.set_index("doc").at["gulou_undated", "place_source"] == "none"


def test_run_never_writes_into_a_folder_it_did_not_write(tmp_path, capsys):
    mine = tmp_path / "thesis"
    (mine / "tables").mkdir(parents=True)
    (mine / "tables" / "mentions.csv").write_text("my own notes\n")
    assert run_main(CORPUS, out=mine) == mainjob.EXIT_NOTHING_DONE
    assert (mine / "tables" / "mentions.csv").read_text() == "my own notes\n"
    assert "not written by this command" in capsys.readouterr().err


def test_default_output_is_a_new_folder_never_the_project(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus-run").mkdir()
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "data" / "derived").iterdir()}
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "gulou_undated.txt", src)
    assert run_main(src) == mainjob.EXIT_NO_INDICATORS  # nothing placed: done, but no indicator
    assert (tmp_path / "in-run" / "tables" / "documents.csv").exists()
    assert "unplaced: 1 (gulou_undated)" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "data" / "derived").iterdir()} == before
    assert mainjob.new_folder(tmp_path / "corpus", tmp_path).name == "corpus-run-2"


def test_cli_run_arguments(tmp_path, capsys):
    from mobilization.cli import main

    assert main(["run", str(CORPUS), "--notebooks"]) == 2  # notebooks belong to --project
    assert main(["run", str(CORPUS), "--project", "--out", str(tmp_path)]) == 2
    bad = tmp_path / "docs.csv"
    bad.write_text("doc,place_code\njishishan_dues,123456\n")
    assert main(["run", str(CORPUS), "--out", str(tmp_path / "o"), "--documents", str(bad)]) == 2
    assert "123456" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_nothing_to_do_and_outputs_inside_the_input(tmp_path, capsys):
    (tmp_path / "empty_folder").mkdir()
    assert run_main(tmp_path / "empty_folder", outputs=outputs_in(tmp_path / "o")) == 2
    assert run_main(SEEDS, outputs=outputs_in(SEEDS / "out")) == 2
    assert not (SEEDS / "out").exists()
    assert "nothing written" in capsys.readouterr().err


def notebook(cells: list[str]) -> dict:
    return {"cells": [{"cell_type": "code", "execution_count": None, "id": f"c{i}", "metadata": {}, "outputs": [],
                       "source": src} for i, src in enumerate(cells)],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def test_notebooks_are_executed_in_place_and_rendered(tmp_path, capfd):
    out = outputs_in(tmp_path)
    out.notebooks.mkdir()
    (out.notebooks / "01-ok.ipynb").write_text(json.dumps(notebook(
        ["import os; print(os.environ['PYTHONHASHSEED'], os.environ['MPLBACKEND'])", "import sys; print(sys.prefix)"])))
    (out.notebooks / "02-broken.ipynb").write_text(json.dumps(notebook(["1 / 0"])))
    errors = mainjob.run_notebooks(out)
    assert len(errors) == 1 and "02-broken.ipynb" in errors[0] and "ZeroDivisionError" in errors[0]
    stored = json.loads((out.notebooks / "01-ok.ipynb").read_text())
    assert "".join(stored["cells"][0]["outputs"][0]["text"]) == "0 Agg\n"
    assert "".join(stored["cells"][1]["outputs"][0]["text"]) == sys.prefix + "\n"  # this environment's kernel
    assert "execution" not in stored["cells"][0]["metadata"]  # no timestamps: re-runs do not churn the file
    assert sorted(p.name for p in out.reports.iterdir()) == ["01-ok.html"]
    assert "0 Agg" in (out.reports / "01-ok.html").read_text()
    assert sorted(p.name for p in out.notebooks.iterdir()) == ["01-ok.ipynb", "02-broken.ipynb"]
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "02-broken.ipynb" in err[0] and "\x1b" not in err[0]  # one line per failure, no kernel chatter


def _text_outputs(path: Path) -> list:
    """Every code cell's text outputs (streams, text/plain, text/html): what nbval compares."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            out.append((o.get("name"), o.get("text"), data.get("text/plain"), data.get("text/html")))
    return out


def test_whole_main_job_with_notebooks_is_deterministic_and_leaves_seeds_alone(tmp_path):
    """`mobilization run seeds --notebooks`, on copies of the notebooks: same text outputs as committed."""
    out = outputs_in(tmp_path)
    out.notebooks.mkdir()
    committed = sorted((ROOT / "notebooks").glob("*.ipynb"))
    for nb in committed:
        shutil.copy2(nb, out.notebooks / nb.name)
    assert run_main(SEEDS, notebooks=True, outputs=out) == 0
    assert seed_hashes_ok()
    assert sorted(p.name for p in out.reports.iterdir()) == sorted(f"{nb.stem}.html" for nb in committed)
    for nb in committed:
        assert _text_outputs(out.notebooks / nb.name) == _text_outputs(nb), nb.name


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_project_run_that_fails_midway_leaves_the_earlier_project_intact(tmp_path, monkeypatch, capsys):
    """The project's folders (here under tmp_path) are built beside them and swapped in together at the end: a
    run that fails after its tables and a few figures are written leaves every earlier file as it was."""
    import errno

    from mobilization import charts

    seeds = sorted(SEEDS.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, chosen in ((first, seeds[:2]), (second, seeds[:3])):
        folder.mkdir()
        for seed in chosen:
            shutil.copy(seed, folder / seed.name)
    project = tmp_path / "project"
    out = outputs_in(project)
    assert run_main(first, outputs=out) == 0  # the earlier project
    (out.derived / "README.md").write_text("not the run's\n")
    before = _tree(project)
    capsys.readouterr()

    save, saved = charts.save_figure, []

    def save_then_fail(fig, stem, folder=None, formats=("png", "svg")):
        if len(saved) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        saved.append(stem)
        return save(fig, stem, folder, formats)

    monkeypatch.setattr(charts, "save_figure", save_then_fail)
    assert run_main(second, outputs=out) == mainjob.EXIT_NOTHING_DONE
    assert len(saved) == 2  # (the tables and two figures were written before the failure)
    assert "No space left on device" in capsys.readouterr().err
    assert _tree(project) == before  # no file changed, none added (no temporary folder left either)
    assert sorted(p.name for p in project.iterdir()) == ["derived", "figures"]

    monkeypatch.setattr(charts, "save_figure", save)
    assert run_main(second, outputs=out) == 0
    assert f" files in {out.derived}, {out.figures}\n" in capsys.readouterr().out  # the folders, not the temporary ones
    after = _tree(project)
    assert after["derived/README.md"] == b"not the run's\n"  # a file the run does not write stays
    assert after["derived/mentions.csv"] != before["derived/mentions.csv"]  # three reports now
    assert sorted(p.name for p in project.iterdir()) == ["derived", "figures"]
