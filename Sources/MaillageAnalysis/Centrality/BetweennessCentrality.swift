/// Betweenness centrality of every node (Freeman 1977), computed with Brandes' algorithm.
///
/// c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), where σ(s, t) is the number of
/// shortest s–t paths and σ(s, t | v) the number of them that pass through v
/// (endpoints are not counted).
///
/// - Normalisation: as `networkx.betweenness_centrality(G, normalized=True)`. The sum
///   runs over ordered pairs (s, t) and is multiplied by 1 / ((n − 1)(n − 2)), which for
///   an undirected graph is the share of the (n − 1)(n − 2) / 2 unordered pairs of
///   other nodes. With `normalized: false` the sum is halved, i.e. counted over
///   unordered pairs (NetworkX's `normalized=False`). Graphs of at most 2 nodes are not
///   rescaled (every value is 0).
/// - Weights: ignored unless `weighted`; then an edge of weight w has length 1 / w (a
///   strong tie is a short one) and paths are found with Dijkstra's algorithm, like
///   `betweenness_centrality(G, weight="distance")` with `distance = 1 / weight`.
///   Equal-length paths are detected with exact floating-point equality of the sums
///   `distance[v] + 1 / w`, as in NetworkX.
/// - Parallelism: sources are split into fixed chunks processed by `workers` threads;
///   the result does not depend on `workers` (see `sourceChunkLimit`).
/// - Reference: U. Brandes, "A faster algorithm for betweenness centrality",
///   Journal of Mathematical Sociology 25(2), 2001, pp. 163–177.
///
/// ```swift
/// let path = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
/// betweennessCentrality(of: path)   // [0, 1, 0]
/// ```
///
/// - Parameters:
///   - graph: an undirected graph.
///   - weighted: read weights as strengths, edge length 1 / weight.
///   - normalized: apply NetworkX's normalisation (default `true`).
///   - workers: the most threads running at once (default: the active processors;
///     values below 1 mean 1; see `ParallelChunks`).
/// - Returns: one value per node.
/// - Complexity: O(n·m) time unweighted, O(n·m·log n) weighted, divided among the
///   workers; O(n + m) memory per worker plus O(n) per source chunk.
public func betweennessCentrality(
    of graph: Graph,
    weighted: Bool = false,
    normalized: Bool = true,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    let sums = brandesPairSums(of: graph, weighted: weighted, workers: workers)
    let n = graph.nodeCount
    guard n > 2 else { return sums }
    let scale = normalized ? 1.0 / Double((n - 1) * (n - 2)) : 0.5
    return sums.map { $0 * scale }
}

/// Brandes' dependency sums over ordered source–target pairs, before any rescaling.
func brandesPairSums(of graph: Graph, weighted: Bool, workers: Int) -> [Double] {
    let n = graph.nodeCount
    return sumOverSources(
        nodeCount: n,
        length: n,
        workers: workers,
        makeWorkspace: { ShortestPathSearch(graph: graph) },
        accumulate: { source, search, partial in
            if weighted {
                search.searchWeighted(from: source, in: graph, countingPaths: true)
            } else {
                search.searchUnweighted(from: source, in: graph, countingPaths: true)
            }
            search.accumulateDependencies(source: source, offsets: graph.offsets, into: &partial)
        }
    )
}

extension ShortestPathSearch {
    /// Brandes' second phase: walks the reached nodes from the farthest back to the
    /// source, δ(v) += σ(v) / σ(w) · (1 + δ(w)) for each predecessor v of w, and adds
    /// δ(w) to `betweenness[w]` for every w other than the source.
    /// - Complexity: O(reached nodes + their predecessor lists).
    func accumulateDependencies(source: Int, offsets: [Int], into betweenness: inout [Double]) {
        offsets.withUnsafeBufferPointer { offsets in
            betweenness.withUnsafeMutableBufferPointer { betweenness in
                var k = reachedCount - 1
                while k >= 0 {
                    let w = Int(order[k])
                    k -= 1
                    let coefficient = (1 + delta[w]) / sigma[w]
                    let base = offsets[w]
                    for j in 0..<Int(predecessorCount[w]) {
                        let v = Int(predecessors[base + j])
                        delta[v] += sigma[v] * coefficient
                    }
                    if w != source { betweenness[w] += delta[w] }
                }
            }
        }
    }
}
