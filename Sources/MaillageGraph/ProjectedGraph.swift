/// The projected cooperation graph: actors, tied when they share at least one
/// cooperation, weighted by a ``Projection``, each tie knowing the cooperations behind
/// it (see the Graphs article of the documentation).
///
/// Node ids are the actor node ids of the ``TwoModeNetwork`` (`0..<actorCount`,
/// dataset order); every actor is a node, isolated ones included, as with NetworkX's
/// `bipartite.*_projected_graph(B, actors)`.
///
/// ```swift
/// let projected = ProjectedGraph(network: TwoModeNetwork(dataset: d), projection: .newman)
/// projected.graph.weight(0, 1)            // Σ 1/(n−1) over shared cooperations
/// projected.cooperations(between: 0, and: 1)   // their indices, ascending
/// ```
///
/// Built by sparse accumulation: for each actor u, its cooperations are walked and each
/// member v ≠ u accumulated into dense scratch arrays reset through a touched list, so
/// the cost is proportional to the number of (tie, shared cooperation) pairs, never to
/// the number of actor pairs. Each row is produced whole (both directions), sorted,
/// and appended to the graph's arrays: no intermediate edge list.
///
/// Tie provenance is not stored: the cooperations behind {u, v} are the intersection of
/// u's and v's cooperation rows in the two-mode network, both sorted
/// (``cooperations(between:and:)``). Undirected ties are numbered in row order (u
/// ascending, then v > u ascending) by ``tieBase``.
public struct ProjectedGraph: Sendable {
    /// Actor ids, indexed by node id.
    public let actorIDs: [String]
    /// The weighted projection over the actors.
    public let graph: Graph
    /// The weighting used.
    public let projection: Projection
    /// The two-mode network it was projected from.
    public let network: TwoModeNetwork
    /// `nodeCount + 1` entries: `tieBase[u]` is the number of ties {x, y}, x < y, with
    /// x < u — the tie number of the first tie from u to a larger id; the ties from u to
    /// larger ids are numbered `tieBase[u]..<tieBase[u + 1]`, in ascending order of the
    /// other end.
    public let tieBase: [Int]
    /// Cooperations left out of the projection by ``ProjectionLimits/maxCooperationSize``
    /// (indices into `network.cooperationIDs`, ascending): they make no tie.
    public let excludedCooperations: [Int]
    /// Whether each cooperation makes ties (false for the excluded ones); empty when
    /// none is excluded.
    private let makesTies: [Bool]

    /// Projects a two-mode network onto its actors within `limits`: refuses, before
    /// allocating anything, a projection whose estimate exceeds the memory budget, and
    /// leaves out cooperations above `limits.maxCooperationSize`.
    /// - Throws: ``ProjectionTooLarge``, naming the largest cooperations.
    /// - Complexity: O(C) for the check, then as ``init(network:projection:)``.
    public init(network: TwoModeNetwork, projection: Projection, limits: ProjectionLimits) throws(ProjectionTooLarge) {
        try limits.check(network)
        self.init(network: network, projection: projection, leavingOut: limits)
    }

    /// Projects a two-mode network onto its actors, every cooperation included and no
    /// size check (trusted inputs: tests, benchmarks; commands use
    /// ``init(network:projection:limits:)``).
    public init(network: TwoModeNetwork, projection: Projection) {
        self.init(network: network, projection: projection, leavingOut: .unlimited)
    }

    /// Projects a two-mode network onto its actors, leaving out the cooperations above
    /// `limits.maxCooperationSize`, without checking the memory budget (done beforehand,
    /// e.g. by `AnalysisSession`).
    /// - Complexity: O(A + Σ_u (p_u + d_u log d_u)) time, where p_u is the number of
    ///   (co-member, shared cooperation) pairs of actor u and d_u its number of ties;
    ///   O(A + ties) memory besides the result.
    public init(network: TwoModeNetwork, projection: Projection, leavingOut limits: ProjectionLimits) {
        let bipartite = network.graph
        let actorCount = network.actorCount
        let offsets = bipartite.offsets
        let targets = bipartite.targets

        var shared = [Int32](repeating: 0, count: actorCount)
        var newmanSum = [Double](repeating: 0, count: projection == .newman ? actorCount : 0)
        var touched: [Int32] = []
        var tieBase = [Int](repeating: 0, count: actorCount + 1)

        // Ties are counted twice, as (u, v) and (v, u): Σ_c |c|(|c| − 1) bounds the row
        // entries. Reserving it (capped) spares the regrowth copies; pages never written
        // are never resident, so overlapping cooperations cost address space only.
        var pairBound = 0
        var makesTies: [Bool] = []
        var excluded: [Int] = []
        for c in actorCount..<bipartite.nodeCount {
            let size = offsets[c + 1] - offsets[c]
            if !limits.keeps(members: size) {
                if makesTies.isEmpty { makesTies = [Bool](repeating: true, count: network.cooperationCount) }
                makesTies[c - actorCount] = false
                excluded.append(c - actorCount)
                continue
            }
            pairBound += size * (size - 1)
        }
        // Under exclusions, Jaccard counts only the cooperations that make ties.
        var keptCooperations: [Int] = []
        if !makesTies.isEmpty {
            keptCooperations = (0..<actorCount).map { u in
                (offsets[u]..<offsets[u + 1]).reduce(0) { $0 + (makesTies[Int(targets[$1]) - actorCount] ? 1 : 0) }
            }
        }
        var csrOffsets = [Int](repeating: 0, count: actorCount + 1)
        var csrTargets: [Int32] = []
        var csrWeights: [Double] = []
        csrTargets.reserveCapacity(min(pairBound, 1 << 27))
        csrWeights.reserveCapacity(min(pairBound, 1 << 27))

        // Only Newman's weighting needs the sums of 1/(n − 1).
        let sumsInverseSizes = projection == .newman
        for u in 0..<actorCount {
            touched.removeAll(keepingCapacity: true)
            targets.withUnsafeBufferPointer { targets in
                for i in offsets[u]..<offsets[u + 1] {
                    let node = Int(targets[i])
                    if !makesTies.isEmpty, !makesTies[node - actorCount] { continue }
                    let rowStart = offsets[node], rowEnd = offsets[node + 1]
                    let inverseSize = rowEnd - rowStart > 1 ? 1.0 / Double(rowEnd - rowStart - 1) : 0
                    for j in rowStart..<rowEnd {
                        let v = targets[j]
                        if Int(v) == u { continue }
                        if shared[Int(v)] == 0 { touched.append(v) }
                        shared[Int(v)] += 1
                        if sumsInverseSizes { newmanSum[Int(v)] += inverseSize }
                    }
                }
            }
            touched.sort()
            let uCooperations = keptCooperations.isEmpty ? offsets[u + 1] - offsets[u] : keptCooperations[u]
            var upper = 0
            for v32 in touched {
                let v = Int(v32)
                let s = Int(shared[v])
                let weight: Double
                switch projection {
                case .count:
                    weight = Double(s)
                case .newman:
                    weight = newmanSum[v]
                case .jaccard:
                    let vCooperations = keptCooperations.isEmpty ? offsets[v + 1] - offsets[v] : keptCooperations[v]
                    weight = Double(s) / Double(uCooperations + vCooperations - s)
                }
                csrTargets.append(v32)
                csrWeights.append(weight)
                if v > u { upper += 1 }
                shared[v] = 0
                if sumsInverseSizes { newmanSum[v] = 0 }
            }
            csrOffsets[u + 1] = csrTargets.count
            tieBase[u + 1] = tieBase[u] + upper
        }
        self.actorIDs = network.actorIDs
        self.graph = Graph(nodeCount: actorCount, offsets: csrOffsets, targets: csrTargets, weights: csrWeights)
        self.projection = projection
        self.network = network
        self.tieBase = tieBase
        self.excludedCooperations = excluded
        self.makesTies = makesTies
    }

    /// The tie number of {u, v} (see the type's discussion), or nil when they are not tied.
    /// - Complexity: O(log degree).
    public func tieNumber(_ u: Int, _ v: Int) -> Int? {
        guard u != v, u >= 0, v >= 0, u < graph.nodeCount, v < graph.nodeCount else { return nil }
        let a = min(u, v), b = Int32(max(u, v))
        let rowEnd = graph.offsets[a + 1]
        let firstUpper = rowEnd - (tieBase[a + 1] - tieBase[a])
        var lo = firstUpper, hi = rowEnd
        while lo < hi {
            let mid = (lo + hi) / 2
            if graph.targets[mid] < b { lo = mid + 1 } else { hi = mid }
        }
        guard lo < rowEnd, graph.targets[lo] == b else { return nil }
        return tieBase[a] + (lo - firstUpper)
    }

    /// The cooperations behind the tie {u, v}: indices into `network.cooperationIDs`,
    /// ascending; empty when u and v are not tied.
    /// - Complexity: O(c_u + c_v), their numbers of cooperations (a merge of two sorted rows).
    public func cooperations(between u: Int, and v: Int) -> [Int] {
        guard u != v, u >= 0, v >= 0, u < graph.nodeCount, v < graph.nodeCount else { return [] }
        let offsets = network.graph.offsets, targets = network.graph.targets
        var i = offsets[u], j = offsets[v]
        let iEnd = offsets[u + 1], jEnd = offsets[v + 1]
        var result: [Int] = []
        while i < iEnd, j < jEnd {
            let a = targets[i], b = targets[j]
            if a == b {
                let index = Int(a) - network.actorCount
                if makesTies.isEmpty || makesTies[index] { result.append(index) }
                i += 1; j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
