"""Fixtures shared by several test files: one whole run of the pipeline that several tests check alike.

A whole `run` analyses every report and draws and saves every chart and map (t16: most of the suite's time), so
where tests of different files check the same run (the same inputs, the same options), it is made once per test
session here (docs/rounds/t18.md lists which tests share which run). The outputs are shared: read them, never
change them. A test that changes a run's outputs, or needs other inputs or options, keeps its own run.
"""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from mobilization import mainjob
from mobilization.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class SeedsRun:
    """What `mobilization run --project` did on the seeds: exit code, where it wrote, what it printed."""

    code: int
    outputs: mainjob.Outputs  # the project's folders, pointed into a temporary folder
    seeds_before: list[str]  # the names in seeds/ before the run
    printed: str  # the summary on stdout
    cwd: Path  # the working folder it was started from (not the project root)


@pytest.fixture(scope="session")
def seeds_project_run(tmp_path_factory) -> SeedsRun:
    """`mobilization run --project` (the main job without notebooks, what `make.py all` does before them), started
    from a folder that is not the project root, with the project's folders (`Outputs()`) pointed into a temporary
    folder so that no test writes the committed ones. Shared by test_mainjob.py and test_t10.py: read-only."""
    where = tmp_path_factory.mktemp("seeds_project_run")
    project, cwd = where / "project", where / "elsewhere"
    cwd.mkdir()
    outputs = mainjob.Outputs(project / "derived", project / "figures", project / "reports", project / "notebooks")
    before = sorted(p.name for p in SEEDS.iterdir())
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mainjob.Outputs.__init__, "__defaults__",
                      (outputs.derived, outputs.figures, outputs.reports, outputs.notebooks))
        patch.chdir(cwd)  # (here "seeds" is no folder: the default CORPUS must be the project's)
        with contextlib.redirect_stdout(printed):
            code = main(["run", "--project"])
    return SeedsRun(code, outputs, before, printed.getvalue(), cwd)
