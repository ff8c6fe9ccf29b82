import MaillageAnalysis
import MaillageGraph
import MaillageModel
import Testing
@testable import MaillageRender

/// The backbone view and the focus views (one cluster, one territory) of the actors map:
/// which actors and ties they draw, and which actors they name.
@Suite struct MapFocusTests {
    /// Two towns of one département. In each, every actor belongs to the town's
    /// federation (one large cooperation) and shares a small cooperation with the next
    /// actor (a chain); one cooperation joins the towns. On Newman's weights the chain's
    /// ties stand out and the federation's do not.
    static let dataset: Dataset = {
        let territories = [Territory(id: "d62", name: "Pas-de-Calais", level: .departement),
                           Territory(id: "arras", name: "Arras", level: .commune, parent: "d62"),
                           Territory(id: "lens", name: "Lens", level: .commune, parent: "d62")]
        var actors: [Actor] = []
        var cooperations: [Cooperation] = []
        var memberships: [Membership] = []
        for (town, size) in [("arras", 24), ("lens", 16)] {
            let ids = (0..<size).map { "\(town)-\($0)" }
            actors += ids.map { Actor(id: $0, name: "Acteur \($0)", kind: .structure, territories: [town]) }
            cooperations.append(Cooperation(id: "\(town)-federation"))
            memberships += ids.map { Membership(cooperation: "\(town)-federation", actor: $0) }
            for i in 0..<(size - 1) {
                let chain = "\(town)-chain-\(i)"
                cooperations.append(Cooperation(id: chain))
                memberships += [Membership(cooperation: chain, actor: ids[i]), Membership(cooperation: chain, actor: ids[i + 1])]
            }
        }
        cooperations.append(Cooperation(id: "bridge"))
        memberships += [Membership(cooperation: "bridge", actor: "arras-0"), Membership(cooperation: "bridge", actor: "lens-0")]
        return Dataset(name: "deux villes", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }()

    private func drawnIDs(_ map: MapBuilder.Map) -> Set<String> {
        Set(map.document.nodes.compactMap { node in
            node.attributes.lazy.compactMap { if case .id(let id) = $0 { id } else { nil } }.first
        }.map { String($0.dropFirst("actor-".count)) })
    }

    private func isNamed(_ node: DOTNode) -> Bool {
        node.attributes.contains { if case .label(let text) = $0 { !text.isEmpty } else { false } }
    }

    @Test func theBackboneKeepsTheChainsTiesOnNewmansWeightsAndNamesOnlyTheHubs() {
        // A session weighting ties by count: the backbone still reads Newman's weights.
        let session = AnalysisSession(dataset: Self.dataset)
        let alpha = 0.05
        let kept = MapBackbone.significant(in: session, alpha: alpha)
        let g = session.graph
        var expectedTies = Set<String>(), expectedActors = Set<String>()
        for (index, edge) in g.edges.enumerated() where kept[index] {
            let a = Self.dataset.actors[edge.u].id, b = Self.dataset.actors[edge.v].id
            expectedTies.insert(a + "--" + b)
            expectedActors.formUnion([a, b])
        }
        // Exactly the chains' ties (38) and the bridge: the federations' are noise.
        var chain = Set<String>()
        for (town, size) in [("arras", 24), ("lens", 16)] { for i in 0..<(size - 1) { chain.insert("\(town)-\(i)--\(town)-\(i + 1)") } }
        #expect(expectedTies.subtracting(["arras-0--lens-0"]) == chain)
        // On counted weights the filter would keep none of them.
        #expect(DisparityFilter.edgeSignificance(of: g).allSatisfy { $0.alpha >= alpha })

        let map = MapBuilder(session: session, request: MapRequest(backbone: alpha)).map()
        #expect(map.document.edges.count == expectedTies.count)
        #expect(drawnIDs(map) == expectedActors)
        #expect(map.document.nodes.count(where: isNamed) == MapBuilder.namedHubs)
        let dot = DOTEncoder.encode(map.document)
        #expect(dot.contains("Épine dorsale"))
        #expect(dot.contains("Noms : les 30 acteurs les plus grands"))
    }

    @Test func aClusterFocusDrawsExactlyThatClustersActorsWithTheWholeNetworksNumbers() throws {
        let session = AnalysisSession(dataset: Self.dataset)
        let clusters = session.clusters
        try #require(clusters.count >= 2)
        for number in 1...clusters.count {
            let map = MapBuilder(session: session, request: MapRequest(focus: .cluster(number))).map()
            #expect(drawnIDs(map) == Set(clusters[number - 1].members.map { Self.dataset.actors[$0].id }))
            let memberSet = Set(clusters[number - 1].members)
            let inside = session.graph.edges.count { memberSet.contains(Int($0.u)) && memberSet.contains(Int($0.v)) }
            #expect(map.document.edges.count == inside)
            #expect(DOTEncoder.encode(map.document).contains("Groupe \(number)"))
        }
        let none = MapBuilder(session: session, request: MapRequest(focus: .cluster(clusters.count + 1))).map()
        #expect(none.document.nodes.isEmpty)
    }

    @Test func aTerritoryFocusDrawsTheActorsLocatedThereOrBelow() {
        let session = AnalysisSession(dataset: Self.dataset)
        let lens = MapBuilder(session: session, request: MapRequest(focus: .territory("lens"))).map()
        #expect(drawnIDs(lens) == Set((0..<16).map { "lens-\($0)" }))
        #expect(DOTEncoder.encode(lens.document).contains("Territoire Lens"))
        let both = MapBuilder(session: session, request: MapRequest(focus: .territory("d62"))).map()
        #expect(drawnIDs(both).count == 40)
        #expect(both.document.edges.count == session.graph.edgeCount)
        // Small focus: every actor named.
        #expect(lens.document.nodes.allSatisfy(isNamed))
    }

    @Test func territoriesAreFoundByIdOrByNameIgnoringCaseAndAccents() {
        #expect(MapRequest.territoryID("lens", in: Self.dataset) == "lens")
        #expect(MapRequest.territoryID("ARRAS", in: Self.dataset) == "arras")
        #expect(MapRequest.territoryID("pas de calais", in: Self.dataset) == "d62")
        #expect(MapRequest.territoryID("Pas-dé-Calais", in: Self.dataset) == "d62")
        #expect(MapRequest.territoryID("Lille", in: Self.dataset) == nil)
        #expect(MapRequest.territorySuggestions("calais", in: Self.dataset).map(\.id) == ["d62"])
    }

    @Test func aLargeMapNamesOnlyTheMainHubs() {
        // 400 actors in a chain of small cooperations: more than the labelled size.
        let actors = (0..<400).map { Actor(id: "a\($0)", kind: .structure) }
        let cooperations = (0..<399).map { Cooperation(id: "k\($0)") }
        let memberships = (0..<399).flatMap { [Membership(cooperation: "k\($0)", actor: "a\($0)"), Membership(cooperation: "k\($0)", actor: "a\($0 + 1)")] }
        let session = AnalysisSession(dataset: Dataset(name: "chaîne", actors: actors, cooperations: cooperations, memberships: memberships, territories: []))
        let map = MapBuilder(session: session, request: MapRequest(view: .actors)).map()
        #expect(map.document.nodes.count == 400)
        #expect(map.document.nodes.count(where: isNamed) == MapBuilder.namedHubs)
        #expect(DOTEncoder.encode(map.document).contains("Noms : les 30 acteurs les plus grands"))
    }
}
