"""The project's set-up: seeds byte for byte, dependency lists agree, metadata complete."""
from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _sums() -> dict[str, str]:
    lines = (ROOT / "seeds" / "SHA256SUMS").read_text().split("\n")
    return {name: digest for digest, name in (ln.split() for ln in lines if ln.strip())}


def test_seeds_match_sha256sums():
    sums = _sums()
    assert len(sums) == 5
    for name, digest in sums.items():
        assert hashlib.sha256((ROOT / "seeds" / name).read_bytes()).hexdigest() == digest, name


def test_seeds_match_shared_copy_when_present():
    shared = ROOT.parent / "shared" / "seeds" / "SHA256SUMS"
    if not shared.exists():
        pytest.skip("no ../shared beside this clone")
    assert shared.read_bytes() == (ROOT / "seeds" / "SHA256SUMS").read_bytes()


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~\[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _spec(requirement: str) -> str:
    req = re.sub(r"\[.*?\]", "", requirement.split("#")[0]).replace(" ", "")
    return req[len(_name(req)):]


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {_name(r): _spec(r) for r in reqs}


def _environment() -> dict[str, str]:
    out: dict[str, str] = {}
    text = (ROOT / "environment.yml").read_text()
    for line in text[text.index("dependencies:"):].splitlines():
        m = re.match(r"^\s+- (?!pip$|python=|-e )(.+)$", line)
        if m and not m.group(1).rstrip().endswith(":"):
            out[_name(m.group(1))] = _spec(m.group(1))
    return out


def test_environment_yml_lists_the_same_packages_and_bounds_as_pyproject():
    assert _environment() == _pyproject()


def test_environment_yml_ends_by_installing_the_project():
    assert (ROOT / "environment.yml").read_text().rstrip().endswith('-e ".[dev]"')


def test_documents_csv_has_every_seed_and_known_places():
    from mobilization.lexicon import read_rows

    docs = read_rows("documents.csv")
    places = {r["place_id"] for r in read_rows("places.csv")}
    # every seed has its row; a researcher's own rows may come after them
    seed_rows = [r for r in docs if r["doc_id"] + ".txt" in _sums()]
    assert sorted(r["doc_id"] + ".txt" for r in seed_rows) == sorted(_sums())
    for row in docs:
        assert row["place_id"] in places, row["doc_id"]
        assert row["script"] in {"traditional", "simplified", ""}, row["doc_id"]
    for row in seed_rows:
        assert row["script"] in {"traditional", "simplified"}
        assert (ROOT / row["file"]).exists()
        page = " ".join((ROOT / row["file"]).read_text(encoding="utf-8").split())  # NBSP folded
        assert " ".join(row["source_line"].split()) in page


def test_places_keep_their_sources():
    from mobilization.lexicon import read_rows

    for row in read_rows("places.csv"):
        assert int(row["population_2020"]) > 100_000
        assert row["population_source"]
