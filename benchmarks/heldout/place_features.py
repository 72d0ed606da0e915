"""Write the place re-ranker's features table from the labelled place corpora (texts stay outside the repository).

    python benchmarks/heldout/place_features.py [--out benchmarks/heldout/place_features.csv]
        [--heldout /work/heldout] [--dev /work/dev]

For every labelled report of the opened place corpora (`CORPORA`: /work/heldout/<C>/texts with gold_places.csv,
and the development corpus /work/dev/P with its two gold files) it runs the place detector's rules as `describe`
does (repair, t2s, zones, mentions, `decide`) and writes one row per candidate division
(`places.features.candidates`): corpus, doc, the gold code, the rules' code and, when the rules give none, why;
the candidate's code, its label (1 = the gold code) and its features (numbers only: no text of the reports).
A report with no candidate gets one row with an empty candidate, so that the rules alone can be scored from
the table. benchmarks/heldout/train_place_model.py learns the weights from it. A corpus folder that is missing
is skipped with a note (the table then says which corpora it holds).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from mobilization.corpus import load
from mobilization.outputs import atomic_path
from mobilization.places import zones_of
from mobilization.places.decide import decide
from mobilization.places.detect import found_places
from mobilization.places.features import FEATURES, candidates
from mobilization.repair import repair
from mobilization.script import convert_with_map

HERE = Path(__file__).resolve().parent
HELDOUT, DEV = Path("/work/heldout"), Path("/work/dev")
# The opened place corpora (never the blind ones being collected).
HELDOUT_CORPORA = ("A", "B", "C", "D", "E", "G", "I", "K", "L", "O", "R", "T", "V", "X", "Z1", "AA", "AB", "AE", "AG", "AI")


def corpora(heldout: Path = HELDOUT, dev: Path = DEV) -> dict[str, tuple[Path, tuple[Path, ...]]]:
    """Each opened place corpus: name -> (texts folder, gold files)."""
    return {**{c: (heldout / c / "texts", (heldout / c / "gold_places.csv",)) for c in HELDOUT_CORPORA},
            "P": (dev / "P" / "texts", (dev / "P" / "gold_places.csv", dev / "P" / "gold_places_2.csv"))}


CORPORA = corpora()
COLUMNS = ["corpus", "doc", "gold", "rules", "rules_reason", "candidate", "supported", "label", *FEATURES]


def _gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def document_rows(corpus: str, doc: str, gold: str, path: Path) -> list[dict[str, object]]:
    """The candidate rows of one report (one row with an empty candidate when there is none)."""
    rep = repair(load(path).text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    found, title = found_places(rep, simplified, zones_of(rep, simplified))
    guess = decide(found, simplified, title)
    base = {"corpus": corpus, "doc": doc, "gold": gold, "rules": guess.code,
            "rules_reason": "" if guess.code else guess.reason}
    cands = candidates(found, guess, simplified)
    if not cands:
        return [{**base, "candidate": "", "supported": "", "label": 0, **{f: "" for f in FEATURES}}]
    return [{**base, "candidate": c.code, "supported": int(c.supported), "label": int(c.code == gold),
             **{f: f"{v:.4f}".rstrip("0").rstrip(".") for f, v in zip(FEATURES, c.values)}} for c in cands]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "place_features.csv")
    parser.add_argument("--heldout", type=Path, default=HELDOUT, help="folder of the held-out corpora A … X")
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of the development corpus P")
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    for corpus, (texts, golds) in corpora(args.heldout, args.dev).items():
        if not texts.is_dir():
            print(f"skipped {corpus}: no {texts}", file=sys.stderr)
            continue
        n = 0
        for gold_csv in golds:
            for g in _gold(gold_csv):
                rows.extend(document_rows(corpus, g["doc"], g["place_code"].strip(), texts / f"{g['doc']}.txt"))
                n += 1
        print(f"{corpus}: {n} reports", file=sys.stderr)
    header = ("# Place re-ranker features (benchmarks/heldout/place_features.py): one row per candidate division of "
              "each labelled report of the opened place corpora; numbers and codes only, no report text. gold = the "
              "hand label's code (empty: no census place); rules = decide's code (empty: unknown, rules_reason says "
              "why); supported = 1 when the candidate may be picked (places.features.Candidate.supported); label = 1 when "
              "the candidate is the gold code; the features are places.features.FEATURES.\n")
    with atomic_path(args.out) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
