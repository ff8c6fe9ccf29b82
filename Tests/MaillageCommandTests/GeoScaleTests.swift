import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender
import MaillageSynthesis
import Testing

/// The geographic map of a synthetic network of 800 actors (issue 14; 2,000 and 20,000
/// were looked at as PNG): every actor
/// drawn as a small mark, the ties bundled between places, names for the main hubs and
/// the largest places only, and nothing for Graphviz to warn about.
@Suite struct GeoScaleTests {
    /// The synthetic dataset with a place for each territory: its EPCI spread on a
    /// 40 km grid around 50.5° N, 2.3° E (the synthetic dataset itself has no coordinates).
    static func placedSynthetic(actors: Int) -> Dataset {
        let generated = SyntheticDataset.generate(actors: actors, seed: 1)
        var territories = generated.territories
        var k = 0
        for i in territories.indices where territories[i].level == .epci {
            territories[i].coordinate = GeoCoordinate(latitude: 50.1 + Double(k / 5) * 0.18, longitude: 1.7 + Double(k % 5) * 0.28)
            k += 1
        }
        return Dataset(name: generated.name, actors: generated.actors, cooperations: generated.cooperations,
                       memberships: generated.memberships, territories: territories)
    }

    @Test func eightHundredActorsMakeAReadableMap() throws {
        let dataset = Self.placedSynthetic(actors: 800)
        let session = AnalysisSession(dataset: dataset)
        let map = MapBuilder(session: session, request: MapRequest(view: .actors, layout: .geo, interactive: false)).map()
        func count(_ cssClass: String, in attributes: [[DOTAttribute]]) -> Int {
            attributes.count { $0.contains { if case .cssClass(let c) = $0 { c == cssClass || c.hasPrefix(cssClass + " ") } else { false } } }
        }
        let nodes = map.document.nodes.map(\.attributes), edges = map.document.edges.map(\.attributes)
        let tied = (0..<session.graph.nodeCount).count { session.graph.degree($0) > 0 }
        #expect(count("actor", in: nodes) == tied, "every actor with a tie drawn")
        #expect(session.graph.edgeCount > MapBuilder.bundledTies)
        #expect(count("tie", in: edges) == 0, "ties drawn one by one")
        let links = count("place-link", in: edges)
        #expect(links > 0 && links <= MapBuilder.drawnBundles)
        #expect(count("mark-name", in: nodes) <= MapBuilder.namedHubs && count("mark-name", in: nodes) >= 10)
        #expect(count("place", in: nodes) <= 40)
        let dot = DOTEncoder.encode(map.document)
        #expect(!dot.contains("xlabel"))
        let rendering = try GraphvizRenderer.shared.rendering(dot: dot, layout: .geo, format: .svg)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        #expect(rendering.bytes.count < 3_000_000, "\(rendering.bytes.count) bytes of SVG")
    }
}
