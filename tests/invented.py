"""Helpers for the tests that feed reports we wrote ourselves (invented, never third-party text) to detection.

- `place(text)`: the place guess of a report, read as the pipeline reads it (repair, then the
  simplified script, then `detect_place`); `code_and_name(text)`: the same as (code, name);
- `category(text, part, nth)`: the category of the nth figure whose surface holds `part`;
- `surfaces(text)`: the place names `find_hits` reads in a text taken as one body zone.
"""
from __future__ import annotations

from mobilization.places import PlaceGuess, Zone, detect_place, find_hits
from mobilization.quantities import extract
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str) -> PlaceGuess:
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


def code_and_name(text: str) -> tuple[str, str]:
    guess = place(text)
    return guess.code, guess.name


def category(text: str, surface_part: str, nth: int = 0) -> str:
    qs = [q for q in extract(text) if surface_part in q.surface]
    assert len(qs) > nth, f"{surface_part!r} not found in {[q.surface for q in extract(text)]}"
    return qs[nth].category


def surfaces(text: str) -> list[str]:
    return [h.surface for h in find_hits(text, [Zone(0, len(text), "body")])]
