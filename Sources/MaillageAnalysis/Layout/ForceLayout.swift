import Foundation
import MaillageGraph
import MaillageSupport

/// Positions of the nodes of a graph in the plane, computed once from a seed and
/// shared by every output (the report's map, `render`, the exports' x/y).
///
/// Coordinates are in layout units: the natural length of a tie is 1, the drawing is
/// centred on (0, 0). Nodes without any edge are placed too (on a ring around the
/// drawing), so every node has a position.
public struct LayoutPositions: Sendable, Equatable {
    /// Horizontal coordinate of each node.
    public var x: [Double]
    /// Vertical coordinate of each node (y grows downwards, as on a screen).
    public var y: [Double]

    public init(x: [Double], y: [Double]) {
        precondition(x.count == y.count, "one x and one y per node")
        self.x = x
        self.y = y
    }

    /// Number of nodes placed.
    public var count: Int { x.count }

    /// The smallest box holding every position: (minX, minY, maxX, maxY); zeros when empty.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        guard let x0 = x.min(), let x1 = x.max(), let y0 = y.min(), let y1 = y.max() else { return (0, 0, 0, 0) }
        return (x0, y0, x1, y1)
    }
}

/// A multilevel spring–electrical layout (Walshaw 2003; Hu, "Efficient, high-quality
/// force-directed graph drawing", Mathematica Journal 10(1), 2005 — the model of
/// Graphviz's `sfdp`), written here so that it is deterministic for a seed on every
/// platform and stays near-linear at 200,000 nodes and millions of edges.
///
/// 1. Coarsening: nodes are merged with their most strongly tied neighbour (leaves
///    always join their only neighbour, so stars collapse at once) until at most
///    ~60 nodes remain or a level no longer shrinks by a fifth; each coarse node
///    carries the number of nodes it stands for (its mass).
/// 2. The coarsest graph is laid out from seeded random positions; each finer level
///    starts from its coarse node's position (scaled so the area grows with the node
///    count, plus a small seeded offset) and is refined.
/// 3. Refinement: attraction `d²/K` along edges, repulsion `K²·mᵤ·mᵥ/d` between all
///    pairs approximated by a Barnes–Hut quadtree (θ = 1.2), a weak pull towards the
///    centre that keeps components together, and a step that shrinks each round.
///    Forces are computed on both cores in fixed node ranges, each node's force
///    from the same previous positions, so the result does not depend on the threads.
///
/// Edge weights only decide which nodes merge first: a cooperation of 300 members
/// must not pull its members into one point, so every edge attracts alike.
public enum ForceLayout {
    /// Lays out `graph`.
    /// - Parameters:
    ///   - graph: the graph (any weights).
    ///   - seed: seed of the starting positions and of the merge order.
    ///   - finestIterations: refinement rounds on the original graph (coarser levels get more).
    ///   - mass: how much each node repels the others (1 each when nil); a heavier
    ///     node keeps more room around itself (the overview maps weigh groups by size).
    /// - Returns: one position per node.
    /// - Complexity: O((n log n + m) · r) per level for n nodes, m edges and r rounds;
    ///   the levels shrink geometrically, so O((n log n + m) · r) overall. On the
    ///   synthetic 20,000-actor dataset (31,000 nodes, 135,000 membership ends) the
    ///   matching halves each level (9 levels) and the finest level takes two thirds of
    ///   the layout: the many-levels hypothesis does not hold there; the cost is the
    ///   Barnes–Hut walk's memory reads, hence the flat depth-first `QuadTree` walked
    ///   in spatial order (finest level 5.7 s → 3.7 s wall on a loaded 2-core machine,
    ///   same positions; `export --format json` 90.4 s → 81.1 s CPU).
    public static func positions(of graph: Graph, seed: UInt64 = 1, finestIterations: Int = 60, mass: [Double]? = nil) -> LayoutPositions {
        let n = graph.nodeCount
        guard n > 0 else { return LayoutPositions(x: [], y: []) }
        var rng = SeededGenerator(seed: seed &+ 0x6C61_796F_7574)  // "layout"

        // Levels: level 0 is the graph itself.
        var levels: [Level] = [Level(offsets: graph.offsets, targets: graph.targets, weights: graph.weights,
                                     mass: mass ?? [Double](repeating: 1, count: n), parent: [])]
        while levels[levels.count - 1].nodeCount > 60 {
            let fine = levels[levels.count - 1]
            guard let coarse = fine.coarsened(rng: &rng), Double(coarse.level.nodeCount) < 0.8 * Double(fine.nodeCount) else { break }
            levels[levels.count - 1].parent = coarse.parentOfFine
            levels.append(coarse.level)
        }

        // Coarsest: seeded random start in a square whose area grows with the mass.
        let top = levels[levels.count - 1]
        let side = max(1, Double(top.nodeCount).squareRoot() * 2)
        var x = (0..<top.nodeCount).map { _ in (rng.nextUnitDouble() - 0.5) * side }
        var y = (0..<top.nodeCount).map { _ in (rng.nextUnitDouble() - 0.5) * side }
        refine(top, x: &x, y: &y, iterations: 300, initialStep: side / 4)

        for index in stride(from: levels.count - 2, through: 0, by: -1) {
            let fine = levels[index], coarse = levels[index + 1]
            let scale = (Double(fine.nodeCount) / Double(max(coarse.nodeCount, 1))).squareRoot()
            var fx = [Double](repeating: 0, count: fine.nodeCount), fy = fx
            for v in 0..<fine.nodeCount {
                let p = Int(fine.parent[v])
                fx[v] = x[p] * scale + (rng.nextUnitDouble() - 0.5) * 0.5
                fy[v] = y[p] * scale + (rng.nextUnitDouble() - 0.5) * 0.5
            }
            x = fx
            y = fy
            let rounds = index == 0 ? finestIterations : min(150, max(finestIterations, 40 + 2_000_000 / max(fine.nodeCount + fine.targets.count, 1)))
            refine(fine, x: &x, y: &y, iterations: rounds, initialStep: 2.0)
        }

        packComponents(graph, x: &x, y: &y)
        // Isolated nodes on a ring outside the drawing.
        let placed = (0..<n).filter { graph.degree($0) > 0 }
        let isolated = (0..<n).filter { graph.degree($0) == 0 }
        if !isolated.isEmpty {
            let radius = (placed.map { (x[$0] * x[$0] + y[$0] * y[$0]).squareRoot() }.max() ?? 0) + 2
            for (i, v) in isolated.enumerated() {
                let angle = 2 * Double.pi * Double(i) / Double(isolated.count)
                x[v] = radius * cos(angle)
                y[v] = radius * sin(angle)
            }
        }
        return LayoutPositions(x: x, y: y)
    }

    /// Centres the largest connected component on (0, 0) and sets every other one
    /// (with at least one edge) just outside it, around it, largest first: repulsion
    /// alone would push small components arbitrarily far away and shrink the main
    /// one to a dot when the drawing is fitted to a frame.
    /// - Complexity: O(n + m + c log c) for c components.
    static func packComponents(_ graph: Graph, x: inout [Double], y: inout [Double]) {
        let n = graph.nodeCount
        var component = [Int](repeating: -1, count: n)
        var members: [[Int]] = []
        for s in 0..<n where component[s] < 0 && graph.degree(s) > 0 {
            let c = members.count
            var list = [s]
            component[s] = c
            var head = 0
            while head < list.count {
                let v = list[head]; head += 1
                for w in graph.neighbors(of: v) where component[Int(w)] < 0 {
                    component[Int(w)] = c
                    list.append(Int(w))
                }
            }
            members.append(list)
        }
        guard !members.isEmpty else { return }
        let order = members.indices.sorted { members[$0].count != members[$1].count ? members[$0].count > members[$1].count : members[$0][0] < members[$1][0] }
        func centre(_ list: [Int]) -> (Double, Double) {
            (list.reduce(0) { $0 + x[$1] } / Double(list.count), list.reduce(0) { $0 + y[$1] } / Double(list.count))
        }
        func radius(_ list: [Int], _ c: (Double, Double)) -> Double {
            list.map { ((x[$0] - c.0) * (x[$0] - c.0) + (y[$0] - c.1) * (y[$0] - c.1)).squareRoot() }.max() ?? 0
        }
        let main = members[order[0]]
        let mc = centre(main)
        for v in main { x[v] -= mc.0; y[v] -= mc.1 }
        let mainRadius = radius(main, (0, 0))
        var angle = 0.0
        for index in order.dropFirst() {
            let list = members[index]
            let c = centre(list)
            let r = radius(list, c)
            let ring = mainRadius + 1.5 + r
            let target = (ring * cos(angle), ring * sin(angle))
            for v in list { x[v] += target.0 - c.0; y[v] += target.1 - c.1 }
            angle += (2 * r + 1.5) / max(ring, 1)
        }
    }

    // MARK: Levels

    /// One level of the hierarchy, in CSR form.
    struct Level {
        var offsets: [Int]
        var targets: [Int32]
        var weights: [Double]
        /// Number of original nodes each node stands for.
        var mass: [Double]
        /// Coarse node of each node (empty on the coarsest level).
        var parent: [Int32]

        var nodeCount: Int { mass.count }

        /// The next coarser level and the coarse node of each node of this one; nil
        /// when no node could merge.
        /// - Complexity: O(n + m).
        func coarsened(rng: inout SeededGenerator) -> (level: Level, parentOfFine: [Int32])? {
            let n = nodeCount
            var shuffled = Array(0..<n)
            rng.shuffle(&shuffled)
            // Leaves first, then by increasing degree (they have the least choice); a
            // counting sort, stable, so the order depends on the seed only.
            var maxDegree = 0
            for v in 0..<n { maxDegree = max(maxDegree, degree(v)) }
            var start = [Int](repeating: 0, count: maxDegree + 2)
            for v in 0..<n { start[degree(v) + 1] += 1 }
            for d in 0..<(maxDegree + 1) { start[d + 1] += start[d] }
            var order = [Int](repeating: 0, count: n)
            for v in shuffled { order[start[degree(v)]] = v; start[degree(v)] += 1 }
            let averageMass = mass.reduce(0, +) / Double(max(n, 1))
            let massLimit = max(4, 4 * averageMass)
            var group = [Int32](repeating: -1, count: n)
            var groupMass: [Double] = []
            for u in order where group[u] < 0 {
                var best = -1, bestScore = -Double.infinity, bestFree = false
                for i in offsets[u]..<offsets[u + 1] {
                    let v = Int(targets[i])
                    let free = group[v] < 0
                    let score = weights[i] / (mass[u] + mass[v])
                    // Prefer a neighbour still free; among equals, the strongest tie.
                    if (free && !bestFree) || (free == bestFree && score > bestScore) {
                        best = v; bestScore = score; bestFree = free
                    }
                }
                if best < 0 {
                    group[u] = Int32(groupMass.count); groupMass.append(mass[u])
                } else if bestFree {
                    group[u] = Int32(groupMass.count); group[best] = group[u]; groupMass.append(mass[u] + mass[best])
                } else {
                    let g = Int(group[best])
                    if degree(u) == 1 || groupMass[g] + mass[u] <= massLimit {
                        group[u] = Int32(g); groupMass[g] += mass[u]
                    } else {
                        group[u] = Int32(groupMass.count); groupMass.append(mass[u])
                    }
                }
            }
            let coarseCount = groupMass.count
            guard coarseCount < n else { return nil }
            // Members of each group, then the coarse rows by marking neighbours.
            var memberStart = [Int](repeating: 0, count: coarseCount + 1)
            for v in 0..<n { memberStart[Int(group[v]) + 1] += 1 }
            for g in 0..<coarseCount { memberStart[g + 1] += memberStart[g] }
            var cursor = memberStart
            var members = [Int](repeating: 0, count: n)
            for v in 0..<n { members[cursor[Int(group[v])]] = v; cursor[Int(group[v])] += 1 }
            var slot = [Int](repeating: -1, count: coarseCount)
            var offsetsOut = [Int](repeating: 0, count: coarseCount + 1)
            var targetsOut: [Int32] = [], weightsOut: [Double] = []
            targetsOut.reserveCapacity(targets.count / 2)
            weightsOut.reserveCapacity(targets.count / 2)
            for g in 0..<coarseCount {
                let rowStart = targetsOut.count
                for k in memberStart[g]..<memberStart[g + 1] {
                    let v = members[k]
                    for i in offsets[v]..<offsets[v + 1] {
                        let h = Int(group[Int(targets[i])])
                        if h == g { continue }
                        if slot[h] >= rowStart {
                            weightsOut[slot[h]] += weights[i]
                        } else {
                            slot[h] = targetsOut.count
                            targetsOut.append(Int32(h))
                            weightsOut.append(weights[i])
                        }
                    }
                }
                offsetsOut[g + 1] = targetsOut.count
            }
            return (Level(offsets: offsetsOut, targets: targetsOut, weights: weightsOut, mass: groupMass, parent: []), group)
        }

        @inline(__always) func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    }

    // MARK: Refinement

    /// Runs `iterations` rounds of force-directed refinement on `level`.
    /// - Complexity: O((n log n + m) · iterations).
    static func refine(_ level: Level, x: inout [Double], y: inout [Double], iterations: Int, initialStep: Double) {
        let n = level.nodeCount
        guard n > 1 else { return }
        let repulsion = 0.2  // C in Hu's model, with K = 1
        let gravity = 0.02
        var step = initialStep
        var fx = [Double](repeating: 0, count: n), fy = fx
        let ranges = 16
        for _ in 0..<iterations {
            let tree = QuadTree(x: x, y: y, mass: level.mass)
            x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
            level.mass.withUnsafeBufferPointer { ms in
            level.offsets.withUnsafeBufferPointer { off in
            level.targets.withUnsafeBufferPointer { tg in
            fx.withUnsafeMutableBufferPointer { fxs in
            fy.withUnsafeMutableBufferPointer { fys in
                let px = SharedReads(xs), py = SharedReads(ys), pm = SharedReads(ms)
                let po = SharedReads(off), pt = SharedReads(tg)
                let ox = DisjointWrites(fxs), oy = DisjointWrites(fys)
                tree.cells.withUnsafeBufferPointer { cellBuffer in
                tree.pointOrder.withUnsafeBufferPointer { orderBuffer in
                let cells = SharedReads(cellBuffer), order = SharedReads(orderBuffer)
                ParallelChunks.forEach(chunkCount: ranges, workers: 2, makeWorkspace: {}) { chunk, _ in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: QuadTree.stackCapacity) { stack in
                    guard let stack = stack.baseAddress else { return }
                    // Spatial order: consecutive walks read the same cells.
                    for k in ParallelChunks.range(chunk, of: ranges, count: n) {
                        let v = Int(order[k])
                        var (rx, ry) = QuadTree.repulsion(cells.buffer, on: v, x: px[v], y: py[v], mass: pm[v], theta: 1.2, stack: stack)
                        rx *= repulsion * pm[v]
                        ry *= repulsion * pm[v]
                        for i in po[v]..<po[v + 1] {
                            let u = Int(pt[i])
                            let dx = px[u] - px[v], dy = py[u] - py[v]
                            let d = (dx * dx + dy * dy).squareRoot()
                            rx += dx * d
                            ry += dy * d
                        }
                        let r = (px[v] * px[v] + py[v] * py[v]).squareRoot()
                        if r > 0 {
                            rx -= gravity * pm[v] * px[v] / r * (1 + r.squareRoot() * 0.1)
                            ry -= gravity * pm[v] * py[v] / r * (1 + r.squareRoot() * 0.1)
                        }
                        ox[v] = rx
                        oy[v] = ry
                    }
                    }
                }
                }}
            }}}}}}}
            for v in 0..<n {
                let f = (fx[v] * fx[v] + fy[v] * fy[v]).squareRoot()
                guard f > 0, f.isFinite else { continue }
                let move = min(step, f) / f
                x[v] += fx[v] * move
                y[v] += fy[v] * move
            }
            step = max(step * 0.93, 0.02)
        }
    }
}

/// A Barnes–Hut quadtree over weighted points, rebuilt each round.
///
/// Built by inserting the points in index order, then copied into one flat array of
/// cells in depth-first order (each cell's four children side by side), so that a walk
/// reads one cache line per cell and the walks of neighbouring points read nearby
/// memory; ``pointOrder`` lists the points in the same spatial order, and the layout
/// computes the forces in that order. The forces do not depend on that order: each is
/// summed over the same cells in the same order as in the tree that was built.
struct QuadTree: @unchecked Sendable {
    /// One cell: centre of mass, total mass, side, first child (-1 for a leaf), point
    /// (-1 for none, -2 for several coincident points).
    struct Cell {
        var cx: Double, cy: Double, mass: Double, side: Double
        var child: Int32, point: Int32
    }
    private(set) var cells: [Cell] = []
    /// Every point once, in the depth-first order of the leaves (coincident points last).
    private(set) var pointOrder: [Int32] = []

    /// Builds the tree of the points (x[i], y[i]) with masses `mass`.
    /// - Complexity: O(n · depth), depth bounded by 40.
    init(x: [Double], y: [Double], mass: [Double]) {
        var builder = Builder(x: x, y: y, mass: mass)
        let n = x.count
        cells.reserveCapacity(builder.cx.count)
        pointOrder.reserveCapacity(n)
        var placed = [Bool](repeating: false, count: n)
        func copy(_ old: Int) -> Cell {
            Cell(cx: builder.cx[old], cy: builder.cy[old], mass: builder.cm[old], side: builder.side[old], child: -1, point: builder.point[old])
        }
        cells.append(copy(0))
        // Depth-first: (old cell, new cell) pairs; children blocks are appended when visited.
        var pending: [(Int, Int)] = [(0, 0)]
        while let (old, new) = pending.popLast() {
            let first = Int(builder.child[old])
            if first < 0 {
                let p = Int(builder.point[old])
                if p >= 0 { pointOrder.append(Int32(p)); placed[p] = true }
                continue
            }
            let newFirst = cells.count
            cells[new].child = Int32(newFirst)
            for k in 0..<4 { cells.append(copy(first + k)) }
            for k in stride(from: 3, through: 0, by: -1) { pending.append((first + k, newFirst + k)) }
        }
        for v in 0..<n where !placed[v] { pointOrder.append(Int32(v)) }
        builder = Builder(x: [], y: [], mass: [])
    }

    /// The tree as first built, in insertion order.
    private struct Builder {
        var cx: [Double] = [], cy: [Double] = [], cm: [Double] = [], side: [Double] = []
        var midX: [Double] = [], midY: [Double] = []
        var child: [Int32] = []
        var point: [Int32] = []

        init(x: [Double], y: [Double], mass: [Double]) {
            let n = x.count
            guard n > 0 else { return }
            var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
            for i in 0..<n { x0 = min(x0, x[i]); x1 = max(x1, x[i]); y0 = min(y0, y[i]); y1 = max(y1, y[i]) }
            let size = max(x1 - x0, y1 - y0, 1e-9) * 1.0001
            reserve(2 * n + 1)
            newCell(midX: x0 + size / 2, midY: y0 + size / 2, side: size)
            for i in 0..<n { insert(i, x: x[i], y: y[i], mass: mass[i], x: x, y: y, masses: mass) }
            // Centres of mass: cells accumulated sums; divide.
            for c in 0..<cm.count where cm[c] > 0 { cx[c] /= cm[c]; cy[c] /= cm[c] }
        }

        private mutating func reserve(_ k: Int) {
            cx.reserveCapacity(k); cy.reserveCapacity(k); cm.reserveCapacity(k); side.reserveCapacity(k)
            midX.reserveCapacity(k); midY.reserveCapacity(k); child.reserveCapacity(k); point.reserveCapacity(k)
        }

        @discardableResult
        private mutating func newCell(midX mx: Double, midY my: Double, side s: Double) -> Int {
            cx.append(0); cy.append(0); cm.append(0); side.append(s); midX.append(mx); midY.append(my)
            child.append(-1); point.append(-1)
            return cx.count - 1
        }

        private mutating func split(_ c: Int) {
            let h = side[c] / 2, q = side[c] / 4
            let first = cx.count
            newCell(midX: midX[c] - q, midY: midY[c] - q, side: h)
            newCell(midX: midX[c] + q, midY: midY[c] - q, side: h)
            newCell(midX: midX[c] - q, midY: midY[c] + q, side: h)
            newCell(midX: midX[c] + q, midY: midY[c] + q, side: h)
            child[c] = Int32(first)
        }

        @inline(__always) private func quadrant(_ c: Int, _ px: Double, _ py: Double) -> Int {
            Int(child[c]) + (px >= midX[c] ? 1 : 0) + (py >= midY[c] ? 2 : 0)
        }

        private mutating func insert(_ i: Int, x px: Double, y py: Double, mass m: Double, x: [Double], y: [Double], masses: [Double]) {
            var c = 0
            var depth = 0
            while true {
                cx[c] += px * m; cy[c] += py * m; cm[c] += m
                if child[c] >= 0 { c = quadrant(c, px, py); depth += 1; continue }
                if point[c] < 0 && cm[c] == m { point[c] = Int32(i); return }
                if depth >= 40 { point[c] = -2; return }  // coincident points: kept as an aggregate
                // A leaf holding one point: split and push that point down.
                let other = Int(point[c])
                point[c] = -1
                split(c)
                if other >= 0 {
                    let o = quadrant(c, x[other], y[other])
                    cx[o] += x[other] * masses[other]; cy[o] += y[other] * masses[other]; cm[o] += masses[other]
                    point[o] = Int32(other)
                }
                c = quadrant(c, px, py)
                depth += 1
            }
        }
    }

    /// Room for the walk's stack: each visited cell replaces itself by at most four,
    /// over at most 41 levels.
    static let stackCapacity = 256

    /// The repulsive force on point `v` at (px, py), per unit of its mass: Σ mᵤ·(p − pᵤ)/d².
    /// - Parameter stack: scratch room for ``stackCapacity`` cell indices.
    /// - Complexity: O(log n) cells visited for a well-spread drawing.
    static func repulsion(_ cells: UnsafeBufferPointer<Cell>, on v: Int, x px: Double, y py: Double, mass: Double, theta: Double,
                          stack: UnsafeMutablePointer<Int32>) -> (Double, Double) {
        var fx = 0.0, fy = 0.0
        guard !cells.isEmpty else { return (0, 0) }
        let theta2 = theta * theta
        stack[0] = 0
        var top = 1
        while top > 0 {
            top -= 1
            let cell = cells[Int(stack[top])]
            let m = cell.mass
            if m == 0 { continue }
            if cell.point == Int32(v) && cell.child < 0 { continue }
            var dx = px - cell.cx, dy = py - cell.cy
            var d2 = dx * dx + dy * dy
            if cell.child < 0 || cell.side * cell.side < theta2 * d2 {
                if d2 < 1e-6 {
                    // Same place: push apart in a direction fixed by the ids.
                    dx = Double((v &* 2_654_435_761) % 1000) / 1000 - 0.5
                    dy = Double((v &* 40_503) % 1000) / 1000 - 0.5
                    d2 = max(dx * dx + dy * dy, 1e-4)
                }
                // A leaf that is v's own cell with other coincident points: count the others.
                let mm = (cell.child < 0 && cell.point == -2) ? max(m - mass, 0) : m
                fx += mm * dx / d2
                fy += mm * dy / d2
                continue
            }
            let first = cell.child
            stack[top] = first; stack[top + 1] = first + 1; stack[top + 2] = first + 2; stack[top + 3] = first + 3
            top += 4
        }
        return (fx, fy)
    }
}
