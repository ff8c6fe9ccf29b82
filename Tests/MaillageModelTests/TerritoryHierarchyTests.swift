import Testing
import MaillageModel

/// Ancestry, containment and descendants in the territory hierarchy
/// (`Dataset+Territories`), on ``TinyDatasets/territorial``: region r ⊃ departements
/// d1, d2; d1 ⊃ commune c1; d2 ⊃ epci e2.
@Suite struct TerritoryHierarchyTests {
    let dataset = TinyDatasets.territorial

    @Test func ancestryGoesFromTheTerritoryUpToItsRoot() {
        #expect(dataset.ancestry(ofTerritory: "c1").map(\.id) == ["c1", "d1", "r"])
        #expect(dataset.ancestry(ofTerritory: "r").map(\.id) == ["r"])
        #expect(dataset.ancestry(ofTerritory: "unknown").isEmpty)
    }

    @Test func containmentIncludesTheTerritoryItself() {
        #expect(dataset.territory("c1", isWithin: "r"))
        #expect(dataset.territory("c1", isWithin: "c1"))
        #expect(!dataset.territory("c1", isWithin: "d2"))
        #expect(!dataset.territory("r", isWithin: "c1"))
    }

    @Test func enclosingTerritoryAtALevel() {
        #expect(dataset.enclosingTerritory(of: "e2", at: .departement)?.id == "d2")
        #expect(dataset.enclosingTerritory(of: "e2", at: .region)?.id == "r")
        #expect(dataset.enclosingTerritory(of: "e2", at: .epci)?.id == "e2")
        #expect(dataset.enclosingTerritory(of: "d1", at: .commune) == nil)
    }

    @Test func descendantsIncludeEveryLevelBelow() {
        #expect(dataset.territoryAndDescendants("r") == ["r", "d1", "d2", "c1", "e2"])
        #expect(dataset.territoryAndDescendants("d2") == ["d2", "e2"])
        #expect(dataset.territoryAndDescendants("c1") == ["c1"])
    }

    /// A parent cycle (refused by the loader) must not hang the walks.
    @Test func aParentCycleEndsTheWalks() {
        let cyclic = Dataset(
            name: "cycle", actors: [], cooperations: [], memberships: [],
            territories: [Territory(id: "a", parent: "b"), Territory(id: "b", parent: "a")])
        #expect(cyclic.ancestry(ofTerritory: "a").count <= 3)
        #expect(cyclic.territoryAndDescendants("a") == ["a", "b"])
    }
}
