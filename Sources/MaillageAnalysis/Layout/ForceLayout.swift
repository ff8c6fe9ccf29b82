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
///    pairs approximated by a Barnes–Hut quadtree (θ = 1.2, `QuadTree`), a weak pull
///    towards the centre that keeps components together, and a step that shrinks each
///    round. The large levels get the fewest rounds (`rounds(levelIndex:size:finestIterations:)`):
///    they start from a settled coarse drawing. Each level is first renumbered in the
///    Morton order of its starting positions, so that nodes near in the drawing are
///    near in memory. Forces are computed on both cores in fixed node ranges, each
///    node's force from the same previous positions, so the result does not depend
///    on the threads.
///
/// Edge weights only decide which nodes merge first: a cooperation of 300 members
/// must not pull its members into one point, so every edge attracts alike.
public enum ForceLayout {
    /// Lays out `graph`.
    /// - Parameters:
    ///   - graph: the graph (any weights).
    ///   - seed: seed of the starting positions and of the merge order.
    ///   - finestIterations: refinement rounds on the original graph when it is small
    ///     (up to half fewer on a large one; coarser levels get more, see
    ///     `rounds(levelIndex:size:finestIterations:)`).
    ///   - mass: how much each node repels the others (1 each when nil); a heavier
    ///     node keeps more room around itself (the overview maps weigh groups by size).
    /// - Returns: one position per node.
    /// - Complexity: O((n log n + m) · r) per level for n nodes, m edges and r rounds
    ///   (r ≤ max(`finestIterations`, 150)); each level has at most four fifths of the
    ///   nodes of the one below, so O((n log n + m) · r) overall. Measured on the
    ///   synthetic datasets (Benchmarks/LAYOUT-SCALING.md): 310,000 nodes and 674,000
    ///   memberships (200,000 actors) in 14 s of CPU, 31,000 nodes (20,000 actors) in
    ///   1.3–1.8 s; the Barnes–Hut walk is most of it, hence the Morton order of the nodes
    ///   and of the tree's cells.
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
            let rounds = Self.rounds(levelIndex: index, size: fine.nodeCount + fine.targets.count, finestIterations: finestIterations)
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

    /// Refinement rounds on a level of `size` nodes plus CSR entries (`levelIndex` 0 is
    /// the graph itself): 20 + 2,000,000 / size on the graph itself, at most
    /// `finestIterations`; 20 + 4,000,000 / size on a coarser level, at most 150; never
    /// fewer than half of `finestIterations`.
    ///
    /// A level starts from its coarse level's drawing, so its large-scale shape is set
    /// and a few rounds settle the local one (Hu 2005; `sfdp` likewise stops early on
    /// fine levels): the large levels, which cost the most, get the fewest rounds. With
    /// the default 60, a graph of up to 50,000 nodes + CSR entries (a two-mode network
    /// of about 6,000 actors) gets 60 rounds or more on every level.
    static func rounds(levelIndex: Int, size: Int, finestIterations: Int) -> Int {
        if levelIndex == 0 { return max(finestIterations / 2, min(finestIterations, 20 + 2_000_000 / max(size, 1))) }
        return min(150, max(finestIterations / 2, 20 + 4_000_000 / max(size, 1)))
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

        /// This level with node `order[k]` renamed k (rows, targets and masses moved;
        /// `parent` left empty).
        /// - Complexity: O(n + m).
        func renumbered(_ order: [Int32]) -> Level {
            let n = nodeCount
            var newIndex = [Int32](repeating: 0, count: n)
            for k in 0..<n { newIndex[Int(order[k])] = Int32(k) }
            var offsetsOut = [Int](repeating: 0, count: n + 1)
            var targetsOut = [Int32](), weightsOut = [Double]()
            targetsOut.reserveCapacity(targets.count)
            weightsOut.reserveCapacity(weights.count)
            for k in 0..<n {
                let v = Int(order[k])
                for i in offsets[v]..<offsets[v + 1] {
                    targetsOut.append(newIndex[Int(targets[i])])
                    weightsOut.append(weights[i])
                }
                offsetsOut[k + 1] = targetsOut.count
            }
            return Level(offsets: offsetsOut, targets: targetsOut, weights: weightsOut, mass: order.map { mass[Int($0)] }, parent: [])
        }
    }

    // MARK: Refinement

    /// Runs `iterations` rounds of force-directed refinement on `level`, its nodes first
    /// renumbered in the Morton order of their starting positions so that neighbours in
    /// the drawing are near in memory (the positions come back in the level's order).
    /// - Complexity: O((n log n + m) · iterations).
    static func refine(_ level: Level, x: inout [Double], y: inout [Double], iterations: Int, initialStep: Double) {
        let n = level.nodeCount
        guard n > 1 else { return }
        let order = QuadTree(x: x, y: y, mass: level.mass).pointOrder
        let local = level.renumbered(order)
        var lx = order.map { x[Int($0)] }, ly = order.map { y[Int($0)] }
        refineInPlace(local, x: &lx, y: &ly, iterations: iterations, initialStep: initialStep)
        for k in 0..<n {
            x[Int(order[k])] = lx[k]
            y[Int(order[k])] = ly[k]
        }
    }

    /// The rounds of ``refine(_:x:y:iterations:initialStep:)`` on a level in its own order.
    /// - Complexity: O((n log n + m) · iterations).
    static func refineInPlace(_ level: Level, x: inout [Double], y: inout [Double], iterations: Int, initialStep: Double) {
        let n = level.nodeCount
        guard n > 1 else { return }
        let repulsion = 0.2  // C in Hu's model, with K = 1
        let gravity = 0.02
        var step = initialStep
        // The step shrinks by 7 % a round, faster when there are fewer than 63 rounds, so
        // that it always ends near 0.026: few rounds still end in small moves.
        let cooling = min(0.93, pow(0.026 / initialStep, 1 / Double(max(iterations, 1))))
        var fx = [Double](repeating: 0, count: n), fy = fx
        let ranges = 16
        var hint: [Int32]?
        for _ in 0..<iterations {
            let tree = QuadTree(x: x, y: y, mass: level.mass, hint: hint)
            hint = tree.pointOrder
            x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
            level.offsets.withUnsafeBufferPointer { off in
            level.targets.withUnsafeBufferPointer { tg in
            fx.withUnsafeMutableBufferPointer { fxs in
            fy.withUnsafeMutableBufferPointer { fys in
            tree.cells.withUnsafeBufferPointer { cellBuffer in
            tree.pointOrder.withUnsafeBufferPointer { orderBuffer in
            tree.sortedX.withUnsafeBufferPointer { sxBuffer in
            tree.sortedY.withUnsafeBufferPointer { syBuffer in
            tree.sortedMass.withUnsafeBufferPointer { smBuffer in
                let px = SharedReads(xs), py = SharedReads(ys)
                let po = SharedReads(off), pt = SharedReads(tg)
                let ox = DisjointWrites(fxs), oy = DisjointWrites(fys)
                let cells = SharedReads(cellBuffer), order = SharedReads(orderBuffer)
                let sx = SharedReads(sxBuffer), sy = SharedReads(syBuffer), sm = SharedReads(smBuffer)
                ParallelChunks.forEach(chunkCount: ranges, workers: 2, makeWorkspace: {}) { chunk, _ in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: QuadTree.stackCapacity) { stack in
                    guard let stack = stack.baseAddress else { return }
                    // Spatial order: consecutive walks read the same cells.
                    for k in ParallelChunks.range(chunk, of: ranges, count: n) {
                        let v = Int(order[k])
                        let vx = sx[k], vy = sy[k], vm = sm[k]
                        var (rx, ry) = QuadTree.repulsion(cells.buffer, sortedX: sx.buffer, sortedY: sy.buffer, sortedMass: sm.buffer,
                                                          on: k, x: vx, y: vy, mass: vm, id: v, theta: 1.2, stack: stack)
                        rx *= repulsion * vm
                        ry *= repulsion * vm
                        for i in po[v]..<po[v + 1] {
                            let u = Int(pt[i])
                            let dx = px[u] - vx, dy = py[u] - vy
                            let d = (dx * dx + dy * dy).squareRoot()
                            rx += dx * d
                            ry += dy * d
                        }
                        let r = (vx * vx + vy * vy).squareRoot()
                        if r > 0 {
                            rx -= gravity * vm * vx / r * (1 + r.squareRoot() * 0.1)
                            ry -= gravity * vm * vy / r * (1 + r.squareRoot() * 0.1)
                        }
                        ox[v] = rx
                        oy[v] = ry
                    }
                    }
                }
            }}}}}}}}}}}
            for v in 0..<n {
                let f = (fx[v] * fx[v] + fy[v] * fy[v]).squareRoot()
                guard f > 0, f.isFinite else { continue }
                let move = min(step, f) / f
                x[v] += fx[v] * move
                y[v] += fy[v] * move
            }
            step = max(step * cooling, 0.02)
        }
    }
}
