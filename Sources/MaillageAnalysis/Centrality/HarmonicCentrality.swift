/// Harmonic centrality of every node: the sum of the inverse distances to the other
/// nodes, unreachable ones contributing 0.
///
///     H(u) = Σ_{v ≠ u} 1 / d(u, v)
///
/// Well defined on disconnected graphs; an isolated node gets 0.
///
/// - Normalisation: none, as `networkx.harmonic_centrality(G)` (divide by n − 1 for
///   values in [0, 1]).
/// - Weights: ignored unless `weighted`; then an edge of weight w has length 1 / w
///   (`harmonic_centrality(G, distance="distance")` with `distance = 1 / weight`).
/// - Unweighted, the breadth-first searches run 64 sources at a time, one bit per source,
///   with closeness's (`BitParallelBreadthFirstSearch`), and each source's 1/d are added
///   level by level, in the order one search from it would add them: the same values, bit
///   for bit. ``computeCentralities(_:on:options:)`` gets closeness and harmonic
///   centrality from one pass when both are asked for.
/// - Parallelism: the sources (or batches of 64) are spread over `workers` threads; the
///   result does not depend on `workers`.
/// - Reference: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285,
///   2000; P. Boldi & S. Vigna, "Axioms for centrality", Internet Mathematics 10, 2014.
///
/// ```swift
/// let path = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
/// harmonicCentrality(of: path)   // [1.5, 2, 1.5]
/// ```
///
/// - Parameters:
///   - graph: an undirected graph.
///   - weighted: read weights as strengths, edge length 1 / weight.
///   - workers: the most threads running at once (default: the active processors;
///     values below 1 mean 1; see `ParallelChunks`).
/// - Returns: one value per node.
/// - Complexity: O(n·m) time unweighted (O(n/64 · levels · m) word operations), O(n·m·log n)
///   weighted; O(n + m) memory per worker.
public func harmonicCentrality(
    of graph: Graph,
    weighted: Bool = false,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    if !weighted { return unweightedDistanceCentralities(of: graph, workers: workers).harmonic }
    return mapSources(
        nodeCount: graph.nodeCount,
        workers: workers,
        makeWorkspace: { ShortestPathSearch(graph: graph) },
        value: { source, search in
            search.searchDistances(from: source, in: graph, weighted: weighted)
            var total = 0.0
            for node in search.reached {
                let d = search.distance[Int(node)]
                if d != 0 { total += 1 / d }
            }
            return total
        }
    )
}
