import MaillageAnalysis
import MaillageModel
import MaillageRender

extension Report {
    /// The geographic map (issue 17): actors at their places over the hulls of their
    /// territories (or the outlines of ``geoBoundaries``), in Lambert-93 with a scale
    /// bar and a north arrow, drawn by Graphviz with pinned positions; each actor's
    /// tooltip gives its details. Shown only when the dataset gives coordinates (or the
    /// boundaries outline a territory of it); otherwise an empty node.
    ///
    /// Its SVG ids start with `geo-` (`geo-actor-…`), so that they never meet the ids of
    /// the cooperation map above it.
    /// - Complexity: the placement O(T + A), then the Graphviz rendering of the map.
    /// The contents entry of the geographic section, when the page has one.
    var geographyNav: [(String, String)] {
        let placement = GeoPlacement(dataset: dataset, boundaries: geoBoundaries)
        let outlined = placement.territoryBoundaries.contains { $0 != nil }
        guard GeoPlacement.hasCoordinates(dataset) || outlined, placement.placesAnyActor else { return [] }
        return [("geographie", l.pick("Carte géographique", "Geographic map"))]
    }

    var geographySection: HTMLNode {
        let session = analysis.session
        let placement = GeoPlacement(dataset: dataset, boundaries: geoBoundaries)
        let outlined = placement.territoryBoundaries.contains { $0 != nil }
        guard (GeoPlacement.hasCoordinates(dataset) || outlined), placement.placesAnyActor else { return .text("") }
        var request = MapRequest(view: .actors, layout: .geo, sizeBy: sizeBy.key, language: language, interactive: true)
        request.boundaries = geoBoundaries
        let built = MapBuilder(session: session, request: request).map()
        var document = built.document
        document.attributes.removeAll { if case .htmlLabel = $0 { return true } else { return false } }
        document.attributes.append(.id("geo-graph"))  // not Graphviz's `graph0`, which the map above has
        let figure: HTMLNode
        do {
            let bytes = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(Self.prefixingIDs(document, with: "geo-")),
                                                           layout: .geo, format: .svg)
            let svg = try InlineSVG(graphvizSVG: String(decoding: bytes, as: UTF8.self))
            figure = .el("div", ["id": "geo-map", "class": "map geo-map", "role": "figure", "style": "max-height:none",
                                 "aria-label": l.pick("Carte géographique des coopérations", "Geographic map of cooperation")],
                         [.trusted(.svg(svg))])
        } catch {
            figure = .el("div", ["id": "geo-map", "class": "map missing"], [.el("p", text: l.pick(
                "La carte géographique n'a pas pu être dessinée (\(error)).", "The geographic map could not be drawn (\(error))."))])
        }
        let g = session.graph
        let unplaced = (0..<g.nodeCount).count { placement.actorPlaces[$0] == nil && g.degree($0) > 0 }
        let projection = GeoLayout(extent: placement.actorPlaces.compactMap { $0 }).projection.name(french: l == .fr)
        var notes = [
            l.pick("Chaque acteur est à sa commune (ou au centre de son territoire) ; les acteurs d'un même lieu sont répartis sur un petit anneau autour de lui. Survolez un acteur pour ses détails.",
                   "Each actor stands at its commune (or its territory's centre); actors of one place are spread on a small ring around it. Hover over an actor for its details."),
            outlined
                ? l.pick("Contours des territoires : fichier fourni ; autres territoires : enveloppe de leurs acteurs (pointillés).",
                         "Territory outlines: the file given; other territories: the hull of their actors (dashed).")
                : l.pick("Aires en pointillés : enveloppe des acteurs de chaque territoire.", "Dashed areas: the hull of each territory's actors."),
            l.pick("Carte en ", "Map in ") + projection + l.pick(", nord en haut ; l'échelle est en bas à gauche.", ", north up; the scale is at the bottom left."),
        ]
        if unplaced > 0 {
            notes.append(l.pick("\(l.count(unplaced, "acteur sans lieu connu n'est pas représenté", "acteurs sans lieu connu ne sont pas représentés")) (ni coordonnées ni territoire situé).",
                                "\(l.count(unplaced, "actor with no known place is", "actors with no known place are")) not drawn (no coordinates, no placed territory)."))
        }
        return section("geographie", l.pick("Carte géographique", "Geographic map"), [
            figure,
            .el("div", ["class": "legend"], [
                .el("h3", text: l.pick("Types d'acteurs", "Actor kinds")),
                .el("ul", ["class": "kinds"], analysis.summary.actorsByKind.map { entry in
                    .el("li", [:], [labelled(KindIcon.node(entry.kind), l.label(entry.kind))])
                }),
            ] + notes.map { .el("p", ["class": "note"], text: $0) }),
        ])
    }

    /// `document` with `prefix` before every SVG id.
    static func prefixingIDs(_ document: DOTGraph, with prefix: String) -> DOTGraph {
        func prefixed(_ attributes: [DOTAttribute]) -> [DOTAttribute] {
            attributes.map { if case .id(let id) = $0 { return .id(prefix + id) } else { return $0 } }
        }
        var out = document
        out.nodes = document.nodes.map { DOTNode(name: $0.name, attributes: prefixed($0.attributes)) }
        out.edges = document.edges.map { DOTEdge(from: $0.from, to: $0.to, attributes: prefixed($0.attributes)) }
        return out
    }
}
