import MaillageSupport

/// Closeness centrality of every node, with the Wasserman–Faust correction for
/// disconnected graphs.
///
/// For a node u that reaches r − 1 other nodes (r counts u itself) at total distance
/// D(u) = Σ_v d(u, v):
///
///     C(u) = (r − 1) / D(u) · (r − 1) / (n − 1)
///
/// The first factor is the inverse mean distance to the reachable nodes; the second
/// scales it by the share of the other nodes that are reachable, so nodes of small
/// components are not ranked above nodes of large ones. A node that reaches no other
/// node (isolated) gets 0, and so does every node of a 1-node graph.
///
/// - Normalisation: as `networkx.closeness_centrality(G)` (`wf_improved=True`).
/// - Weights: ignored unless `weighted`; then an edge of weight w has length 1 / w and
///   distances come from Dijkstra's algorithm, as
///   `closeness_centrality(G, distance="distance")` with `distance = 1 / weight`.
/// - Unweighted, the breadth-first searches run 64 sources at a time, one bit per source
///   (`BitParallelBreadthFirstSearch`: one scan of an edge serves 64 searches, each
///   level top-down or bottom-up); the distance sums are integers, so the values are
///   exactly those of one search per source.
/// - Parallelism: the sources (or batches of 64) are spread over `workers` threads; the
///   result does not depend on `workers`.
/// - Reference: A. Bavelas, "Communication patterns in task-oriented groups", 1950;
///   S. Wasserman & K. Faust, *Social Network Analysis*, Cambridge UP, 1994.
///
/// ```swift
/// let path = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
/// closenessCentrality(of: path)   // [2/3, 1, 2/3]
/// ```
///
/// - Parameters:
///   - graph: an undirected graph.
///   - weighted: read weights as strengths, edge length 1 / weight.
///   - workers: the most threads running at once (default: the active processors;
///     values below 1 mean 1; see `ParallelChunks`).
/// - Returns: one value per node.
/// - Complexity: O(n·m) time unweighted (O(n/64 · levels · m) word operations and O(n²) bit
///   counts), O(n·m·log n) weighted; O(n + m) memory per worker.
public func closenessCentrality(
    of graph: Graph,
    weighted: Bool = false,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    let n = graph.nodeCount
    if !weighted {
        return unweightedDistanceCentralities(of: graph, workers: workers).closeness
    }
    return mapSources(
        nodeCount: n,
        workers: workers,
        makeWorkspace: { ShortestPathSearch(graph: graph) },
        value: { source, search in
            search.searchDistances(from: source, in: graph, weighted: weighted)
            var total = 0.0
            for node in search.reached { total += search.distance[Int(node)] }
            guard total > 0, n > 1 else { return 0 }
            let reachedOthers = Double(search.reachedCount - 1)
            return reachedOthers / total * (reachedOthers / Double(n - 1))
        }
    )
}

/// Unweighted closeness and harmonic centrality from the same breadth-first searches,
/// 64 sources at a time (see ``BitParallelBreadthFirstSearch``); the batches are cut into
/// a fixed number of chunks, so the result does not depend on `workers`. Each value is
/// bit for bit that of one search per source.
func unweightedDistanceCentralities(of graph: Graph, workers: Int) -> (closeness: [Double], harmonic: [Double]) {
    let n = graph.nodeCount
    let batchSize = BitParallelBreadthFirstSearch.batchSize
    let batches = (n + batchSize - 1) / batchSize
    let chunkCount = min(batches, 4 * sourceChunkLimit)
    let parts = ParallelChunks.map(
        chunkCount: chunkCount, workers: workers, makeWorkspace: { BitParallelBreadthFirstSearch(graph: graph) },
        progress: AnalysisProgress.report
    ) { chunk, search -> (closeness: [Double], harmonic: [Double]) in
        var closeness: [Double] = [], harmonic: [Double] = []
        for batch in ParallelChunks.range(chunk, of: chunkCount, count: batches) {
            let sources = (batch * batchSize)..<min(n, (batch + 1) * batchSize)
            search.search(from: sources)
            for i in 0..<sources.count {
                harmonic.append(search.inverseDistanceSum[i])
                let total = Double(search.distanceSum[i])
                guard total > 0, n > 1 else { closeness.append(0); continue }
                let reachedOthers = Double(search.reachedCount[i] - 1)
                closeness.append(reachedOthers / total * (reachedOthers / Double(n - 1)))
            }
        }
        return (closeness, harmonic)
    }
    return (Array(parts.map(\.closeness).joined()), Array(parts.map(\.harmonic).joined()))
}

extension ShortestPathSearch {
    /// Shortest-path distances from `source`, by breadth-first search or, when
    /// `weighted`, by Dijkstra's algorithm with edge length 1 / weight.
    func searchDistances(from source: Int, in graph: Graph, weighted: Bool) {
        if weighted {
            searchWeighted(from: source, in: graph, countingPaths: false)
        } else {
            searchUnweighted(from: source, in: graph, countingPaths: false)
        }
    }
}
