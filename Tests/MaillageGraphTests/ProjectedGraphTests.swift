import MaillageModel
import Testing
@testable import MaillageGraph

@Suite struct ProjectedGraphTests {
    let network = TwoModeNetwork(dataset: TinyDatasets.fiveActors)
    // Node ids: a 0, b 1, c 2, d 3, e 4. Ties: ab (k1, k2), ac (k1), bc (k1), cd (k3).

    @Test func countIsTheNumberOfSharedCooperations() {
        let p = ProjectedGraph(network: network, projection: .count)
        #expect(p.graph.checkInvariants() == nil)
        #expect(p.graph.nodeCount == 5)
        #expect(p.graph.edgeCount == 4)
        #expect(p.graph.weight(0, 1) == 2)
        #expect(p.graph.weight(0, 2) == 1)
        #expect(p.graph.weight(1, 2) == 1)
        #expect(p.graph.weight(2, 3) == 1)
        #expect(p.graph.weight(0, 3) == nil)
        #expect(p.graph.degree(4) == 0)
        #expect(p.actorIDs == ["a", "b", "c", "d", "e"])
    }

    @Test func newmanSumsOneOverSizeMinusOne() {
        let p = ProjectedGraph(network: network, projection: .newman)
        #expect(p.graph.checkInvariants() == nil)
        #expect(p.graph.weight(0, 1) == 0.5 + 1)   // k1 has 3 members, k2 has 2
        #expect(p.graph.weight(0, 2) == 0.5)
        #expect(p.graph.weight(1, 2) == 0.5)
        #expect(p.graph.weight(2, 3) == 1)         // k3 has 2 members; k4 (1 member) adds nothing
        #expect(p.graph.edgeCount == 4)
    }

    @Test func jaccardIsSharedOverUnion() {
        let p = ProjectedGraph(network: network, projection: .jaccard)
        #expect(p.graph.checkInvariants() == nil)
        #expect(p.graph.weight(0, 1) == 1)          // {k1,k2} vs {k1,k2}
        #expect(p.graph.weight(0, 2) == 1.0 / 3)    // {k1,k2} vs {k1,k3}
        #expect(p.graph.weight(1, 2) == 1.0 / 3)
        #expect(p.graph.weight(2, 3) == 1.0 / 3)    // {k1,k3} vs {k3,k4}
    }

    @Test func provenanceListsSharedCooperationsAscendingEitherWay() {
        let p = ProjectedGraph(network: network, projection: .count)
        #expect(p.cooperations(between: 0, and: 1) == [0, 1])
        #expect(p.cooperations(between: 1, and: 0) == [0, 1])
        #expect(p.cooperations(between: 2, and: 0) == [0])
        #expect(p.cooperations(between: 3, and: 2) == [2])
        #expect(p.cooperations(between: 0, and: 3) == [])
        #expect(p.cooperations(between: 4, and: 4) == [])
        #expect(p.cooperations(between: 0, and: 99) == [])
        #expect(p.tieBase.last == p.graph.edgeCount)
        #expect(p.network.cooperationIDs[p.cooperations(between: 2, and: 3)[0]] == "k3")
    }

    @Test(arguments: Projection.allCases)
    func largeCooperationGivesACliqueWithProvenance(projection: Projection) throws {
        let size = 300
        let dataset = Dataset(
            name: "big", actors: (0..<size + 1).map { Actor(id: "a\($0)") },
            cooperations: [Cooperation(id: "big"), Cooperation(id: "pair")],
            memberships: (0..<size).map { Membership(cooperation: "big", actor: "a\($0)") }
                + [Membership(cooperation: "pair", actor: "a0"), Membership(cooperation: "pair", actor: "a\(size)")],
            territories: [])
        let p = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: projection)
        #expect(p.graph.checkInvariants() == nil)
        #expect(p.graph.edgeCount == size * (size - 1) / 2 + 1)
        let expected: Double = switch projection {
        case .count: 1
        case .newman: 1.0 / Double(size - 1)
        case .jaccard: 1
        }
        #expect(p.graph.weight(17, 250) == expected)
        #expect(p.cooperations(between: 250, and: 17) == [0])
        #expect(p.cooperations(between: 0, and: size) == [1])
        // a0 belongs to both cooperations: Jaccard with a1 is 1/2.
        if projection == .jaccard { #expect(p.graph.weight(0, 1) == 0.5) }
        #expect(try #require(p.graph.weight(0, size)) == (projection == .jaccard ? 0.5 : 1))
    }

    /// The sparse accumulation against the definitions computed pair by pair with sets.
    @Test(arguments: [(UInt64(1), 40, 25, 6), (2, 120, 60, 12), (3, 15, 40, 4), (4, 200, 10, 40)])
    func agreesWithPairwiseDefinitions(seed: UInt64, actors: Int, cooperations: Int, maxSize: Int) {
        let dataset = TinyDatasets.random(seed: seed, actorCount: actors, cooperationCount: cooperations, maxSize: maxSize)
        let network = TwoModeNetwork(dataset: dataset)
        var of = [Set<Int>](repeating: [], count: actors)
        var size = [Int](repeating: 0, count: cooperations)
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let c = dataset.cooperationIndex[m.cooperation] else { continue }
            of[a].insert(c)
            size[c] += 1
        }
        for projection in Projection.allCases {
            let p = ProjectedGraph(network: network, projection: projection)
            #expect(p.graph.checkInvariants() == nil)
            var ties = 0
            for u in 0..<actors {
                for v in (u + 1)..<max(u + 1, actors) {
                    let shared = of[u].intersection(of[v]).sorted()
                    let weight = p.graph.weight(u, v)
                    if shared.isEmpty {
                        #expect(weight == nil)
                        continue
                    }
                    ties += 1
                    let expected: Double = switch projection {
                    case .count: Double(shared.count)
                    case .newman: shared.reduce(0) { $0 + 1 / Double(size[$1] - 1) }
                    case .jaccard: Double(shared.count) / Double(of[u].union(of[v]).count)
                    }
                    #expect(weight == expected, "\(projection) \(u)–\(v)")
                    #expect(p.cooperations(between: u, and: v) == shared)
                }
            }
            #expect(ties == p.graph.edgeCount)
        }
    }
}
