"""Benchmark: time per MB of adversarial document shapes, 100 KB → 1 MB → 10 MB (issue 13).

Each shape is one document made of a short unit repeated (unclosed HTML openers, runs of
digits, of 、, of quotes, of parentheses, of 万, no punctuation at all, one huge line, dense
figures...). For each size the whole per-document pipeline runs once (decode → repair →
t2s → quantities → mention rows: `corpus.decode_bytes` then `pipeline.analyse`), and so does
the baseline, OpenCC t2s alone on the same text, in the same run. Printed per shape: seconds
per MB at each size, the growth of that cost from 100 KB to 10 MB (1.0 = linear; a quadratic
step would show ~100), and the pipeline's cost relative to t2s at 10 MB.

    python benchmarks/bench_adversarial.py                 # every shape, up to 10 MB (a few minutes)
    python benchmarks/bench_adversarial.py --max-mb 1      # quick: 100 KB and 1 MB
    python benchmarks/bench_adversarial.py --shape html-comment --shape digits

Numbers are ratios measured on the same machine in the same run, never absolute promises.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from mobilization.corpus import Document, decode_bytes
from mobilization.pipeline import analyse
from mobilization.scale import _OverTime, time_budget
from mobilization.script import convert

BUDGET = 60.0  # seconds per document: a shape over it is printed as such, and its larger sizes skipped

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")

SHAPES: dict[str, str] = {
    "html-comment": "<!--",  # unclosed openers: each used to scan to the end of the page
    "html-script": "<script>",
    "html-doctype": "<!DOCTYPE ",
    "html-style": "<style>x",
    "html-tags": "<p class='a'>甲</p>",
    "entities": "&amp;&#20826;",
    "breakdowns": "158人(",  # a count opening a parenthesis: each used to reach every later count
    "digits": "1234567890",
    "dun-commas": "、",
    "quotes": "“",
    "ascii-quotes": '"',
    "parentheses": "(",
    "full-width-parens": "（",
    "wan": "万",
    "figures-dense": "建立3个支部",
    "figures-no-space": "1人",
    "no-punctuation": "党员干部下沉社区开展疫情防控工作",
    "pinyin-residue": "區(qū)",
    "short-lines": "甲\n",
    "one-huge-line": SEED.replace("\r", " ").replace("\n", " "),
}
SIZES = (100_000, 1_000_000, 10_000_000)


def document(unit: str, size: int) -> bytes:
    data = unit.encode("utf-8")
    return data * max(1, size // len(data))


def pipeline(data: bytes) -> int:
    text, encoding = decode_bytes(data, "bench.txt")
    return len(analyse(Document("bench", "", "", encoding, text)).mentions)


def seconds(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    sizes = [s for s in SIZES if s <= args.max_mb * 1e6]
    pipeline(document(SEED, 10_000))  # warm-up: lexicons, converters
    print(f"{'shape':20}" + "".join(f"{s / 1e6:>9g} MB" for s in sizes) + "   growth  × t2s  mentions")
    for name in args.shape or SHAPES:
        per_mb = []
        mentions = 0
        for size in sizes:
            data = document(SHAPES[name], size)
            start = time.perf_counter()
            try:
                with time_budget(BUDGET):
                    mentions = pipeline(data)
            except _OverTime:
                break
            per_mb.append((time.perf_counter() - start) / (len(data) / 1e6))
        if len(per_mb) < len(sizes):
            cells = "".join(f"{t:>10.3f}s" for t in per_mb) + f"{'> ' + format(BUDGET, 'g') + ' s':>11}"
            print(f"{name:20}{cells}   (over the time budget at {sizes[len(per_mb)] / 1e6:g} MB: super-linear)",
                  flush=True)
            continue
        baseline = seconds(convert, data.decode("utf-8"), "t2s") / (len(data) / 1e6)
        print(f"{name:20}" + "".join(f"{t:>10.3f}s" for t in per_mb)
              + f"   {per_mb[-1] / per_mb[0]:>5.2f}  {per_mb[-1] / max(baseline, 1e-9):>6.0f}  {mentions:>8}", flush=True)
    print("(seconds per MB of UTF-8 input; growth = cost per MB at the largest size / at 100 KB)")


if __name__ == "__main__":
    main()
