import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The booklet's places (issue 17): every commune at a place inside the département's
/// outline, every outline matched to a territory.
@Suite struct BookletGeographyTests {
    static let folder = Repository.url("Datasets/pas-de-calais-2015")

    /// Whether `p` lies inside `ring` (even-odd rule).
    static func inside(_ p: GeoCoordinate, _ ring: [GeoCoordinate]) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude),
               p.longitude < (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    @Test func everyCommuneLiesInItsOutlineAndInTheDepartement() throws {
        let result = DatasetLoader.load(folder: Self.folder)
        let dataset = try #require(result.dataset, "\(result.printed)")
        let boundaries = try GeoJSONReader.read(fileAt: Self.folder.appendingPathComponent("geography/pas-de-calais.geojson"))
        let departement = try #require(boundaries.boundaries.first { $0.keys.contains("pas-de-calais") })
        let communes = dataset.territories.filter { $0.level == .commune }
        #expect(communes.count == 22)
        for commune in communes {
            let place = try #require(commune.coordinate, "\(commune.id) has no coordinates")
            let code = try #require(commune.insee, "\(commune.id) has no INSEE code")
            #expect(code.hasPrefix("62"), "\(commune.id): \(code)")
            #expect(departement.polygons.contains { Self.inside(place, $0[0]) }, "\(commune.id) lies outside the département")
            let outline = try #require(boundaries.boundaries.first { $0.keys.contains(code) }, "no outline for \(code)")
            #expect(outline.polygons.contains { Self.inside(place, $0[0]) }, "\(commune.id) lies outside its own outline")
        }
        #expect(boundaries.boundaries.count == communes.count + 1)
    }
}
