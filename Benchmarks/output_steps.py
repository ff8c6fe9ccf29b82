"""The output steps of the benchmark: `render` and `report` as whole processes (time,
peak memory, file size), the report opened in headless Chromium (time from navigation
to an interactive map, JavaScript heap), and Graphviz's `sfdp` alone on the same
two-mode graph the report's layout runs on, as the floor to compare layout time with.

Used by run.py (`--steps render,report,browser,sfdp`); standard library only, plus
Tests/Browser/cdp.py for Chromium.
"""
import csv
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "Browser"))

OUTPUT_STEPS = ["render", "report", "browser", "sfdp"]
OUTPUT_LABELS = {
    "render": "`render` default view (SVG)",
    "report": "`report` (HTML)",
    "browser": "report in headless Chromium: load to interactive map",
    "sfdp": "Graphviz sfdp alone on the two-mode graph (layout floor, `sfdp -Tdot`)",
}


def output_command(step, binary, dataset, output):
    if step == "render":
        return [binary, "render", dataset, "-o", output + ".svg"], output + ".svg"
    if step == "report":
        return [binary, "report", dataset, "-o", output + ".html"], output + ".html"
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


def browser_figures(html, timeout=120):
    """Seconds from navigation to `data-ready` (map drawn, script done) and the JS heap in MiB."""
    from cdp import Browser
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        return {"error": "not available", "why": "chromium is not installed"}
    browser = Browser(chromium, width=1280, height=900, timeout=timeout)
    try:
        for domain in ["Page", "Runtime"]:
            browser.call(domain + ".enable")
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        start = time.perf_counter()
        browser.navigate("file://" + os.path.abspath(html))
        ready = browser.wait_until("!!document.documentElement && document.documentElement.getAttribute('data-ready') === 'true'", timeout=timeout)
        seconds = time.perf_counter() - start
        if not ready:
            return {"error": "timeout", "why": "report not interactive within %d s" % timeout}
        heap = browser.evaluate("performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null")
        errors = [e for e in browser.events if e["method"] == "Runtime.exceptionThrown"]
        cell = {"seconds": seconds, "memory": heap or 0.0}
        if errors:
            cell["why"] = "script error: %s" % errors[0]["params"].get("exceptionDetails", {}).get("text")
        return cell
    finally:
        browser.close()
