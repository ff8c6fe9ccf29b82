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
/// - Complexity: O(n + G + m·√m) time — every node's open pairs are counted from the
///   group histogram of its neighbourhood, minus the closed pairs, one per triangle
///   through the node, the triangles listed once each by the forward algorithm (edges
///   oriented by degree; Schank and Wagner, "Finding, counting and listing all triangles
///   in large graphs", WEA 2005); O(n + m + G) extra memory.
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
            counts[b] = c
        }
        // Remove the closed pairs: each triangle {x, y, z} closes one pair of neighbours of
        // each of its three nodes. Triangles are listed once each, from their node of lowest
        // rank (degree, then index), through edges oriented towards the higher rank (the
        // "forward" algorithm): every node's oriented row holds at most √(2m) nodes.
        func higher(_ u: Int, than v: Int) -> Bool {
            let du = offsets[u + 1] - offsets[u], dv = offsets[v + 1] - offsets[v]
            return du != dv ? du > dv : u > v
        }
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n {
            var count = 0
            for i in offsets[v]..<offsets[v + 1] where higher(Int(targets[i]), than: v) { count += 1 }
            forwardOffsets[v + 1] = forwardOffsets[v] + count
        }
        var forward = [Int32](repeating: 0, count: forwardOffsets[n])
        for v in 0..<n {
            var k = forwardOffsets[v]
            for i in offsets[v]..<offsets[v + 1] where higher(Int(targets[i]), than: v) {
                forward[k] = targets[i]
                k += 1
            }
        }
        func close(broker b: Int, _ a: Int, _ c: Int) {
            if let role = BrokerageRole.of(broker: groups[b], groups[a], groups[c]) {
                counts[b][role] -= 1
            } else {
                counts[b].unclassified -= 1
            }
        }
        var stamp = [Int32](repeating: -1, count: n)
        for x in 0..<n {
            let lo = forwardOffsets[x], hi = forwardOffsets[x + 1]
            guard hi - lo >= 2 else { continue }
            for i in lo..<hi { stamp[Int(forward[i])] = Int32(x) }
            for i in lo..<hi {
                let y = Int(forward[i])
                for j in forwardOffsets[y]..<forwardOffsets[y + 1] {
                    let z = Int(forward[j])
                    guard stamp[z] == Int32(x) else { continue }
                    close(broker: x, y, z)
                    close(broker: y, x, z)
                    close(broker: z, x, y)
                }
            }
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
