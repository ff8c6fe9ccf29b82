/// The outline of one area read from a boundaries file (a GeoJSON feature): polygons
/// in WGS 84, and the values that may name a territory of the dataset.
public struct GeoBoundary: Sendable, Hashable {
    /// Values that match a territory's id or INSEE code: the feature's `id` and its
    /// `id`, `code`, `insee`, `code_insee`, `codgeo`, `insee_com` properties, as read.
    public var keys: [String]
    /// Polygons; each is a list of rings, the first the outer one, the others holes;
    /// each ring is closed (first point repeated last).
    public var polygons: [[[GeoCoordinate]]]

    public init(keys: [String], polygons: [[[GeoCoordinate]]]) {
        self.keys = keys
        self.polygons = polygons
    }

    /// Every outer ring's points.
    public var outerPoints: [GeoCoordinate] { polygons.flatMap { $0.first ?? [] } }
}

/// The areas of a boundaries file (`--boundaries FILE.geojson`).
public struct GeoBoundaries: Sendable, Hashable {
    public var boundaries: [GeoBoundary]
    /// The file's name, for the map's notes.
    public var source: String

    public init(boundaries: [GeoBoundary], source: String) {
        self.boundaries = boundaries
        self.source = source
    }
}
