/// A territory of the session's level with its figures and its three best-placed actors
/// (by betweenness, then degree, then dataset order), as `maillage territories` and the
/// report list them.
public struct TerritoryRow: Sendable, Hashable {
    /// Index into the assignment's territories.
    public var territory: Int
    public var figures: GroupFigures
    /// Up to three actor indices.
    public var topHubs: [Int]
}
