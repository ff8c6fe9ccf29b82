#!/usr/bin/env python3
"""The whole pipeline at one million actors, against igraph, in one run.

    python3 Benchmarks/million.py                          # 200,000 and 1,000,000 actors
    python3 Benchmarks/million.py --sizes 20000,200000     # other sizes
    python3 Benchmarks/million.py --skip-igraph            # Maillage only

1. Builds `maillage` and `maillage-pipeline` in release mode (`--scratch-path .build-scale`,
   as Benchmarks/run.py does).
2. Generates `maillage synth --actors N --seed 5` into Benchmarks/data/million-N (kept
   between runs; regenerated when missing).
3. Runs, one after the other, as whole processes:
   - `maillage-pipeline DATASET OUT 5`: load and validate, projection (count weighting),
     connected components, PageRank, Leiden (the default number of starts, seed 5), one CSV
     row per actor;
   - `python3 peers/igraph_run.py pipeline DATASET OUT` (BENCH_SEED=5): the same job with
     igraph (bipartite_projection, connected_components, pagerank, community_leiden).
   For each it records the CPU time (user + sys, from `os.wait4`'s rusage: the machine may be
   shared, CPU time is what compares), the wall time, the peak resident set size, the
   modularity reached and the time of each phase printed by the process (Maillage prints
   the CPU time of each phase too; igraph's script only its wall time).
4. Prints a Markdown table and the exponent of each phase between consecutive sizes
   (`log(t2 / t1) / log(ties2 / ties1)`: 1 is linear in the ties; from the CPU time of each
   phase for Maillage, the wall time for igraph), and writes the figures to
   Benchmarks/million.json.

Targets (issue 20): at 1,000,000 actors Leiden ≤ 60 s, the whole pipeline ≤ 120 s and
≤ 4 GiB, below igraph's time and memory for the same job. No test asserts these times:
this script is run by hand.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
SCRATCH = ".build-scale"


def run(command, env=None):
    """Runs `command`; returns (wall s, CPU s, peak RSS MiB, status, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, raw, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(raw),
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def build():
    for product in ["maillage", "maillage-pipeline"]:
        subprocess.run(["swift", "build", "-c", "release", "--product", product, "--scratch-path", SCRATCH], cwd=ROOT, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--show-bin-path"],
                          cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return path


def dataset(binary_dir, actors):
    folder = os.path.join(DATA, f"million-{actors}")
    if not os.path.exists(os.path.join(folder, "memberships.csv")):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([os.path.join(binary_dir, "maillage"), "synth", "--actors", str(actors), "--seed", "5",
                        "-o", folder, "--quiet", "--memory-budget", "8G"], check=True)
    return folder


def last_json_line(text):
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {}


def measure(tool, command, env=None):
    wall, cpu, rss, status, out, err = run(command, env)
    if status != 0:
        print(f"{tool} failed ({status}): {err[-2000:]}", file=sys.stderr)
        return None
    figures = last_json_line(out)
    return {"tool": tool, "wall": wall, "cpu": cpu, "rss_mib": rss, "ties": figures.get("ties"),
            "modularity": figures.get("modularity"), "clusters": figures.get("clusters"),
            "phases": figures.get("phases", {}), "phases_cpu": figures.get("phases_cpu", {})}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200000,1000000")
    parser.add_argument("--skip-igraph", action="store_true")
    parser.add_argument("--bin", help="folder holding maillage and maillage-pipeline (skips the build)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    binary_dir = args.bin or build()
    results = []
    for actors in sizes:
        folder = dataset(binary_dir, actors)
        with tempfile.TemporaryDirectory() as scratch:
            out = os.path.join(scratch, "out.csv")
            row = measure("maillage", [os.path.join(binary_dir, "maillage-pipeline"), folder, out, "5"])
            if row:
                results.append({"actors": actors, **row})
                print(json.dumps(results[-1]), flush=True)
            if not args.skip_igraph:
                env = dict(os.environ, BENCH_SEED="5")
                row = measure("igraph", [sys.executable, os.path.join(HERE, "peers", "igraph_run.py"), "pipeline", folder, out], env)
                if row:
                    results.append({"actors": actors, **row})
                    print(json.dumps(results[-1]), flush=True)

    print("\n| actors | tool | ties | CPU s (user+sys) | wall s | peak RSS MiB | modularity | phases (CPU s, or wall s for igraph) |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        phases = ", ".join(f"{k} {v:.1f}" for k, v in (r["phases_cpu"] or r["phases"]).items())
        q = f"{r['modularity']:.5f}" if r["modularity"] is not None else "—"
        print(f"| {r['actors']:,} | {r['tool']} | {r['ties'] or 0:,} | {r['cpu']:.1f} | {r['wall']:.1f} | {r['rss_mib']:.0f} | {q} | {phases} |")
    print("\nExponents (log time ratio / log ties ratio) between consecutive sizes:")
    for tool in ["maillage", "igraph"]:
        rows = [r for r in results if r["tool"] == tool and r["ties"]]
        for a, b in zip(rows, rows[1:]):
            ratio = math.log(b["ties"] / a["ties"])
            parts = [f"process CPU {math.log(b['cpu'] / a['cpu']) / ratio:.2f}"]
            a_phases, b_phases = a["phases_cpu"] or a["phases"], b["phases_cpu"] or b["phases"]
            for phase, t in b_phases.items():
                if a_phases.get(phase, 0) > 0 and t > 0:
                    parts.append(f"{phase} {math.log(t / a_phases[phase]) / ratio:.2f}")
            print(f"- {tool}, {a['actors']:,} → {b['actors']:,}: " + ", ".join(parts))
    with open(os.path.join(HERE, "million.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
