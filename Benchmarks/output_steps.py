"""The output steps of the benchmark: `render`, `report`, `export` (GraphML), a table
written as an Excel workbook, the results workbook (`maillage workbook`) and the dataset in the template's
format (`maillage template --from`), as whole processes (time, peak memory, file size), the
report opened in headless Chromium (time from navigation to an interactive map,
JavaScript heap), and Graphviz's `sfdp` alone on the same two-mode graph the report's
layout runs on, as the floor to compare layout time with.

Used by run.py (`--steps render,report,browser,sfdp`); run alone
(`python3 Benchmarks/output_steps.py [--sizes 2000,20000,200000]`) it measures each step
under `/usr/bin/time -v` (CPU time, peak memory), adds a memberships-only dataset, and
writes its own section of RESULTS.md. Standard library only, plus
Tests/Browser/cdp.py for Chromium.
"""
import csv
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "Browser"))

OUTPUT_STEPS = ["render", "report", "browser", "sfdp", "export", "workbook", "results", "template"]
OUTPUT_LABELS = {
    "render": "`render` default view (SVG)",
    "report": "`report` (HTML)",
    "export": "`export` (GraphML: every measure, clusters, positions for Gephi)",
    "workbook": "`centrality --measure degree,pagerank --format xlsx` (one row per actor)",
    "results": "`workbook` (results workbook: every table of the analysis, one sheet each)",
    "template": "`template --from` (the dataset written back in the template's format, .xlsx, .ods and CSV)",
    "browser": "report in headless Chromium: load to interactive map",
    "sfdp": "Graphviz sfdp alone on the two-mode graph (layout floor, `sfdp -Tdot`)",
}


def output_command(step, binary, dataset, output):
    if step == "render":
        return [binary, "render", dataset, "-o", output + ".svg"], output + ".svg"
    if step == "report":
        return [binary, "report", dataset, "-o", output + ".html"], output + ".html"
    if step == "export":
        return [binary, "export", dataset, "-o", output + ".graphml"], output + ".graphml"
    if step == "workbook":
        return [binary, "centrality", dataset, "--measure", "degree,pagerank", "--format", "xlsx", "-o", output + ".xlsx"], output + ".xlsx"
    if step == "results":
        return [binary, "workbook", dataset, "-o", output + ".xlsx"], output + ".xlsx"
    if step == "template":
        # The file size given is the .xlsx's (the .ods and CSV files are written beside it).
        return ([binary, "template", output + "-template", "--from", dataset, "--quiet", "--force"],
                os.path.join(output + "-template", "modele-maillage.xlsx"))
    return None, None


def two_mode_dot(dataset, path):
    """The two-mode graph (one node per actor and per cooperation, one edge per
    membership) as plain DOT, as the report's layout sees it."""
    seen = set()
    with open(os.path.join(dataset, "memberships.csv"), newline="", encoding="utf-8-sig") as f, open(path, "w", encoding="utf-8") as out:
        out.write("graph g {\n  graph [start=1, overlap=true];\n  node [shape=point];\n")
        for row in csv.DictReader(f):
            key = (row["actor"], row["cooperation"])
            if key in seen:
                continue
            seen.add(key)
            out.write('  "a%s" -- "c%s";\n' % key)
        out.write("}\n")


def sfdp_command(dataset, work):
    sfdp = shutil.which("sfdp")
    if not sfdp:
        return None, "Graphviz's sfdp is not installed (apt-get install graphviz)"
    dot = os.path.join(work, "two-mode-%s.dot" % os.path.basename(dataset))
    if not os.path.exists(dot):
        two_mode_dot(dataset, dot)
    return [sfdp, "-Tdot", "-o", os.devnull, dot], None


def browser_figures(html, timeout=180):
    """The report opened in headless Chromium.

    `seconds`: from navigation start to the mark the page's script sets when its map is
    interactive (`performance.mark('maillage-map-interactive')`, the page's own clock),
    falling back to the wall time until `data-ready` for a page without the mark;
    `wall`: wall seconds until `data-ready` seen from here; `cpu`: the renderer's main
    thread busy time (CDP `Performance.getMetrics` TaskDuration, seconds), the figure to
    quote on a loaded machine; `memory`: the JavaScript heap in MiB."""
    from cdp import Browser
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        return {"error": "not available", "why": "chromium is not installed"}
    browser = Browser(chromium, width=1280, height=900, timeout=timeout)
    try:
        for domain in ["Page", "Runtime", "Performance"]:
            browser.call(domain + ".enable")
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        start = time.perf_counter()
        browser.navigate("file://" + os.path.abspath(html))
        ready = browser.wait_until("!!document.documentElement && document.documentElement.getAttribute('data-ready') === 'true'", timeout=timeout)
        wall = time.perf_counter() - start
        if not ready:
            return {"error": "timeout", "why": "report not interactive within %d s" % timeout}
        mark = browser.evaluate("(function () { var e = performance.getEntriesByName('maillage-map-interactive'); return e.length ? e[0].startTime : null; }())")
        heap = browser.evaluate("performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null")
        metrics = {m["name"]: m["value"] for m in browser.call("Performance.getMetrics").get("metrics", [])}
        errors = [e for e in browser.events if e["method"] == "Runtime.exceptionThrown"]
        cell = {"seconds": mark / 1000 if mark is not None else wall, "wall": wall, "memory": heap or 0.0,
                "cpu": metrics.get("TaskDuration"), "script": metrics.get("ScriptDuration")}
        if errors:
            cell["why"] = "script error: %s" % errors[0]["params"].get("exceptionDetails", {}).get("text")
        return cell
    finally:
        browser.close()


# --- standalone run: its own table in RESULTS.md ---------------------------------------

SECTION_BEGIN = "<!-- output-steps:begin (written by Benchmarks/output_steps.py) -->"
SECTION_END = "<!-- output-steps:end -->"
TARGETS = {("report", 2000): "≤ 5 s", ("report", 20000): "≤ 30 s, ≤ 2 GiB, ≤ 30 MB", ("report", 200000): "≤ 90 s, ≤ 4 GiB",
           ("render", 2000): "≤ 10 s", ("render", 20000): "≤ 60 s", ("browser", 20000): "≤ 3 s"}


def timed(command):
    """Runs `command` under /usr/bin/time -v: CPU seconds (user + system), wall seconds,
    peak resident memory in MiB and the exit status."""
    import re
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        process = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        text = open(report.name).read()
    def number(label):
        found = re.search(re.escape(label) + r"[^:]*:\s*([0-9.]+)", text)
        return float(found.group(1)) if found else 0.0
    return {"cpu": number("User time") + number("System time"), "wall": wall,
            "memory": number("Maximum resident set size") / 1024, "status": process.returncode,
            "stderr": process.stderr[-400:]}


def memberships_only(binary, work):
    """A dataset given only as memberships (~4,700 actors, ~2,600 cooperations): a
    synthetic one without its actors, cooperations and territories."""
    import subprocess
    folder = os.path.join(work, "memberships-only")
    if not os.path.exists(os.path.join(folder, "memberships.csv")):
        full = os.path.join(work, "synth-4700-seed3")
        if not os.path.exists(full):
            subprocess.run([binary, "synth", "--actors", "4700", "--seed", "3", "-o", full], check=True, stderr=subprocess.DEVNULL)
        os.makedirs(folder, exist_ok=True)
        shutil.copy(os.path.join(full, "memberships.csv"), folder)
    return folder


def fmt_size(path):
    if not path or not os.path.exists(path):
        return "–"
    size = os.path.getsize(path)
    return "%.1f MB" % (size / 1e6) if size >= 1e6 else "%.0f kB" % (size / 1e3)


def main(argv=None):
    import argparse
    import datetime
    import subprocess
    parser = argparse.ArgumentParser(description="render, report, report in Chromium and sfdp at several sizes; writes its section of RESULTS.md")
    parser.add_argument("--binary", default=os.path.join(os.path.dirname(HERE), ".build", "release", "maillage"))
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "maillage-output-steps"))
    parser.add_argument("--sizes", default="2000,20000,200000")
    parser.add_argument("--no-memberships-only", action="store_true")
    parser.add_argument("--generators", default="synth,indep,survey",
                        help="synth (maillage synth), indep (Benchmarks/independent_generator.py; "
                             "Benchmarks/data/indep-N is reused when run.py made it) and/or survey "
                             "(Benchmarks/survey_generator.py: a form's export, up to 20,000 answers)")
    parser.add_argument("--steps", default="render,report,browser,sfdp,export,workbook,results,template")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    args = parser.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    steps = args.steps.split(",")
    datasets = []
    generators = [g for g in args.generators.split(",") if g]
    for size in [int(x) for x in args.sizes.split(",") if x]:
        shown = format(size, ",").replace(",", " ")
        if "synth" in generators:
            folder = os.path.join(args.work, "synth-%d" % size)
            if not os.path.exists(os.path.join(folder, "memberships.csv")):
                subprocess.run([args.binary, "synth", "--actors", str(size), "--seed", "1", "-o", folder], check=True, stderr=subprocess.DEVNULL)
            datasets.append(("synthetic %s actors" % shown, size, folder))
        if "indep" in generators:
            folder = os.path.join(HERE, "data", "indep-%d" % size)
            if not os.path.exists(os.path.join(folder, "memberships.csv")):
                folder = os.path.join(args.work, "indep-%d" % size)
            if not os.path.exists(os.path.join(folder, "memberships.csv")):
                subprocess.run([sys.executable, os.path.join(HERE, "independent_generator.py"), "--actors", str(size), "--seed", "1",
                                "-o", folder], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            datasets.append(("independent generator %s actors" % shown, size, folder))
        if "survey" in generators and size <= 20000:
            path = os.path.join(args.work, "survey-%d" % size, "reponses-%d.csv" % size)
            if not os.path.exists(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                subprocess.run([sys.executable, os.path.join(HERE, "survey_generator.py"), "--answers", str(size), "--seed", "1",
                                "-o", path], check=True)
            datasets.append(("survey export %s answers" % shown, size, path))
    if not args.no_memberships_only:
        datasets.append(("memberships only (synthetic 4 700 actors, 2 585 cooperations)", 4700, memberships_only(args.binary, args.work)))
    rows = []
    load_before = open("/proc/loadavg").read().split()[:3]
    for label, size, folder in datasets:
        html = None
        for step in ["render", "report", "sfdp", "browser", "export", "workbook", "results", "template"]:
            if step not in steps:
                continue
            output = os.path.join(args.work, "%s-%s" % (os.path.basename(folder), step))
            if step == "browser":
                if not html or not os.path.exists(html):
                    continue
                if size >= 200000 and os.path.getsize(html) > 200e6:
                    rows.append((label, step, "skipped: page over 200 MB", "", "", "", ""))
                    continue
                cell = browser_figures(html)
                if "error" in cell:
                    rows.append((label, step, cell.get("why", cell["error"]), "", "", "", ""))
                    continue
                rows.append((label, "report in headless Chromium: navigation to interactive map (page's own mark)",
                             "%.2f s" % cell["seconds"], "%.1f s renderer main thread" % cell["cpu"] if cell.get("cpu") else "–",
                             "%.0f MiB JS heap" % cell["memory"], "", TARGETS.get((step, size), "")))
                print(rows[-1], flush=True)
                continue
            if step == "sfdp":
                if size >= 200000 or not os.path.isdir(folder):
                    continue  # sfdp alone takes far longer than the targets at this size; a survey file has no memberships.csv
                command, why = sfdp_command(folder, args.work)
                written = None
                if command is None:
                    rows.append((label, step, why, "", "", "", ""))
                    continue
                name = OUTPUT_LABELS["sfdp"]
            else:
                command, written = output_command(step, args.binary, folder, output)
                name = OUTPUT_LABELS[step]
            figures = timed(command)
            if step == "report":
                html = written
            status = "" if figures["status"] == 0 else " (exit %d: %s)" % (figures["status"], figures["stderr"].strip().splitlines()[-1:] )
            rows.append((label, name + status, "%.1f s" % figures["wall"], "%.1f s" % figures["cpu"], "%.0f MiB" % figures["memory"],
                         fmt_size(written), TARGETS.get((step, size), "")))
            print(rows[-1], flush=True)
    load_after = open("/proc/loadavg").read().split()[:3]
    lines = [SECTION_BEGIN, "## Output steps: render, report, the report in Chromium, export, workbook", "",
             "Measured %s UTC by `python3 Benchmarks/output_steps.py` on the release build (`swift build -c release`), "
             "%d cores; load average %s before, %s after (the machine is shared: CPU time is the figure to compare, "
             "wall time includes waiting for a core)." % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), os.cpu_count() or 0,
                                                         " ".join(load_before), " ".join(load_after)), "",
             "| dataset | step | wall | CPU | peak memory | file | target |", "|---|---|---|---|---|---|---|"]
    lines += ["| %s |" % " | ".join(row) for row in rows]
    lines += ["", "`render` draws the default view (clusters above 300 actors); `report` writes the canvas map above 300 actors and "
              "opens on the clusters over 60,000 actors; Chromium's time is from navigation start to the mark the page's script "
              "sets once the map is drawn and answers (hover, click, search), read from the page's Performance timeline; "
              "sfdp lays out the two-mode graph alone (`sfdp -Tdot`), the floor to compare the layout with; "
              "`export` computes every measure, the clusters and a layout before writing (most of its time at 200,000 actors); "
              "the workbook is the CSV table as a one-sheet Excel file, numbers as numeric cells; the results workbook (`maillage workbook`) "
              "computes every measure, the hubs, clusters, territories, brokerage test and suggestions and writes one sheet per table; "
              "`template --from` loads the dataset and writes it back in the template's format (workbook as .xlsx and .ods, and CSV files).", SECTION_END]
    text = open(args.results).read() if os.path.exists(args.results) else ""
    section = "\n".join(lines) + "\n"
    if SECTION_BEGIN in text and SECTION_END in text:
        head, rest = text.split(SECTION_BEGIN, 1)
        text = head + section + rest.split(SECTION_END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(args.results, "w") as out:
        out.write(text)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
