"""Benchmark: jieba vs rjieba, both with the domain dictionary, on the seeds repeated to a few MB.

    /tmp/venvtest/bin/python benchmarks/bench_segment.py [--mb 3] [--repeats 3]

Both segmenters see the same repaired, simplified documents (each seed repeated until the
corpus reaches --mb megabytes of UTF-8), one document at a time, in one process. Prints the
dictionary load time, throughput (median of --repeats runs) for words only (`segment.words`)
and for tokens with offsets (`segment.tokenize`), the rjieba/jieba ratios and how far the
tokens agree. Writes nothing into the project (jieba's cache goes to the user cache).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from mobilization import segment
from mobilization.corpus import load
from mobilization.repair import repair
from mobilization.script import convert

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float) -> list[str]:
    """The simplified seed texts, cycled until they add up to `megabytes` of UTF-8."""
    seeds = [convert(repair(load(p).text).text, "t2s") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for text in seeds:
            docs.append(text)
            size += len(text.encode("utf-8"))
    return docs


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="corpus size in MB of UTF-8 (default 3)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per backend (default 3)")
    args = parser.parse_args(argv)

    docs = corpus(args.mb)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB UTF-8, {sum(map(len, docs)):,} characters")

    load_s = {"jieba": timed(segment.jieba_tokenizer), "rjieba": timed(segment.rjieba_tokenizer)}
    rate: dict[tuple[str, str], float] = {}
    for backend in segment.BACKENDS:
        print(f"{backend}: dictionary load {load_s[backend]:.2f} s")
        for kind, fn in [("words", segment.words), ("tokens", segment.tokenize)]:
            runs = [timed(lambda: [fn(d, backend) for d in docs]) for _ in range(args.repeats)]
            rate[backend, kind] = mb / statistics.median(runs)
            print(f"  {kind:6s} {rate[backend, kind]:6.2f} MB/s (median of {args.repeats}: "
                  f"{', '.join(f'{r:.2f} s' for r in runs)})")
    for kind in ["words", "tokens"]:
        print(f"ratio rjieba / jieba, {kind}: {rate['rjieba', kind] / rate['jieba', kind]:.1f}x")

    same = total_ref = total_fast = 0
    ref_words: Counter[str] = Counter()
    fast_words: Counter[str] = Counter()
    for text in docs[:5]:  # the seeds themselves; the rest repeats them
        ref = segment.tokenize(text)
        fast = segment.tokenize(text, "rjieba")
        same += len({(t.start, t.end) for t in ref} & {(t.start, t.end) for t in fast})
        total_ref += len(ref)
        total_fast += len(fast)
        ref_words.update(t.word for t in ref if segment.is_content(t.word))
        fast_words.update(t.word for t in fast if segment.is_content(t.word))
    print(f"tokens on the 5 seeds: jieba {total_ref}, rjieba {total_fast}; identical spans {same} "
          f"({same / total_ref:.2%} of jieba's)")
    content_same = sum((ref_words & fast_words).values())
    print(f"content-token counts (what vocabulary tables use): {content_same} of {sum(ref_words.values())} "
          f"agree ({content_same / max(1, sum(ref_words.values())):.2%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
