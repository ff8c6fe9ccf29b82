/// Where actors and cooperations act: a région, a département, a pays, an EPCI, a commune.
public struct Territory: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var level: TerritoryLevel
    /// Id of the enclosing territory, if any.
    public var parent: String?

    public init(id: String, name: String? = nil, level: TerritoryLevel = .autre, parent: String? = nil) {
        self.id = id
        self.name = name ?? id
        self.level = level
        self.parent = parent
    }
}
