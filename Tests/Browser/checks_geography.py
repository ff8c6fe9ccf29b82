"""Browser checks of the report's geographic map (issue 17), run by report_browser_test.py.

The booklet's report, with the département's outlines (--boundaries), must show a
geographic section whose SVG holds one node per placed actor with a partner (placement
recomputed here from the CSV files, independently of Maillage), every one of them drawn
inside the département's outline, with its name in its tooltip, and ids that meet no
other id of the page; a dataset without coordinates gets no such section.
"""
import base64
import csv
import json
import subprocess

from report_browser_test import BUNDLED, ROOT, open_page, page_problems, read_dataset, svg_id

BOUNDARIES = BUNDLED / "geography" / "pas-de-calais.geojson"
NO_COORDINATES = ROOT / "Tests" / "Fixtures" / "two-mode-comma"


def placed_actors(folder):
    """Actor ids that have a place by the rule of the DatasetFormat article: own lat/lon,
    else their most local territory with a place; a territory's place is its own lat/lon,
    else the centre of its children's."""
    with open(folder / "territories.csv", newline="", encoding="utf-8-sig") as f:
        territories = list(csv.DictReader(f))
    children = {}
    for t in territories:
        if t["parent"]:
            children.setdefault(t["parent"], []).append(t["id"])
    byid = {t["id"]: t for t in territories}
    memo = {}

    def placed(tid):
        if tid not in memo:
            t = byid[tid]
            memo[tid] = bool(t.get("lat")) or any(placed(c) for c in children.get(tid, []))
        return memo[tid]

    out = set()
    with open(folder / "actors.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            ids = [t for t in row["territories"].split("|") if t]
            if row.get("lat") or any(placed(t) for t in ids):
                out.add(row["id"])
    return out


def report(context, dataset, path, extra):
    args = [context.maillage, "report", str(dataset), "-o", str(path)] + extra
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit("maillage report failed: %s\n%s" % (" ".join(args), result.stderr))


def run(context):
    browser, checks = context.browser, context.checks
    print("geographic map")
    path = context.pages / "rapport-geographie.html"
    report(context, BUNDLED, path, ["--boundaries", str(BOUNDARIES)])
    checks.check(open_page(browser, path), "geo: the page's script ran")
    problems = page_problems(browser, path.resolve().as_uri())
    checks.check(not problems, "geo: no console error, exception or request", problems)
    checks.check(browser.evaluate("window.__csp.length + window.__errors.length") == 0, "geo: no CSP violation or error event")

    names, partners, _ = read_dataset(BUNDLED)
    expected = sorted(a for a in placed_actors(BUNDLED) if partners.get(a))
    drawn = browser.evaluate("""Array.prototype.map.call(document.querySelectorAll('#geo-map svg g.actor'), function (g) { return g.id; })""")
    wanted = sorted(svg_id(a, "geo-actor-") for a in expected)
    checks.check(sorted(drawn) == wanted, "geo: one node per placed actor with a partner (%d)" % len(expected),
                 sorted(set(drawn) ^ set(wanted)))
    duplicates = browser.evaluate("""(function () {
      var seen = {}, twice = [];
      Array.prototype.forEach.call(document.querySelectorAll('[id]'), function (e) {
        if (seen[e.id]) { twice.push(e.id); } seen[e.id] = true; });
      return twice; })()""")
    checks.check(not duplicates, "geo: no id of the geographic map meets another id of the page", duplicates[:5])
    # The département's outline: the largest filled shape of the background.
    inside = browser.evaluate("""(function () {
      var svg = document.querySelector('#geo-map svg');
      svg.scrollIntoView({block: 'start'});
      var land = null, area = 0;
      Array.prototype.forEach.call(svg.querySelectorAll('g.graph > polygon'), function (p) {
        var r = p.getBoundingClientRect();
        if (p.getAttribute('fill') && p.getAttribute('fill').toLowerCase() === '#f3efe4' && r.width * r.height > area) { land = p; area = r.width * r.height; }
      });
      if (!land) { return {land: false}; }
      var outside = [];
      Array.prototype.forEach.call(svg.querySelectorAll('g.actor'), function (g) {
        var shape = g.querySelector('polygon, ellipse, path');
        var r = shape.getBoundingClientRect();
        var x = r.left + r.width / 2, y = r.top + r.height / 2;
        var m = land.getScreenCTM().inverse(), pt = svg.createSVGPoint();
        pt.x = x; pt.y = y;
        var local = pt.matrixTransform(m);
        if (!land.isPointInFill(local)) { outside.push(g.id); }
      });
      var title = svg.querySelector('g.actor a') ? svg.querySelector('g.actor a').getAttributeNS('http://www.w3.org/1999/xlink', 'title') : '';
      return {land: true, outside: outside, width: svg.getBoundingClientRect().width, title: title,
              scale: !!svg.querySelector('g.map-furniture'), lambert: svg.textContent.indexOf('Lambert-93') >= 0};
    })()""")
    checks.check(inside.get("land"), "geo: the département's outline is drawn")
    checks.check(inside.get("land") and not inside["outside"], "geo: every actor is drawn inside the département", inside.get("outside"))
    checks.check(inside.get("width", 0) > 400, "geo: the map is drawn at a readable width", inside.get("width"))
    checks.check(inside.get("scale") and inside.get("lambert"), "geo: scale bar, north arrow and Lambert-93 on the map")
    title = inside.get("title") or ""
    checks.check(any(title.startswith(n) for n in names.values()), "geo: an actor's tooltip starts with its name", title)
    shot = browser.evaluate("""(function () { var r = document.getElementById('geographie').getBoundingClientRect();
      return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height}; })()""")
    image = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": shot["x"], "y": shot["y"], "width": shot["w"], "height": shot["h"], "scale": 1}})
    (context.out / "report-geography.png").write_bytes(base64.b64decode(image["data"]))

    plain = context.pages / "rapport-sans-coordonnees.html"
    report(context, NO_COORDINATES, plain, [])
    open_page(browser, plain)
    checks.check(browser.evaluate("document.getElementById('geographie') === null"),
                 "geo: a dataset without coordinates gets no geographic section")
