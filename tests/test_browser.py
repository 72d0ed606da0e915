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
import time
from pathlib import Path

import pytest

from test_jupyterlab import start_lab, stop_lab

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "03-mobilization-scale.ipynb"
CHROMIUM = Path(os.environ.get("MOBILIZATION_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "artifacts" / "browser"
# Every wait is on a condition, so these only bound how long a loaded machine may take (the suite
# beside other jobs on 2 cores took over 3 minutes where this test alone takes 20 s); on an idle
# machine each wait returns as soon as its condition holds.
STEP_TIMEOUT_MS = 240_000  # loading the Lab, starting the kernel, opening a menu, clearing outputs
RUN_TIMEOUT_MS = 900_000  # running every cell of notebook 03
MENU_TRY_MS = 15_000  # a click on a menu that the Lab was too busy to open is tried again after this


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
    reason = _requirements()  # (checked before the Lab starts: a skip costs nothing)
    if reason:
        pytest.skip(reason)
    (tmp_path / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / NOTEBOOK, tmp_path / "notebooks" / NOTEBOOK)
    config = tmp_path / "jupyter-config"
    config.mkdir()
    proc, base, token = start_lab(tmp_path / "runtime", f"--ServerApp.root_dir={tmp_path}",
                                  env={"JUPYTER_CONFIG_DIR": str(config),
                                       "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces")})
    yield base, token
    stop_lab(proc)


# What the page shows: kernel status, each code cell's prompt, the number of chart images.
_STATE = """() => ({
    kernel: document.querySelector('.jp-NotebookPanel .jp-KernelName')?.textContent,
    status: document.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status'),
    prompts: [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent).join(' '),
    images: document.querySelectorAll('.jp-OutputArea-output img').length})"""


def _menu(page, menu: str, command: str) -> None:
    """Choose `command` in the menu bar's `menu`, opening the menu again if a busy Lab lost the click."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    item = page.locator(f".lm-Menu-item[data-command='{command}']")
    deadline = time.monotonic() + STEP_TIMEOUT_MS / 1000
    while True:
        page.locator(".lm-MenuBar-item", has_text=menu).first.click()
        try:
            item.wait_for(state="visible", timeout=MENU_TRY_MS)
            break
        except PlaywrightTimeout:
            if time.monotonic() > deadline:
                raise
            page.keyboard.press("Escape")  # (closes a menu half-open, if any)
    item.click()


def test_notebook_03_runs_in_a_real_browser_and_draws_its_charts(lab_on_a_copy, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright

    base, token = lab_on_a_copy
    expected_images = _stored_images(ROOT / "notebooks" / NOTEBOOK)
    assert expected_images >= 2
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 1000}, timeout=STEP_TIMEOUT_MS)
        try:
            page = browser.new_page()
            page.set_default_timeout(STEP_TIMEOUT_MS)
            page.set_default_navigation_timeout(STEP_TIMEOUT_MS)
            page.goto(f"{base}/lab/tree/notebooks/{NOTEBOOK}?token={token}", wait_until="domcontentloaded")
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
            # the kernel started and connected (its name in the toolbar, not "No Kernel") and idle
            page.wait_for_function(
                """() => /Python/.test(document.querySelector('.jp-NotebookPanel .jp-KernelName')?.textContent ?? '')
                         && document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']")""")
            # outputs cleared first, so the images counted below are drawn by this run
            _menu(page, "Edit", "editmenu:clear-all")
            page.wait_for_function("() => document.querySelectorAll('.jp-OutputArea-output img').length === 0")
            _menu(page, "Run", "runmenu:run-all")
            # the run has begun: a cell queued or running ([*]); clearing outputs keeps the old numbers, so
            # without this wait a busy machine let the end condition below hold before the run started
            page.wait_for_function(
                """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                           .some(p => p.textContent.includes('*'))""")
            # every code cell numbered (not [*] or [ ]) and the kernel no longer busy (not "idle": on a
            # loaded machine the indicator was seen to stay "unknown" after the run had ended)
            page.wait_for_function(
                """() => {
                    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
                    const busy = document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='busy']");
                    return prompts.length > 0 && !busy && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
                }""", timeout=RUN_TIMEOUT_MS)
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            error_text = [errors.nth(i).inner_text()[:500] for i in range(errors.count())]
            loaded = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output img')]
                                        .map(img => img.complete && img.naturalWidth > 100)""")
            if loaded:
                page.locator(".jp-OutputArea-output img").first.scroll_into_view_if_needed()
                # the Lab renders the cells around the new scroll position: wait until the first chart
                # is decoded and inside the viewport, then for two frames to be painted
                page.wait_for_function(
                    """() => {
                        const img = document.querySelector('.jp-OutputArea-output img');
                        if (!img || !img.complete || img.naturalWidth <= 100) return false;
                        const box = img.getBoundingClientRect();
                        return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
                    }""")
                page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
            page.screenshot(path=str(ARTIFACTS / "notebook-03.png"))
        except PlaywrightTimeout as err:  # a wait that ran out: say where the notebook stood, keep a picture of it
            page.screenshot(path=str(ARTIFACTS / "notebook-03-failed.png"))
            state = page.evaluate(_STATE)
            raise AssertionError(f"{type(err).__name__}: {str(err).splitlines()[0]}; the notebook then: {state} "
                                 f"(screenshot: {ARTIFACTS / 'notebook-03-failed.png'})") from err
        finally:
            browser.close()
    assert not error_text, f"error output in the browser: {error_text}"
    assert len(loaded) >= expected_images, \
        f"{len(loaded)} chart images drawn, the stored notebook has {expected_images}"
    assert all(loaded), f"chart images that did not load: {loaded}"
