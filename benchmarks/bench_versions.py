#!/usr/bin/env python3
"""`quantities.extract` of this tree against an older commit, both in ONE process (issue 12's allowance).

    python benchmarks/bench_versions.py --texts /work/heldout/Q/texts --texts /work/heldout/U/texts
    python benchmarks/bench_versions.py --base e149a02 --also 2e40f87 --rounds 9 --texts FOLDER
    python benchmarks/bench_versions.py                      # the seeds ×5 (--seeds N: ×N, also with --texts)

`git archive COMMIT lib/ data/` of `--base` (default e149a02, the commit before issue 12) and of each
`--also` is unpacked into a temporary folder, its package renamed `mobilization_<commit>` (the package
imports itself relatively; its data files are read from the archive's `data/`), and imported beside this
tree's `mobilization`. Each text (every .txt under each `--texts` folder, and the seeds repeated `--seeds`
times) is repaired and converted to simplified ONCE, by this tree, before any timing: only `extract` is
timed. Rounds alternate the versions (their order reversed every other round) and OpenCC `t2s` of the
original texts, in CPU time (`time.process_time`), so a busy moment of the shared machine hits all alike.
Before each document every memory of more than 64 entries in each version's package (tagged windows,
numeral values: `functools.lru_cache` with a larger maxsize) is emptied, so repeated or similar texts gain
nothing from the order in which they come; with `--memories round`, only before each round (a corpus run,
where one report may share a window with another).

Prints, per version: best and median CPU seconds of one round, the ratio of time to the base version's
(best/best and median/median) and the speed against t2s (t2s time / extract time, as the other
benchmarks here give it), and writes them as JSON to benchmarks/out/bench_versions.json.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import io
import json
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def unpack(commit: str, into: Path) -> str:
    """Unpack `lib/` and `data/` of `commit` under `into`/<commit>; return the package's new name."""
    full = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", commit + "^{commit}"],
                          check=True, capture_output=True, text=True).stdout.strip()
    name = f"mobilization_{full[:10]}"
    dest = into / full[:10]
    blob = subprocess.run(["git", "-C", str(ROOT), "archive", full, "lib/", "data/"], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(dest, filter="data") if sys.version_info >= (3, 12) else tar.extractall(dest)
    (dest / "lib" / "mobilization").rename(dest / "lib" / name)
    sys.path.insert(0, str(dest / "lib"))
    return name


def big_caches(package: str) -> list:
    """The lru_caches of more than 64 entries in the loaded modules of `package` (memories across documents)."""
    found = []
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not (mod_name == package or mod_name.startswith(package + ".")):
            continue
        for value in vars(mod).values():
            params = getattr(value, "cache_parameters", None)
            if params is not None and getattr(value, "__module__", None) == mod_name:
                size = params().get("maxsize")
                if size is None or size > 64:
                    found.append(value)
    # data loaders use lru_cache(maxsize=None) too: keep those (they are read once per process anyway)
    return [f for f in found if f.cache_parameters().get("maxsize") is not None]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="e149a02", help="the commit to compare with (default e149a02, before issue 12)")
    ap.add_argument("--also", action="append", default=[], metavar="COMMIT", help="another commit to time as well")
    ap.add_argument("--texts", action="append", type=Path, default=[], metavar="FOLDER",
                    help="every .txt under FOLDER, once each (repeatable)")
    ap.add_argument("--seeds", type=int, default=0, metavar="N",
                    help="also the seeds, repeated N times (without --texts: 5)")
    ap.add_argument("--rounds", type=int, default=7, help="alternated rounds (best and median kept)")
    ap.add_argument("--memories", choices=("document", "round"), default="document",
                    help="empty each version's memories before every document (default; as w53 measured) or only "
                         "before every round (a corpus run: one report may share a window with another)")
    args = ap.parse_args()

    import opencc

    from mobilization import corpus, repair, script

    seeds = args.seeds if args.seeds or args.texts else 5  # (no texts given: the seeds ×5, as `make.py bench` runs it)
    paths = [p for folder in args.texts for p in sorted(folder.rglob("*.txt"))]
    paths += sorted((ROOT / "seeds").glob("*.txt")) * seeds
    if not paths:
        sys.exit("no .txt files under the --texts folders")
    originals = [corpus.load(p).text for p in paths]
    texts = [script.convert(repair.repair(t).text, "t2s") for t in originals]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    tmp = tempfile.TemporaryDirectory(prefix="bench_versions_")
    versions: dict[str, str] = {}
    for commit in [args.base, *args.also]:
        versions[commit] = unpack(commit, Path(tmp.name))
    versions["this tree"] = "mobilization"
    extracts, caches = {}, {}
    for label, package in versions.items():
        extracts[label] = importlib.import_module(package + ".quantities").extract
        for t in texts[:50]:  # warm up: data files, jieba's dictionary (once per version)
            extracts[label](t)
        caches[label] = big_caches(package)
    outputs = {label: sum(len(fn(t)) for t in texts) for label, fn in extracts.items()}

    conv = opencc.OpenCC("t2s")

    def t2s() -> None:
        for t in originals:
            conv.convert(t)

    def run(label: str):
        fn, clear = extracts[label], [c.cache_clear for c in caches[label]]

        per_document = args.memories == "document"

        def go() -> None:
            for c in clear:
                c()
            for t in texts:
                if per_document:
                    for c in clear:
                        c()
                fn(t)
        return go

    steps = {"t2s": t2s, **{label: run(label) for label in versions}}
    times: dict[str, list[float]] = {k: [] for k in steps}
    order = list(steps)
    for r in range(args.rounds):
        for name in (order if r % 2 == 0 else order[::-1]):
            start = time.process_time()
            steps[name]()
            times[name].append(time.process_time() - start)
    tmp.cleanup()

    best = {k: min(v) for k, v in times.items()}
    med = {k: statistics.median(v) for k, v in times.items()}
    base = args.base
    print(f"{len(texts)} texts, {mb:.2f} MB simplified, {args.rounds} alternated rounds, CPU time, "
          f"memories emptied per {args.memories}, "
          f"Python {platform.python_version()}, load average {_load()}\n")
    print(f"| version | quantities | best s | median s | × {base} (best) | × {base} (median) | extract / t2s (best) |")
    print("|---|---|---|---|---|---|---|")
    print(f"| OpenCC t2s | | {best['t2s']:.3f} | {med['t2s']:.3f} | | | |")
    for label in versions:
        print(f"| {label} | {outputs[label]} | {best[label]:.3f} | {med[label]:.3f} | {best[label] / best[base]:.2f} | "
              f"{med[label] / med[base]:.2f} | {best['t2s'] / best[label]:.4f} |")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_versions.json").write_text(json.dumps(
        {"texts": len(texts), "mb": mb, "rounds": args.rounds, "memories": args.memories, "base": base, "seconds": times,
         "quantities": outputs, "folders": [str(f) for f in args.texts], "seeds": seeds},
        indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


@functools.lru_cache(maxsize=1)
def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
