#!/usr/bin/env python3
"""Identity check for behaviour-preserving speed work: every field of every quantity `extract` finds.

    python benchmarks/same_quantities.py --save benchmarks/out/quantities_before.txt   # on the starting commit
    python benchmarks/same_quantities.py --check benchmarks/out/quantities_before.txt  # after each step

Texts: the seeds and the opened held-out figure and places corpora (their `texts/` folders under `--heldout`, named one by
one below, never globbed: blind corpora sit beside them), each repaired and converted to simplified once, then
`extract` with both script flags (`traditional=False` and `True`). One line per quantity: corpus, file, flag
and the repr of the quantity's fields (`--ignore` leaves some out: fields added since the file was saved);
`--check` prints the first differences and exits 1 if any.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# opened figure corpora (2026-12-07; AV, AX and AZ opened in the ninth session, BB in the tenth, BD in the eleventh, BF in the twelfth, BH in the thirteenth, BJ in the fourteenth, BL and BN in the fifteenth, BP in round q31, BR in round q32, BT and BV in round q33); never add a corpus that is still blind
CORPORA = ("B", "D_figures", "F", "H", "J", "M", "Q", "S", "U", "W", "Y", "Z2", "AC", "AD", "AF", "AH", "AJ", "AL", "AN", "AP", "AR", "AT", "AV", "AX", "AZ", "BB", "BD", "BF", "BH", "BJ", "BL", "BN", "BP", "BR", "BT", "BV")
# opened places corpora: more ordinary text for the identity check (their figures are not scored); AE, AG, AI restored
# and BO, BQ opened in the sixteenth session, BU and BS in the sixteenth and seventeenth
PLACE_CORPORA = ("AE", "AG", "AI", "AK", "AM", "AO", "AQ", "AS", "AU", "AW", "AY", "BA", "BC", "BE", "BG", "BI", "BK", "BM",
                 "BO", "BQ", "BS", "BU")


def texts(heldout: Path, as_written: bool = False) -> list[tuple[str, str, str]]:
    """(corpus, file name, simplified text) of the seeds and the opened figure corpora found; with `as_written`, the
    repaired text as written (traditional script left as it is) instead."""
    from mobilization import corpus, repair, script

    paths = [("seeds", p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in CORPORA + PLACE_CORPORA:
        folder = heldout / name / "texts"
        if folder.is_dir():
            paths += [(name, p) for p in sorted(folder.glob("*.txt"))]
    out = []
    for name, p in paths:
        text = repair.repair(corpus.load(p).text).text
        out.append((name, p.name, text if as_written else script.convert(text, "t2s")))
    return out


def lines(heldout: Path, ignore: frozenset[str] = frozenset(), as_written: bool = False) -> list[str]:
    """One line per quantity found (both script flags), without the fields named in `ignore`; with `as_written`,
    also of each text as written (not converted to simplified; flag column `w`)."""
    from mobilization.quantities import extract

    out = []
    for name, file, text in texts(heldout):
        for flag in (False, True):
            for q in extract(text, traditional=flag):
                fields = sorted((k, v) for k, v in q.__dict__.items() if k not in ignore)
                out.append(f"{name}\t{file}\t{int(flag)}\t{fields!r}")
    if as_written:
        for name, file, text in texts(heldout, as_written=True):
            for q in extract(text):
                fields = sorted((k, v) for k, v in q.__dict__.items() if k not in ignore)
                out.append(f"{name}\t{file}\tw\t{fields!r}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", type=Path, default=Path("/work/heldout"), help="folder of the held-out corpora")
    ap.add_argument("--ignore", default="", metavar="FIELD,…",
                    help="fields left out of every line (a file saved before they existed: noun_from,category_from)")
    ap.add_argument("--as-written", action="store_true",
                    help="also every text as written, not converted to simplified (lines with flag w)")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path, metavar="FILE")
    g.add_argument("--check", type=Path, metavar="FILE")
    args = ap.parse_args()
    now = lines(args.heldout, frozenset(f for f in args.ignore.split(",") if f), args.as_written)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"{len(now)} quantities saved to {args.save}")
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    if before == now:
        print(f"identical: {len(now)} quantities")
        return 0
    import difflib

    diff = list(difflib.unified_diff(before, now, "before", "now", lineterm="", n=0))
    print("\n".join(diff[:40]))
    print(f"DIFFERENT: {len(before)} before, {len(now)} now")
    return 1


if __name__ == "__main__":
    sys.exit(main())
