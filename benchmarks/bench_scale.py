#!/usr/bin/env python3
"""Scale benchmark: `mobilization extract` throughput, speed-up, peak memory and start-up.

Builds corpora by repeating the seeds (many small files, and one Parquet dataset) in a
temporary folder, then measures in ONE run on this machine:

- OpenCC t2s alone on the same texts (the baseline) and the full extract command, MB/s
  and their ratio;
- `--jobs 1` vs `--jobs N` vs `--engine dask` (a LocalCluster of N worker processes);
- peak memory of the extract command as a subprocess (the whole process tree, sampled
  from /proc, and the largest single process from getrusage) at each `--memory-mb` size;
- start-up time of `mobilization extract` on one small file;
- with `--profile`: where the per-document time goes, by stage module and function.

    python benchmarks/bench_scale.py                       # 20 MB throughput, 100 MB memory
    python benchmarks/bench_scale.py --mb 50 --memory-mb 100 1000 --profile

Prints a Markdown report (paste it into benchmarks/README.md) and writes the same numbers
as JSON to benchmarks/out/bench_scale.json.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PY = sys.executable


def build_files(folder: Path, mb: float) -> int:
    """Copies of the seeds, one document per file, 100 files per sub-folder, until `mb` MB."""
    folder.mkdir(parents=True, exist_ok=True)
    blobs = [p.read_bytes() for p in SEEDS]
    total = n = 0
    while total < mb * 1e6:
        for p, data in zip(SEEDS, blobs):
            sub = folder / f"{n // 100:05d}"
            if n % 100 == 0:
                sub.mkdir(exist_ok=True)
            (sub / f"{n:07d}_{p.stem}.txt").write_bytes(data)
            total += len(data)
            n += 1
    return total


def build_parquet(folder: Path, mb: float, rows_per_file: int = 20_000) -> int:
    """A Parquet dataset (part-NNNNN.parquet, row groups of 1,000 documents) of seed copies."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    sizes = [len(t.encode("utf-8")) for t in texts]
    total = n = part = 0
    while total < mb * 1e6:
        ids, docs = [], []
        while len(docs) < rows_per_file and total < mb * 1e6:
            k = n % len(texts)
            ids.append(f"{n:07d}_{SEEDS[k].stem}")
            docs.append(texts[k])
            total += sizes[k]
            n += 1
        pq.write_table(pa.table({"doc": ids, "text": docs}), folder / f"part-{part:05d}.parquet", row_group_size=1000)
        part += 1
    return total


def t2s_baseline(folder: Path) -> float:
    """MB/s of OpenCC t2s alone, per document, over the files of `folder` (one core)."""
    import opencc

    conv = opencc.OpenCC("t2s")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in texts:
            conv.convert(t)
        best = min(best, time.perf_counter() - start)
    return nbytes / 1e6 / best


class TreeSampler:
    """Samples a process and all its descendants from /proc (Linux): peak summed resident
    memory, peak resident memory of any single process, and CPU seconds used.

    Pool workers are children of multiprocessing's fork server, not of the command, so
    getrusage(RUSAGE_CHILDREN) would miss them; /proc sees the whole tree.
    """

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.peak_tree = self.peak_single = 0
        self._cpu: dict[int, float] = {}
        self._tick = os.sysconf("SC_CLK_TCK")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _stats(self) -> dict[int, list[str]]:
        out = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    out[int(entry)] = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue
        return out

    def _run(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stop.is_set():
            stats = self._stats()
            tree, frontier = {self.pid}, {self.pid}
            while frontier:
                frontier = {p for p, f in stats.items() if int(f[1]) in frontier and p not in tree}
                tree |= frontier
            rss = {p: int(stats[p][21]) * page for p in tree if p in stats}
            for p in tree:
                if p in stats:  # utime + stime, fields 14 and 15 of /proc/PID/stat
                    self._cpu[p] = (int(stats[p][11]) + int(stats[p][12])) / self._tick
            self.peak_tree = max(self.peak_tree, sum(rss.values()))
            self.peak_single = max([self.peak_single, *rss.values()])
            self._stop.wait(self.every)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"tree_rss_mb": self.peak_tree / 1e6, "max_single_process_mb": self.peak_single / 1e6,
                "cpu_s": sum(self._cpu.values())}


def run_extract(inputs: list[Path], out: Path, *options: str) -> dict:
    """Time one `mobilization extract` subprocess, with its CPU time and peak memory."""
    cmd = [PY, "-m", "mobilization", "extract", *map(str, inputs), "--out", str(out), "--quiet", *options]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    result = {"command": " ".join(["mobilization", "extract", *map(str, inputs), "--out", str(out), "--quiet",
                                   *options]),
              "seconds": seconds, "returncode": proc.returncode, **sampler.stop()}
    if proc.returncode != 0:
        result["stderr"] = err.strip().splitlines()[-3:]
    return result


def in_process(folder: Path) -> float:
    """MB/s of load + analyse in this process, no rows, no output (the pipeline alone)."""
    from mobilization.corpus import load
    from mobilization.pipeline import analyse
    from mobilization.scale import warm_up

    warm_up()
    paths = sorted(folder.rglob("*.txt"))
    start = time.perf_counter()
    nbytes = 0
    for p in paths:
        analyse(load(p))
        nbytes += p.stat().st_size
    return nbytes / 1e6 / (time.perf_counter() - start)


def startup(tmp: Path) -> dict:
    """Median wall time of `mobilization extract` on one seed, and of `mobilization --help`."""
    one = [SEEDS[2]]
    runs = [run_extract(one, tmp / "one.csv", "--jobs", "1")["seconds"] for _ in range(5)]
    helps = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([PY, "-m", "mobilization", "--help"], capture_output=True, check=True)
        helps.append(time.perf_counter() - start)
    return {"extract_one_file_s": statistics.median(runs), "help_s": statistics.median(helps)}


def profile_stages(folder: Path, limit_mb: float = 3.0) -> dict:
    """cProfile of `pipeline.analyse` over part of the corpus: seconds per stage module and the
    most expensive functions (own time)."""
    from mobilization.corpus import load
    from mobilization.pipeline import analyse

    docs, total = [], 0
    for p in sorted(folder.rglob("*.txt")):
        docs.append(load(p))
        total += p.stat().st_size
        if total > limit_mb * 1e6:
            break
    analyse(docs[0])  # warm caches outside the profile
    prof = cProfile.Profile()
    start = time.perf_counter()
    prof.enable()
    for d in docs:
        analyse(d)
    prof.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(prof)
    by_module: dict[str, float] = {}
    functions = []
    for (filename, line, name), (_, _, own, _, _) in stats.stats.items():
        module = Path(filename).stem if "mobilization" in filename else (
            "opencc" if "opencc" in filename or "opencc" in name else
            "jieba" if "jieba" in filename else "re" if name.startswith("<method '") and "Pattern" in name
            else "other")
        by_module[module] = by_module.get(module, 0.0) + own
        functions.append((own, f"{Path(filename).name}:{line}({name})"))
    functions.sort(reverse=True)
    return {"profiled_mb": total / 1e6, "wall_s_profiled": wall, "stage_seconds": stage_times(docs),
            "own_seconds_by_module": dict(sorted(by_module.items(), key=lambda kv: -kv[1])),
            "top_functions": [f"{own:.3f}s {fn}" for own, fn in functions[:12]]}


def stage_times(docs: list) -> dict[str, float]:
    """Wall seconds per stage over `docs` (no profiler overhead): each stage's contract
    function called in turn, and `pipeline.analyse` as a whole (the rest is mention building)."""
    from mobilization.pipeline import analyse
    from mobilization.quantities import extract
    from mobilization.repair import repair
    from mobilization.script import convert_with_map

    times = {"repair.repair": 0.0, "script.convert_with_map (OpenCC t2s)": 0.0, "quantities.extract": 0.0}
    for d in docs:
        t0 = time.perf_counter()
        rep = repair(d.text)
        t1 = time.perf_counter()
        simplified = convert_with_map(rep.text, "t2s")[0]
        t2 = time.perf_counter()
        extract(simplified)
        t3 = time.perf_counter()
        times["repair.repair"] += t1 - t0
        times["script.convert_with_map (OpenCC t2s)"] += t2 - t1
        times["quantities.extract"] += t3 - t2
    start = time.perf_counter()
    for d in docs:
        analyse(d)
    total = time.perf_counter() - start
    times["pipeline rest (mention rows: offsets, damage, sentences)"] = max(0.0, total - sum(times.values()))
    times["pipeline.analyse total"] = total
    return times


def code_hash() -> str:
    """Digest of the library's source: if it changes during a run (others editing), tables may differ."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "lib" / "mobilization").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="corpus size for throughput and speed-up")
    parser.add_argument("--memory-mb", type=float, nargs="*", default=[100], help="corpus sizes for peak memory")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="N for the parallel runs")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--profile", action="store_true", help="also profile the stages")
    parser.add_argument("--chunk-sweep", type=float, nargs="*", default=[],
                        help="also time --jobs N at these --chunk-mb sizes (and Dask at the same sizes)")
    parser.add_argument("--dir", type=Path, default=None, help="where to build corpora (default: a temp folder)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench_scale_", dir=args.dir))
    report: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                    "argv": " ".join(["python", "benchmarks/bench_scale.py", *sys.argv[1:]])}
    try:
        files = work / "files"
        nbytes = build_files(files, args.mb)
        table = work / "parquet"
        tbytes = build_parquet(table, args.mb)
        mb = nbytes / 1e6
        report["corpus_mb"] = round(mb, 1)
        report["load_before"] = os.getloadavg()
        report["code_before"] = code_hash()
        report["t2s_mb_s"] = t2s_baseline(files)
        report["in_process_mb_s"] = in_process(files)
        runs = {
            "files --jobs 1": run_extract([files], work / "o1.csv", "--jobs", "1"),
            "parquet --jobs 1": run_extract([table], work / "o1p.csv", "--jobs", "1"),
            f"files --jobs {args.jobs}": run_extract([files], work / "oN.csv", "--jobs", str(args.jobs)),
        }
        if not args.no_dask:
            runs[f"files --engine dask --jobs {args.jobs}"] = run_extract(
                [files], work / "oD.csv", "--engine", "dask", "--jobs", str(args.jobs))
        for name, r in runs.items():
            size = tbytes / 1e6 if name.startswith("parquet") else mb
            r["mb_s"] = size / r["seconds"]
        report["runs"] = runs
        for chunk in args.chunk_sweep:
            for engine in (["local"] if args.no_dask else ["local", "dask"]):
                r = run_extract([files], work / "oc.csv", "--jobs", str(args.jobs), "--engine", engine,
                                "--chunk-mb", str(chunk))
                r["mb_s"] = mb / r["seconds"]
                runs[f"files --engine {engine} --jobs {args.jobs} --chunk-mb {chunk:g}"] = r
        report["code_after_runs"] = code_hash()
        same = (work / "o1.csv").read_bytes() == (work / "oN.csv").read_bytes()
        report["jobs_table_identical"] = same
        memory = {}
        for size in args.memory_mb:
            mfolder = work / f"mem{int(size)}"
            build_parquet(mfolder, size)
            r = run_extract([mfolder], work / f"m{int(size)}.parquet", "--jobs", str(args.jobs))
            r["mb_s"] = size / r["seconds"]
            memory[f"{int(size)} MB parquet --jobs {args.jobs}"] = r
            shutil.rmtree(mfolder)
        report["memory"] = memory
        report["startup"] = startup(work)
        report["load_after"] = os.getloadavg()
        if args.profile:
            report["profile"] = profile_stages(files)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_scale.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(markdown(report, args.jobs))


def markdown(r: dict, jobs: int) -> str:
    one = r["runs"]["files --jobs 1"]["mb_s"]
    load = ", ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(r["load_before"], r["load_after"]))
    lines = [f"Command: `{r['argv']}` — {r['machine']}; corpus {r['corpus_mb']} MB of repeated seeds; "
             f"load average (1/5/15 min) before/after: {load}.", "",
             "| measurement | MB/s | vs t2s | speed-up vs --jobs 1 | CPU s / wall s | MB per CPU s |",
             "|---|---|---|---|---|---|",
             f"| OpenCC t2s alone (baseline, 1 core) | {r['t2s_mb_s']:.1f} | 1.00 | | | |",
             f"| pipeline in-process: load + analyse (1 core) | {r['in_process_mb_s']:.1f} | "
             f"{r['in_process_mb_s'] / r['t2s_mb_s']:.2f} | | | |"]
    for name, run in r["runs"].items():
        flag = "" if run["returncode"] == 0 else f" (exit {run['returncode']})"
        lines.append(f"| extract {name}{flag} | {run['mb_s']:.1f} | {run['mb_s'] / r['t2s_mb_s']:.2f} | "
                     f"{run['mb_s'] / one:.2f} | {run['cpu_s'] / run['seconds']:.2f} | "
                     f"{run['mb_s'] * run['seconds'] / max(run['cpu_s'], 1e-9):.2f} |")
    lines += ["", "CPU s / wall s: CPU time of the command's whole process tree over its wall time "
                  f"(how many cores it got; at most {jobs} here).",
              "", f"Same table with --jobs 1 and --jobs {jobs}: {r['jobs_table_identical']}"
              + ("" if r["code_before"] == r["code_after_runs"] else " (the library's source changed during the run)"),
              "",
              "| memory run | seconds | MB/s | peak RSS, process tree | largest single process |", "|---|---|---|---|---|"]
    for name, run in r["memory"].items():
        lines.append(f"| {name} | {run['seconds']:.1f} | {run['mb_s']:.1f} | {run.get('tree_rss_mb', float('nan')):.0f} MB"
                     f" | {run['max_single_process_mb']:.0f} MB |")
    s = r["startup"]
    lines += ["", f"Start-up: `mobilization extract` on one seed {s['extract_one_file_s']:.2f} s; "
                  f"`mobilization --help` {s['help_s']:.2f} s (medians of 5)."]
    if "profile" in r:
        p = r["profile"]
        lines += ["", f"Stages over {p['profiled_mb']:.1f} MB, one process, no profiler (seconds; share of analyse):", ""]
        whole = p["stage_seconds"]["pipeline.analyse total"]
        lines += [f"- {k}: {v:.2f} s ({v / whole:.0%})" for k, v in p["stage_seconds"].items()]
        lines += ["", f"cProfile of `pipeline.analyse` over {p['profiled_mb']:.1f} MB (own time by module):", ""]
        lines += [f"- {m}: {sec:.2f} s" for m, sec in p["own_seconds_by_module"].items() if sec >= 0.01]
        lines += ["", "Top functions (own time):", ""] + [f"- {f}" for f in p["top_functions"]]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
