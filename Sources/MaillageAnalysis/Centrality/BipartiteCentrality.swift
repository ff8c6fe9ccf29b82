// Centrality on the two-mode network (actors and cooperations), normalised for
// bipartite graphs as in `networkx.algorithms.bipartite.centrality`.
//
// Convention shared by the three functions: nodes `0..<topCount` form the top set
// (actors) and nodes `topCount..<nodeCount` the bottom set (cooperations); edges join
// the two sets. With n = topCount and m = nodeCount − topCount, a top node is compared
// with the best value a top node can reach in a bipartite graph of those sizes, and a
// bottom node likewise with n and m swapped. Weights are ignored. Values are returned
// for every node; Maillage reports those of actors.
//
// Reference: S. P. Borgatti & M. G. Everett, "Network analysis of 2-mode data",
// Social Networks 19, 1997; S. P. Borgatti & D. S. Halgin, "Analyzing affiliation
// networks", in *The SAGE Handbook of Social Network Analysis*, 2011.

/// Bipartite degree centrality: the degree of a top node divided by m (the number of
/// bottom nodes), of a bottom node by n, as `bipartite.degree_centrality(G, top)`.
///
/// ```swift
/// // Actors 0, 1 in cooperation 2; actor 1 also in cooperation 3.
/// let g = Graph(nodeCount: 4, edges: [(0, 2, 1), (1, 2, 1), (1, 3, 1)])
/// bipartiteDegreeCentrality(of: g, topCount: 2)   // [0.5, 1, 1, 0.5]
/// ```
/// When the other set is empty (every degree is then 0) the value is 0.
/// - Complexity: O(n + m).
public func bipartiteDegreeCentrality(of graph: Graph, topCount: Int) -> [Double] {
    let sets = BipartiteSets(graph: graph, topCount: topCount)
    return (0..<graph.nodeCount).map { v in
        let other = sets.isTop(v) ? sets.bottom : sets.top
        return other > 0 ? Double(graph.degree(v)) / Double(other) : 0
    }
}

/// Bipartite betweenness centrality: the betweenness counted over unordered pairs
/// (`betweenness_centrality(G, normalized=False)`), divided by the largest value a
/// node of the same set can have in a bipartite graph of sizes n and m (Borgatti &
/// Everett 1997), as `bipartite.betweenness_centrality(G, top)`:
///
///     top:    (m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)) / 2,  with (s, t) = divmod(n−1, m)
///     bottom: (n²(p+1)² + n(p+1)(2r−p−1) − r(2p−r+3)) / 2,  with (p, r) = divmod(m−1, n)
///
/// Shortest paths are unweighted. Where that maximum is 0 (a set with a single node
/// facing one node, or an empty set) the value is 0 (NetworkX divides by zero).
/// Sources are spread over `workers` threads; the result does not depend on `workers`.
/// - Complexity: O(N·M) for N nodes and M edges of the two-mode network.
public func bipartiteBetweennessCentrality(
    of graph: Graph,
    topCount: Int,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    let sets = BipartiteSets(graph: graph, topCount: topCount)
    let sums = brandesPairSums(of: graph, weighted: false, workers: workers)
    let unordered = graph.nodeCount > 2 ? sums.map { $0 * 0.5 } : sums
    let topMaximum = maximalBipartiteBetweenness(own: sets.top, other: sets.bottom)
    let bottomMaximum = maximalBipartiteBetweenness(own: sets.bottom, other: sets.top)
    return unordered.indices.map { v in
        let maximum = sets.isTop(v) ? topMaximum : bottomMaximum
        return maximum != 0 ? unordered[v] / maximum : 0
    }
}

/// Bipartite closeness centrality, as `bipartite.closeness_centrality(G, top)`
/// (`normalized=True`): for a top node u with total distance D(u) to the r − 1 other
/// nodes it reaches,
///
///     C(u) = (m + 2(n − 1)) / D(u) · (r − 1) / (N − 1)
///
/// where m + 2(n − 1) is the smallest total distance possible for a top node (every
/// bottom node at 1, every other top node at 2) and N = n + m; the second factor is the
/// Wasserman–Faust scaling for disconnected networks. Bottom nodes likewise with
/// n + 2(m − 1). A node that reaches no other gets 0. Note that n and m are the sizes
/// of the whole sets, not of the node's component, as in NetworkX.
/// Sources are spread over `workers` threads; the result does not depend on `workers`.
/// - Complexity: O(N·M) for N nodes and M edges of the two-mode network.
public func bipartiteClosenessCentrality(
    of graph: Graph,
    topCount: Int,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    let sets = BipartiteSets(graph: graph, topCount: topCount)
    let n = graph.nodeCount
    let topOptimum = Double(sets.bottom + 2 * (sets.top - 1))
    let bottomOptimum = Double(sets.top + 2 * (sets.bottom - 1))
    return mapSources(
        nodeCount: n,
        workers: workers,
        makeWorkspace: { ShortestPathSearch(graph: graph) },
        value: { source, search in
            search.searchUnweighted(from: source, in: graph, countingPaths: false)
            var total = 0.0
            for node in search.reached { total += search.distance[Int(node)] }
            guard total > 0, n > 1 else { return 0 }
            let optimum = sets.isTop(source) ? topOptimum : bottomOptimum
            return optimum / total * (Double(search.reachedCount - 1) / Double(n - 1))
        }
    )
}

/// Sizes of the two node sets of a two-mode graph.
private struct BipartiteSets: Sendable {
    let top: Int
    let bottom: Int

    init(graph: Graph, topCount: Int) {
        top = min(max(topCount, 0), graph.nodeCount)
        bottom = graph.nodeCount - top
    }

    func isTop(_ v: Int) -> Bool { v < top }
}

/// The largest betweenness (over unordered pairs) a node of a set of `own` nodes can
/// have in a bipartite graph whose other set has `other` nodes (Borgatti & Everett 1997),
/// with Python's floor `divmod`; 0 when `other` is 0.
private func maximalBipartiteBetweenness(own: Int, other: Int) -> Double {
    guard other > 0 else { return 0 }
    let numerator = own - 1
    var s = numerator / other
    var t = numerator % other
    if t < 0 { s -= 1; t += other }   // floor division, as Python's divmod
    let m = Double(other), s1 = Double(s + 1), tt = Double(t), ss = Double(s)
    return (m * m * s1 * s1 + m * s1 * (2 * tt - ss - 1) - tt * (2 * ss - tt + 3)) / 2
}
