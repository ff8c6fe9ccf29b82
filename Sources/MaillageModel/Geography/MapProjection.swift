import Foundation

/// How places are drawn flat: Lambert-93 for metropolitan France, else an
/// equirectangular projection centred on the area (distances true along its middle
/// parallel), named on the map either way.
public enum MapProjection: Sendable, Hashable {
    case lambert93
    /// x = R·λ·cos φ₀, y = R·φ, on a sphere of 6 371 km.
    case equirectangular(centreLatitude: Double)

    /// The projection suited to `places`: Lambert-93 when every place lies in its area
    /// of use, otherwise equirectangular on the places' middle latitude.
    public static func suited(to places: [GeoCoordinate]) -> MapProjection {
        if !places.isEmpty && places.allSatisfy(Lambert93.covers) { return .lambert93 }
        let lats = places.map(\.latitude)
        let middle = ((lats.min() ?? 0) + (lats.max() ?? 0)) / 2
        return .equirectangular(centreLatitude: middle)
    }

    /// The point of `c` in metres.
    public func project(_ c: GeoCoordinate) -> PlanePoint {
        switch self {
        case .lambert93: return Lambert93.project(c)
        case .equirectangular(let phi0):
            let r = 6_371_000.0
            return PlanePoint(x: r * c.longitude * .pi / 180 * cos(phi0 * .pi / 180), y: r * c.latitude * .pi / 180)
        }
    }

    /// The projection's name as a map states it.
    public func name(french: Bool) -> String {
        switch self {
        case .lambert93: return french ? "projection Lambert-93 (EPSG:2154)" : "Lambert-93 projection (EPSG:2154)"
        case .equirectangular: return french ? "projection équirectangulaire centrée sur la zone" : "equirectangular projection centred on the area"
        }
    }
}
