/// Gould–Fernandez brokerage of every node of an undirected `Graph` (<doc:BrokerageRoles>), raw
/// and normalised by its expectation under random assignment of groups.
///
/// For every node b and every unordered pair {a, c} of b's neighbours that are not tied
/// to each other (an *open pair*), b brokers once, in the ``BrokerageRole`` given by the
/// groups of a, b, c: `coordinator` (one group), `itinerant` (a, c in one group, b in
/// another), `gatekeeper` (b shares a group with exactly one of a, c — gatekeeper and
/// representative merged, as ties have no direction) or `liaison` (three groups).
/// **Unknown groups:** a node whose group id is negative belongs to no group; an open
/// pair where a, b or c is such a node is counted in
/// ``BrokerageCounts/unclassified``, in no role. Weights are ignored.
///
/// **Normalisation.** ``expected(_:)`` is the broker's open pairs times the role
/// probabilities of ``BrokerageRates/probabilities(brokerGroup:groupSizes:unknownCount:)``
/// (group sizes fixed, b's own group fixed, a and c drawn without replacement from the
/// n − 1 other nodes): as each open pair's labels are then a uniform draw, this is the
/// exact expected count of each role under that null model, the graph held fixed.
/// ``normalized(_:_:)`` is raw / expected: above 1, b brokers that role more than chance
/// would; nil when the expectation is 0 (then the raw count is 0 too).
///
/// Reference: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal
/// approach to brokerage in transaction networks", *Sociological Methodology* 19, 89–126;
/// the directed version is `brokerage` in R's sna package and UCINET's G&F brokerage.
/// NetworkX has no brokerage function.
///
/// ```swift
/// // path 0 – 1 – 2, groups A A B: node 1 is a gatekeeper for {0, 2}
/// let b = Brokerage(Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)]), groups: [0, 0, 1])
/// b.counts[1]   // BrokerageCounts(gatekeeper: 1)
/// ```
///
/// - Complexity: O(n + m + G + Σ_v deg(v)²) time — every node's open pairs are counted
///   from the group histogram of its neighbourhood, minus the closed pairs found by
///   scanning the part after a of each neighbour a's sorted row against a stamp array; O(n + G) extra memory and no
///   allocation per node.
public struct Brokerage: Sendable {
    /// The group of each node (negative = unknown).
    public let groups: [Int]
    /// Number of groups; ids lie in `0..<groupCount`.
    public let groupCount: Int
    /// Raw counts per node.
    public let counts: [BrokerageCounts]
    /// Number of nodes of each group.
    public let groupSizes: [Int]
    /// Number of nodes of unknown group.
    public let unknownCount: Int
    /// Per group β: probability of each role for one open pair of a broker of group β.
    public let roleProbabilities: [BrokerageRates]
    /// The same for a broker of unknown group (all pairs unclassified).
    public let unknownBrokerProbabilities: BrokerageRates

    /// Counts the brokerage roles of every node of `graph`.
    /// - Parameters:
    ///   - graph: the graph, weights ignored.
    ///   - groups: one group id per node, in `0..<groupCount`, negative when unknown.
    ///   - groupCount: number of groups; defaults to one more than the largest id.
    /// - Complexity: see the type.
    public init(_ graph: Graph, groups: [Int], groupCount: Int? = nil) {
        let n = graph.nodeCount
        let groupTotal = GroupLabels.validatedCount(groups, nodeCount: n, groupCount: groupCount)
        let offsets = graph.offsets
        let targets = graph.targets

        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: n)
        var histogram = [Int](repeating: 0, count: groupTotal)
        var stamp = [Int32](repeating: -1, count: n)
        for b in 0..<n {
            let lo = offsets[b], hi = offsets[b + 1]
            let degree = hi - lo
            guard degree >= 2 else { continue }
            let gb = groups[b]
            var c = BrokerageCounts()
            if gb < 0 {
                c.unclassified = UnorderedPairs.among(degree)
            } else {
                // Every pair of neighbours, classified from the group histogram.
                var known = 0
                var sameGroupPairs = 0  // Σ_g C(h_g, 2)
                for i in lo..<hi {
                    let g = groups[Int(targets[i])]
                    if g >= 0 {
                        known += 1
                        sameGroupPairs += histogram[g]
                        histogram[g] += 1
                    }
                }
                let inOwn = histogram[gb]
                let sameOther = sameGroupPairs - UnorderedPairs.among(inOwn)
                c.coordinator = UnorderedPairs.among(inOwn)
                c.itinerant = sameOther
                c.gatekeeper = inOwn * (known - inOwn)
                c.liaison = UnorderedPairs.among(known - inOwn) - sameOther
                c.unclassified = UnorderedPairs.among(degree) - UnorderedPairs.among(known)
                for i in lo..<hi {
                    let g = groups[Int(targets[i])]
                    if g >= 0 { histogram[g] = 0 }
                }
            }
            // Remove the closed pairs {a, c} (a < c, tied to each other).
            let mark = Int32(b)
            for i in lo..<hi { stamp[Int(targets[i])] = mark }
            for i in lo..<hi {
                let a = targets[i]
                let ga = groups[Int(a)]
                // a's row is sorted: only its neighbours after a can close a pair {a, c}, a < c.
                var first = offsets[Int(a)], end = offsets[Int(a) + 1]
                while first < end {
                    let mid = (first + end) / 2
                    if targets[mid] <= a { first = mid + 1 } else { end = mid }
                }
                for j in first..<offsets[Int(a) + 1] {
                    let other = targets[j]
                    guard stamp[Int(other)] == mark else { continue }
                    if let role = BrokerageRole.of(broker: gb, ga, groups[Int(other)]) {
                        c[role] -= 1
                    } else {
                        c.unclassified -= 1
                    }
                }
            }
            counts[b] = c
        }

        var sizes = [Int](repeating: 0, count: groupTotal)
        var unknown = 0
        for g in groups {
            if g >= 0 { sizes[g] += 1 } else { unknown += 1 }
        }
        self.groups = groups
        self.groupCount = groupTotal
        self.counts = counts
        self.groupSizes = sizes
        self.unknownCount = unknown
        self.roleProbabilities = (0..<groupTotal).map { g in
            sizes[g] == 0 ? BrokerageRates()
                : BrokerageRates.probabilities(brokerGroup: g, groupSizes: sizes, unknownCount: unknown)
        }
        self.unknownBrokerProbabilities = BrokerageRates.probabilities(brokerGroup: nil, groupSizes: sizes,
                                                                       unknownCount: unknown)
    }

    /// The role probabilities of one open pair of `v` under the null model.
    public func probabilities(forBroker v: Int) -> BrokerageRates {
        let g = groups[v]
        return g >= 0 ? roleProbabilities[g] : unknownBrokerProbabilities
    }

    /// Expected counts of `v` under random assignment of groups: its open pairs times
    /// ``probabilities(forBroker:)``.
    public func expected(_ v: Int) -> BrokerageRates {
        probabilities(forBroker: v).scaled(by: Double(counts[v].openPairs))
    }

    /// The raw count of `role` for `v` divided by its expectation; nil when the
    /// expectation is 0 (no open pair, or a role impossible given the group sizes).
    public func normalized(_ v: Int, _ role: BrokerageRole) -> Double? {
        let e = expected(v)[role]
        return e > 0 ? Double(counts[v][role]) / e : nil
    }
}
