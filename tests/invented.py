"""Helpers for the tests that feed reports we wrote ourselves (invented, never third-party text) to detection.

- `place(text)`: the place guess of a report, read as the pipeline reads it (repair, then the
  simplified script, then `detect_place`); `code_and_name(text)`: the same as (code, name);
- `category(text, part, nth)`: the category of the nth figure whose surface holds `part`;
- `surfaces(text)`: the place names `find_hits` reads in a text taken as one body zone;
- `body_lines(text)`, `kinds(text)`, `body_values(text)`: what repair keeps as the article body (its lines),
  the kinds of furniture it finds, and the values of the figures read in the body;
- `write_corpus(folder, reports)`: a corpus folder of UTF-8 `<doc>.txt` files, one per report, for the command line;
- `GIVEN_BACK_REPORTS`, `documents_as_read(corpus, out)`: two province-level reports (read low) and a county's (high),
  and the documents table `mobilization documents` writes of them, as a researcher gets it to give back; the
  fixtures `corpus` (those reports as a corpus folder) and `as_read` (its documents table, words checked): a test
  module imports them by these names (`from invented import as_read, corpus`);
- `report_tables(folder, text, …)`, `indicator_row(t, id)`: the place tables of one report whose county the user
  gives, and one indicator's row of them;
- `benchmark_script(path)`: a script under benchmarks/ imported as a module, for the tests of its functions.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from mobilization.corpus import Document
from mobilization.dates import detect_date
from mobilization.pipeline import analyse
from mobilization.places import PlaceGuess, Zone, detect_place, find_hits, zones_of
from mobilization.quantities import extract
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str) -> PlaceGuess:
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


def date_of(text: str) -> str:
    """The printed date read from an invented page, as `documents` reads it ("" where none)."""
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_date(simplified, zones_of(rep, simplified)).date


def code_and_name(text: str) -> tuple[str, str]:
    guess = place(text)
    return guess.code, guess.name


def category(text: str, surface_part: str, nth: int = 0) -> str:
    qs = [q for q in extract(text) if surface_part in q.surface]
    assert len(qs) > nth, f"{surface_part!r} not found in {[q.surface for q in extract(text)]}"
    return qs[nth].category


def surfaces(text: str) -> list[str]:
    return [h.surface for h in find_hits(text, [Zone(0, len(text), "body")])]


def body_lines(text: str) -> list[str]:
    return repair(text).body_text().split("\n")


def kinds(text: str) -> list[str]:
    return [s.kind for s in repair(text).boilerplate]


def body_values(text: str) -> list[float]:
    a = analyse(Document("x", "", "", "utf-8", text, {}))
    return sorted(m.value for m in a.mentions if m.in_body)


def write_corpus(folder: Path, reports: dict[str, str]) -> Path:
    """Make `folder` and write each report as `<doc>.txt` (UTF-8) in it; the folder."""
    folder.mkdir(parents=True)
    for doc, text in reports.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return folder


GIVEN_BACK_REPORTS = {
    "henan_story": "河南省：两千名党员干部下沉社区\n发布时间：2020-02-10\n来源：河南省委组织部\n"
                   "河南省委组织部部署全省机关党员下沉社区，河南省共有2000名党员参加。\n",
    "county_story": "党员干部下沉社区\n发布时间：2020-02-12\n近日，宕昌县委组织部组织全县机关党员下沉社区。"
                    "宕昌县委要求党员亮明身份。宕昌县共有300名党员参加。\n",
    "gansu_story": "甘肃省：一千名党员干部下沉社区\n发布时间：2020-02-11\n来源：甘肃省委组织部\n"
                   "甘肃省委组织部部署全省机关党员下沉社区，甘肃省共有1000名党员参加。\n",
}


def documents_as_read(corpus: Path, out: Path) -> pd.DataFrame:
    """The documents table `mobilization documents` writes of `corpus` to `out`, read back as text columns."""
    from mobilization.cli import main

    assert main(["documents", str(corpus), "--out", str(out)]) == 0
    return pd.read_csv(out, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """`GIVEN_BACK_REPORTS` as a corpus folder (a fixture: import it by this name)."""
    return write_corpus(tmp_path_factory.mktemp("given_back") / "corpus", GIVEN_BACK_REPORTS)


@pytest.fixture(scope="module")
def as_read(corpus, tmp_path_factory) -> pd.DataFrame:
    """The documents table `mobilization documents` writes of `corpus`, as a researcher gets it to give back: the
    two provinces' stories read low, the county's high (a fixture: import it by this name, with `corpus`)."""
    table = documents_as_read(corpus, tmp_path_factory.mktemp("given_back_docs") / "documents.csv")
    assert table.set_index("doc")["place_confidence"].to_dict() == {
        "henan_story": "low", "county_story": "high", "gansu_story": "low"}
    return table


def report_tables(folder: Path, text: str, name: str = "r", code: str = "341802", place: str = "宣州区",
                  population: float = 750000.0, date: str = "2021-02-10"):
    """The place tables of `text`, written to `folder`/`name`.txt, as one report of the county the user gives."""
    from mobilization import tables
    from mobilization.corpus import load
    from mobilization.documents import DOCUMENT_COLUMNS

    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    documents = pd.DataFrame([dict(doc=name, place_code=code, place_name=place, place_level="county",
                                   place_source="user", place_evidence="", date=date, date_precision="day",
                                   date_source="user", date_evidence="", population_2020=population)],
                             columns=DOCUMENT_COLUMNS)
    return tables.from_analyses([analyse(load(path))], documents)


def indicator_row(t, indicator_id: str) -> pd.Series:
    """One indicator's row of the tables `t` (a single place)."""
    return t.indicators.set_index("indicator_id").loc[indicator_id]


def benchmark_script(path: str) -> ModuleType:
    """The script benchmarks/`path` (e.g. "heldout/place_confidence.py") imported afresh as a module named by its
    stem; registered in sys.modules, where dataclasses look their module up while a class is made."""
    file = Path(__file__).resolve().parents[1] / "benchmarks" / path
    spec = importlib.util.spec_from_file_location(file.stem, file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
