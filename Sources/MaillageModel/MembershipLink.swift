/// A membership by position: the indices of its actor in ``Dataset/actors`` and of its
/// cooperation in ``Dataset/cooperations``. Eight bytes, for building graphs of
/// millions of memberships without looking ids up.
public struct MembershipLink: Sendable, Hashable {
    public var actor: Int32
    public var cooperation: Int32

    public init(actor: Int32, cooperation: Int32) {
        self.actor = actor
        self.cooperation = cooperation
    }
}
