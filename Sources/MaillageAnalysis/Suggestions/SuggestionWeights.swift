/// How the suggestion score weighs proximity against structure.
///
/// For two actors x and y who do not cooperate yet:
///
///     score(x, y) = RA(x, y) + wT · [same territory] + wS · [same sector]
///                 + wB · [same territory and different clusters]
///
/// where RA is the resource allocation index of their common partners
/// (``PairEvidence``) and [·] is 1 when true, 0 otherwise. With the default weights
/// (wT = 0.3, wS = 0.2, wB = 0.1) one common partner who has three partners
/// (RA = 1/3) weighs about as much as sharing a territory; a pair with no common partner
/// but the same territory and sector scores 0.5, less than two selective common
/// partners. The bridging term favours, among neighbours, the introduction that would
/// join two clusters of the same territory.
public struct SuggestionWeights: Sendable, Hashable {
    /// wT: same territory (of the session's level).
    public var territory: Double
    /// wS: same sector.
    public var sector: Double
    /// wB: same territory, different clusters.
    public var bridging: Double

    public init(territory: Double = 0.3, sector: Double = 0.2, bridging: Double = 0.1) {
        self.territory = territory
        self.sector = sector
        self.bridging = bridging
    }

    /// Only the structural part: score = RA.
    public static let structuralOnly = SuggestionWeights(territory: 0, sector: 0, bridging: 0)

    /// The score of a pair from its resource allocation and its proximities.
    @inlinable public func score(resourceAllocation: Double, sameTerritory: Bool, sameSector: Bool, bridgesClusters: Bool) -> Double {
        var s = resourceAllocation
        if sameTerritory { s += territory }
        if sameSector { s += sector }
        if sameTerritory && bridgesClusters { s += bridging }
        return s
    }

    /// The formula with these weights, in words (for JSON outputs).
    public var formula: String {
        "score = RA + \(territory) × same territory + \(sector) × same sector + \(bridging) × (same territory and different clusters), "
            + "RA = Σ 1/k(z) over common partners z"
    }
}
