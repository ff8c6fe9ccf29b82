extension ReportAssets {
    /// The page's stylesheet: screen layout, map highlighting, and an A4 print layout.
    static let style: StaticString = #"""
:root { --ink: #1d2a33; --muted: #56636b; --accent: #0b6e69; --accent-dark: #074d4a; --hot: #c2410c; --band: #f1f5f5; --line: #d5dee0; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #f7f9f9; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: var(--band); padding: 0 .2em; border-radius: 3px; }
.page-header { background: linear-gradient(120deg, var(--accent-dark), var(--accent)); color: #fff; padding: 1.75rem max(1rem, calc((100% - 80rem) / 2)) 1.25rem; }
.page-header h1 { margin: .2rem 0 .4rem; font-size: 2rem; line-height: 1.2; }
.page-header .kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; opacity: .85; }
.page-header .lede { margin: 0 0 .4rem; font-size: 1.1rem; max-width: 60rem; }
.page-header .scope { margin: 0 0 .4rem; font-weight: 600; }
.page-header nav ul { list-style: none; margin: .9rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.page-header nav a { color: #fff; text-decoration: none; border: 1px solid rgba(255,255,255,.45); border-radius: 999px; padding: .15rem .75rem; font-size: .9rem; }
.page-header nav a:hover, .page-header nav a:focus-visible { background: rgba(255,255,255,.18); }
main { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.5rem 1.3rem; margin: 1.25rem 0; }
h2 { margin: 0 0 .6rem; font-size: 1.45rem; color: var(--accent-dark); }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
p { max-width: 62rem; }
.note { color: var(--muted); font-size: .9rem; }
.cards { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: .7rem; }
.card { background: var(--band); border-radius: 8px; padding: .7rem .9rem; display: flex; flex-direction: column; }
.card .figure { font-size: 1.9rem; font-weight: 700; color: var(--accent); line-height: 1.1; font-variant-numeric: tabular-nums; }
/* « 35 658 847 » ties: a figure of nine characters or more in a smaller size, inside its card. */
.card .figure.long { font-size: 1.45rem; }
.card .label { font-weight: 600; }
.card .note { font-size: .8rem; }
.breakdowns { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; align-items: start; }
/* A breakdown with the employees' column (« 210 587–401 364 ») takes two columns of the grid where there is room. */
@media (min-width: 60rem) { .breakdowns > .breakdown-wide { grid-column: span 2; } }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: 700; padding: .2rem 0 .35rem; }
th, td { padding: .35rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
thead th { background: var(--band); border-bottom: 2px solid #b7c6c9; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafcfc; }
tbody tr:hover { background: #eef6f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
.labelled { display: inline-flex; align-items: center; }
ul.inline-list { display: inline; margin: 0; padding: 0; list-style: none; }
ul.inline-list li { display: inline; white-space: nowrap; }
ul.inline-list li .actor-link { white-space: normal; }
ul.inline-list li:not(:last-child) .actor-link::after { content: ","; }
ul.inline-list li:not(:last-child)::after { content: " "; }
#table-hubs td:last-child { min-width: 19rem; }
th[data-type="number"] { text-align: right; }
button.sort { font: inherit; font-weight: 700; color: var(--ink); background: none; border: 0; padding: 0; cursor: pointer; white-space: normal; text-align: inherit; }
button.sort::after { content: "\00a0⇅"; color: #98a6ab; font-weight: 400; }
th[aria-sort="ascending"] button.sort::after { content: "\00a0▲"; color: var(--accent); }
th[aria-sort="descending"] button.sort::after { content: "\00a0▼"; color: var(--accent); }
.swatch { display: inline-block; width: .85em; height: .85em; border-radius: 2px; border: 1px solid rgba(0,0,0,.35); margin-right: .4em; vertical-align: -.05em; }
.kind-icon { vertical-align: middle; margin-right: .35em; flex: none; }
.actor-link, .coop-link { font: inherit; color: var(--accent-dark); background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; text-decoration-color: #9cc7c4; text-underline-offset: 2px; }
.actor-link:hover, .coop-link:hover { color: var(--hot); }
ul.reasons { margin: 0; padding-left: 1.05em; font-size: .87rem; }
ul.reasons li { margin: 0 0 .1rem; }
td .summary { display: block; color: var(--muted); font-size: .84rem; margin-top: .15rem; }
.hint { color: var(--muted); margin-top: 0; }
.map-tools { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: flex-start; justify-content: space-between; margin-bottom: .7rem; }
.map-actions { display: flex; gap: .6rem; align-items: center; }
.search { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .6rem; flex: 1 1 28rem; }
.search label { font-weight: 600; }
.search input { width: 19rem; max-width: 100%; font: inherit; padding: .4rem .6rem; border: 1px solid #93a5aa; border-radius: 6px; }
.search input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
#search-status { color: var(--muted); font-size: .88rem; }
.search-results { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; flex-basis: 100%; }
.search-results button { font: inherit; font-size: .88rem; background: var(--band); border: 1px solid var(--line); border-radius: 999px; padding: .15rem .7rem; cursor: pointer; }
.search-results button:hover, .search-results button:focus-visible { border-color: var(--accent); color: var(--accent-dark); }
.zoom { display: inline-flex; }
.zoom button, button.secondary { font: inherit; min-width: 2.4rem; padding: .3rem .6rem; border: 1px solid #93a5aa; background: #fff; cursor: pointer; }
.zoom button:first-child { border-radius: 6px 0 0 6px; }
.zoom button:last-child { border-radius: 0 6px 6px 0; }
.zoom button + button { border-left: 0; }
button.secondary { border-radius: 6px; }
.zoom button:hover, button.secondary:hover { background: var(--band); }
.map-layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 1rem; align-items: start; }
.map { border: 1px solid var(--line); border-radius: 8px; overflow: auto; max-height: 84vh; background: #fff; }
.map.missing { padding: 1rem; color: var(--hot); }
.map.canvas-map { overflow: hidden; max-height: none; }
.map.canvas-map canvas { display: block; touch-action: none; cursor: grab; }
.map.canvas-map canvas:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.map-views { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 0 0 .7rem; }
.views { display: inline-flex; }
.views button { font: inherit; padding: .3rem .8rem; border: 1px solid #93a5aa; background: #fff; cursor: pointer; }
.views button:first-child { border-radius: 6px 0 0 6px; }
.views button:last-child { border-radius: 0 6px 6px 0; }
.views button + button { border-left: 0; }
.views button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.focus { margin: 0; display: flex; gap: .6rem; align-items: center; font-weight: 600; color: var(--accent-dark); }
.pager { display: flex; gap: .8rem; align-items: center; justify-content: flex-end; margin: .5rem 0 0; font-size: .9rem; }
.pager button { font: inherit; padding: .25rem .7rem; border: 1px solid #93a5aa; background: #fff; border-radius: 6px; cursor: pointer; }
.pager button:disabled { opacity: .45; cursor: default; }
.pager .download { margin-right: auto; }
.swatch.round { border-radius: 50%; }
.map > svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.map g.actor { cursor: pointer; }
.map g.actor:focus { outline: none; }
.map g.actor:hover :is(polygon, ellipse, path), .map g.actor:focus-visible :is(polygon, ellipse, path) { stroke: #000; stroke-width: 2.5px; }
.map svg.focus g.actor:not(.is-selected):not(.is-partner) { opacity: .13; }
.map svg.focus g.tie:not(.is-lit) { opacity: .05; }
.map svg.focus g.tie.is-lit path { stroke: var(--hot); stroke-opacity: .95; }
.map g.actor.is-partner :is(polygon, ellipse, path) { stroke: var(--hot); stroke-width: 3px; }
.map g.actor.is-selected :is(polygon, ellipse, path) { stroke: #000; stroke-width: 5px; }
.panel { position: sticky; top: .75rem; border: 1px solid var(--line); border-radius: 8px; background: var(--band); padding: .8rem 1rem; max-height: calc(100vh - 1.5rem); overflow: auto; font-size: .92rem; }
.panel h3 { margin: 0 0 .3rem; font-size: 1.1rem; color: var(--accent-dark); }
.panel h4 { margin: .8rem 0 .25rem; font-size: .95rem; }
.panel ul { margin: 0; padding: 0; list-style: none; }
.panel li { margin: .15rem 0; padding-left: .8em; text-indent: -.8em; }
.panel li > * { text-indent: 0; }
.panel dd { overflow-wrap: anywhere; }
.panel .role { color: var(--muted); }
.panel .facts { margin: 0; }
.panel-empty { color: var(--muted); margin: 0; }
.tip { position: fixed; z-index: 20; max-width: 22rem; background: #16242c; color: #fff; padding: .5rem .7rem; border-radius: 6px; font-size: .85rem; line-height: 1.35; pointer-events: none; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.tip strong { display: block; font-size: .95rem; margin-bottom: .15rem; }
.tip .muted { color: #b9c9cf; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem 1.2rem; margin-top: .7rem; }
.legend h3 { margin: 0; font-size: .95rem; }
.legend .kinds { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
.legend .kinds li { display: inline-flex; align-items: center; font-size: .9rem; }
.legend .note { flex-basis: 100%; margin: .1rem 0 0; }
dl.facts { display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: .3rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; min-width: 0; }
code.hash { word-break: break-all; }
ul.parameters { margin: 0; padding-left: 1.1em; }
dl.definitions dt { font-weight: 700; margin-top: .5rem; }
dl.definitions dd { margin: .1rem 0 0 1.2rem; }
.readme { font-size: .93rem; }
details.readme summary { cursor: pointer; color: var(--accent-dark); font-weight: 600; margin: .5rem 0; }
details.reading-warnings { font-size: .86rem; margin-top: .6rem; }
details.reading-warnings summary { cursor: pointer; color: var(--accent-dark); font-weight: 600; margin: .5rem 0; font-size: 1rem; }
details.reading-warnings ul { padding-left: 1.1em; margin: .3rem 0; }
details.reading-warnings li { overflow-wrap: anywhere; margin: .15rem 0; }
table.plain { font-size: .86rem; margin: .4rem 0 .8rem; }
footer { text-align: center; color: var(--muted); font-size: .85rem; padding: .5rem 1rem 2rem; }
@media (max-width: 60rem) {
  .map-layout { grid-template-columns: 1fr; }
  .panel { max-height: none; }
  .page-header h1 { font-size: 1.6rem; }
  section { padding: 1rem; }
}
/* --- Phones, keyboard and screen readers (issue 21, items 2 and 3) --- */
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { position: static; display: inline-block; margin: 0 0 .5rem; padding: .2rem .6rem; background: var(--accent-dark); color: #fff; border-radius: 6px; }
:focus-visible { outline: 3px solid var(--hot); outline-offset: 2px; }
.map g.actor:focus-visible :is(polygon, ellipse, path) { stroke: var(--hot); stroke-width: 4px; }
.map { position: relative; touch-action: pan-x pan-y; }
.map-keys { list-style: none; margin: 0; padding: 0; }
.map-keys li { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.map-keys li:focus-within { clip: auto; width: auto; height: auto; overflow: visible; top: .5rem; left: .5rem; z-index: 5; }
.map-keys button { font: inherit; font-size: .9rem; background: #fff; color: var(--ink); border: 2px solid var(--hot); border-radius: 6px; padding: .2rem .6rem; cursor: pointer; }
details.map-text { margin-top: .8rem; }
details.map-text summary { cursor: pointer; color: var(--accent-dark); font-weight: 600; }
.map-text ul.actors-text { margin: .5rem 0; padding-left: 1.1em; font-size: .9rem; }
.map-text ul.actors-text li { margin: 0 0 .45rem; }
.map-text .kind { color: var(--muted); }
code, dl.facts dd, ul.parameters li { overflow-wrap: anywhere; }
@media screen and (max-width: 47.99rem) {
  .map { max-height: 70vh; }
  dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
  dl.facts dd { margin-bottom: .4rem; }
  .views { flex-wrap: wrap; }
  .views button { padding: .3rem .6rem; }
}
/* Cards below a landscape tablet's width (60rem): one column on phones, two on tablets. */
@media screen and (max-width: 60rem) {
  table.cards-on-phone, table.cards-on-phone tbody, table.cards-on-phone td { display: block; }
  table.cards-on-phone thead { display: block; }
  table.cards-on-phone thead tr { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0 0 .6rem; background: none; }
  table.cards-on-phone thead th { display: block; background: var(--band); border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem; font-size: .82rem; white-space: normal; text-align: left; }
  table.cards-on-phone tbody tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .9rem; border: 1px solid var(--line); border-radius: 8px; padding: .55rem .75rem; margin: 0 0 .7rem; background: #fff; }
  table.cards-on-phone tbody tr:nth-child(even), table.cards-on-phone tbody tr:hover { background: #fff; }
  table.cards-on-phone td { border: 0; padding: 0; order: 3; flex: 0 1 auto; width: auto; min-width: 0; text-align: left; white-space: normal; }
  table.cards-on-phone td[data-label]::before { content: attr(data-label) "\00a0: "; color: var(--muted); font-size: .85rem; }
  table.cards-on-phone:lang(en) td[data-label]::before { content: attr(data-label) ": "; }
  table.cards-on-phone td.card-title { order: 1; font-weight: 700; font-size: 1.02rem; }
  table.cards-on-phone td.card-title::before { content: none; }
  table.cards-on-phone td.card-title.num::before, table.cards-on-phone:lang(en) td.card-title.num::before { content: attr(data-label) "\00a0"; color: var(--muted); font-weight: 400; }
  table.cards-on-phone td.card-lead { order: 2; flex: 1 1 100%; margin: .1rem 0 .3rem; }
  table.cards-on-phone td.card-lead::before { display: block; font-weight: 600; }
  table.cards-on-phone td.card-lead ul.reasons { font-size: .92rem; }
  #table-hubs td:last-child { min-width: 0; }
}
@media screen and (min-width: 48rem) and (max-width: 60rem) {
  table.cards-on-phone tbody { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .7rem; align-items: start; }
  table.cards-on-phone tbody tr { margin: 0; }
}
/* --- end of issue 21's block --- */
@page { size: A4; margin: 14mm 12mm 15mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 9.5pt; line-height: 1.35; color: #000; }
  .no-print, .page-header nav, .tip, .hint { display: none !important; }
  .page-header { background: none; color: #000; padding: 0 0 3mm; border-bottom: 2px solid var(--accent); }
  .page-header h1 { font-size: 18pt; }
  main { max-width: none; padding: 0; }
  section { border: 0; border-radius: 0; padding: 0; margin: 5mm 0 0; }
  h2 { font-size: 13pt; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  #carte { break-before: page; page-break-before: always; }
  .map-layout { display: block; }
  .map { border: 0; overflow: visible; max-height: none; }
  .map > svg { max-width: 100% !important; width: auto !important; height: auto; max-height: 225mm; }
  .map svg.focus g.actor, .map svg.focus g.tie { opacity: 1 !important; }
  .cards { grid-template-columns: repeat(4, 1fr); gap: 2mm; }
  .card { padding: 2mm 3mm; }
  .card .figure { font-size: 15pt; }
  .card .figure.long { font-size: 12pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 1mm 1.5mm; }
  tr, .card, dl.definitions dd { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  button.sort::after { content: none !important; }
  .actor-link, .coop-link { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  details.readme:not([open]), details.reading-warnings:not([open]) { display: none; }
  footer { padding: 4mm 0 0; }
}
"""#
}
