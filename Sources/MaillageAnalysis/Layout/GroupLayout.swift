import MaillageGraph

/// Positions and radii of groups of actors (clusters, territories) for the overview
/// maps: one disc per group, its area proportional to its actors, discs that do not
/// overlap, groups with many ties between them side by side.
///
/// The group graph (one node per group, weighted by the ties between their actors)
/// is laid out by ``ForceLayout`` with each group repelling in proportion to its size;
/// the drawing is then scaled so that tied groups sit about two radii apart, and
/// overlaps are pushed apart (a few rounds over neighbouring discs found on a grid).
public struct GroupLayout: Sendable, Equatable {
    /// Centre of each group.
    public let x: [Double]
    public let y: [Double]
    /// Radius of each group's disc (0 for an empty group), in the same units.
    public let radius: [Double]

    /// Lays out the groups of `groupOf` (a group index per node of `graph`, −1 for none).
    /// - Parameters:
    ///   - graph: the actors' graph.
    ///   - groupOf: the group of each node, or −1.
    ///   - groupCount: the number of groups.
    ///   - seed: the layout's seed.
    /// - Complexity: O(n + m) to count ties between groups, then the force layout of
    ///   the g groups and O(g) per round (at most 80) to remove overlaps on a grid whose
    ///   cell is the largest diameter — O(g²) per round only if most discs shared a
    ///   cell, which their pushing apart prevents.
    public init(graph: Graph, groupOf: [Int], groupCount: Int, seed: UInt64) {
        var size = [Double](repeating: 0, count: groupCount)
        var ties: [Int: Double] = [:]
        for u in 0..<graph.nodeCount {
            let a = groupOf[u]
            guard a >= 0, a < groupCount else { continue }
            if graph.degree(u) > 0 { size[a] += 1 }
            for w in graph.neighbors(of: u) where Int(w) > u {
                let b = groupOf[Int(w)]
                guard b >= 0, b < groupCount, b != a else { continue }
                ties[min(a, b) * groupCount + max(a, b), default: 0] += 1
            }
        }
        let groupGraph = Graph(nodeCount: groupCount, edges: ties.keys.sorted().map { ($0 / groupCount, $0 % groupCount, ties[$0] ?? 1) })
        let positions = ForceLayout.positions(of: groupGraph, seed: seed, finestIterations: 200, mass: size.map { max($0, 1).squareRoot() })
        var x = positions.x, y = positions.y
        let radius = size.map { $0 > 0 ? 0.5 * $0.squareRoot() : 0 }

        // Scale: tied groups about (rᵤ + rᵥ) · 1.6 apart, on the median.
        var ratios: [Double] = []
        for edge in groupGraph.edges where radius[edge.u] > 0 && radius[edge.v] > 0 {
            let d = ((x[edge.u] - x[edge.v]) * (x[edge.u] - x[edge.v]) + (y[edge.u] - y[edge.v]) * (y[edge.u] - y[edge.v])).squareRoot()
            if d > 0 { ratios.append(1.6 * (radius[edge.u] + radius[edge.v]) / d) }
        }
        ratios.sort()
        let scale = ratios.isEmpty ? 1 : ratios[ratios.count / 2]
        for g in 0..<groupCount { x[g] *= scale; y[g] *= scale }

        // Overlaps pushed apart, neighbours found on a grid of the largest diameter.
        let maxRadius = radius.max() ?? 0
        if maxRadius > 0 {
            let cell = 2 * maxRadius + 0.5
            for _ in 0..<80 {
                var buckets: [Int64: [Int]] = [:]
                for g in 0..<groupCount where radius[g] > 0 {
                    buckets[Self.key(Int((x[g] / cell).rounded(.down)), Int((y[g] / cell).rounded(.down))), default: []].append(g)
                }
                var moved = false
                for g in 0..<groupCount where radius[g] > 0 {
                    let cx = Int((x[g] / cell).rounded(.down)), cy = Int((y[g] / cell).rounded(.down))
                    for dx in -1...1 {
                        for dy in -1...1 {
                            for h in buckets[Self.key(cx + dx, cy + dy)] ?? [] where h > g {
                                var ex = x[h] - x[g], ey = y[h] - y[g]
                                var d = (ex * ex + ey * ey).squareRoot()
                                let need = radius[g] + radius[h] + 0.3
                                guard d < need else { continue }
                                if d < 1e-9 { ex = Double(h - g); ey = 1; d = (ex * ex + ey * ey).squareRoot() }
                                let push = (need - d) / 2
                                x[g] -= ex / d * push; y[g] -= ey / d * push
                                x[h] += ex / d * push; y[h] += ey / d * push
                                moved = true
                            }
                        }
                    }
                }
                if !moved { break }
            }
        }
        self.x = x
        self.y = y
        self.radius = radius
    }

    private static func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: b))) }
}
