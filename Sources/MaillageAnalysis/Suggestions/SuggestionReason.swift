import MaillageModel

/// Why a partnership is suggested, as a structured value; ``text(names:language:)``
/// words it for a chargé de mission (« 3 partenaires communs », « même EPCI »…).
public enum SuggestionReason: Sendable, Equatable {
    /// They have `count` partners in common; `examples` are up to three of them (node
    /// indices), those with fewest partners first — the most telling.
    case commonPartners(count: Int, examples: [Int])
    /// A common partner animates, supports or carries cooperations with each of them
    /// (`role` is its strongest such role: animateur, accompagnateur or porteur).
    case facilitator(actor: Int, role: MembershipRole)
    /// Both lie in `territory` (an index of the territory assignment) at `level`.
    case sameTerritory(territory: Int, level: TerritoryLevel)
    /// Both work in the sector named `sector`.
    case sameSector(String)
    /// They belong to two different clusters of the same territory.
    case bridgesClustersOfTerritory
    /// They belong to two different clusters of the network.
    case bridgesClusters
}

/// Names the reasons need: actors' and territories' display names.
public struct SuggestionNames: Sendable {
    /// Actor names, by node index.
    public var actors: [String]
    /// Territory names, by index of the territory assignment.
    public var territories: [String]

    public init(actors: [String], territories: [String]) {
        self.actors = actors
        self.territories = territories
    }
}
