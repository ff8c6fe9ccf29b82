import MaillageGraph
import Testing
@testable import MaillageAnalysis

/// The brokerage permutation test against a brute-force enumeration of every placing of
/// the other actors' groups on a small network, and against the exact expectation.
@Suite struct BrokerageSignificanceTests {
    /// The network of `BrokerageTests`: groups A = 0, B = 1, C = 2, unknown = −1.
    static let groups = [0, 0, 0, 1, 1, 2, -1, 1, 2]
    static let graph = Graph(nodeCount: 9, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6),
                                                   (1, 3), (5, 6), (4, 7), (2, 8), (6, 8)].map { ($0.0, $0.1, 1.0) })

    /// Every distinct arrangement of a multiset of labels.
    static func arrangements(_ labels: [Int]) -> [[Int]] {
        var counts: [Int: Int] = [:]
        for l in labels { counts[l, default: 0] += 1 }
        let keys = counts.keys.sorted()
        var result: [[Int]] = []
        var current: [Int] = []
        func extend() {
            if current.count == labels.count { result.append(current); return }
            for k in keys where counts[k]! > 0 {
                counts[k]! -= 1
                current.append(k)
                extend()
                current.removeLast()
                counts[k]! += 1
            }
        }
        extend()
        return result
    }

    /// For broker `b`: every placing of the other nodes' labels, counted by `Brokerage`
    /// (the implementation under test counts them another way).
    static func enumerated(_ b: Int) -> [BrokerageCounts] {
        let others = (0..<groups.count).filter { $0 != b }
        return arrangements(others.map { groups[$0] }).map { placing in
            var labels = groups
            for (i, v) in others.enumerated() { labels[v] = placing[i] }
            return Brokerage(graph, groups: labels, groupCount: 3).counts[b]
        }
    }

    /// A broker with more ties among its partners than the cap is left untested (its
    /// closed pairs would be held in memory); one exactly at the cap is tested.
    /// With closed pairs estimated (a network past the work limit), a tested broker's
    /// observed counts and expectation are still exact.
    @Test func testedBrokersKeepExactFiguresWhenTheCountsAreEstimated() {
        let exact = Brokerage(Self.graph, groups: Self.groups)
        let estimated = Brokerage(Self.graph, groups: Self.groups, exactWorkLimit: 0, anchors: 1, seed: 3)
        #expect(estimated.anchorsPerBroker == 1)
        let a = BrokerageSignificance(graph: Self.graph, brokerage: exact, permutations: 50, seed: 5)
        let b = BrokerageSignificance(graph: Self.graph, brokerage: estimated, permutations: 50, seed: 5)
        #expect(a == b)
    }

    @Test func brokersAboveTheClosedPairCapAreNotTested() {
        let brokerage = Brokerage(Self.graph, groups: Self.groups)
        // Node 0's partners 1…6 hold two ties, (1, 3) and (5, 6).
        let capped = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, permutations: 99, seed: 3, maximumClosedPairs: 1)
        let atTheCap = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, permutations: 99, seed: 3, maximumClosedPairs: 2)
        let uncapped = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, permutations: 99, seed: 3)
        #expect(capped[0] == nil)
        #expect(atTheCap[0] != nil && atTheCap[0] == uncapped[0])
        // Capping one broker changes nothing for the others (each has its own generator):
        // node 2 (partners 0 and 8, not tied) is tested the same way.
        #expect(capped[2] != nil && capped[2] == uncapped[2])
        #expect(BrokerageSignificance.maximumClosedPairs == 5_000_000)
    }

    @Test func shufflesAgreeWithTheEnumerationOfEveryPlacing() {
        let brokerage = Brokerage(Self.graph, groups: Self.groups)
        let test = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, permutations: 20_000, seed: 7)
        #expect(test.permutations == 20_000)
        for b in [0, 2, 4] {
            let all = Self.enumerated(b)
            let observed = brokerage.counts[b]
            let total = Double(all.count)
            let tested = try! #require(test[b])
            func check(_ figure: BrokerageSignificance.Figure, _ value: (BrokerageCounts) -> Int, _ name: String) {
                let mean = Double(all.reduce(0) { $0 + value($1) }) / total
                let p = Double(all.count { value($0) >= value(observed) }) / total
                #expect(figure.observed == value(observed))
                // The exact expectation is the mean over every placing.
                #expect(abs(figure.expected - mean) < 1e-9, "\(b) \(name): \(figure.expected) vs \(mean)")
                #expect(abs(figure.meanOfShuffles - mean) < 0.03 * max(1, mean), "\(b) \(name): \(figure.meanOfShuffles) vs \(mean)")
                #expect(abs(figure.p - p) < 0.012, "\(b) \(name): p \(figure.p) vs \(p)")
            }
            for role in BrokerageRole.allCases { check(tested[role], { $0[role] }, role.rawValue) }
            check(tested.across, { $0.itinerant + $0.gatekeeper + $0.liaison }, "across")
        }
        // Node 6 has an unknown group, nodes 1, 3 and 5 no open pair: not tested.
        #expect(test[6] == nil && test[1] == nil && test[3] == nil && test[5] == nil)
    }

    @Test func aBrokerBetweenTwoCliquesIsSignificant() {
        // Two cliques of 5 (groups 0 and 1), actor 10 of group 2 tied to all of them.
        var edges: [(Int, Int, Double)] = []
        for base in [0, 5] { for i in 0..<5 { for j in (i + 1)..<5 { edges.append((base + i, base + j, 1)) } } }
        for v in 0..<10 { edges.append((v, 10, 1)) }
        // 30 bystanders: groups 0, 1, 2 evenly, in a ring.
        for v in 11..<41 { edges.append((v, v == 40 ? 11 : v + 1, 1)) }
        let groups = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2] + (11..<41).map { $0 % 3 }
        let g = Graph(nodeCount: 41, edges: edges)
        let test = BrokerageSignificance(graph: g, brokerage: Brokerage(g, groups: groups), nodes: [10], seed: 3)
        let broker = try! #require(test[10])
        #expect(test.permutations == 999)
        // 25 open pairs, all liaison (A–B across a C broker); chance gives far fewer.
        #expect(broker[.liaison].observed == 25)
        #expect(broker[.liaison].p < 0.01)
        #expect(broker[.coordinator].p == 1)  // no coordinator pair: every shuffle gives at least 0
        #expect(broker.across.ratio! > 1)
        #expect(test[0] == nil)  // not asked for
    }

    @Test func theSameSeedGivesTheSameFiguresWhateverElseIsTested() {
        let brokerage = Brokerage(Self.graph, groups: Self.groups)
        let all = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, permutations: 500, seed: 11)
        let one = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, nodes: [2], permutations: 500, seed: 11)
        #expect(all[2] == one[2])
        let other = BrokerageSignificance(graph: Self.graph, brokerage: brokerage, nodes: [2], permutations: 500, seed: 12)
        #expect(other.seed == 12)
    }

    @Test func onlyTheAffordableBrokersAreTestedWhenTheShufflesAreNotGiven() {
        let all = [0, 2, 4]
        #expect(BrokerageSignificance.affordablePrefix(graph: Self.graph, nodes: all) == all)
        // Node 0's work alone (6 partners, 2 ties among them) is over a budget of 5: it is still tested, alone.
        #expect(BrokerageSignificance.work(graph: Self.graph, nodes: [0]) == 8)
        #expect(BrokerageSignificance.affordablePrefix(graph: Self.graph, nodes: all, budget: 5) == [0])
        #expect(BrokerageSignificance.affordablePrefix(graph: Self.graph, nodes: all, budget: 10) == [0, 2])
    }

    @Test func largeNetworksGetFewerShuffles() {
        #expect(BrokerageSignificance.permutations(forWork: 1_000) == 999)
        #expect(BrokerageSignificance.permutations(forWork: 1_000_000) == 99)
        #expect(BrokerageSignificance.permutations(forWork: 200_000) == 250)
    }
}
