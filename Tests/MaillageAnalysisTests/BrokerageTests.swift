import Testing
import MaillageAnalysis
import MaillageSupport

@Suite struct BrokerageTests {
    typealias F = StructureFixtures

    /// Groups A = 0, B = 1, C = 2, unknown = −1:
    ///
    ///     node   0  1  2  3  4  5  6   7  8
    ///     group  A  A  A  B  B  C  ?   B  C
    ///
    /// Ties: 0 with 1, 2, 3, 4, 5, 6; and 1–3, 5–6, 4–7, 2–8, 6–8.
    static let groups = [0, 0, 0, 1, 1, 2, -1, 1, 2]
    static let graph = F.graph(9, [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6),
                                   (1, 3), (5, 6), (4, 7), (2, 8), (6, 8)])

    /// Every count worked out by hand.
    ///
    /// Node 0 (A) has neighbours 1A 2A 3B 4B 5C 6?: C(6, 2) = 15 pairs, of which 1–3 and
    /// 5–6 are tied, 13 open:
    /// - coordinator {1, 2};
    /// - itinerant {3, 4};
    /// - gatekeeper {1, 4} {2, 3} {2, 4} {1, 5} {2, 5} ({1, 3} is closed);
    /// - liaison {3, 5} {4, 5};
    /// - unclassified {1, 6} {2, 6} {3, 6} {4, 6} ({5, 6} is closed).
    /// Node 2 (A): {0A, 8C} open → gatekeeper. Node 4 (B): {0A, 7B} → gatekeeper.
    /// Node 6 (?): {0, 5} closed, {0, 8} and {5, 8} open → 2 unclassified.
    /// Node 8 (C): {2A, 6?} → unclassified. Nodes 1, 3, 5: their two neighbours are tied.
    @Test func handWorkedCountsWithEveryRole() {
        let b = Brokerage(Self.graph, groups: Self.groups)
        #expect(b.groupCount == 3)
        #expect(b.counts[0] == BrokerageCounts(coordinator: 1, itinerant: 1, gatekeeper: 5, liaison: 2, unclassified: 4))
        #expect(b.counts[0].openPairs == 13)
        #expect(b.counts[0].classified == 9)
        #expect(b.counts[1] == BrokerageCounts())
        #expect(b.counts[2] == BrokerageCounts(gatekeeper: 1))
        #expect(b.counts[3] == BrokerageCounts())
        #expect(b.counts[4] == BrokerageCounts(gatekeeper: 1))
        #expect(b.counts[5] == BrokerageCounts())
        #expect(b.counts[6] == BrokerageCounts(unclassified: 2))
        #expect(b.counts[7] == BrokerageCounts())
        #expect(b.counts[8] == BrokerageCounts(unclassified: 1))
    }

    /// n = 9, sizes A 3, B 3, C 2, one unknown. For a broker of A: N = 8 others,
    /// P = C(8, 2) = 28, m_A = 2, m_B = 3, m_C = 2, K = 7 known others:
    /// coordinator C(2,2) = 1, itinerant C(3,2) + C(2,2) = 4, gatekeeper 2·5 = 10,
    /// liaison C(5,2) − 4 = 6, unclassified 28 − C(7,2) = 7 (all over 28).
    /// B has the same sizes as A. For a broker of C: m_C = 1, m_A = m_B = 3:
    /// 0, 3 + 3 = 6, 1·6 = 6, C(6,2) − 6 = 9, 7.
    @Test func handWorkedExpectations() throws {
        let b = Brokerage(Self.graph, groups: Self.groups)
        let a = BrokerageRates(coordinator: 1 / 28, itinerant: 4 / 28, gatekeeper: 10 / 28, liaison: 6 / 28,
                               unclassified: 7 / 28)
        let c = BrokerageRates(coordinator: 0, itinerant: 6 / 28, gatekeeper: 6 / 28, liaison: 9 / 28,
                               unclassified: 7 / 28)
        #expect(close(b.roleProbabilities[0], a))
        #expect(close(b.roleProbabilities[1], a))
        #expect(close(b.roleProbabilities[2], c))
        #expect(b.unknownBrokerProbabilities == BrokerageRates(unclassified: 1))

        // node 0: 13 open pairs; normalised = raw / (13 · p)
        #expect(close(b.expected(0), a.scaled(by: 13)))
        #expect(try abs(#require(b.normalized(0, .coordinator)) - 1 / (13.0 / 28)) < 1e-12)
        #expect(try abs(#require(b.normalized(0, .itinerant)) - 1 / (13.0 * 4 / 28)) < 1e-12)
        #expect(try abs(#require(b.normalized(0, .gatekeeper)) - 5 / (13.0 * 10 / 28)) < 1e-12)
        #expect(try abs(#require(b.normalized(0, .liaison)) - 2 / (13.0 * 6 / 28)) < 1e-12)
        // node 8 (C): a coordinator is impossible (C has one other member): nil
        #expect(b.normalized(8, .coordinator) == nil)
        #expect(b.normalized(8, .liaison) == 0)
        // no open pair: nil
        #expect(b.normalized(1, .gatekeeper) == nil)
        // unknown broker: every role has expectation 0
        #expect(b.normalized(6, .liaison) == nil)
    }

    /// Small pure cases: one role each.
    @Test func oneRoleEach() {
        // path a – b – c
        let path = F.path(3)
        #expect(Brokerage(path, groups: [0, 0, 0]).counts[1] == BrokerageCounts(coordinator: 1))
        #expect(Brokerage(path, groups: [1, 0, 1]).counts[1] == BrokerageCounts(itinerant: 1))
        #expect(Brokerage(path, groups: [0, 0, 1]).counts[1] == BrokerageCounts(gatekeeper: 1))
        #expect(Brokerage(path, groups: [1, 0, 0]).counts[1] == BrokerageCounts(gatekeeper: 1))
        #expect(Brokerage(path, groups: [1, 0, 2]).counts[1] == BrokerageCounts(liaison: 1))
        #expect(Brokerage(path, groups: [-1, 0, 2]).counts[1] == BrokerageCounts(unclassified: 1))
        // a closed triangle brokers nothing
        let triangle = F.graph(3, [(0, 1), (1, 2), (0, 2)])
        #expect(Brokerage(triangle, groups: [0, 1, 2]).counts.allSatisfy { $0.openPairs == 0 })
        // star with centre A and leaves B, C, D: C(3, 2) = 3 liaisons
        #expect(Brokerage(F.star(leaves: 3), groups: [0, 1, 2, 3]).counts[0] == BrokerageCounts(liaison: 3))
        // BrokerageRole.of agrees
        #expect(BrokerageRole.of(broker: 0, 1, 1) == .itinerant)
        #expect(BrokerageRole.of(broker: 0, 0, 2) == .gatekeeper)
        #expect(BrokerageRole.of(broker: -1, 0, 0) == nil)
    }

    /// Brute force: classify every pair of neighbours of every node, on random graphs
    /// with random groups (some unknown).
    @Test(arguments: [UInt64(21), 22, 23, 24])
    func agreesWithPairByPairClassification(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var seen = BrokerageCounts()
        for trial in 0..<20 {
            let n = Int.random(in: 2...40, using: &rng)
            let g = F.random(nodes: n, edgeProbability: Double.random(in: 0.05...0.4, using: &rng), rng: &rng)
            let groupCount = Int.random(in: 1...4, using: &rng)
            let groups = (0..<n).map { _ in Int.random(in: -1..<groupCount, using: &rng) }
            let b = Brokerage(g, groups: groups, groupCount: groupCount)
            for v in 0..<n {
                let expected = Self.bruteForce(g, groups, broker: v)
                #expect(b.counts[v] == expected, "seed \(seed) trial \(trial) node \(v)")
                seen.coordinator += expected.coordinator
                seen.itinerant += expected.itinerant
                seen.gatekeeper += expected.gatekeeper
                seen.liaison += expected.liaison
                seen.unclassified += expected.unclassified
            }
        }
        #expect(seen.coordinator > 0 && seen.itinerant > 0 && seen.gatekeeper > 0 && seen.liaison > 0
                && seen.unclassified > 0)
    }

    /// Past the work limit, the closed pairs estimated from every neighbour's row (anchors
    /// ≥ degree) are the exact ones; from fewer anchors, the mean over seeds of each role's
    /// count lies close to the exact one (the estimate has no bias), and one seed's counts
    /// stay within the pairs each role has.
    @Test(arguments: [UInt64(41), 42])
    func closedPairsEstimatedFromAnchors(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = 60
        let g = F.random(nodes: n, edgeProbability: 0.4, rng: &rng)
        let groups = (0..<n).map { _ in Int.random(in: -1..<3, using: &rng) }
        let exact = Brokerage(g, groups: groups, groupCount: 3)
        #expect(exact.anchorsPerBroker == nil)
        #expect(Brokerage.closedPairWork(of: g) > 0)
        let everyRow = Brokerage(g, groups: groups, groupCount: 3, exactWorkLimit: 0, anchors: n)
        #expect(everyRow.anchorsPerBroker == n)
        #expect(everyRow.counts == exact.counts, "every neighbour an anchor: each closed pair found twice, halved exactly")
        // Five anchors of some 24 neighbours, forty seeds: the mean of the estimates.
        var sums = [[Double]](repeating: [Double](repeating: 0, count: 5), count: n)
        let seeds = 40
        for s in 0..<seeds {
            let estimate = Brokerage(g, groups: groups, groupCount: 3, exactWorkLimit: 0, anchors: 5, seed: UInt64(s + 1))
            #expect(estimate.anchorsPerBroker == 5)
            for v in 0..<n {
                let c = estimate.counts[v]
                #expect(c.coordinator >= 0 && c.itinerant >= 0 && c.gatekeeper >= 0 && c.liaison >= 0 && c.unclassified >= 0)
                #expect(c.openPairs <= g.neighbors(of: v).count * (g.neighbors(of: v).count - 1) / 2)
                sums[v][0] += Double(c.coordinator); sums[v][1] += Double(c.itinerant); sums[v][2] += Double(c.gatekeeper)
                sums[v][3] += Double(c.liaison); sums[v][4] += Double(c.unclassified)
            }
        }
        var total = 0.0, error = 0.0
        for v in 0..<n {
            let e = exact.counts[v]
            for (k, value) in [e.coordinator, e.itinerant, e.gatekeeper, e.liaison, e.unclassified].enumerated() {
                total += Double(value)
                error += abs(sums[v][k] / Double(seeds) - Double(value))
            }
        }
        #expect(total > 0)
        #expect(error / total < 0.03, "mean absolute bias \(error / total) of the counts")
        // The same seed gives the same counts.
        #expect(Brokerage(g, groups: groups, groupCount: 3, exactWorkLimit: 0, anchors: 5, seed: 7).counts
                == Brokerage(g, groups: groups, groupCount: 3, exactWorkLimit: 0, anchors: 5, seed: 7).counts)
    }

    /// The expectation formula against a Monte-Carlo estimate: the labels of the nodes
    /// other than the broker are shuffled (sizes and the broker's group held fixed), and the
    /// mean count of each role must lie within 5 standard errors of the expectation.
    @Test(arguments: [UInt64(31), 32, 33])
    func expectationMatchesMonteCarlo(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = 30
        let g = F.random(nodes: n, edgeProbability: 0.25, rng: &rng)
        // uneven sizes plus unknowns: 10, 8, 5, 3, and 4 unknown
        var groups = Array(repeating: 0, count: 10) + Array(repeating: 1, count: 8) + Array(repeating: 2, count: 5)
            + Array(repeating: 3, count: 3) + Array(repeating: -1, count: 4)
        groups.shuffle(using: &rng)
        let analysis = Brokerage(g, groups: groups)
        // the known broker with most open pairs, and one of a small group
        let known = (0..<n).filter { groups[$0] >= 0 }
        let busiest = known.max { analysis.counts[$0].openPairs < analysis.counts[$1].openPairs } ?? 0
        let small = known.filter { groups[$0] == 3 }.max { g.degree($0) < g.degree($1) } ?? 0
        for broker in [busiest, small] {
            let expected = analysis.expected(broker)
            let trials = 4000
            var sum = [Double](repeating: 0, count: 5), sumSquares = [Double](repeating: 0, count: 5)
            var others = (0..<n).filter { $0 != broker }.map { groups[$0] }
            for _ in 0..<trials {
                others.shuffle(using: &rng)
                var labels = others
                labels.insert(groups[broker], at: broker)
                let c = Self.bruteForce(g, labels, broker: broker)
                for (k, x) in [c.coordinator, c.itinerant, c.gatekeeper, c.liaison, c.unclassified].enumerated() {
                    sum[k] += Double(x)
                    sumSquares[k] += Double(x * x)
                }
            }
            let targets = [expected.coordinator, expected.itinerant, expected.gatekeeper, expected.liaison,
                           expected.unclassified]
            for k in 0..<5 {
                let mean = sum[k] / Double(trials)
                let variance = max(sumSquares[k] / Double(trials) - mean * mean, 0)
                let tolerance = 5 * (variance / Double(trials)).squareRoot() + 1e-9
                #expect(abs(mean - targets[k]) <= tolerance,
                        "seed \(seed) broker \(broker) role \(k): mean \(mean), expected \(targets[k])")
            }
            #expect(analysis.counts[broker].openPairs > 0)
        }
    }

    /// The probabilities sum to 1 and follow the documented edge cases.
    @Test func probabilitiesEdgeCases() {
        let p = BrokerageRates.probabilities(brokerGroup: 1, groupSizes: [4, 2, 5], unknownCount: 3)
        #expect(abs(p.coordinator + p.itinerant + p.gatekeeper + p.liaison + p.unclassified - 1) < 1e-12)
        // N = 13 others, P = 78; m = 4, 1, 5; K = 10:
        // coordinator 0, itinerant 6 + 10 = 16, gatekeeper 1·9 = 9, liaison C(9,2) − 16 = 20, unclassified 78 − 45 = 33
        #expect(close(p, BrokerageRates(coordinator: 0, itinerant: 16 / 78, gatekeeper: 9 / 78, liaison: 20 / 78,
                                        unclassified: 33 / 78)))
        #expect(BrokerageRates.probabilities(brokerGroup: 0, groupSizes: [2], unknownCount: 0) == BrokerageRates())
        #expect(BrokerageRates.probabilities(brokerGroup: nil, groupSizes: [3], unknownCount: 1)
                == BrokerageRates(unclassified: 1))
    }

    static func bruteForce(_ g: Graph, _ groups: [Int], broker b: Int) -> BrokerageCounts {
        var c = BrokerageCounts()
        let neighbours = g.neighbors(of: b).map { Int($0) }
        for i in neighbours.indices {
            for j in neighbours.indices where j > i {
                let a = neighbours[i], d = neighbours[j]
                guard g.weight(a, d) == nil else { continue }
                let (ga, gb, gd) = (groups[a], groups[b], groups[d])
                if ga < 0 || gb < 0 || gd < 0 {
                    c.unclassified += 1
                } else if ga == gd && ga == gb {
                    c.coordinator += 1
                } else if ga == gd {
                    c.itinerant += 1
                } else if ga == gb || gd == gb {
                    c.gatekeeper += 1
                } else {
                    c.liaison += 1
                }
            }
        }
        return c
    }

    private func close(_ x: BrokerageRates, _ y: BrokerageRates) -> Bool {
        BrokerageRole.allCases.allSatisfy { abs(x[$0] - y[$0]) < 1e-12 } && abs(x.unclassified - y.unclassified) < 1e-12
    }
}
