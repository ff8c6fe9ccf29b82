#!/usr/bin/env python3
"""Maillage against igraph and NetworKit, side by side, on the same data, in one run.

    python3 Benchmarks/run.py                 # everything (about 15 minutes on 2 cores)
    python3 Benchmarks/run.py --quick         # 20,000 actors only, no exact betweenness
    python3 Benchmarks/run.py --sizes 20000 --steps load,pagerank

1. Builds Maillage in release mode (`swift build -c release --scratch-path .build-scale`).
2. Generates the data once with `maillage synth --seed 1` and with the independent
   generator `Benchmarks/independent_generator.py --seed 1` (20,000 and 200,000 actors)
   into Benchmarks/data/ (kept between runs; regenerated when missing); `--generators`
   picks them.
3. Times WHOLE PROCESSES doing the same job from the CSV files — reading the dataset,
   projecting it onto the actors (weight = shared cooperations), computing, writing
   one row per actor to a file:

   | step        | Maillage                                           | igraph (Python)             | NetworKit (Python)         |
   |-------------|----------------------------------------------------|-----------------------------|----------------------------|
   | load        | `maillage summary DATASET --format json -o F`      | bipartite_projection + components | scipy B·Bᵀ + components |
   | pagerank    | `maillage centrality DATASET --measure pagerank --format csv -o F` | `pagerank` (PRPACK) | `PageRank` |
   | leiden      | `maillage clusters DATASET --method leiden --seed S --format json -o F`, S = 1…5 | `community_leiden(modularity)` | `ParallelLeiden` |
   | betweenness | `maillage centrality DATASET --measure betweenness --betweenness exact --format csv -o F` (20,000 actors) | `betweenness` | `Betweenness` |
   | pipeline    | `maillage-pipeline DATASET F` (Benchmarks/Pipeline: the library's load, projection, components, PageRank, Leiden in one process) | the same three calls in one process | the same, with ParallelLeiden |
   | closeness   | `maillage centrality DATASET --measure closeness --format csv -o F` (20,000 actors) | `closeness` | `Closeness` (generalised) |
   | approx_weighted | the approx command with `--weighted` | — | — (KADABRA is unweighted) |
   | approx      | `maillage centrality DATASET --measure betweenness --betweenness approximate --epsilon 0.01 --delta 0.1 --seed 1 --format csv -o F` (200,000 actors) | — (none with a guarantee) | `KadabraBetweenness(0.01, 0.1)` |

   Leiden runs once per seed 1…5 (`--leiden-seeds`) for every tool: the modularity of a
   single seed is mostly luck (igraph ranges over 0.685–0.688 at 20,000 actors), so
   the table gives the mean time and the mean, lowest and highest modularity.
   Wall time is measured around each process, CPU time (user + system, all threads) and
   peak memory (maximum resident set size) come from `os.wait4`'s rusage; tables and
   ratios use CPU time, which a shared machine disturbs far less than wall time. A Maillage command that does not exist (yet)
   is reported as such, not replaced.
4. Keeps every measured cell in Benchmarks/results.json (a later run with --steps or
   --sizes replaces only the cells it measures; --fresh starts over) and writes
   Benchmarks/RESULTS.md from it: the machine, the versions, a table with the ratios
   Maillage / peer (below 1 means Maillage is faster or lighter) and the modularity
   reached by each Leiden.

No test asserts a wall-clock time: this script is run by hand.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers")
DATA = os.path.join(HERE, "data")
SCRATCH = ".build-scale"

from output_steps import OUTPUT_LABELS, OUTPUT_STEPS, browser_figures, output_command, sfdp_command  # noqa: E402

STEPS = ["load", "pagerank", "leiden", "leiden3", "pipeline", "betweenness", "closeness", "approx", "approx_weighted"] + OUTPUT_STEPS
# The two generators the analysis steps run on: Maillage's own (`maillage synth`) and an
# independent one with another structure (Benchmarks/independent_generator.py).
GENERATORS = ["synth", "indep"]
GENERATOR_LABELS = {"synth": "`maillage synth`", "indep": "independent generator"}
STEP_LABELS = {
    "load": "load + projection + components",
    "pagerank": "PageRank",
    "leiden": "Leiden (modularity)",
    "leiden3": "Leiden stopped after 3 iterations (`--iterations 3`; igraph `n_iterations=3`; ParallelLeiden's own setting)",
    "betweenness": "exact betweenness",
    "closeness": "exact closeness",
    "approx": "approximate betweenness (ε = 0.01, δ = 0.1)",
    "approx_weighted": "weighted approximate betweenness (ε = 0.01, δ = 0.1, length 1/weight)",
    "pipeline": "whole pipeline in one process: load, projection, components, PageRank, Leiden",
}
# Which steps run at which size (exact betweenness is O(n·m): 20,000 actors only;
# the approximation is what one runs at 200,000).
SIZE_STEPS = {20000: ["load", "pagerank", "leiden", "leiden3", "pipeline", "betweenness", "closeness", "approx", "approx_weighted"],
              200000: ["load", "pagerank", "leiden", "leiden3", "pipeline", "approx", "approx_weighted"]}
# Output steps (Maillage only; sfdp is the layout floor), at 2,000, 20,000 and 200,000 actors.
OUTPUT_SIZE_STEPS = {2000: ["render", "report", "browser", "sfdp"], 20000: ["render", "report", "browser", "sfdp"],
                     200000: ["render", "report", "browser", "sfdp"]}
# Targets of issue 14: (size, step) → (seconds, MiB or None, file MiB or None).
OUTPUT_TARGETS = {(2000, "report"): (5, None, None), (20000, "report"): (30, 2048, 30), (200000, "report"): (90, 4096, None),
                  (2000, "render"): (10, None, None), (20000, "render"): (60, None, None), (20000, "browser"): (3, None, None)}


def run_process(command, timeout, cwd=None, env=None):
    """Runs `command`; returns (seconds, peak RSS in MiB, exit status, stdout, stderr); the
    process's CPU time (user + system, all its threads) is left in `run_process.cpu`."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd, env=env)
    deadline = start + timeout
    status, usage = None, None
    while True:
        pid, raw, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            status = os.waitstatus_to_exitcode(raw)
            break
        if time.perf_counter() > deadline:
            process.kill()
            _, raw, usage = os.wait4(process.pid, 0)
            status = "timeout"
            break
        time.sleep(0.005)
    seconds = time.perf_counter() - start
    run_process.cpu = usage.ru_utime + usage.ru_stime
    process.returncode = status if isinstance(status, int) else -9
    out.seek(0)
    err.seek(0)
    return seconds, usage.ru_maxrss / 1024.0, status, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")


def failure_reason(status, err, timeout):
    """Why a process gave no figure: the time it was allowed, or the last line it wrote."""
    if status == "timeout":
        return f"still running after {timeout:.0f} s (--timeout)"
    return (err.strip().splitlines() or [f"exit status {status}, no message"])[-1][:200]


def build_maillage():
    print("building Maillage (release)…", flush=True)
    for product in ["maillage", "maillage-pipeline"]:
        subprocess.run(["swift", "build", "-c", "release", "--product", product, "--scratch-path", SCRATCH], cwd=ROOT, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--show-bin-path"],
                          cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "maillage")


def maillage_help(binary):
    """The subcommands and their options, to tell what exists."""
    commands = {}
    for command in ["summary", "centrality", "clusters", "synth"]:
        result = subprocess.run([binary, command, "--help"], capture_output=True, text=True)
        commands[command] = result.stdout if result.returncode == 0 else None
    return commands


def maillage_command(step, binary, dataset, output, help_text, seed=1):
    """The public command doing `step`, or (None, reason) when it does not exist yet."""
    if step == "load":
        return [binary, "summary", dataset, "--format", "json", "-o", output], None
    if step == "pagerank":
        if not help_text.get("centrality"):
            return None, "`maillage centrality` is missing"
        return [binary, "centrality", dataset, "--measure", "pagerank", "--format", "csv", "-o", output], None
    if step in ("leiden", "leiden3"):
        if not help_text.get("clusters"):
            return None, "`maillage clusters` is missing"
        capped = ["--iterations", "3"] if step == "leiden3" else []
        if capped and "--iterations" not in help_text["clusters"]:
            return None, "`maillage clusters` has no --iterations"
        return [binary, "clusters", dataset, "--method", "leiden", "--seed", str(seed), "--format", "json", "-o", output] + capped, None
    if step == "betweenness":
        if not help_text.get("centrality"):
            return None, "`maillage centrality` is missing"
        return [binary, "centrality", dataset, "--measure", "betweenness", "--betweenness", "exact", "--format", "csv", "-o", output], None
    if step == "pipeline":
        pipeline = os.path.join(os.path.dirname(binary), "maillage-pipeline")
        if not os.path.exists(pipeline):
            return None, "maillage-pipeline is not built beside the maillage binary (swift build -c release --product maillage-pipeline)"
        return [pipeline, dataset, output, str(seed)], None
    if step == "closeness":
        return [binary, "centrality", dataset, "--measure", "closeness", "--format", "csv", "-o", output], None
    if step in ("approx", "approx_weighted"):
        text = help_text.get("centrality") or ""
        if "--epsilon" not in text:
            return None, "`maillage centrality` has no --epsilon/--delta yet"
        return [binary, "centrality", dataset, "--measure", "betweenness", "--betweenness", "approximate", "--epsilon", "0.01", "--delta", "0.1",
                "--seed", str(seed), "--format", "csv", "-o", output] + (["--weighted"] if step == "approx_weighted" else []), None
    return None, "unknown step"


def maillage_modularity(output):
    try:
        with open(output, encoding="utf-8") as f:
            return json.load(f).get("modularity")
    except (OSError, ValueError, AttributeError):
        return None


def peer_command(tool, step, dataset, output):
    if tool == "igraph" and step in ("approx", "approx_weighted"):
        return None, "no approximate betweenness with a guarantee"
    if tool == "networkit" and step == "approx_weighted":
        return None, "KADABRA is unweighted only"
    script = os.path.join(PEERS, f"{tool}_run.py")
    return [sys.executable, script, step, dataset, output], None


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(f.readline().split()[1])
            memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    def version(module):
        # Asked of a child process: importing igraph or NetworKit here would grow this
        # process to ~90 MiB, and a child's peak memory (ru_maxrss) starts from the pages
        # of its parent copied at fork, so every cell would read at least that much.
        asked = subprocess.run([sys.executable, "-c", f"import {module}; print({module}.__version__)"],
                               capture_output=True, text=True)
        return asked.stdout.strip() if asked.returncode == 0 else "not installed"
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "swift": swift[0] if swift else "?", "python": platform.python_version(),
        "igraph": version("igraph"), "networkit": version("networkit"),
        "numpy": version("numpy"), "scipy": version("scipy"),
        "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "—"
    return f"{a / b:.2f}×"


def cpu_of(cell, other=None):
    """The CPU time of a measured cell (user + system over all its threads); the wall
    time for cells kept from runs that did not record it, and then only when compared
    with another such cell (`other`), never a CPU time with a wall time."""
    if not cell or cell.get("error"):
        return None
    if other is not None and other and not other.get("error") and ("cpu" in cell) != ("cpu" in other):
        return None
    return cell.get("cpu", cell.get("seconds"))


def fmt_time(cell):
    if cell is None:
        return "—"
    if cell.get("error"):
        return cell["error"]
    if cell.get("cpu") is None:
        return f"{cell['seconds']:.2f} s wall"
    return f"{cell['cpu']:.2f} s ({cell['seconds']:.2f} s)"


def fmt_memory(cell):
    if cell is None or cell.get("error"):
        return "—"
    return f"{cell['memory']:.0f} MiB"


def combine_runs(runs):
    """One cell from the runs of one step with several seeds: the mean wall and CPU time,
    the largest peak memory, the modularity of seed 1 and its mean, lowest and highest
    over the seeds. A failed run makes the cell failed."""
    failed = [run for run in runs if run.get("error")]
    if failed or len(runs) == 1:
        return failed[0] if failed else runs[0]
    cell = dict(runs[0])
    cell["seconds"] = sum(run["seconds"] for run in runs) / len(runs)
    cell["cpu"] = sum(run["cpu"] for run in runs) / len(runs)
    cell["memory"] = max(run["memory"] for run in runs)
    cell["runs"] = len(runs)
    q = [run["modularity"] for run in runs if run.get("modularity") is not None]
    if q:
        cell["modularity_mean"], cell["modularity_min"], cell["modularity_max"] = sum(q) / len(q), min(q), max(q)
    return cell


def measure_cell(tool, step, dataset, binary, help_text, peer_env, work, leiden_seeds, timeout, label, tag):
    """One cell: `step` done by `tool` on `dataset` as whole processes (seeds 1..`leiden_seeds`
    for the Leiden steps, combined by `combine_runs`); `label` starts the progress lines,
    `tag` names the scratch outputs in `work`."""
    seeds = list(range(1, leiden_seeds + 1)) if step in ("leiden", "leiden3") else [1]
    runs = []
    for seed in seeds:
        output = os.path.join(work, f"{tool}-{tag}-{step}-{seed}.out")
        if tool == "maillage":
            command, why = maillage_command(step, binary, dataset, output, help_text, seed=seed)
            env = None
        else:
            command, why = peer_command(tool, step, dataset, output)
            env = dict(peer_env, BENCH_SEED=str(seed))
        if command is None:
            print(f"{label} {step} {tool}: {why}", flush=True)
            return {"error": "not available", "why": f"{tool} {step}: {why}"}
        seconds, memory, status, out, err = run_process(command, timeout, env=env)
        cell = {"seconds": seconds, "cpu": run_process.cpu, "memory": memory}
        if status != 0:
            cell = {"error": "failed" if status != "timeout" else "timeout",
                    "why": f"{tool} {step} ({label}): " + failure_reason(status, err, timeout)}
        elif tool == "maillage" and step in ("leiden", "leiden3"):
            cell["modularity"] = maillage_modularity(output)
        elif tool != "maillage" or step == "pipeline":
            try:
                cell.update({k: v for k, v in json.loads(out.strip().splitlines()[-1]).items()
                             if k in ("modularity", "ties", "clusters", "components")})
            except (ValueError, IndexError):
                pass
        runs.append(cell)
        shown = f"{cell['cpu']:.2f} s CPU, {cell['seconds']:.2f} s wall, {cell['memory']:.0f} MiB" if "seconds" in cell else cell["error"]
        print(f"{label} {step} {tool}{f' seed {seed}' if len(seeds) > 1 else ''}: {shown}"
              + (f", Q {cell['modularity']:.6f}" if cell.get("modularity") is not None else ""), flush=True)
        if cell.get("error"):
            break
    return combine_runs(runs)


def size_text(size):
    return f"{size:,}".replace(",", " ")


def target_checks(results):
    """The targets Maillage set itself against its peers, each checked on each generator:
    a list of (target, {generator: (met, figure)})."""
    def cell(generator, size, step, tool):
        return (results.get((generator, size, step)) or {}).get(tool) or {}

    def cpu(generator, size, step, tool, against="maillage"):
        return cpu_of(cell(generator, size, step, tool), cell(generator, size, step, against) if against != tool else None)

    def modularity(generator, size, tool, step="leiden"):
        c = cell(generator, size, step, tool)
        return c.get("modularity_mean", c.get("modularity"))

    targets = []
    for size in (20000, 200000):
        for step in SIZE_STEPS[size]:
            if step in ("approx", "approx_weighted"):
                continue
            targets.append((f"{size_text(size)} actors, {STEP_LABELS[step]}: no slower than igraph",
                            lambda g, size=size, step=step: (cpu(g, size, step, "maillage"), cpu(g, size, step, "igraph")),
                            lambda m, i: (m <= i, f"{m / i:.2f}×")))
        targets.append((f"{size_text(size)} actors, Leiden modularity at least igraph's (mean over the seeds)",
                        lambda g, size=size: (modularity(g, size, "maillage"), modularity(g, size, "igraph")),
                        lambda m, i: (m >= i, f"{m:.5f} vs {i:.5f}")))
    targets.append(("200 000 actors, Leiden no slower than NetworKit's ParallelLeiden",
                    lambda g: (cpu(g, 200000, "leiden", "maillage"), cpu(g, 200000, "leiden", "networkit")),
                    lambda m, n: (m <= n, f"{m / n:.2f}×")))
    targets.append(("200 000 actors, at ParallelLeiden's own setting (3 iterations): Leiden no slower than it, mean modularity at least its "
                    "(a comparison on equal terms, not a target of issue 20)",
                    lambda g: ((cpu(g, 200000, "leiden3", "maillage"), modularity(g, 200000, "maillage", "leiden3"))
                               if cpu(g, 200000, "leiden3", "maillage") is not None and modularity(g, 200000, "maillage", "leiden3") is not None else None,
                               (cpu(g, 200000, "leiden3", "networkit"), modularity(g, 200000, "networkit", "leiden3"))
                               if cpu(g, 200000, "leiden3", "networkit") is not None and modularity(g, 200000, "networkit", "leiden3") is not None else None),
                    lambda m, n: (m[0] <= n[0] and m[1] >= n[1], f"{m[0] / n[0]:.2f}×, {m[1]:.5f} vs {n[1]:.5f}")))
    targets.append(("20 000 actors, exact betweenness at most 0.6× igraph's time",
                    lambda g: (cpu(g, 20000, "betweenness", "maillage"), cpu(g, 20000, "betweenness", "igraph")),
                    lambda m, i: (m <= 0.6 * i, f"{m / i:.2f}×")))
    targets.append(("20 000 actors, exact closeness no slower than NetworKit's",
                    lambda g: (cpu(g, 20000, "closeness", "maillage"), cpu(g, 20000, "closeness", "networkit")),
                    lambda m, n: (m <= n, f"{m / n:.2f}×")))
    targets.append(("200 000 actors, whole pipeline within 15 s and 2 GiB",
                    lambda g: (cell(g, 200000, "pipeline", "maillage") if cpu(g, 200000, "pipeline", "maillage") else None, True),
                    lambda c, _: (c["seconds"] <= 15 and c["memory"] <= 2048, f"{c['seconds']:.1f} s, {c['memory']:.0f} MiB")))
    targets.append(("200 000 actors, approximate betweenness no slower than NetworKit's KADABRA (same ε, δ)",
                    lambda g: (cpu(g, 200000, "approx", "maillage"), cpu(g, 200000, "approx", "networkit")),
                    lambda m, n: (m <= n, f"{m / n:.2f}×")))
    for size in (20000, 200000):
        targets.append((f"{size_text(size)} actors, weighted approximate betweenness at most 2× the unweighted (same ε, δ)",
                        lambda g, size=size: (cpu(g, size, "approx_weighted", "maillage"), cpu(g, size, "approx", "maillage")),
                        lambda w, u: (w <= 2 * u, f"{w / u:.2f}×")))
    checks = []
    for name, values, judge in targets:
        row = {}
        for generator in GENERATORS:
            a, b = values(generator)
            if a is not None and b is not None:
                row[generator] = judge(a, b)
        if row:
            checks.append((name, row))
    return checks


def target_lines(results):
    checks = target_checks(results)
    if not checks:
        return []
    lines = ["## Targets", "",
             "A target is met only if it is met on both generators (CPU times, as in the tables).", "",
             "| target | " + " | ".join(GENERATOR_LABELS[g] for g in GENERATORS) + " | met |",
             "|---|" + "---|" * len(GENERATORS) + "---|"]
    for name, row in checks:
        cells = []
        for generator in GENERATORS:
            if generator in row:
                ok, figure = row[generator]
                cells.append(f"{figure} {'✓' if ok else '✗'}")
            else:
                cells.append("not measured")
        met = all(row.get(g, (False,))[0] for g in GENERATORS)
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'yes' if met else '**no**'} |")
    return lines + [""]


def write_results(results, info, sizes, dataset_figures, path):
    load = info.get("load_during")
    lines = [
        "# Benchmark: Maillage, igraph and NetworKit on the same data",
        "",
        f"Run {datetime.date.today().isoformat()} with `python3 Benchmarks/run.py` on: {info['cpu']}, "
        f"{info['cores']} cores, {info['memory']}, {info['os']}; load average {info['load']:.1f} when the last run started"
        + (f", {load[0]:.1f}–{load[1]:.1f} while it ran" if load else "")
        + " (the machine is shared: times are **CPU times**, user + system over all the process's threads, "
        "the wall time in parentheses; cells kept in results.json may come from earlier runs of the same machine).",
        f"{info['swift']}; Python {info['python']}, python-igraph {info['igraph']}, NetworKit {info['networkit']}, "
        f"numpy {info['numpy']}, scipy {info['scipy']}.",
        "",
        "Each cell is one whole process, from reading the CSV files to writing one row per actor: "
        "CPU time (wall time) and peak resident memory. Ratios are Maillage / peer on CPU time: below 1× Maillage "
        "does less work (or is lighter). igraph runs on one core; NetworKit (OMP_WAIT_POLICY=passive, so waiting "
        "threads do not spin) and Maillage use both. Two generators: `maillage synth --seed 1` and "
        "`Benchmarks/independent_generator.py --seed 1` (another structure: bassins grouped by département, "
        "cooperation sizes ∝ s^−2.4, têtes de réseau running networks that structures join several at once).",
        "",
    ]
    for size in sizes:
        if not any(cell_size == size for _, cell_size, _ in results):
            continue  # nothing measured at this size (e.g. 2,000 actors, whose output steps live in output_steps.py)
        lines.append(f"## {size_text(size)} actors")
        lines.append("")
        output_rows = [step for step in OUTPUT_SIZE_STEPS.get(size, []) if ("synth", size, step) in results]
        if dataset_figures.get(("synth", size)) and (output_rows or SIZE_STEPS.get(size)):
            for generator in GENERATORS:
                figures = dataset_figures.get((generator, size))
                if figures:
                    lines.append(f"- {GENERATOR_LABELS[generator]}: {figures.get('summary', '')}")
            lines.append("")
        if output_rows:
            lines.append("Output steps (`maillage synth` data; whole processes; the browser row is the time from navigation "
                         "to an interactive map and the page's JavaScript heap):")
            lines.append("")
            lines.append("| output step | time | peak memory | file | target | met |")
            lines.append("|---|---|---|---|---|---|")
            for step in output_rows:
                cell = results[("synth", size, step)].get("maillage") or {}
                target = OUTPUT_TARGETS.get((size, step))
                file_text = "—"
                if cell.get("bytes"):
                    file_text = f"{cell['bytes'] / 1048576:.1f} MiB" if cell["bytes"] >= 1048576 else f"{cell['bytes'] / 1024:.0f} KiB"
                met, target_text = "—", "—"
                if target:
                    t, mem, mb = target
                    target_text = " · ".join([f"≤ {t} s"] + ([f"≤ {mem / 1024:.0f} GiB"] if mem else []) + ([f"file ≤ {mb} MB"] if mb else []))
                    if cell.get("seconds") is not None and not cell.get("error"):
                        ok = cell["seconds"] <= t and (mem is None or cell["memory"] <= mem) and (mb is None or cell.get("bytes", 0) <= mb * 1e6)
                        met = "yes" if ok else "**no**"
                shown = "—" if not cell else (cell["error"] if cell.get("error") else f"{cell['seconds']:.2f} s")
                lines.append(f"| {OUTPUT_LABELS[step]} | {shown} | {fmt_memory(cell)} | {file_text} | {target_text} | {met} |")
            lines.append("")
        if not SIZE_STEPS.get(size):
            continue
        for generator in GENERATORS:
            rows = [step for step in SIZE_STEPS[size] if (generator, size, step) in results]
            if not rows:
                continue
            lines.append(f"### {size_text(size)} actors, {GENERATOR_LABELS[generator]}")
            lines.append("")
            lines.append("| step | Maillage | igraph | NetworKit | Maillage / igraph | Maillage / NetworKit | memory Maillage | memory igraph | memory NetworKit |")
            lines.append("|---|---|---|---|---|---|---|---|---|")
            for step in rows:
                row = results[(generator, size, step)]
                m, i, n = row.get("maillage"), row.get("igraph"), row.get("networkit")
                lines.append(
                    f"| {STEP_LABELS[step]} | {fmt_time(m)} | {fmt_time(i)} | {fmt_time(n)} | {ratio(cpu_of(m, i), cpu_of(i, m))} "
                    f"| {ratio(cpu_of(m, n), cpu_of(n, m))} | {fmt_memory(m)} | {fmt_memory(i)} | {fmt_memory(n)} |")
            for leiden_step, heading in (("leiden", "Modularity reached by Leiden:"),
                                         ("leiden3", "Modularity reached by Leiden stopped after 3 iterations:")):
                leiden = results.get((generator, size, leiden_step), {})
                cells = {tool: leiden.get(tool) or {} for tool in ["maillage", "igraph", "networkit"]}
                if not any(cell.get("modularity") is not None for cell in cells.values()):
                    continue
                lines.append("")
                lines.append(heading)
                lines.append("")
                for tool, cell in cells.items():
                    if cell.get("modularity") is None:
                        continue
                    if cell.get("modularity_mean") is not None:
                        lines.append(f"- {tool}: mean {cell['modularity_mean']:.5f} over seeds 1–{cell['runs']} "
                                     f"(lowest {cell['modularity_min']:.5f}, highest {cell['modularity_max']:.5f}; seed 1: {cell['modularity']:.5f})")
                    else:
                        lines.append(f"- {tool}: {cell['modularity']:.5f} (seed 1)")
            lines.append("")
    lines += target_lines(results)
    notes = sorted({cell["error"] + ": " + cell.get("why", "") for row in results.values() for cell in row.values()
                    if cell and cell.get("error") and cell.get("why")})
    if notes:
        lines.append("Notes:")
        lines.append("")
        lines += [f"- {note}" for note in notes]
        lines.append("")
    lines += [
        "Maillage runs its public commands on the release build: `summary --format json` (load, projection, "
        "components), `centrality --measure pagerank|betweenness|closeness --format csv` (betweenness with "
        "`--betweenness exact`, or `--betweenness approximate --epsilon 0.01 --delta 0.1 --seed 1`, with `--weighted` "
        "for the weighted row), `clusters --method leiden --seed S --format json` (which also reports the clusters' "
        "territories); the whole pipeline runs `maillage-pipeline` (Benchmarks/Pipeline), the same library calls in "
        "one process.",
        "",
        "Peers: igraph projects with `bipartite_projection(multiplicity=True)`, runs PageRank with PRPACK, "
        "Leiden with `objective_function=\"modularity\"` iterated until stable, betweenness and closeness on one core; "
        "NetworKit projects with a scipy sparse product and runs `PageRank` (default tolerance), "
        "`ParallelLeiden`, on the unweighted graph (the same job as the others) `Betweenness` and `Closeness` "
        "(generalised variant), and `KadabraBetweenness` (unweighted by design), on every core. Scripts: Benchmarks/peers/.",
        "",
    ]
    # Benchmarks/output_steps.py writes its own section between two markers: keep it.
    kept = ""
    try:
        with open(path, encoding="utf-8") as f:
            previous = f.read()
        begin, end = previous.find("<!-- output-steps:begin"), previous.find("<!-- output-steps:end -->")
        if begin >= 0 and end > begin:
            kept = previous[begin:end + len("<!-- output-steps:end -->")] + "\n"
    except OSError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n" + ("\n" + kept if kept else ""))


def cell_key(generator, size, step):
    """results.json keys: `SIZE|STEP` for `maillage synth` data (as before there were two
    generators), `SIZE|STEP|GENERATOR` otherwise."""
    return f"{size}|{step}" if generator == "synth" else f"{size}|{step}|{generator}"


def parse_key(key):
    parts = key.split("|")
    return (parts[2] if len(parts) > 2 else "synth", int(parts[0]), parts[1])


def generate_dataset(generator, size, binary, timeout):
    """Writes the dataset of `generator` at `size` actors under Benchmarks/data (kept between
    runs); returns its folder and, when generated now, a one-line summary."""
    dataset = os.path.join(DATA, f"{generator}-{size}")
    if os.path.exists(os.path.join(dataset, "memberships.csv")):
        return dataset, None
    if generator == "synth":
        command = [binary, "synth", "--actors", str(size), "--seed", "1", "-o", dataset]
    else:
        command = [sys.executable, os.path.join(HERE, "independent_generator.py"), "--actors", str(size), "--seed", "1", "-o", dataset]
    seconds, memory, status, out, err = run_process(command, timeout)
    if status != 0:
        sys.exit(f"{' '.join(command)} failed: {err}")
    summary = out.strip().splitlines()[-1] if out.strip() else ""
    return dataset, summary.split(": ", 1)[-1] + f" — generated in {seconds:.2f} s, {memory:.0f} MiB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,20000,200000", help="actor counts, comma-separated (2000: output steps only)")
    parser.add_argument("--steps", default=",".join(STEPS), help="steps to run, comma-separated")
    parser.add_argument("--tools", default="maillage,igraph,networkit")
    parser.add_argument("--generators", default=",".join(GENERATORS),
                        help="data generators, comma-separated: synth (maillage synth), indep (Benchmarks/independent_generator.py)")
    parser.add_argument("--quick", action="store_true", help="20,000 actors; no exact betweenness")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed to one process")
    parser.add_argument("--binary", help="a maillage executable to use instead of building one")
    parser.add_argument("--output", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--leiden-seeds", type=int, default=5,
                        help="Leiden runs with seeds 1..N per tool: one seed's modularity is mostly luck (default 5)")
    parser.add_argument("--store", default=os.path.join(HERE, "results.json"),
                        help="the JSON file of measured cells (default Benchmarks/results.json)")
    parser.add_argument("--fresh", action="store_true",
                        help="forget Benchmarks/results.json instead of updating only the cells run now")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    steps = [s for s in args.steps.split(",") if s]
    tools = args.tools.split(",")
    generators = [g for g in args.generators.split(",") if g]
    unknown = [g for g in generators if g not in GENERATORS]
    if unknown:
        sys.exit(f"unknown generator {unknown[0]}: choose among {', '.join(GENERATORS)}")
    if args.quick:
        sizes, steps = [20000], [s for s in steps if s != "betweenness"]
    run_sizes = list(sizes)

    binary = args.binary or build_maillage()
    help_text = maillage_help(binary)
    if not help_text.get("synth"):
        sys.exit("`maillage synth` is not available in this build: register SynthCommand in Sources/maillage/Maillage.swift")
    info = machine()
    loads = [info["load"]] if info.get("load") is not None else []
    os.makedirs(DATA, exist_ok=True)
    work = tempfile.mkdtemp(prefix="maillage-bench-")
    peer_env = dict(os.environ, PYTHONPATH=PEERS + os.pathsep + os.environ.get("PYTHONPATH", ""), OMP_WAIT_POLICY="passive")

    results, dataset_figures = {}, {}
    store = args.store
    if not args.fresh and os.path.exists(store):
        with open(store, encoding="utf-8") as f:
            saved = json.load(f)
        for key, row in saved.get("cells", {}).items():
            results[parse_key(key)] = row
        for key, value in saved.get("datasets", {}).items():
            generator, size = (key.split("|") + ["synth"])[1], int(key.split("|")[0])
            dataset_figures[(generator, size)] = value
        sizes = sorted(set(sizes) | {size for _, size, _ in results})

    def save():
        if hasattr(os, "getloadavg"):
            loads.append(os.getloadavg()[0])
            info["load_during"] = (min(loads), max(loads))
        with open(store, "w", encoding="utf-8") as f:
            json.dump({"machine": info,
                       "datasets": {(f"{size}" if g == "synth" else f"{size}|{g}"): v for (g, size), v in dataset_figures.items()},
                       "cells": {cell_key(*key): row for key, row in results.items()}}, f, indent=1, sort_keys=True)
        write_results(results, info, sizes, dataset_figures, args.output)

    for size in run_sizes:
        for generator in generators:
            wanted = [step for step in SIZE_STEPS.get(size, []) if step in steps]
            if generator == "synth":
                wanted += [step for step in OUTPUT_SIZE_STEPS.get(size, []) if step in steps]
            if not wanted:
                continue
            dataset, summary = generate_dataset(generator, size, binary, args.timeout)
            if summary:
                dataset_figures[(generator, size)] = {"summary": summary}
            elif (generator, size) not in dataset_figures:
                dataset_figures[(generator, size)] = {"summary": "(generated by an earlier run)"}
            for step in SIZE_STEPS.get(size, []):
                if step not in steps:
                    continue
                row = results.setdefault((generator, size, step), {})
                for tool in tools:
                    row[tool] = measure_cell(tool, step, dataset, binary, help_text, peer_env, work,
                                             args.leiden_seeds, args.timeout, f"{generator} {size}", f"{generator}-{size}")
                save()
            if generator != "synth":
                continue
            for step in OUTPUT_SIZE_STEPS.get(size, []):
                if step not in steps or "maillage" not in tools:
                    continue
                row = results.setdefault((generator, size, step), {})
                output = os.path.join(work, f"out-{size}")
                if step == "browser":
                    html = output + ".html"
                    if not os.path.exists(html):
                        print(f"{size} browser: no report to open (run the report step first)", flush=True)
                        continue
                    cell = browser_figures(html)
                else:
                    if step == "sfdp":
                        command, why = sfdp_command(dataset, work)
                        written = None
                    else:
                        command, written = output_command(step, binary, dataset, output)
                        why = None
                    if command is None:
                        row["maillage"] = {"error": "not available", "why": f"{step}: {why}"}
                        save()
                        continue
                    seconds, memory, status, out, err = run_process(command, args.timeout)
                    cell = {"seconds": seconds, "cpu": run_process.cpu, "memory": memory}
                    if status != 0:
                        cell = {"error": "failed" if status != "timeout" else "timeout",
                                "why": f"{step} at {size}: " + failure_reason(status, err, args.timeout)}
                    elif written and os.path.exists(written):
                        cell["bytes"] = os.path.getsize(written)
                row["maillage"] = cell
                shown = f"{cell['seconds']:.2f} s, {cell['memory']:.0f} MiB" if "seconds" in cell else cell["error"]
                print(f"{size} {step}: {shown}" + (f", {cell['bytes'] / 1048576:.1f} MiB written" if cell.get("bytes") else ""), flush=True)
                save()
    shutil.rmtree(work, ignore_errors=True)
    save()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
