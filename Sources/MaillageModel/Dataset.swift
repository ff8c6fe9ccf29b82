/// A validated cooperation dataset: the model every analysis starts from.
///
/// Invariants, established by the loader (``MaillageDataset``) and relied on
/// downstream: ids are unique within each table; every membership names an actor
/// and a cooperation present in their tables; every territory reference names a
/// territory of `territories`; territory parents form a forest (no cycle).
/// Memberships are unique per (cooperation, actor) pair.
public struct Dataset: Sendable {
    /// A short name for titles ("pas-de-calais-2015").
    public var name: String
    public var actors: [Actor]
    public var cooperations: [Cooperation]
    public var memberships: [Membership]
    public var territories: [Territory]
    /// The dataset's README text (provenance), empty when absent.
    public var provenance: String

    /// Position of each actor in `actors`, by id.
    public let actorIndex: [String: Int]
    /// Position of each cooperation in `cooperations`, by id.
    public let cooperationIndex: [String: Int]
    /// Position of each territory in `territories`, by id.
    public let territoryIndex: [String: Int]

    public init(
        name: String, actors: [Actor], cooperations: [Cooperation], memberships: [Membership],
        territories: [Territory], provenance: String = ""
    ) {
        self.name = name
        self.actors = actors
        self.cooperations = cooperations
        self.memberships = memberships
        self.territories = territories
        self.provenance = provenance
        self.actorIndex = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.cooperationIndex = Dictionary(cooperations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.territoryIndex = Dictionary(territories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func actor(_ id: String) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func cooperation(_ id: String) -> Cooperation? { cooperationIndex[id].map { cooperations[$0] } }
    public func territory(_ id: String) -> Territory? { territoryIndex[id].map { territories[$0] } }
}
