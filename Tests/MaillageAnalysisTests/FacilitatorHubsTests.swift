import MaillageModel
import Testing
@testable import MaillageAnalysis

@Suite struct FacilitatorHubsTests {
    /// Two territories, each a triangle of local structures, joined only through a
    /// support structure that animates both collectives.
    static func bridgedTerritories() -> Dataset {
        let territories = [Territory(id: "D", level: .departement), Territory(id: "n", name: "Nord", level: .epci, parent: "D"),
                           Territory(id: "s", name: "Sud", level: .epci, parent: "D")]
        var actors = ["n1", "n2", "n3"].map { Actor(id: $0, kind: .structure, territories: ["n"]) }
        actors += ["s1", "s2", "s3"].map { Actor(id: $0, kind: .structure, territories: ["s"]) }
        actors.append(Actor(id: "dla", kind: .appui, territories: ["n"]))
        let cooperations = [Cooperation(id: "north", form: .collectif, territories: ["n"]), Cooperation(id: "south", form: .collectif, territories: ["s"])]
        var memberships = ["n1", "n2", "n3"].map { Membership(cooperation: "north", actor: $0) }
        memberships += ["s1", "s2", "s3"].map { Membership(cooperation: "south", actor: $0) }
        memberships += [Membership(cooperation: "north", actor: "dla", role: .animateur), Membership(cooperation: "south", actor: "dla", role: .animateur)]
        return Dataset(name: "bridge", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }

    @Test func theBridgeRanksFirstWithItsReasons() throws {
        let d = Self.bridgedTerritories()
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: d), projection: .count)
        let assignment = TerritoryAssignment(dataset: d, level: .epci)
        let hubs = FacilitatorHubs(dataset: d, projected: projected, assignment: assignment, top: 3)
        let first = try #require(hubs.hubs.first)
        #expect(d.actors[first.actor].id == "dla")
        #expect(first.rank == 1)
        #expect(first.isArticulationPoint)
        // Removing dla separates 3 + 3 actors: 9 pairs lose every path.
        #expect(first.departure.disconnectedPairs == 9)
        #expect(first.departure.pieces.count == 2)
        #expect(first.animates == 2)
        // dla (Nord) brokers 9 open pairs {north, south}: gatekeeper each time (it shares Nord with one end).
        #expect(first.brokerage.gatekeeper == 9)
        #expect(first.reasons.contains(.animates(2)))
        #expect(first.reasons.contains(.onlyLink([DepartureImpact.GroupPair(0, 1)], cutters: [1])))
        #expect(first.reasons.contains(.articulation(disconnectedPairs: 9, componentsCreated: 1)))
        #expect(first.territoriesLinked == 2)
        // Score: top betweenness, brokerage, roles, departure, territories → all but the kinds component (0.10 × 1/1 too: 2 kinds).
        #expect(abs(first.score - 100) < 1e-9)
        #expect(hubs.hubs.dropFirst().allSatisfy { $0.score < first.score && !$0.isArticulationPoint })
    }
}
