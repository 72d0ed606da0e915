"""The main job (`mobilization run [FOLDER] [--notebooks]`): pipeline → tables → figures → notebooks → reports.

On the documents of FOLDER (default seeds/; never written to):

1. every document is analysed (`pipeline.analyse`); a bad file is one line on stderr
   naming it, and the others go on;
2. the mention, facts and indicators tables go to data/derived/ (CSV and Parquet);
3. the charts go to figures/ (PNG and SVG);
4. with `notebooks=True`, every notebook in notebooks/ is re-executed in place (kernel
   `python3` of this Python, PYTHONHASHSEED=0, MPLBACKEND=Agg) and rendered to HTML in
   reports/.

Every output is written whole or not at all. Exit code: 0 all done, 1 some input or
notebook failed (the rest is written), 2 nothing to do (no documents, or an output folder
inside the input folder).
"""
from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .corpus import iter_paths, load
from .errors import MobilizationError
from .outputs import atomic_path, write_table

ROOT = Path(__file__).resolve().parents[2]
EXIT_OK, EXIT_FAILED, EXIT_NOTHING_DONE = 0, 1, 2
TABLE_NAMES = ("mentions", "facts", "indicators")
FIGURE_STEMS = ("indicators_absolute", "indicators_per_10k", "facts_by_category", "report_timeline")
NOTEBOOK_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"}


@dataclass(frozen=True)
class Outputs:
    """Where the main job writes; defaults are the project's folders."""

    derived: Path = ROOT / "data" / "derived"
    figures: Path = ROOT / "figures"
    reports: Path = ROOT / "reports"
    notebooks: Path = ROOT / "notebooks"


@dataclass
class RunResult:
    """What one run did: files written and one line per failure."""

    written: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    documents: int = 0


def _say(message: str) -> None:
    print(f"mobilization: {message}", file=sys.stderr, flush=True)


def run_main(folder: Path, notebooks: bool = False, outputs: Outputs | None = None) -> int:
    """Run the whole job on `folder`; return the exit code (messages on stderr, summary on stdout)."""
    outputs = outputs or Outputs()
    folder = Path(folder)
    if not folder.is_dir():  # (a file would silently replace the project's tables with its own)
        _say(f"{folder}: not a folder; `run` takes a folder of documents "
             "(for one file: mobilization extract FILE --out OUT); nothing written")
        return EXIT_NOTHING_DONE
    for target in (outputs.derived, outputs.figures, outputs.reports):
        if _inside(target, folder):
            _say(f"{target}: an output folder inside the input folder {folder}; nothing written")
            return EXIT_NOTHING_DONE
    paths = iter_paths([folder])
    if not paths:
        _say(f"{folder}: no .txt documents found; nothing written")
        return EXIT_NOTHING_DONE
    result = run_tables_and_figures(paths, outputs)
    if notebooks:
        result.errors.extend(run_notebooks(outputs, result.written))
    print(f"mobilization: {result.documents} documents → {len(result.written)} files "
          f"({', '.join(sorted({p.parent.name for p in result.written}))})")
    return EXIT_FAILED if result.errors else EXIT_OK


def analyse_paths(paths: list[Path]) -> tuple[list, list[str]]:
    """Analyses of the files that could be read, and one error line per file that could not."""
    from .pipeline import analyse

    analyses, errors = [], []
    for path in paths:
        try:
            analyses.append(analyse(load(path)))
        except MobilizationError as err:
            errors.append(str(err))
            _say(str(err))
        except Exception as err:  # noqa: BLE001 - one document's bug must not stop the others
            line = f"{path}: could not be analysed ({type(err).__name__}: {err})".replace("\n", " ")
            errors.append(line)
            _say(line)
    return analyses, errors


def run_tables_and_figures(paths: list[Path], outputs: Outputs) -> RunResult:
    """Steps 1–3: analyse, write the three tables and the figures."""
    import matplotlib

    matplotlib.use("Agg")  # the main job never opens windows
    import matplotlib.pyplot as plt

    from . import charts, tables

    analyses, errors = analyse_paths(paths)
    result = RunResult(errors=errors, documents=len(analyses))
    if not analyses:
        return result
    built = tables.from_analyses(analyses)
    m, f, ind = built.mentions, built.facts, built.indicators
    places = tables.places().set_index("place_id").loc[list(dict.fromkeys(ind["place_id"]))].reset_index()
    for name, df in zip(TABLE_NAMES, (m, f, ind)):
        for suffix in (".csv", ".parquet"):
            result.written.append(write_table(df, outputs.derived / f"{name}{suffix}"))
    docs = tables.documents()
    docs = docs[docs["doc_id"].isin({a.doc.doc_id for a in analyses})]
    figures = [charts.indicator_chart(ind), charts.indicator_chart(ind, per_capita=True),
               charts.composition_chart(f, places)]
    if len(docs):
        figures.append(charts.timeline_chart(docs, places))
    for stem, fig in zip(FIGURE_STEMS, figures):
        result.written.extend(charts.save_figure(fig, stem, outputs.figures))
        plt.close(fig)
    return result


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables for the kernels started inside the block, then restore them."""
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_notebooks(outputs: Outputs, written: list[Path] | None = None) -> list[str]:
    """Step 4: re-execute every notebook in place and render it to HTML; one error line per failure."""
    errors = []
    for path in sorted(outputs.notebooks.glob("*.ipynb")):
        try:
            execute_notebook(path)
            html = render_html(path, outputs.reports)
        except Exception as err:  # noqa: BLE001 - a failing notebook is reported; the others still run
            line = f"{path}: notebook failed ({type(err).__name__}: {_last_line(err)})"
            errors.append(line)
            _say(line)
            continue
        if written is not None:
            written.extend([path, html])
    return errors


def _last_line(err: Exception) -> str:
    """The last non-empty line of an error (for a notebook: the exception), colour codes removed.

    >>> _last_line(ValueError("Traceback...\\n\\x1b[31mZeroDivisionError\\x1b[39m: division by zero\\n"))
    'ZeroDivisionError: division by zero'
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err)).strip()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else type(err).__name__


def execute_notebook(path: Path, timeout: int = 600) -> None:
    """Run a notebook top to bottom in its own folder and store the outputs in place (atomically)."""
    import nbformat
    from nbconvert.preprocessors import ExecutePreprocessor

    nb = nbformat.read(path, as_version=4)
    with _environment(NOTEBOOK_ENV):
        # The kernel's own log (e.g. ipykernel's warning about unencrypted local TCP) is not
        # notebook output; only errors of the kernel process itself reach our stderr.
        # record_timing=False: no execution timestamps, so a re-run with unchanged results
        # leaves the notebook file unchanged.
        ExecutePreprocessor(timeout=timeout, kernel_name="python3", record_timing=False,
                            extra_arguments=["--IPKernelApp.log_level=ERROR"]).preprocess(
            nb, {"metadata": {"path": str(path.parent)}})
    with atomic_path(path) as tmp:
        nbformat.write(nb, str(tmp))


def render_html(path: Path, reports: Path) -> Path:
    """reports/<notebook>.html from the stored outputs of a notebook (atomically), carrying its CJK font."""
    import nbformat
    from nbconvert import HTMLExporter

    from .webfont import embed_cjk_font

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(path, as_version=4))
    body = embed_cjk_font(body)  # Chinese in tables and text shows without a CJK system font
    target = reports / f"{path.stem}.html"
    with atomic_path(target) as tmp:
        tmp.write_text(body, encoding="utf-8")
    return target


def _inside(path: Path, folder: Path) -> bool:
    """Is `path` the folder itself or somewhere under it?

    >>> _inside(Path("/a/seeds/out"), Path("/a/seeds")), _inside(Path("/a/data"), Path("/a/seeds"))
    (True, False)
    """
    p, f = path.resolve(), folder.resolve()
    return p == f or f in p.parents
