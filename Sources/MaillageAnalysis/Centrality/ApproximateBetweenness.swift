import Foundation
import HeapModule
import Synchronization
import MaillageSupport

/// Betweenness centrality estimated by sampling shortest paths, with a guarantee on
/// the largest error: the algorithm of Riondato & Kornaropoulos (2016).
///
/// `r` pairs of distinct nodes (s, t) are drawn uniformly; for each pair joined by a
/// path, one of the shortest s–t paths is drawn uniformly and each of its interior
/// nodes receives 1/r. This estimates RK's normalisation,
/// b_RK(v) = Σ_{s ≠ t} σ(s, t | v)/σ(s, t) / (n(n − 1)) (ordered pairs, v interior), and
/// with probability at least 1 − δ every node's estimate is within ε_RK of it, when
///
///     r = ⌈(c / ε_RK²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
///
/// VD being an upper bound on the vertex diameter (the largest number of nodes on a
/// shortest path), c the constant of Löffler & Phillips used by RK (Theorem 2, via
/// the VC dimension of shortest paths).
///
/// - Normalisation: values are returned in NetworkX's, like
///   ``betweennessCentrality(of:weighted:normalized:workers:)`` and
///   `networkx.betweenness_centrality(G, normalized=True)`: b(v) = Σ_{s ≠ v ≠ t}
///   σ(s, t | v)/σ(s, t) / ((n − 1)(n − 2)), so b = b_RK · n/(n − 2). The sampling
///   runs with ε_RK = ε·(n − 2)/n, hence the stated guarantee holds in NetworkX's
///   normalisation: **with probability ≥ 1 − δ, |estimate(v) − b(v)| ≤ ε for every v.**
/// - Vertex diameter bound: per connected component, from its node of largest degree,
///   a breadth-first search gives eccentricity e and VD ≤ 2e + 1. Weighted, a Dijkstra
///   search from that node bounds every shortest path by L, the sum of the two largest
///   distances from it; a path with k − 1 interior nodes u₁…u_{k−1} is at least
///   ℓ_min + m(u₁) + … + m(u_{k−1}) long, m(v) being the mean of the two shortest edges
///   at v (each interior node carries half of its two path edges, the two ends half an
///   edge each), hence at least ℓ_min plus the sum of the k − 1 smallest m(v) of the
///   component: VD ≤ I + 2 with I the largest count for which that sum stays within L.
///   On the `count` projection, where some pairs share many cooperations but a node's
///   second tie usually weighs 1 or 2, this stays within a few times the unweighted
///   bound (r grows with its log₂). Both are capped at the component's size, and the
///   largest over components is used. When VD ≤ 2, no node is interior to a shortest path and
///   every value is exactly 0 (no sampling).
/// - Paths: unweighted, a balanced bidirectional breadth-first search (the side whose
///   frontier has the smaller degree sum grows by one level, as in KADABRA), then a
///   uniform choice among the meeting edges weighted by σ_s(x)·σ_t(y) and a backward
///   walk choosing each predecessor p of z with probability σ(p)/σ(z). Weighted (edge
///   length 1/weight), a balanced bidirectional Dijkstra search that counts shortest
///   paths (when the edge lengths have a bounded ratio, each side settles whole buckets
///   of width just below the shortest edge, and the side whose next bucket has the
///   smaller degree sum goes next; otherwise one node at a time from a heap, the side
///   whose frontier has the smaller degree sum first; it stops once the two smallest
///   unsettled distances plus the shortest edge exceed the best s–t length seen), then
///   the same draw of a cut edge and backward walks;
///   ties are recognised by exact equality of `distance + 1/weight` as in the exact
///   algorithm. `WeightedPathSampler` states why this stop and this count are exact.
/// - Determinism: the samples are cut into a fixed number of chunks, each drawing from
///   its own `SeededGenerator` (MaillageSupport) seeded from `seed`; integer visit counts are summed, so
///   the result depends on `seed` only, never on `workers` or thread timing.
/// - References: M. Riondato & E. M. Kornaropoulos, "Fast approximation of betweenness
///   centrality through sampling", Data Mining and Knowledge Discovery 30(2), 2016,
///   pp. 438–475; M. Borassi & E. Natale, "KADABRA is an ADaptive Algorithm for
///   Betweenness via Random Approximation", ESA 2016 (balanced bidirectional search).
///
/// ```swift
/// let estimate = approximateBetweennessCentrality(of: graph, epsilon: 0.01, delta: 0.1, seed: 1)
/// estimate.values          // one value per node, NetworkX normalisation
/// estimate.sampleCount     // r
/// ```
public struct ApproximateBetweenness: Sendable, Equatable {
    /// The estimates, one per node, in NetworkX's normalisation.
    public var values: [Double]
    /// Largest absolute error allowed (NetworkX normalisation).
    public var epsilon: Double
    /// Probability that some node's error exceeds `epsilon`, at most.
    public var delta: Double
    /// The seed the samples were drawn from.
    public var seed: UInt64
    /// Number of sampled pairs r (0 when no sampling was needed).
    public var sampleCount: Int
    /// The upper bound on the vertex diameter used in r.
    public var vertexDiameterBound: Int
    /// Whether edge lengths were 1/weight.
    public var weighted: Bool
    /// The smallest `epsilon` accepted: below it the sample would exceed 10¹² pairs on
    /// any graph, and the exact computation is cheaper for every graph that fits in memory.
    public static let smallestEpsilon = 1e-6
    /// The smallest `delta` accepted (below it the probability is not representable
    /// meaningfully next to 1 − delta).
    public static let smallestDelta = 1e-15

    /// The constant c of the sample size (Löffler & Phillips, as used by RK).
    public static let sampleSizeConstant = 0.5

    /// Riondato & Kornaropoulos' sample size for an absolute error `epsilon` (in the
    /// normalisation over n(n − 1) ordered pairs), failure probability `delta` and
    /// vertex diameter at most `vertexDiameter`; 0 when `vertexDiameter` ≤ 2. Never
    /// traps: a size beyond `Int.max` (tiny `epsilon` or `delta`, NaN) is `Int.max`.
    public static func sampleSize(epsilon: Double, delta: Double, vertexDiameter: Int) -> Int {
        guard vertexDiameter > 2 else { return 0 }
        let logTerm = Double(Int.bitWidth - 1 - (vertexDiameter - 2).leadingZeroBitCount)  // ⌊log₂(VD − 2)⌋
        let r = (sampleSizeConstant / (epsilon * epsilon)) * (logTerm + 1 + log(1 / delta))
        guard r.isFinite, r < 0x1p62 else { return Int.max }
        return Int(r.rounded(.up))
    }
}

/// Estimates the betweenness centrality of every node with a guarantee (see
/// ``ApproximateBetweenness``).
///
/// - Parameters:
///   - graph: an undirected graph.
///   - epsilon: largest absolute error allowed, in NetworkX's normalisation, in (0, 1).
///   - delta: allowed failure probability, in (0, 1).
///   - seed: the seed; the same seed gives the same values, whatever `workers`.
///   - weighted: read weight w as a length 1/w (like `betweenness_centrality(G, weight=…)`
///     with distance = 1/weight).
///   - workers: the most threads running at once (default: the active processors;
///     values below 1 mean 1; see `ParallelChunks`).
/// - Complexity: O(n + m) for the diameter bound, then r samples, each O(explored part of
///   the graph) — with bidirectional search far less than a full breadth-first search on
///   graphs with hubs; r is independent of n (≈ 31,500 for ε = 0.01, δ = 0.1, VD ≤ 15).
///   Weighted sampling is a bidirectional Dijkstra search per sample (buckets: O(1) per
///   label, plus one visit per bucket; with a heap, a log factor more per node reached);
///   the hop bound is looser than the unweighted one when many ties are short (r grows
///   with log₂ of the bound).
///   O(n) memory per worker.
public func approximateBetweennessCentrality(
    of graph: Graph,
    epsilon: Double = 0.01,
    delta: Double = 0.1,
    seed: UInt64 = 1,
    weighted: Bool = false,
    workers: Int = CentralityOptions.defaultWorkers
) -> ApproximateBetweenness {
    precondition(epsilon > 0 && epsilon < 1, "epsilon must lie in (0, 1)")
    precondition(delta > 0 && delta < 1, "delta must lie in (0, 1)")
    let n = graph.nodeCount
    let bound = vertexDiameterUpperBound(of: graph, weighted: weighted)
    guard n > 2, bound > 2 else {
        return ApproximateBetweenness(
            values: [Double](repeating: 0, count: n), epsilon: epsilon, delta: delta, seed: seed,
            sampleCount: 0, vertexDiameterBound: bound, weighted: weighted)
    }
    let rkEpsilon = epsilon * Double(n - 2) / Double(n)
    let r = ApproximateBetweenness.sampleSize(epsilon: rkEpsilon, delta: delta, vertexDiameter: bound)
    let counts = samplePathCounts(graph: graph, samples: r, seed: seed, weighted: weighted, workers: workers)
    let scale = Double(n) / (Double(n - 2) * Double(r))
    return ApproximateBetweenness(
        values: counts.map { Double($0) * scale }, epsilon: epsilon, delta: delta, seed: seed,
        sampleCount: r, vertexDiameterBound: bound, weighted: weighted)
}

/// An upper bound on the vertex diameter (largest number of nodes on a shortest path),
/// computed per component as described in ``ApproximateBetweenness``.
/// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
public func vertexDiameterUpperBound(of graph: Graph, weighted: Bool = false) -> Int {
    let n = graph.nodeCount
    guard n > 0 else { return 0 }
    let offsets = graph.offsets, targets = graph.targets, weights = graph.weights
    // Components, each with its node of largest degree.
    var component = [Int32](repeating: -1, count: n)
    var queue: [Int32] = []
    queue.reserveCapacity(n)
    var roots: [(node: Int, size: Int)] = []
    for start in 0..<n where component[start] < 0 {
        let id = Int32(roots.count)
        component[start] = id
        queue.removeAll(keepingCapacity: true)
        queue.append(Int32(start))
        var head = 0, best = start
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            if graph.degree(v) > graph.degree(best) { best = v }
            for i in offsets[v]..<offsets[v + 1] where component[Int(targets[i])] < 0 {
                component[Int(targets[i])] = id
                queue.append(targets[i])
            }
        }
        roots.append((best, queue.count))
    }
    var result = 1
    if !weighted {
        var distance = [Int32](repeating: -1, count: n)
        for (root, size) in roots where size > 2 {
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(root))
            distance[root] = 0
            var head = 0, eccentricity: Int32 = 0
            while head < queue.count {
                let v = Int(queue[head]); head += 1
                eccentricity = distance[v]
                for i in offsets[v]..<offsets[v + 1] where distance[Int(targets[i])] < 0 {
                    distance[Int(targets[i])] = distance[v] + 1
                    queue.append(targets[i])
                }
            }
            result = max(result, min(size, 2 * Int(eccentricity) + 1))
        }
        for (_, size) in roots { result = max(result, min(size, 2)) }
        return result
    }
    // Weighted: a shortest path u₀…u_k (k ≥ 1 edges, so k − 1 interior nodes) joins two
    // distinct nodes u, v of the component, so it is at most d(u, root) + d(root, v) long,
    // at most the sum L of the two largest distances from the root. Its length is also
    // ℓ(e₁)/2 + ℓ(e_k)/2 + Σ_{interior u_i} (ℓ(e_i) + ℓ(e_{i+1}))/2, where e_i and e_{i+1} are
    // two distinct edges at u_i: each interior node adds at least m(u_i), the mean of its
    // two shortest edge lengths, and the two halves at the ends add at least ℓ_min, the
    // component's shortest edge. The interior nodes being distinct nodes of degree ≥ 2,
    // k − 1 is at most the largest count I whose smallest m(v) add up to L − ℓ_min or
    // less: VD ≤ I + 2.
    var pairMean = [Double](repeating: .infinity, count: n)
    var shortestAt = [Double](repeating: .infinity, count: n)
    for v in 0..<n {
        var first = Double.infinity, second = Double.infinity
        for i in offsets[v]..<offsets[v + 1] {
            let length = 1.0 / weights[i]
            if length < first { second = first; first = length } else if length < second { second = length }
        }
        shortestAt[v] = first
        pairMean[v] = (first + second) / 2   // +∞ below degree 2: never interior
    }
    var members: [[Int32]] = Array(repeating: [], count: roots.count)
    for v in 0..<n where roots[Int(component[v])].size > 2 { members[Int(component[v])].append(Int32(v)) }
    var distance = [Double](repeating: .infinity, count: n)
    var heap = Heap<DistanceEntry>()
    for (c, (root, size)) in roots.enumerated() {
        guard size > 2 else { result = max(result, size); continue }
        distance[root] = 0
        heap.insert(DistanceEntry(distance: 0, node: Int32(root)))
        var largest = 0.0, secondLargest = 0.0
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if entry.distance > distance[v] { continue }
            if entry.distance >= largest { secondLargest = largest; largest = entry.distance } else if entry.distance > secondLargest { secondLargest = entry.distance }
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                let candidate = entry.distance + 1.0 / weights[i]
                if candidate < distance[w] {
                    distance[w] = candidate
                    heap.insert(DistanceEntry(distance: candidate, node: targets[i]))
                }
            }
        }
        // A relative margin far above the rounding of the sums keeps the bound safe.
        let shortestEdge = members[c].reduce(Double.infinity) { min($0, shortestAt[Int($1)]) }
        let budget = (largest + secondLargest) * (1 + 1e-9) - shortestEdge
        let smallest = members[c].map { pairMean[Int($0)] }.sorted()
        var interior = 0, sum = 0.0
        while interior < smallest.count {
            sum += smallest[interior]
            if sum > budget { break }
            interior += 1
        }
        result = max(result, min(size, interior + 2))
    }
    return result
}

/// Number of sample chunks: fixed, so results do not depend on the number of workers.
let approximateBetweennessChunkCount = 64

/// Draws `samples` pairs and one shortest path for each, returning how many times each
/// node was interior to a drawn path.
func samplePathCounts(graph: Graph, samples: Int, seed: UInt64, weighted: Bool, workers: Int) -> [Int] {
    let n = graph.nodeCount
    let chunkCount = min(approximateBetweennessChunkCount, max(1, samples))
    var seeder = SeededGenerator(seed: seed)
    let chunkSeeds = (0..<chunkCount).map { _ in seeder.next() }
    let totals = Mutex([Int](repeating: 0, count: n))
    let adjacency = weighted ? WeightedPathSampler.Adjacency(graph: graph) : nil
    ParallelChunks.forEach(
        chunkCount: chunkCount, workers: workers,
        makeWorkspace: {
            (counts: [Int](repeating: 0, count: n),
             sampler: weighted ? nil : PathSampler(nodeCount: n),
             weightedSampler: adjacency.map { WeightedPathSampler(adjacency: $0) })
        },
        progress: AnalysisProgress.report
    ) { chunk, workspace in
        var rng = SeededGenerator(seed: chunkSeeds[chunk])
        for _ in ParallelChunks.range(chunk, of: chunkCount, count: samples) {
            let s = rng.nextInt(below: n)
            var t = rng.nextInt(below: n - 1)
            if t >= s { t += 1 }
            if let sampler = workspace.weightedSampler {
                sampler.sample(from: s, to: t, rng: &rng, counts: &workspace.counts)
            } else {
                workspace.sampler?.sampleUnweighted(from: s, to: t, in: graph, rng: &rng, counts: &workspace.counts)
            }
        }
    } finish: { workspace in
        // Integer counts: the sum does not depend on the order the workers finish in.
        totals.withLock { total in
            for v in 0..<n where workspace.counts[v] != 0 { total[v] += workspace.counts[v] }
        }
    }
    return totals.withLock { $0 }
}

/// Scratch state of one worker for unweighted samples: the two breadth-first searches of
/// a pair, reset after each sample by walking the visited lists (O(explored), not O(n)).
/// The per-node arrays are flat buffers (side · n + node) owned by the sampler, so the
/// hot loops read and write them without the checks of nested Swift arrays.
/// Weighted samples use ``WeightedPathSampler``.
final class PathSampler {
    private let n: Int
    // Forward (from s, side 0) and backward (from t, side 1) sides of the search.
    private let distance: UnsafeMutableBufferPointer<Int32>
    private let sigma: UnsafeMutableBufferPointer<Double>
    private var visited: [[Int32]] = [[], []]
    private var frontier: [[Int32]] = [[], []]
    private var nextFrontier: [Int32] = []
    private var meetings: [(x: Int32, y: Int32, weight: Double)] = []

    init(nodeCount n: Int) {
        self.n = n
        distance = .allocate(capacity: max(1, 2 * n))
        distance.initialize(repeating: -1)
        sigma = .allocate(capacity: max(1, 2 * n))
        sigma.initialize(repeating: 0)
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
    }

    private func resetUnweighted() {
        for side in 0..<2 {
            let base = side * n
            for v in visited[side] {
                distance[base + Int(v)] = -1
                sigma[base + Int(v)] = 0
            }
            visited[side].removeAll(keepingCapacity: true)
            frontier[side].removeAll(keepingCapacity: true)
        }
        meetings.removeAll(keepingCapacity: true)
    }

    /// One RK sample on an unweighted graph: adds 1 to `counts[v]` for every interior
    /// node v of a shortest s–t path drawn uniformly (nothing when t is unreachable).
    func sampleUnweighted(from s: Int, to t: Int, in graph: Graph, rng: inout SeededGenerator, counts: inout [Int]) {
        resetUnweighted()
        let ends = [s, t]
        var frontierDegree = [0, 0]
        var level = [Int32(0), Int32(0)]
        for side in 0..<2 {
            distance[side * n + ends[side]] = 0
            sigma[side * n + ends[side]] = 1
            visited[side].append(Int32(ends[side]))
            frontier[side].append(Int32(ends[side]))
            frontierDegree[side] = graph.degree(ends[side])
        }
        var total = 0.0
        var meetingSide = 0
        // The lists are taken out of the object for the search (no access checks on
        // properties in the loops) and put back after it, keeping their capacity.
        var frontiers = (frontier[0], frontier[1]), visits = (visited[0], visited[1])
        var next = nextFrontier, found = meetings
        frontier = [[], []]
        visited = [[], []]
        let distance = self.distance, sigma = self.sigma, n = self.n
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                while total == 0 {
                    guard !frontiers.0.isEmpty, !frontiers.1.isEmpty else { return }  // no path
                    let a = frontierDegree[0] <= frontierDegree[1] ? 0 : 1
                    let baseA = a * n, baseB = (1 - a) * n
                    let nextLevel = level[a] + 1
                    next.removeAll(keepingCapacity: true)
                    var degreeSum = 0
                    func grow(_ current: [Int32], _ visitedA: inout [Int32]) {
                        for x32 in current {
                            let x = Int(x32)
                            let sigmaX = sigma[baseA + x]
                            for i in offsets[x]..<offsets[x + 1] {
                                let y = Int(targets[i])
                                if distance[baseB + y] >= 0 {
                                    // Meeting edge: every node reached by b lies at its frontier level.
                                    let w = sigmaX * sigma[baseB + y]
                                    found.append((x32, targets[i], w))
                                    total += w
                                    continue
                                }
                                if total > 0 { continue }  // the shortest length is known: stop growing
                                let dy = distance[baseA + y]
                                if dy < 0 {
                                    distance[baseA + y] = nextLevel
                                    visitedA.append(targets[i])
                                    next.append(targets[i])
                                    degreeSum += offsets[y + 1] - offsets[y]
                                    sigma[baseA + y] = sigmaX
                                } else if dy == nextLevel {
                                    sigma[baseA + y] += sigmaX
                                }
                            }
                        }
                    }
                    if a == 0 { grow(frontiers.0, &visits.0) } else { grow(frontiers.1, &visits.1) }
                    if total > 0 { meetingSide = a; break }
                    if a == 0 { swap(&frontiers.0, &next) } else { swap(&frontiers.1, &next) }
                    frontierDegree[a] = degreeSum
                    level[a] = nextLevel
                }
            }
        }
        frontier = [frontiers.0, frontiers.1]
        visited = [visits.0, visits.1]
        nextFrontier = next
        meetings = found
        guard total > 0 else { return }
        // A meeting edge with probability σ_a(x)·σ_b(y) / σ(s, t).
        var u = rng.nextUnitDouble() * total
        var chosen = found[found.count - 1]
        for m in found {
            if u < m.weight { chosen = m; break }
            u -= m.weight
        }
        walkBack(from: Int(chosen.x), side: meetingSide, graph: graph, rng: &rng, counts: &counts)
        walkBack(from: Int(chosen.y), side: 1 - meetingSide, graph: graph, rng: &rng, counts: &counts)
    }

    /// Walks from `z` back to its side's end, choosing each predecessor p with
    /// probability σ(p)/σ(current), counting every node but the end.
    private func walkBack(from start: Int, side: Int, graph: Graph, rng: inout SeededGenerator, counts: inout [Int]) {
        let offsets = graph.offsets, targets = graph.targets
        let base = side * n
        var z = start
        while distance[base + z] > 0 {
            counts[z] += 1
            let wanted = distance[base + z] - 1
            var u = rng.nextUnitDouble() * sigma[base + z]
            var next = -1
            for i in offsets[z]..<offsets[z + 1] {
                let p = Int(targets[i])
                guard distance[base + p] == wanted else { continue }
                next = p
                if u < sigma[base + p] { break }
                u -= sigma[base + p]
            }
            guard next >= 0 else { return }
            z = next
        }
    }
}

/// A priority-queue entry ordered by distance, then node id (a total order, so the
/// search is deterministic).
struct DistanceEntry: Comparable {
    var distance: Double
    var node: Int32

    static func < (a: DistanceEntry, b: DistanceEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
    }
}

