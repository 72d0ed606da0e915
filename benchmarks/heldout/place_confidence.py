#!/usr/bin/env python3
"""Is a detected place's confidence a filter? Place accuracy per confidence word, over labelled corpora.

    python benchmarks/heldout/place_confidence.py /work/heldout/AO /work/heldout/AQ /work/heldout/AS
    python benchmarks/heldout/place_confidence.py --loco /work/heldout/AO /work/heldout/AQ … [--signals OUT.csv]

Each folder holds texts/NNN.txt and gold_places.csv (as score_places.py reads them); the folder's name is the
corpus's. Detection only (no user metadata). Prints, per corpus and pooled, for high / medium / low and for no place
given, how many reports were right: a confidence that is a filter has high far above the others. Run it with an
older tree's `lib` on PYTHONPATH to measure a first contact (without --loco and --signals, which need this tree's
`places.confidence`).

--loco judges the table of data/place_confidence.csv leave one corpus out: for each corpus in turn, the word of each
(level, strength) cell is made from the other corpora alone (high when their reports in the cell were right at least
`HIGH` of the time, low below `LOW`, medium between; thresholds fixed before any left-out score was seen), then
the left-out corpus is scored with it. --signals writes every report's pick, right or wrong, and the signals of what
`decide` knew when it picked (`PickSignals`: the word's own, `places.confidence.Signals`, and those this benchmark
derives from what decide hands `places.confidence.confidence_of`), for designing the next rule.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from mobilization.corpus import load
from mobilization.documents import describe

LEVELS = ("high", "medium", "low", "none")
HIGH, LOW = 0.95, 0.5  # a cell's training accuracy for high, and below which it is low (fixed before measuring)


def confidence_word(info: object, got: str) -> str:
    """The confidence word of a report's detected place (`none` when no place was given), as the library gives it:
    the documents table's `place_confidence` (`documents.DocumentInfo`). A tree older than that column (round t11),
    put on PYTHONPATH to measure a first contact, wrote the word only in the evidence: it is read there.

    >>> from types import SimpleNamespace as Info
    >>> confidence_word(Info(place_confidence="high", place_evidence=""), "450400"), confidence_word(Info(place_confidence="", place_evidence=""), "")
    ('high', 'none')
    >>> confidence_word(Info(place_evidence="0:2 梧州; confidence medium; 9 mentions (title+body)"), "450400")
    'medium'
    """
    word = getattr(info, "place_confidence", None)
    if word is None:  # (a tree before round t11: the evidence string is all it has)
        m = re.search(r"; confidence (high|medium|low);", getattr(info, "place_evidence", "") or "")
        word = m.group(1) if m else ""
    return word or ("none" if not got else "unstated")


@dataclass(frozen=True)
class PickSignals:
    """What `decide` knew of its pick: the word's own signals (`places.confidence.Signals`: support, rival, zones,
    mentions, level) and those this benchmark derives to measure them: `heaviest`, the pick is the division with the
    most weight of its own (no level, actor or sender rule moved it); `above`, the weight of divisions above it (a
    province or prefecture framing a county); `below`, the weight of its parts; `others`, how many divisions outside
    its line have weight; `sent`, a team's destination was named (驰援, 赴 …); `acts`, the pick is named as an actor;
    `short`, its deciding mention is a short form (宕昌 for 宕昌县); `outlet`, the page's outlet names it or a
    division above it (兰州晚报 over 宕昌县)."""

    support: float
    rival: float
    zones: frozenset[str]
    mentions: int
    level: str
    heaviest: bool = True
    above: float = 0.0
    below: float = 0.0
    others: int = 0
    sent: bool = False
    acts: bool = False
    short: bool = False
    outlet: bool = False


def pick_signals(best: str, support: float, rival: float, zones: Collection[str], mentions: int, *, top: str = "",
                 score: Mapping[str, float] | None = None, acts: Collection[str] = (), sent_to: Collection[str] = (),
                 short: bool = False, host: Collection[str] = ()) -> PickSignals:
    """The signals of `decide`'s pick `best`, from what decide hands `places.confidence.confidence_of`.

    >>> s = pick_signals("621223", 9.0, 1.0, {"title"}, 3, top="621223",
    ...                  score={"621223": 8.0, "621200": 1.0, "620100": 1.0}, acts={"621223"})
    >>> s.level, s.heaviest, s.above, s.others, s.acts
    ('county', True, 1.0, 1, True)
    """
    from mobilization.gazetteer import ancestors, divisions

    score = score or {}
    line = set(ancestors(best))
    below = {c for c in score if best in ancestors(c)}
    others = [c for c, w in score.items() if w > 0 and c != best and c not in line and c not in below]
    return PickSignals(support, rival, frozenset(zones), mentions, divisions()[best].level, top == best,
                       sum(score.get(c, 0.0) for c in line), sum(score[c] for c in below), len(others),
                       bool(sent_to), best in acts, short, bool(set(host) & (line | {best})))


def counts_word(s: PickSignals) -> str:
    """The confidence word of the tenth session: how much the text names the pick against its rival, whatever its
    level (kept to measure against).

    >>> counts_word(PickSignals(8.0, 1.0, frozenset({"title"}), 3, "county"))
    'high'
    """
    from mobilization.places.confidence import strength

    if s.zones & {"title", "source"} and s.support >= 2 * s.rival and s.support >= 4:
        return "high"
    return "medium" if strength(s) == "strong" else "low"


def _gold(folder: Path) -> list[dict[str, str]]:
    with (folder / "gold_places.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def reports(folders: list[Path], signals: bool = False) -> list[dict[str, object]]:
    """One row per labelled report: corpus, doc, gold, pick, right, word (and, with `signals`, what `decide` knew
    of its pick: `PickSignals`, its strength and the tenth session's word)."""
    recorded: list[PickSignals] = []
    if signals:  # record what decide hands to the confidence (this tree's places.confidence.confidence_of only)
        decide_module = sys.modules["mobilization.places.decide"]
        word = decide_module.place_confidence

        def record(*args, **decided) -> str:
            recorded.append(pick_signals(*args, **decided))
            return word(*args, **decided)

        decide_module.place_confidence = record
    rows = []
    for folder in folders:
        for g in _gold(folder):
            recorded.clear()
            info = describe(load(folder / "texts" / f"{g['doc']}.txt"), user={})
            got = info.place_code if info.place_source == "detected" else ""
            row: dict[str, object] = {"corpus": folder.name, "doc": g["doc"], "gold": g["place_code"].strip(),
                                      "pick": got, "level": info.place_level if got else "",
                                      "right": int(got == g["place_code"].strip()),
                                      "word": confidence_word(info, got)}
            if signals and got and recorded:
                from mobilization.places.confidence import strength
                s = recorded[-1]
                row.update({k: v for k, v in vars(s).items() if k != "zones"})
                row.update(zones="+".join(sorted(s.zones)), strength=strength(s), counts_word=counts_word(s))
            rows.append(row)
    return rows


def tally(rows: list[dict[str, object]], key: str = "word") -> Counter:
    """(confidence word, right) counts over the rows."""
    return Counter((str(r[key]), bool(r["right"])) for r in rows)


def show(name: str, counts: Counter) -> str:
    """One line: high / medium / low / none as right/all, and the share of the placed reports said high.

    >>> show("X", Counter({("high", True): 9, ("high", False): 1, ("low", True): 1}))
    'X: high 9/10, medium 0/0, low 1/1, none 0/0; high 0.91 of the placed'
    """
    parts = [f"{w} {counts[(w, True)]}/{counts[(w, True)] + counts[(w, False)]}" for w in LEVELS]
    placed = sum(n for (w, _), n in counts.items() if w != "none")
    high = counts[("high", True)] + counts[("high", False)]
    return f"{name}: {', '.join(parts)}; high {high / placed if placed else 0:.2f} of the placed"


def cell_words(rows: list[dict[str, object]]) -> dict[tuple[str, str], str]:
    """The word of each (level, strength) cell from the rows' accuracy in it (`HIGH`, `LOW`).

    >>> cell_words([{"level": "county", "strength": "strong", "right": 1}] * 19 + [{"level": "county", "strength": "strong", "right": 0}])
    {('county', 'strong'): 'high'}
    """
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in rows:
        if r.get("strength"):
            seen[(str(r["level"]), str(r["strength"]))].append(int(r["right"]))
    return {cell: "high" if sum(v) / len(v) >= HIGH else "low" if sum(v) / len(v) < LOW else "medium"
            for cell, v in sorted(seen.items())}


def loco(rows: list[dict[str, object]]) -> None:
    """Print each corpus scored with the cell words made from the other corpora, and the pooled count."""
    from mobilization.places.confidence import table
    shipped = table()
    pooled: Counter = Counter()
    for corpus in dict.fromkeys(str(r["corpus"]) for r in rows):
        words = cell_words([r for r in rows if r["corpus"] != corpus])
        scored = [{**r, "loco": words.get((str(r["level"]), str(r.get("strength", ""))), "medium") if r["pick"] else "none"}
                  for r in rows if r["corpus"] == corpus]
        counts = tally(scored, "loco")
        pooled += counts
        differs = {c: w for c, w in words.items() if shipped.get(c) != w}
        print(show(corpus, counts) + (f" (cells unlike the shipped table: {differs})" if differs else ""))
    print(show("pooled", pooled))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--loco", action="store_true", help="judge the cell table leave one corpus out")
    parser.add_argument("--signals", type=Path, help="write every report's pick and signals to this CSV")
    args = parser.parse_args()
    rows = reports(args.folders, signals=bool(args.loco or args.signals))
    if args.signals:
        keys = list(dict.fromkeys(k for r in rows for k in r))
        with args.signals.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, keys, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    if args.loco:
        print("leave one corpus out (cell words from the other corpora):")
        loco(rows)
        print("shipped table, every corpus:")
    for corpus in dict.fromkeys(str(r["corpus"]) for r in rows):
        print(show(corpus, tally([r for r in rows if r["corpus"] == corpus])))
    if len(args.folders) > 1:
        print(show("pooled", tally(rows)))
    for word in ("unstated",):
        if tally(rows)[(word, True)] + tally(rows)[(word, False)]:
            print(f"{word}: {tally(rows)[(word, True)]} right of {tally(rows)[(word, True)] + tally(rows)[(word, False)]}")


if __name__ == "__main__":
    main()
