/// What the suggestions know of each actor besides its ties: its id (to break ties),
/// its territory, its sector and its cluster, each as a group index or −1.
///
/// An ``AnalysisSession`` fills it from its territory assignment, the actors' sectors
/// (``SectorGroups``) and its communities; tests and the evaluation build it by hand.
public struct SuggestionContext: Sendable, Equatable {
    /// Actor ids, in node order: equal scores are ordered by these.
    public var ids: [String]
    /// Each actor's territory (an index of the territory assignment), or −1.
    public var territory: [Int]
    /// Each actor's sector (an index of ``SectorGroups``), or −1.
    public var sector: [Int]
    /// Each actor's cluster (community), or −1 for none.
    public var cluster: [Int]

    /// A context; `territory`, `sector` and `cluster` default to −1 for every actor.
    public init(ids: [String], territory: [Int]? = nil, sector: [Int]? = nil, cluster: [Int]? = nil) {
        let none = [Int](repeating: -1, count: ids.count)
        self.ids = ids
        self.territory = territory ?? none
        self.sector = sector ?? none
        self.cluster = cluster ?? none
    }

    /// Whether `a` and `b` lie in the same (known) territory.
    @inlinable public func sameTerritory(_ a: Int, _ b: Int) -> Bool { territory[a] >= 0 && territory[a] == territory[b] }
    /// Whether `a` and `b` work in the same (known) sector.
    @inlinable public func sameSector(_ a: Int, _ b: Int) -> Bool { sector[a] >= 0 && sector[a] == sector[b] }
    /// Whether `a` and `b` lie in two different (known) clusters.
    @inlinable public func differentClusters(_ a: Int, _ b: Int) -> Bool {
        cluster[a] >= 0 && cluster[b] >= 0 && cluster[a] != cluster[b]
    }
}
