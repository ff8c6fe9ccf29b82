import MaillageAnalysis
import MaillageModel
import Testing
@testable import MaillageRender

/// Maps built by the library explain themselves: what a view leaves out is said in the
/// title block with the option that includes it, every number the legend promises is
/// drawn, and static maps never mention hovering.
@Suite struct MapBuilderTests {
    /// Two EPCI under one département; two actors located only at the département level.
    static let dataset: Dataset = {
        let territories = [Territory(id: "d", name: "Dép", level: .departement), Territory(id: "e1", name: "Nord", level: .epci, parent: "d"),
                           Territory(id: "e2", name: "Sud", level: .epci, parent: "d")]
        let actors = [Actor(id: "a", kind: .structure, territories: ["e1"]), Actor(id: "b", kind: .structure, territories: ["e1"]),
                      Actor(id: "c", kind: .appui, territories: ["e2"]), Actor(id: "x", kind: .collectivite, territories: ["d"]),
                      Actor(id: "y", kind: .financeur, territories: ["d"])]
        let cooperations = [Cooperation(id: "k1"), Cooperation(id: "k2"), Cooperation(id: "k3")]
        let memberships = [Membership(cooperation: "k1", actor: "a"), Membership(cooperation: "k1", actor: "b"), Membership(cooperation: "k1", actor: "x"),
                           Membership(cooperation: "k2", actor: "b"), Membership(cooperation: "k2", actor: "c"),
                           Membership(cooperation: "k3", actor: "c"), Membership(cooperation: "k3", actor: "y")]
        return Dataset(name: "d", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }()

    @Test func theTerritoryMapSaysWhoIsLeftOutAndNumbersEveryTie() {
        let session = AnalysisSession(dataset: Self.dataset, settings: AnalysisSettings(level: .epci))
        let map = MapBuilder(session: session, request: MapRequest(view: .territories)).map()
        let dot = DOTEncoder.encode(map.document)
        #expect(dot.contains("forcelabels=\"true\""))
        #expect(dot.contains("2 acteurs sur 5 ne sont pas comptés"))
        #expect(dot.contains("--level departement en compte 2"))
        let ties = map.document.edges
        #expect(!ties.isEmpty)
        #expect(ties.allSatisfy { edge in edge.attributes.contains { if case .xlabel = $0 { true } else { false } } })
    }

    @Test func staticMapsDoNotMentionHovering() {
        let session = AnalysisSession(dataset: Self.dataset)
        let interactive = DOTEncoder.encode(MapBuilder(session: session, request: MapRequest(interactive: true)).map().document)
        let printed = DOTEncoder.encode(MapBuilder(session: session, request: MapRequest(interactive: false)).map().document)
        #expect(interactive.contains("survol"))
        #expect(!printed.contains("survol"))
        let english = DOTEncoder.encode(MapBuilder(session: session, request: MapRequest(language: .en, interactive: false)).map().document)
        #expect(!english.contains("hover"))
        #expect(english.contains("Cooperations — d"))
    }

    /// Many small separate groups (here 200 pairs, each its own cluster, and one group of
    /// four): the communities map draws the largest `clustersDrawn` and says how many
    /// clusters and actors it leaves out, and how to see one.
    @Test func theClustersMapDrawsTheLargestClustersAndSaysHowManyAreLeftOut() {
        var actors = (0..<4).map { Actor(id: "h\($0)", kind: .structure) }
        var cooperations = [Cooperation(id: "big")]
        var memberships = (0..<4).map { Membership(cooperation: "big", actor: "h\($0)") }
        for p in 0..<200 {
            actors += [Actor(id: "p\(p)a", kind: .structure), Actor(id: "p\(p)b", kind: .structure)]
            cooperations.append(Cooperation(id: "k\(p)"))
            memberships += [Membership(cooperation: "k\(p)", actor: "p\(p)a"), Membership(cooperation: "k\(p)", actor: "p\(p)b")]
        }
        let dataset = Dataset(name: "many", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
        let session = AnalysisSession(dataset: dataset)
        #expect(session.clusters.count == 201)
        let map = MapBuilder(session: session, request: MapRequest(view: .clusters)).map()
        let drawn = MapBuilder.clustersDrawn
        let discs = map.document.nodes.count { node in
            node.attributes.contains { if case .cssClass(let c) = $0 { c == "cluster" } else { false } }
        }
        #expect(discs == drawn)
        let dot = DOTEncoder.encode(map.document)
        #expect(dot.contains("les \(drawn) plus grands groupes ; les \(201 - drawn) autres (\(2 * (201 - drawn)) acteurs) ne sont pas dessinés ; --cluster N en montre un"))
        #expect(dot.contains("Groupe 1 · "))  // the largest, the group of four, is drawn
        #expect(map.summary.hasPrefix("\(drawn) groupes"))
        // Every actor is a structure: no disc repeats "structure ESS".
        #expect(!dot.contains("structure ESS"))
        // French numbers have a decimal comma: "modularité 0,xx", never "0.xx".
        #expect(dot.contains("modularité 0,") && !dot.contains("modularité 0."), "\(dot.prefix(600))")
    }

    /// A group's main kind is written on its disc when the dataset has several kinds,
    /// never when every actor is of one kind (a fact that tells nothing, and takes the
    /// room of the name).
    @Test func aClusterNamesItsMainKindOnlyWhenKindsDiffer() {
        let mixed = DOTEncoder.encode(MapBuilder(session: AnalysisSession(dataset: Self.dataset), request: MapRequest(view: .clusters)).map().document)
        #expect(mixed.contains("structure ESS"), "\(mixed)")
        var uniform = Self.dataset
        uniform.actors = uniform.actors.map { var a = $0; a.kind = .structure; return a }
        let plain = DOTEncoder.encode(MapBuilder(session: AnalysisSession(dataset: uniform), request: MapRequest(view: .clusters)).map().document)
        #expect(plain.contains("Groupe 1 · "))
        #expect(!plain.contains("structure ESS"), "\(plain)")
    }
}
