"""Maillage, igraph and NetworKit on a real affiliation network, in one run:

    python3 Benchmarks/real_data.py PAJEK_FILE [--name NAME] [--binary PATH] [--output FILE]

The two generators of `Benchmarks/run.py` are programs; this is the same benchmark on data
nobody generated. PAJEK_FILE is a two-mode network in Pajek's format: `*Vertices N N1`, the
first N1 vertices (`id "label"`) being the actors and the others the groups they take part
in, then `*Edgeslist` lines (an actor, then its groups) or `*Edges` lines (actor, group).
A Pajek project file (`.paj`) is read up to the end of its first network; a multi-relational
network's relations (`*Edges :2 "Chairman"`) are read as one, and a pair listed under several
relations (chairman and member of one body) is one membership. For instance `DutchElite.paj`,
the Dutch administrative elite of April 2006 (W. de Nooy and De Volkskrant: 3,810 persons in
937 administrative bodies), published with Pajek's datasets.
Or `TheyRuleR.paj` (in `TheyRule.zip`, same collection), the boards of the largest US
companies in 2004: 4,657 directors on 510 boards. A file that is not UTF-8 is read as
Windows-1252, as Pajek files written on Windows are (an apostrophe, not a control character).
For instance `porgat.txt`, the Marvel Universe network of R. Alberich, J. Miro-Julia and
F. Rosselló ("Marvel Universe looks almost like a real social network", arXiv
cond-mat/0202174, 2002): 6,486 characters in 12,942 comic books, 96,662 appearances,
published with the paper and copied in many public repositories. Nothing is downloaded and
no such file ships with Maillage: bring your own.

The file becomes a Maillage dataset folder `Benchmarks/data/real-NAME` (memberships.csv:
cooperation = group, actor = actor; actors.csv and cooperations.csv with the labels), then
each analysis step of run.py runs as a whole process with each tool, as there: CPU time
(user + system over all threads), wall time, peak memory; Leiden with seeds 1–5. Maillage
also reports the vertex-diameter bounds behind its sample sizes and draws the report and the
map. Writes the dataset's section of `Benchmarks/REAL-DATA.md` (or --output), between
markers, leaving the other datasets' sections as they are.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import run as bench  # noqa: E402
from output_steps import output_command  # noqa: E402

STEPS = ["load", "pagerank", "leiden", "leiden3", "pipeline", "betweenness", "closeness", "approx", "approx_weighted"]
TOOLS = ["maillage", "igraph", "networkit"]


class PajekError(Exception):
    pass


def pajek_text(path):
    """The file's lines as text: UTF-8 when it is valid UTF-8, else Windows-1252 (what
    Pajek files written on Windows hold: byte 0x92 is an apostrophe, not the C1 control
    that Latin-1 makes of it), the five bytes Windows-1252 leaves undefined read as Latin-1."""
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data).splitlines()


def read_pajek_two_mode(path):
    """(labels by vertex id, actor count, memberships as (actor id, group id) pairs)."""
    labels, pairs = {}, []
    actors = None
    section = None
    for number, raw in enumerate(pajek_text(path), start=1):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("*"):
            words = line.split()
            keyword = words[0].lower()
            if keyword == "*vertices":
                if len(words) < 3 or not words[1].isdigit() or not words[2].isdigit():
                    raise PajekError(f"{path}:{number}: not a two-mode network: expected `*Vertices N N1`")
                actors = int(words[2])
                section = "vertices"
            elif keyword in ("*edgeslist", "*edges", "*arcslist", "*arcs"):
                section = keyword
            elif keyword == "*network":
                if actors is not None:
                    break   # a project file's next network
                continue
            elif keyword in ("*partition", "*vector", "*permutation", "*cluster", "*hierarchy") and actors is not None:
                break       # a project file's partitions and vectors follow its network
            else:
                raise PajekError(f"{path}:{number}: unknown section {words[0]}")
            continue
        if section == "vertices":
            match = re.match(r'(\d+)\s+"(.*)"', line) or re.match(r"(\d+)\s+(\S+)", line)
            if not match:
                raise PajekError(f"{path}:{number}: expected `id \"label\"`")
            labels[int(match.group(1))] = match.group(2)
        elif section in ("*edgeslist", "*arcslist", "*edges", "*arcs"):
            words = line.split()
            if not all(word.isdigit() for word in words[:2 if section in ("*edges", "*arcs") else None]):
                raise PajekError(f"{path}:{number}: expected vertex ids")
            ids = [int(word) for word in (words[:2] if section in ("*edges", "*arcs") else words)]
            actor = ids[0]
            for group in ids[1:]:
                a, g = (actor, group) if actor <= actors else (group, actor)
                if a > actors or g <= actors:
                    raise PajekError(f"{path}:{number}: {actor}–{group} does not join an actor and a group")
                pairs.append((a, g))
        else:
            raise PajekError(f"{path}:{number}: data before `*Vertices`")
    if actors is None:
        raise PajekError(f"{path}: no `*Vertices N N1` line")
    return labels, actors, list(dict.fromkeys(pairs))


def write_dataset(labels, actors, pairs, folder):
    os.makedirs(folder, exist_ok=True)
    width = len(str(max(labels) if labels else 1))
    actor_id = lambda v: f"A{v:0{width}d}"  # noqa: E731
    group_id = lambda v: f"C{v:0{width}d}"  # noqa: E731
    groups = sorted({g for _, g in pairs})
    with open(os.path.join(folder, "actors.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "name", "kind"])
        for v in range(1, actors + 1):
            writer.writerow([actor_id(v), labels.get(v, actor_id(v)), "structure"])
    with open(os.path.join(folder, "cooperations.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "name"])
        for g in groups:
            writer.writerow([group_id(g), labels.get(g, group_id(g))])
    with open(os.path.join(folder, "memberships.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["cooperation", "actor"])
        for a, g in pairs:
            writer.writerow([group_id(g), actor_id(a)])
    return len(groups)


def sampling_figures(binary, dataset, work):
    """Maillage's sample size and vertex-diameter bound, unweighted and weighted."""
    figures = {}
    for weighted in (False, True):
        output = os.path.join(work, f"bounds-{weighted}.json")
        command = [binary, "centrality", dataset, "--measure", "betweenness", "--betweenness", "approximate",
                   "--epsilon", "0.01", "--delta", "0.1", "--seed", "1", "--format", "json", "-o", output, "--quiet"]
        if weighted:
            command.append("--weighted")
        _, _, status, _, err = bench.run_process(command, 600)
        if status != 0:
            figures[weighted] = None
            print(f"bounds ({'weighted' if weighted else 'unweighted'}): {err.strip()[-200:]}", flush=True)
            continue
        with open(output, encoding="utf-8") as f:
            parameters = json.load(f)["meta"]["parameters"]["betweenness"]
        figures[weighted] = (parameters["samples"], parameters["vertex_diameter_bound"])
    return figures


def convert(pajek, dataset):
    """`--convert PAJEK FOLDER`: writes the dataset, prints its actor, group and membership counts."""
    try:
        labels, actors, pairs = read_pajek_two_mode(pajek)
    except (OSError, PajekError) as error:
        sys.exit(str(error))
    groups = write_dataset(labels, actors, pairs, dataset)
    print(actors, groups, len(pairs))


def write_section(path, name, text):
    """Replaces (or appends) dataset `name`'s section of the file at `path`, between markers,
    keeping every other dataset's section: one file holds all the real datasets measured."""
    begin = f"<!-- real-data:{name}:begin (written by Benchmarks/real_data.py) -->"
    end = f"<!-- real-data:{name}:end -->"
    try:
        with open(path, encoding="utf-8") as f:
            current = f.read()
    except FileNotFoundError:
        current = ""
    section = f"{begin}\n{text.rstrip()}\n{end}\n"
    if begin in current and end in current:
        head, rest = current.split(begin, 1)
        updated = head + section + rest.split(end, 1)[1].lstrip("\n")
    else:
        updated = (current.rstrip() + "\n\n" if current.strip() else "") + section
    with open(path, "w", encoding="utf-8") as f:
        f.write(updated)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--convert":
        convert(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pajek", help="a two-mode Pajek file (e.g. porgat.txt, the Marvel Universe network)")
    parser.add_argument("--name", help="the dataset's name (default: the file's name)")
    parser.add_argument("--binary", help="a maillage executable to use instead of building one")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--leiden-seeds", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--output", default=os.path.join(HERE, "REAL-DATA.md"))
    args = parser.parse_args()
    name = args.name or os.path.splitext(os.path.basename(args.pajek))[0]
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        sys.exit(f"--name {name!r}: letters, digits, - and _ only")
    dataset = os.path.join(bench.DATA, f"real-{name}")
    # The conversion runs in its own process: a child's peak memory counts the parent's
    # pages copied at fork, so the parent must stay small.
    converted = subprocess.run([sys.executable, os.path.abspath(__file__), "--convert", args.pajek, dataset],
                               capture_output=True, text=True)
    if converted.returncode != 0:
        sys.exit(converted.stderr.strip() or "conversion failed")
    actors, groups, memberships = (int(x) for x in converted.stdout.split())
    described = f"{actors:,} actors, {groups:,} groups, {memberships:,} memberships (from `{os.path.basename(args.pajek)}`)"
    print(f"{name}: {described}", flush=True)

    binary = args.binary or bench.build_maillage()
    help_text = bench.maillage_help(binary)
    info = bench.machine()
    tools = [t for t in args.tools.split(",") if t]
    steps = [s for s in args.steps.split(",") if s]
    work = tempfile.mkdtemp(prefix="maillage-real-")
    peer_env = dict(os.environ, PYTHONPATH=bench.PEERS + os.pathsep + os.environ.get("PYTHONPATH", ""), OMP_WAIT_POLICY="passive")
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    results = {}
    for step in steps:
        row = results.setdefault(step, {})
        for tool in tools:
            row[tool] = bench.measure_cell(tool, step, dataset, binary, help_text, peer_env, work,
                                           args.leiden_seeds, args.timeout, name, name)
    ties = next((cell.get("ties") for row in results.values() for cell in row.values() if cell.get("ties")), None)

    outputs = {}
    if "maillage" in tools:
        for step in ("report", "render"):
            command, written = output_command(step, binary, dataset, os.path.join(work, "out"))
            seconds, memory, status, _, err = bench.run_process(command, args.timeout)
            outputs[step] = ({"seconds": seconds, "cpu": bench.run_process.cpu, "memory": memory,
                              "bytes": os.path.getsize(written) if os.path.exists(written) else None}
                             if status == 0 else {"error": "failed", "why": err.strip()[-200:]})
            print(f"{step}: {bench.fmt_time(outputs[step])}", flush=True)
        bounds = sampling_figures(binary, dataset, work)
    else:
        bounds = {}
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    shutil.rmtree(work, ignore_errors=True)

    lines = [f"## Benchmark on real data: {name}", "",
             f"Run {started} with `python3 Benchmarks/real_data.py {os.path.basename(args.pajek)} --name {name}` on: "
             f"{info['cpu']}, {info['cores']} cores, {info['memory']}, {info['os']}; {info['swift']}; "
             f"python-igraph {info['igraph']}, NetworKit {info['networkit']}; load average {load_before:.1f} before, {load_after:.1f} after. "
             "Whole processes as in RESULTS.md: CPU time (user + system over all threads), wall time in parentheses, "
             "peak resident memory; ratios on CPU time; Leiden rows are means over seeds 1–5.", "",
             f"Data: {described}" + (f", {ties:,} projected ties (count projection)." if ties else "."), "",
             "| step | " + " | ".join(tools) + " | " + " | ".join(f"Maillage / {t}" for t in tools if t != "maillage")
             + " | " + " | ".join(f"memory {t}" for t in tools) + " |",
             "|---" * (1 + len(tools) + len([t for t in tools if t != "maillage"]) + len(tools)) + "|"]
    for step in steps:
        row = results.get(step, {})
        mine = row.get("maillage")
        cells = [bench.fmt_time(row.get(t)) if not (row.get(t) or {}).get("error") == "not available" else "not available" for t in tools]
        ratios = [bench.ratio(bench.cpu_of(mine), bench.cpu_of(row.get(t))) for t in tools if t != "maillage"]
        memories = [bench.fmt_memory(row.get(t)) for t in tools]
        lines.append(f"| {bench.STEP_LABELS.get(step, step)} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " | " + " | ".join(memories) + " |")
    for step, title in (("leiden", "Leiden"), ("leiden3", "Leiden stopped after 3 iterations")):
        row = results.get(step, {})
        shown = [f"- {t}: mean {row[t]['modularity_mean']:.5f} (lowest {row[t]['modularity_min']:.5f}, highest {row[t]['modularity_max']:.5f})"
                 for t in tools if (row.get(t) or {}).get("modularity_mean") is not None]
        if shown:
            lines += ["", f"Modularity reached by {title}, seeds 1–{args.leiden_seeds}:", ""] + shown
    if bounds.get(False) and bounds.get(True):
        (r0, vd0), (r1, vd1) = bounds[False], bounds[True]
        lines += ["", f"Maillage's approximate betweenness (ε = 0.01, δ = 0.1): {r0:,} samples for a vertex-diameter bound of {vd0} "
                  f"unweighted, {r1:,} ({r1 / r0:.2f}×) for a bound of {vd1} weighted (length 1/weight)."]
    shown = [f"{step} {bench.fmt_time(cell)}, {bench.fmt_memory(cell)}"
             + (f", {cell['bytes'] / 1048576:.1f} MiB written" if cell.get("bytes") else "")
             for step, cell in outputs.items()]
    if shown:
        lines += ["", "Maillage's outputs on the same data: " + "; ".join(shown) + "."]
    lines.append("")
    write_section(args.output, name, "\n".join(lines))
    print(f"wrote the {name} section of {args.output}")


if __name__ == "__main__":
    main()
