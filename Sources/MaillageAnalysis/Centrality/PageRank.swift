import MaillageSupport

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
/// The iteration runs over `pageRankRanges` node ranges on up to `workers` threads
/// (`ParallelChunks` of MaillageSupport);
/// each node's value is computed by the same operations whatever the split, and the
/// per-range sums (change, dangling mass) are added in range order, so the result does
/// not depend on the number of workers.
///
/// - Parameters:
///   - graph: an undirected graph with positive weights.
///   - alpha: damping factor, the probability of following an edge.
///   - tolerance: per-node L1 convergence threshold.
///   - maxIterations: upper bound on iterations (the iteration contracts by `alpha`
///     each step, so about 170 suffice at the default tolerance).
///   - workers: the most threads running at once (values below 1 mean 1).
/// - Returns: one value per node; empty for an empty graph.
/// - Complexity: O(k·(n + m)) for k iterations, O(n) extra memory.
public func pageRank(
    of graph: Graph,
    alpha: Double = 0.85,
    tolerance: Double = 1e-12,
    maxIterations: Int = 10_000,
    workers: Int = CentralityOptions.defaultWorkers
) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let uniform = 1 / Double(n)
    var inverseStrength = [Double](repeating: 0, count: n)
    for v in 0..<n {
        let s = graph.strength(v)
        if s != 0 { inverseStrength[v] = 1 / s }
    }
    let ranges = pageRankRanges
    // A graph of a few nodes is not worth a thread.
    let threads = n < 2 * ranges ? 1 : workers
    var x = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    // share[v] = x[v] / s_v, what v sends along a unit of weight; built with x.
    var share = (0..<n).map { uniform * inverseStrength[$0] }
    var nextShare = [Double](repeating: 0, count: n)
    var danglingMass = 0.0
    for v in 0..<n where inverseStrength[v] == 0 { danglingMass += uniform }
    var change = [Double](repeating: 0, count: ranges)
    var dangling = [Double](repeating: 0, count: ranges)

    graph.offsets.withUnsafeBufferPointer { offsetBuffer in
    graph.targets.withUnsafeBufferPointer { targetBuffer in
    graph.weights.withUnsafeBufferPointer { weightBuffer in
    inverseStrength.withUnsafeBufferPointer { inverseBuffer in
        let offsets = SharedReads(offsetBuffer), targets = SharedReads(targetBuffer)
        let weights = SharedReads(weightBuffer), inverse = SharedReads(inverseBuffer)
        for _ in 0..<maxIterations {
            let teleport = alpha * danglingMass * uniform + (1 - alpha) * uniform
            x.withUnsafeBufferPointer { xBuffer in
            share.withUnsafeBufferPointer { shareBuffer in
            next.withUnsafeMutableBufferPointer { nextBuffer in
            nextShare.withUnsafeMutableBufferPointer { nextShareBuffer in
            change.withUnsafeMutableBufferPointer { changeBuffer in
            dangling.withUnsafeMutableBufferPointer { danglingBuffer in
                let current = SharedReads(xBuffer), shares = SharedReads(shareBuffer)
                let out = DisjointWrites(nextBuffer), outShare = DisjointWrites(nextShareBuffer)
                let changes = DisjointWrites(changeBuffer), danglings = DisjointWrites(danglingBuffer)
                ParallelChunks.forEach(chunkCount: ranges, workers: threads, makeWorkspace: {}) { r, _ in
                    let range = ParallelChunks.range(r, of: ranges, count: n)
                    var rangeChange = 0.0, rangeDangling = 0.0
                    for v in range {
                        var inflow = 0.0
                        for i in offsets[v]..<offsets[v + 1] { inflow += shares[Int(targets[i])] * weights[i] }
                        let value = alpha * inflow + teleport
                        out[v] = value
                        let inv = inverse[v]
                        outShare[v] = value * inv
                        if inv == 0 { rangeDangling += value }
                        rangeChange += abs(value - current[v])
                    }
                    changes[r] = rangeChange
                    danglings[r] = rangeDangling
                }
            }}}}}}
            swap(&x, &next)
            swap(&share, &nextShare)
            danglingMass = dangling.reduce(0, +)
            if change.reduce(0, +) < Double(n) * tolerance { break }
        }
    }}}}
    return x
}

/// Node ranges of one PageRank iteration: fixed, so results do not depend on the
/// number of threads.
let pageRankRanges = 16
