/// A simple undirected weighted graph over dense integer node ids `0..<nodeCount`,
/// stored as compressed sparse rows (CSR).
///
/// This is the layout every algorithm of Maillage runs on: the neighbours of node
/// `v` are `targets[offsets[v]..<offsets[v + 1]]`, sorted ascending, with the matching
/// edge weights in `weights` at the same positions. Each undirected edge {u, v} is
/// stored twice, once in each row. There are no self-loops and no parallel edges.
///
/// ```swift
/// let g = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 2.5)])
/// g.degree(1)          // 2
/// g.strength(1)        // 3.5
/// g.neighbors(of: 1)   // [0, 2]
/// ```
public struct Graph: Sendable, Equatable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Row offsets, `nodeCount + 1` entries, non-decreasing, first 0, last `2 * edgeCount`.
    public let offsets: [Int]
    /// Neighbour ids, row by row, each row sorted ascending.
    public let targets: [Int32]
    /// Edge weights aligned with `targets`; strictly positive.
    public let weights: [Double]

    /// Number of undirected edges.
    public var edgeCount: Int { targets.count / 2 }

    /// Builds a graph from an undirected edge list.
    ///
    /// Parallel edges are merged by summing their weights; self-loops are dropped.
    /// - Parameters:
    ///   - nodeCount: number of nodes; every endpoint must lie in `0..<nodeCount`.
    ///   - edges: `(u, v, weight)` triples, each undirected edge given once (either orientation).
    /// - Complexity: O(n + m log d) where d is the largest degree.
    public init(nodeCount: Int, edges: [(Int, Int, Double)]) {
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for (u, v, _) in edges where u != v {
            degree[u] += 1
            degree[v] += 1
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { offsets[v + 1] = offsets[v] + degree[v] }
        var cursor = Array(offsets.dropLast())
        var targets = [Int32](repeating: 0, count: offsets[nodeCount])
        var weights = [Double](repeating: 0, count: offsets[nodeCount])
        for (u, v, w) in edges where u != v {
            targets[cursor[u]] = Int32(v); weights[cursor[u]] = w; cursor[u] += 1
            targets[cursor[v]] = Int32(u); weights[cursor[v]] = w; cursor[v] += 1
        }
        // Sort each row and merge duplicates.
        var outOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var outTargets: [Int32] = []
        var outWeights: [Double] = []
        outTargets.reserveCapacity(targets.count)
        outWeights.reserveCapacity(targets.count)
        var row: [(Int32, Double)] = []
        for v in 0..<nodeCount {
            row.removeAll(keepingCapacity: true)
            for i in offsets[v]..<offsets[v + 1] { row.append((targets[i], weights[i])) }
            row.sort { $0.0 < $1.0 }
            for (t, w) in row {
                if let last = outTargets.last, outTargets.count > outOffsets[v], last == t {
                    outWeights[outWeights.count - 1] += w
                } else {
                    outTargets.append(t)
                    outWeights.append(w)
                }
            }
            outOffsets[v + 1] = outTargets.count
        }
        self.nodeCount = nodeCount
        self.offsets = outOffsets
        self.targets = outTargets
        self.weights = outWeights
    }

    /// Builds a graph from CSR arrays that already satisfy the invariants
    /// (sorted rows, symmetric, no self-loop). Checked in debug builds.
    public init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        assert(checkInvariants() == nil, checkInvariants() ?? "")
    }

    /// Neighbours of `v`, sorted ascending.
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    /// Weights of the edges of `v`, aligned with ``neighbors(of:)``.
    @inlinable public func edgeWeights(of v: Int) -> ArraySlice<Double> { weights[offsets[v]..<offsets[v + 1]] }

    /// Number of neighbours of `v`.
    @inlinable public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// Sum of the weights of the edges of `v`.
    public func strength(_ v: Int) -> Double { edgeWeights(of: v).reduce(0, +) }

    /// The weight of edge {u, v}, or nil when they are not adjacent.
    /// - Complexity: O(log degree(u)).
    public func weight(_ u: Int, _ v: Int) -> Double? {
        var lo = offsets[u], hi = offsets[u + 1]
        let t = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && targets[lo] == t ? weights[lo] : nil
    }

    /// Calls `body` with every undirected edge once, as `(index, u, v, weight)` with
    /// `u < v`, in row order (the order and indices of ``edges``), building no array:
    /// at 35 million ties, ``edges`` takes 850 MB.
    /// - Complexity: O(n + m).
    @inlinable
    public func forEachEdge(_ body: (_ index: Int, _ u: Int, _ v: Int, _ weight: Double) throws -> Void) rethrows {
        var index = 0
        for u in 0..<nodeCount {
            for i in offsets[u]..<offsets[u + 1] where Int(targets[i]) > u {
                try body(index, u, Int(targets[i]), weights[i])
                index += 1
            }
        }
    }

    /// Every undirected edge once, as `(u, v, weight)` with `u < v`, in row order.
    public var edges: [(u: Int, v: Int, weight: Double)] {
        var result: [(u: Int, v: Int, weight: Double)] = []
        result.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for i in offsets[u]..<offsets[u + 1] where Int(targets[i]) > u {
                result.append((u, Int(targets[i]), weights[i]))
            }
        }
        return result
    }

    /// Sum of all edge weights (each undirected edge once).
    public var totalWeight: Double { weights.reduce(0, +) / 2 }

    public static func == (a: Graph, b: Graph) -> Bool {
        a.nodeCount == b.nodeCount && a.offsets == b.offsets && a.targets == b.targets && a.weights == b.weights
    }
}
