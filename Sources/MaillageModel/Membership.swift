/// An actor's part in a cooperation: one row of `memberships.csv`.
public struct Membership: Sendable, Hashable {
    public var cooperation: String
    public var actor: String
    public var role: MembershipRole

    public init(cooperation: String, actor: String, role: MembershipRole = .membre) {
        self.cooperation = cooperation
        self.actor = actor
        self.role = role
    }
}
