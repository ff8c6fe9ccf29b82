/// Why an actor stands out as a facilitator hub. The command line words each
/// reason for a chargé de mission; the values stay structured here.
public enum HubReason: Sendable, Hashable {
    /// Animates (role `animateur`) this many cooperations.
    case animates(Int)
    /// Supports (role `accompagnateur`) this many cooperations.
    case supports(Int)
    /// Carries (role `porteur`) this many cooperations.
    case carries(Int)
    /// Its ties reach this many territories (its own included).
    case linksTerritories(Int)
    /// Its ties reach this many kinds of actors (its own included).
    case linksKinds(Int)
    /// Among the highest betweenness: its rank (1 = highest).
    case betweennessRank(Int)
    /// Its departure alone would cut these pairs of territories (indices into the
    /// assignment) from each other. `cutters[i]` is the number of actors whose departure
    /// alone cuts pair `i` (this one included): 1 means it is the only link between them,
    /// 2 or more that it is one of that many; 0 when not counted (very large networks).
    case onlyLink([DepartureImpact.GroupPair], cutters: [Int])
    /// Its departure would leave this many pairs of actors without any path, in
    /// this many more components.
    case articulation(disconnectedPairs: Int, componentsCreated: Int)
    /// Brokers between territories: liaison and itinerant counts.
    case brokersBetweenTerritories(liaison: Int, itinerant: Int)
}
