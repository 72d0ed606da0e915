"""A real browser: JupyterLab as `make.py lab` starts it, notebook 03 run in headless Chromium, charts drawn.

Needs Debian's `chromium` (/usr/bin/chromium; `.ci/run` installs it with apt-get when it runs as
root) and the Python package playwright (a dev dependency), which drives that browser: no browser
is downloaded. Without either, the test is skipped and says why. A screenshot of the executed
notebook is kept in artifacts/browser/ (git-ignored) for CI to keep.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from test_jupyterlab import start_lab, stop_lab

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "03-mobilization-scale.ipynb"
CHROMIUM = Path(os.environ.get("MOBILIZATION_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "artifacts" / "browser"
RUN_TIMEOUT_MS = 180_000


def _requirements() -> str | None:
    """Why the browser test cannot run here, or None."""
    if not CHROMIUM.exists():
        return (f"real-browser test SKIPPED: no Chromium at {CHROMIUM} (Debian: `apt-get install chromium`; "
                ".ci/run installs it when run as root)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "real-browser test SKIPPED: the Python package playwright is not installed (pip install -e '.[dev]')"
    return None


def _stored_images(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum("image/png" in out.get("data", {}) for cell in nb["cells"] if cell["cell_type"] == "code"
               for out in cell.get("outputs", []))


@pytest.fixture
def lab_on_a_copy(tmp_path):
    """The Lab (make.py's command) rooted at a copy of notebooks/, so nothing is saved into the project."""
    (tmp_path / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / NOTEBOOK, tmp_path / "notebooks" / NOTEBOOK)
    config = tmp_path / "jupyter-config"
    config.mkdir()
    proc, base, token = start_lab(tmp_path / "runtime", f"--ServerApp.root_dir={tmp_path}",
                                  env={"JUPYTER_CONFIG_DIR": str(config),
                                       "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces")})
    yield base, token
    stop_lab(proc)


def test_notebook_03_runs_in_a_real_browser_and_draws_its_charts(lab_on_a_copy, tmp_path):
    reason = _requirements()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    base, token = lab_on_a_copy
    expected_images = _stored_images(ROOT / "notebooks" / NOTEBOOK)
    assert expected_images >= 2
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 1000})
        try:
            page = browser.new_page()
            page.goto(f"{base}/lab/tree/notebooks/{NOTEBOOK}?token={token}", timeout=60_000)
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            # outputs cleared first, so the images counted below are drawn by this run
            page.locator(".lm-MenuBar-item", has_text="Edit").first.click()
            page.locator(".lm-Menu-item[data-command='editmenu:clear-all']").click()
            page.wait_for_function("() => document.querySelectorAll('.jp-OutputArea-output img').length === 0")
            page.locator(".lm-MenuBar-item", has_text="Run").first.click()
            page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()
            # every code cell numbered (not [*] or [ ]) and the kernel idle again
            page.wait_for_function(
                """() => {
                    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
                    const idle = document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']");
                    return prompts.length > 0 && idle && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
                }""", timeout=RUN_TIMEOUT_MS)
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            error_text = [errors.nth(i).inner_text()[:500] for i in range(errors.count())]
            loaded = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output img')]
                                        .map(img => img.complete && img.naturalWidth > 100)""")
            if loaded:
                first = page.locator(".jp-OutputArea-output img").first
                first.scroll_into_view_if_needed()
                first.wait_for(state="visible")
                page.wait_for_timeout(1_000)  # the Lab renders the cells around the new scroll position
            page.screenshot(path=str(ARTIFACTS / "notebook-03.png"))
        finally:
            browser.close()
    assert not error_text, f"error output in the browser: {error_text}"
    assert len(loaded) >= expected_images, \
        f"{len(loaded)} chart images drawn, the stored notebook has {expected_images}"
    assert all(loaded), f"chart images that did not load: {loaded}"
