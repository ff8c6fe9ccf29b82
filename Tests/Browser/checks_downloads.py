"""Table downloads: each table of the report that names a file has a « Télécharger le
tableau (CSV) » button, and pressing it saves the whole table as Chromium really saves a
download (Browser.setDownloadBehavior), checked here byte by byte:

- the bundled report (French): a button under each of its tables, named after the
  table for screen readers; the actors' file is `pas-de-calais-2015-acteurs.csv`, UTF-8
  with a byte-order mark, `;` between cells, CRLF, one row per actor with the names of
  actors.csv, each betweenness the page data's value with a decimal comma; sorted by
  partners on the page, the file is sorted the same way; the hubs' file has one row per
  hub and its reasons;
- the English report: `,` and a decimal point;
- a dataset whose names look like formulas (=, +, -, @, fullwidth ＝, a tab): each such
  name comes back prefixed with `'` (as every CSV of Maillage), the others unchanged;
- the 2,000-actor report, whose actors and cooperations tables are paged: the files hold
  every row, not the page shown;
- no request leaves the page other than the blob it saves, and no console error."""
import csv
import io
import json
import os
import tempfile
import time
from pathlib import Path

from report_browser_test import make_report, open_page, page_problems
from checks_scale import synthetic_report


def download(context, folder, selector):
    """Clicks the download button under the table `selector` (a real mouse click) and
    returns (suggested file name, bytes saved)."""
    browser = context.browser
    box = browser.evaluate("""(function (s) {
      var t = document.querySelector(s), b = t.parentNode.nextElementSibling.querySelector('button.download');
      b.scrollIntoView({block: 'center'});
      var r = b.getBoundingClientRect();
      return {x: r.left + r.width / 2, y: r.top + r.height / 2, label: b.textContent, aria: b.getAttribute('aria-label')};
    }(%s))""" % json.dumps(selector))
    browser.events[:] = [e for e in browser.events if not e["method"].startswith("Browser.download")]
    browser.click(box["x"], box["y"])
    begin = browser.wait_for_event("Browser.downloadWillBegin", timeout=20)["params"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        progress = browser.wait_for_event("Browser.downloadProgress", timeout=30)["params"]
        if progress.get("guid") == begin["guid"] and progress.get("state") in ("completed", "canceled"):
            break
    data = (Path(folder) / begin["guid"]).read_bytes()
    return begin["suggestedFilename"], data, box


def rows_of(data, delimiter):
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text[1:] if text.startswith("\ufeff") else text, newline=""), delimiter=delimiter))


def check_no_requests(context, page, label):
    problems = [p for p in page_problems(context.browser, page.resolve().as_uri())
                if not p.startswith("request: blob:file://")]
    context.checks.check(not problems, "%s: no request but the saved blob, no console error" % label, problems[:5])


def check_bundled(context, folder):
    browser, checks = context.browser, context.checks
    page = context.pages / "rapport.html"
    checks.check(open_page(browser, page), "downloads: the bundled report's script ran")
    state = browser.evaluate("""(function () {
      var named = document.querySelectorAll('table[data-download]'), buttons = document.querySelectorAll('.pager button.download');
      var labels = Array.prototype.map.call(buttons, function (b) { return b.getAttribute('aria-label') || ''; });
      return {tables: named.length, buttons: buttons.length, labels: labels};
    }())""")
    checks.check(state["tables"] >= 6 and state["buttons"] == state["tables"]
                 and all(l.startswith("Télécharger le tableau (CSV) — ") and len(l) > 33 for l in state["labels"])
                 and len(set(state["labels"])) == len(state["labels"]),
                 "downloads: one button under each of the %d named tables, each named after its table" % state["tables"], state)

    with open(context.bundled / "actors.csv", newline="", encoding="utf-8") as f:
        actors = list(csv.DictReader(f))
    name, data, box = download(context, folder, "#table-acteurs")
    rows = rows_of(data, ";")
    data_block = json.loads(browser.evaluate("document.getElementById('report-data').textContent"))
    betweenness = dict(zip(data_block["actors"]["name"], data_block["actors"]["betweenness"]))
    header = rows[0] if rows else []
    column = header.index("intermédiarité") if "intermédiarité" in header else -1
    values_ok = column >= 0 and all(abs(float(r[column].replace(",", ".")) - betweenness[r[0]]) <= 1e-5 * betweenness[r[0]] for r in rows[1:])
    checks.check(name == "pas-de-calais-2015-acteurs.csv" and data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
                 and box["label"] == "Télécharger le tableau (CSV)",
                 "downloads: the actors table saves as %s, UTF-8 with a BOM, CRLF" % name, (name, data[:40]))
    checks.check(len(rows) == len(actors) + 1 and sorted(r[0] for r in rows[1:]) == sorted(a["name"] for a in actors)
                 and header[:2] == ["acteur", "type"],
                 "downloads: the actors file has a row per actor (%d), with the names of actors.csv" % (len(rows) - 1),
                 (len(rows), header))
    checks.check(values_ok and any("," in r[column] and len(r[column]) > 8 for r in rows[1:]),
                 "downloads: each betweenness is its value (not the 3 decimals shown), with a decimal comma",
                 rows[1:3])
    # Sorted on the page by partners, descending: the file follows.
    browser.evaluate("""(function () {
      var th = document.getElementById('table-acteurs').tHead.rows[0].cells[4];
      th.querySelector('button').click(); th.querySelector('button').click();
    }())""")
    _, data, _ = download(context, folder, "#table-acteurs")
    partners = [int(r[4]) for r in rows_of(data, ";")[1:]]
    checks.check(partners == sorted(partners, reverse=True) and len(partners) == len(actors),
                 "downloads: sorted by partners on the page, the file is sorted the same way", partners[:5])
    hubs = browser.evaluate("document.querySelectorAll('#table-hubs tbody tr').length")
    name, data, _ = download(context, folder, "#table-hubs")
    rows = rows_of(data, ";")
    reasons = rows[0].index("pourquoi") if rows and "pourquoi" in rows[0] else -1
    checks.check(name == "pas-de-calais-2015-tetes-de-pont.csv" and len(rows) == hubs + 1 and reasons >= 0
                 and all(" · " in r[reasons] for r in rows[1:4]),
                 "downloads: the hubs file has its %d hubs, each with its reasons joined by « · »" % hubs, rows[:2])
    check_no_requests(context, page, "downloads (bundled)")

    page = context.pages / "report-en.html"
    checks.check(open_page(browser, page), "downloads: the English report's script ran")
    name, data, _ = download(context, folder, "#table-acteurs")
    rows = rows_of(data, ",")
    checks.check(name == "pas-de-calais-2015-actors.csv" and len(rows) == len(actors) + 1 and rows[0][:2] == ["actor", "kind"]
                 and any("." in r[5] for r in rows[1:]) and not any("," in r[5] for r in rows[1:]),
                 "downloads: in English, %s with commas between cells and a decimal point" % name, rows[:2])


FORMULAS = ["=HYPERLINK(\"http://example.invalid\";\"x\")", "+33 6 12 34 56 78", "-Coop", "@SUM(A1)",
            "\uFF1D1+1", " =cmd /C calc!A0", "-3", "Coop ordinaire"]


def check_formulas(context, folder):
    browser, checks = context.browser, context.checks
    dataset = context.pages / "formules"
    dataset.mkdir(exist_ok=True)
    with open(dataset / "memberships.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["cooperation", "actor", "role"])
        for k, name in enumerate(FORMULAS):
            w.writerow(["Projet commun", name, "member"])
            w.writerow(["Projet %d" % (k % 3), name, "member"])
    page = context.pages / "formules.html"
    make_report(context.maillage, dataset, page, "fr")
    checks.check(open_page(browser, page), "downloads: the formula-names report's script ran")
    name, data, _ = download(context, folder, "#table-acteurs")
    got = sorted(r[0] for r in rows_of(data, ";")[1:])
    guarded = {n: ("'" + n if n not in ("Coop ordinaire", "-3") else n) for n in FORMULAS}
    # Names are shown (and saved) with their spaces trimmed, as the loader reads them.
    expected = sorted(guarded[n] if not n.startswith(" ") else "'" + n.strip() for n in FORMULAS)
    checks.check(got == expected and not browser.evaluate("window.__pwned.length"),
                 "downloads: names that a spreadsheet would read as formulas come back prefixed with ', the others as they are",
                 (got, expected))
    check_no_requests(context, page, "downloads (formulas)")


def check_paged(context, folder):
    browser, checks = context.browser, context.checks
    page = synthetic_report(context, 2000)
    checks.check(open_page(browser, page), "downloads: the 2,000-actor report's script ran")
    counts = browser.evaluate("""(function () {
      var d = JSON.parse(document.getElementById('report-data').textContent);
      return {actors: d.actors.name.length, cooperations: d.cooperations.name.length, names: d.actors.name,
              shown: document.querySelectorAll('#table-acteurs tbody tr').length};
    }())""")
    started = time.monotonic()
    name, data, _ = download(context, folder, "#table-acteurs")
    seconds = time.monotonic() - started
    rows = rows_of(data, ";")
    checks.check(name == "synth-2000-acteurs.csv" or name.endswith("-acteurs.csv"), "downloads: the paged actors table saves as %s" % name)
    checks.check(counts["shown"] == 50 and len(rows) == counts["actors"] + 1 and sorted(r[0] for r in rows[1:]) == sorted(counts["names"]),
                 "downloads: the paged actors table saves all %d actors, not the 50 shown (%.1f s)" % (counts["actors"], seconds),
                 (counts["shown"], len(rows)))
    name, data, _ = download(context, folder, "#table-cooperations")
    rows = rows_of(data, ";")
    checks.check(len(rows) == counts["cooperations"] + 1,
                 "downloads: the paged cooperations table saves all %d cooperations" % counts["cooperations"], len(rows))
    check_no_requests(context, page, "downloads (2,000 actors)")


def run(context):
    browser = context.browser
    folder = tempfile.mkdtemp(prefix="maillage-downloads-")
    from report_browser_test import BUNDLED
    context.bundled = BUNDLED
    browser.call("Browser.setDownloadBehavior", {"behavior": "allowAndName", "downloadPath": folder, "eventsEnabled": True},
                 session=False)
    try:
        check_bundled(context, folder)
        check_formulas(context, folder)
        check_paged(context, folder)
    finally:
        browser.call("Browser.setDownloadBehavior", {"behavior": "default"}, session=False)
        for entry in Path(folder).iterdir():
            entry.unlink()
        os.rmdir(folder)
