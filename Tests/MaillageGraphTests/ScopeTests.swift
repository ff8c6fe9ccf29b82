import MaillageModel
import Testing
@testable import MaillageGraph

@Suite struct ScopeTests {
    let dataset = TinyDatasets.territorial

    @Test func allKeepsEverything() {
        let scoped = Scope.all.apply(to: dataset)
        #expect(Scope.all.isAll)
        #expect(scoped.actors == dataset.actors)
        #expect(scoped.cooperations == dataset.cooperations)
        #expect(scoped.memberships == dataset.memberships)
        #expect(scoped.territories == dataset.territories)
    }

    @Test func territoryKeepsActorsLocatedInItOrBelow() {
        // d1 contains c1: s1 (c1), t1 (d1), m1 (c1 and e2). Not f1 (r is above d1), not x1.
        let d1 = Scope(territory: "d1").apply(to: dataset)
        #expect(d1.actors.map(\.id) == ["s1", "t1", "m1"])
        #expect(d1.memberships.map { "\($0.cooperation):\($0.actor)" } == ["p1:s1", "p1:t1", "p2:s1", "p2:m1"])
        #expect(d1.cooperations.map(\.id) == ["p1", "p2", "p3"])   // the table is not filtered
        #expect(d1.territories == dataset.territories)
        // The region holds every located actor.
        #expect(Scope(territory: "r").apply(to: dataset).actors.map(\.id) == ["s1", "s2", "t1", "f1", "m1"])
        // A leaf territory holds only what is located there.
        #expect(Scope(territory: "e2").apply(to: dataset).actors.map(\.id) == ["s2", "m1"])
        #expect(Scope(territory: "nowhere").apply(to: dataset).actors.isEmpty)
    }

    @Test func kindsKeepActorsOfThoseKinds() {
        let scoped = Scope(kinds: [.structure, .financeur]).apply(to: dataset)
        #expect(scoped.actors.map(\.id) == ["s1", "s2", "f1", "x1"])
        // t1 and m1 drop out, with their memberships p1:t1 and p2:m1.
        #expect(scoped.memberships.map { "\($0.cooperation):\($0.actor)" }
            == ["p1:s1", "p1:f1", "p2:s1", "p2:s2", "p3:s2", "p3:x1"])
    }

    @Test func formsKeepCooperationsOfThoseForms() throws {
        let scoped = Scope(forms: [.partenariat]).apply(to: dataset)
        #expect(scoped.cooperations.map(\.id) == ["p1", "p3"])
        #expect(scoped.actors.count == dataset.actors.count)
        #expect(scoped.memberships.map(\.cooperation) == ["p1", "p1", "p1", "p3", "p3"])
        // m1 was only in p2: isolated in the projection, still a node.
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: scoped), projection: .count)
        let m1 = try #require(scoped.actorIndex["m1"])
        #expect(projected.graph.nodeCount == 6)
        #expect(projected.graph.degree(m1) == 0)
    }

    @Test func filtersCombine() {
        let scope = Scope(territory: "d2", kinds: [.structure], forms: [.mutualisation])
        #expect(!scope.isAll)
        let scoped = scope.apply(to: dataset)
        #expect(scoped.actors.map(\.id) == ["s2"])
        #expect(scoped.cooperations.map(\.id) == ["p2"])
        #expect(scoped.memberships == [Membership(cooperation: "p2", actor: "s2")])
        #expect(scoped.actorIndex["s2"] == 0)
        #expect(scoped.name == dataset.name)
    }
}
