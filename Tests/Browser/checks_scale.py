"""Scale checks of the canvas map (issue 14): on a synthetic 2,000-actor report, the map
opens on the clusters overview, and every
territory of the territories overview opens its own focus view, which shows exactly that
territory's actors, all inside the canvas, and says which territory is open; no console
error. With BROWSER_LARGE=1 the same on a synthetic 20,000-actor report, and the time the
page's script takes until its map is interactive (its `maillage-map-interactive` mark),
printed, not asserted (speed goals live in Benchmarks/)."""
import os
import subprocess
import time

from report_browser_test import make_report, open_page, page_problems


FOCUS_STATE = """(function (k) {
  var d = window.__scaleData || (window.__scaleData = JSON.parse(document.getElementById('report-data').textContent));
  var box = document.getElementById('map-canvas').getBoundingClientRect();
  var wrong = 0, inside = 0, outside = 0;
  for (var i = 0; i < d.actors.name.length; i++) {
    if (d.map.x[i] === null) { continue; }
    var p = window.__maillageMap.point(i), want = d.map.territory[i] === k;
    if (p.visible !== want) { wrong++; }
    if (want) {
      inside++;
      if (p.x < box.left - 1 || p.x > box.right + 1 || p.y < box.top - 1 || p.y > box.bottom + 1) { outside++; }
    }
  }
  return {focus: window.__maillageMap.focus(), view: window.__maillageMap.view(), wrong: wrong, inside: inside, offCanvas: outside,
          bar: !document.getElementById('focus').hidden, text: document.getElementById('focus-text').textContent,
          name: d.map.territories[k].name, size: d.map.territories[k].size};
}(%d))"""


def synthetic_report(context, size):
    """The synthetic report of `size` actors (made by the main checks when present)."""
    page = context.pages / ("synth-%d.html" % size)
    if not page.exists():
        folder = context.pages / ("synth-%d" % size)
        if not folder.exists():
            subprocess.run([context.maillage, "synth", "--actors", str(size), "--seed", "1", "-o", str(folder)],
                           capture_output=True, text=True, timeout=300, check=True)
        make_report(context.maillage, folder, page, "fr", timeout=1800)
    return page


def check_territory_focus(context, size, limit=None):
    browser, checks = context.browser, context.checks
    label = "synthetic %d" % size
    page = synthetic_report(context, size)
    print("%s (%s, a focus view per territory)" % (page.name, label))
    checks.check(open_page(browser, page), "%s: the page's script ran" % label)
    opening = browser.evaluate("({view: window.__maillageMap.view(), focus: window.__maillageMap.focus()})")
    checks.check(opening == {"view": "clusters", "focus": None}, "%s: the map opens on the clusters overview, not a hairball of every actor" % label, opening)
    mark = browser.evaluate("(function () { var e = performance.getEntriesByName('maillage-map-interactive'); return e.length ? e[0].startTime : null; }())")
    checks.check(mark is not None, "%s: the map sets its interactive mark" % label, mark)
    if mark is not None:
        print("       map interactive %.2f s after navigation start (page's own mark)" % (mark / 1000))
    territories = browser.evaluate("JSON.parse(document.getElementById('report-data').textContent).map.territories"
                                   ".map(function (t, k) { return t.drawn ? k : -1; }).filter(function (k) { return k >= 0; })")
    checks.check(len(territories) >= 2, "%s: the territories overview draws %d territories" % (label, len(territories)))
    opened = 0
    failures = []
    for k in territories[:limit] if limit else territories:
        browser.evaluate("document.querySelector('button[data-view=territories]').click(); document.getElementById('carte').scrollIntoView()")
        time.sleep(0.15)
        g = browser.evaluate("window.__maillageMap.groupPoint(%d)" % k)
        browser.mouse("mouseMoved", g["x"], g["y"])
        browser.click(g["x"], g["y"])
        time.sleep(0.15)
        state = browser.evaluate(FOCUS_STATE % k)
        ok = (state["focus"] == {"type": "territory", "index": k} and state["view"] == "actors" and state["bar"]
              and state["wrong"] == 0 and state["inside"] > 0 and state["offCanvas"] == 0 and state["name"] in state["text"])
        if ok:
            opened += 1
        else:
            failures.append(state)
        browser.evaluate("document.getElementById('focus-clear').click()")
    checks.check(not failures, "%s: each of %d territories opens a focus view showing exactly its actors, fitted, named in the bar"
                 % (label, opened + len(failures)), failures[:3])
    shot = browser.call("Page.captureScreenshot", {"format": "png"})
    (context.out / ("report-%s-territories.png" % label.replace(" ", "-"))).write_bytes(__import__("base64").b64decode(shot["data"]))
    problems = page_problems(browser, page.resolve().as_uri())
    checks.check(not problems, "%s: no console error after opening every territory" % label, problems[:5])


def run(context):
    check_territory_focus(context, 2000)
    if os.environ.get("BROWSER_LARGE") == "1":
        check_territory_focus(context, 20000, limit=12)
