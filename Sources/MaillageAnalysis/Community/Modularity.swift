/// Newman–Girvan modularity of a partition of a weighted undirected graph, with a
/// resolution parameter.
///
/// **Definition.** With `m` the total edge weight (each undirected edge counted once),
/// `L_c` the total weight of the edges inside community `c` and `d_c` the sum of the
/// strengths (weighted degrees) of its nodes,
///
///     Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
///
/// (Newman & Girvan 2004; Reichardt & Bornholdt 2006 for γ). γ = 1 is classic
/// modularity; γ > 1 favours smaller communities, γ < 1 larger ones.
///
/// **Weights** are read as strengths of ties (`graph.weights`), so an unweighted
/// graph is one whose weights are all 1. Isolated nodes add nothing to `Q`, wherever
/// they are put.
///
/// **Reference.** Equal to `networkx.community.modularity(G, communities,
/// weight="weight", resolution=γ)` on the same graph and partition (checked to 1e-9 on
/// the values committed in `References/communities/modularity.json`). On a graph
/// without edges (m = 0) NetworkX divides by zero; Maillage returns 0 there.
///
/// ```swift
/// // Two triangles joined by one edge, split in the obvious way:
/// let g = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1),
///                                     (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)])
/// modularity(graph: g, membership: [0, 0, 0, 1, 1, 1])   // 5/14 ≈ 0.357
/// ```
///
/// - Parameters:
///   - graph: the graph; its weights must be positive.
///   - membership: the community label of every node, `membership.count ==
///     graph.nodeCount`. Labels are arbitrary integers (equal label, same community);
///     every node belongs to exactly one community, so this is always a partition.
///   - resolution: γ, 1 by default.
/// - Returns: `Q` (below 1; at least −1/2 when γ = 1), or 0 when the graph has no edge.
/// - Complexity: O(n + m) when labels lie in `0..<nodeCount`, O(n + m) expected otherwise.
public func modularity(graph: Graph, membership: [Int], resolution: Double = 1) -> Double {
    precondition(membership.count == graph.nodeCount,
                 "membership has \(membership.count) labels for \(graph.nodeCount) nodes")
    let n = graph.nodeCount
    let labels = compactLabels(membership)
    var internalWeight = [Double](repeating: 0, count: labels.count)
    var strengthSum = [Double](repeating: 0, count: labels.count)
    var degreeSum = 0.0
    for u in 0..<n {
        let c = labels.membership[u]
        var s = 0.0
        for i in graph.offsets[u]..<graph.offsets[u + 1] {
            let w = graph.weights[i]
            s += w
            let v = Int(graph.targets[i])
            if v > u, labels.membership[v] == c { internalWeight[c] += w }
        }
        strengthSum[c] += s
        degreeSum += s
    }
    guard degreeSum > 0 else { return 0 }
    let m = degreeSum / 2
    let norm = 1 / (degreeSum * degreeSum)
    var q = 0.0
    for c in 0..<labels.count {
        q += internalWeight[c] / m - resolution * strengthSum[c] * strengthSum[c] * norm
    }
    return q
}

/// Relabels arbitrary integer labels as `0..<count`, numbered by first appearance.
/// - Complexity: O(n) when labels lie in `0..<n`, O(n) expected otherwise.
func compactLabels(_ membership: [Int]) -> (membership: [Int], count: Int) {
    let n = membership.count
    var result = [Int](repeating: 0, count: n)
    var count = 0
    if membership.allSatisfy({ $0 >= 0 && $0 < n }) {
        var newLabel = [Int](repeating: -1, count: n)
        for v in 0..<n {
            let old = membership[v]
            if newLabel[old] < 0 { newLabel[old] = count; count += 1 }
            result[v] = newLabel[old]
        }
    } else {
        var newLabel: [Int: Int] = [:]
        for v in 0..<n {
            if let label = newLabel[membership[v]] {
                result[v] = label
            } else {
                newLabel[membership[v]] = count
                result[v] = count
                count += 1
            }
        }
    }
    return (result, count)
}
