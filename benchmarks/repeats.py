#!/usr/bin/env python3
"""Repeated work inside one document: how often `extract` calls a function again with the same arguments.

    python benchmarks/repeats.py --texts /work/heldout/Q/texts --texts /work/heldout/U/texts
    python benchmarks/repeats.py --seeds exclusions._excluded heads._window_after

For each function named (module of `mobilization.quantities` and function; a default list of the readers
of the hot path otherwise), every call made while `extract` reads the texts is counted, and so is every call
whose arguments equal those of an earlier call in the SAME document (a per-document memory of that function
could have answered it). Arguments are compared by value (a `re.Match` by its span; the lexicon and word
lists, one per process, by identity). Each text is repaired and converted to simplified first; the
memories of more than 64 entries are emptied before each document, as `bench_versions.py` does.

A repeated call is an upper bound of what sharing that reading could save: its share of the calls times
the function's share of `extract`'s time (py-spy or cProfile), less the look-up's own cost.
docs/rounds/speed-history.md, "Speed, seventh session",, gives the numbers of 2026-12-06.
"""
from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT = ("exclusions._excluded", "exclusions._in_short_quote", "heads._window_after", "heads._head_ends",
           "heads._head_at_end", "nouns.noun_after", "nouns_before.noun_before", "window_tags._tagged",
           "text._clause_start", "clause_reading._last_verb", "clause_reading._is_people",
           "open_nouns.open_head", "open_nouns.form_category", "numbers._read_number")

_PLAIN = (str, int, float, bool, type(None))


def _key(value):
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, re.Match):
        return ("match", value.span())
    if isinstance(value, tuple):
        return tuple(_key(v) for v in value)
    return ("id", id(value))  # the lexicon, the word lists: one object per process


def instrument(names: list[str]) -> tuple[dict[str, list[int]], dict[str, set]]:
    """Wrap each named function wherever a module of the package holds it; (counts, per-document seen sets)."""
    counts: dict[str, list[int]] = {}
    seen: dict[str, set] = {}
    for spec in names:
        module, fn = spec.rsplit(".", 1)
        original = getattr(importlib.import_module(f"mobilization.quantities.{module}"), fn)
        counts[spec], seen[spec] = [0, 0], set()

        def wrapper(*args, _f=original, _c=counts[spec], _s=seen[spec], **kwargs):
            k = (tuple(_key(a) for a in args), tuple(sorted((n, _key(v)) for n, v in kwargs.items())))
            _c[0] += 1
            if k in _s:
                _c[1] += 1
            else:
                _s.add(k)
            return _f(*args, **kwargs)

        for name, mod in list(sys.modules.items()):
            if name.startswith("mobilization") and getattr(mod, fn, None) is original:
                setattr(mod, fn, wrapper)
    return counts, seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("functions", nargs="*", help="module.function of mobilization.quantities (default: the hot path)")
    ap.add_argument("--texts", action="append", type=Path, default=[], metavar="FOLDER")
    ap.add_argument("--seeds", action="store_true", help="also the seeds")
    args = ap.parse_args()
    from mobilization import corpus, repair, script
    from mobilization.quantities import extract
    from bench_versions import big_caches

    paths = sorted((ROOT / "seeds").glob("*.txt")) if args.seeds or not args.texts else []
    for folder in args.texts:
        paths += sorted(folder.rglob("*.txt"))
    texts = [script.convert(repair.repair(corpus.load(p).text).text, "t2s") for p in paths]
    extract(texts[0])  # (load the lexicons and jieba before wrapping)
    counts, seen = instrument(list(args.functions or DEFAULT))
    caches = big_caches("mobilization")
    for text in texts:
        for s in seen.values():
            s.clear()
        for c in caches:
            c.cache_clear()
        extract(text)
    print(f"{len(texts)} texts")
    print("| function | calls | repeated in the same document | share |\n|---|---|---|---|")
    for spec, (n, again) in counts.items():
        print(f"| {spec} | {n} | {again} | {again / n:.0%} |" if n else f"| {spec} | 0 | 0 | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
