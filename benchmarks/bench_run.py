"""Benchmark of `mobilization run` (every table, chart and map) on a synthetic corpus, against OpenCC t2s.

Writes N documents into a temporary folder (default 10,000): copies of the project's own test
reports (tests/corpus) and of the seeds, each with its figures perturbed and a numbered sentence
added so no two are equal, except that every tenth document is an exact copy of an earlier one
(duplicates to find); a documents CSV gives each document one of 300 county-level census places.
Then, in one run on the same machine:

  baseline  OpenCC t2s of every text (read from disk), in this process;
  run       `python -m mobilization run FOLDER --out DIR --documents FILE` in a child process:
            wall time and the child's peak resident memory (getrusage).

Prints seconds, documents per second, the ratio run / baseline (time; lower is better) and the
peak memory. The synthetic folder lives in a temporary directory and is removed afterwards.

    python benchmarks/bench_run.py               # 10,000 documents (slow: many minutes)
    python benchmarks/bench_run.py --docs 500    # quick look
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    return texts + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def places(n: int = 300) -> list[str]:
    from mobilization.lexicon import read_rows

    codes = [r["division_code"] for r in read_rows("census2020_divisions.csv")
             if r["level"] == "county" and r["division_code"]]
    return random.Random(7).sample(codes, n)


def synthesize(folder: Path, n: int) -> Path:
    """n documents and their documents.csv in `folder`; returns the CSV's path."""
    rng = random.Random(11)
    texts, codes = sources(), places()
    rows = ["doc,place_code,date"]
    written: list[str] = []
    for k in range(n):
        doc = f"d{k:05d}"
        if k % 10 == 9 and written:
            text = written[rng.randrange(len(written))]  # an exact copy: the same story again
        else:
            text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randrange(1, 9)), texts[k % len(texts)])
            text += f"\n本文为第{k}号测试报道，数字已随机改动。\n"
            written.append(text)
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc},{codes[k % len(codes)]},2020-{1 + k % 12:02d}-{1 + k % 28:02d}")
    csv = folder.parent / "documents.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return csv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()
    from mobilization.script import convert

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        csv = synthesize(corpus, args.docs)
        megabytes = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        start = time.perf_counter()
        for p in sorted(corpus.iterdir()):
            convert(p.read_text(encoding="utf-8"), "t2s")
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "mobilization", "run", str(corpus), "--out", f"{tmp}/out",
                               "--documents", str(csv)], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(done.stdout.strip())
        if done.returncode not in (0, 3):
            print(done.stderr[-2000:], file=sys.stderr)
        print(f"{args.docs} documents, {megabytes:.1f} MB: baseline OpenCC t2s {baseline:.2f} s; "
              f"run {seconds:.1f} s ({args.docs / seconds:.0f} documents/s), exit {done.returncode}; "
              f"ratio run / baseline = {seconds / baseline:.0f}; peak memory of the run {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
