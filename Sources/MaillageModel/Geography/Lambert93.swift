import Foundation

/// Lambert-93 (EPSG:2154), the official projection of metropolitan France: a Lambert
/// conic conformal projection with two standard parallels (44° N and 49° N) on the
/// GRS 80 ellipsoid of RGF93, origin 46.5° N, 3° E at (700 000 m, 6 600 000 m).
///
/// RGF93 and WGS 84 agree to a few centimetres, far below what a map shows, so WGS 84
/// coordinates are projected as they are. Formulas: IGN, notes techniques NT/G 71
/// (« Projection cartographique conique conforme de Lambert », algorithms ALG0003 for
/// the projection and ALG0004 for its inverse), in the two-parallel form of EPSG's
/// Guidance Note 7-2 (method 9802).
public enum Lambert93 {
    /// GRS 80 semi-major axis, metres.
    public static let semiMajorAxis = 6_378_137.0
    /// GRS 80 flattening.
    public static let flattening = 1 / 298.257222101
    static let e2 = flattening * (2 - flattening)
    static let e = e2.squareRoot()
    static let phi1 = 44.0 * .pi / 180, phi2 = 49.0 * .pi / 180, phi0 = 46.5 * .pi / 180
    static let lambda0 = 3.0 * .pi / 180
    static let x0 = 700_000.0, y0 = 6_600_000.0

    static func m(_ phi: Double) -> Double { cos(phi) / (1 - e2 * sin(phi) * sin(phi)).squareRoot() }
    static func t(_ phi: Double) -> Double {
        let es = e * sin(phi)
        return tan(.pi / 4 - phi / 2) / pow((1 - es) / (1 + es), e / 2)
    }
    static let n = (log(m(phi1)) - log(m(phi2))) / (log(t(phi1)) - log(t(phi2)))
    static let F = m(phi1) / (n * pow(t(phi1), n))
    static let r0 = semiMajorAxis * F * pow(t(phi0), n)

    /// Where Lambert-93 is meant to be used (EPSG's area of use: metropolitan France and
    /// Corsica, with their coastal waters), in degrees.
    public static let areaOfUse = (latitude: 41.15...51.56, longitude: -9.86...10.38)

    /// Whether `c` lies in ``areaOfUse``.
    public static func covers(_ c: GeoCoordinate) -> Bool {
        areaOfUse.latitude.contains(c.latitude) && areaOfUse.longitude.contains(c.longitude)
    }

    /// The Lambert-93 easting and northing of `c`, in metres.
    public static func project(_ c: GeoCoordinate) -> PlanePoint {
        let phi = c.latitude * .pi / 180, lambda = c.longitude * .pi / 180
        let r = semiMajorAxis * F * pow(t(phi), n)
        let theta = n * (lambda - lambda0)
        return PlanePoint(x: x0 + r * sin(theta), y: y0 + r0 - r * cos(theta))
    }

    /// The WGS 84 coordinate of a Lambert-93 point (the inverse of ``project(_:)``,
    /// latitude found by fixed-point iteration to 1e-12 radians).
    public static func unproject(_ p: PlanePoint) -> GeoCoordinate {
        let dx = p.x - x0, dy = r0 - (p.y - y0)
        let r = (n < 0 ? -1 : 1) * (dx * dx + dy * dy).squareRoot()
        let tValue = pow(r / (semiMajorAxis * F), 1 / n)
        let theta = atan2(dx, dy)
        let lambda = theta / n + lambda0
        var phi = .pi / 2 - 2 * atan(tValue)
        for _ in 0..<20 {
            let es = e * sin(phi)
            let next = .pi / 2 - 2 * atan(tValue * pow((1 - es) / (1 + es), e / 2))
            if abs(next - phi) < 1e-12 { phi = next; break }
            phi = next
        }
        return GeoCoordinate(latitude: phi * 180 / .pi, longitude: lambda * 180 / .pi)
    }
}
