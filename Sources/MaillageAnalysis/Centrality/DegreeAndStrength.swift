/// Degree of every node: its number of neighbours, as `G.degree()` in NetworkX.
///
/// - Normalisation: none (divide by n − 1 for NetworkX's `degree_centrality`).
/// - Weights: ignored.
///
/// ```swift
/// let star = Graph(nodeCount: 3, edges: [(0, 1, 1), (0, 2, 4)])
/// nodeDegrees(of: star)   // [2, 1, 1]
/// ```
/// - Returns: one value per node, as `Double` so every measure has the same shape.
/// - Complexity: O(n).
public func nodeDegrees(of graph: Graph) -> [Double] {
    (0..<graph.nodeCount).map { Double(graph.degree($0)) }
}

/// Strength of every node: the sum of the weights of its edges, as
/// `G.degree(weight="weight")` in NetworkX (Barrat et al., PNAS 101, 2004).
///
/// - Normalisation: none.
/// - Weights: summed as given (with the `count` projection, the number of cooperations
///   an actor shares with others, counted once per partner).
///
/// ```swift
/// let star = Graph(nodeCount: 3, edges: [(0, 1, 1), (0, 2, 4)])
/// nodeStrengths(of: star)   // [5, 1, 4]
/// ```
/// - Returns: one value per node.
/// - Complexity: O(n + m).
public func nodeStrengths(of graph: Graph) -> [Double] {
    (0..<graph.nodeCount).map { graph.strength($0) }
}
