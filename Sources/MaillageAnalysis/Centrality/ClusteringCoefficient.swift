/// Local clustering coefficient of every node: the share of pairs of its neighbours
/// that are themselves tied.
///
///     C(v) = 2 T(v) / (d(v) (d(v) − 1))
///
/// where T(v) is the number of triangles through v and d(v) its degree; 0 when
/// d(v) < 2.
///
/// - Normalisation: in [0, 1], as `networkx.clustering(G)`.
/// - Weights: ignored (the unweighted coefficient).
/// - Reference: D. J. Watts & S. Strogatz, "Collective dynamics of 'small-world'
///   networks", Nature 393, 1998.
///
/// ```swift
/// // A triangle 0-1-2 with a pendant 3 on node 2.
/// let g = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)])
/// clusteringCoefficient(of: g)   // [1, 1, 1/3, 0]
/// ```
/// - Returns: one value per node.
/// - Complexity: O(Σ_v Σ_{u ∈ N(v)} d(u)) = O(Σ_u d(u)²) time, O(n) extra memory.
public func clusteringCoefficient(of graph: Graph) -> [Double] {
    let triangles = trianglesThroughNodes(of: graph)
    return (0..<graph.nodeCount).map { v in
        let d = graph.degree(v)
        guard triangles[v] > 0 else { return 0 }
        return Double(2 * triangles[v]) / Double(d * (d - 1))
    }
}

/// Number of triangles through each node, i.e. of ties among its neighbours.
/// - Complexity: O(Σ_u d(u)²) time, O(n) extra memory.
func trianglesThroughNodes(of graph: Graph) -> [Int] {
    let n = graph.nodeCount
    let offsets = graph.offsets
    let targets = graph.targets
    var mark = [Int](repeating: -1, count: n)
    var triangles = [Int](repeating: 0, count: n)
    for v in 0..<n {
        for i in offsets[v]..<offsets[v + 1] { mark[Int(targets[i])] = v }
        var closedPairs = 0
        for i in offsets[v]..<offsets[v + 1] {
            let u = Int(targets[i])
            for j in offsets[u]..<offsets[u + 1] where mark[Int(targets[j])] == v { closedPairs += 1 }
        }
        triangles[v] = closedPairs / 2
    }
    return triangles
}
