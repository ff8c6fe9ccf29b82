"""Page-data checks (issue 14): the report's data block is written column by column, each
membership once, and the long tables (actors, cooperations) are built in the browser from
it. On a synthetic 2,000-actor report:

- the paged tables carry no rows block of their own; turning to page 2 and back to page 1
  rebuilds exactly the rows the page wrote (same order, same numbers as Swift writes them),
  and sorting by a column sorts all the rows;
- a cooperation's panel lists its members with their roles as in memberships.csv, and an
  actor's panel its cooperations;
- the clusters and territories overviews place their labels so that none overlaps a disc
  or another label (also once zoomed in), and the largest cluster is labelled.

With BROWSER_LARGE=1 the label checks run on the 20,000-actor report too."""
import csv
import os
import time

from report_browser_test import open_page, page_problems
from checks_scale import synthetic_report


ROWS = """(function (id) {
  var t = document.getElementById(id);
  return Array.prototype.map.call(t.tBodies[0].rows, function (tr) {
    return Array.prototype.map.call(tr.cells, function (td) { return td.textContent.trim(); }).join(' | ');
  });
}(%s))"""

OVERLAPS = """(function () {
  var labels = window.__maillageMap.groupLabels(), discs = window.__maillageMap.groupDiscs();
  var box = document.getElementById('map-canvas').getBoundingClientRect(), bad = [];
  labels.forEach(function (b, i) {
    if (b[0] < box.left - 0.5 || b[1] < box.top - 0.5 || b[0] + b[2] > box.right + 0.5 || b[1] + b[3] > box.bottom + 0.5) { bad.push(['outside', i]); }
    discs.forEach(function (d, k) {
      var cx = Math.max(b[0], Math.min(d[0], b[0] + b[2])), cy = Math.max(b[1], Math.min(d[1], b[1] + b[3]));
      var dx = cx - d[0], dy = cy - d[1];
      var inside = b[0] >= d[0] - d[2] && b[0] + b[2] <= d[0] + d[2] && b[1] >= d[1] - d[2] && b[1] + b[3] <= d[1] + d[2] &&
        [[b[0], b[1]], [b[0] + b[2], b[1]], [b[0], b[1] + b[3]], [b[0] + b[2], b[1] + b[3]]].every(function (p) {
          return (p[0] - d[0]) * (p[0] - d[0]) + (p[1] - d[1]) * (p[1] - d[1]) <= d[2] * d[2]; });
      // A label may sit wholly inside one disc (its own); otherwise it must not touch any.
      if (!inside && dx * dx + dy * dy < d[2] * d[2] - 0.5) { bad.push(['disc', i, k]); }
    });
    labels.forEach(function (o, j) {
      if (j > i && b[0] < o[0] + o[2] && o[0] < b[0] + b[2] && b[1] < o[1] + o[3] && o[1] < b[1] + b[3]) { bad.push(['label', i, j]); }
    });
  });
  return {labels: labels.length, discs: discs.length, bad: bad.slice(0, 6), count: bad.length};
}())"""


def shot(browser, out, name):
    data = browser.call("Page.captureScreenshot", {"format": "png"})
    (out / name).write_bytes(__import__("base64").b64decode(data["data"]))


def check_labels(context, size):
    browser, checks = context.browser, context.checks
    label = "page %d" % size
    page = synthetic_report(context, size)
    checks.check(open_page(browser, page), "%s: the page's script ran" % label)
    browser.evaluate("document.getElementById('carte').scrollIntoView()")
    time.sleep(0.3)
    for view in ["clusters", "territories"]:
        browser.evaluate("document.querySelector('button[data-view=%s]').click()" % view)
        time.sleep(0.3)
        state = browser.evaluate(OVERLAPS)
        checks.check(state["labels"] >= 3 and state["count"] == 0,
                     "%s: the %s overview draws %d labels, none over a disc, another label or the edge" % (label, view, state["labels"]), state)
        shot(browser, context.out, "page-%d-%s.png" % (size, view))
        for step in range(2):
            browser.evaluate("document.getElementById('zoom-in').click()")
            time.sleep(0.3)
        state = browser.evaluate(OVERLAPS)
        checks.check(state["labels"] >= 1 and state["count"] == 0, "%s: zoomed in, the %s labels still overlap nothing" % (label, view), state)
        shot(browser, context.out, "page-%d-%s-zoomed.png" % (size, view))
        browser.evaluate("document.getElementById('zoom-reset').click()")
    browser.evaluate("document.querySelector('button[data-view=clusters]').click()")
    time.sleep(0.3)
    # The largest cluster (the first) carries a label: its disc's centre is inside or near one.
    near = browser.evaluate("""(function () {
      var d = window.__maillageMap.groupDiscs(), labels = window.__maillageMap.groupLabels(), g = window.__maillageMap.groupPoint(0);
      var disc = d.filter(function (x) { return Math.abs(x[0] - g.x) < 0.5 && Math.abs(x[1] - g.y) < 0.5; })[0];
      return labels.some(function (b) {
        var cx = Math.max(b[0], Math.min(g.x, b[0] + b[2])), cy = Math.max(b[1], Math.min(g.y, b[1] + b[3]));
        return Math.hypot(cx - g.x, cy - g.y) <= disc[2] + 8;
      });
    }())""")
    checks.check(near, "%s: the largest cluster is labelled" % label)
    problems = page_problems(browser, page.resolve().as_uri())
    checks.check(not problems, "%s: no console error on the overviews" % label, problems[:5])


def check_tables(context):
    browser, checks = context.browser, context.checks
    label = "page 2000"
    page = synthetic_report(context, 2000)
    html = page.read_text(encoding="utf-8")
    checks.check('id="rows-table-acteurs"' not in html and 'id="rows-table-cooperations"' not in html,
                 "%s: the actors and cooperations tables carry no rows block of their own" % label)
    checks.check(open_page(browser, page), "%s: the page's script ran" % label)
    for table in ["table-acteurs", "table-cooperations"]:
        written = browser.evaluate(ROWS % ("'%s'" % table))
        info = browser.evaluate("""(function (id) {
          var t = document.getElementById(id), pager = t.parentNode.nextSibling, b = pager.querySelectorAll('button:not(.download)');
          var text = pager.textContent;
          b[1].click();
          var second = t.getAttribute('data-page');
          b[0].click();
          return {source: t.getAttribute('data-source'), pager: text, second: second, page: t.getAttribute('data-page')};
        }(%s))""" % ("'%s'" % table))
        rebuilt = browser.evaluate(ROWS % ("'%s'" % table))
        checks.check(info["source"] in ("actors", "cooperations") and info["second"] == "2" and info["page"] == "1",
                     "%s: %s is paged from the page data" % (label, table), info)
        checks.check(len(written) == 50 and rebuilt == written,
                     "%s: %s's first page built by the script is the one the page wrote (order, numbers, labels)" % (label, table),
                     [(a, b) for a, b in zip(written, rebuilt) if a != b][:3])
    # Sorting the actors by partners, descending: all 2,000 rows sorted, the hub first.
    state = browser.evaluate("""(function () {
      var t = document.getElementById('table-acteurs'), th = t.tHead.rows[0].cells[4];
      th.querySelector('button').click();
      th.querySelector('button').click();
      var d = JSON.parse(document.getElementById('report-data').textContent).actors, best = 0;
      d.degree.forEach(function (x, i) { if (x > d.degree[best]) { best = i; } });
      var first = t.tBodies[0].rows[0];
      return {sort: th.getAttribute('aria-sort'), first: first.cells[0].textContent, firstDegree: first.cells[4].textContent,
              best: d.name[best], bestDegree: d.degree[best], rows: t.tBodies[0].rows.length};
    }())""")
    checks.check(state["sort"] == "descending" and int(state["firstDegree"].replace("\u202f", "")) == state["bestDegree"] and state["rows"] == 50,
                 "%s: sorting the actors by partners puts the most connected first" % label, state)
    # A cooperation's members and roles, as memberships.csv gives them.
    folder = context.pages / "synth-2000"
    if (folder / "memberships.csv").exists():
        with open(folder / "memberships.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        with open(folder / "cooperations.csv", newline="", encoding="utf-8") as f:
            first = next(csv.DictReader(f))
        # French role labels are the codes; an empty role is a plain member.
        expected = sorted(r["role"] or "membre" for r in rows if r["cooperation"] == first["id"])
        panel = browser.evaluate("""(function () {
          document.querySelector('#table-cooperations button[data-cooperation="0"]').click();
          var items = document.querySelectorAll('#panel ul li');
          return {title: document.querySelector('#panel h3').textContent,
                  roles: Array.prototype.map.call(items, function (li) { var r = li.querySelector('.role'); return r ? r.textContent.replace(' — ', '') : ''; })};
        }())""")
        checks.check(panel["title"] == first["name"] and sorted(panel["roles"]) == expected,
                     "%s: a cooperation's panel lists its %d members with their roles" % (label, len(expected)), (panel, expected))
        actor = rows[0]["actor"]
        mine = sorted(r["role"] or "membre" for r in rows if r["actor"] == actor)
        works = browser.evaluate("""(function (id) {
          var d = JSON.parse(document.getElementById('report-data').textContent).actors, i = d.id.indexOf(id);
          var b = document.createElement('button');
          b.setAttribute('data-actor', String(i));
          document.body.appendChild(b);
          b.click();
          b.remove();
          var lists = document.querySelectorAll('#panel ul');
          return Array.prototype.map.call(lists[0].querySelectorAll('li .role'), function (r) { return r.textContent.replace(' — ', ''); });
        }(%s))""" % ("'%s'" % actor))
        checks.check(sorted(works) == mine, "%s: an actor's panel lists its %d cooperations with its roles" % (label, len(mine)), (works, mine))
    problems = page_problems(browser, page.resolve().as_uri())
    checks.check(not problems, "%s: no console error after paging and sorting" % label, problems[:5])


def run(context):
    check_tables(context)
    check_labels(context, 2000)
    if os.environ.get("BROWSER_LARGE") == "1":
        check_labels(context, 20000)
