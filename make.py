#!/usr/bin/env python3
"""Set-up and task runner: `python3 make.py all | test | lab | bench`.

Needs only Python 3.11 and pip. Each task creates (or reuses) the virtual environment
`.venv/` in this folder, installs the project into it with `pip install -e ".[dev]"`
(again only when pyproject.toml changed), and then runs inside it.

    all    the main job: the whole pipeline on seeds/ (tables in data/derived/, figures
           in figures/), every notebook re-executed in place, and HTML reports in reports/
    test   every test: unit, property, doctest, notebooks under nbval, JupyterLab smoke
    lab    JupyterLab on notebooks/ with a kernel that has the package
    bench  the benchmarks in benchmarks/ (slow; not part of the tests)
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".mobilization-installed"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"  # notebooks print in a fixed order (nbval compares outputs)
    env["MPLBACKEND"] = "Agg"
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    return env


def ensure_venv() -> None:
    """Create .venv and install the project unless pyproject.toml is unchanged since last time."""
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PY.exists() and STAMP.exists() and STAMP.read_text() == want:
        return
    if not PY.exists():
        print("make.py: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("make.py: installing the project and its dependencies into .venv", flush=True)
    run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f"{ROOT}[dev]"])
    STAMP.write_text(want)


def run(cmd: list[str]) -> None:
    code = subprocess.call(cmd, cwd=ROOT, env=_env())
    if code:
        sys.exit(code)


def task_all() -> None:
    run([str(PY), "-m", "mobilization", "run", "seeds", "--project", "--notebooks"])


def task_test() -> None:
    run([str(PY), "-m", "pytest", "-q", "tests", "lib/mobilization",
         "--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
         "notebooks"])


def task_lab() -> None:
    run([str(PY), "-m", "ipykernel", "install", "--sys-prefix", "--name", "mobilization",
         "--display-name", "Python (mobilization)"])
    root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    run([str(BIN / "jupyter"), "lab", "--notebook-dir", str(ROOT / "notebooks"), *root])


def task_bench() -> None:
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        run([str(PY), str(script)])


TASKS = {"all": task_all, "test": task_test, "lab": task_lab, "bench": task_bench}

if __name__ == "__main__":
    name = sys.argv[1] if len(sys.argv) > 1 else ""
    if name not in TASKS:
        sys.exit(__doc__)
    ensure_venv()
    TASKS[name]()
