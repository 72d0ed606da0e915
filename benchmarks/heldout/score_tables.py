"""Score the place tables (`mobilization run`) against hand-made gold indicators of a held-out corpus.

    python benchmarks/heldout/score_tables.py CORPUS_FOLDER [--out DIR] [--errors]

CORPUS_FOLDER holds texts/NNN.txt (kept outside the repository), gold_places.csv (doc, place_code,
duplicate_of) and gold_indicators.csv (doc, indicator_id, value, approx, kind, surfaces, note).
The texts go through `mainjob.run_main` exactly as a user's corpus would: places and dates read from
the text (no user metadata), duplicates found, facts merged, indicators per place.

Two scores, both strict on the value (within 0.5 %):

- place level (what a researcher publishes): for every gold place, each indicator's gold value is
  the largest of its reports' gold values (one value per story: the gold's duplicate_of), the
  rule the package documents; it is compared with the package's value for the same place_code.
  A value the package gives for a (place, indicator) the gold has no value for is wrong too
  (an "extra"). Share right = right / (gold values + extras).
- document level (the tables' own reading, without place errors): for every gold (doc,
  indicator), the value the package's rule gives from that document's facts alone.

Gold rows marked "no numeral" (a single branch described without a number) are reported apart:
no extractor of figures can read them.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import math
import sys
import time
from pathlib import Path

import pandas as pd

from mobilization import mainjob, tables


def read_gold(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    def rows(name: str) -> pd.DataFrame:
        with (folder / name).open(encoding="utf-8") as fh:
            return pd.DataFrame(list(csv.DictReader(line for line in fh if not line.startswith("#"))), dtype=str)

    places = rows("gold_places.csv").fillna("")
    ind = rows("gold_indicators.csv").fillna("")
    ind["value"] = ind["value"].astype(float)
    return places, ind


def same(a: float, b: float) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and math.isclose(a, b, rel_tol=0.005)


def gold_by_place(places: pd.DataFrame, ind: pd.DataFrame) -> dict[tuple[str, str], tuple[float, list[str]]]:
    """(place_code, indicator) → (largest report value, docs), one report per story."""
    place_of = dict(zip(places["doc"], places["place_code"]))
    copy_of = {d: c for d, c in zip(places["doc"], places["duplicate_of"]) if c}
    out: dict[tuple[str, str], tuple[float, list[str]]] = {}
    for _, g in ind.iterrows():
        code = place_of.get(g["doc"], "")
        if not code:
            continue
        key = (code, g["indicator_id"])
        value, docs = out.get(key, (-math.inf, []))
        doc = copy_of.get(g["doc"], g["doc"])
        out[key] = (max(value, g["value"]), sorted(set(docs + [doc])))
    return out


def doc_values(facts: pd.DataFrame) -> dict[tuple[str, str], tables.Value]:
    """(doc, indicator) → the value the package's rule gives from that document's facts alone."""
    out = {}
    for rule in tables.rules():
        hits = facts[[rule.matches(f) for _, f in facts.iterrows()]] if len(facts) else facts
        for doc, part in hits.groupby("doc"):
            out[(str(doc), rule.indicator_id)] = tables.doc_value(rule, part)
    return out


def score(folder: Path, out: Path, show_errors: bool) -> None:
    texts = folder / "texts"
    started = time.perf_counter()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = mainjob.run_main(texts, out=out)
    seconds = time.perf_counter() - started
    places, gold = read_gold(folder)
    facts = pd.read_parquet(out / "tables" / "facts.parquet")
    ind = pd.read_parquet(out / "tables" / "indicators.parquet")
    docs = pd.read_parquet(out / "tables" / "documents.parquet")
    print(f"run: exit {code}, {seconds:.1f} s\n" + printed.getvalue())

    numeral = gold[~gold["note"].str.contains("no numeral")]
    apart = len(gold) - len(numeral)
    # ---- document level
    mine = doc_values(facts)
    doc_right, doc_wrong = 0, []
    for _, g in numeral.iterrows():
        v = mine.get((g["doc"], g["indicator_id"]))
        if v is not None and same(v.value, g["value"]):
            doc_right += 1
        else:
            doc_wrong.append((g["doc"], g["indicator_id"], g["value"], v.value if v else math.nan,
                              "; ".join(v.used) if v else "", v.how if v else "no matching fact", g["surfaces"]))
    # ---- place level
    want = gold_by_place(places, numeral)
    have = {(c, i): (v, s, h) for c, i, v, s, h in zip(ind["place_code"], ind["indicator_id"], ind["value"],
                                                       ind["sources"], ind["rule_applied"]) if not math.isnan(v)}
    placed = dict(zip(docs["doc"], docs["place_code"]))
    right, wrong = 0, []
    for key, (value, gdocs) in sorted(want.items()):
        got = have.get(key)
        if got and same(got[0], value):
            right += 1
        else:
            where = ", ".join(f"{d}→{placed.get(d) or 'unplaced'}" for d in gdocs)
            wrong.append((key[0], key[1], value, got[0] if got else math.nan, got[2] if got else "",
                          got[1] if got else "", where))
    extras = [(c, i, math.nan, v, h, s, "") for (c, i), (v, s, h) in sorted(have.items()) if (c, i) not in want]
    total = len(want) + len(extras)
    print(f"gold: {len(gold)} (doc, indicator) values; {apart} 'no numeral' rows scored apart (never readable)")
    print(f"document level: {doc_right}/{len(numeral)} right = {doc_right / max(len(numeral), 1):.3f}")
    print(f"place level: {right}/{total} right = {right / max(total, 1):.3f} "
          f"({len(want)} gold place values, {len(wrong)} wrong or missing, {len(extras)} extra values)")
    if show_errors:
        print("\n# document level, wrong or missing: doc, indicator, gold, mine, rule, sources, gold surfaces")
        for row in doc_wrong:
            print(" | ".join(map(str, row)))
        print("\n# place level, wrong or missing: place, indicator, gold, mine, rule, sources, gold docs→placed")
        for row in wrong:
            print(" | ".join(map(str, row)))
        print("\n# place level, extra values (no gold value): place, indicator, -, mine, rule, sources")
        for row in extras:
            print(" | ".join(map(str, row)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="run folder (default: a new one in /tmp)")
    parser.add_argument("--errors", action="store_true", help="list every wrong value")
    args = parser.parse_args(argv)
    out = args.out or mainjob.new_folder(args.corpus, Path("/tmp"))
    score(args.corpus, out, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
