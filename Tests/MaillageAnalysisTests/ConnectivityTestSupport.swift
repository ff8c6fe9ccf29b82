import MaillageAnalysis
import MaillageSupport

/// Small graphs and brute-force oracles shared by the connectivity, departure, brokerage
/// and group tests.
enum StructureFixtures {
    /// Undirected edges with weight 1.
    static func graph(_ n: Int, _ edges: [(Int, Int)]) -> Graph {
        Graph(nodeCount: n, edges: edges.map { ($0.0, $0.1, 1.0) })
    }

    /// The path 0 – 1 – … – (n − 1).
    static func path(_ n: Int) -> Graph {
        graph(n, n < 2 ? [] : (0..<(n - 1)).map { ($0, $0 + 1) })
    }

    /// The star with centre 0 and leaves 1…leaves.
    static func star(leaves: Int) -> Graph {
        graph(leaves + 1, (0..<leaves).map { (0, $0 + 1) })
    }

    /// Two triangles {0, 1, 2} and {3, 4, 5}, joined through node 6 (tied to 2 and 3).
    static let twoTrianglesJoined = graph(7, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 6), (6, 3)])

    /// NetworkX `barbell_graph(4, 2)`: K4 {0…3}, path 4 – 5, K4 {6…9}, with 3 – 4 and 5 – 6.
    static var barbell: Graph {
        var edges: [(Int, Int)] = []
        for base in [0, 6] {
            for i in 0..<4 { for j in (i + 1)..<4 { edges.append((base + i, base + j)) } }
        }
        edges += [(3, 4), (4, 5), (5, 6)]
        return graph(10, edges)
    }

    /// G(n, p) with a seeded generator.
    static func random(nodes n: Int, edgeProbability p: Double, rng: inout SplitMix64) -> Graph {
        var edges: [(Int, Int)] = []
        for u in 0..<n {
            for v in (u + 1)..<n where Double.random(in: 0..<1, using: &rng) < p {
                edges.append((u, v))
            }
        }
        return graph(n, edges)
    }

    /// Component label per node by breadth-first search, ignoring the nodes in `removed`
    /// and the edge `cut` (label −1 for removed nodes).
    static func componentLabels(_ g: Graph, removed: Set<Int> = [], cut: (Int, Int)? = nil) -> [Int] {
        var label = [Int](repeating: -1, count: g.nodeCount)
        var next = 0
        for s in 0..<g.nodeCount where label[s] < 0 && !removed.contains(s) {
            label[s] = next
            var queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in g.neighbors(of: v).map({ Int($0) }) where label[w] < 0 && !removed.contains(w) {
                    if let cut, (cut.0 == v && cut.1 == w) || (cut.1 == v && cut.0 == w) { continue }
                    label[w] = next
                    queue.append(w)
                }
            }
            next += 1
        }
        return label
    }

    /// Number of unordered connected pairs among the nodes with a label ≥ 0.
    static func connectedPairs(_ labels: [Int]) -> Int {
        var sizes: [Int: Int] = [:]
        for l in labels where l >= 0 { sizes[l, default: 0] += 1 }
        return sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    }
}
