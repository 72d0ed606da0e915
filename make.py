#!/usr/bin/env python3
"""Set-up and task runner: `python3 make.py all | test | lab | bench`.

Needs only Python 3.11 and pip. Each task creates (or reuses) the virtual environment
`.venv/` in this folder, installs the project into it with `pip install -e ".[dev]"`
(again only when pyproject.toml changed), and then runs inside it.

    all    the main job: the whole pipeline on seeds/ (tables in data/derived/, figures
           in figures/), every notebook re-executed in place, and HTML reports in reports/
    test   every test: unit, property, doctest, notebooks under nbval, JupyterLab smoke
    lab    JupyterLab on the project folder, opened on notebooks/, with the venv's own kernel
           (Python 3), which has the package
    bench  the benchmarks in benchmarks/ (slow; not part of the tests)
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".mobilization-installed"


def _env(lab: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"  # notebooks print in a fixed order (nbval compares outputs)
    if not lab:
        # Jobs and tests never open windows. The Lab must not inherit this: its kernels would
        # then draw nothing on plt.show() (the inline backend is ipykernel's default).
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


def run(cmd: list[str], lab: bool = False) -> None:
    code = subprocess.call(cmd, cwd=ROOT, env=_env(lab))
    if code:
        sys.exit(code)


def task_all() -> None:
    run([str(PY), "-m", "mobilization", "run", "seeds", "--project", "--notebooks"])


def task_test() -> None:
    run([str(PY), "-m", "pytest", "-q", "-rs", "tests", "lib/mobilization",
         "--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
         "notebooks"])


def lab_command(*extra: str) -> list[str]:
    """JupyterLab rooted at the project (data/, figures/, a corpus can be opened), showing notebooks/.

    The one kernel offered is the venv's own "Python 3" (ipykernel's, which has the package);
    no second, equivalent kernel is installed.
    """
    root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    return [str(PY), "-m", "jupyterlab", f"--ServerApp.root_dir={ROOT}",
            "--LabApp.default_url=/lab/tree/notebooks", *root, *extra]


def lab_env() -> dict[str, str]:
    """The Lab's environment: the venv on PATH, no MPLBACKEND of ours (plt.show() draws inline)."""
    return _env(lab=True)


# Lab settings for this project's venv (its overrides.json): open a notebook and its kernel starts,
# without a "Select Kernel" dialog each time; no fetching of Jupyter news from the network.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension:tracker": {"autoStartDefaultKernel": True},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false"},
}


def write_lab_settings(prefix: Path = VENV) -> Path:
    """Write the Lab's overrides.json into the venv (the Lab of this venv only; users' settings still win)."""
    target = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    current = json.loads(target.read_text()) if target.exists() else {}
    for plugin, values in LAB_SETTINGS.items():
        current.setdefault(plugin, {}).update(values)
    target.write_text(json.dumps(current, indent=2) + "\n")
    return target


def task_lab() -> None:
    # An earlier make.py installed a duplicate kernel "Python (mobilization)" into .venv: remove it.
    shutil.rmtree(VENV / "share" / "jupyter" / "kernels" / "mobilization", ignore_errors=True)
    write_lab_settings()
    run(lab_command(), lab=True)


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
