import Foundation
import MaillageAnalysis
import MaillageModel
import Testing
@testable import MaillageRender

/// Legends that explain the map (issue 21, item 4): each kind's shape drawn in its
/// colour, no hovering on static maps, what a view leaves out said in the title block
/// with the option that includes it, every promised number drawn, words in the map's
/// language.
@Suite struct MapLegendTests {
    /// Seven kinds, three territories tied two by two; « z » takes part in no cooperation and « w » is alone
    /// in its cooperation (both share none).
    static let dataset: Dataset = {
        let territories = [Territory(id: "d", name: "Dép", level: .departement), Territory(id: "e1", name: "Nord", level: .epci, parent: "d"),
                           Territory(id: "e2", name: "Sud", level: .epci, parent: "d"), Territory(id: "e3", name: "Est", level: .epci, parent: "d")]
        let actors = [Actor(id: "a", kind: .structure, territories: ["e1"]), Actor(id: "b", kind: .teteDeReseau, territories: ["e1"]),
                      Actor(id: "c", kind: .appui, territories: ["e2"]), Actor(id: "x", kind: .collectivite, territories: ["e3"]),
                      Actor(id: "y", kind: .institution, territories: ["e2"]), Actor(id: "w", kind: .financeur, territories: ["e1"]),
                      Actor(id: "z", kind: .entreprise, territories: ["e1"])]
        let cooperations = [Cooperation(id: "k1"), Cooperation(id: "k2"), Cooperation(id: "k3"), Cooperation(id: "k4")]
        let memberships = [Membership(cooperation: "k1", actor: "a"), Membership(cooperation: "k1", actor: "b"), Membership(cooperation: "k1", actor: "x"),
                           Membership(cooperation: "k2", actor: "b"), Membership(cooperation: "k2", actor: "c"),
                           Membership(cooperation: "k3", actor: "c"), Membership(cooperation: "k3", actor: "y"), Membership(cooperation: "k3", actor: "a"),
                           Membership(cooperation: "k4", actor: "w")]
        return Dataset(name: "legend", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }()

    static func dot(_ view: MapRequest.View, _ language: Language = .fr, interactive: Bool = false, isolated: Bool = false) -> String {
        let session = AnalysisSession(dataset: dataset, settings: AnalysisSettings(level: .epci))
        let request = MapRequest(view: view, includeIsolated: isolated, language: language, interactive: interactive)
        return DOTEncoder.encode(MapBuilder(session: session, request: request).map().document)
    }

    /// The legend's HTML-like label (the graph's `label=<…>`).
    static func legend(_ dot: String) -> String {
        guard let start = dot.range(of: "label=<"), let end = dot.range(of: "</TABLE>>", range: start.upperBound..<dot.endIndex) else { return "" }
        return String(dot[start.upperBound..<end.lowerBound])
    }

    @Test func theLegendDrawsEachKindsShapeInItsColour() {
        let legend = Self.legend(Self.dot(.actors))
        for kind in [ActorKind.structure, .teteDeReseau, .appui, .collectivite, .institution] {
            let glyph = MapLegend.glyph(of: MapPalette.shape(of: kind))
            #expect(legend.contains("COLOR=\"\(MapPalette.color(of: kind))\">\(glyph)</FONT>"), "\(kind)")
            #expect(legend.contains(HTMLLabel.escape(Language.fr.label(kind))))
        }
        // The shapes are told apart: one glyph per shape used by a kind.
        let shapes = Set(ActorKind.allCases.map { MapPalette.shape(of: $0) })
        #expect(Set(shapes.map(MapLegend.glyph(of:))).count == shapes.count)
        // Cooperations of the two-mode map: their rounded box in the form's colour.
        let bipartite = Self.legend(Self.dot(.bipartite))
        #expect(bipartite.contains("\(MapLegend.glyph(of: .box))</FONT>"))
        #expect(bipartite.contains("coopération : "))
    }

    @Test func staticMapsNeverMentionHovering() {
        for view in MapRequest.View.allCases {
            for language in Language.allCases {
                let text = Self.dot(view, language).lowercased()
                #expect(!text.contains("survol") && !text.contains("hover"), "\(view) \(language)")
            }
        }
        #expect(Self.dot(.actors, interactive: true).contains("survol"))
    }

    @Test func whatAViewLeavesOutIsSaidInTheTitleBlock() {
        // Actors view: « w » and « z » share no cooperation.
        let actors = Self.legend(Self.dot(.actors))
        #expect(actors.contains("2 acteurs sur 7 ne sont pas dessinés : ils ne partagent aucune coopération avec un autre ; --include-isolated les montre"))
        #expect(!Self.legend(Self.dot(.actors, isolated: true)).contains("ne sont pas dessinés"))
        // Said in the subtitle's type (13 points, dark), not in the notes' small print.
        #expect(actors.contains("<FONT POINT-SIZE=\"13\" COLOR=\"#222222\">2 acteurs sur 7"))
        // Two-mode view: « z » takes part in no cooperation.
        #expect(Self.legend(Self.dot(.bipartite)).contains(HTMLLabel.escape("1 acteur sur 7 n'est pas dessiné : il ne participe à aucune coopération ; --include-isolated le montre")))
        // Clusters view, in English.
        #expect(Self.legend(Self.dot(.clusters, .en)).contains("2 of 7 actors are in no cluster: they share no cooperation; --view actors --include-isolated shows them"))
    }

    @Test func theLegendSpeaksTheMapsLanguage() {
        let english = Self.dot(.actors, .en)
        #expect(english.contains("ESS organisation") && english.contains("network head"))
        #expect(!english.contains("structure ESS") && !english.contains("tête de réseau"))
        let territories = Self.dot(.territories, .en)
        #expect(territories.contains("actors") && !territories.contains(" acteur"))
        #expect(!territories.contains(" lien"))
        #expect(Self.dot(.bipartite, .en).contains("cooperation: "))
        #expect(Self.dot(.territories, .fr).contains("acteurs"))
    }

    /// WCAG 2.1 contrast ratio of two `#RRGGBB` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.03928 ? s / 12.92 : Foundation.pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func labelsContrastWithTheirFillAtLeastFourAndAHalfToOne() {
        for kind in ActorKind.allCases {
            let ratio = Self.contrast(MapPalette.color(of: kind), MapPalette.fontColor(onKind: kind))
            #expect(ratio >= 4.5, "\(kind): \(ratio)")
        }
        for index in -1..<MapPalette.groups.count {
            let ratio = Self.contrast(MapPalette.groupColor(index), MapPalette.fontColor(onGroup: index))
            #expect(ratio >= 4.5, "group \(index): \(ratio)")
        }
    }

    @Test func everyTieBetweenTerritoriesCarriesItsNumberOnThePicture() throws {
        let session = AnalysisSession(dataset: Self.dataset, settings: AnalysisSettings(level: .epci))
        let map = MapBuilder(session: session, request: MapRequest(view: .territories, interactive: false)).map()
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(map.document), layout: map.layout, format: .svg), as: UTF8.self)
        // One <g class="edge territory-link"> per tie between territories, each with its number as text.
        let edges = svg.components(separatedBy: "<g id=\"edge").dropFirst().filter { $0.contains("territory&#45;link") }
        #expect(edges.count == map.document.edges.count && edges.count >= 2)
        for (edge, link) in zip(edges, map.document.edges) {
            let number = link.attributes.compactMap { if case .xlabel(let text) = $0 { text } else { nil } }.first
            #expect(number != nil && edge.contains(">\(number ?? "?")</text>"), "\(link.from)–\(link.to)")
        }
    }
}
