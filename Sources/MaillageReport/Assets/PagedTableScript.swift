extension ReportAssets {
    /// Long tables, a page at a time. Each `table[data-paged]` finds its rows either in
    /// the page data (`data-source="actors"` or `"cooperations"`: the rows are built
    /// from the data's columns, in the order the page wrote its first page in) or in the
    /// JSON block named by `data-paged`. It sorts them when a header is clicked (numbers
    /// by value, text with the page's collator) and rebuilds only the rows of the page
    /// shown, with previous/next buttons below the table. The first page is the one
    /// the page holds as HTML: nothing is built until the reader turns a page or sorts.
    ///
    /// Cells are described compactly — text, `[shown, value]`, an actor (`{"a": i}`), a
    /// list of actors (`{"al": […], "more": n}`), a kind (`{"k": …}`), a cooperation
    /// (`{"c": i, "s": summary}`), a form (`{"f": …}`) — or by a generic element tree
    /// (`{"h": […]}`) whose names come from the page's own code. Text goes through
    /// `textContent`, values through `setAttribute`.
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
        var b = el('button', names[cell.a], 'actor-link');
        b.type = 'button';
        b.setAttribute('data-actor', String(cell.a));
        td.appendChild(b);
      } else if (cell.al !== undefined) {
        var ul = el('ul', null, 'inline-list');
        cell.al.forEach(function (a) {
          var li = el('li'), bb = el('button', names[a], 'actor-link');
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
        var c = el('button', coopNames[cell.c], 'coop-link');
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
      if (cell.a !== undefined) { return names[cell.a]; }
      if (cell.al !== undefined) { return cell.al.length ? names[cell.al[0]] : ''; }
      if (cell.c !== undefined) { return coopNames[cell.c]; }
      if (cell.k !== undefined) { return label('data-kind', cell.k); }
      if (cell.f !== undefined) { return label('data-form', cell.f); }
      return '';
    }
    // A cell as its CSV download holds it: text, or for a numeric column its exact value.
    function exportCell(cell, isNumber) {
      if (cell === null || cell === undefined) { return ''; }
      if (typeof cell === 'string') { return cell; }
      if (Array.isArray(cell)) { return isNumber ? numericCell(String(cell[0]), cell[1]) : String(cell[0]); }
      if (cell.a !== undefined) { return names[cell.a]; }
      if (cell.al !== undefined) {
        return cell.al.map(function (a) { return names[a]; }).join(', ') + (cell.more ? format(T.andMore, cell.more) : '');
      }
      if (cell.c !== undefined) { return coopNames[cell.c]; }
      if (cell.k !== undefined) { return label('data-kind', cell.k); }
      if (cell.f !== undefined) { return label('data-form', cell.f); }
      var td = document.createElement('td');
      fill(td, cell);
      return tidy(cellText(td));
    }
    // Numbers as the page writes them (ReportLanguage.integer and .decimal).
    function integer(n) {
      var digits = String(Math.abs(n)), out = '';
      for (var k = 0; k < digits.length; k++) {
        if (k > 0 && (digits.length - k) % 3 === 0) { out += T.thousands; }
        out += digits.charAt(k);
      }
      return (n < 0 ? '−' : '') + out;
    }
    function decimal(x, digits) {
      if (x === null || x === undefined || !isFinite(x)) { return '–'; }
      var text = x.toFixed(digits);
      if (text.charAt(0) === '-' && Number(text) === 0) { text = text.slice(1); }
      if (text.charAt(0) === '-') { text = '−' + text.slice(1); }
      return T.decimalMark === '.' ? text : text.replace('.', T.decimalMark);
    }
    function numberOrDash(shown, value) { return value ? [shown, value] : ['–', null]; }
    function headcountOf(i) { return A.headcountValue[i] !== null ? [A.headcount[i], A.headcountValue[i]] : ['–', null]; }
    function fullTimeOf(i) { return A.fteValue && A.fteValue[i] !== null ? [A.fteFigure[i], A.fteValue[i]] : ['–', null]; }
    function identity(count) { var o = []; for (var k = 0; k < count; k++) { o.push(k); } return o; }
    // Tables built from the page data: cell(i, column) describes row i's cell as a
    // rows block would, in the columns the page wrote (Report.actorsSection,
    // Report.cooperationsSection); order() gives the rows in the order written.
    var sources = {
      actors: {
        order: function () {
          // As Report.actorOrder: most partners first, then name (code units), then index.
          return identity(actorCount).sort(function (p, q) {
            return A.degree[q] - A.degree[p] || (names[p] < names[q] ? -1 : names[p] > names[q] ? 1 : p - q);
          });
        },
        cell: function (i, column) {
          switch (column) {
            case 0: return { a: i };
            case 1: return { k: kindOf(i) };
            case 2: return placeOf(i);
            case 3: var n = cooperationCount(i); return [integer(n), n];
            case 4: return [integer(A.degree[i]), A.degree[i]];
            case 5: return [decimal(A.betweenness[i], 3), A.betweenness[i]];
            case 6: return numberOrDash(String(A.cluster[i]), A.cluster[i]);
            case 7: return numberOrDash(String(hubRank.get(i)), hubRank.get(i));
            // The headcount, then the full-time equivalents, each only when the page data has it.
            case 8: return A.headcountValue ? headcountOf(i) : fullTimeOf(i);
            case 9: return fullTimeOf(i);
          }
          return '';
        }
      },
      cooperations: {
        order: function () { return identity(coopCount); },
        cell: function (c, column) {
          switch (column) {
            case 0: return C.summary[c] ? { c: c, s: C.summary[c] } : { c: c };
            case 1: return { f: L.forms[C.form[c]][0] };
            case 2: return L.statuses[C.status[c]] || '';
            case 3: return [integer(C.memberCount[c]), C.memberCount[c]];
            case 4: return C.declared[c] === null ? ['–', null] : [integer(C.declared[c]), C.declared[c]];
            case 5: return L.places[C.place[c]] || '';
          }
          return '';
        }
      }
    };
    Array.prototype.forEach.call(document.querySelectorAll('table[data-paged]'), function (table) {
      var source = sources[table.getAttribute('data-source')] || null;
      var block = source ? null : document.getElementById(table.getAttribute('data-paged'));
      if (!source && !block) { return; }
      var count = Number(table.getAttribute('data-rows')) || 0;
      // rows: the row indices in the order shown; cellOf(row, column) its cell. Made on first use.
      var rows = null, cellOf = null;
      function load() {
        if (rows) { return; }
        if (source) {
          rows = source.order();
          cellOf = source.cell;
        } else {
          var own = JSON.parse(block.textContent);
          rows = identity(own.length);
          cellOf = function (r, column) { return own[r][column]; };
        }
        count = rows.length;
      }
      var head = table.tHead ? table.tHead.rows[0] : null;
      var body = table.tBodies[0];
      var numeric = head ? Array.prototype.map.call(head.cells, function (th) { return th.getAttribute('data-type') === 'number'; }) : [];
      var columns = numeric.length;
      // Card layout on narrow screens: each cell keeps its column's title and card place.
      var cards = table.classList.contains('cards-on-phone');
      var cardPlace = head ? Array.prototype.map.call(head.cells, function (th) { return th.getAttribute('data-card') || ''; }) : [];
      var columnTitle = head ? Array.prototype.map.call(head.cells, function (th) { return th.textContent.trim(); }) : [];
      var size = 50, page = 0;
      function pages() { return Math.max(1, Math.ceil(count / size)); }
      var pager = el('div', null, 'pager no-print');
      var previous = el('button', T.previous, 'secondary'), next = el('button', T.next, 'secondary'), where = el('span', '', 'where');
      previous.type = 'button';
      next.type = 'button';
      pager.appendChild(previous);
      pager.appendChild(where);
      pager.appendChild(next);
      table.parentNode.parentNode.insertBefore(pager, table.parentNode.nextSibling);
      function showPager() {
        where.textContent = format(T.page, page + 1, pages()) + ' · ' + format(T.rows, count);
        previous.disabled = page === 0;
        next.disabled = page >= pages() - 1;
        table.setAttribute('data-page', String(page + 1));
      }
      function show() {
        load();
        clear(body);
        rows.slice(page * size, page * size + size).forEach(function (row) {
          var tr = el('tr');
          for (var column = 0; column < columns; column++) {
            var td = el('td', null, [numeric[column] ? 'num' : '', cardPlace[column] || ''].join(' ').trim() || null);
            if (cards && columnTitle[column]) { td.setAttribute('data-label', columnTitle[column]); }
            fill(td, cellOf(row, column));
            tr.appendChild(td);
          }
          body.appendChild(tr);
        });
        showPager();
      }
      // Every row's cells for a CSV download (scriptTableDownloads), in the order shown.
      pagedRows.set(table, function () {
        load();
        return rows.map(function (row) {
          var out = [];
          for (var column = 0; column < columns; column++) { out.push(exportCell(cellOf(row, column), numeric[column])); }
          return out;
        });
      });
      previous.addEventListener('click', function () { if (page > 0) { page--; show(); } });
      next.addEventListener('click', function () { if (page < pages() - 1) { page++; show(); } });
      if (head) {
        Array.prototype.forEach.call(head.cells, function (th, column) {
          var button = th.querySelector('button');
          if (!button) { return; }
          button.addEventListener('click', function () {
            load();
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            // Keys and current positions by row index (rows are 0…count − 1): the sort is stable.
            var keys = new Array(count), position = new Int32Array(count);
            rows.forEach(function (row, k) { keys[row] = key(cellOf(row, column)); position[row] = k; });
            rows.sort(function (p, q) {
              var c = compareKeys(keys[p], keys[q], numeric[column]);
              return (ascending ? c : -c) || position[p] - position[q];
            });
            page = 0;
            show();
          });
        });
      }
      // The page already holds the first page's rows.
      showPager();
    });
  }

"""#
}
