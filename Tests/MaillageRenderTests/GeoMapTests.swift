import Foundation
import MaillageAnalysis
import MaillageModel
import Testing
@testable import MaillageRender

/// The geographic map (issue 17): the placement rule, rings, pinned positions, and
/// hostile names drawn inert.
@Suite struct GeoMapTests {
    /// A département with two communes (one without coordinates, placed by its actor's
    /// own), an EPCI placed at the centre of its children, and a hostile actor name.
    static let dataset: Dataset = {
        let territories = [
            Territory(id: "d", name: "Dép", level: .departement),
            Territory(id: "e", name: "CA <b>Test</b>", level: .epci, parent: "d"),
            Territory(id: "arras", name: "Arras", level: .commune, parent: "e", coordinate: GeoCoordinate(latitude: 50.29, longitude: 2.78), insee: "62041"),
            Territory(id: "lens", name: "Lens", level: .commune, parent: "e", coordinate: GeoCoordinate(latitude: 50.43, longitude: 2.83)),
            Territory(id: "x", name: "Nulle part", level: .commune, parent: "d"),
        ]
        let actors = [
            Actor(id: "a", name: "<script>alert(1)</script> & \"co\"", kind: .structure, territories: ["arras"]),
            Actor(id: "b", kind: .structure, territories: ["arras"]),
            Actor(id: "c", kind: .appui, territories: ["e"]),
            Actor(id: "d1", kind: .collectivite, territories: ["d"]),
            Actor(id: "own", kind: .financeur, territories: ["x"], coordinate: GeoCoordinate(latitude: 50.5, longitude: 2.3)),
            Actor(id: "byinsee", kind: .structure, insee: "62041"),
            Actor(id: "nowhere", kind: .structure),
        ]
        let cooperations = [Cooperation(id: "k1"), Cooperation(id: "k2")]
        let memberships = ["a", "b", "c", "d1"].map { Membership(cooperation: "k1", actor: $0) }
            + ["own", "byinsee", "nowhere", "a"].map { Membership(cooperation: "k2", actor: $0) }
        return Dataset(name: "geo", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }()

    @Test func thePlacementRuleHolds() {
        let placement = GeoPlacement(dataset: Self.dataset)
        let arras = GeoCoordinate(latitude: 50.29, longitude: 2.78), lens = GeoCoordinate(latitude: 50.43, longitude: 2.83)
        let centre = GeoCoordinate.centre(of: [arras, lens])
        #expect(placement.territoryPlaces[1] == centre, "an EPCI at the centre of its communes")
        #expect(placement.territoryPlaces[0] == GeoCoordinate.centre(of: [centre!]), "the département at the centre of its placed children")
        #expect(placement.territoryPlaces[4] == nil, "no coordinates, no children: no place")
        #expect(placement.actorPlaces[0] == arras && placement.actorPlaces[1] == arras)
        #expect(placement.actorPlaces[2] == centre)
        #expect(placement.actorPlaces[4] == GeoCoordinate(latitude: 50.5, longitude: 2.3), "its own coordinates first")
        #expect(placement.actorPlaces[5] == arras, "by its INSEE code")
        #expect(placement.actorPlaces[6] == nil)
    }

    /// A commune with no place stands in its nearest enclosing territory that has one:
    /// an actor of « Nulle part » is drawn at its département's place.
    @Test func aCommuneWithoutPlaceStandsInItsDepartement() {
        var data = Self.dataset
        data = Dataset(name: data.name, actors: data.actors + [Actor(id: "inx", kind: .structure, territories: ["x"])],
                       cooperations: data.cooperations, memberships: data.memberships + [Membership(cooperation: "k2", actor: "inx")],
                       territories: data.territories)
        let placement = GeoPlacement(dataset: data)
        #expect(placement.territoryPlaces[4] == nil)
        #expect(placement.actorPlaces[7] == placement.territoryPlaces[0])
        #expect(placement.actorOrigins[7] == .territory(0))
        #expect(placement.actorPlaces[4] == GeoCoordinate(latitude: 50.5, longitude: 2.3), "its own coordinates still first")
    }

    @Test func aRingSpreadsActorsOfOnePlaceDeterministically() {
        #expect(GeoLayout.ring(count: 1, spacing: 10).count == 1)
        for n in [2, 7, 10, 11, 40] {
            let ring = GeoLayout.ring(count: n, spacing: 10)
            #expect(ring.count == n)
            var closest = Double.infinity
            for i in 0..<n { for j in 0..<i {
                closest = min(closest, ((ring[i].dx - ring[j].dx) * (ring[i].dx - ring[j].dx) + (ring[i].dy - ring[j].dy) * (ring[i].dy - ring[j].dy)).squareRoot())
            } }
            #expect(closest >= 7, "\(n) actors: two only \(closest) apart")
            #expect(ring.map(\.dx) == GeoLayout.ring(count: n, spacing: 10).map(\.dx))
        }
    }

    @Test func crowdedPointsArePushedApartNearTheirPlaces() {
        let crowded: [(x: Double, y: Double)] = [(0, 0), (0, 0), (3, 0), (100, 100), (101, 100)]
        let spread = GeoLayout.separated(crowded, minimum: 15)
        for i in spread.indices {
            for j in 0..<i {
                let d = ((spread[i].x - spread[j].x) * (spread[i].x - spread[j].x) + (spread[i].y - spread[j].y) * (spread[i].y - spread[j].y)).squareRoot()
                #expect(d >= 14.9, "\(i), \(j) only \(d) apart")
            }
            let moved = ((spread[i].x - crowded[i].x) * (spread[i].x - crowded[i].x) + (spread[i].y - crowded[i].y) * (spread[i].y - crowded[i].y)).squareRoot()
            #expect(moved < 30, "point \(i) moved \(moved) from its place")
        }
    }

    @Test func pointsSpreadIntoTheSeaComeBackOnLand() {
        let land: [(x: Double, y: Double)] = [(0, 0), (100, 0), (100, 100), (0, 100)]
        let kept = GeoLayout.keptInside([(110, 50), (50, 50), (150, 150)], places: [(95, 50), (50, 50), (140, 140)], rings: [land])
        #expect(GeoLayout.contains(land, kept[0]) && kept[0].x > 95, "pulled back towards its place, on land: \(kept[0])")
        #expect(kept[1].x == 50 && kept[1].y == 50, "a point on land stays")
        #expect(kept[2].x == 150, "a place off the land keeps its point")
    }

    @Test func theGeoMapPinsEveryActorAndDrawsHostileNamesInert() throws {
        let session = AnalysisSession(dataset: Self.dataset, settings: AnalysisSettings(level: .epci))
        let map = MapBuilder(session: session, request: MapRequest(view: .actors, layout: .geo)).map()
        #expect(map.layout == .geo)
        let dot = DOTEncoder.encode(map.document)
        #expect(dot.contains("_background="))
        #expect(dot.contains("Lambert-93"))
        #expect(map.summary.contains("1 sans lieu"))
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .geo, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"), "markup from a name reached the SVG")
        #expect(svg.contains("&lt;script&gt;"))
        for id in ["a", "b", "c", "d1", "own", "byinsee"] { #expect(svg.contains("id=\"actor&#45;\(id)\""), "\(id) not drawn") }
        #expect(!svg.contains("actor-nowhere"))
        // Two actors at Arras (and the one placed by its INSEE code) stand on a ring, not on one point.
        let points = try #require(positions(in: dot))
        #expect(Set(points.map { "\($0.x),\($0.y)" }).count == points.count, "two actors drawn on one point")
    }

    @Test func theTerritoriesViewPlacesTerritoriesWithTheirLinks() throws {
        let session = AnalysisSession(dataset: Self.dataset, settings: AnalysisSettings(level: .commune))
        let map = MapBuilder(session: session, request: MapRequest(view: .territories, layout: .geo)).map()
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(map.document), layout: .geo, format: .svg), as: UTF8.self)
        #expect(svg.contains("id=\"territory&#45;arras\""))
        let width = svg.range(of: "<svg width=\"").flatMap { Double(svg[$0.upperBound...].prefix { $0 != "p" }) }
        #expect((width ?? .infinity) < 1_000, "the drawing spans more than its 900-point frame: \(width ?? -1)")
        #expect(svg.contains("class=\"node territory\""))
    }

    @Test func hostileBoundariesAreDrawnAsShapesOnly() throws {
        let ring = [GeoCoordinate(latitude: 50.2, longitude: 2.7), GeoCoordinate(latitude: 50.2, longitude: 2.9),
                    GeoCoordinate(latitude: 50.5, longitude: 2.9), GeoCoordinate(latitude: 50.2, longitude: 2.7)]
        let boundaries = GeoBoundaries(boundaries: [GeoBoundary(keys: ["62041", "<svg onload=alert(1)>"], polygons: [[ring]])],
                                       source: "<img src=x>.geojson")
        let session = AnalysisSession(dataset: Self.dataset, settings: AnalysisSettings(level: .epci))
        var request = MapRequest(view: .actors, layout: .geo)
        request.boundaries = boundaries
        let dot = DOTEncoder.encode(MapBuilder(session: session, request: request).map().document)
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot, layout: .geo, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<svg onload"))
        #expect(!svg.contains("<img"))
        #expect(svg.contains("(1 territoire reconnu"))
    }

    /// The pinned positions of the actor nodes of a DOT text.
    private func positions(in dot: String) -> [(x: Double, y: Double)]? {
        var out: [(x: Double, y: Double)] = []
        for line in dot.split(separator: "\n") where line.contains("class=\"actor") {
            guard let range = line.range(of: "pos=\"") else { return nil }
            let rest = line[range.upperBound...].prefix { $0 != "!" }
            let parts = rest.split(separator: ",").compactMap { Double($0) }
            guard parts.count == 2 else { return nil }
            out.append((parts[0], parts[1]))
        }
        return out
    }
}
