/// A community as Maillage lists it (the `clusters` command, the report, the cluster
/// maps): its members by decreasing degree (ties by actor id), and the territories its
/// members lie in with their counts, most first (ties by territory order).
public struct ListedCluster: Sendable, Hashable {
    /// Actor indices, by decreasing degree then id.
    public var members: [Int]
    /// (territory index in the session's assignment, number of members there), most first.
    public var territories: [TerritoryCount]

    /// A number of members in one territory.
    public struct TerritoryCount: Sendable, Hashable {
        public var territory: Int
        public var actors: Int
    }
}
