import MaillageDataset
import MaillageModel
import Foundation
import Testing
@testable import MaillageAnalysis

/// Hub lists that are true as worded: every listed actor has a facilitation fact, ties
/// share a rank, no filler, and each « seul lien » holds when the actor is removed.
@Suite struct HonestHubListTests {
    static let bundled: Dataset = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return DatasetLoader.load(folder: root.appendingPathComponent("Datasets/pas-de-calais-2015")).dataset!
    }()

    /// 14 actors: a star around an animator, a pair, and a clique of four that nobody animates.
    static let small: Dataset = {
        let actors = (1...14).map { Actor(id: "a\($0)", kind: .structure) }
        var memberships: [Membership] = []
        for i in 2...6 { memberships.append(Membership(cooperation: "star\(i)", actor: "a1", role: .animateur)); memberships.append(Membership(cooperation: "star\(i)", actor: "a\(i)")) }
        memberships += [Membership(cooperation: "pair", actor: "a7"), Membership(cooperation: "pair", actor: "a8")]
        for i in 9...12 { memberships.append(Membership(cooperation: "clique", actor: "a\(i)")) }
        let cooperations = ((2...6).map { "star\($0)" } + ["pair", "clique"]).map { Cooperation(id: $0) }
        return Dataset(name: "small", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
    }()

    private func hubs(_ dataset: Dataset, top: Int = 10) -> (AnalysisSession, FacilitatorHubs) {
        let session = AnalysisSession(dataset: dataset)
        return (session, session.hubs(top: top))
    }

    private func hasFacilitationFact(_ hub: FacilitatorHubs.Hub) -> Bool {
        hub.betweenness > 0 || hub.isArticulationPoint || hub.animates + hub.supports > 0
            || hub.brokerage.liaison + hub.brokerage.itinerant + hub.brokerage.gatekeeper > 0
    }

    @Test(arguments: ["bundled", "small"])
    func everyListedHubFacilitates(_ name: String) {
        let (_, result) = hubs(name == "bundled" ? Self.bundled : Self.small, top: 50)
        #expect(!result.hubs.isEmpty)
        for hub in result.hubs { #expect(hasFacilitationFact(hub), "\(hub.actor)") }
        #expect(result.hubs.allSatisfy { $0.score > 0 })
    }

    @Test func aSmallNetworkListsFewerHubsThanAskedRatherThanFiller() {
        let (_, result) = hubs(Self.small, top: 10)
        // Only a1 (animator, centre of the star) facilitates; the pair and the clique do not.
        #expect(result.eligibleCount == 1)
        #expect(result.hubs.map { Self.small.actors[$0.actor].id } == ["a1"])
    }

    @Test func equalScoresShareARank() {
        let (_, result) = hubs(Self.bundled, top: 30)
        for (i, hub) in result.hubs.enumerated() {
            let higher = result.hubs.prefix(i).filter { $0.score > hub.score + 1e-9 }.count
            #expect(hub.rank == higher + 1)
            #expect(hub.isTied == result.hubs.contains { $0.actor != hub.actor && abs($0.score - hub.score) <= 1e-9 })
        }
    }

    /// Territories that `removed` actors' absence leaves unable to reach each other, by an
    /// independent breadth-first search on the projected graph.
    private func reaches(_ session: AnalysisSession, from a: Int, to b: Int, without removed: Int) -> Bool {
        let g = session.graph, groups = session.assignment.groupOfActor
        var seen = [Bool](repeating: false, count: g.nodeCount)
        var queue = (0..<g.nodeCount).filter { groups[$0] == a && $0 != removed }
        for v in queue { seen[v] = true }
        while let v = queue.popLast() {
            if groups[v] == b { return true }
            for w in g.neighbors(of: v) where Int(w) != removed && !seen[Int(w)] { seen[Int(w)] = true; queue.append(Int(w)) }
        }
        return false
    }

    @Test func eachOnlyLinkSentenceIsTrue() throws {
        let (session, result) = hubs(Self.bundled, top: 85)
        var checked = 0
        for hub in result.hubs {
            for reason in hub.reasons {
                guard case .onlyLink(let pairs, let cutters) = reason else { continue }
                for (pair, count) in zip(pairs, cutters) {
                    // Connected before, cut by this actor's departure.
                    #expect(reaches(session, from: pair.first, to: pair.second, without: -1))
                    #expect(!reaches(session, from: pair.first, to: pair.second, without: hub.actor))
                    // Exactly `count` actors cut it alone.
                    let cutting = (0..<session.graph.nodeCount).filter { !reaches(session, from: pair.first, to: pair.second, without: $0) }
                    #expect(cutting.count == count, "pair \(pair) of \(hub.actor)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0)
    }
}
