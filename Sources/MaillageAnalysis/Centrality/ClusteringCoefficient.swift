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
/// - Complexity: O(m √m) time at worst for m ties (each triangle met once), O(n + m)
///   extra memory.
public func clusteringCoefficient(of graph: Graph) -> [Double] {
    clusteringCoefficient(of: graph, triangles: trianglesThroughNodes(of: graph))
}

/// ``clusteringCoefficient(of:)`` from the triangles through each node, already counted.
func clusteringCoefficient(of graph: Graph, triangles: [Int]) -> [Double] {
    (0..<graph.nodeCount).map { v in
        let d = graph.degree(v)
        guard triangles[v] > 0 else { return 0 }
        return Double(2 * triangles[v]) / Double(d * (d - 1))
    }
}

/// Number of triangles through each node, i.e. of ties among its neighbours: each
/// triangle met once (``DegreeOrientedTies``) and counted at its three nodes.
/// - Complexity: O(m √m) time at worst for m ties, O(n + m) extra memory.
func trianglesThroughNodes(of graph: Graph) -> [Int] {
    var triangles = [Int](repeating: 0, count: graph.nodeCount)
    DegreeOrientedTies(graph).forEachTriangle { a, b, c, _, _, _ in
        triangles[a] += 1
        triangles[b] += 1
        triangles[c] += 1
    }
    return triangles
}
