"""Benchmark of the foundation stages: load → repair → OpenCC t2s, against OpenCC t2s alone.

Builds a corpus by copying the five seeds (one document per copy) to about `--mb` megabytes
in benchmarks/corpus/ (git-ignored), then measures in one run, per document:
  baseline  OpenCC t2s on the decoded texts (already in memory);
  pipeline  mobilization.corpus.load(path) → repair → script.convert(repaired.text, "t2s").
Prints MB/s of both (UTF-8 bytes on disk) and their ratio; the goal is a ratio ≥ 0.5.
Also, each stage on its own over the same documents (load alone; repair alone on the decoded
texts; t2s on the repaired texts), as microseconds per document, to show where the time goes:
their sum is below the pipeline's time because a stage run alone keeps its data in the CPU caches.

    python benchmarks/bench_foundation.py            # ~50 MB
    python benchmarks/bench_foundation.py --mb 5     # quick run
    python benchmarks/bench_foundation.py --per-seed # also each seed on its own, best of 9 (one core)

`--per-seed` times each seed in a loop and keeps the fastest of 9 rounds: on a shared machine the
minimum moves far less than whole runs do, so small changes can be compared.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

from mobilization.corpus import load
from mobilization.repair import repair
from mobilization.script import convert

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, megabytes: float) -> list[Path]:
    """Copies of the seeds, round-robin, until `megabytes` of UTF-8 are written (reused if present)."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    target = int(megabytes * 1_000_000)
    marker = folder / f".size-{target}"
    if marker.exists():
        return sorted(folder.glob("*.txt"))
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    written, i, paths = 0, 0, []
    while written < target:
        seed = seeds[i % len(seeds)]
        path = folder / f"{seed.stem}_copy{i:06d}.txt"
        data = seed.read_bytes()
        path.write_bytes(data)
        paths.append(path)
        written += len(data)
        i += 1
    marker.write_text("")
    return sorted(paths)


def run(paths: list[Path], repeats: int) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(p.stat().st_size for p in paths)
    convert(texts[0], "t2s")
    repair(texts[0])  # build the per-process caches (lexicons, signal classes) outside the timing
    base, pipe = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            convert(text, "t2s")
        base.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for path in paths:
            convert(repair(load(path).text).text, "t2s")
        pipe.append(time.perf_counter() - t0)
    b, p = statistics.median(base), statistics.median(pipe)
    stages = {"load": [], "repair": [], "t2s_repaired": []}
    repaired = [repair(text).text for text in texts]
    for _ in range(repeats):
        for name, step, items in (("load", load, paths), ("repair", repair, texts),
                                  ("t2s_repaired", convert, repaired)):
            t0 = time.perf_counter()
            for item in items:
                step(item)
            stages[name].append(time.perf_counter() - t0)
    per_doc = {name: statistics.median(ts) / len(paths) * 1e6 for name, ts in stages.items()}
    return {"mb": size / 1e6, "docs": len(paths), "opencc_mb_s": size / 1e6 / b,
            "pipeline_mb_s": size / 1e6 / p, "ratio": b / p,
            "us_per_doc": {"opencc_t2s": b / len(paths) * 1e6, "pipeline": p / len(paths) * 1e6, **per_doc}}


def per_seed(rounds: int = 9, number: int = 200) -> list[dict[str, float]]:
    """Microseconds per call of each stage on each seed, best of `rounds` (one core, data in cache)."""
    import timeit

    from mobilization.repair import _residue_pieces, find_body, find_mojibake

    rows = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        repaired, plain = repair(text).text, _residue_pieces(text)[0]
        steps = {"t2s": lambda: convert(text, "t2s"),
                 "pipeline": lambda: convert(repair(load(path).text).text, "t2s"),
                 "load": lambda: load(path), "repair": lambda: repair(text),
                 "residue": lambda: _residue_pieces(text), "mojibake": lambda: find_mojibake(plain),
                 "body": lambda: find_body(repaired)}
        row = {"seed": path.stem[:3]}
        for name, step in steps.items():
            row[name] = min(timeit.repeat(step, number=number, repeat=rounds)) / number * 1e6
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs; the median is reported (default 3)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus", help="folder for the copies")
    ap.add_argument("--per-seed", action="store_true", help="also time each seed on its own, best of 9 rounds")
    args = ap.parse_args()
    paths = build_corpus(args.corpus, args.mb)
    r = run(paths, args.repeats)
    print(f"corpus: {r['mb']:.1f} MB in {r['docs']} documents (seed copies)")
    print(f"OpenCC t2s alone:              {r['opencc_mb_s']:7.1f} MB/s")
    print(f"load + repair + t2s:           {r['pipeline_mb_s']:7.1f} MB/s")
    print(f"ratio (goal >= 0.5):           {r['ratio']:7.2f}")
    print("microseconds per document:     " + ", ".join(f"{k} {v:.0f}" for k, v in r["us_per_doc"].items()))
    if args.per_seed:
        rows = per_seed()
        names = [k for k in rows[0] if k != "seed"]
        print("per seed, best of 9 (µs):      " + " | ".join(names))
        for row in rows:
            print(f"  {row['seed']}: " + " | ".join(f"{row[k]:.0f}" for k in names))
        mean = {k: sum(row[k] for row in rows) / len(rows) for k in names}
        print("  mean: " + " | ".join(f"{mean[k]:.0f}" for k in names)
              + f"; ratio t2s / pipeline {mean['t2s'] / mean['pipeline']:.3f}")


if __name__ == "__main__":
    main()
