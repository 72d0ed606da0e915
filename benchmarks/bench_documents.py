"""Benchmark of `documents` (load → repair → t2s → place and date detection) against OpenCC t2s alone.

Measures in one run, on the same documents (copies of the seeds, one document per copy, about
`--mb` megabytes held in memory; no user metadata, so every place and date is detected):
  baseline   OpenCC t2s of each text;
  documents  mobilization.documents.describe(document): repair, t2s, zones, the Aho-Corasick place
             matcher and the date reader;
  detection  place and date detection alone, on texts already repaired and converted.
Prints MB/s and the ratio documents / baseline (throughput; higher is better).

    python benchmarks/bench_documents.py           # ~10 MB
    python benchmarks/bench_documents.py --mb 2    # quick run
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from mobilization.corpus import Document
from mobilization.documents import describe, detect
from mobilization.repair import repair
from mobilization.script import convert, convert_with_map

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float) -> list[Document]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs, size, k = [], 0, 0
    while size < megabytes * 1_000_000:
        text = texts[k % len(texts)]
        docs.append(Document(f"copy{k:06d}", "", "", "utf-8", text))  # ids unknown to data/documents.csv
        size += len(text.encode("utf-8"))
        k += 1
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    args = parser.parse_args()
    docs = corpus(args.mb)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    describe(docs[0])  # warm up: OpenCC, lexicons, the automaton (built once per process)

    t0 = time.perf_counter()
    for d in docs:
        convert(d.text, "t2s")
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    for d in docs:
        describe(d)
    documents = time.perf_counter() - t0

    prepared = []
    for d in docs[:200]:
        rep = repair(d.text)
        simplified, smap = convert_with_map(rep.text, "t2s")
        prepared.append((rep, simplified, smap))
    t0 = time.perf_counter()
    for rep, simplified, smap in prepared:
        detect(rep, simplified, smap)
    detection_ms = (time.perf_counter() - t0) / len(prepared) * 1000

    print(f"{len(docs)} documents, {mb:.1f} MB")
    print(f"baseline  OpenCC t2s: {mb / baseline:.2f} MB/s")
    print(f"documents (describe): {mb / documents:.2f} MB/s")
    print(f"ratio documents / t2s: {baseline / documents:.2f}")
    print(f"place+date detection alone: {detection_ms:.2f} ms per document")


if __name__ == "__main__":
    main()
