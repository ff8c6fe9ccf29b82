/// Where actors and cooperations act: a région, a département, a pays, an EPCI, a commune.
public struct Territory: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var level: TerritoryLevel
    /// Id of the enclosing territory, if any.
    public var parent: String?
    /// Its place in WGS 84 (`lat`, `lon` columns), nil when not given.
    public var coordinate: GeoCoordinate?
    /// Its INSEE commune code (`insee` column), nil when not given.
    public var insee: String?

    public init(id: String, name: String? = nil, level: TerritoryLevel = .autre, parent: String? = nil,
                coordinate: GeoCoordinate? = nil, insee: String? = nil) {
        self.coordinate = coordinate
        self.insee = insee
        self.id = id
        self.name = name ?? id
        self.level = level
        self.parent = parent
    }
}
