/// A tie between two actors that exists at one date and not at the other.
public struct TieChange: Sendable, Hashable {
    /// The two actors, as rows of the dataset the tie exists in (the new one for a
    /// gained tie, the old one for a lost tie); `first` is the smaller row.
    public var first: Int
    public var second: Int
    /// Cooperations the two actors share where the tie exists.
    public var sharedCooperations: Int
    /// For a lost tie: one of the two actors is absent from the new dataset (it left);
    /// for a gained tie: one of them is absent from the old one (it joined).
    public var involvesActorChange: Bool

    public init(first: Int, second: Int, sharedCooperations: Int, involvesActorChange: Bool) {
        self.first = min(first, second)
        self.second = max(first, second)
        self.sharedCooperations = sharedCooperations
        self.involvesActorChange = involvesActorChange
    }
}
