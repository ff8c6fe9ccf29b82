import MaillageModel
import Testing
@testable import MaillageAnalysis

@Suite struct TerritoryAssignmentTests {
    /// Région R ⊃ département D ⊃ EPCI e1, e2 (e1 ⊃ commune c1).
    static let territories = [
        Territory(id: "R", level: .region), Territory(id: "D", level: .departement, parent: "R"),
        Territory(id: "e1", name: "Est", level: .epci, parent: "D"), Territory(id: "e2", name: "Ouest", level: .epci, parent: "D"),
        Territory(id: "c1", level: .commune, parent: "e1"),
    ]

    static func dataset(actors: [Actor], cooperations: [Cooperation], memberships: [(String, String)]) -> Dataset {
        Dataset(name: "t", actors: actors, cooperations: cooperations,
                memberships: memberships.map { Membership(cooperation: $0.0, actor: $0.1) }, territories: territories)
    }

    @Test func raisesTerritoriesToTheLevelAndBreaksMultiplesByMemberships() {
        let d = Self.dataset(
            actors: [Actor(id: "a", territories: ["c1"]), Actor(id: "b", territories: ["e1", "e2"]),
                     Actor(id: "dep", territories: ["D"]), Actor(id: "nowhere")],
            cooperations: [Cooperation(id: "k1", territories: ["e2"]), Cooperation(id: "k2", territories: ["e2"]),
                           Cooperation(id: "k3", territories: ["c1"])],
            memberships: [("k1", "b"), ("k2", "b"), ("k3", "b"), ("k1", "nowhere"), ("k2", "nowhere"), ("k3", "a")])
        let epci = TerritoryAssignment(dataset: d, level: .epci)
        #expect(epci.territories.map(\.id) == ["e1", "e2"])  // sorted by name: Est, Ouest
        // a: commune c1 → e1. b: in e1 and e2, two of its three cooperations are in e2.
        // dep: located above the level → unassigned. nowhere: no territory, its cooperations are in e2.
        #expect(epci.groupOfActor == [0, 1, -1, 1])
        let departement = TerritoryAssignment(dataset: d, level: .departement)
        #expect(departement.groupOfActor == [0, 0, 0, 0])
    }

    @Test func tiesGoToTheSmallestID() {
        let d = Self.dataset(actors: [Actor(id: "b", territories: ["e2", "e1"])], cooperations: [], memberships: [])
        #expect(TerritoryAssignment(dataset: d, level: .epci).territories.map(\.id) == ["e1"])
    }

    @Test func automaticLevelSeparatesTheMostActors() {
        let d = Self.dataset(
            actors: [Actor(id: "a", territories: ["e1"]), Actor(id: "b", territories: ["e2"]), Actor(id: "c", territories: ["e2"])],
            cooperations: [], memberships: [])
        #expect(TerritoryAssignment.automaticLevel(for: d) == .epci)
    }
}
