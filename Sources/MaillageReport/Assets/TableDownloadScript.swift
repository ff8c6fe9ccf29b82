extension ReportAssets {
    /// A « Télécharger le tableau (CSV) » button under each table that names a download
    /// (`table[data-download]`, ``SortableTable/download``): the whole table, every row
    /// of a paged one, in the order shown (as last sorted), written in the browser and
    /// saved as `<dataset>-<table>.csv` (the page loads nothing and sends nothing).
    ///
    /// The file is for a spreadsheet of the report's language: UTF-8 with a byte-order
    /// mark, CRLF line ends, and in French `;` between cells and a decimal comma (in
    /// English `,` and a point). Numeric columns hold each cell's value (the page's `data-sort`,
    /// or the value of a paged row: six significant digits for a betweenness), not its
    /// rounded text, and are empty where
    /// the page shows « – »; a change written « avant → après » is kept as written. Text
    /// cells are the text shown: lists joined with commas (an actor list) or « · »
    /// (reasons), a cooperation without its summary. Quoting follows RFC 4180, and a text
    /// cell a spreadsheet could read as a formula is prefixed with `'`, by the rule of
    /// `CSVQuoting` (MaillageSupport) for every CSV that Maillage writes.
    ///
    /// Paged tables give their rows through `pagedRows` (filled by ``scriptPagedTables``).
    /// Cost: O(cells of the table) per download, nothing until a button is pressed.
    static let scriptTableDownloads: StaticString = #"""
  // Set by pagedTables: table → function giving every row's cells, in the order shown.
  var pagedRows = new Map();
  // The text a reader sees in a table cell, for its CSV cell.
  function cellText(node) {
    if (node.nodeType === 3) { return node.data; }
    if (node.nodeType !== 1) { return ''; }
    var name = node.localName, classes = node.classList;
    if (name === 'svg') { return ''; }
    if (classes.contains('summary') && node.previousElementSibling && node.previousElementSibling.classList.contains('coop-link')) { return ''; }
    var parts = Array.prototype.map.call(node.childNodes, cellText);
    if (name === 'ul' || name === 'ol') {
      parts = parts.map(function (p) { return p.replace(/\s+/g, ' ').trim(); }).filter(function (p) { return p !== ''; });
      return parts.join(classes.contains('inline-list') ? ', ' : ' · ');
    }
    return parts.join('');
  }
  function tidy(text) { return String(text).replace(/\s+/g, ' ').trim(); }
  // As CSVQuoting.isFormulaLike: a tab, CR or LF first, or =, +, -, @ (or their fullwidth
  // forms) first after spaces, unless the whole cell is a finite number.
  function formulaLike(text) {
    if (/^[\t\r\n]/.test(text)) { return true; }
    if (!/^ *[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) { return false; }
    return !/^ *[+\-]?(\d+\.?\d*|\.\d+)([eE][+\-]?\d+)? *$/.test(text);
  }
  function csvCell(value) {
    if (typeof value === 'number') {
      // 15 significant digits, as a spreadsheet keeps them: 79.4, not 79.39999999999999.
      var number = isFinite(value) ? String(Number(value.toPrecision(15))) : '';
      return T.decimalMark === '.' ? number : number.replace('.', T.decimalMark);
    }
    var text = String(value);
    if (formulaLike(text)) { text = "'" + text; }
    if (/[",;\r\n]/.test(text) || /^[ \t]|[ \t]$/.test(text)) { text = '"' + text.replace(/"/g, '""') + '"'; }
    return text;
  }
  // A numeric cell of the page: its exact value, '' for none, its text when it shows a change or no number.
  function numericCell(shown, value) {
    if (shown.indexOf('→') >= 0) { return shown; }
    if (value === null || value === undefined || value === '') { return value === '' || shown === '–' ? '' : shown; }
    var number = Number(value);
    return isFinite(number) ? number : shown;
  }
  function domRows(table, numeric) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (tr) {
      return Array.prototype.map.call(tr.cells, function (td, column) {
        var text = tidy(cellText(td));
        return numeric[column] ? numericCell(text, td.getAttribute('data-sort')) : text;
      });
    });
  }
  function tableCSV(table) {
    var head = table.tHead.rows[0];
    var numeric = Array.prototype.map.call(head.cells, function (th) { return th.getAttribute('data-type') === 'number'; });
    var lines = [Array.prototype.map.call(head.cells, function (th) { return csvCell(tidy(th.textContent)); }).join(T.csvSeparator)];
    var rows = pagedRows.has(table) ? pagedRows.get(table)() : domRows(table, numeric);
    rows.forEach(function (row) { lines.push(row.map(csvCell).join(T.csvSeparator)); });
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }
  // What the table is, for its button's accessible name: its caption, else the heading above it.
  function tableTitle(table) {
    if (table.caption) { return tidy(table.caption.textContent); }
    for (var node = table.parentNode.previousElementSibling; node; node = node.previousElementSibling) {
      if (node.localName === 'h2' || node.localName === 'h3') { return tidy(node.textContent); }
    }
    var section = table.closest('section'), h2 = section ? section.querySelector('h2') : null;
    return h2 ? tidy(h2.textContent) : '';
  }
  function save(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  function tableDownloads() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-download]'), function (table) {
      if (!table.tHead || !table.tBodies[0]) { return; }
      var wrap = table.parentNode, bar = wrap.nextElementSibling;
      if (!bar || !bar.classList.contains('pager')) {
        bar = el('div', null, 'pager no-print');
        wrap.parentNode.insertBefore(bar, wrap.nextSibling);
      }
      var button = el('button', T.download, 'secondary download');
      button.type = 'button';
      var title = tableTitle(table);
      if (title) { button.setAttribute('aria-label', T.download + ' — ' + title); }
      bar.insertBefore(button, bar.firstChild);
      var name = (data.file || 'maillage') + '-' + String(table.getAttribute('data-download')).replace(/[^a-z0-9-]/g, '') + '.csv';
      button.addEventListener('click', function () { save(name, tableCSV(table)); });
    });
  }

"""#
}
