/// PageRank of every node: the stationary distribution of a random walk that follows
/// an edge with probability proportional to its weight and, with probability
/// 1 − `alpha`, jumps to a node chosen uniformly.
///
///     x_v = α · ( Σ_u x_u · w_uv / s_u  +  Σ_{d dangling} x_d / n )  +  (1 − α) / n
///
/// where s_u is the strength of u. A node without edges (dangling) spreads its score
/// uniformly over all nodes, as NetworkX does by default.
///
/// - Normalisation: the values sum to 1.
/// - Weights: read as strengths (transition probability ∝ weight).
/// - Method: `networkx.pagerank(G, alpha=0.85, weight="weight")` (its SciPy power
///   iteration) step for step: start from the uniform vector and iterate until the L1
///   change between iterates is below `tolerance · n`; the last iterate is returned.
///   Reference values are computed with `tol=1e-12`, this function's default.
/// - Reference: S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web
///   search engine", Computer Networks 30, 1998.
///
/// ```swift
/// let star = Graph(nodeCount: 3, edges: [(0, 1, 1), (0, 2, 1)])
/// pageRank(of: star)   // [0.486…, 0.257…, 0.257…]
/// ```
///
/// - Parameters:
///   - graph: an undirected graph with positive weights.
///   - alpha: damping factor, the probability of following an edge.
///   - tolerance: per-node L1 convergence threshold.
///   - maxIterations: upper bound on iterations (the iteration contracts by `alpha`
///     each step, so about 170 suffice at the default tolerance).
/// - Returns: one value per node; empty for an empty graph.
/// - Complexity: O(k·(n + m)) for k iterations, O(n) extra memory.
public func pageRank(
    of graph: Graph,
    alpha: Double = 0.85,
    tolerance: Double = 1e-12,
    maxIterations: Int = 10_000
) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let offsets = graph.offsets
    let targets = graph.targets
    let weights = graph.weights
    let uniform = 1 / Double(n)
    var inverseStrength = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for v in 0..<n {
        let s = graph.strength(v)
        if s != 0 { inverseStrength[v] = 1 / s } else { dangling.append(v) }
    }
    var x = [Double](repeating: uniform, count: n)
    var share = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        var danglingMass = 0.0
        for v in dangling { danglingMass += x[v] }
        for v in 0..<n { share[v] = x[v] * inverseStrength[v] }
        var change = 0.0
        for v in 0..<n {
            var inflow = 0.0
            for i in offsets[v]..<offsets[v + 1] { inflow += share[Int(targets[i])] * weights[i] }
            next[v] = alpha * (inflow + danglingMass * uniform) + (1 - alpha) * uniform
            change += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if change < Double(n) * tolerance { break }
    }
    return x
}
