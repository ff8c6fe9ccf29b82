/// A validated cooperation dataset: the model every analysis starts from.
///
/// Invariants, established by the loader (`MaillageDataset`) and relied on
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
    /// `memberships` as positions: entry i holds the actor's index in `actors` and the
    /// cooperation's index in `cooperations` of `memberships[i]`, for graph building
    /// without looking ids up. Memberships naming an unknown id (impossible once
    /// validated) are left out.
    public let links: [MembershipLink]

    /// A dataset from its tables; the indexes and ``links`` are built from the ids.
    /// - Complexity: O(A + C + T + M) id lookups.
    public init(
        name: String, actors: [Actor], cooperations: [Cooperation], memberships: [Membership],
        territories: [Territory], provenance: String = ""
    ) {
        let actorIndex = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cooperationIndex = Dictionary(cooperations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let links = memberships.compactMap { m -> MembershipLink? in
            guard let a = actorIndex[m.actor], let c = cooperationIndex[m.cooperation] else { return nil }
            return MembershipLink(actor: Int32(a), cooperation: Int32(c))
        }
        self.init(
            name: name, actors: actors, cooperations: cooperations, memberships: memberships, territories: territories,
            provenance: provenance, actorIndex: actorIndex, cooperationIndex: cooperationIndex, links: links)
    }

    /// A dataset whose indexes a loader has already built: `actorIndex` and
    /// `cooperationIndex` map every id to its position, and `links[i]` gives the
    /// positions of `memberships[i]`'s actor and cooperation.
    /// - Precondition: the indexes and links agree with the tables (not checked).
    public init(
        name: String, actors: [Actor], cooperations: [Cooperation], memberships: [Membership],
        territories: [Territory], provenance: String, actorIndex: [String: Int], cooperationIndex: [String: Int],
        links: [MembershipLink]
    ) {
        self.name = name
        self.actors = actors
        self.cooperations = cooperations
        self.memberships = memberships
        self.territories = territories
        self.provenance = provenance
        self.actorIndex = actorIndex
        self.cooperationIndex = cooperationIndex
        self.territoryIndex = Dictionary(territories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.links = links
    }

    public func actor(_ id: String) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func cooperation(_ id: String) -> Cooperation? { cooperationIndex[id].map { cooperations[$0] } }
    public func territory(_ id: String) -> Territory? { territoryIndex[id].map { territories[$0] } }
}
