/// An actor's part in a cooperation: one row of `memberships.csv`.
public struct Membership: Sendable, Hashable {
    public var cooperation: String
    public var actor: String
    public var role: MembershipRole
    /// When the actor joined; nil when not known (a member since the cooperation began).
    public var since: PartialDate?
    /// The last date the actor was a member, included; nil while it still is (or not known).
    public var until: PartialDate?

    /// - Parameters:
    ///   - cooperation: the cooperation's id.
    ///   - actor: the actor's id.
    ///   - role: the actor's part in it.
    ///   - since: when the actor joined, read from its first day; nil: undated.
    ///   - until: its last date of membership, read up to its last day; nil: undated.
    ///
    /// An undated membership counts as present throughout (as long as its actor and its
    /// cooperation are present): see ``Lifespan``.
    public init(cooperation: String, actor: String, role: MembershipRole = .membre,
                since: PartialDate? = nil, until: PartialDate? = nil) {
        self.cooperation = cooperation
        self.actor = actor
        self.role = role
        self.since = since
        self.until = until
    }

    /// `since` … `until`.
    public var lifespan: Lifespan { Lifespan(start: since, end: until) }
}
