import Testing
@testable import MaillageAnalysis
import MaillageSupport

/// Unweighted closeness runs 64 breadth-first searches at once, one bit per source
/// (``BitParallelBreadthFirstSearch``); its values must be exactly those of one search
/// per source, whatever the batch boundaries, the components and the workers.
@Suite struct BitParallelClosenessTests {
    /// Closeness by one breadth-first search per source (the algorithm before batches).
    static func oneSearchPerSource(_ graph: Graph) -> [Double] {
        let n = graph.nodeCount
        let search = ShortestPathSearch(graph: graph)
        return (0..<n).map { source in
            search.searchUnweighted(from: source, in: graph, countingPaths: false)
            var total = 0.0
            for node in search.reached { total += search.distance[Int(node)] }
            guard total > 0, n > 1 else { return 0 }
            let reachedOthers = Double(search.reachedCount - 1)
            return reachedOthers / total * (reachedOthers / Double(n - 1))
        }
    }

    /// A seeded graph of `n` nodes: a dense part with hubs (so some levels run bottom-up),
    /// a long path (many top-down levels), small components and isolated nodes.
    static func graph(nodes n: Int, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        let dense = n * 2 / 3
        for u in 0..<dense {
            edges.append((u, rng.nextInt(below: max(1, dense)), 1))
            if u % 7 == 0 { for _ in 0..<6 { edges.append((u, rng.nextInt(below: max(1, dense)), 2)) } }
        }
        for u in dense..<(n - n / 10) where u + 1 < n - n / 10 && u % 13 != 0 { edges.append((u, u + 1, 1)) }
        return Graph(nodeCount: n, edges: edges.filter { $0.0 < n && $0.1 < n && $0.0 != $0.1 })
    }

    @Test(arguments: [1, 2, 3, 63, 64, 65, 130, 300])
    func batchesGiveExactlyTheValuesOfOneSearchPerSource(_ n: Int) {
        let graph = Self.graph(nodes: n, seed: UInt64(n))
        let expected = Self.oneSearchPerSource(graph)
        for workers in [1, 3] {
            #expect(closenessCentrality(of: graph, workers: workers) == expected, "n = \(n), workers = \(workers)")
        }
    }

    @Test func aStarAndAPathMatchTheirClosedForms() {
        // Star of 70 nodes: the centre reaches 69 at distance 1; a leaf 1 at 1 and 68 at 2.
        let star = Graph(nodeCount: 70, edges: (1..<70).map { (0, $0, 1.0) })
        let values = closenessCentrality(of: star)
        #expect(values[0] == 1)
        #expect(values[5] == 69.0 / (1 + 2 * 68))
        // Path 0–1–2 and an isolated node: C(1) = 2/2 · 2/3.
        let path = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1)])
        #expect(closenessCentrality(of: path) == [2.0 / 3 * (2.0 / 3), 2.0 / 3, 2.0 / 3 * (2.0 / 3), 0])
    }
}
