/// The page's own code, inline (the page loads nothing).
enum ReportAssets {}

extension ReportAssets {
    /// The page's script: plain JavaScript, no library, no `eval`, no `innerHTML`.
    /// It reads the `report-data` JSON block and writes data only with `textContent`
    /// and `setAttribute`, so a dataset string can never become markup or code.
    ///
    /// - Map: hovering an actor shows a card with its details; clicking it (or Enter
    ///   on it) marks it `is-selected`, its partners `is-partner` and its ties `is-lit`,
    ///   dims the rest and fills the details panel; clicking a cooperation there (or in
    ///   the cooperations table) marks its members. Clicking the background or Escape
    ///   clears the marks. Zoom buttons widen the map inside its scrolling frame.
    /// - Search: matches names, ids and territories, accents and case ignored; Enter
    ///   takes the first match.
    /// - Tables: a click on a column header sorts by it (numbers by their exact value).
    static let script: StaticString = #"""
(function () {
  'use strict';
  var source = document.getElementById('report-data');
  if (!source) { return; }
  var data = JSON.parse(source.textContent);
  var T = data.text;
  var actors = data.actors, coops = data.cooperations;
  var partners = actors.map(function () { return []; });
  data.ties.forEach(function (t) { partners[t[0]].push(t[1]); partners[t[1]].push(t[0]); });
  var collator = new Intl.Collator(data.lang, { numeric: true, sensitivity: 'base' });
  var numberFormat = new Intl.NumberFormat(data.lang, { maximumFractionDigits: 3 });
  partners.forEach(function (list) { list.sort(function (a, b) { return collator.compare(actors[a].name, actors[b].name); }); });

  var mapBox = document.getElementById('map');
  var svg = mapBox ? mapBox.querySelector('svg') : null;
  var panel = document.getElementById('panel');
  var tip = document.getElementById('tip');
  var XLINK = 'http://www.w3.org/1999/xlink';

  function nodeOf(i) { return document.getElementById('actor-' + actors[i].key); }
  function tieOf(a, b) {
    return document.getElementById('tie-' + actors[a].key + '--' + actors[b].key) ||
      document.getElementById('tie-' + actors[b].key + '--' + actors[a].key);
  }
  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (className) { e.className = className; }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function format(template, n) { return template.replace('{n}', String(n)); }
  function safeURL(url) { return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null; }

  // Map nodes: index, keyboard access, and the card that replaces the native tooltip.
  var indexOfNode = new Map();
  actors.forEach(function (actor, i) {
    var node = nodeOf(i);
    if (!node) { return; }
    indexOfNode.set(node, i);
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', actor.name + ' (' + actor.kindLabel + ')');
    Array.prototype.forEach.call(node.querySelectorAll('a'), function (a) { a.removeAttributeNS(XLINK, 'title'); });
  });
  function actorAt(target) {
    var node = target && target.closest ? target.closest('g.actor') : null;
    return node && indexOfNode.has(node) ? indexOfNode.get(node) : -1;
  }

  function showTip(i, x, y) {
    if (!tip) { return; }
    var a = actors[i];
    clear(tip);
    tip.appendChild(el('strong', a.name));
    var line = a.kindLabel + (a.territory ? ' · ' + a.territory : '');
    tip.appendChild(el('div', line));
    tip.appendChild(el('div', T.partners + T.colon + a.degree + ' · ' + T.cooperations + T.colon + a.cooperations.length));
    if (a.hub) { tip.appendChild(el('div', T.hub + a.hub)); }
    tip.appendChild(el('div', T.hint, 'muted'));
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8), top = y + 16;
    if (top + h > window.innerHeight - 8) { top = y - h - 12; }
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = Math.max(8, top) + 'px';
  }
  function hideTip() { if (tip) { tip.hidden = true; } }

  // Highlighting.
  function clearMarks() {
    if (!svg) { return; }
    svg.classList.remove('focus');
    Array.prototype.forEach.call(svg.querySelectorAll('.is-selected, .is-partner, .is-lit'), function (e) {
      e.classList.remove('is-selected', 'is-partner', 'is-lit');
    });
  }
  function mark(nodes, ties, selected) {
    clearMarks();
    if (!svg) { return; }
    svg.classList.add('focus');
    nodes.forEach(function (j) { var n = nodeOf(j); if (n) { n.classList.add(j === selected ? 'is-selected' : 'is-partner'); } });
    ties.forEach(function (t) { var e = tieOf(t[0], t[1]); if (e) { e.classList.add('is-lit'); } });
  }
  function reveal(i) {
    var node = nodeOf(i);
    // A map shrunk to fit its frame is enlarged (up to twice, never past its own size) to show the actor.
    if (node && svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
      var fit = zoom === 1 ? svg.getBoundingClientRect().width : fitWidth;
      var target = Math.min(2, svg.viewBox.baseVal.width * 4 / 3 / Math.max(fit, 1));
      if (target > 1.2 && zoom < target) { setZoom(target); }
    }
    if (node && node.scrollIntoView) { node.scrollIntoView({ block: 'center', inline: 'center' }); }
    else if (mapBox && mapBox.scrollIntoView) { mapBox.scrollIntoView({ block: 'start' }); }
  }

  function actorButton(j, suffix) {
    var b = el('button', actors[j].name, 'actor-link');
    b.type = 'button';
    b.setAttribute('data-actor', String(j));
    var li = el('li');
    li.appendChild(b);
    if (suffix) { li.appendChild(el('span', ' — ' + suffix, 'role')); }
    return li;
  }
  function coopButton(c, suffix) {
    var b = el('button', coops[c].name, 'coop-link');
    b.type = 'button';
    b.setAttribute('data-cooperation', String(c));
    var li = el('li');
    li.appendChild(b);
    if (suffix) { li.appendChild(el('span', ' — ' + suffix, 'role')); }
    return li;
  }
  function fact(dl, term, value) { dl.appendChild(el('dt', term)); dl.appendChild(el('dd', value)); }

  function selectActor(i, scroll) {
    var a = actors[i];
    mark([i].concat(partners[i]), partners[i].map(function (j) { return [i, j]; }), i);
    if (panel) {
      clear(panel);
      panel.appendChild(el('h3', a.name));
      var dl = el('dl', null, 'facts');
      fact(dl, T.kind, a.kindLabel);
      if (a.territory) { fact(dl, T.territory, a.territory); }
      fact(dl, T.betweenness, numberFormat.format(a.betweenness || 0));
      if (a.cluster) { fact(dl, T.cluster, String(a.cluster)); }
      if (a.hub) { fact(dl, T.hub.trim(), String(a.hub)); }
      var url = safeURL(a.website);
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
      if (!nodeOf(i)) { panel.appendChild(el('p', T.notOnMap, 'note')); }
      panel.appendChild(el('h4', T.cooperations + ' (' + a.cooperations.length + ')'));
      var cl = el('ul');
      a.cooperations.forEach(function (pair) { cl.appendChild(coopButton(pair[0], pair[1])); });
      panel.appendChild(cl);
      panel.appendChild(el('h4', T.partners + ' (' + partners[i].length + ')'));
      var pl = el('ul');
      partners[i].forEach(function (j) { pl.appendChild(actorButton(j, actors[j].kindLabel)); });
      if (!partners[i].length) { pl.appendChild(el('li', T.noPartner)); }
      panel.appendChild(pl);
    }
    if (scroll) { reveal(i); }
  }

  function selectCooperation(c, scroll) {
    var members = coops[c].members.map(function (m) { return m[0]; });
    var ties = [];
    for (var x = 0; x < members.length; x++) {
      for (var y = x + 1; y < members.length; y++) { ties.push([members[x], members[y]]); }
    }
    mark(members, ties, -1);
    if (panel) {
      clear(panel);
      panel.appendChild(el('h3', coops[c].name));
      var dl = el('dl', null, 'facts');
      fact(dl, T.form, coops[c].form);
      if (coops[c].declared !== null) { fact(dl, T.declared, String(coops[c].declared)); }
      panel.appendChild(dl);
      panel.appendChild(el('h4', T.members + ' (' + members.length + ')'));
      var ul = el('ul');
      coops[c].members.forEach(function (m) { ul.appendChild(actorButton(m[0], m[1])); });
      panel.appendChild(ul);
    }
    if (scroll && members.length) { reveal(members[0]); }
  }

  if (svg) {
    svg.addEventListener('click', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { selectActor(i, false); } else { clearMarks(); }
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
    svg.addEventListener('focusin', function (event) {
      var i = actorAt(event.target);
      if (i >= 0) { var r = event.target.getBoundingClientRect(); showTip(i, r.right, r.top); }
    });
    svg.addEventListener('focusout', hideTip);
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

  // Zoom: the map keeps its proportions and scrolls inside its frame. At 100 % it is
  // drawn at its own size, or narrower to fit the frame.
  var zoom = 1, fitWidth = 0;
  function setZoom(z) {
    if (svg && zoom === 1) { fitWidth = svg.getBoundingClientRect().width; }
    zoom = Math.min(6, Math.max(1, z));
    if (svg) {
      svg.style.maxWidth = zoom === 1 ? '' : 'none';
      svg.style.width = zoom === 1 ? '' : Math.round(zoom * fitWidth) + 'px';
    }
    var reset = document.getElementById('zoom-reset');
    if (reset) { reset.textContent = Math.round(zoom * 100) + ' %'; }
  }
  [['zoom-in', 1.5], ['zoom-out', 1 / 1.5], ['zoom-reset', 0]].forEach(function (z) {
    var b = document.getElementById(z[0]);
    if (b) { b.addEventListener('click', function () { setZoom(z[1] ? zoom * z[1] : 1); }); }
  });

  // Search.
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var haystack = actors.map(function (a) { return fold(a.name + ' ' + a.id + ' ' + (a.territory || '')); });
  var search = document.getElementById('search');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var matches = [];
  function runSearch() {
    var q = fold(search.value.trim());
    clear(results);
    matches = [];
    if (!q) { status.textContent = ''; return; }
    actors.forEach(function (a, i) { if (haystack[i].indexOf(q) >= 0) { matches.push(i); } });
    matches.sort(function (x, y) {
      var px = fold(actors[x].name).indexOf(q) === 0 ? 0 : 1, py = fold(actors[y].name).indexOf(q) === 0 ? 0 : 1;
      return px - py || collator.compare(actors[x].name, actors[y].name);
    });
    status.textContent = matches.length === 0 ? T.foundNone : matches.length === 1 ? T.found1 : format(T.foundN, matches.length);
    matches.slice(0, 12).forEach(function (i) {
      var b = el('button', actors[i].name + ' — ' + actors[i].kindLabel);
      b.type = 'button';
      b.setAttribute('data-actor', String(i));
      var li = el('li');
      li.appendChild(b);
      results.appendChild(li);
    });
    if (matches.length > 12) { results.appendChild(el('li', format(T.more, matches.length - 12), 'note')); }
  }
  if (search && results && status) {
    search.addEventListener('input', runSearch);
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); runSearch(); if (matches.length) { selectActor(matches[0], true); } }
    });
  }

  // Sortable tables.
  function sortKey(cell) { return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim(); }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
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
          var a = sortKey(r1.cells[column]), b = sortKey(r2.cells[column]), c;
          if (numeric) {
            var x = a === '' ? NaN : Number(a), y = b === '' ? NaN : Number(b);
            if (isNaN(x) || isNaN(y)) { return isNaN(x) === isNaN(y) ? 0 : isNaN(x) ? 1 : -1; }
            c = x - y;
          } else {
            c = collator.compare(a, b);
          }
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.documentElement.setAttribute('data-ready', 'true');
}());
"""#
}
