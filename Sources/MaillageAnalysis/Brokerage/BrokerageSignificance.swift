import MaillageGraph
import MaillageSupport

/// Is an actor's brokerage more than chance? A permutation test of the Gould–Fernandez
/// counts of ``Brokerage``, under the same null model as its expectation.
///
/// **Null model.** The graph is held fixed and so is the broker's own group; the group
/// labels of the n − 1 other nodes (unknown ones included) are permuted at random, group
/// sizes kept. Each shuffle gives the broker's neighbours a draw without replacement
/// from those n − 1 labels, and its open pairs are classified again. The mean of each
/// count over every possible shuffle is exactly ``Brokerage/expected(_:)``; the test adds
/// what the expectation cannot say: how often chance reaches the observed count.
///
/// For each broker tested and each role, and for `across` (itinerant + gatekeeper +
/// liaison: open pairs whose two partners are not both in the broker's group, i.e.
/// brokerage *between* groups):
/// - `expected`: the exact expectation (``Brokerage/expected(_:)``);
/// - `meanOfShuffles`: the mean over the shuffles (converges to `expected`);
/// - `p`: (k + 1)/(P + 1) for k of P shuffles giving a count at least the observed one
///   (Phipson & Smyth 2010) — small when the actor brokers that role more than a
///   random placing of the groups would make it.
///
/// Each broker's shuffles are drawn from its own `SeededGenerator`, seeded with `seed`
/// and the broker's index, so an actor's figures do not depend on which other actors are
/// tested. Brokers of unknown group, or without open pair, are not tested (nil), nor
/// those with more than ``maximumClosedPairs`` ties among their partners (their
/// closed pairs are held in memory during the test).
///
/// - Complexity: O(P · Σ_b (deg(b) + t(b))) for P shuffles, over the brokers b tested,
///   t(b) the ties among b's neighbours; ``permutations(forWork:)`` bounds that work.
public struct BrokerageSignificance: Sendable, Equatable {
    /// The test of one count.
    public struct Figure: Sendable, Equatable {
        /// The observed count.
        public var observed: Int
        /// Its exact expectation under the null model.
        public var expected: Double
        /// The mean count over the shuffles.
        public var meanOfShuffles: Double
        /// (k + 1)/(P + 1), k shuffles with a count at least the observed one.
        public var p: Double

        /// Observed / expected; nil when the expectation is 0.
        public var ratio: Double? { expected > 0 ? Double(observed) / expected : nil }
    }

    /// The tests of one broker.
    public struct Broker: Sendable, Equatable {
        /// The node tested.
        public var node: Int
        /// Brokerage between groups: itinerant + gatekeeper + liaison.
        public var across: Figure
        /// One figure per role, in `BrokerageRole.allCases` order.
        public var roles: [Figure]

        /// The figure of one role.
        public subscript(role: BrokerageRole) -> Figure {
            roles[BrokerageRole.allCases.firstIndex(of: role) ?? 0]
        }
    }

    /// The brokers tested, by node: nil for a node not tested (not asked for, of unknown
    /// group, or without open pair).
    public let brokers: [Broker?]
    /// The number of shuffles per broker.
    public let permutations: Int
    /// The seed of the shuffles.
    public let seed: UInt64

    /// The tests of node `v`; nil when it was not tested.
    public subscript(v: Int) -> Broker? { brokers[v] }

    /// Runs the test.
    /// - Parameters:
    ///   - graph: the graph `brokerage` was counted on.
    ///   - brokerage: its Gould–Fernandez counts (groups and expectations).
    ///   - nodes: the brokers to test; nil tests every node with an open pair.
    ///   - permutations: the number of shuffles per broker; nil takes
    ///     ``permutations(forWork:)`` on the work of the nodes tested.
    ///   - seed: the seed of the shuffles.
    ///   - maximumClosedPairs: the most ties among a broker's partners for which it is
    ///     tested (default ``maximumClosedPairs``); a broker with more is left untested.
    public init(graph: Graph, brokerage: Brokerage, nodes: [Int]? = nil, permutations: Int? = nil, seed: UInt64 = 1,
                maximumClosedPairs: Int = BrokerageSignificance.maximumClosedPairs) {
        let n = graph.nodeCount
        let groups = brokerage.groups
        let groupCount = brokerage.groupCount
        let tested = (nodes ?? Array(0..<n)).filter { $0 >= 0 && $0 < n && groups[$0] >= 0 && brokerage.counts[$0].openPairs > 0 }
        let shuffles = permutations ?? Self.permutations(forWork: Self.work(graph: graph, nodes: tested))
        self.permutations = shuffles
        self.seed = seed

        // Labels with unknown mapped to `groupCount`, and one position holding each label.
        let unknown = groupCount
        var labels = groups.map { $0 >= 0 ? $0 : unknown }
        var position = [Int](repeating: 0, count: groupCount + 1)  // where each label first stands
        for (i, label) in labels.enumerated().reversed() { position[label] = i }
        var result = [Broker?](repeating: nil, count: n)
        var histogram = [Int](repeating: 0, count: groupCount + 1)
        var local = [Int32](repeating: -1, count: n)
        let roles = BrokerageRole.allCases
        for b in tested {
            let gb = groups[b]
            let neighbours = graph.neighbors(of: b).map { Int($0) }
            let d = neighbours.count
            // Closed pairs among the neighbours, as local indices.
            for (i, a) in neighbours.enumerated() { local[a] = Int32(i) }
            var closed: [(Int32, Int32)] = []
            var tooMany = false
            scan: for (i, a) in neighbours.enumerated() {
                for w in graph.neighbors(of: a) where Int(w) > a {
                    let j = local[Int(w)]
                    if j >= 0 { closed.append((Int32(i), j)) }
                    if closed.count > maximumClosedPairs { tooMany = true; break scan }
                }
            }
            for a in neighbours { local[a] = -1 }
            if tooMany { continue }

            // The other n − 1 labels: swap one instance of b's own label to the end.
            // Every broker starts from the same arrangement (its own label moved last, every
            // draw undone), so its figures do not depend on the brokers tested before it.
            let own = position[gb]
            labels.swapAt(own, n - 1)
            defer { labels.swapAt(own, n - 1) }
            var rng = SeededGenerator(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(b + 1))
            // Its own closed pairs are listed above: exact counts even where ``Brokerage``
            // estimated them (``Brokerage/anchorsPerBroker``).
            let observed = brokerage.anchorsPerBroker == nil ? brokerage.counts[b]
                : Self.counts(brokerGroup: gb, labels: neighbours.map { groups[$0] >= 0 ? groups[$0] : unknown }, closed: closed,
                              histogram: &histogram, unknown: unknown)
            let observedAcross = observed.itinerant + observed.gatekeeper + observed.liaison
            let observedValues = roles.map { observed[$0] } + [observedAcross]
            var sums = [Int](repeating: 0, count: 5), atLeast = [Int](repeating: 0, count: 5)
            var drawn = [Int](repeating: 0, count: d), picked = [Int](repeating: 0, count: d)
            for _ in 0..<max(0, shuffles) {
                // Partial Fisher–Yates: the first d positions become a uniform draw
                // without replacement from the n − 1 other labels.
                for i in 0..<d {
                    let j = i + Int(rng.next(upperBound: UInt64(n - 1 - i)))
                    labels.swapAt(i, j)
                    picked[i] = j
                    drawn[i] = labels[i]
                }
                for i in (0..<d).reversed() { labels.swapAt(i, picked[i]) }
                let c = Self.counts(brokerGroup: gb, labels: drawn, closed: closed, histogram: &histogram, unknown: unknown)
                for k in 0..<5 {
                    let value = k < 4 ? c[roles[k]] : c.itinerant + c.gatekeeper + c.liaison
                    sums[k] += value
                    if value >= observedValues[k] { atLeast[k] += 1 }
                }
            }
            let expected = brokerage.probabilities(forBroker: b).scaled(by: Double(observed.openPairs))
            let expectedValues = roles.map { expected[$0] } + [expected.itinerant + expected.gatekeeper + expected.liaison]
            let p = Double(max(0, shuffles))
            let figures = (0..<5).map { k in
                Figure(observed: observedValues[k], expected: expectedValues[k],
                       meanOfShuffles: p > 0 ? Double(sums[k]) / p : expectedValues[k],
                       p: (Double(atLeast[k]) + 1) / (p + 1))
            }
            result[b] = Broker(node: b, across: figures[4], roles: Array(figures[0..<4]))
        }
        brokers = result
    }

    /// The counts of a broker of group `brokerGroup` whose neighbours carry `labels`
    /// (`unknown` for an unknown group), minus the `closed` pairs of neighbours.
    static func counts(brokerGroup gb: Int, labels: [Int], closed: [(Int32, Int32)], histogram: inout [Int], unknown: Int) -> BrokerageCounts {
        var known = 0, sameGroupPairs = 0
        for g in labels where g != unknown {
            known += 1
            sameGroupPairs += histogram[g]
            histogram[g] += 1
        }
        let inOwn = histogram[gb]
        let sameOther = sameGroupPairs - UnorderedPairs.among(inOwn)
        var c = BrokerageCounts()
        c.coordinator = UnorderedPairs.among(inOwn)
        c.itinerant = sameOther
        c.gatekeeper = inOwn * (known - inOwn)
        c.liaison = UnorderedPairs.among(known - inOwn) - sameOther
        c.unclassified = UnorderedPairs.among(labels.count) - UnorderedPairs.among(known)
        for g in labels where g != unknown { histogram[g] = 0 }
        for (i, j) in closed {
            let ga = labels[Int(i)], gc = labels[Int(j)]
            if ga == unknown || gc == unknown {
                c.unclassified -= 1
            } else if let role = BrokerageRole.of(broker: gb, ga, gc) {
                c[role] -= 1
            }
        }
        return c
    }

    /// The most ties among a broker's partners for which it is tested (5·10⁶, about 40 MB).
    public static let maximumClosedPairs = 5_000_000

    /// The work of one shuffle of every broker in `nodes`: Σ (deg + ties among the neighbours).
    /// - Complexity: O(Σ_b Σ_{a ∈ N(b)} deg(a)) to count the ties among neighbours.
    public static func work(graph: Graph, nodes: [Int]) -> Int {
        var total = 0
        var mark = [Int32](repeating: -1, count: graph.nodeCount)
        for b in nodes {
            let neighbours = graph.neighbors(of: b)
            total += neighbours.count
            for a in neighbours { mark[Int(a)] = Int32(b) }
            for a in neighbours {
                for w in graph.neighbors(of: Int(a)) where w > a && mark[Int(w)] == Int32(b) { total += 1 }
            }
        }
        return total
    }

    /// The longest prefix of `nodes` whose work (``work(graph:nodes:)``) stays within
    /// `budget` steps a shuffle: 5·10⁵ by default, so that 99 shuffles stay within the
    /// 5·10⁷ steps of ``permutations(forWork:)``.
    /// - Complexity: O(Σ_b Σ_{a ∈ N(b)} deg(a)) over the nodes kept, plus one more.
    public static func affordablePrefix(graph: Graph, nodes: [Int], budget: Int = 500_000) -> [Int] {
        var total = 0
        var kept: [Int] = []
        for b in nodes {
            total += work(graph: graph, nodes: [b])
            if total > budget && !kept.isEmpty { break }
            kept.append(b)
        }
        return kept
    }

    /// The number of shuffles for a test whose one shuffle costs `work`: 999, or fewer
    /// (99 at least) when 999 shuffles would exceed 5·10⁷ steps, so the test stays within seconds.
    public static func permutations(forWork work: Int) -> Int {
        work <= 50_000 ? 999 : max(99, 50_000_000 / work)
    }
}
