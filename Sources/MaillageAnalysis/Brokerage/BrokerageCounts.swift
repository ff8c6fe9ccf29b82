/// How many open pairs a node brokers in each Gould–Fernandez role (see
/// ``BrokerageRole``), plus the open pairs that cannot be classified.
///
/// An open pair is an unordered pair {a, c} of neighbours of the broker that are not
/// tied to each other; every open pair is counted exactly once, so the five counts sum to
/// ``openPairs``.
public struct BrokerageCounts: Sendable, Hashable, Codable {
    /// a, b, c in one group.
    public var coordinator: Int
    /// a and c in one group, b in another.
    public var itinerant: Int
    /// b shares its group with exactly one of a, c (gatekeeper or representative).
    public var gatekeeper: Int
    /// a, b, c in three different groups.
    public var liaison: Int
    /// Open pairs where the broker, a or c has an unknown group (negative id).
    public var unclassified: Int

    public init(coordinator: Int = 0, itinerant: Int = 0, gatekeeper: Int = 0, liaison: Int = 0,
                unclassified: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.unclassified = unclassified
    }

    /// Number of open pairs: the sum of the four roles and ``unclassified``.
    public var openPairs: Int { coordinator + itinerant + gatekeeper + liaison + unclassified }

    /// Open pairs classified in one of the four roles.
    public var classified: Int { coordinator + itinerant + gatekeeper + liaison }

    /// The count of one role.
    public subscript(role: BrokerageRole) -> Int {
        get {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .gatekeeper: gatekeeper
            case .liaison: liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            }
        }
    }
}
