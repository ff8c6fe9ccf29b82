"""Accessibility, keyboard, phone and touch checks of the report (issue 21, items 2 and 3).

- axe-core (the copy shipped in the PyPI wheel `axe-playwright-python`, fetched once with
  pip into .build/axe/ and injected over the DevTools pipe) finds no violation in the
  booklet report (French and English), the hostile-names report and the synthetic
  2,000-actor canvas report, nor in the booklet report at 400 px with an actor selected;
- keyboard: Tab from the map's tools reaches the most connected actor first (SVG map and
  canvas map, which opens on its clusters and switches to the actors view), its focus is
  visible, Enter highlights it and exactly its partners, Escape clears; the text version of the map lists every actor with its partners;
- phone (400 px, mobile, touch): the hubs, clusters and territories tables are cards
  whose reasons lie inside the screen; a tap on a cluster of the canvas map opens it; a
  tap on an actor highlights it and its partners,
  a tap on the background clears; two fingers pinch the zoom (SVG and canvas);
- tablet (768 px): screenshot.

Screenshots go to the output folder (a11y-*.png). Standard library only (plus the
axe.min.js file taken out of the wheel; the wheel is never imported).
"""

import base64
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from report_browser_test import ROOT, BUNDLED, open_page, read_dataset, svg_id, marked

AXE_WHEEL = "axe-playwright-python==0.1.8"  # ships axe-core 4.12.1 (MPL-2.0); not committed to the repository
AXE_DIR = ROOT / ".build" / "axe"


def axe_source():
    """axe.min.js, taken out of the wheel downloaded with pip the first time."""
    target = AXE_DIR / "axe.min.js"
    if not target.exists():
        AXE_DIR.mkdir(parents=True, exist_ok=True)
        wheels = AXE_DIR / "wheel"
        if not list(wheels.glob("*.whl")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(wheels), AXE_WHEEL],
                           check=True, timeout=300)
        wheel = sorted(wheels.glob("*.whl"))[0]
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith("axe.min.js"))
            target.write_bytes(archive.read(name))
    return target.read_text(encoding="utf-8")


def run_axe(browser, checks, label, source):
    browser.evaluate(source + "\n;true")
    result = browser.evaluate("""axe.run(document, {resultTypes: ['violations']}).then(function (r) {
      return {version: axe.version, violations: r.violations.map(function (v) {
        return {id: v.id, impact: v.impact, nodes: v.nodes.length,
                targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '); })};
      })};
    })""")
    violations = result["violations"]
    checks.check(not violations, "%s: axe-core %s finds no violation" % (label, result["version"]),
                 json.dumps(violations, ensure_ascii=False, indent=1)[:3000])
    return violations


def shot(browser, out, name, full=False):
    browser.call("Page.captureScreenshot", {"format": "png"})  # settle layout
    data = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": full})
    (out / name).write_bytes(base64.b64decode(data["data"]))


def set_viewport(browser, width, height, mobile):
    browser.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    browser.call("Emulation.setTouchEmulationEnabled", {"enabled": mobile, "maxTouchPoints": 5 if mobile else 1})


def tap(browser, x, y):
    point = [{"x": x, "y": y, "id": 1}]
    browser.call("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": point})
    browser.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    time.sleep(0.15)


def pinch(browser, x, y, start, end, steps=6):
    """Two fingers from `start` to `end` pixels apart, about (x, y)."""
    def points(d):
        return [{"x": x - d / 2, "y": y, "id": 1}, {"x": x + d / 2, "y": y, "id": 2}]
    browser.call("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(start)})
    for k in range(1, steps + 1):
        browser.call("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(start + (end - start) * k / steps)})
    browser.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    time.sleep(0.2)


def tab_to_map(browser):
    """Focuses the control just before the map and presses Tab (skipping the skip link)."""
    browser.evaluate("document.getElementById('clear-selection').focus()")
    browser.key("Tab", key_code=9)
    if browser.evaluate("document.activeElement && document.activeElement.classList.contains('skip-link')"):
        browser.key("Tab", key_code=9)
    time.sleep(0.1)


def check_keyboard_svg(browser, checks, label, names, partners):
    tab_to_map(browser)
    state = browser.evaluate("""(function () {
      var a = document.activeElement, g = a && a.closest ? a.closest('#map g.actor') : null;
      var data = JSON.parse(document.getElementById('report-data').textContent), best = 0;
      data.actors.degree.forEach(function (x, i) { if (x > data.actors.degree[best]) { best = i; } });
      var shape = g ? g.querySelector('polygon, ellipse, path') : null;
      return {id: g ? g.id : null, top: 'actor-' + data.actors.key[best], topId: data.actors.id[best],
              stroke: shape ? getComputedStyle(shape).stroke : null, width: shape ? getComputedStyle(shape).strokeWidth : null};
    })()""")
    checks.check(state["id"] == state["top"], "%s: Tab from the map's tools reaches the most connected actor first" % label, state)
    checks.check(state["stroke"] == "rgb(194, 65, 12)" and state["width"] == "4px", "%s: the focused actor has a visible focus ring" % label, state)
    browser.key("Tab", key_code=9)
    second = browser.evaluate("(document.activeElement.closest && document.activeElement.closest('#map g.actor') || {}).id || null")
    checks.check(second is not None and second != state["id"], "%s: Tab again moves to another actor" % label, second)
    # Back to the first actor, Enter highlights it and exactly its partners.
    browser.evaluate("document.getElementById(%s).focus()" % json.dumps(state["top"]))
    browser.key("Enter", key_code=13, text="\r")
    now = marked(browser)
    actor = state["topId"]
    expected = {"actor-" + svg_id(p, "") for p in partners[actor]}
    checks.check(now["selected"] == [state["top"]] and set(now["partners"]) == expected and now["panel"] == names[actor],
                 "%s: Enter highlights the focused actor and its %d partners" % (label, len(expected)),
                 {"selected": now["selected"], "diff": sorted(set(now["partners"]) ^ expected)[:5]})
    status = browser.evaluate("document.getElementById('map-status').textContent")
    checks.check(names[actor] in status, "%s: the selection is announced (role=status)" % label, status)
    browser.key("Escape", key_code=27)
    now = marked(browser)
    checks.check(not now["selected"] and not now["partners"] and not now["focus"], "%s: Escape resets the map" % label, now)


def check_text_version(browser, checks, label, names, partners):
    info = browser.evaluate("""(function () {
      var d = document.getElementById('carte-texte'); d.open = true;
      return new Promise(function (done) { setTimeout(function () {
        var items = Array.from(document.querySelectorAll('#map-text-list > li'));
        done({count: items.length, first: items.length ? items[0].textContent : '',
              all: items.map(function (li) { return li.querySelector('strong').textContent; })});
      }, 100); });
    })()""")
    shown = min(len(names), 100)
    checks.check(info["count"] == shown, "%s: the text version lists %d actors" % (label, shown), info["count"])
    hub = max(names, key=lambda a: (len(partners[a]), ))
    expected = sorted(names[p] for p in partners[hub])
    checks.check(all(n in info["first"] for n in expected) and info["first"].startswith(names[hub]),
                 "%s: the text version names each partner of the most connected actor" % label, info["first"][:300])
    browser.evaluate("document.getElementById('carte-texte').open = false")


def check_phone(browser, checks, path, label, out, names, partners):
    set_viewport(browser, 400, 860, True)
    open_page(browser, path)
    overflow = browser.evaluate("document.documentElement.scrollWidth")
    checks.check(overflow <= 400, "%s at 400 px: the page does not scroll sideways" % label, overflow)
    cards = browser.evaluate("""(function () {
      function info(id) {
        var t = document.getElementById(id); if (!t) { return null; }
        var row = t.tBodies[0].rows[0], lead = row.querySelector('td.card-lead');
        var r = lead ? lead.getBoundingClientRect() : null, title = row.querySelector('td.card-title').getBoundingClientRect();
        return {display: getComputedStyle(row).display, leadInside: !!r && r.left >= 0 && r.right <= window.innerWidth && r.width > 100,
                leadAfterTitle: !!r && r.top >= title.top, text: lead ? lead.textContent.slice(0, 80) : ''};
      }
      return {hubs: info('table-hubs'), clusters: info('table-groupes'), territories: info('table-territoires')};
    })()""")
    for name, card in cards.items():
        checks.check(card is not None and card["display"] == "flex" and card["leadInside"] and card["leadAfterTitle"],
                     "%s at 400 px: the %s table is cards, their lead text inside the screen" % (label, name), card)
    browser.evaluate("document.getElementById('tetes-de-pont').scrollIntoView()")
    shot(browser, out, "a11y-%s-400-hubs.png" % label)
    first_reason = browser.evaluate("""(function () { var li = document.querySelector('#table-hubs tbody tr td.card-lead li');
      var r = li.getBoundingClientRect(); return {text: li.textContent, inside: r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth}; })()""")
    checks.check(first_reason["inside"], "%s at 400 px: the first hub's first reason is on screen with the hubs section" % label, first_reason)
    # Touch: tap the most connected actor, then the background; pinch the map.
    hub = max(names, key=lambda a: len(partners[a]))
    node = "actor-" + svg_id(hub, "")
    where = browser.evaluate("""(function () { var g = document.getElementById(%s); g.scrollIntoView({block: 'center', inline: 'center'});
      var r = g.querySelector('polygon, ellipse, path').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""" % json.dumps(node))
    tap(browser, where["x"], where["y"])
    now = marked(browser)
    expected = {"actor-" + svg_id(p, "") for p in partners[hub]}
    checks.check(now["selected"] == [node] and set(now["partners"]) == expected, "%s at 400 px: a tap highlights the actor and its partners" % label,
                 {"selected": now["selected"], "diff": sorted(set(now["partners"]) ^ expected)[:5]})
    shot(browser, out, "a11y-%s-400-tap.png" % label)
    run_axe(browser, checks, "%s at 400 px, an actor selected" % label, axe_source())
    empty = browser.evaluate("""(function () { var box = document.getElementById('map'), svg = box.querySelector('svg'), r = box.getBoundingClientRect();
      for (var y = r.top + 10; y < Math.min(r.bottom, window.innerHeight) - 5; y += 7) { for (var x = r.left + 5; x < r.right - 5; x += 7) {
        var e = document.elementFromPoint(x, y); if (e && e.closest && !e.closest('g.actor') && !e.closest('g.tie') && svg.contains(e)) { return {x: x, y: y}; } } }
      return null; })()""")
    if checks.check(empty is not None, "%s at 400 px: a background point of the map is found" % label):
        tap(browser, empty["x"], empty["y"])
        now = marked(browser)
        checks.check(not now["selected"] and not now["focus"], "%s at 400 px: a tap on the background resets the map" % label, now)
    box = browser.evaluate("(function () { var r = document.getElementById('map').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + Math.min(r.height, 300) / 2}; })()")
    pinch(browser, box["x"], box["y"], 60, 200)
    zoom = float(browser.evaluate("document.getElementById('map').getAttribute('data-zoom')") or 1)
    checks.check(zoom > 1.5, "%s at 400 px: two fingers pinch the map's zoom" % label, zoom)
    set_viewport(browser, 768, 1024, True)
    open_page(browser, path)
    browser.evaluate("document.getElementById('tetes-de-pont').scrollIntoView()")
    shot(browser, out, "a11y-%s-768-hubs.png" % label)
    browser.evaluate("document.getElementById('carte').scrollIntoView()")
    shot(browser, out, "a11y-%s-768-map.png" % label)
    set_viewport(browser, 1280, 900, False)


def check_canvas(browser, checks, path, out, source):
    label = "synthetic 2000"
    open_page(browser, path)
    run_axe(browser, checks, label, source)
    checks.check(browser.evaluate("window.__maillageMap.view()") == "clusters", "%s: the canvas map opens on the clusters" % label)
    browser.evaluate("document.getElementById('carte').scrollIntoView()")
    tab_to_map(browser)
    # The view buttons come before the canvas: Tab until the canvas, then once more.
    for _ in range(12):
        if browser.evaluate("document.activeElement && document.activeElement.closest && !!document.activeElement.closest('#map-keys')"):
            break
        browser.key("Tab", key_code=9)
    info = browser.evaluate("""(function () {
      var data = JSON.parse(document.getElementById('report-data').textContent), best = -1;
      data.actors.degree.forEach(function (d, i) { if (data.map.x[i] !== null && (best < 0 || d > data.actors.degree[best])) { best = i; } });
      var b = document.activeElement, r = b.getBoundingClientRect();
      return {focused: b.getAttribute('data-actor'), best: best, bestDegree: data.actors.degree[best], ring: window.__maillageMap.keyFocus(),
              visible: r.width > 20 && r.height > 10, status: document.getElementById('map-status').textContent, name: data.actors.name[best]};
    })()""")
    checks.check(info["focused"] is not None and int(info["focused"]) == info["best"] and info["ring"] == info["best"],
                 "%s: Tab reaches the most connected actor of the canvas map" % label, info)
    checks.check(info["visible"] and info["name"] in info["status"], "%s: the focused actor is shown and announced" % label, info)
    checks.check(browser.evaluate("window.__maillageMap.view()") == "actors", "%s: Tab into the map's actors shows the actors view" % label)
    shot(browser, out, "a11y-canvas-keyboard.png")
    browser.key("Enter", key_code=13, text="\r")
    time.sleep(0.2)
    selected = browser.evaluate("window.__maillageMap.selected()")
    checks.check(selected == info["best"], "%s: Enter selects it" % label, selected)
    browser.key("Escape", key_code=27)
    checks.check(browser.evaluate("window.__maillageMap.selected()") == -1, "%s: Escape resets the map" % label)
    # Touch at 400 px: tap the hub, pinch.
    set_viewport(browser, 400, 860, True)
    open_page(browser, path)
    browser.evaluate("document.getElementById('carte').scrollIntoView()")
    time.sleep(0.2)
    # The map opens on the clusters: a tap opens one, « Tout le réseau » and the Actors
    # button bring every actor back.
    checks.check(browser.evaluate("window.__maillageMap.view()") == "clusters", "%s at 400 px: the map opens on the clusters" % label)
    g = browser.evaluate("window.__maillageMap.groupPoint(0)")
    tap(browser, g["x"], g["y"])
    checks.check(browser.evaluate("window.__maillageMap.focus()") == {"type": "cluster", "index": 0},
                 "%s at 400 px: a tap on a cluster opens it" % label)
    browser.evaluate("document.getElementById('focus-clear').click(); document.querySelector('button[data-view=actors]').click();"
                     " document.getElementById('carte').scrollIntoView()")
    time.sleep(0.2)
    p = browser.evaluate("window.__maillageMap.point(%d)" % info["best"])
    tap(browser, p["x"], p["y"])
    checks.check(browser.evaluate("window.__maillageMap.selected()") == info["best"], "%s at 400 px: a tap on the canvas selects an actor" % label)
    rect = browser.evaluate("(function () { var r = document.getElementById('map-canvas').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top}; })()")
    tap(browser, rect["left"] + 4, rect["top"] + 4)  # the fitted map leaves a 30 px margin: nothing there
    checks.check(browser.evaluate("window.__maillageMap.selected()") == -1, "%s at 400 px: a tap outside the actors resets the map" % label)
    tap(browser, p["x"], p["y"])
    before = browser.evaluate("window.__maillageMap.scale()")
    pinch(browser, rect["x"], rect["y"], 50, 200)
    after = browser.evaluate("window.__maillageMap.scale()")
    checks.check(after > before * 2, "%s at 400 px: two fingers pinch the canvas zoom" % label, (before, after))
    checks.check(browser.evaluate("window.__maillageMap.selected()") == info["best"], "%s at 400 px: a pinch selects nothing else" % label)
    shot(browser, out, "a11y-canvas-400.png")
    set_viewport(browser, 1280, 900, False)


def check_axe_harness(browser, checks, pages, source):
    """axe can fail: a page with an unlabelled input, an image without text and grey-on-grey text is caught."""
    page = pages / "inaccessible.html"
    page.write_text("<!DOCTYPE html><html lang=fr><title>x</title><main><input type=text><img src='data:,'>"
                    "<p style='color:#bbb;background:#fff'>pâle</p></main></html>", encoding="utf-8")
    browser.navigate(page.resolve().as_uri())
    browser.evaluate(source + "\n;true")
    found = browser.evaluate("axe.run(document).then(function (r) { return r.violations.map(function (v) { return v.id; }); })")
    checks.check({"label", "image-alt", "color-contrast"} <= set(found), "axe flags a deliberately inaccessible page", found)


def run(context):
    browser, checks, pages, out = context.browser, context.checks, context.pages, context.out
    source = axe_source()
    check_axe_harness(browser, checks, pages, source)
    names, partners, _ = read_dataset(BUNDLED)
    for page, label in [("rapport.html", "fr"), ("report-en.html", "en")]:
        path = pages / page
        open_page(browser, path)
        run_axe(browser, checks, "a11y %s" % label, source)
        check_keyboard_svg(browser, checks, "a11y %s" % label, names, partners)
        check_text_version(browser, checks, "a11y %s" % label, names, partners)
    run_axe_on(browser, checks, pages / "hostile.html", "a11y hostile", source)
    check_phone(browser, checks, pages / "rapport.html", "fr", out, names, partners)
    check_canvas(browser, checks, pages / "synth-2000.html", out, source)


def run_axe_on(browser, checks, path, label, source):
    open_page(browser, path)
    run_axe(browser, checks, label, source)
