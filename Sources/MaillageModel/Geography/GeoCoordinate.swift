import Foundation

/// A place on the Earth in WGS 84 degrees (the `lat` and `lon` columns of a dataset,
/// the coordinates of a GeoJSON file).
public struct GeoCoordinate: Sendable, Hashable, Codable {
    /// Degrees north of the equator, −90…90.
    public var latitude: Double
    /// Degrees east of Greenwich, −180…180.
    public var longitude: Double

    /// A coordinate; use ``validated(latitude:longitude:)`` for values read from input.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// What is wrong with a pair of degrees read from input.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case latitudeOutOfRange(Double)
        case longitudeOutOfRange(Double)

        /// What is wrong, in French and in English.
        public var text: LocalizedText {
            switch self {
            case .latitudeOutOfRange(let v):
                LocalizedText(
                    fr: "latitude \(GeoCoordinate.format(v)) hors limites : une latitude WGS 84 est comprise entre -90 et 90 degrés",
                    en: description)
            case .longitudeOutOfRange(let v):
                LocalizedText(
                    fr: "longitude \(GeoCoordinate.format(v)) hors limites : une longitude WGS 84 est comprise entre -180 et 180 degrés",
                    en: description)
            }
        }

        public var description: String {
            switch self {
            case .latitudeOutOfRange(let v):
                "latitude \(GeoCoordinate.format(v)) is out of range: a WGS 84 latitude lies between -90 and 90 degrees"
            case .longitudeOutOfRange(let v):
                "longitude \(GeoCoordinate.format(v)) is out of range: a WGS 84 longitude lies between -180 and 180 degrees"
            }
        }
    }

    /// The coordinate, or the first problem: a value that is not finite or lies outside
    /// −90…90 (latitude) or −180…180 (longitude).
    public static func validated(latitude: Double, longitude: Double) -> Result<GeoCoordinate, Problem> {
        guard latitude.isFinite, (-90...90).contains(latitude) else { return .failure(.latitudeOutOfRange(latitude)) }
        guard longitude.isFinite, (-180...180).contains(longitude) else { return .failure(.longitudeOutOfRange(longitude)) }
        return .success(GeoCoordinate(latitude: latitude, longitude: longitude))
    }

    /// A number for messages: at most 6 decimals, huge values in exponent form.
    public static func format(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e7 else { return "\(v)" }
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// The mean of `coordinates` (their centre for places a few hundred kilometres
    /// apart at most, which is what datasets hold); nil when empty.
    /// - Complexity: O(n).
    public static func centre(of coordinates: [GeoCoordinate]) -> GeoCoordinate? {
        guard !coordinates.isEmpty else { return nil }
        let n = Double(coordinates.count)
        return GeoCoordinate(latitude: coordinates.map(\.latitude).reduce(0, +) / n,
                             longitude: coordinates.map(\.longitude).reduce(0, +) / n)
    }
}
