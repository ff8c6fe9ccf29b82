/// The projected cooperation graph: actors, tied when they share at least one
/// cooperation, weighted by a ``Projection``, each tie knowing the cooperations behind
/// it (DESIGN §3).
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
/// member v > u accumulated into dense scratch arrays reset through a touched list, so
/// the cost is proportional to the number of (tie, shared cooperation) pairs, never to
/// the number of actor pairs.
///
/// Tie provenance is stored compactly: undirected ties are numbered in row order
/// (u ascending, then v > u ascending), and `provenanceOffsets[e]..<provenanceOffsets[e + 1]`
/// delimits the cooperation indices of tie e in `provenanceCooperations`.
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
    /// Tie numbers delimit the cooperation indices of each tie: `edgeCount + 1` entries.
    public let provenanceOffsets: [Int]
    /// Cooperation indices (into `network.cooperationIDs`), ascending within each tie.
    public let provenanceCooperations: [Int32]

    /// Projects a two-mode network onto its actors.
    /// - Complexity: O(A + Σ_ties s log d) time, where s is the number of cooperations a tie
    ///   shares and d an actor's number of ties (the touched list is sorted per actor);
    ///   O(A + ties + Σ s) memory.
    public init(network: TwoModeNetwork, projection: Projection) {
        let bipartite = network.graph
        let actorCount = network.actorCount
        let offsets = bipartite.offsets
        let targets = bipartite.targets

        var shared = [Int32](repeating: 0, count: actorCount)
        var newmanSum = [Double](repeating: 0, count: actorCount)
        var slot = [Int](repeating: 0, count: actorCount)
        var touched: [Int32] = []
        var pairActor: [Int32] = []
        var pairCooperation: [Int32] = []

        var upperTargets: [Int32] = []
        var upperWeights: [Double] = []
        var tieBase = [Int](repeating: 0, count: actorCount + 1)
        var provenanceOffsets: [Int] = [0]
        var provenanceCooperations: [Int32] = []
        var degree = [Int](repeating: 0, count: actorCount)

        for u in 0..<actorCount {
            touched.removeAll(keepingCapacity: true)
            pairActor.removeAll(keepingCapacity: true)
            pairCooperation.removeAll(keepingCapacity: true)
            for i in offsets[u]..<offsets[u + 1] {
                let node = Int(targets[i])
                let rowStart = offsets[node], rowEnd = offsets[node + 1]
                let inverseSize = rowEnd - rowStart > 1 ? 1.0 / Double(rowEnd - rowStart - 1) : 0
                // First member with id > u (rows are sorted).
                var lo = rowStart, hi = rowEnd
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Int(targets[mid]) <= u { lo = mid + 1 } else { hi = mid }
                }
                let cooperation = Int32(node - actorCount)
                for j in lo..<rowEnd {
                    let v = targets[j]
                    if shared[Int(v)] == 0 { touched.append(v) }
                    shared[Int(v)] += 1
                    newmanSum[Int(v)] += inverseSize
                    pairActor.append(v)
                    pairCooperation.append(cooperation)
                }
            }
            touched.sort()
            let base = provenanceCooperations.count
            var running = base
            for v in touched {
                slot[Int(v)] = running
                running += Int(shared[Int(v)])
                provenanceOffsets.append(running)
            }
            provenanceCooperations.append(contentsOf: repeatElement(0, count: running - base))
            // Pairs were produced in ascending cooperation order: placement keeps it.
            for p in pairActor.indices {
                let v = Int(pairActor[p])
                provenanceCooperations[slot[v]] = pairCooperation[p]
                slot[v] += 1
            }
            let uCooperations = offsets[u + 1] - offsets[u]
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
                    let vCooperations = offsets[v + 1] - offsets[v]
                    weight = Double(s) / Double(uCooperations + vCooperations - s)
                }
                upperTargets.append(v32)
                upperWeights.append(weight)
                degree[u] += 1
                degree[v] += 1
                shared[v] = 0
                newmanSum[v] = 0
            }
            tieBase[u + 1] = upperTargets.count
        }

        // Symmetric CSR: filling rows in ascending u puts each row's smaller neighbours
        // first (ascending u), then its larger ones (ascending v, from the touched sort).
        var csrOffsets = [Int](repeating: 0, count: actorCount + 1)
        for v in 0..<actorCount { csrOffsets[v + 1] = csrOffsets[v] + degree[v] }
        var fill = Array(csrOffsets.dropLast())
        var csrTargets = [Int32](repeating: 0, count: csrOffsets[actorCount])
        var csrWeights = [Double](repeating: 0, count: csrOffsets[actorCount])
        for u in 0..<actorCount {
            for e in tieBase[u]..<tieBase[u + 1] {
                let v = Int(upperTargets[e]), w = upperWeights[e]
                csrTargets[fill[u]] = Int32(v); csrWeights[fill[u]] = w; fill[u] += 1
                csrTargets[fill[v]] = Int32(u); csrWeights[fill[v]] = w; fill[v] += 1
            }
        }
        self.actorIDs = network.actorIDs
        self.graph = Graph(nodeCount: actorCount, offsets: csrOffsets, targets: csrTargets, weights: csrWeights)
        self.projection = projection
        self.network = network
        self.tieBase = tieBase
        self.provenanceOffsets = provenanceOffsets
        self.provenanceCooperations = provenanceCooperations
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
    /// - Complexity: O(log degree + s), s the number of shared cooperations.
    public func cooperations(between u: Int, and v: Int) -> [Int] {
        guard let e = tieNumber(u, v) else { return [] }
        return provenanceCooperations[provenanceOffsets[e]..<provenanceOffsets[e + 1]].map { Int($0) }
    }
}
