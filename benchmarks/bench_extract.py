#!/usr/bin/env python3
"""Extraction benchmark: `quantities.extract` and the mention building of `pipeline.analyse`.

One process, one core. The seeds are repaired and converted to simplified once, repeated to
`--mb` MB, and then, in ONE run and interleaved round by round (best round kept, so a busy
moment of the shared machine hits every measurement alike):

- OpenCC t2s alone on the original texts (the baseline of every benchmark here);
- the candidate scan alone (`candidate_re().finditer`), the floor of `extract`;
- `quantities.extract` on the simplified texts: MB/s and µs per quantity found;
- mention building (`pipeline.mentions` + `scale.mention_tuples`: offsets back to the
  original, damage, sentence), on quantities extracted beforehand;
- `pipeline.analyse` as a whole (repair → t2s → extract → mentions; load excluded).

    python benchmarks/bench_extract.py                 # 5 MB, 3 rounds
    python benchmarks/bench_extract.py --mb 20 --rounds 5
    python benchmarks/bench_extract.py --texts FOLDER  # the .txt files of a folder, each once

The seeds are few and dense in figures, and repeated they show `extract` the same windows again
and again; a folder of ordinary reports (`--texts`, such as a researcher's corpus or a held-out
corpus) is the honest measure. The tagger of open-vocabulary nouns remembers the windows it
tagged last (`window_tags._tag_words`), and the numeral reader the numerals it read
(`numbers._value`): the benchmark makes them forget before each document
when the texts are repeated seeds, and before each round with `--texts` (where one report may
share a window with another, as in real use).

Prints a Markdown table (ratios to t2s are what compare across machines) and writes the
same numbers as JSON to benchmarks/out/bench_extract.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _timed(fn, rounds: list[float]) -> None:
    """Run fn once and append its wall time to rounds."""
    start = time.perf_counter()
    fn()
    rounds.append(time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size (repeated seeds), MB of UTF-8")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; the fastest of each measurement is kept")
    ap.add_argument("--texts", type=Path, default=None, metavar="FOLDER",
                    help="the .txt files under FOLDER, each once, instead of the seeds repeated to --mb")
    args = ap.parse_args()

    import opencc

    from mobilization import corpus, pipeline, repair, scale, script
    from mobilization.quantities import candidate_re, extract, numbers, window_tags

    if args.texts is not None:
        paths = sorted(args.texts.rglob("*.txt"))
        if not paths:
            sys.exit(f"no .txt files under {args.texts}")
        docs = [corpus.load(p) for p in paths]
    else:
        docs = [corpus.load(p) for p in SEEDS]
        size = sum(len(d.text.encode("utf-8")) for d in docs)
        docs = docs * max(1, round(args.mb * 1e6 / size))
    repeated = args.texts is None

    def forget() -> None:
        """Forget the windows tagged and the numerals read last (see the docstring)."""
        window_tags._tag_words.cache_clear()
        numbers._value.cache_clear()
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    prepared = []
    for d in docs:
        rep = repair.repair(d.text)
        simplified, smap = script.convert_with_map(rep.text, "t2s")
        prepared.append((d, rep, simplified, smap))
    simplified_mb = sum(len(s.encode("utf-8")) for _, _, s, _ in prepared) / 1e6
    found = [extract(s) for _, _, s, _ in prepared]
    n_quantities = sum(map(len, found))
    conv = opencc.OpenCC("t2s")
    scan = candidate_re()

    def t2s() -> None:
        for d in docs:
            conv.convert(d.text)

    def candidates() -> None:
        for _, _, s, _ in prepared:
            for _ in scan.finditer(s):
                pass

    def extract_all() -> None:
        forget()
        for _, _, s, _ in prepared:
            if repeated:
                forget()
            extract(s)

    def mentions_all() -> None:
        for (d, rep, s, smap), qs in zip(prepared, found):
            a = pipeline.Analysis(d, rep, s, tuple(qs), pipeline.mentions(d, rep, s, smap, qs))
            scale.mention_tuples(a)

    def analyse_all() -> None:
        forget()
        for d in docs:
            if repeated:
                forget()
            pipeline.analyse(d)

    steps = {"t2s": t2s, "candidates": candidates, "extract": extract_all, "mentions": mentions_all,
             "analyse": analyse_all}
    times: dict[str, list[float]] = {k: [] for k in steps}
    for _ in range(args.rounds):
        for name, fn in steps.items():
            _timed(fn, times[name])
    best = {k: min(v) for k, v in times.items()}
    t2s_mb_s = mb / best["t2s"]
    rows = {
        "OpenCC t2s alone (baseline)": (mb / best["t2s"], None),
        "candidate scan alone (`candidate_re().finditer`)": (simplified_mb / best["candidates"], None),
        "`quantities.extract`": (simplified_mb / best["extract"], best["extract"] / n_quantities * 1e6),
        "mention building (`pipeline.mentions` + `scale.mention_tuples`)": (
            mb / best["mentions"], best["mentions"] / n_quantities * 1e6),
        "`pipeline.analyse` (repair → t2s → extract → mentions)": (mb / best["analyse"], None),
    }
    report = {"corpus": str(args.texts) if args.texts is not None else "seeds", "documents": len(docs),
              "mb": mb, "quantities": n_quantities, "quantities_per_mb": n_quantities / simplified_mb,
              "rounds": args.rounds, "python": platform.python_version(), "machine": platform.machine(),
              "seconds": times, "mb_s": {k: v[0] for k, v in rows.items()},
              "us_per_quantity": {k: v[1] for k, v in rows.items() if v[1] is not None}}
    print(f"{report['corpus']}: {len(docs)} documents, {mb:.2f} MB, {n_quantities} quantities ({n_quantities / simplified_mb:.0f} per MB), "
          f"best of {args.rounds} rounds, Python {platform.python_version()}\n")
    print("| measurement | MB/s | vs t2s | µs per quantity |\n|---|---|---|---|")
    for name, (mb_s, us) in rows.items():
        print(f"| {name} | {mb_s:.1f} | {mb_s / t2s_mb_s:.3f} | {'' if us is None else f'{us:.1f}'} |")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_extract.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
