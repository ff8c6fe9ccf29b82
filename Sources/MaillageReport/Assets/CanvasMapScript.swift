extension ReportAssets {
    /// The canvas map: actors and ties drawn from the positions in `data.map`, with
    /// four views — actors (every tie), backbone (the disparity filter's ties), clusters
    /// and territories (one disc per group at its actors' mean position, ties between
    /// groups) — and a focus on one cluster or territory (a click on its disc).
    ///
    /// Drag moves the map, the wheel and the buttons zoom, a click on an actor selects
    /// it (the core's `selectActor`), hovering shows its card. Names are drawn for the
    /// actors with most partners first, only where they do not overlap one already
    /// drawn, so every name shown is legible; zooming in shows more.
    ///
    /// Cost per frame: O(n + m) for n actors and m ties drawn; while the map moves, at
    /// most 120,000 ties are drawn (an even sample), all of them once it stops.
    /// Hit tests scan the drawn actors, O(n) per pointer move.
    ///
    /// Once the first frame is drawn and the handlers are set, the script sets the
    /// Performance mark `maillage-map-interactive` (read by Benchmarks/output_steps.py).
    ///
    /// On the clusters and territories overviews, each group's label goes inside its disc
    /// or beside it, never over a disc or another label (`placeGroupLabels`).
    ///
    /// `window.__maillageMap` exposes read-only helpers (screen point of an actor or a
    /// group, current view, the group labels and discs drawn) for the browser tests.
    static let scriptCanvasMap: StaticString = #"""
  function canvasMap(box, canvas, m) {
    var ctx = canvas.getContext('2d');
    var n = actorCount;
    var X = new Float64Array(n), Y = new Float64Array(n), R = new Float64Array(n), on = new Uint8Array(n);
    var colorIndex = new Int32Array(n), colors = [];
    var colorSlot = new Map();
    var maxDegree = 1, maxSize = 0, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, drawnCount = 0;
    for (var i = 0; i < n; i++) {
      if (m.x[i] === null || m.x[i] === undefined) { continue; }
      on[i] = 1; drawnCount++;
      X[i] = m.x[i] / 10; Y[i] = m.y[i] / 10;
      if (X[i] < x0) { x0 = X[i]; } if (X[i] > x1) { x1 = X[i]; }
      if (Y[i] < y0) { y0 = Y[i]; } if (Y[i] > y1) { y1 = Y[i]; }
      if (A.degree[i] > maxDegree) { maxDegree = A.degree[i]; }
      if (m.size && m.size[i] !== null && m.size[i] > maxSize) { maxSize = m.size[i]; }
    }
    function groupColor(index) { return m.groupColors[index % m.groupColors.length]; }
    for (i = 0; i < n; i++) {
      // By number of partners, or by `size` (a headcount or another measure; null when unknown: smallest).
      R[i] = m.size ? 1.6 + 4.4 * Math.sqrt(m.size[i] === null || maxSize <= 0 ? 0 : m.size[i] / maxSize) : 1.6 + 4.4 * Math.sqrt(A.degree[i] / maxDegree);
      var c = m.colorBy === 'cluster' ? (A.cluster[i] ? groupColor(A.cluster[i] - 1) : m.other) : (m.kindColors[kindOf(i)] || m.other);
      if (!colorSlot.has(c)) { colorSlot.set(c, colors.length); colors.push(c); }
      colorIndex[i] = colorSlot.get(c);
    }
    // Drawn actors, smallest first (hubs end on top); label candidates, most partners first.
    var order = [];
    for (i = 0; i < n; i++) { if (on[i]) { order.push(i); } }
    order.sort(function (a, b) { return R[a] - R[b] || a - b; });
    var labelOrder = order.slice().reverse().slice(0, 3000);
    var backbone = unfoldPairs(m.backbone);
    var allTies = data.tiesComplete ? ties : backbone;
    var clusters = m.clusters || [], territories = m.territories || [];

    var view = m.view || 'actors', focus = null;
    var s = 1, tx = 0, ty = 0, fitScale = 1, lastFit = 1, width = 0, height = 0, dpr = 1;
    var marked = null, litPairs = [], selected = -1, groupLabels = [];
    var moving = 0, frame = 0;

    function visible(i) {
      if (!on[i]) { return false; }
      if (!focus) { return true; }
      return focus.type === 'cluster' ? A.cluster[i] === focus.index + 1 : m.territory[i] === focus.index;
    }
    function resize() {
      var rect = box.getBoundingClientRect();
      dpr = window.devicePixelRatio || 1;
      width = Math.max(320, Math.floor(rect.width - 2));
      height = Math.max(360, Math.min(Math.floor(window.innerHeight * 0.78), Math.floor(width * 0.72)));
      canvas.style.width = width + 'px';
      canvas.style.height = height + 'px';
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    function fitTo(bx0, by0, bx1, by1) {
      var w = Math.max(bx1 - bx0, 1e-6), h = Math.max(by1 - by0, 1e-6);
      s = Math.min((width - 60) / w, (height - 60) / h);
      if (!isFinite(s) || s <= 0) { s = 1; }
      lastFit = s;
      tx = width / 2 - s * (bx0 + bx1) / 2;
      ty = height / 2 - s * (by0 + by1) / 2;
    }
    function fitAll() {
      if (drawnCount) { fitTo(x0, y0, x1, y1); } else { s = 1; tx = width / 2; ty = height / 2; }
      fitScale = s;
    }
    function fitFocus() {
      var a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
      for (var k = 0; k < n; k++) {
        if (!visible(k)) { continue; }
        if (X[k] < a) { a = X[k]; } if (X[k] > c) { c = X[k]; }
        if (Y[k] < b) { b = Y[k]; } if (Y[k] > d) { d = Y[k]; }
      }
      if (a <= c) { fitTo(a, b, c, d); }
    }
    // Actor radius on screen: grows slowly with the zoom.
    function zoomGrowth() { return Math.min(4, Math.sqrt(Math.max(s / fitScale, 0.25))); }

    function groupsOfView() { return view === 'clusters' ? clusters : territories; }
    function groupRadius(g) { return Math.max(3, g.r / 10 * s); }
    function fitGroups() {
      var a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
      groupsOfView().forEach(function (g) {
        if (!g.r) { return; }
        a = Math.min(a, (g.x - g.r) / 10); c = Math.max(c, (g.x + g.r) / 10);
        b = Math.min(b, (g.y - g.r) / 10); d = Math.max(d, (g.y + g.r) / 10);
      });
      if (a <= c) { fitTo(a, b, c, d + (d - b) * 0.08); }
    }
    function maxGroupSize(list) { var mx = 1; list.forEach(function (g) { if (g.size > mx) { mx = g.size; } }); return mx; }

    function draw() {
      frame = 0;
      groupLabels = [];
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      if (view === 'clusters' || view === 'territories') { drawGroups(); } else { drawActors(); }
      canvas.setAttribute('data-view', view);
    }

    function drawTies(list, alpha, lineWidth, stride) {
      ctx.strokeStyle = 'rgba(70,84,94,' + alpha + ')';
      ctx.lineWidth = lineWidth;
      ctx.beginPath();
      var count = 0;
      for (var t = 0; t + 1 < list.length; t += 2 * stride) {
        var a = list[t], b = list[t + 1];
        if (!visible(a) || !visible(b)) { continue; }
        ctx.moveTo(X[a] * s + tx, Y[a] * s + ty);
        ctx.lineTo(X[b] * s + tx, Y[b] * s + ty);
        if (++count % 4000 === 0) { ctx.stroke(); ctx.beginPath(); }
      }
      ctx.stroke();
      return count;
    }

    function drawActors() {
      var list = view === 'backbone' ? backbone : allTies;
      var pairs = list.length / 2;
      var stride = moving && pairs > 120000 ? Math.ceil(pairs / 120000) : 1;
      var shown = focus ? Math.min(pairs, 20000) : pairs;
      var alpha = view === 'backbone' ? 0.55 : Math.max(0.035, Math.min(0.45, 1800 / Math.max(shown, 1)));
      ctx.globalAlpha = marked ? 0.25 : 1;
      drawTies(list, alpha, view === 'backbone' ? 0.9 : 0.6, stride);
      var g = zoomGrowth();
      // Actors, batched by colour.
      var paths = colors.map(function () { return null; });
      ctx.globalAlpha = marked ? 0.18 : 1;
      for (var k = 0; k < order.length; k++) {
        var a = order[k];
        if (!visible(a)) { continue; }
        var px = X[a] * s + tx, py = Y[a] * s + ty, r = R[a] * g;
        if (px < -r || py < -r || px > width + r || py > height + r) { continue; }
        var p = paths[colorIndex[a]] || (paths[colorIndex[a]] = new Path2D());
        p.moveTo(px + r, py);
        p.arc(px, py, r, 0, 2 * Math.PI);
      }
      ctx.strokeStyle = 'rgba(40,40,40,0.55)';
      ctx.lineWidth = 0.5;
      paths.forEach(function (p, c) { if (p) { ctx.fillStyle = colors[c]; ctx.fill(p); if (g > 1.2 || drawnCount < 3000) { ctx.stroke(p); } } });
      ctx.globalAlpha = 1;
      if (marked) {
        ctx.strokeStyle = 'rgba(194,65,12,0.85)';
        ctx.lineWidth = 1.4;
        ctx.beginPath();
        litPairs.forEach(function (pr) {
          if (!on[pr[0]] || !on[pr[1]]) { return; }
          ctx.moveTo(X[pr[0]] * s + tx, Y[pr[0]] * s + ty);
          ctx.lineTo(X[pr[1]] * s + tx, Y[pr[1]] * s + ty);
        });
        ctx.stroke();
        marked.forEach(function (a) {
          if (!on[a]) { return; }
          var r = R[a] * g + (a === selected ? 2 : 1);
          ctx.beginPath();
          ctx.arc(X[a] * s + tx, Y[a] * s + ty, r, 0, 2 * Math.PI);
          ctx.fillStyle = colors[colorIndex[a]];
          ctx.fill();
          ctx.lineWidth = a === selected ? 3 : 2;
          ctx.strokeStyle = a === selected ? '#000000' : '#c2410c';
          ctx.stroke();
        });
      }
      drawLabels(g);
    }

    // Names, most partners first, only where they overlap nothing already written.
    function drawLabels(g) {
      ctx.font = '12px system-ui, "DejaVu Sans", sans-serif';
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      var placed = [], cell = 80, grid = new Map();
      function free(x, y, w, h) {
        for (var cx = Math.floor(x / cell); cx <= Math.floor((x + w) / cell); cx++) {
          for (var cy = Math.floor(y / cell); cy <= Math.floor((y + h) / cell); cy++) {
            var list = grid.get(cx + ',' + cy);
            if (!list) { continue; }
            for (var q = 0; q < list.length; q++) {
              var o = placed[list[q]];
              if (x < o[0] + o[2] && o[0] < x + w && y < o[1] + o[3] && o[1] < y + h) { return false; }
            }
          }
        }
        return true;
      }
      function take(x, y, w, h) {
        placed.push([x, y, w, h]);
        for (var cx = Math.floor(x / cell); cx <= Math.floor((x + w) / cell); cx++) {
          for (var cy = Math.floor(y / cell); cy <= Math.floor((y + h) / cell); cy++) {
            var key = cx + ',' + cy;
            if (!grid.has(key)) { grid.set(key, []); }
            grid.get(key).push(placed.length - 1);
          }
        }
      }
      var limit = Math.max(12, Math.min(90, Math.round(width * height / 9000)));
      // Hubs first: at the fitted size only the 1.5 % most connected (at least 40)
      // compete for a name; zooming in lets more of them in.
      var zoomIn = Math.max(1, s / fitScale);
      var shownCount = focus ? order.filter(visible).length : drawnCount;
      var candidates = (focus ? labelOrder.filter(visible) : labelOrder).slice(0, Math.round(Math.max(40, shownCount * 0.015) * zoomIn * zoomIn));
      if (marked) { candidates = [selected].concat(labelOrder.filter(function (a) { return marked.has(a) && a !== selected; })); }
      var count = 0;
      for (var k = 0; k < candidates.length && count < limit; k++) {
        var a = candidates[k];
        if (a < 0 || !visible(a)) { continue; }
        var px = X[a] * s + tx, py = Y[a] * s + ty;
        if (px < 0 || py < 0 || px > width || py > height) { continue; }
        var text = names[a].length > 30 ? names[a].slice(0, 29) + '…' : names[a];
        var w = ctx.measureText(text).width + 4, h = 15, lx = px + R[a] * g + 3, ly = py - h / 2;
        if (lx + w > width) { lx = px - R[a] * g - 3 - w; }
        if (!free(lx, ly, w, h)) { continue; }
        take(lx, ly, w, h);
        ctx.strokeStyle = 'rgba(255,255,255,0.92)';
        ctx.lineWidth = 3.5;
        ctx.strokeText(text, lx + 2, py);
        ctx.fillStyle = a === selected ? '#000000' : '#1d2a33';
        ctx.fillText(text, lx + 2, py);
        count++;
      }
    }

    function drawGroups() {
      var list = groupsOfView(), links = view === 'clusters' ? m.clusterLinks : m.territoryLinks;
      var maxSize = maxGroupSize(list), maxLink = 1, t;
      for (t = 0; t + 2 < links.length; t += 3) { if (links[t + 2] > maxLink) { maxLink = links[t + 2]; } }
      ctx.strokeStyle = 'rgba(70,84,94,0.28)';
      for (t = 0; t + 2 < links.length; t += 3) {
        var a = list[links[t]], b = list[links[t + 1]];
        if (!a || !b || !a.r || !b.r) { continue; }
        ctx.lineWidth = 0.4 + 7 * Math.sqrt(links[t + 2] / maxLink);
        ctx.beginPath();
        ctx.moveTo(a.x / 10 * s + tx, a.y / 10 * s + ty);
        ctx.lineTo(b.x / 10 * s + tx, b.y / 10 * s + ty);
        ctx.stroke();
      }
      var idx = list.map(function (g, k) { return k; }).filter(function (k) { return list[k].r > 0; });
      idx.sort(function (p, q) { return list[p].size - list[q].size; });
      idx.forEach(function (k) {
        var g = list[k], r = groupRadius(g);
        ctx.beginPath();
        ctx.arc(g.x / 10 * s + tx, g.y / 10 * s + ty, r, 0, 2 * Math.PI);
        ctx.fillStyle = groupColor(k);
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      });
      placeGroupLabels(list, idx.slice().reverse());
    }

    // Group labels, largest groups first: inside the disc when the text fits in it, else
    // beside it (right, left, below, above, then the diagonals), never over a disc, a
    // label or the canvas's edge. A label that fits nowhere is shortened (a cluster's
    // first line, then its number alone inside its disc; a territory's name cut to its
    // disc) or left out, as are specks once a dozen groups are labelled: hovering the
    // disc shows its card. Discs and labels are found through grids of 64 px cells, so a
    // frame costs O(groups × candidate places).
    function placeGroupLabels(list, idx) {
      var font = '12px system-ui, "DejaVu Sans", sans-serif', lineHeight = 15, gap = 4;
      var discs = [], cell = 64, discGrid = new Map(), labelGrid = new Map(), labels = [];
      function eachCell(x0, y0, x1, y1, visit) {
        for (var cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx++) {
          for (var cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy++) {
            if (visit(cx + ',' + cy) === false) { return false; }
          }
        }
        return true;
      }
      function add(grid, key, item) { var l = grid.get(key); if (l) { l.push(item); } else { grid.set(key, [item]); } }
      idx.forEach(function (k) {
        var g = list[k], d = { k: k, x: g.x / 10 * s + tx, y: g.y / 10 * s + ty, r: groupRadius(g) };
        if (d.x + d.r < 0 || d.y + d.r < 0 || d.x - d.r > width || d.y - d.r > height) { return; }
        discs.push(d);
        // Cells outside the canvas hold nothing a label could touch.
        eachCell(Math.max(0, d.x - d.r), Math.max(0, d.y - d.r), Math.min(width, d.x + d.r), Math.min(height, d.y + d.r),
                 function (key) { add(discGrid, key, d); });
      });
      function free(x, y, w, h) {
        if (x < 2 || y < 2 || x + w > width - 2 || y + h > height - 2) { return false; }
        return eachCell(x, y, x + w, y + h, function (key) {
          var near = discGrid.get(key) || [], q, o;
          for (q = 0; q < near.length; q++) {
            o = near[q];
            var cx = Math.max(x, Math.min(o.x, x + w)), cy = Math.max(y, Math.min(o.y, y + h));
            if ((cx - o.x) * (cx - o.x) + (cy - o.y) * (cy - o.y) < (o.r + 1) * (o.r + 1)) { return false; }
          }
          var taken = labelGrid.get(key) || [];
          for (q = 0; q < taken.length; q++) {
            o = taken[q];
            if (x < o[0] + o[2] + gap && o[0] < x + w + gap && y < o[1] + o[3] + 2 && o[1] < y + h + 2) { return false; }
          }
          return true;
        });
      }
      // Inside its own disc: only other labels and the edge can be in the way (discs do not overlap).
      function freeInside(x, y, w, h) {
        if (x < 2 || y < 2 || x + w > width - 2 || y + h > height - 2) { return false; }
        return eachCell(x, y, x + w, y + h, function (key) {
          var taken = labelGrid.get(key) || [];
          for (var q = 0; q < taken.length; q++) {
            var o = taken[q];
            if (x < o[0] + o[2] && o[0] < x + w && y < o[1] + o[3] && o[1] < y + h) { return false; }
          }
          return true;
        });
      }
      // The texts a group's label may take, longest first; the last goes only inside the
      // disc (a cluster's number, a territory's name cut to the disc's width).
      function textsOf(g, r) {
        if (view !== 'clusters') { return [[g.name, format(T.actorsN, g.size)], [g.name], [cut(g.name, 2 * r - 12)]]; }
        var head = format(T.clusterN, g.number) + ' \u00b7 ' + format(T.actorsN, g.size);
        return [[head, g.title, g.facts], [head, g.title], [head], [String(g.number)]];
      }
      function cut(text, room) {
        ctx.font = '600 ' + font;
        if (ctx.measureText(text).width + 4 <= room) { return text; }
        var keep = Math.floor(text.length * room / (ctx.measureText(text).width + 4));
        while (keep >= 4 && ctx.measureText(text.slice(0, keep) + '\u2026').width + 4 > room) { keep--; }
        return keep >= 4 ? text.slice(0, keep) + '\u2026' : null;
      }
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      var budget = 400;  // label attempts per frame beyond which small groups stay unlabelled
      discs.forEach(function (d) {
        if (budget-- <= 0) { return; }
        // Specks (a few actors beside groups of thousands) stay unlabelled once a dozen
        // groups are: their labels would crowd the map; hovering one shows its card.
        if (d.r < 5 && labels.length >= 12) { return; }
        var g = list[d.k], texts = textsOf(g, d.r);
        for (var variant = 0; variant < texts.length; variant++) {
          var lines = texts[variant].filter(function (x) { return x; });
          if (!lines.length) { continue; }
          var w = 0;
          lines.forEach(function (line, j) { ctx.font = (j === 0 ? '600 ' : '') + font; w = Math.max(w, ctx.measureText(line).width); });
          w += 4;
          var h = lineHeight * lines.length, spot = null;
          // Inside, centred on the disc's part within the canvas, when the block's corners
          // stay 3 px within the disc.
          var ix = Math.min(Math.max(d.x, w / 2 + 4), width - w / 2 - 4), iy = Math.min(Math.max(d.y, h / 2 + 4), height - h / 2 - 4);
          var fx = Math.abs(ix - d.x) + w / 2, fy = Math.abs(iy - d.y) + h / 2;
          if (fx * fx + fy * fy <= (d.r - 3) * (d.r - 3) && freeInside(ix - w / 2, iy - h / 2, w, h)) {
            spot = [ix - w / 2, iy - h / 2, 'center'];
          } else if (variant < texts.length - 1) {
            var o = d.r * 0.71 + gap, candidates = [
              [d.x + d.r + gap, d.y - h / 2, 'left'], [d.x - d.r - gap - w, d.y - h / 2, 'right'],
              [d.x - w / 2, d.y + d.r + gap, 'center'], [d.x - w / 2, d.y - d.r - gap - h, 'center'],
              [d.x + o, d.y + o, 'left'], [d.x - o - w, d.y + o, 'right'], [d.x + o, d.y - o - h, 'left'], [d.x - o - w, d.y - o - h, 'right']];
            for (var c = 0; c < candidates.length && !spot; c++) {
              if (free(candidates[c][0], candidates[c][1], w, h)) { spot = candidates[c]; }
            }
          }
          if (!spot) { continue; }
          var rect = [spot[0], spot[1], w, h];
          labels.push(rect);
          eachCell(rect[0], rect[1], rect[0] + w, rect[1] + h, function (key) { add(labelGrid, key, rect); });
          var x = spot[2] === 'center' ? spot[0] + w / 2 : spot[2] === 'left' ? spot[0] + 2 : spot[0] + w - 2;
          ctx.textAlign = spot[2];
          lines.forEach(function (line, j) {
            ctx.font = (j === 0 ? '600 ' : '') + font;
            ctx.strokeStyle = 'rgba(255,255,255,0.92)';
            ctx.lineWidth = 3.5;
            ctx.strokeText(line, x, spot[1] + lineHeight * (j + 0.5));
            ctx.fillStyle = '#1d2a33';
            ctx.fillText(line, x, spot[1] + lineHeight * (j + 0.5));
          });
          return;
        }
      });
      ctx.textAlign = 'start';
      canvas.setAttribute('data-labels', String(labels.length));
      groupLabels = labels;
    }

    function schedule() { if (!frame) { frame = requestAnimationFrame(draw); } }
    var settle = 0;
    function moved() {
      moving = 1;
      clearTimeout(settle);
      settle = setTimeout(function () { moving = 0; schedule(); }, 160);
      schedule();
    }

    // Hit tests, in screen coordinates.
    function actorAtPoint(px, py) {
      var g = zoomGrowth(), best = -1, bestD = Infinity;
      for (var k = 0; k < order.length; k++) {
        var a = order[k];
        if (!visible(a)) { continue; }
        var dx = X[a] * s + tx - px, dy = Y[a] * s + ty - py, d = dx * dx + dy * dy, r = R[a] * g + 3;
        if (d <= r * r && d < bestD) { best = a; bestD = d; }
      }
      return best;
    }
    function groupAtPoint(px, py) {
      var list = groupsOfView(), maxSize = maxGroupSize(list), best = -1, bestR = Infinity;
      list.forEach(function (g, k) {
        if (!g.r) { return; }
        var r = groupRadius(g), dx = g.x / 10 * s + tx - px, dy = g.y / 10 * s + ty - py;
        if (dx * dx + dy * dy <= r * r && r < bestR) { best = k; bestR = r; }
      });
      return best;
    }
    function local(event) { var r = canvas.getBoundingClientRect(); return [event.clientX - r.left, event.clientY - r.top]; }

    function setView(v) {
      var wasGroups = view === 'clusters' || view === 'territories';
      view = v;
      if (v === 'clusters' || v === 'territories') { setFocus(null, false); fitGroups(); }
      else if (wasGroups) { if (focus) { fitFocus(); } else { fitAll(); } }
      Array.prototype.forEach.call(document.querySelectorAll('button.view'), function (b) {
        b.setAttribute('aria-pressed', b.getAttribute('data-view') === view ? 'true' : 'false');
      });
      hideTip();
      schedule();
    }
    function setFocus(f, fit) {
      focus = f;
      var bar = document.getElementById('focus'), text = document.getElementById('focus-text');
      if (bar && text) {
        bar.hidden = !f;
        if (f) {
          var g = f.type === 'cluster' ? clusters[f.index] : territories[f.index];
          text.textContent = f.type === 'cluster'
            ? T.focusCluster + format(T.clusterN, g.number) + ' — ' + g.title + ' (' + format(T.actorsN, g.size) + ')'
            : T.focusTerritory + g.name + ' (' + format(T.actorsN, g.size) + ')';
        }
      }
      if (fit) { if (f) { fitFocus(); } else { fitAll(); } }
      schedule();
    }

    var down = null;
    canvas.addEventListener('pointerdown', function (event) {
      var p = local(event);
      down = { x: p[0], y: p[1], tx: tx, ty: ty, dragged: false };
      if (canvas.setPointerCapture) { canvas.setPointerCapture(event.pointerId); }
    });
    canvas.addEventListener('pointermove', function (event) {
      var p = local(event);
      if (down && (event.buttons & 1)) {
        if (Math.abs(p[0] - down.x) + Math.abs(p[1] - down.y) > 4) { down.dragged = true; }
        if (down.dragged) { tx = down.tx + p[0] - down.x; ty = down.ty + p[1] - down.y; hideTip(); moved(); return; }
      }
      if (view === 'clusters' || view === 'territories') {
        var k = groupAtPoint(p[0], p[1]);
        canvas.style.cursor = k >= 0 ? 'pointer' : 'grab';
        if (k >= 0) {
          var g = groupsOfView()[k];
          var title = view === 'clusters' ? format(T.clusterN, g.number) + ' — ' + g.title : g.name;
          var lines = [format(T.actorsN, g.size)];
          if (g.facts) { lines.push(g.facts); }
          if (g.hubs) { lines.push(g.hubs.map(function (a) { return names[a]; }).join(', ')); }
          lines.push(T.openHint);
          showTipLines(title, lines, event.clientX, event.clientY);
        } else { hideTip(); }
        return;
      }
      var i = actorAt(p);
      canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
      if (i >= 0) { showTip(i, event.clientX, event.clientY); } else { hideTip(); }
    });
    function actorAt(p) { return actorAtPoint(p[0], p[1]); }
    canvas.addEventListener('pointerup', function (event) {
      var p = local(event), wasDrag = down && down.dragged;
      down = null;
      if (wasDrag) { return; }
      if (view === 'clusters' || view === 'territories') {
        var k = groupAtPoint(p[0], p[1]);
        if (k >= 0) { openGroup(view === 'clusters' ? 'cluster' : 'territory', k); }
        return;
      }
      var i = actorAt(p);
      if (i >= 0) { selectActor(i, false); } else { clearMarks(); }
    });
    canvas.addEventListener('pointerleave', hideTip);
    canvas.addEventListener('wheel', function (event) {
      event.preventDefault();
      var p = local(event);
      zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015)), p[0], p[1]);
    }, { passive: false });
    canvas.addEventListener('keydown', function (event) {
      var step = 60;
      if (event.key === '+' || event.key === '=') { zoomAt(1.4, width / 2, height / 2); }
      else if (event.key === '-') { zoomAt(1 / 1.4, width / 2, height / 2); }
      else if (event.key === 'ArrowLeft') { tx += step; moved(); }
      else if (event.key === 'ArrowRight') { tx -= step; moved(); }
      else if (event.key === 'ArrowUp') { ty += step; moved(); }
      else if (event.key === 'ArrowDown') { ty -= step; moved(); }
      else { return; }
      event.preventDefault();
    });
    function zoomAt(f, px, py) {
      var next = Math.min(lastFit * 400, Math.max(lastFit / 4, s * f));
      f = next / s;
      tx = px - (px - tx) * f;
      ty = py - (py - ty) * f;
      s = next;
      var reset = document.getElementById('zoom-reset');
      if (reset) { reset.textContent = Math.round(s / lastFit * 100) + ' %'; }
      moved();
    }
    [['zoom-in', 1.5], ['zoom-out', 1 / 1.5]].forEach(function (z) {
      var b = document.getElementById(z[0]);
      if (b) { b.addEventListener('click', function () { zoomAt(z[1], width / 2, height / 2); }); }
    });
    var resetButton = document.getElementById('zoom-reset');
    if (resetButton) {
      resetButton.addEventListener('click', function () {
        if (view === 'clusters' || view === 'territories') { fitGroups(); } else if (focus) { fitFocus(); } else { fitAll(); }
        resetButton.textContent = '100 %';
        schedule();
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll('button.view'), function (b) {
      b.addEventListener('click', function () { setView(b.getAttribute('data-view')); });
    });
    var focusClear = document.getElementById('focus-clear');
    if (focusClear) { focusClear.addEventListener('click', function () { setFocus(null, true); }); }
    function openGroup(type, k) {
      setView('actors');
      setFocus({ type: type, index: k }, true);
    }
    window.addEventListener('resize', function () { resize(); schedule(); });

    resize();
    fitAll();
    var initial = view;
    view = 'actors';
    setView(initial);
    draw();
    // Benchmarks read this mark: the map is drawn and its handlers answer.
    if (window.performance && performance.mark) { performance.mark('maillage-map-interactive'); }

    // --- Keyboard and touch (issue 21, items 2 and 3) ---
    // Keyboard: one button per actor among the hundred most connected (#map-keys),
    // in that order; the focused one is ringed on the canvas and announced, Enter
    // selects it (the core's click handler). Touch: two fingers pinch the zoom.
    var keyFocus = -1;
    var keyList = document.getElementById('map-keys');
    if (keyList) {
      order.slice().sort(byDegree).slice(0, 100).forEach(function (a) {
        var li = el('li'), b = el('button', say(T.keyItem, names[a], kindLabel(a)));
        b.type = 'button';
        b.setAttribute('data-actor', String(a));
        li.appendChild(b);
        keyList.appendChild(li);
      });
      keyList.addEventListener('focusin', function (event) {
        var b = event.target && event.target.closest ? event.target.closest('button[data-actor]') : null;
        if (!b) { return; }
        keyFocus = Number(b.getAttribute('data-actor'));
        if (focus && !visible(keyFocus)) { setFocus(null, false); }
        if (view !== 'actors' && view !== 'backbone') { setView('actors'); }
        var px = X[keyFocus] * s + tx, py = Y[keyFocus] * s + ty;
        if (px < 30 || py < 30 || px > width - 30 || py > height - 30) { tx = width / 2 - X[keyFocus] * s; ty = height / 2 - Y[keyFocus] * s; }
        announce(say(T.keyStatus, names[keyFocus]));
        schedule();
      });
      keyList.addEventListener('focusout', function () { keyFocus = -1; schedule(); });
    }
    var drawWithoutKeyFocus = draw;
    draw = function () {
      drawWithoutKeyFocus();
      if (keyFocus < 0 || !on[keyFocus] || view === 'clusters' || view === 'territories') { return; }
      var r = R[keyFocus] * zoomGrowth() + 6;
      ctx.beginPath();
      ctx.arc(X[keyFocus] * s + tx, Y[keyFocus] * s + ty, r, 0, 2 * Math.PI);
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#c2410c';
      ctx.stroke();
    };
    var touches = new Map(), pinch = null;
    function pinchSpread() {
      var p = Array.from(touches.values());
      return { d: Math.max(1, Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1])), x: (p[0][0] + p[1][0]) / 2, y: (p[0][1] + p[1][1]) / 2 };
    }
    // Capture listeners run before the map's own at the canvas: a pinch stops them.
    canvas.addEventListener('pointerdown', function (event) {
      if (event.pointerType !== 'touch') { return; }
      touches.set(event.pointerId, local(event));
      if (touches.size === 2) { pinch = pinchSpread(); pinch.s = s; down = null; hideTip(); }
      if (pinch) { event.stopImmediatePropagation(); }
    }, true);
    canvas.addEventListener('pointermove', function (event) {
      if (!touches.has(event.pointerId)) { return; }
      touches.set(event.pointerId, local(event));
      if (!pinch) { return; }
      event.stopImmediatePropagation();
      if (touches.size === 2) { var now = pinchSpread(); zoomAt(pinch.s * now.d / pinch.d / s, now.x, now.y); }
    }, true);
    function touchEnded(event) {
      if (!touches.delete(event.pointerId)) { return; }
      if (pinch) {
        event.stopImmediatePropagation();
        if (touches.size === 0) { pinch = null; }
      }
    }
    canvas.addEventListener('pointerup', touchEnded, true);
    canvas.addEventListener('pointercancel', touchEnded, true);
    canvas.addEventListener('pointerup', function (event) { if (event.pointerType === 'touch') { hideTip(); } });
    // --- end of keyboard and touch ---

    var api = {
      clear: function () { marked = null; litPairs = []; selected = -1; schedule(); },
      mark: function (nodes, pairs, sel) {
        marked = new Set(nodes); litPairs = pairs; selected = sel;
        if (view !== 'actors' && view !== 'backbone') { setView('actors'); }
        schedule();
      },
      reveal: function (i) {
        if (!on[i]) { return; }
        if (focus && !visible(i)) { setFocus(null, false); }
        if (view !== 'actors' && view !== 'backbone') { setView('actors'); }
        if (s < fitScale * 3) { s = fitScale * 3; }
        tx = width / 2 - X[i] * s;
        ty = height / 2 - Y[i] * s;
        schedule();
        if (box.scrollIntoView) { box.scrollIntoView({ block: 'nearest' }); }
      },
      has: function (i) { return on[i] === 1; }
    };
    window.__maillageMap = {
      point: function (i) {
        var r = canvas.getBoundingClientRect();
        return on[i] ? { x: r.left + X[i] * s + tx, y: r.top + Y[i] * s + ty, visible: visible(i) } : null;
      },
      groupPoint: function (k) {
        var g = groupsOfView()[k], r = canvas.getBoundingClientRect();
        return g ? { x: r.left + g.x / 10 * s + tx, y: r.top + g.y / 10 * s + ty } : null;
      },
      view: function () { return view; },
      focus: function () { return focus ? { type: focus.type, index: focus.index } : null; },
      selected: function () { return selected; },
      scale: function () { return s / lastFit; },
      keyFocus: function () { return keyFocus; },
      drawn: function () { return drawnCount; },
      // The group labels drawn last (page coordinates: x, y, width, height) and the discs of
      // the groups shown (x, y, radius), for the checks that labels overlap nothing.
      groupLabels: function () {
        var r = canvas.getBoundingClientRect();
        return groupLabels.map(function (b) { return [r.left + b[0], r.top + b[1], b[2], b[3]]; });
      },
      groupDiscs: function () {
        var r = canvas.getBoundingClientRect();
        return groupsOfView().filter(function (g) { return g.r > 0; }).map(function (g) {
          return [r.left + g.x / 10 * s + tx, r.top + g.y / 10 * s + ty, groupRadius(g)];
        });
      }
    };
    return api;
  }

"""#
}
