import Foundation
import Testing
import MaillageAnalysis
import MaillageSupport

/// Riondato–Kornaropoulos sampling must stay within ε of the exact (Brandes)
/// betweenness, in NetworkX's normalisation, and be reproducible from its seed.
@Suite struct ApproximateBetweennessTests {
    /// A seeded random graph: a dense block, a sparse block, a pendant path, isolated
    /// nodes; weights in {0.5, 1, 2, 4} so that weighted shortest paths tie.
    static let random: Graph = {
        var rng = SeededGenerator(seed: 11)
        let weights = [0.5, 1, 2, 4]
        var edges: [(Int, Int, Double)] = []
        for u in 0..<150 {
            for _ in 0..<4 { edges.append((u, rng.nextInt(below: 150), weights[rng.nextInt(below: 4)])) }
        }
        for u in 150..<280 { edges.append((u, 150 + rng.nextInt(below: 130), weights[rng.nextInt(below: 4)])) }
        for u in 280..<290 { edges.append((u, u + 1, 1)) }
        edges.append((0, 150, 1))
        return Graph(nodeCount: 300, edges: edges)
    }()

    /// A seeded random graph with continuous weights in [0.2, 5): no two paths tie, so
    /// the bidirectional weighted search must find the one shortest path exactly.
    static let continuous: Graph = {
        var rng = SeededGenerator(seed: 17)
        var edges: [(Int, Int, Double)] = []
        for u in 0..<200 {
            for _ in 0..<3 { edges.append((u, rng.nextInt(below: 200), 0.2 + 4.8 * rng.nextUnitDouble())) }
        }
        for u in 200..<212 { edges.append((u, u + 1, 1 + rng.nextUnitDouble())) }
        edges.append((0, 200, 1))
        return Graph(nodeCount: 220, edges: edges)
    }()

    /// A 12 × 12 grid: many equal shortest paths, so a non-uniform choice among them shows.
    static let grid: Graph = {
        let side = 12
        var edges: [(Int, Int, Double)] = []
        var rng = SeededGenerator(seed: 5)
        for r in 0..<side {
            for c in 0..<side {
                let v = r * side + c
                if c + 1 < side { edges.append((v, v + 1, [1.0, 2.0][rng.nextInt(below: 2)])) }
                if r + 1 < side { edges.append((v, v + side, [1.0, 2.0][rng.nextInt(below: 2)])) }
            }
        }
        return Graph(nodeCount: side * side, edges: edges)
    }()

    /// Two 8-cliques joined by a 3-node path, plus a separate triangle: the path nodes
    /// carry most of the betweenness.
    static let barbell: Graph = {
        var edges: [(Int, Int, Double)] = []
        for a in 0..<8 { for b in (a + 1)..<8 { edges.append((a, b, 1)); edges.append((a + 11, b + 11, 1)) } }
        edges += [(7, 8, 1), (8, 9, 1), (9, 10, 1), (10, 11, 1), (19, 20, 1), (20, 21, 1), (19, 21, 1)]
        return Graph(nodeCount: 22, edges: edges)
    }()

    /// A path of 5 nodes: exact values 0, 1/2, 2/3, 1/2, 0. With n = 5 the factor n/(n − 2)
    /// between RK's and NetworkX's normalisations is 5/3, so a wrong scale shows.
    static let path = Graph(nodeCount: 5, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)])

    static func maxError(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    @Test(arguments: [("random", false), ("random", true), ("grid", false), ("grid", true), ("barbell", false),
                      ("barbell", true), ("path", false), ("path", true), ("continuous", true)])
    func errorIsWithinEpsilon(name: String, weighted: Bool) {
        let graph = ["random": Self.random, "grid": Self.grid, "barbell": Self.barbell, "path": Self.path,
                     "continuous": Self.continuous][name] ?? Self.path
        let exact = betweennessCentrality(of: graph, weighted: weighted)
        #expect(exact.contains { $0 > 0.05 })
        for epsilon in [0.05, 0.02] {
            let estimate = approximateBetweennessCentrality(of: graph, epsilon: epsilon, delta: 0.1, seed: 3, weighted: weighted)
            #expect(estimate.sampleCount > 0)
            let error = Self.maxError(estimate.values, exact)
            #expect(error <= epsilon, "\(name) weighted=\(weighted): max error \(error) > ε = \(epsilon)")
        }
    }

    @Test func theSameSeedGivesTheSameValuesWhateverTheWorkers() {
        for weighted in [false, true] {
            let one = approximateBetweennessCentrality(of: Self.random, epsilon: 0.05, delta: 0.1, seed: 42, weighted: weighted, workers: 1)
            let two = approximateBetweennessCentrality(of: Self.random, epsilon: 0.05, delta: 0.1, seed: 42, weighted: weighted, workers: 2)
            let three = approximateBetweennessCentrality(of: Self.random, epsilon: 0.05, delta: 0.1, seed: 42, weighted: weighted, workers: 3)
            #expect(one == two)
            #expect(one == three)
            let other = approximateBetweennessCentrality(of: Self.random, epsilon: 0.05, delta: 0.1, seed: 43, weighted: weighted, workers: 2)
            #expect(other.values != one.values)
            #expect(other.sampleCount == one.sampleCount)
        }
    }

    @Test func sampleSizeFollowsRiondatoKornaropoulos() {
        // (0.5 / 0.01²) · (⌊log₂ 13⌋ + 1 + ln 10) = 5000 · 6.302585… = 31512.9…
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.01, delta: 0.1, vertexDiameter: 15) == 31_513)
        // VD = 3: ⌊log₂ 1⌋ = 0; (0.5 / 0.1²) · (1 + ln 2) = 84.657…
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.1, delta: 0.5, vertexDiameter: 3) == 85)
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.1, delta: 0.5, vertexDiameter: 2) == 0)
    }

    /// The true vertex diameter: the most nodes on a shortest path (all-pairs BFS).
    static func vertexDiameter(_ graph: Graph) -> Int {
        var best = graph.nodeCount > 0 ? 1 : 0
        for s in 0..<graph.nodeCount {
            var distance = [Int](repeating: -1, count: graph.nodeCount)
            distance[s] = 0
            var queue = [s], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                best = max(best, distance[v] + 1)
                for w in graph.neighbors(of: v) where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[v] + 1
                    queue.append(Int(w))
                }
            }
        }
        return best
    }

    /// The true weighted vertex diameter: the most nodes on a shortest path with edge
    /// length 1/weight, over every pair and every shortest path (Dijkstra from every node,
    /// keeping the most hops among equally short paths).
    static func weightedVertexDiameter(_ graph: Graph) -> Int {
        let n = graph.nodeCount
        var best = n > 0 ? 1 : 0
        for s in 0..<n {
            var distance = [Double](repeating: .infinity, count: n)
            var hops = [Int](repeating: 0, count: n)
            var done = [Bool](repeating: false, count: n)
            distance[s] = 0
            while true {
                var v = -1
                for u in 0..<n where !done[u] && distance[u] < .infinity && (v < 0 || distance[u] < distance[v]) { v = u }
                guard v >= 0 else { break }
                done[v] = true
                best = max(best, hops[v] + 1)
                for (w, weight) in zip(graph.neighbors(of: v), graph.edgeWeights(of: v)) where !done[Int(w)] {
                    let candidate = distance[v] + 1 / weight
                    if candidate < distance[Int(w)] {
                        distance[Int(w)] = candidate
                        hops[Int(w)] = hops[v] + 1
                    } else if candidate == distance[Int(w)] {
                        hops[Int(w)] = max(hops[Int(w)], hops[v] + 1)
                    }
                }
            }
        }
        return best
    }

    @Test func vertexDiameterBoundIsAnUpperBound() {
        for graph in [Self.random, Self.grid, Self.barbell, Self.path, Self.continuous] {
            let truth = Self.vertexDiameter(graph)
            let bound = vertexDiameterUpperBound(of: graph)
            #expect(bound >= truth)
            #expect(bound <= 2 * truth + 1)
            // Weighted shortest paths may have more hops than unweighted ones: the weighted
            // bound must hold for them.
            let weightedTruth = Self.weightedVertexDiameter(graph)
            let weightedBound = vertexDiameterUpperBound(of: graph, weighted: true)
            #expect(weightedBound >= weightedTruth, "weighted bound \(weightedBound) below the true \(weightedTruth)")
        }
        #expect(vertexDiameterUpperBound(of: Self.path) == 5)
        // Hubs and weights in {1, 2, 4}, and pairs of heavy ties (a chain of weight-8 pairs
        // joined by weight-1 ties, whose shortest paths run through every pair).
        var chain: [(Int, Int, Double)] = []
        for k in 0..<20 { chain.append((2 * k, 2 * k + 1, 8)); if k > 0 { chain.append((2 * k - 1, 2 * k, 1)) } }
        for graph in [1, 2, 3].map({ WeightedPathSamplerTests.hubGraph(seed: $0) }) + [Graph(nodeCount: 40, edges: chain)] {
            let weightedTruth = Self.weightedVertexDiameter(graph)
            let weightedBound = vertexDiameterUpperBound(of: graph, weighted: true)
            #expect(weightedBound >= weightedTruth, "weighted bound \(weightedBound) below the true \(weightedTruth)")
        }
    }

    /// Most ties weigh 1 and a few pairs share many cooperations (weight 20): the bound
    /// from the shortest edge at each node stays near the unweighted one, where one
    /// from the graph's shortest edge alone (2·e_w·w_max + 1) would exceed a hundred.
    @Test func aFewHeavyTiesDoNotInflateTheWeightedBound() {
        var rng = SeededGenerator(seed: 8)
        var edges: [(Int, Int, Double)] = []
        for u in 0..<200 { for _ in 0..<3 { edges.append((u, rng.nextInt(below: 200), 1)) } }
        edges += [(0, 1, 20), (2, 3, 20), (4, 5, 20)]
        let graph = Graph(nodeCount: 200, edges: edges)
        let unweighted = vertexDiameterUpperBound(of: graph)
        let weighted = vertexDiameterUpperBound(of: graph, weighted: true)
        #expect(weighted >= Self.weightedVertexDiameter(graph))
        // The former bound, every edge at least 1/20 long, would be 2·e_w·20 + 1 > 100.
        #expect(weighted <= 2 * unweighted + 4, "weighted bound \(weighted) against \(unweighted) unweighted")
        #expect(unweighted < 20)
    }

    @Test func graphsWithoutInteriorNodesAreExactlyZero() {
        let matching = Graph(nodeCount: 6, edges: [(0, 1, 1), (2, 3, 1), (4, 5, 1)])
        let estimate = approximateBetweennessCentrality(of: matching, epsilon: 0.1, delta: 0.1)
        #expect(estimate.sampleCount == 0)
        #expect(estimate.values == [0, 0, 0, 0, 0, 0])
        let tiny = approximateBetweennessCentrality(of: Graph(nodeCount: 2, edges: [(0, 1, 1)]), epsilon: 0.1, delta: 0.1)
        #expect(tiny.values == [0, 0])
    }
}
