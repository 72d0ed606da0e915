"""Score the place and date detection (mobilization.documents) against hand-made gold labels.

    python benchmarks/heldout/score_places.py TEXTS_FOLDER GOLD_PLACES.csv [--errors]

TEXTS_FOLDER holds NNN.txt files (kept outside the repository); GOLD_PLACES.csv has the columns
doc, place_code (empty = no census place: national, Hong Kong, Macau, unknown) and date (empty =
no printed publication date). Detection only: no user metadata is used. Prints

- place accuracy: detected code == gold code over all documents (an empty gold code is right
  only when nothing is detected), and separately over documents with a gold code;
- how the wrong ones are wrong: a code given where the gold has another or none (`place_wrong`, a guess
  presented as fact) or no code where the gold has one (`place_unknown`, an honest gap);
- place accuracy over the documents whose text gives the place (gold place_note without "not in text":
  the place is only in the URL host or leaders' names there, which no reader of the text can know);
- date accuracy where a date is printed (gold date not empty), and dates invented where none is.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from mobilization.corpus import load
from mobilization.documents import describe


def score(texts: Path, gold_csv: Path, show_errors: bool = False) -> dict[str, float]:
    with gold_csv.open(encoding="utf-8") as fh:
        gold = [r for r in csv.DictReader(line for line in fh if not line.startswith("#"))]
    place_ok = coded = coded_ok = none_gold = none_ok = wrong = unknown = hidden = hidden_ok = 0
    printed = printed_ok = invented = undated = 0
    errors = []
    for g in gold:
        path = texts / f"{g['doc']}.txt"
        info = describe(load(path), user={})
        want_place, got_place = g["place_code"].strip(), info.place_code if info.place_source == "detected" else ""
        ok = want_place == got_place
        place_ok += ok
        wrong += bool(got_place) and not ok
        unknown += not got_place and not ok
        if "not in text" in g.get("place_note", ""):
            hidden += 1
            hidden_ok += ok
        if want_place:
            coded += 1
            coded_ok += ok
        else:
            none_gold += 1
            none_ok += ok
        if not ok:
            errors.append(f"{g['doc']} place: gold {want_place or '-'} {g.get('place_name', '')} "
                          f"got {got_place or '-'} {info.place_name} [{info.place_evidence}]")
        want_date, got_date = g["date"].strip(), info.date
        if want_date:
            printed += 1
            printed_ok += want_date == got_date
            if want_date != got_date:
                errors.append(f"{g['doc']} date: gold {want_date} got {got_date or '-'} [{info.date_evidence}]")
        else:
            undated += 1
            if got_date:
                invented += 1
                errors.append(f"{g['doc']} date: gold none got {got_date} [{info.date_evidence}]")
    n = len(gold)
    result = {"documents": n, "place_accuracy": place_ok / n, "place_with_code": coded, "place_accuracy_coded":
              coded_ok / coded if coded else float("nan"), "place_none_gold": none_gold,
              "place_none_right": none_ok, "place_wrong": wrong, "place_unknown": unknown,
              "place_not_in_text": hidden, "place_accuracy_text_gives":
              (place_ok - hidden_ok) / (n - hidden) if n > hidden else float("nan"), "dates_printed": printed,
              "date_accuracy_printed": printed_ok / printed if printed else float("nan"),
              "dates_invented": invented, "undated": undated}
    if show_errors:
        print("\n".join(errors))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every wrong document (ids and codes, no text)")
    args = parser.parse_args()
    result = score(args.texts, args.gold, args.errors)
    for key, value in result.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    sys.exit(main())
