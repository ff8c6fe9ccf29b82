import MaillageModel

/// One territory's figures at two dates: actors, internal and external ties, E-I index
/// and density (``GroupFigures``), nil at a date where the territory has no actor
/// assigned (or is not in the assignment).
public struct TerritoryChange: Sendable, Hashable {
    public var territory: Territory
    public var old: GroupFigures?
    public var new: GroupFigures?

    public init(territory: Territory, old: GroupFigures?, new: GroupFigures?) {
        self.territory = territory
        self.old = old
        self.new = new
    }

    /// New − old actors (a missing side counts as 0).
    public var actorsChange: Int { (new?.members ?? 0) - (old?.members ?? 0) }
    /// New − old ties inside the territory.
    public var internalTiesChange: Int { (new?.internalTies ?? 0) - (old?.internalTies ?? 0) }
    /// New − old ties to other territories.
    public var externalTiesChange: Int { (new?.externalTies ?? 0) - (old?.externalTies ?? 0) }
    /// New − old E-I index; nil when either is undefined. Negative: the territory closed
    /// up (more of its ties stay inside); positive: it opened.
    public var eiIndexChange: Double? {
        guard let a = old?.eiIndex, let b = new?.eiIndex else { return nil }
        return b - a
    }
    /// New − old density; nil when either is undefined.
    public var densityChange: Double? {
        guard let a = old?.density, let b = new?.density else { return nil }
        return b - a
    }
    /// Whether any figure differs.
    public var changed: Bool { old != new }
}
