/// A point of a map projection's plane, in metres (Lambert-93's easting and northing).
public struct PlanePoint: Sendable, Hashable {
    /// Easting, metres.
    public var x: Double
    /// Northing, metres.
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
