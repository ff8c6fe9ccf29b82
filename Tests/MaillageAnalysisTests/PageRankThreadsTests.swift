import Testing
import MaillageGraph
@testable import MaillageAnalysis
import MaillageSupport

/// PageRank runs over node ranges on several threads: its result must not depend on
/// how many, and graphs without edges (no target array to read) must work.
@Suite struct PageRankThreadsTests {
    /// 400 nodes: random weighted ties, a few dangling (isolated) nodes.
    static let graph: Graph = {
        var rng = SeededGenerator(seed: 5)
        var edges: [(Int, Int, Double)] = []
        for u in 0..<380 {
            for _ in 0..<3 {
                let v = rng.nextInt(below: 380)
                if v != u { edges.append((u, v, Double(1 + rng.nextInt(below: 4)))) }
            }
        }
        return Graph(nodeCount: 400, edges: edges)
    }()

    @Test func theSameValuesWhateverTheWorkers() {
        let one = pageRank(of: Self.graph, workers: 1)
        #expect(pageRank(of: Self.graph, workers: 2) == one)
        #expect(pageRank(of: Self.graph, workers: 3) == one)
        #expect(abs(one.reduce(0, +) - 1) < 1e-12)
        // Isolated nodes receive the teleport and dangling shares only, all alike.
        #expect(Set(one[380...]).count == 1)
    }

    @Test func graphsWithoutEdgesGiveTheUniformVector() {
        for n in [1, 3, 64] {
            let values = pageRank(of: Graph(nodeCount: n, edges: []), workers: 2)
            #expect(values.count == n)
            #expect(values.allSatisfy { abs($0 - 1 / Double(n)) < 1e-15 })
        }
    }
}
