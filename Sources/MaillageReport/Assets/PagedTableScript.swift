extension ReportAssets {
    /// Long tables, a page at a time: each `table[data-paged]` reads its rows from the
    /// JSON block named by the attribute, sorts them when a header is clicked (numbers
    /// by value, text with the page's collator) and rebuilds only the rows of the page
    /// shown, with previous/next buttons below the table.
    ///
    /// Cells are rebuilt from compact descriptions — text, `[shown, value]`, an actor
    /// (`{"a": i}`), a list of actors (`{"al": […], "more": n}`), a kind (`{"k": …}`),
    /// a cooperation (`{"c": i, "s": summary}`), a form (`{"f": …}`) — or from a generic
    /// element tree (`{"h": […]}`) whose names come from the page's own code. Text goes
    /// through `textContent`, values through `setAttribute`.
    ///
    /// Cost: sorting O(r log r) for r rows; a page O(page size).
    static let scriptPagedTables: StaticString = #"""
  function pagedTables() {
    var SVGNS = 'http://www.w3.org/2000/svg';
    var svgNames = { svg: 1, polygon: 1, rect: 1, ellipse: 1, path: 1, circle: 1 };
    var templates = document.getElementById('cell-templates');
    function template(attribute, value) {
      var t = templates ? templates.querySelector('[' + attribute + '="' + String(value).replace(/[^a-z_-]/gi, '') + '"]') : null;
      return t && t.firstElementChild ? t.firstElementChild.cloneNode(true) : el('span', value);
    }
    function tree(node, parentSVG) {
      if (typeof node === 'string') { return document.createTextNode(node); }
      var name = String(node[0]), isSVG = parentSVG || svgNames[name] === 1;
      var e = isSVG ? document.createElementNS(SVGNS, name) : document.createElement(name);
      var attributes = node[1] || {};
      Object.keys(attributes).forEach(function (key) { e.setAttribute(key, attributes[key]); });
      for (var k = 2; k < node.length; k++) { e.appendChild(tree(node[k], isSVG)); }
      return e;
    }
    function fill(td, cell) {
      if (typeof cell === 'string') { td.textContent = cell; return; }
      if (Array.isArray(cell)) { td.textContent = cell[0]; return; }
      if (cell.a !== undefined) {
        var b = el('button', actors[cell.a].name, 'actor-link');
        b.type = 'button';
        b.setAttribute('data-actor', String(cell.a));
        td.appendChild(b);
      } else if (cell.al !== undefined) {
        var ul = el('ul', null, 'inline-list');
        cell.al.forEach(function (a) {
          var li = el('li'), bb = el('button', actors[a].name, 'actor-link');
          bb.type = 'button';
          bb.setAttribute('data-actor', String(a));
          li.appendChild(bb);
          ul.appendChild(li);
        });
        td.appendChild(ul);
        if (cell.more) { td.appendChild(document.createTextNode(format(T.andMore, cell.more))); }
      } else if (cell.k !== undefined) {
        td.appendChild(template('data-kind', cell.k));
      } else if (cell.f !== undefined) {
        td.appendChild(template('data-form', cell.f));
      } else if (cell.c !== undefined) {
        var c = el('button', coops[cell.c].name, 'coop-link');
        c.type = 'button';
        c.setAttribute('data-cooperation', String(cell.c));
        td.appendChild(c);
        if (cell.s) { td.appendChild(el('span', cell.s, 'summary')); }
      } else if (cell.h !== undefined) {
        cell.h.forEach(function (node) { td.appendChild(tree(node, false)); });
      }
    }
    var labels = new Map();
    function label(attribute, value) {
      var k = attribute + value;
      if (!labels.has(k)) { labels.set(k, template(attribute, value).textContent.trim()); }
      return labels.get(k);
    }
    function key(cell) {
      if (cell === null || cell === undefined) { return ''; }
      if (typeof cell === 'string') { return cell; }
      if (Array.isArray(cell)) { return cell[1]; }
      if (cell.a !== undefined) { return actors[cell.a].name; }
      if (cell.al !== undefined) { return cell.al.length ? actors[cell.al[0]].name : ''; }
      if (cell.c !== undefined) { return coops[cell.c].name; }
      if (cell.k !== undefined) { return label('data-kind', cell.k); }
      if (cell.f !== undefined) { return label('data-form', cell.f); }
      return '';
    }
    Array.prototype.forEach.call(document.querySelectorAll('table[data-paged]'), function (table) {
      var block = document.getElementById(table.getAttribute('data-paged'));
      if (!block) { return; }
      var rows = JSON.parse(block.textContent);
      var head = table.tHead ? table.tHead.rows[0] : null;
      var body = table.tBodies[0];
      var numeric = head ? Array.prototype.map.call(head.cells, function (th) { return th.getAttribute('data-type') === 'number'; }) : [];
      // Card layout on narrow screens: each cell keeps its column's title and card place.
      var cards = table.classList.contains('cards-on-phone');
      var cardPlace = head ? Array.prototype.map.call(head.cells, function (th) { return th.getAttribute('data-card') || ''; }) : [];
      var columnTitle = head ? Array.prototype.map.call(head.cells, function (th) { return th.textContent.trim(); }) : [];
      var size = 50, page = 0, pages = Math.max(1, Math.ceil(rows.length / size));
      var pager = el('div', null, 'pager no-print');
      var previous = el('button', T.previous, 'secondary'), next = el('button', T.next, 'secondary'), where = el('span', '', 'where');
      previous.type = 'button';
      next.type = 'button';
      pager.appendChild(previous);
      pager.appendChild(where);
      pager.appendChild(next);
      table.parentNode.parentNode.insertBefore(pager, table.parentNode.nextSibling);
      function show() {
        clear(body);
        rows.slice(page * size, page * size + size).forEach(function (row) {
          var tr = el('tr');
          row.forEach(function (cell, column) {
            var td = el('td', null, [numeric[column] ? 'num' : '', cardPlace[column] || ''].join(' ').trim() || null);
            if (cards && columnTitle[column]) { td.setAttribute('data-label', columnTitle[column]); }
            fill(td, cell);
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        where.textContent = format(T.page, page + 1, pages) + ' · ' + format(T.rows, rows.length);
        previous.disabled = page === 0;
        next.disabled = page >= pages - 1;
        table.setAttribute('data-page', String(page + 1));
      }
      previous.addEventListener('click', function () { if (page > 0) { page--; show(); } });
      next.addEventListener('click', function () { if (page < pages - 1) { page++; show(); } });
      if (head) {
        Array.prototype.forEach.call(head.cells, function (th, column) {
          var button = th.querySelector('button');
          if (!button) { return; }
          button.addEventListener('click', function () {
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var keys = rows.map(function (row) { return key(row[column]); });
            var index = rows.map(function (row, k) { return k; });
            index.sort(function (p, q) {
              var c = compareKeys(keys[p], keys[q], numeric[column]);
              return (ascending ? c : -c) || p - q;
            });
            rows = index.map(function (k) { return rows[k]; });
            page = 0;
            show();
          });
        });
      }
      show();
    });
  }

"""#
}
