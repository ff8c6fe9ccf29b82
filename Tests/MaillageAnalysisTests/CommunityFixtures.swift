import Foundation
import MaillageAnalysis
import MaillageSupport

/// Graphs, reference files and partition helpers shared by the community tests.
enum CommunityFixtures {
    /// Zachary's karate club (Zachary 1977), 34 members, 78 ties, unweighted; node ids
    /// as in `networkx.karate_club_graph()`.
    static let karateEdges: [(Int, Int)] = [
        (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11),
        (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13),
        (1, 17), (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27),
        (2, 28), (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16),
        (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32),
        (15, 33), (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33),
        (23, 25), (23, 27), (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31),
        (25, 31), (26, 29), (26, 33), (27, 33), (28, 31), (28, 33), (29, 32), (29, 33),
        (30, 32), (30, 33), (31, 32), (31, 33), (32, 33),
    ]

    static var karate: Graph {
        Graph(nodeCount: 34, edges: karateEdges.map { ($0.0, $0.1, 1.0) })
    }

    /// The repository root (``Repository/root``).
    static var repositoryRoot: URL { Repository.root }

    /// A graph as stored in the reference JSON files: nodes 0..<nodes, `[u, v, w]` edges.
    struct StoredGraph: Decodable {
        let name: String
        let nodes: Int
        let edges: [[Double]]

        var graph: Graph {
            Graph(nodeCount: nodes, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
        }
    }

    /// References/communities/modularity.json (written by make_references.py).
    struct ModularityReference: Decodable {
        struct Value: Decodable { let resolution: Double; let modularity: Double }
        struct Partition: Decodable { let name: String; let membership: [Int]; let values: [Value] }
        struct Case: Decodable {
            let name: String
            let nodes: Int
            let edges: [[Double]]
            let partitions: [Partition]
            var graph: Graph { StoredGraph(name: name, nodes: nodes, edges: edges).graph }
        }
        let networkx: String
        let graphs: [Case]
    }

    /// References/communities/benchmarks.json (written by make_references.py).
    struct BenchmarkReference: Decodable {
        struct Runs: Decodable { let modularity: [Double]; let max: Double; let mean: Double }
        struct Case: Decodable {
            let name: String
            let nodes: Int
            let edges: [[Double]]
            let planted: [Int]
            let planted_modularity: Double
            let igraph_multilevel: Runs
            let igraph_leiden: Runs
            let leidenalg: Runs
            var graph: Graph { StoredGraph(name: name, nodes: nodes, edges: edges).graph }
        }
        let igraph: String
        let graphs: [Case]
    }

    static func load<T: Decodable>(_ type: T.Type, _ relativePath: String) throws -> T {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))
        return try JSONDecoder().decode(T.self, from: data)
    }

    static let modularityReference: Result<ModularityReference, any Error> = Result {
        try load(ModularityReference.self, "References/communities/modularity.json")
    }

    static let benchmarkReference: Result<BenchmarkReference, any Error> = Result {
        try load(BenchmarkReference.self, "References/communities/benchmarks.json")
    }

    /// A planted-partition graph drawn with ``SeededGenerator``: groups of the given
    /// sizes, an edge inside a group with probability `pIn`, between groups with `pOut`;
    /// weight `inWeight` inside, `outWeight` between.
    static func plantedPartition(sizes: [Int], pIn: Double, pOut: Double, inWeight: Double = 1,
                                 outWeight: Double = 1, seed: UInt64) -> (graph: Graph, planted: [Int]) {
        var generator = SeededGenerator(seed: seed)
        var planted: [Int] = []
        for (group, size) in sizes.enumerated() { planted += Array(repeating: group, count: size) }
        let n = planted.count
        var edges: [(Int, Int, Double)] = []
        for u in 0..<n {
            for v in (u + 1)..<n {
                let same = planted[u] == planted[v]
                if generator.nextUnitDouble() < (same ? pIn : pOut) {
                    edges.append((u, v, same ? inWeight : outWeight))
                }
            }
        }
        return (Graph(nodeCount: n, edges: edges), planted)
    }

    /// Normalised mutual information of two partitions (arithmetic-mean normalisation,
    /// as scikit-learn's default): `2·I(X;Y) / (H(X) + H(Y))`, 1 when both are trivial.
    static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count)
        let n = Double(a.count)
        var joint: [Int: [Int: Double]] = [:]
        var countA: [Int: Double] = [:]
        var countB: [Int: Double] = [:]
        for (x, y) in zip(a, b) {
            joint[x, default: [:]][y, default: 0] += 1
            countA[x, default: 0] += 1
            countB[y, default: 0] += 1
        }
        func entropy(_ counts: [Int: Double]) -> Double {
            counts.values.reduce(0) { $0 - ($1 / n) * log($1 / n) }
        }
        var mutual = 0.0
        for (x, row) in joint {
            for (y, nxy) in row {
                mutual += (nxy / n) * log(nxy * n / ((countA[x] ?? 1) * (countB[y] ?? 1)))
            }
        }
        let denominator = entropy(countA) + entropy(countB)
        return denominator == 0 ? 1 : 2 * mutual / denominator
    }

    /// The communities of `membership` whose induced subgraph is not connected.
    static func disconnectedCommunities(_ graph: Graph, _ membership: [Int]) -> [Int] {
        let count = (membership.max() ?? -1) + 1
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        var started = [Bool](repeating: false, count: count)
        var broken: Set<Int> = []
        for root in 0..<graph.nodeCount where !seen[root] {
            let c = membership[root]
            if started[c] { broken.insert(c) }
            started[c] = true
            seen[root] = true
            var stack = [root]
            while let u = stack.popLast() {
                for w in graph.neighbors(of: u) where !seen[Int(w)] && membership[Int(w)] == c {
                    seen[Int(w)] = true
                    stack.append(Int(w))
                }
            }
        }
        return broken.sorted()
    }

    /// Modularity straight from its pairwise definition,
    /// `Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j)`, in O(n²): an independent check.
    static func naiveModularity(_ graph: Graph, _ membership: [Int], resolution: Double) -> Double {
        let n = graph.nodeCount
        let k = (0..<n).map { graph.strength($0) }
        let twoM = k.reduce(0, +)
        var q = 0.0
        for i in 0..<n {
            for j in 0..<n where membership[i] == membership[j] {
                q += (graph.weight(i, j) ?? 0) - resolution * k[i] * k[j] / twoM
            }
        }
        return q / twoM
    }

    /// Number of connected components.
    static func componentCount(_ graph: Graph) -> Int {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        var count = 0
        for root in 0..<graph.nodeCount where !seen[root] {
            count += 1
            seen[root] = true
            var stack = [root]
            while let u = stack.popLast() {
                for w in graph.neighbors(of: u) where !seen[Int(w)] {
                    seen[Int(w)] = true
                    stack.append(Int(w))
                }
            }
        }
        return count
    }
}
