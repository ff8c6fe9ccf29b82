#!/usr/bin/env python3
"""Opens `maillage report` pages in headless Chromium and checks them as a reader would.

For the bundled Pas-de-Calais dataset (French and English) and for the hostile-names
dataset, it checks that:
- the page loads with no console message of level error or warning, no uncaught
  exception, no Content-Security-Policy violation and no request other than the file;
- the map and the tables are there, with one node per actor that has a tie and one
  row per actor, cooperation and hub;
- a real mouse click on an actor marks that actor and exactly its partners, and
  lights exactly its ties, where partners are computed here from memberships.csv
  (two actors are partners when they share a cooperation);
- hovering shows the actor's card, the search box finds an actor (accents ignored)
  and Enter selects it, a click on a column header sorts the table, Escape clears;
- printing gives A4 pages;
- on a synthetic 2,000-actor network (and 20,000 with --large), drawn on a canvas: no
  console error, the map opens on the clusters overview and its caption says why,
  hovering a cluster shows its card and a click opens it (focus view), the Actors button
  shows every actor, hovering the main hub shows its card, a click selects it and lists
  its partners, search and Enter from the clusters overview select an actor and show it
  on the actors view, the actors table is paged;
- on the hostile dataset no payload runs: alert/confirm/prompt are never called, no
  dialog opens, the title does not change, no <img>, <b> or event-handler attribute
  exists, and the payloads are shown as text.

Screenshots and the printed PDF go to --out. Standard library only.

Usage: report_browser_test.py --maillage PATH [--chromium PATH] [--out DIR]
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
from pathlib import Path

sys.dont_write_bytecode = True  # keep the tree clean: no __pycache__ beside the tests
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdp import Browser, CDPError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "Datasets" / "pas-de-calais-2015"
HOSTILE = ROOT / "Tests" / "Fixtures" / "hostile-names"

# Installed before any page script: records what a payload would call.
INSTRUMENT = r"""
window.__pwned = [];
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function () { window.__pwned.push(name + '(' + Array.prototype.join.call(arguments, ',') + ')'); };
});
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
"""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, condition, what, detail=""):
        if condition:
            self.passed += 1
            print("  ok   " + what)
        else:
            self.failed.append(what)
            print("  FAIL " + what + (": " + str(detail) if detail != "" else ""))
        return condition


def svg_id(text, prefix):
    """DOTEncoder.svgID: ASCII letters, digits, - and _ kept; any other scalar as .hex."""
    out = prefix
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "-_"):
            out += ch
        else:
            out += "." + format(ord(ch), "x") + "."
    return out


def read_dataset(folder):
    """Actors (id → name) and partners (id → set of ids) straight from the CSV files, with the
    dataset's aliases table (alias → id) applied as the loader applies it."""
    aliases = {}
    aliases_csv = folder / "aliases.csv"
    if aliases_csv.exists():
        with open(aliases_csv, newline="", encoding="utf-8-sig") as f:
            aliases = {row["alias"]: row["id"] for row in csv.DictReader(f)}
    names = {}
    actors_csv = folder / "actors.csv"
    if actors_csv.exists():
        with open(actors_csv, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                names[row["id"]] = row.get("name") or row["id"]
    members = {}
    with open(folder / "memberships.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            actor = aliases.get(row["actor"], row["actor"])
            members.setdefault(row["cooperation"], set()).add(actor)
            names.setdefault(actor, actor)
    partners = {a: set() for a in names}
    for group in members.values():
        for a in group:
            partners[a] |= group - {a}
    cooperations = 0
    with open(folder / "cooperations.csv", newline="", encoding="utf-8-sig") as f:
        cooperations = sum(1 for _ in csv.DictReader(f))
    return names, partners, cooperations


def make_report(maillage, dataset, path, lang, timeout=120):
    args = [maillage, "report"] + ([str(dataset)] if dataset else []) + ["-o", str(path), "--lang", lang]
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit("maillage report failed: %s\n%s" % (" ".join(args), result.stderr))


def open_page(browser, path):
    browser.events.clear()
    browser.navigate(path.resolve().as_uri())
    ready = browser.wait_until("document.documentElement.getAttribute('data-ready') === 'true'")
    browser.drain(0.3)
    return ready


def page_problems(browser, page_url):
    """Console errors and warnings, exceptions, log errors and requests other than the page."""
    problems = []
    for event in browser.events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            problems.append("console %s: %s" % (params["type"], [a.get("value", a.get("description")) for a in params.get("args", [])]))
        elif method == "Runtime.exceptionThrown":
            problems.append("exception: %s" % params.get("exceptionDetails", {}).get("text"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            problems.append("log %s: %s" % (params["entry"]["level"], params["entry"].get("text")))
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if url != page_url and not url.startswith("data:"):
                problems.append("request: " + url)
        elif method == "Page.javascriptDialogOpening":
            problems.append("dialog: " + params.get("message", ""))
    return problems


def node_center(browser, element_id):
    """Scrolls the node into view and returns the centre of its shape, and whether a
    click there lands on the node (nothing drawn over it)."""
    return browser.evaluate("""(function () {
      var g = document.getElementById(%s);
      if (!g) { return null; }
      g.scrollIntoView({block: 'center', inline: 'center'});
      var shape = g.querySelector('polygon, ellipse, path') || g;
      var r = shape.getBoundingClientRect();
      var x = r.left + r.width / 2, y = r.top + r.height / 2;
      var hit = document.elementFromPoint(x, y);
      return {x: x, y: y, hits: !!(hit && hit.closest && hit.closest('g.actor') === g)};
    })()""" % json.dumps(element_id))


def marked(browser):
    return browser.evaluate("""({
      selected: Array.from(document.querySelectorAll('#map g.actor.is-selected')).map(function (g) { return g.id; }),
      partners: Array.from(document.querySelectorAll('#map g.actor.is-partner')).map(function (g) { return g.id; }),
      lit: Array.from(document.querySelectorAll('#map g.tie.is-lit')).map(function (g) { return g.id; }),
      focus: document.querySelector('#map svg').classList.contains('focus'),
      panel: (document.querySelector('#panel h3') || {}).textContent || null
    })""")


def click_actor(browser, checks, actor_id):
    node = "actor-" + svg_id(actor_id, "")
    where = node_center(browser, node)
    if not checks.check(where is not None, "node %s is on the map" % node):
        return False
    if where["hits"]:
        browser.click(where["x"], where["y"])
    else:  # another node is drawn over this one's centre: click it by script
        browser.evaluate("document.getElementById(%s).dispatchEvent(new MouseEvent('click', {bubbles: true}))" % json.dumps(node))
    return True


def check_selection(browser, checks, actor_id, names, partners, label):
    node = "actor-" + svg_id(actor_id, "")
    state = marked(browser)
    expected_partners = {"actor-" + svg_id(p, "") for p in partners[actor_id]}
    checks.check(state["selected"] == [node], "%s: click marks %s only as selected" % (label, actor_id), state["selected"])
    checks.check(set(state["partners"]) == expected_partners,
                 "%s: click marks exactly the %d partners from memberships.csv" % (label, len(expected_partners)),
                 sorted(set(state["partners"]) ^ expected_partners))
    key = svg_id(actor_id, "")
    lit_ok = len(state["lit"]) == len(expected_partners) and all(
        t.startswith("tie-" + key + "--") or t.endswith("--" + key) for t in state["lit"])
    checks.check(lit_ok, "%s: click lights exactly its %d ties" % (label, len(expected_partners)), state["lit"][:5])
    checks.check(state["panel"] == names[actor_id], "%s: the panel names the actor" % label, state["panel"])


def check_bundled(browser, checks, path, lang, out):
    names, partners, cooperations = read_dataset(BUNDLED)
    tied = [a for a in names if partners[a]]
    ties = sum(len(p) for p in partners.values()) // 2
    print("%s (%s)" % (path.name, lang))
    checks.check(open_page(browser, path), "%s: the page's script ran" % lang)
    problems = page_problems(browser, path.resolve().as_uri())
    checks.check(not problems, "%s: no console error, exception or request" % lang, problems)
    checks.check(browser.evaluate("window.__csp.length + window.__errors.length") == 0, "%s: no CSP violation or error event" % lang,
                 browser.evaluate("window.__csp.concat(window.__errors)"))
    title = browser.evaluate("document.title")
    expected_title = ("Réseau de coopération — " if lang == "fr" else "Cooperation network — ") + "pas-de-calais-2015"
    checks.check(title == expected_title, "%s: title" % lang, title)
    checks.check(browser.evaluate("document.documentElement.lang") == lang, "%s: lang attribute" % lang)

    counts = browser.evaluate("""({
      actors: document.querySelectorAll('#map svg g.actor').length,
      ties: document.querySelectorAll('#map svg g.tie').length,
      hubs: document.querySelectorAll('#table-hubs tbody tr').length,
      clusters: document.querySelectorAll('#table-groupes tbody tr').length,
      territories: document.querySelectorAll('#table-territoires tbody tr').length,
      cooperations: document.querySelectorAll('#table-cooperations tbody tr').length,
      actorRows: document.querySelectorAll('#table-acteurs tbody tr').length,
      sortable: document.querySelectorAll('table.sortable th button').length,
      svgWidth: document.querySelector('#map svg').getBoundingClientRect().width
    })""")
    checks.check(counts["actors"] == len(tied), "%s: one map node per actor with a partner (%d)" % (lang, len(tied)), counts["actors"])
    checks.check(counts["ties"] == ties, "%s: one map tie per pair sharing a cooperation (%d)" % (lang, ties), counts["ties"])
    checks.check(counts["hubs"] == 10, "%s: 10 facilitator hubs" % lang, counts["hubs"])
    checks.check(counts["clusters"] >= 2, "%s: clusters table" % lang, counts["clusters"])
    checks.check(counts["territories"] >= 2, "%s: territories table" % lang, counts["territories"])
    checks.check(counts["cooperations"] == cooperations, "%s: one row per cooperation (%d)" % (lang, cooperations), counts["cooperations"])
    checks.check(counts["actorRows"] == len(names), "%s: one row per actor (%d)" % (lang, len(names)), counts["actorRows"])
    checks.check(counts["svgWidth"] > 400, "%s: the map is drawn at a readable width" % lang, counts["svgWidth"])

    browser.call("Page.captureScreenshot", {"format": "png"})  # settle layout
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    (out / ("report-%s-full.png" % lang)).write_bytes(__import__("base64").b64decode(shot["data"]))

    # Clicks: the best-connected actor, a broker, and a small one.
    chosen = ["apes", "dla", "addse"] if lang == "fr" else ["apes"]
    for actor in chosen:
        if click_actor(browser, checks, actor):
            check_selection(browser, checks, actor, names, partners, lang)
    if lang == "fr":
        shot = browser.call("Page.captureScreenshot", {"format": "png"})
        (out / "report-fr-selection.png").write_bytes(__import__("base64").b64decode(shot["data"]))

    # Hover: the card names the actor under the pointer.
    where = node_center(browser, "actor-" + svg_id("cigales", ""))
    browser.mouse("mouseMoved", where["x"], where["y"])
    tip = browser.evaluate("({hidden: document.getElementById('tip').hidden, name: (document.querySelector('#tip strong') || {}).textContent})")
    checks.check(not tip["hidden"] and tip["name"] == names["cigales"], "%s: hovering shows the actor's card" % lang, tip)
    if lang == "fr":
        shot = browser.call("Page.captureScreenshot", {"format": "png"})
        (out / "report-fr-hover.png").write_bytes(__import__("base64").b64decode(shot["data"]))

    # Escape clears the marks.
    browser.key("Escape", key_code=27)
    state = marked(browser)
    checks.check(not state["selected"] and not state["partners"] and not state["focus"], "%s: Escape clears the highlight" % lang, state)

    # Search: accents and case ignored; Enter selects the first match.
    browser.evaluate("document.getElementById('search').scrollIntoView({block: 'center'}); document.getElementById('search').focus()")
    browser.type_text("departement du pas")
    found = browser.evaluate("Array.from(document.querySelectorAll('#search-results button')).map(function (b) { return b.textContent; })")
    checks.check(any(f.startswith(names["departement-62"]) for f in found), "%s: search finds an actor, accents ignored" % lang, found)
    browser.key("Enter", key_code=13)
    state = marked(browser)
    checks.check(state["selected"] == ["actor-departement-62"] and state["panel"] == names["departement-62"],
                 "%s: Enter in the search box selects the actor" % lang, state["selected"])
    check_selection(browser, checks, "departement-62", names, partners, lang + " (search)")

    # A partner in the panel is a link to that partner.
    first = sorted(partners["departement-62"], key=lambda a: names[a])[0]
    browser.evaluate("document.querySelector('#panel button[data-actor]').click()")
    checks.check(marked(browser)["panel"] is not None, "%s: a partner in the panel can be followed" % lang)

    # Sorting: the actors column of the territories table, up then down.
    def column(table, index):
        return browser.evaluate("""Array.from(document.querySelectorAll('#%s tbody tr')).map(function (r) {
            var c = r.cells[%d]; return Number(c.getAttribute('data-sort')); })""" % (table, index))
    header = "document.querySelectorAll('#table-territoires thead th button')[1].click()"
    browser.evaluate(header)
    up = column("table-territoires", 1)
    browser.evaluate(header)
    down = column("table-territoires", 1)
    checks.check(up == sorted(up) and down == sorted(down, reverse=True) and up != down or len(set(up)) == 1,
                 "%s: a click on a column header sorts up, then down" % lang, (up, down))
    browser.evaluate("document.querySelectorAll('#table-acteurs thead th button')[0].click()")
    shown = browser.evaluate("Array.from(document.querySelectorAll('#table-acteurs tbody tr')).map(function (r) { return r.cells[0].textContent; })")
    collated = browser.evaluate("(function (a) { var c = new Intl.Collator(%s, {numeric: true, sensitivity: 'base'}); return a.slice().sort(c.compare); })(%s)"
                                % (json.dumps(lang), json.dumps(shown)))
    checks.check(shown == collated, "%s: text columns sort alphabetically" % lang)

    problems = page_problems(browser, path.resolve().as_uri())
    checks.check(not problems, "%s: still no console error after interacting" % lang, problems)

    # Print: A4 pages.
    pdf = browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}, timeout=60)
    data = __import__("base64").b64decode(pdf["data"])
    (out / ("report-%s.pdf" % lang)).write_bytes(data)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    a4 = boxes and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes)
    checks.check(data.startswith(b"%PDF") and a4, "%s: prints on A4 (%d pages)" % (lang, len(boxes)), boxes[:2])


def check_hostile(browser, checks, path, out):
    names, partners, _ = read_dataset(HOSTILE)
    print("%s (hostile names)" % path.name)
    checks.check(open_page(browser, path), "hostile: the page's script ran")
    title = "Réseau de coopération — hostile-names"
    checks.check(browser.evaluate("document.title") == title, "hostile: title as expected")

    def inert(stage):
        state = browser.evaluate("""({
          pwned: window.__pwned, csp: window.__csp, errors: window.__errors, title: document.title,
          imgs: document.querySelectorAll('img').length, bolds: document.querySelectorAll('b').length,
          scripts: document.scripts.length,
          handlers: Array.from(document.querySelectorAll('*')).filter(function (e) {
            return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length,
          javascriptLinks: Array.from(document.querySelectorAll('[href]')).filter(function (e) {
            return /^\\s*javascript:/i.test(e.getAttribute('href')); }).length
        })""")
        problems = page_problems(browser, path.resolve().as_uri())
        ok = (not state["pwned"] and not state["csp"] and not state["errors"] and state["title"] == title and state["imgs"] == 0
              and state["bolds"] == 0 and state["scripts"] == 2 and state["handlers"] == 0 and state["javascriptLinks"] == 0 and not problems)
        checks.check(ok, "hostile: no payload ran %s" % stage, {"state": state, "problems": problems})

    inert("on load")
    text = browser.evaluate("document.body.textContent")
    for actor in ["s<script>", "html", "q1", "ent", "back", "emoji", "rtl"]:
        checks.check(names[actor] in text, "hostile: the name of %s is shown as text" % actor, names[actor])
    checks.check("Coop <img src=x onerror=alert(4)>" in text, "hostile: the cooperation name is shown as text")
    checks.check("</script><script>alert(5)</script>" in text, "hostile: the cooperation summary is shown as text")

    # Hover over and click every node, hover over every name in the tables.
    nodes = browser.evaluate("Array.from(document.querySelectorAll('#map g.actor')).map(function (g) { return g.id; })")
    checks.check(len(nodes) == sum(1 for a in names if partners[a]), "hostile: every tied actor is on the map", nodes)
    for node in nodes:
        where = node_center(browser, node)
        browser.mouse("mouseMoved", where["x"], where["y"])
        browser.click(where["x"], where["y"])
    for actor in ["s<script>", "html"]:
        click_actor(browser, checks, actor)
        check_selection(browser, checks, actor, names, partners, "hostile")
    buttons = browser.evaluate("""Array.from(document.querySelectorAll('.actor-link, .coop-link')).slice(0, 40).map(function (b) {
        b.scrollIntoView({block: 'center'}); var r = b.getBoundingClientRect(); return [r.left + 3, r.top + r.height / 2]; })""")
    for x, y in buttons[:12]:
        browser.mouse("mouseMoved", x, y)
    browser.evaluate("document.getElementById('search').scrollIntoView({block: 'center'}); document.getElementById('search').focus()")
    browser.type_text("<script>")
    found = browser.evaluate("Array.from(document.querySelectorAll('#search-results button')).map(function (b) { return b.textContent; })")
    checks.check(any(f.startswith(names["s<script>"]) for f in found), "hostile: search finds '<script>' as text", found)
    browser.key("Enter", key_code=13)
    website_links = browser.evaluate("Array.from(document.querySelectorAll('#panel a')).map(function (a) { return a.getAttribute('href'); })")
    checks.check(not website_links, "hostile: a javascript: website is never a link", website_links)
    browser.drain(0.3)
    inert("after hovering, clicking and searching")
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    (out / "report-hostile-full.png").write_bytes(__import__("base64").b64decode(shot["data"]))


def check_canvas(browser, checks, path, label, out):
    """A synthetic network above the labelled-map size: the canvas map opens on its clusters
    overview; a cluster opens, the actors view is one click away, search shows an actor."""
    print("%s (%s, canvas map)" % (path.name, label))
    started = time.monotonic()
    checks.check(open_page(browser, path), "%s: the page's script ran" % label)
    ready = time.monotonic() - started
    print("       interactive %.2f s after navigation" % ready)
    problems = page_problems(browser, path.resolve().as_uri())
    checks.check(not problems, "%s: no console error, exception or request" % label, problems[:5])
    info = browser.evaluate("""(function () {
      var data = JSON.parse(document.getElementById('report-data').textContent);
      var hub = -1;
      var degree = data.actors.degree, name = data.actors.name;
      degree.forEach(function (d, i) { if (data.map.x[i] !== null && (hub < 0 || d > degree[hub])) { hub = i; } });
      var other = -1;
      degree.forEach(function (d, i) { if (other < 0 && i !== hub && d > 0 && name[i] !== name[hub]) { other = i; } });
      return {canvas: !!document.querySelector('#map canvas'), drawn: window.__maillageMap.drawn(), hub: hub, hubName: name[hub],
              hubDegree: degree[hub], other: other, otherName: name[other], view: window.__maillageMap.view()};
    })()""")
    checks.check(info["canvas"] and info["drawn"] > 0, "%s: the canvas map draws %d actors" % (label, info["drawn"]), info)
    # Above the labelled size every actor at once is a hairball: the map opens on the
    # clusters, and its caption says why.
    caption = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#carte .legend .note'), function (p) { return p.textContent; }).join(' ')")
    pressed = browser.evaluate("(document.querySelector('button.view[aria-pressed=true]') || {}).textContent || null")
    checks.check(info["view"] == "clusters" and pressed == "Groupes", "%s: the canvas map opens on the clusters overview" % label, (info["view"], pressed))
    checks.check("s'ouvre donc sur les groupes" in caption and "300" in caption, "%s: the map's caption states the rule" % label, caption[:300])
    browser.evaluate("document.getElementById('carte').scrollIntoView()")
    time.sleep(0.2)
    shot = browser.call("Page.captureScreenshot", {"format": "png"})
    (out / ("report-%s-opening.png" % label)).write_bytes(__import__("base64").b64decode(shot["data"]))

    # Hovering a cluster's disc shows its card; a click opens it (focus view).
    g = browser.evaluate("window.__maillageMap.groupPoint(0)")
    browser.mouse("mouseMoved", g["x"], g["y"])
    time.sleep(0.2)
    tip = browser.evaluate("(function () { var t = document.getElementById('tip'); return t.hidden ? null : t.textContent; })()")
    checks.check(tip is not None and tip.startswith("Groupe "), "%s: hovering the largest cluster shows its card" % label, tip)
    browser.click(g["x"], g["y"])
    time.sleep(0.3)
    focus = browser.evaluate("({focus: window.__maillageMap.focus(), view: window.__maillageMap.view(), bar: !document.getElementById('focus').hidden,"
                             " text: document.getElementById('focus-text').textContent})")
    checks.check(focus["focus"] == {"type": "cluster", "index": 0} and focus["view"] == "actors" and focus["bar"],
                 "%s: a click on a cluster opens it (focus view)" % label, focus)
    shot = browser.call("Page.captureScreenshot", {"format": "png"})
    (out / ("report-%s-focus.png" % label)).write_bytes(__import__("base64").b64decode(shot["data"]))
    browser.evaluate("document.getElementById('focus-clear').click()")

    # The actors view, one click away: hover and click the main hub.
    browser.evaluate("document.querySelector('button[data-view=clusters]').click();"
                     " document.querySelector('button[data-view=actors]').click(); document.getElementById('carte').scrollIntoView()")
    time.sleep(0.3)
    checks.check(browser.evaluate("window.__maillageMap.view()") == "actors" and browser.evaluate("window.__maillageMap.focus()") is None,
                 "%s: the Actors button shows the whole network's actors" % label)

    def point(i):
        return browser.evaluate("window.__maillageMap.point(%d)" % i)

    p = point(info["hub"])
    browser.mouse("mouseMoved", p["x"], p["y"])
    time.sleep(0.2)
    tip = browser.evaluate("(function () { var t = document.getElementById('tip'); return t.hidden ? null : t.textContent; })()")
    checks.check(tip is not None and tip.startswith(info["hubName"]), "%s: hovering the main hub shows its card" % label, tip)
    browser.click(p["x"], p["y"])
    time.sleep(0.2)
    state = browser.evaluate("({selected: window.__maillageMap.selected(), panel: (document.querySelector('#panel h3') || {}).textContent || null,"
                             " partners: document.querySelectorAll('#panel ul')[1] ? document.querySelectorAll('#panel h4')[1].textContent : null})")
    checks.check(state["selected"] == info["hub"] and state["panel"] == info["hubName"], "%s: a click selects the hub and names it in the panel" % label, state)
    checks.check(state["partners"] is not None and ("(%d)" % info["hubDegree"]) in state["partners"],
                 "%s: the panel lists its %d partners" % (label, info["hubDegree"]), state["partners"])
    shot = browser.call("Page.captureScreenshot", {"format": "png"})
    (out / ("report-%s-selected.png" % label)).write_bytes(__import__("base64").b64decode(shot["data"]))
    browser.key("Escape", key_code=27)

    # Search from the clusters overview: the actor found is selected, on the actors view.
    browser.evaluate("document.querySelector('button[data-view=clusters]').click()")
    browser.evaluate("document.getElementById('search').scrollIntoView({block: 'center'}); document.getElementById('search').focus()")
    browser.type_text(info["otherName"])
    time.sleep(0.2)
    browser.key("Enter", key_code=13)
    time.sleep(0.2)
    selected = browser.evaluate("window.__maillageMap.selected()")
    chosen = browser.evaluate("JSON.parse(document.getElementById('report-data').textContent).actors.name[window.__maillageMap.selected()] || null")
    checks.check(selected >= 0 and chosen is not None and chosen.startswith(info["otherName"][:3]),
                 "%s: search and Enter select an actor" % label, (selected, chosen, info["otherName"]))
    shown = browser.evaluate("(function (i) { var p = window.__maillageMap.point(i), r = document.getElementById('map-canvas').getBoundingClientRect();"
                             " return {view: window.__maillageMap.view(), visible: !!p && p.visible && p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom}; })(%d)" % selected)
    checks.check(shown == {"view": "actors", "visible": True}, "%s: a search from the clusters overview shows the actor found on the actors view" % label, shown)
    browser.key("Escape", key_code=27)

    # The actors table is paged: 50 rows, the next page on request.
    paged = browser.evaluate("""(function () {
      var t = document.getElementById('table-acteurs');
      var first = t.tBodies[0].rows[0].cells[0].textContent;
      var pager = t.parentNode.nextSibling;
      pager.querySelectorAll('button:not(.download)')[1].click();
      return {paged: t.hasAttribute('data-paged'), rows: t.tBodies[0].rows.length, page: t.getAttribute('data-page'),
              changed: t.tBodies[0].rows[0].cells[0].textContent !== first};
    })()""")
    checks.check(paged == {"paged": True, "rows": 50, "page": "2", "changed": True}, "%s: the actors table shows 50 rows a page" % label, paged)
    problems = page_problems(browser, path.resolve().as_uri())
    checks.check(not problems, "%s: still no console error after hovering, clicking, searching and opening a cluster" % label, problems[:5])


def check_harness(browser, checks, folder):
    """The checks can fail: a page that lets a payload run is caught."""
    print("harness self-check")
    page = folder / "unsafe.html"
    page.write_text("<!DOCTYPE html><title>x</title><p>Coop <img src=x onerror=alert(4)></p>"
                    "<script>alert(1); document.title = 'pwned';</script>", encoding="utf-8")
    browser.events.clear()
    browser.navigate(page.resolve().as_uri())
    browser.drain(0.3)
    state = browser.evaluate("({pwned: window.__pwned, title: document.title, imgs: document.querySelectorAll('img').length})")
    requests = [p for p in page_problems(browser, page.resolve().as_uri()) if p.startswith("request")]
    checks.check("alert(1)" in state["pwned"] and state["title"] == "pwned" and state["imgs"] == 1 and requests,
                 "a deliberately unsafe page is caught (payload ran, title changed, request made)", (state, requests))


class Context:
    """What a check module (`checks_*.py` beside this file) receives: the open browser, the
    shared `Checks`, the `maillage` binary, a scratch folder for pages and the output folder
    for screenshots. Helpers of this file (make_report, open_page, page_problems, click_actor,
    ...) are importable from `report_browser_test`."""

    def __init__(self, browser, checks, maillage, pages, out):
        self.browser, self.checks, self.maillage, self.pages, self.out = browser, checks, maillage, pages, out


def extra_check_modules():
    """Every `checks_*.py` beside this file, in name order; each defines `run(context)`."""
    import importlib
    here = Path(__file__).resolve().parent
    return [importlib.import_module(path.stem) for path in sorted(here.glob("checks_*.py"))]


def find_chromium(given):
    for candidate in [given, "chromium", "chromium-browser", "google-chrome"]:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    raise SystemExit("headless Chromium not found: install the Debian package `chromium` (apt-get install chromium)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maillage", required=True)
    parser.add_argument("--chromium")
    parser.add_argument("--out", default=str(ROOT / ".build" / "browser-tests"))
    parser.add_argument("--large", action="store_true",
                        help="also check a synthetic 20,000-actor report (about a minute with a release build)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    chromium = find_chromium(args.chromium)
    started = time.monotonic()
    pages = Path(tempfile.mkdtemp(prefix="maillage-report-"))
    checks = Checks()
    browser = None
    try:
        make_report(args.maillage, None, pages / "rapport.html", "fr")
        make_report(args.maillage, None, pages / "report-en.html", "en")
        make_report(args.maillage, HOSTILE, pages / "hostile.html", "fr")
        synthetic = [2000] + ([20000] if args.large else [])
        for size in synthetic:
            folder = pages / ("synth-%d" % size)
            subprocess.run([args.maillage, "synth", "--actors", str(size), "--seed", "1", "-o", str(folder)],
                           capture_output=True, text=True, timeout=120, check=True)
            make_report(args.maillage, folder, pages / ("synth-%d.html" % size), "fr", timeout=900)
        for name in ["rapport.html", "report-en.html", "hostile.html"]:
            shutil.copy(pages / name, out / name)
        browser = Browser(chromium)
        for domain in ["Page", "Runtime", "Log", "Network"]:
            browser.call(domain + ".enable")
        browser.call("Page.addScriptToEvaluateOnNewDocument", {"source": INSTRUMENT})
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        check_harness(browser, checks, pages)
        check_bundled(browser, checks, pages / "rapport.html", "fr", out)
        check_bundled(browser, checks, pages / "report-en.html", "en", out)
        check_hostile(browser, checks, pages / "hostile.html", out)
        for size in synthetic:
            check_canvas(browser, checks, pages / ("synth-%d.html" % size), "synthetic %d" % size, out)
        for module in extra_check_modules():
            print("checks of %s" % module.__name__)
            module.run(Context(browser, checks, args.maillage, pages, out))
    except CDPError as error:
        checks.check(False, "the browser session", error)
    finally:
        if browser:
            browser.close()
        shutil.rmtree(pages, ignore_errors=True)
    print("browser: %d passed, %d failed (%.1f s; screenshots and PDF in %s)"
          % (checks.passed, len(checks.failed), time.monotonic() - started, out))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
