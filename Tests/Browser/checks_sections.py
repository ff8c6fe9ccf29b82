"""Browser checks of the report's « Évolution » and « Pistes de coopération » sections and of
the significance figures beside the territories (run by report_browser_test.py).

On a synthetic dated dataset (`maillage synth --years 2018-2022`), on two synthetic datasets
(`report NEW --compare OLD`) and on the bundled dataset, in headless Chromium:
- the sections are there, listed in the contents, and the page logs no console error or
  warning, no exception and no request;
- the Évolution counts (actors joined and left, cooperations created and ended, ties gained,
  lost and kept) are those of `maillage compare --format json` on the same data and dates;
- both Évolution maps are drawn, and every actor present at both dates is at the same place
  on both (its dot's centre, measured on the screen, relative to its map);
- the first lead of the whole network and of a territory are those of `maillage suggest`,
  and the network's expected E-I and p-value are those of `maillage territories --format json`;
- a territory's leads open with the keyboard (Enter on its summary);
- the brokers table's p-values are those of `maillage brokers --format json`.
Screenshots of each section go to the output folder.
"""

import base64
import csv
import json
import shutil
import subprocess

from report_browser_test import ROOT, open_page, page_problems


def maillage_json(context, arguments):
    result = subprocess.run([context.maillage] + arguments + ["--format", "json"], capture_output=True, text=True,
                            timeout=300, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError("maillage %s failed: %s" % (" ".join(arguments), result.stderr))
    return json.loads(result.stdout)


def run_maillage(context, arguments):
    result = subprocess.run([context.maillage] + arguments, capture_output=True, text=True, timeout=300, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError("maillage %s failed: %s" % (" ".join(arguments), result.stderr))


def second_edition(old, new):
    shutil.copytree(old, new)
    with open(old / "memberships.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    cooperations = sorted({r["cooperation"] for r in rows})
    dropped = set(cooperations[::10])
    kept = [r for r in rows if r["cooperation"] not in dropped]
    for i, actor in enumerate(["NEW-1", "NEW-2"]):
        for c in cooperations[1 + i:5 + i:2]:
            row = {k: "" for k in fields}
            row.update({"cooperation": c, "actor": actor, "role": "membre"})
            kept.append(row)
    with open(new / "memberships.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(kept)
    with open(new / "actors.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, actors = reader.fieldnames, list(reader)
    for i, actor in enumerate(["NEW-1", "NEW-2"]):
        row = {k: "" for k in fields}
        row.update({"id": actor, "name": "Nouvel acteur %d" % (i + 1), "kind": "structure"})
        actors.append(row)
    with open(new / "actors.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(actors)


def section_shot(context, element_id, name):
    """A screenshot of one section, whole (up to 6,000 pixels tall)."""
    box = context.browser.evaluate("""(function () {
      var e = document.getElementById(%s); if (!e) { return null; }
      var r = e.getBoundingClientRect();
      return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height};
    })()""" % json.dumps(element_id))
    if not box:
        return
    shot = context.browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": {
        "x": box["x"], "y": box["y"], "width": box["w"], "height": min(box["h"], 6000), "scale": 1}})
    (context.out / name).write_bytes(base64.b64decode(shot["data"]))


LIST_COMMAS = """(function () {
  var bad = [], seen = 0;
  document.querySelectorAll('ul.inline-list li:not(:last-child)').forEach(function (li) {
    var link = li.querySelector('.actor-link');
    if (!link || !li.getBoundingClientRect().width) { return; }
    seen += 1;
    var own = getComputedStyle(link, '::after').content, after = getComputedStyle(li, '::after').content;
    if (own !== '","' || after.indexOf(',') >= 0) { bad.push([li.textContent, own, after]); }
  });
  return {seen: seen, bad: bad.slice(0, 3), count: bad.length};
})()"""


def check_list_commas(context, label):
    """In a list of actors, each comma is drawn inside the name it follows (the button's
    own `::after`), not after it: a button is an inline block, so a long name that wraps
    takes the whole width of a narrow cell, and a comma placed after it was pushed to the
    far right of the cell, away from the name (the territories' « acteurs les mieux
    placés » column of a 300-actor workbook)."""
    state = context.browser.evaluate(LIST_COMMAS)
    context.checks.check(state["seen"] > 0 and state["count"] == 0,
                         "%s: the commas of the %d listed actors follow their names" % (label, state["seen"]), state["bad"])


def check_clean(context, path, label):
    checks = context.checks
    checks.check(open_page(context.browser, path), "%s: the page is ready" % label)
    problems = page_problems(context.browser, path.resolve().as_uri())
    checks.check(not problems, "%s: no console error, exception or request" % label, problems[:5])


def check_evolution(context, path, compare, label, shot):
    """The Évolution section of the page open against `compare`'s JSON."""
    checks, browser = context.checks, context.browser
    page = browser.evaluate("""(function () {
      var s = document.getElementById('evolution'); if (!s) { return null; }
      var f = s.querySelector('.evolution-figures');
      var counts = {}; ['joined', 'left', 'created', 'ended', 'gained', 'lost', 'kept'].forEach(function (k) {
        counts[k] = f ? Number(f.getAttribute('data-' + k)) : null; });
      function dots(side) {
        var map = s.querySelector('figure.evolution-map[data-side="' + side + '"] svg');
        if (!map) { return null; }
        map.scrollIntoView({block: 'center'});
        var box = map.getBoundingClientRect(), result = {};
        map.querySelectorAll('circle[data-union]').forEach(function (c) {
          var r = c.getBoundingClientRect();
          result[c.getAttribute('data-union')] = [(r.left + r.width / 2 - box.left) / box.width, (r.top + r.height / 2 - box.top) / box.height];
        });
        return result;
      }
      return {counts: counts, old: dots('old'), new: dots('new'), nav: !!document.querySelector('nav a[href="#evolution"]'),
              gained: s.querySelectorAll('figure[data-side="new"] line.tie-gained').length,
              joined: s.querySelectorAll('figure[data-side="new"] circle.actor-joined').length};
    })()""")
    if not checks.check(page is not None, "%s: the Évolution section is there" % label):
        return
    checks.check(page["nav"], "%s: the contents link to the Évolution section" % label)
    expected = {
        "joined": len(compare["actors"]["joined"]), "left": len(compare["actors"]["left"]),
        "created": len(compare["cooperations"]["created"]), "ended": len(compare["cooperations"]["ended"]),
        "gained": len(compare["ties"]["gained"]), "lost": len(compare["ties"]["lost"]), "kept": compare["ties"]["kept"],
    }
    checks.check(page["counts"] == expected, "%s: Évolution counts equal `maillage compare`'s" % label,
                 {"page": page["counts"], "compare": expected})
    if checks.check(page["old"] and page["new"], "%s: both Évolution maps are drawn" % label):
        kept = set(page["old"]) & set(page["new"])
        moved = [k for k in kept if max(abs(page["old"][k][0] - page["new"][k][0]), abs(page["old"][k][1] - page["new"][k][1])) > 0.002]
        checks.check(kept and not moved, "%s: the %d actors present at both dates stand at the same place on both maps"
                     % (label, len(kept)), moved[:5])
        checks.check(page["gained"] == expected["gained"], "%s: every tie gained is highlighted on the later map" % label,
                     (page["gained"], expected["gained"]))
    section_shot(context, "evolution", shot)


def run(context):
    checks, pages = context.checks, context.pages

    # A dated dataset: 2018 → 2022 by default.
    dated = pages / "sections-dated"
    run_maillage(context, ["synth", "--actors", "150", "--seed", "2", "--years", "2018-2022", "-o", str(dated)])
    page = pages / "sections-dated.html"
    run_maillage(context, ["report", str(dated), "--level", "epci", "-o", str(page)])
    check_clean(context, page, "dated report")
    check_list_commas(context, "dated report")
    compare = maillage_json(context, ["compare", str(dated), "--at", "2018", "--at", "2022", "--level", "epci"])
    check_evolution(context, page, compare, "dated report", "sections-evolution-dated.png")

    # Two datasets: a second edition of a synthetic survey, written here from the first
    # (one cooperation in ten dropped, two new actors joining two cooperations).
    old, new = pages / "sections-old", pages / "sections-new"
    run_maillage(context, ["synth", "--actors", "100", "--seed", "8", "-o", str(old)])
    second_edition(old, new)
    page = pages / "sections-compare.html"
    run_maillage(context, ["report", str(new), "--compare", str(old), "--level", "epci", "--lang", "en", "-o", str(page)])
    check_clean(context, page, "report --compare")
    compare = maillage_json(context, ["compare", str(old), str(new), "--level", "epci"])
    check_evolution(context, page, compare, "report --compare", "sections-evolution-compare.png")

    # The bundled dataset: leads and significance.
    page = pages / "sections-bundled.html"
    run_maillage(context, ["report", "--level", "epci", "-o", str(page)])
    check_clean(context, page, "bundled report (sections)")
    check_list_commas(context, "bundled report (sections)")
    browser = context.browser
    state = browser.evaluate("""(function () {
      function pair(li) { return li ? [li.getAttribute('data-first'), li.getAttribute('data-second')] : null; }
      var d = document.querySelector('details.territory-leads');
      return {
        evolution: !!document.getElementById('evolution'),
        nav: !!document.querySelector('nav a[href="#pistes"]'),
        first: pair(document.querySelector('#pistes-reseau li')),
        leads: document.querySelectorAll('#pistes-reseau li').length,
        territory: d ? d.getAttribute('data-territory') : null,
        territoryFirst: d ? pair(d.querySelector('li')) : null,
        reasons: (document.querySelector('#pistes-reseau li .why') || {}).textContent || '',
        network: (document.getElementById('ei-reseau') || {}).textContent || '',
        brokers: Array.from(document.querySelectorAll('#table-courtage tbody tr')).map(function (tr) {
          return [tr.querySelector('.actor-link').textContent, tr.lastElementChild.textContent]; })
      };
    })()""")
    checks.check(not state["evolution"], "bundled report: no Évolution section (one year of dates)")
    checks.check(state["nav"], "bundled report: the contents link to the Pistes section")
    suggest = maillage_json(context, ["suggest", "--level", "epci", "--top", "10"])
    expected = [[s["first"]["id"], s["second"]["id"]] for s in suggest["suggestions"]]
    checks.check(state["leads"] == len(expected) and state["first"] == (expected[0] if expected else None),
                 "bundled report: the leads are `maillage suggest`'s", (state["first"], expected[:1]))
    checks.check(bool(suggest["suggestions"]) and state["reasons"].startswith(suggest["suggestions"][0]["reasons"][0]),
                 "bundled report: the first lead gives suggest's reasons in words", state["reasons"])
    if checks.check(state["territory"] is not None, "bundled report: leads per territory"):
        local = maillage_json(context, ["suggest", "--level", "epci", "--top", "3", "--territory", state["territory"], "--gaps", "0"])
        first = [local["suggestions"][0]["first"]["id"], local["suggestions"][0]["second"]["id"]] if local["suggestions"] else None
        checks.check(state["territoryFirst"] == first, "bundled report: a territory's first lead is `suggest --territory`'s",
                     (state["territoryFirst"], first))
        # Keyboard: focus the summary, Enter opens it.
        browser.evaluate("document.querySelector('details.territory-leads summary').focus()")
        browser.key("Enter", code="Enter", text="\r", key_code=13)
        opened = browser.evaluate("document.querySelector('details.territory-leads').open")
        checks.check(opened, "bundled report: Enter on a territory opens its leads")
    territories = maillage_json(context, ["territories", "--level", "epci"])
    expected_ei = territories["ei_test"]["expected"]
    shown = "%.2f" % expected_ei
    checks.check(shown.replace(".", ",") in state["network"], "bundled report: the network's expected E-I is `territories`'",
                 (state["network"], shown))
    brokers = maillage_json(context, ["brokers", "--level", "epci", "--top", "10"])
    by_name = {a["name"]: a["test"]["across"]["p"] for a in brokers["actors"] if a.get("test")}
    mismatched = [row for row in state["brokers"]
                  if row[0] not in by_name or abs(float(row[1].replace(",", ".")) - by_name[row[0]]) > 0.006]
    checks.check(state["brokers"] and not mismatched, "bundled report: brokers' p-values are `maillage brokers`'",
                 mismatched[:3])
    section_shot(context, "pistes", "sections-pistes.png")
    section_shot(context, "territoires", "sections-territoires.png")
