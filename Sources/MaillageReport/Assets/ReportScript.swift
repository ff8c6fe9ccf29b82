/// The page's own code, inline (the page loads nothing).
enum ReportAssets {}

extension ReportAssets {
    /// The page's script: plain JavaScript, no library, no `eval`, no `innerHTML`.
    /// It reads the `report-data` JSON block and writes data only with `textContent`
    /// and `setAttribute`, so a dataset string can never become markup or code.
    ///
    /// One function scope made of four parts, in order: ``scriptCore`` (data, details
    /// panel, search, sortable tables), ``scriptSVGMap`` (the labelled Graphviz map),
    /// ``scriptCanvasMap`` (the canvas map and its overviews), ``scriptPagedTables``
    /// (long tables shown a page at a time) and ``scriptTableDownloads`` (each table as a
    /// CSV file), then the start-up code.
    static let scriptParts: [StaticString] = [scriptCore, scriptSVGMap, scriptCanvasMap, scriptPagedTables, scriptTableDownloads, scriptStart]

    /// The whole script, as the page holds it (its SHA-256 is in the page's CSP).
    static let script: String = scriptParts.map(\.description).joined()

    /// Data, helpers, the details panel, search and sortable tables.
    ///
    /// - Map (either kind, through the `map` object a map part sets): hovering an actor
    ///   shows a card with its details; clicking it (or Enter on it) marks it, its
    ///   partners and its ties, dims the rest and fills the details panel; clicking a
    ///   cooperation there (or in the cooperations table) marks its members. Clicking
    ///   the background or Escape clears the marks.
    /// - Search: matches names, ids and territories, accents and case ignored; Enter
    ///   takes the first match.
    /// - Tables: a click on a column header sorts by it (numbers by their exact value).
    /// - Partners are found from the ties when the page carries them, else from the
    ///   members of the actor's cooperations; each list is sorted by name when shown.
    /// - The data comes column by column (`Report.pageData`); an actor's cooperations are
    ///   found by inverting the cooperations' members once, on first use (O(memberships)).
    static let scriptCore: StaticString = #"""
(function () {
  'use strict';
  var source = document.getElementById('report-data');
  if (!source) { return; }
  var data = JSON.parse(source.textContent);
  var T = data.text, L = data.labels;
  // Actors and cooperations come column by column (Report.pageData): actor i is
  // A.name[i], A.degree[i]…; its kind, place, role codes point into the tables of L.
  var A = data.actors, C = data.cooperations;
  var names = A.name, coopNames = C.name;
  var actorCount = names.length, coopCount = coopNames.length;
  // Pairs of actors written as Report.pairList writes them, unfolded into u0, v0, u1, v1…
  function unfoldPairs(p) {
    if (!p || !p.after) { return new Int32Array(0); }
    var out = new Int32Array(2 * p.gaps.length), t = 0, g = 0;
    for (var u = 0; u < p.after.length; u++) {
      for (var k = 0, v = u; k < p.after[u]; k++) { v += p.gaps[g++]; out[t++] = u; out[t++] = v; }
    }
    return out;
  }
  var ties = unfoldPairs(data.ties);
  var collator = new Intl.Collator(data.lang, { numeric: true, sensitivity: 'base' });
  var numberFormat = new Intl.NumberFormat(data.lang, { maximumFractionDigits: 3 });
  function kindLabel(i) { return L.kinds[A.kind[i]][1]; }
  function kindOf(i) { return L.kinds[A.kind[i]][0]; }
  function placeOf(i) { return L.places[A.place[i]] || ''; }
  function formLabel(c) { return L.forms[C.form[c]][1]; }
  var hubRank = new Map();
  for (var h = 0; h + 1 < A.hubs.length; h += 2) { if (!hubRank.has(A.hubs[h])) { hubRank.set(A.hubs[h], A.hubs[h + 1]); } }
  // Memberships, each once: cooperation c has members C.members[k] for k in
  // memberStart[c] ≤ k < memberStart[c + 1], with role L.roles[C.roles[k]].
  var memberStart = new Int32Array(coopCount + 1);
  for (var c0 = 0; c0 < coopCount; c0++) { memberStart[c0 + 1] = memberStart[c0] + C.memberCount[c0]; }
  function roleOf(k) { return L.roles[C.roles.charCodeAt(k) - 48] || ''; }
  function membersOf(c) { return C.members.slice(memberStart[c], memberStart[c + 1]); }
  // The same memberships actor by actor (their indices k), built on first use: O(memberships).
  var actorStart = null, byActor = null, coopOfMembership = null;
  function indexMemberships() {
    if (actorStart) { return; }
    var count = C.members.length, k, c;
    coopOfMembership = new Int32Array(count);
    for (c = 0; c < coopCount; c++) { for (k = memberStart[c]; k < memberStart[c + 1]; k++) { coopOfMembership[k] = c; } }
    actorStart = new Int32Array(actorCount + 1);
    for (k = 0; k < count; k++) { actorStart[C.members[k] + 1]++; }
    for (var a = 0; a < actorCount; a++) { actorStart[a + 1] += actorStart[a]; }
    var next = actorStart.slice(0, actorCount);
    byActor = new Int32Array(count);
    for (k = 0; k < count; k++) { byActor[next[C.members[k]]++] = k; }
  }
  // Actor i's memberships: [cooperation, membership index k] pairs, by cooperation.
  function membershipsOf(i) {
    indexMemberships();
    var out = [];
    for (var k = actorStart[i]; k < actorStart[i + 1]; k++) { out.push([coopOfMembership[byActor[k]], byActor[k]]); }
    return out;
  }
  function cooperationCount(i) { indexMemberships(); return actorStart[i + 1] - actorStart[i]; }

  var partnerLists = null;
  function partnersOf(i) {
    if (data.tiesComplete) {
      if (!partnerLists) {
        partnerLists = [];
        for (var a = 0; a < actorCount; a++) { partnerLists.push([]); }
        for (var t = 0; t + 1 < ties.length; t += 2) { partnerLists[ties[t]].push(ties[t + 1]); partnerLists[ties[t + 1]].push(ties[t]); }
      }
      return partnerLists[i];
    }
    var seen = new Set(), out = [];
    membershipsOf(i).forEach(function (pair) {
      for (var k = memberStart[pair[0]]; k < memberStart[pair[0] + 1]; k++) {
        var j = C.members[k];
        if (j !== i && !seen.has(j)) { seen.add(j); out.push(j); }
      }
    });
    return out;
  }
  var sortedPartners = new Map();
  function partnersByName(i) {
    if (!sortedPartners.has(i)) {
      var list = partnersOf(i).slice();
      list.sort(function (a, b) { return collator.compare(names[a], names[b]); });
      sortedPartners.set(i, list);
    }
    return sortedPartners.get(i);
  }

  var mapBox = document.getElementById('map');
  var panel = document.getElementById('panel');
  var tip = document.getElementById('tip');
  // Set by a map part: { mark(nodes, pairs, selected), clear(), reveal(i), has(i) }.
  var map = null;

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (className) { e.className = className; }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function format(template, n, m) { return template.replace('{n}', String(n)).replace('{m}', String(m)); }
  function safeURL(url) { return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null; }

  function placeTip(x, y) {
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8), top = y + 16;
    if (top + h > window.innerHeight - 8) { top = y - h - 12; }
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = Math.max(8, top) + 'px';
  }
  function showTip(i, x, y) {
    if (!tip) { return; }
    clear(tip);
    tip.appendChild(el('strong', names[i]));
    var place = placeOf(i);
    tip.appendChild(el('div', kindLabel(i) + (place ? ' · ' + place : '')));
    tip.appendChild(el('div', T.partners + T.colon + A.degree[i] + ' · ' + T.cooperations + T.colon + cooperationCount(i)));
    if (hubRank.has(i)) { tip.appendChild(el('div', T.hub + hubRank.get(i))); }
    tip.appendChild(el('div', T.hint, 'muted'));
    placeTip(x, y);
  }
  function showTipLines(title, lines, x, y) {
    if (!tip) { return; }
    clear(tip);
    tip.appendChild(el('strong', title));
    lines.forEach(function (line, k) { tip.appendChild(el('div', line, k === lines.length - 1 ? 'muted' : null)); });
    placeTip(x, y);
  }
  function hideTip() { if (tip) { tip.hidden = true; } }
  // Said to screen readers (the map's role="status" line).
  var mapStatus = document.getElementById('map-status');
  function announce(text) { if (mapStatus) { mapStatus.textContent = text; } }
  function say(template, n, m) { return template.replace(/\{(n|m)\}/g, function (all, which) { return String(which === 'n' ? n : m); }); }
  var marksShown = false;
  function clearMarks() {
    if (map) { map.clear(); }
    if (marksShown) { marksShown = false; announce(T.clearedStatus); }
  }

  function actorButton(j, suffix) {
    var b = el('button', names[j], 'actor-link');
    b.type = 'button';
    b.setAttribute('data-actor', String(j));
    var li = el('li');
    li.appendChild(b);
    if (suffix) { li.appendChild(el('span', ' — ' + suffix, 'role')); }
    return li;
  }
  function coopButton(c, suffix) {
    var b = el('button', coopNames[c], 'coop-link');
    b.type = 'button';
    b.setAttribute('data-cooperation', String(c));
    var li = el('li');
    li.appendChild(b);
    if (suffix) { li.appendChild(el('span', ' — ' + suffix, 'role')); }
    return li;
  }
  function fact(dl, term, value) { dl.appendChild(el('dt', term)); dl.appendChild(el('dd', value)); }

  function selectActor(i, scroll) {
    var list = partnersOf(i);
    if (map) { map.mark([i].concat(list), list.map(function (j) { return [i, j]; }), i); }
    marksShown = true;
    announce(say(T.selectedStatus, names[i], list.length));
    if (panel) {
      var sorted = partnersByName(i), place = placeOf(i), works = membershipsOf(i);
      clear(panel);
      panel.appendChild(el('h3', names[i]));
      var dl = el('dl', null, 'facts');
      fact(dl, T.kind, kindLabel(i));
      fact(dl, T.id, A.id[i]);
      if (place) { fact(dl, T.territory, place); }
      fact(dl, T.betweenness, numberFormat.format(A.betweenness[i] || 0));
      if (A.cluster[i]) { fact(dl, T.cluster, String(A.cluster[i])); }
      if (hubRank.has(i)) { fact(dl, T.hub.trim(), String(hubRank.get(i))); }
      if (A.registration && A.registration[i]) { fact(dl, T.registration, A.registration[i]); }
      if (A.employees && A.employees[i]) { fact(dl, T.employees, A.employees[i]); }
      var url = safeURL(A.website[i]);
      if (url) {
        dl.appendChild(el('dt', T.website));
        var dd = el('dd'), link = el('a', url);
        link.setAttribute('href', url);
        link.setAttribute('rel', 'noopener noreferrer');
        link.setAttribute('target', '_blank');
        dd.appendChild(link);
        dl.appendChild(dd);
      }
      panel.appendChild(dl);
      if (!map || !map.has(i)) { panel.appendChild(el('p', T.notOnMap, 'note')); }
      panel.appendChild(el('h4', T.cooperations + ' (' + works.length + ')'));
      var cl = el('ul');
      works.forEach(function (pair) { cl.appendChild(coopButton(pair[0], roleOf(pair[1]))); });
      panel.appendChild(cl);
      panel.appendChild(el('h4', T.partners + ' (' + sorted.length + ')'));
      var pl = el('ul');
      sorted.slice(0, 300).forEach(function (j) { pl.appendChild(actorButton(j, kindLabel(j))); });
      if (sorted.length > 300) { pl.appendChild(el('li', format(T.more, sorted.length - 300), 'note')); }
      if (!sorted.length) { pl.appendChild(el('li', T.noPartner)); }
      panel.appendChild(pl);
    }
    if (scroll && map) { map.reveal(i); }
  }

  function selectCooperation(c, scroll) {
    var members = membersOf(c);
    var pairs = [];
    if (members.length <= 400) {
      for (var x = 0; x < members.length; x++) {
        for (var y = x + 1; y < members.length; y++) { pairs.push([members[x], members[y]]); }
      }
    }
    if (map) { map.mark(members, pairs, -1); }
    if (panel) {
      clear(panel);
      panel.appendChild(el('h3', coopNames[c]));
      var dl = el('dl', null, 'facts');
      fact(dl, T.form, formLabel(c));
      if (C.declared[c] !== null) { fact(dl, T.declared, String(C.declared[c])); }
      panel.appendChild(dl);
      panel.appendChild(el('h4', T.members + ' (' + members.length + ')'));
      var ul = el('ul');
      for (var k = memberStart[c]; k < memberStart[c + 1]; k++) { ul.appendChild(actorButton(C.members[k], roleOf(k))); }
      panel.appendChild(ul);
    }
    if (scroll && members.length && map) { map.reveal(members[0]); }
  }

  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { clearMarks(); hideTip(); } });
  document.addEventListener('click', function (event) {
    var t = event.target;
    if (!t || !t.closest) { return; }
    var b = t.closest('button[data-actor]');
    if (b) { selectActor(Number(b.getAttribute('data-actor')), true); return; }
    b = t.closest('button[data-cooperation]');
    if (b) { selectCooperation(Number(b.getAttribute('data-cooperation')), true); }
  });
  var clearButton = document.getElementById('clear-selection');
  if (clearButton) { clearButton.addEventListener('click', clearMarks); }

  // The map's text version: each actor with its partners and cooperations, most
  // connected first, written a hundred actors at a time when the reader opens it.
  var textBox = document.getElementById('carte-texte');
  var textList = document.getElementById('map-text-list'), textMore = document.getElementById('map-text-more');
  var textOrder = null, textShown = 0;
  function byDegree(x, y) { return A.degree[y] - A.degree[x] || collator.compare(names[x], names[y]); }
  function writeTextVersion() {
    if (!textOrder) { textOrder = []; for (var a = 0; a < actorCount; a++) { textOrder.push(a); } textOrder.sort(byDegree); }
    var end = Math.min(textOrder.length, textShown + 100);
    for (var k = textShown; k < end; k++) {
      var i = textOrder[k], partners = partnersByName(i), place = placeOf(i);
      var li = el('li');
      li.appendChild(el('strong', names[i]));
      li.appendChild(el('span', ' (' + kindLabel(i) + (place ? ', ' + place : '') + ')', 'kind'));
      var partnerNames = partners.slice(0, 300).map(function (j) { return names[j]; }).join(', ');
      if (partners.length > 300) { partnerNames += ' ' + format(T.more, partners.length - 300); }
      li.appendChild(el('div', say(T.partnersOf, partners.length) + T.colon + (partners.length ? partnerNames : T.none)));
      var works = membershipsOf(i).map(function (pair) { var role = roleOf(pair[1]); return coopNames[pair[0]] + (role ? ' (' + role + ')' : ''); });
      li.appendChild(el('div', say(T.cooperationsOf, works.length) + T.colon + (works.length ? works.join(' ; ') : T.none)));
      textList.appendChild(li);
    }
    textShown = end;
    textMore.hidden = textShown >= textOrder.length;
    textBox.setAttribute('data-shown', String(textShown));
  }
  if (textBox && textList && textMore) {
    textBox.addEventListener('toggle', function () { if (textBox.open && textShown === 0) { writeTextVersion(); } });
    textMore.addEventListener('click', writeTextVersion);
  }

  // Search.
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var haystack = null;
  var search = document.getElementById('search');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var matches = [];
  function runSearch() {
    if (!haystack) { haystack = []; for (var a = 0; a < actorCount; a++) { haystack.push(fold(names[a] + ' ' + A.id[a] + ' ' + placeOf(a))); } }
    var q = fold(search.value.trim());
    clear(results);
    matches = [];
    if (!q) { status.textContent = ''; return; }
    for (var i = 0; i < actorCount; i++) { if (haystack[i].indexOf(q) >= 0) { matches.push(i); } }
    var starts = function (i) { return haystack[i].indexOf(q) === 0 ? 0 : 1; };
    var shown = matches.length > 2000 ? matches.slice(0, 2000) : matches;
    shown.sort(function (x, y) { return starts(x) - starts(y) || collator.compare(names[x], names[y]); });
    status.textContent = matches.length === 0 ? T.foundNone : matches.length === 1 ? T.found1 : format(T.foundN, matches.length);
    shown.slice(0, 12).forEach(function (i) {
      var b = el('button', names[i] + ' — ' + kindLabel(i));
      b.type = 'button';
      b.setAttribute('data-actor', String(i));
      var li = el('li');
      li.appendChild(b);
      results.appendChild(li);
    });
    if (matches.length > 12) { results.appendChild(el('li', format(T.more, matches.length - 12), 'note')); }
    matches = shown;
  }
  if (search && results && status) {
    search.addEventListener('input', runSearch);
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); runSearch(); if (matches.length) { selectActor(matches[0], true); } }
    });
  }

  // Sortable tables (those written whole in the page; long ones are paged below).
  function sortKey(cell) { return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim(); }
  function compareKeys(a, b, numeric) {
    if (numeric) {
      var x = a === '' || a === null ? NaN : Number(a), y = b === '' || b === null ? NaN : Number(b);
      if (isNaN(x) || isNaN(y)) { return isNaN(x) === isNaN(y) ? 0 : isNaN(x) ? 1 : -1; }
      return x - y;
    }
    return collator.compare(String(a), String(b));
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable:not([data-paged])'), function (table) {
    var head = table.tHead ? table.tHead.rows[0] : null;
    if (!head) { return; }
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compareKeys(sortKey(r1.cells[column]), sortKey(r2.cells[column]), numeric);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

"""#

    /// The labelled map: Graphviz's SVG, its nodes found by id (`actor-<key>`, ties
    /// `tie-<key>--<key>`), marked with classes; zoom buttons widen it inside its
    /// scrolling frame.
    static let scriptSVGMap: StaticString = #"""
  function svgMap(box, svg) {
    var XLINK = 'http://www.w3.org/1999/xlink';
    var keys = A.key || [];
    function nodeOf(i) { return keys[i] === undefined ? null : document.getElementById('actor-' + keys[i]); }
    function tieOf(a, b) {
      return document.getElementById('tie-' + keys[a] + '--' + keys[b]) ||
        document.getElementById('tie-' + keys[b] + '--' + keys[a]);
    }
    var indexOfNode = new Map();
    for (var i = 0; i < actorCount; i++) {
      var node = nodeOf(i);
      if (!node) { continue; }
      indexOfNode.set(node, i);
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', names[i] + ' (' + kindLabel(i) + ', ' + T.partners.toLowerCase() + T.colon + A.degree[i] + ')');
      Array.prototype.forEach.call(node.querySelectorAll('a'), function (a) { a.removeAttributeNS(XLINK, 'title'); });
    }
    // Tab goes through the actors from the most to the least connected: their nodes are
    // moved, in that order, after everything else the map draws (ties stay below them).
    svg.setAttribute('tabindex', '-1');  // the actors are the tab stops, not the picture
    var tabOrder = [];
    indexOfNode.forEach(function (i, node) { tabOrder.push([node, i]); });
    tabOrder.sort(function (p, q) { return byDegree(p[1], q[1]); });
    tabOrder.forEach(function (p) { p[0].parentNode.appendChild(p[0]); });
    function actorAt(target) {
      var node = target && target.closest ? target.closest('g.actor') : null;
      return node && indexOfNode.has(node) ? indexOfNode.get(node) : -1;
    }
    var zoom = 1, fitWidth = 0;
    function setZoom(z) {
      if (zoom === 1) { fitWidth = svg.getBoundingClientRect().width; }
      zoom = Math.min(6, Math.max(1, z));
      box.setAttribute('data-zoom', String(zoom));
      svg.style.maxWidth = zoom === 1 ? '' : 'none';
      svg.style.width = zoom === 1 ? '' : Math.round(zoom * fitWidth) + 'px';
      var reset = document.getElementById('zoom-reset');
      if (reset) { reset.textContent = Math.round(zoom * 100) + ' %'; }
    }
    [['zoom-in', 1.5], ['zoom-out', 1 / 1.5], ['zoom-reset', 0]].forEach(function (z) {
      var b = document.getElementById(z[0]);
      if (b) { b.addEventListener('click', function () { setZoom(z[1] ? zoom * z[1] : 1); }); }
    });
    var api = {
      clear: function () {
        svg.classList.remove('focus');
        Array.prototype.forEach.call(svg.querySelectorAll('.is-selected, .is-partner, .is-lit'), function (e) {
          e.classList.remove('is-selected', 'is-partner', 'is-lit');
        });
      },
      mark: function (nodes, pairs, selected) {
        api.clear();
        svg.classList.add('focus');
        nodes.forEach(function (j) { var n = nodeOf(j); if (n) { n.classList.add(j === selected ? 'is-selected' : 'is-partner'); } });
        pairs.forEach(function (t) { var e = tieOf(t[0], t[1]); if (e) { e.classList.add('is-lit'); } });
      },
      reveal: function (i) {
        var node = nodeOf(i);
        // A map shrunk to fit its frame is enlarged (up to twice, never past its own size) to show the actor.
        if (node && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
          var fit = zoom === 1 ? svg.getBoundingClientRect().width : fitWidth;
          var target = Math.min(2, svg.viewBox.baseVal.width * 4 / 3 / Math.max(fit, 1));
          if (target > 1.2 && zoom < target) { setZoom(target); }
        }
        if (node && node.scrollIntoView) { node.scrollIntoView({ block: 'center', inline: 'center' }); }
        else if (box.scrollIntoView) { box.scrollIntoView({ block: 'start' }); }
      },
      has: function (i) { return !!nodeOf(i); }
    };
    svg.addEventListener('click', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { selectActor(i, false); } else { clearMarks(); }
      if (event.pointerType === 'touch') { hideTip(); }  // on a touch screen the panel shows the details
    });
    svg.addEventListener('keydown', function (event) {
      var i = actorAt(event.target);
      if (i >= 0 && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); selectActor(i, false); }
    });
    svg.addEventListener('mouseover', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { showTip(i, event.clientX, event.clientY); }
    });
    svg.addEventListener('mousemove', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { showTip(i, event.clientX, event.clientY); } else { hideTip(); }
    });
    svg.addEventListener('mouseleave', hideTip);
    // Touch: a tap is a click (above); two fingers pinch the map's zoom about their middle.
    var pinch = null;
    function spread(touches) {
      var a = touches[0], b = touches[1];
      return { d: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)), x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2 };
    }
    box.addEventListener('touchstart', function (event) {
      if (event.touches.length === 2) { pinch = spread(event.touches); pinch.zoom = zoom; hideTip(); }
    }, { passive: true });
    box.addEventListener('touchmove', function (event) {
      if (!pinch || event.touches.length !== 2) { return; }
      event.preventDefault();
      var now = spread(event.touches), frame = box.getBoundingClientRect();
      var before = svg.getBoundingClientRect().width;
      var px = box.scrollLeft + now.x - frame.left, py = box.scrollTop + now.y - frame.top;
      setZoom(pinch.zoom * now.d / pinch.d);
      var ratio = svg.getBoundingClientRect().width / Math.max(before, 1);
      box.scrollLeft = px * ratio - (now.x - frame.left);
      box.scrollTop = py * ratio - (now.y - frame.top);
    }, { passive: false });
    box.addEventListener('touchend', function (event) { if (event.touches.length < 2) { pinch = null; } });
    box.addEventListener('touchcancel', function () { pinch = null; });
    box.setAttribute('data-zoom', '1');
    svg.addEventListener('focusin', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { var r = event.target.getBoundingClientRect(); showTip(i, r.right, r.top); }
    });
    svg.addEventListener('focusout', hideTip);
    return api;
  }

"""#

    /// Start-up: picks the map, then marks the page ready (`data-ready` on `<html>`).
    static let scriptStart: StaticString = #"""
  if (mapBox) {
    var svgElement = mapBox.querySelector('svg');
    var canvasElement = mapBox.querySelector('canvas');
    if (canvasElement && data.map) { map = canvasMap(mapBox, canvasElement, data.map); }
    else if (svgElement) { map = svgMap(mapBox, svgElement); }
  }
  pagedTables();
  tableDownloads();
  document.documentElement.setAttribute('data-ready', 'true');
}());
"""#
}
