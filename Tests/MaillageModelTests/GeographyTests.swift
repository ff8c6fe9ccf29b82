import MaillageModel
import Testing

/// Lambert-93 against reference values and the rules of coordinates (issue 17).
@Suite struct GeographyTests {
    /// Reference points projected by PROJ 9.5.1 (pyproj 3.7.2, EPSG:4326 → EPSG:2154),
    /// to the millimetre; the projection's origin is (700 000, 6 600 000) by definition.
    static let references: [(name: String, lat: Double, lon: Double, x: Double, y: Double)] = [
        ("Notre-Dame de Paris", 48.8530, 2.3499, 652_296.973, 6_861_636.359),
        ("Arras", 50.2910, 2.7775, 684_124.136, 7_021_481.368),
        ("Brest", 48.3904, -4.4861, 146_632.979, 6_836_262.327),
        ("Nice", 43.7102, 7.2620, 1_043_410.160, 6_299_400.043),
        ("origin", 46.5, 3.0, 700_000, 6_600_000),
    ]

    @Test(arguments: references.indices)
    func lambert93MatchesPROJToTheCentimetre(_ i: Int) {
        let r = Self.references[i]
        let p = Lambert93.project(GeoCoordinate(latitude: r.lat, longitude: r.lon))
        #expect(abs(p.x - r.x) < 0.01, "\(r.name): x \(p.x) ≠ \(r.x)")
        #expect(abs(p.y - r.y) < 0.01, "\(r.name): y \(p.y) ≠ \(r.y)")
    }

    @Test(arguments: references.indices)
    func theInverseGivesThePlaceBack(_ i: Int) {
        let r = Self.references[i]
        let back = Lambert93.unproject(PlanePoint(x: r.x, y: r.y))
        #expect(abs(back.latitude - r.lat) < 1e-7 && abs(back.longitude - r.lon) < 1e-7, "\(r.name): \(back)")
    }

    @Test func lambert93IsChosenInFranceOnly() {
        let pasDeCalais = [GeoCoordinate(latitude: 50.29, longitude: 2.78), GeoCoordinate(latitude: 50.72, longitude: 1.61)]
        #expect(MapProjection.suited(to: pasDeCalais) == .lambert93)
        let quebec = [GeoCoordinate(latitude: 46.81, longitude: -71.21)]
        #expect(MapProjection.suited(to: quebec) == .equirectangular(centreLatitude: 46.81))
    }

    @Test func coordinatesAreValidatedInDegrees() {
        #expect((try? GeoCoordinate.validated(latitude: 50.29, longitude: 2.78).get()) == GeoCoordinate(latitude: 50.29, longitude: 2.78))
        #expect(throws: GeoCoordinate.Problem.latitudeOutOfRange(91)) { try GeoCoordinate.validated(latitude: 91, longitude: 0).get() }
        #expect(throws: GeoCoordinate.Problem.longitudeOutOfRange(-180.5)) { try GeoCoordinate.validated(latitude: 0, longitude: -180.5).get() }
        if case .success = GeoCoordinate.validated(latitude: .nan, longitude: 0) { Issue.record("NaN accepted") }
        if case .success = GeoCoordinate.validated(latitude: 0, longitude: .infinity) { Issue.record("infinity accepted") }
    }

    @Test func inseeCommuneCodes() {
        for good in ["62041", "01001", "2A004", "2b033"] { #expect(INSEECode.isCommuneCode(good), "\(good)") }
        for bad in ["6204", "620410", "62O41", "2C004", "", "62 41"] { #expect(!INSEECode.isCommuneCode(bad), "\(bad)") }
    }
}
