"""The main job (`mobilization run CORPUS [--out DIR]`): pipeline → tables → figures (→ notebooks → reports).

On the documents of CORPUS (a folder of .txt, .text, .htm, .html files and Parquet tables of
documents, read as `extract` reads them; never written to):

1. every document is analysed (`pipeline.analyse`); a bad file is one line on stderr
   naming it, and the others go on;
2. its documents table (place and date of each report), the duplicates table (copies of
   one story), the mention, facts and indicators tables go to DIR/tables/ (CSV and Parquet);
3. the charts (one per indicator, absolute and per 10,000 residents, small multiples for
   a few places, composition, timeline) and a prefecture map per per-capita indicator go
   to DIR/figures/ (PNG and SVG), and the places each chart leaves out to DIR/tables/rest_*.csv;
4. a summary is printed: documents read, placed (by source), dated, duplicates merged,
   unplaced (listed by name), set aside (listed by name: a place read from the text with a
   confidence word below `min_confidence`, default medium, is used by no table of places, so
   its report counts as unplaced), places with indicators.

DIR defaults to a NEW folder `<corpus>-run` (then `-run-2`, …) in the working directory,
so a run never overwrites anything, least of all the package's committed outputs. Only
`project=True` (`run seeds --project`, what `python3 make.py all` calls) writes the
project's own data/derived/, figures/ and, with `notebooks=True`, re-executes every
notebook in notebooks/ in place and renders it to reports/; it takes the project's seeds/ only
(another corpus with `project=True` is exit 2, nothing written: the committed outputs are the seeds').

Every output is written whole or not at all: a run's own folder is built beside it and swapped in
at the end (`outputs.atomic_dir`), so a run that fails or is killed leaves the previous output as
it was, and a finished one leaves no file of the earlier run (your own files in it stay). The
project's data/derived/ and figures/ are built beside them too, as copies of what is there written
over, and swapped in together at the end (`outputs.atomic_folders`); notebooks and reports follow,
each file whole.
Exit codes: 0 all done; 1 some input or notebook failed (the rest is written); 2 nothing done
(no documents, every input failed, bad arguments, or an output folder inside the input
folder: the previous output is untouched); 3 done, but no place has any indicator value
(no document placed, or no matching figure): the tables are written, and the summary
says why.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from .corpus import Document, load
from .errors import MobilizationError, say as _say
from .outputs import atomic_dir, atomic_folders, atomic_path, check_target, write_table
from .run_summary import (coverage_warnings, no_indicator_reason, places_with_values,  # noqa: F401 (notebooks call them here)
                          summary_lines)
from .place_filter import DEFAULT_MIN_CONFIDENCE, check_min_confidence

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"  # the project's own reports: `run`'s default CORPUS, the only one --project takes
EXIT_OK, EXIT_FAILED, EXIT_NOTHING_DONE, EXIT_NO_INDICATORS = 0, 1, 2, 3
TABLE_NAMES = ("documents", "duplicates", "mentions", "facts", "indicators")
NOTEBOOK_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"}
FEW_PLACES = 12  # up to this many places, the small-multiple overview is drawn too


@dataclass(frozen=True)
class Outputs:
    """Where the main job writes; defaults are the project's folders (used with `project=True`)."""

    derived: Path = ROOT / "data" / "derived"
    figures: Path = ROOT / "figures"
    reports: Path = ROOT / "reports"
    notebooks: Path = ROOT / "notebooks"

    @classmethod
    def under(cls, folder: Path) -> "Outputs":
        """A run's own folder: tables/ and figures/ (no notebooks, no reports)."""
        folder = Path(folder)
        return cls(folder / "tables", folder / "figures", folder / "reports", folder / "notebooks")


def new_folder(corpus: Path, where: Path | None = None) -> Path:
    """A folder name for a run that does not exist yet: <corpus>-run, <corpus>-run-2, …

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "seeds-run").mkdir()
    >>> new_folder(Path("/x/seeds"), d).name
    'seeds-run-2'
    """
    where = Path.cwd() if where is None else Path(where)
    name = Path(corpus).resolve().name or "corpus"
    candidate, k = where / f"{name}-run", 1
    while candidate.exists():
        k += 1
        candidate = where / f"{name}-run-{k}"
    return candidate


@dataclass
class RunResult:
    """What one run did: files written, one line per failure, and what the summary reports."""

    written: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    summary: list[str] = field(default_factory=list)
    places_with_values: int = 0
    set_aside: list[str] = field(default_factory=list)  # reports whose detected place was below min_confidence
    table: "object" = None  # the documents table written (what was read, and what the user gave)


def _not_a_folder(path: Path) -> str:
    """What a CORPUS that is not a folder is, in words (as `extract` names its inputs): a file, nothing (a broken
    link), a link loop, a FIFO or device.

    >>> _not_a_folder(Path("/dev/null")), _not_a_folder(Path("no/such/folder"))
    ('not a folder: not a regular file (a character device)', 'not a folder: no such file')
    """
    from .scale.inputs import _kind

    kind, why = _kind(path)
    return "not a folder" + (f": {why.split(';')[0]}" if why else " (a file)")


def run_main(folder: Path, notebooks: bool = False, outputs: Outputs | None = None, out: Path | None = None,
             documents_csv: Path | None = None, project: bool = False,
             min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> int:
    """Run the whole job on `folder`; return the exit code (messages on stderr, summary on stdout).

    Where it writes: `outputs` if given; else the project's folders if `project`; else
    `out` (or a new folder, `new_folder`) with tables/ and figures/ inside. `min_confidence`
    (high, medium or low): a place read from the text below it is set aside (`tables.places_used`).
    """
    check_min_confidence(min_confidence)
    folder = Path(folder)
    if not folder.is_dir():  # (a file would silently replace the project's tables with its own)
        _say(f"{folder}: {_not_a_folder(folder)}; `run` takes a folder of documents "
             "(for one file: mobilization extract FILE --out OUT); nothing written")
        return EXIT_NOTHING_DONE
    own = None  # the run's own folder, when it chooses one
    if outputs is None:
        if project and not _same_folder(folder, SEEDS):  # (another corpus's tables would replace the committed ones)
            _say(f"{folder}: --project writes the project's own data/derived/ and figures/, which are made from its "
                 f"seeds ({SEEDS}) only; for another corpus leave out --project (its results go to a new folder, or to "
                 "--out DIR); nothing written")
            return EXIT_NOTHING_DONE
        if project:
            outputs = Outputs()
        else:
            own = out if out is not None else new_folder(folder)
            try:  # a folder the command did not write is never written into (outputs.check_target)
                check_target(f"{own}{os.sep}", [folder])
            except MobilizationError as err:
                _say(f"{err}; nothing written")
                return EXIT_NOTHING_DONE
            outputs = Outputs.under(own)
    for target in (outputs.derived, outputs.figures, outputs.reports):
        if _inside(target, folder):
            _say(f"{target}: an output folder inside the input folder {folder}; nothing written")
            return EXIT_NOTHING_DONE
    from .scale import Source

    sources = corpus_sources(folder)
    if not any(isinstance(s, Source) for s in sources):
        for source in sources:
            _say(source.message)
        _say(f"{folder}: no documents found (.txt, .text, .htm, .html or .parquet); nothing written")
        return EXIT_NOTHING_DONE
    from .documents import say_shared_ids

    if say_shared_ids(((s.name, s.doc_id) for s in sources if isinstance(s, Source)), _say):  # (untraceable rows)
        return EXIT_NOTHING_DONE
    try:
        user = read_user_documents(documents_csv) if documents_csv else None
    except MobilizationError as err:
        _say(f"{err}; nothing written")
        return EXIT_NOTHING_DONE
    try:
        if own is None:
            result = _run_into_project(outputs, sources, user, min_confidence)
        else:
            result = _run_into_folder(own, sources, user, min_confidence)
    except OSError as err:
        _say(f"{own or outputs.derived}: cannot finish writing ({err}); nothing written"
             + (f" ({own} left as it was)" if own is not None and own.exists() else "")
             + (f" ({outputs.derived} and {outputs.figures} left as they were)" if own is None else ""))
        return EXIT_NOTHING_DONE
    from .documents import given_back_notes, unmatched_metadata

    warning = unmatched_metadata(documents_csv, user, {s.doc_id for s in sources if isinstance(s, Source)})
    if warning:
        _say(warning)
    for note in given_back_notes(documents_csv, user, result.table) if result.table is not None else []:
        _say(note)
    if not result.documents:
        kept = f" ({own} left as it was)" if own is not None and own.exists() else ""
        _say(f"all {len(result.errors)} inputs failed; nothing written{kept}")
        return EXIT_NOTHING_DONE
    if notebooks:
        result.errors.extend(run_notebooks(outputs, result.written))
    print("\n".join(result.summary + [f"written: {len(result.written)} files in "
                                      f"{', '.join(sorted({str(p.parent) for p in result.written}))}"]))
    if result.errors:
        return EXIT_FAILED
    return EXIT_OK if result.places_with_values else EXIT_NO_INDICATORS


class _NothingRead(Exception):
    """No document could be read: the run's folder is left as it was."""


def _run_into_folder(own: Path, sources: list, user, min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> RunResult:
    """Steps 1–4 into a new folder beside `own` that replaces it at the end, whole (`outputs.atomic_dir`):
    a run that fails or is killed leaves the previous output as it was, and a finished one leaves
    no file of an earlier run into the same folder (your own files in it are kept)."""
    result = RunResult()
    try:
        with atomic_dir(own) as tmp:
            result = run_tables_and_figures(sources, Outputs.under(tmp), user, min_confidence)
            if not result.documents:
                raise _NothingRead
            result.written = [own / p.relative_to(tmp) for p in result.written]
    except _NothingRead:
        pass
    return result


def _run_into_project(outputs: Outputs, sources: list, user, min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> RunResult:
    """Steps 1–4 into the project's own folders (`outputs.derived`, `outputs.figures`), all swapped in at the end
    (`outputs.atomic_folders`): each new folder starts as a copy of the old one, so files the run does not write
    stay; a run that fails or is interrupted before the end leaves both folders as they were."""
    result = RunResult()
    try:
        with atomic_folders([outputs.derived, outputs.figures]) as (derived, figures):
            result = run_tables_and_figures(sources, replace(outputs, derived=derived, figures=figures), user,
                                            min_confidence)
            if not result.documents:
                raise _NothingRead
            places = ((derived, outputs.derived), (figures, outputs.figures))  # (temporary folder, the folder it becomes)
            result.written = [next(real / p.relative_to(tmp) for tmp, real in places if tmp in p.parents)
                              for p in result.written]
    except _NothingRead:
        pass
    return result


def corpus_sources(folder: Path) -> list:
    """The documents under `folder`, as `extract` and `documents` read them (`scale.resolve_inputs`):
    .txt, .text, .htm, .html files and Parquet tables of documents, hidden entries skipped, in path
    order; an entry that cannot be used is a `scale.Problem` (one line)."""
    from .scale import iter_sources, resolve_inputs

    return list(iter_sources(resolve_inputs([folder])))


def _document(source) -> Document:
    """The Document of one source: a file loaded (encoding detected), or a Parquet table's row."""
    if source.path:
        return load(source.path)
    return Document(source.doc_id, source.name, "", "utf-8", source.text or "", dict(source.meta))


def analyse_paths(paths: list) -> tuple[list, list[str]]:
    """Analyses of the documents that could be read, and one error line per one that could not.

    `paths`: files, or the sources of `corpus_sources` (files, Parquet rows, problems)."""
    from .pipeline import analyse
    from .scale import Problem, Source

    analyses, errors = [], []
    for path in paths:
        if isinstance(path, Problem):
            errors.append(path.message)
            _say(path.message)
            continue
        try:
            analyses.append(analyse(_document(path) if isinstance(path, Source) else load(path)))
        except MobilizationError as err:
            errors.append(str(err))
            _say(str(err))
        except Exception as err:  # noqa: BLE001 - one document's bug must not stop the others
            line = f"{path}: could not be analysed ({type(err).__name__}: {err})".replace("\n", " ")
            errors.append(line)
            _say(line)
    return analyses, errors


def read_user_documents(path: Path) -> dict[str, dict[str, str]]:
    """The user's documents CSV or Parquet (`user_metadata.read_user_metadata`: doc plus place_code, place, date);
    columns it does not read are named in one line on stderr."""
    from .documents import read_user_metadata

    return read_user_metadata(path, warn=_say)


def documents_table(analyses: list, user: dict | None = None) -> "object":
    """The documents table of analysed documents: the user's metadata wins, else what the text says."""
    from .documents import describe, document_frame

    return document_frame([describe(a, user) if user else (a.info or describe(a)) for a in analyses])


def corpus_tables(folder: str | Path | None = None, documents_csv: str | Path | None = None,
                  min_confidence: str = DEFAULT_MIN_CONFIDENCE):
    """(tables.Tables, error lines) of every .txt document under `folder` (what a notebook calls).

    `folder` None: the project's seed reports. `documents_csv`: the user's place and date per
    document (see `read_user_documents`). `min_confidence`: a place read from the text below it
    is set aside (`Tables.set_aside`, `Tables.places_used`). A folder without documents is an InputError.
    """
    from .errors import InputError
    from .scale import Source
    from .tables import from_analyses

    folder = SEEDS if folder is None else Path(folder)
    sources = corpus_sources(folder)
    if not any(isinstance(s, Source) for s in sources):
        raise InputError(str(folder), "no documents found (.txt, .text, .htm, .html or .parquet)")
    analyses, errors = analyse_paths(sources)
    user = read_user_documents(Path(documents_csv)) if documents_csv else None
    return from_analyses(analyses, documents_table(analyses, user), min_confidence), errors


def run_tables_and_figures(paths: list, outputs: Outputs, user=None,
                           min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> RunResult:
    """Steps 1–4: analyse, write the tables and the figures, and say what was done.

    The documents table written is what was read (every detected place, with its word); the facts, indicators,
    charts and maps use only the places at or above `min_confidence` (`tables.places_used`)."""
    import matplotlib

    matplotlib.use("Agg")  # the main job never opens windows
    import matplotlib.pyplot as plt

    from . import charts, tables

    analyses, errors = analyse_paths(paths)
    result = RunResult(errors=errors, documents=len(analyses))
    if not analyses:  # (run_main says "all N inputs failed; nothing written")
        return result
    built = tables.from_analyses(analyses, documents_table(analyses, user), min_confidence)
    for name in TABLE_NAMES:
        df = getattr(built, name)
        for suffix in (".csv", ".parquet"):
            result.written.append(write_table(df, outputs.derived / f"{name}{suffix}"))
    ind, docs = built.indicators, built.documents
    result.places_with_values = places_with_values(ind)  # (the exit code and the summary's line, counted once)
    result.set_aside = built.set_aside
    result.table = docs
    given_back = any(row.get("place_source") == "detected" for row in (user or {}).values())  # a table given back
    result.summary = summary_lines(docs, built.duplicates, ind, len(analyses), len(errors), built.facts,
                                   with_values=result.places_with_values, min_confidence=min_confidence,
                                   given_back=given_back)
    # No warning filter here: a "Glyph … missing" warning must reach the user (tofu in a chart is a bug to fix).
    for stem, fig in figures(built):
        # A map's SVG holds every boundary (about 1.7 MB): PNG only.
        formats = ("png",) if stem.startswith("map_") else ("png", "svg")
        result.written.extend(charts.save_figure(fig, stem, outputs.figures, formats))
        plt.close(fig)
    for ind_id in dict.fromkeys(ind["indicator_id"]):
        for per_capita in (False, True):
            rest = charts.rest_table(ind, ind_id, per_capita)
            if len(rest):
                suffix = "_per_10k" if per_capita else ""
                result.written.append(write_table(rest, outputs.derived / f"rest_{ind_id}{suffix}.csv"))
    return result


def figures(built) -> Iterator[tuple[str, "object"]]:
    """(file stem, figure) of every chart of a run, made one at a time (each closed after saving)."""
    from . import charts

    ind, docs = built.indicators, built.places_used  # (a set-aside report is in no place's chart, nor on the map)
    if not len(ind):
        return
    places = ind["place_code"].nunique()
    if places <= FEW_PLACES:
        yield "indicators_absolute", charts.indicator_panels(ind, documents_df=docs)
        yield "indicators_per_10k", charts.indicator_panels(ind, per_capita=True, documents_df=docs)
    for ind_id in dict.fromkeys(ind["indicator_id"]):
        part = ind[ind["indicator_id"] == ind_id]
        yield f"indicator_{ind_id}", charts.indicator_chart(ind, ind_id, documents_df=docs)
        if part["per_capita"].any():
            yield f"indicator_{ind_id}_per_10k", charts.indicator_chart(ind, ind_id, per_capita=True,
                                                                          documents_df=docs)
            yield f"map_{ind_id}", charts.prefecture_map(ind, ind_id, documents_df=docs)
    yield "facts_by_category", charts.composition_chart(built.facts, docs)
    yield "report_timeline", charts.timeline_chart(docs)


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


def _same_folder(a: Path, b: Path) -> bool:
    """Are `a` and `b` one folder (however each is written: relative, with .., through a link)?

    >>> _same_folder(Path("/a/seeds/../seeds"), Path("/a/seeds")), _same_folder(Path("/a/other"), Path("/a/seeds"))
    (True, False)
    """
    return Path(a).resolve() == Path(b).resolve()


def _inside(path: Path, folder: Path) -> bool:
    """Is `path` the folder itself or somewhere under it?

    >>> _inside(Path("/a/seeds/out"), Path("/a/seeds")), _inside(Path("/a/data"), Path("/a/seeds"))
    (True, False)
    """
    p, f = path.resolve(), folder.resolve()
    return p == f or f in p.parents
