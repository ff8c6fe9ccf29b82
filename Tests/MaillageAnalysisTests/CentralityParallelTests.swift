import Testing
import MaillageAnalysis

/// The path-based measures split their sources among threads; their results must not
/// depend on the number of threads.
@Suite struct CentralityParallelTests {
    /// A seeded random graph of 300 nodes (about 9 sources per chunk): a dense-ish block,
    /// a sparse block, a pendant path and isolated nodes, weights in {0.5, 1, 2, 4} so
    /// that weighted paths tie.
    static let graph: Graph = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let weights = [0.5, 1, 2, 4]
        var edges: [(Int, Int, Double)] = []
        for u in 0..<150 {
            for _ in 0..<5 { edges.append((u, Int(next() % 150), weights[Int(next() % 4)])) }
        }
        for u in 150..<280 {
            edges.append((u, 150 + Int(next() % 130), weights[Int(next() % 4)]))
        }
        for u in 280..<290 { edges.append((u, u + 1, 1)) }
        return Graph(nodeCount: 300, edges: edges)
    }()

    static func expectSame(_ parallel: [Double], _ single: [Double], _ what: String) {
        #expect(parallel.count == single.count)
        for (a, b) in zip(parallel, single) where !(abs(a - b) <= 1e-12 * max(abs(b), 1e-300)) {
            Issue.record("\(what): \(a) in parallel, \(b) on one thread")
            return
        }
        // The chunking does not depend on the number of workers: the sums are bit-identical.
        #expect(parallel == single, "\(what) differs in the last bits")
    }

    @Test(arguments: [false, true])
    func betweennessIsTheSameOnOneOrSeveralThreads(weighted: Bool) {
        let single = betweennessCentrality(of: Self.graph, weighted: weighted, workers: 1)
        #expect(single.contains { $0 > 0 })
        for workers in [2, 5] {
            Self.expectSame(betweennessCentrality(of: Self.graph, weighted: weighted, workers: workers), single,
                            "betweenness weighted=\(weighted) workers=\(workers)")
        }
    }

    @Test(arguments: [false, true])
    func closenessAndHarmonicAreTheSameOnOneOrSeveralThreads(weighted: Bool) {
        let closeness = closenessCentrality(of: Self.graph, weighted: weighted, workers: 1)
        let harmonic = harmonicCentrality(of: Self.graph, weighted: weighted, workers: 1)
        #expect(closeness.contains { $0 > 0 })
        Self.expectSame(closenessCentrality(of: Self.graph, weighted: weighted, workers: 2), closeness, "closeness")
        Self.expectSame(harmonicCentrality(of: Self.graph, weighted: weighted, workers: 2), harmonic, "harmonic")
    }

    /// Unweighted harmonic centrality runs 64 breadth-first searches at a time and adds each
    /// source's 1/d level by level: bit for bit the sum of one search per source adding 1/d
    /// node by node in the order it reaches them; asked together, closeness and harmonic
    /// come from one pass with the same values.
    @Test func bitParallelHarmonicIsTheSumOfOneSearchPerSource() {
        let graph = Self.graph
        var expected: [Double] = []
        for source in 0..<graph.nodeCount {
            var distance = [Int](repeating: -1, count: graph.nodeCount)
            var queue = [source]
            distance[source] = 0
            var head = 0, total = 0.0
            while head < queue.count {
                let v = queue[head]; head += 1
                if distance[v] > 0 { total += 1 / Double(distance[v]) }
                for e in graph.offsets[v]..<graph.offsets[v + 1] where distance[Int(graph.targets[e])] < 0 {
                    distance[Int(graph.targets[e])] = distance[v] + 1
                    queue.append(Int(graph.targets[e]))
                }
            }
            expected.append(total)
        }
        let harmonic = harmonicCentrality(of: graph, workers: 2)
        #expect(harmonic == expected)
        let both = computeCentralities([.closeness, .harmonic], on: graph, options: CentralityOptions(workers: 2))
        #expect(both[.harmonic] == harmonic)
        #expect(both[.closeness] == closenessCentrality(of: graph, workers: 1))
    }

    @Test func bipartiteMeasuresAreTheSameOnOneOrSeveralThreads() {
        let single = bipartiteBetweennessCentrality(of: Self.graph, topCount: 120, workers: 1)
        Self.expectSame(bipartiteBetweennessCentrality(of: Self.graph, topCount: 120, workers: 2), single, "bipartite betweenness")
        let closeness = bipartiteClosenessCentrality(of: Self.graph, topCount: 120, workers: 1)
        Self.expectSame(bipartiteClosenessCentrality(of: Self.graph, topCount: 120, workers: 2), closeness, "bipartite closeness")
    }

    @Test func graphsSmallerThanTheChunkCountAndEmptyGraphsWork() {
        let empty = Graph(nodeCount: 0, edges: [])
        #expect(betweennessCentrality(of: empty, workers: 2).isEmpty)
        #expect(closenessCentrality(of: empty, workers: 2).isEmpty)
        let pair = Graph(nodeCount: 2, edges: [(0, 1, 1)])
        #expect(betweennessCentrality(of: pair, workers: 4) == [0, 0])
        #expect(closenessCentrality(of: pair, workers: 4) == [1, 1])
    }
}
