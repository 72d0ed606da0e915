#!/usr/bin/env python3
"""Is a detected place's confidence a filter? Place accuracy per confidence word, over labelled corpora.

    python benchmarks/heldout/place_confidence.py /work/heldout/AO /work/heldout/AQ /work/heldout/AS

Each folder holds texts/NNN.txt and gold_places.csv (as score_places.py reads them). Detection only (no user
metadata). Prints, for high / medium / low and for no place given, how many reports were right: a confidence that
is a filter has high far above the others. Run it with an older tree's `lib` on PYTHONPATH to measure a first contact.
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from mobilization.corpus import load
from mobilization.documents import describe

LEVELS = ("high", "medium", "low", "none")


def confidence_word(evidence: str, got: str) -> str:
    """The confidence word of a place's evidence, `none` when no place was given.

    >>> confidence_word("0:2 梧州; confidence high; 9 mentions (title+body)", "450400"), confidence_word("", "")
    ('high', 'none')
    """
    m = re.search(r"confidence (\w+)", evidence or "")
    return m.group(1) if m else ("none" if not got else "unstated")


def tally(folders: list[Path]) -> Counter:
    """(confidence word, right) counts over every labelled report of the folders."""
    counts: Counter = Counter()
    for folder in folders:
        with (folder / "gold_places.csv").open(encoding="utf-8") as fh:
            gold = list(csv.DictReader(line for line in fh if not line.startswith("#")))
        for g in gold:
            info = describe(load(folder / "texts" / f"{g['doc']}.txt"), user={})
            got = info.place_code if info.place_source == "detected" else ""
            counts[(confidence_word(info.place_evidence, got), got == g["place_code"].strip())] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    counts = tally(parser.parse_args().folders)
    for word in LEVELS + ("unstated",):
        right, wrong = counts[(word, True)], counts[(word, False)]
        if right + wrong:
            print(f"{word}: {right}/{right + wrong} right ({right / (right + wrong):.2f})")


if __name__ == "__main__":
    main()
