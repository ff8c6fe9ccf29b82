import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import Testing
@testable import MaillageRender

/// The geographic map of the bundled booklet: the focus views (`--cluster`,
/// `--territory`, `--ego`) and the backbone keep the actors and ties the network map
/// keeps (less the actors with no place), and Graphviz has nothing to warn about.
@Suite struct GeoFocusTests {
    static let source: (dataset: Dataset, boundaries: GeoBoundaries)? = {
        guard let dataset = DatasetLoader.load(folder: Repository.bundledDataset).dataset,
              let boundaries = try? GeoJSONReader.read(fileAt: Repository.bundledDataset.appendingPathComponent("geography/pas-de-calais.geojson"))
        else { return nil }
        return (dataset, boundaries)
    }()

    /// The booklet's session (one per test: a session computes lazily) and outlines.
    let booklet: (session: AnalysisSession, boundaries: GeoBoundaries)? = Self.source.map { (AnalysisSession(dataset: $0.dataset), $0.boundaries) }

    /// The SVG ids a map's DOT gives its nodes and edges of class `cssClass`.
    private func ids(_ map: MapBuilder.Map, class cssClass: String) -> Set<String> {
        func id(_ attributes: [DOTAttribute]) -> String? {
            guard attributes.contains(where: { if case .cssClass(let c) = $0 { c.split(separator: " ").first.map(String.init) == cssClass } else { false } })
            else { return nil }
            return attributes.lazy.compactMap { if case .id(let id) = $0 { id } else { nil } }.first
        }
        return Set(map.document.nodes.compactMap { id($0.attributes) } + map.document.edges.compactMap { id($0.attributes) })
    }

    private func maps(_ request: MapRequest) throws -> (network: MapBuilder.Map, geo: MapBuilder.Map, placed: Set<String>) {
        let (session, boundaries) = try #require(booklet)
        var geo = request
        geo.layout = .geo
        geo.boundaries = boundaries
        let placement = GeoPlacement(dataset: session.dataset, boundaries: boundaries)
        let placed = Set(session.dataset.actors.indices.filter { placement.actorPlaces[$0] != nil }.map { session.dataset.actors[$0].id })
        return (MapBuilder(session: session, request: request).map(), MapBuilder(session: session, request: geo).map(), placed)
    }

    /// The network map's actor ids (and tie ids) whose actors all have a place.
    private func expected(_ network: MapBuilder.Map, placed: Set<String>) -> (actors: Set<String>, ties: Set<String>) {
        let placedIDs = Set(placed.map { DOTEncoder.svgID($0, prefix: "actor-") })
        let actors = ids(network, class: "actor").filter(placedIDs.contains)
        var ties: Set<String> = []
        for edge in network.document.edges {
            let attributes = edge.attributes
            guard let id = attributes.lazy.compactMap({ if case .id(let id) = $0 { id } else { nil } }).first else { continue }
            let ends = network.document.nodes.filter { $0.name == edge.from || $0.name == edge.to }
                .compactMap { $0.attributes.lazy.compactMap { if case .id(let id) = $0 { id } else { nil } }.first }
            if ends.count == 2 && ends.allSatisfy(placedIDs.contains) { ties.insert(id) }
        }
        return (actors, ties)
    }

    @Test(arguments: ["cluster", "territory", "ego", "backbone"])
    func theGeographicMapKeepsTheNetworkMapsSelection(_ kind: String) throws {
        let (session, _) = try #require(booklet)
        var request = MapRequest(view: .actors)
        switch kind {
        case "cluster": request.focus = .cluster(1)
        case "territory":
            let lens = try #require(MapRequest.territoryID("Communauté d'agglomération de Lens-Liévin", in: session.dataset))
            request.focus = .territory(lens)
        case "ego": request.ego = "cd2e"
        default: request.backbone = 0.3
        }
        let (network, geo, placed) = try maps(request)
        let wanted = expected(network, placed: placed)
        let drawnActors = ids(geo, class: "actor"), drawnTies = ids(geo, class: "tie")
        #expect(!wanted.actors.isEmpty)
        #expect(drawnActors == wanted.actors, "\(kind): \(drawnActors.symmetricDifference(wanted.actors).sorted())")
        #expect(drawnTies == wanted.ties, "\(kind): \(drawnTies.symmetricDifference(wanted.ties).sorted())")
        let whole = try maps(MapRequest(view: .actors)).geo
        #expect(ids(whole, class: "actor").count > drawnActors.count, "\(kind): the whole map is drawn, not the selection")
        // A focus or an ego is framed on its actors: its map is no wider than the whole one's and its outlines are cut at the frame.
        if kind != "backbone" {
            // The scale bar says how many metres it spans: fewer on a map framed closer.
            let metres = { (map: MapBuilder.Map) -> Double? in
                map.document.nodes.first { $0.name == "scale-label" }.flatMap { node in
                    node.attributes.lazy.compactMap { if case .label(let text) = $0 { text } else { nil } }.first }
                    .flatMap { text in Double(text.split(separator: " ")[0]).map { $0 * (text.hasSuffix(" km") ? 1000 : 1) } }
            }
            let focused = try #require(metres(geo)), all = try #require(metres(whole))
            #expect(focused < all, "\(kind): not framed on its actors (scale bar \(focused) m, whole map \(all) m)")
        }
    }

    @Test func theSubtitleSaysWhatIsDrawn() throws {
        var request = MapRequest(view: .actors)
        request.backbone = 0.3
        let geo = try maps(request).geo
        #expect(DOTEncoder.encode(geo.document).contains("Épine dorsale"))
        request = MapRequest(view: .actors, focus: .cluster(1))
        #expect(DOTEncoder.encode(try maps(request).geo.document).contains("Groupe 1"))
        // CD2E has no place: the map says so rather than leaving the reader to look for it.
        request = MapRequest(view: .actors, ego: "cd2e")
        #expect(DOTEncoder.encode(try maps(request).geo.document).contains("pas de lieu connu : ses partenaires"))
    }

    @Test(arguments: [MapRequest.View.actors, .territories])
    func graphvizHasNothingToWarnAboutOnTheBooklet(_ view: MapRequest.View) throws {
        let (session, boundaries) = try #require(booklet)
        var request = MapRequest(view: view, layout: .geo)
        request.boundaries = boundaries
        let map = MapBuilder(session: session, request: request).map()
        let rendering = try GraphvizRenderer.shared.rendering(dot: DOTEncoder.encode(map.document), layout: .geo, format: .svg)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let dot = DOTEncoder.encode(map.document)
        #expect(!dot.contains("xlabel"), "an exterior label left for Graphviz to place")
        #expect(dot.contains("class=\"mark-name\"") || dot.contains("class=mark-name"), "no name drawn")
    }
}
