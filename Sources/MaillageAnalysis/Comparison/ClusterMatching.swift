/// Communities at two dates matched by the actors they share: which continued, which
/// split, which merged, which formed and which dissolved.
///
/// Only actors clustered at both dates count (an actor that joined, left or became
/// isolated says nothing about lineage). An old cluster A and a new cluster B are
/// *linked* when they share at least half of the smaller of the two (as counted among
/// those actors), and at least two actors when both have two or more:
///
/// - an old cluster linked to two or more new ones **split**;
/// - a new cluster linked to two or more old ones is a **merge**;
/// - a one-to-one link is a cluster that **continued**;
/// - an old cluster linked to none **dissolved**, a new one linked to none **formed**.
///
/// A cluster may both split and take part in a merge (its parts joined others).
public struct ClusterMatching: Sendable, Hashable {
    /// A link between an old and a new cluster.
    public struct Link: Sendable, Hashable {
        /// Index into the old clusters.
        public var old: Int
        /// Index into the new clusters.
        public var new: Int
        /// Actors in both.
        public var shared: Int
    }

    /// An old cluster whose actors went to several new ones.
    public struct Split: Sendable, Hashable {
        public var old: Int
        /// New clusters, by decreasing number of shared actors.
        public var into: [Int]
    }

    /// A new cluster made of the actors of several old ones.
    public struct Merge: Sendable, Hashable {
        /// Old clusters, by decreasing number of shared actors.
        public var from: [Int]
        public var new: Int
    }

    /// Every link, by old cluster then decreasing shared actors.
    public let links: [Link]
    /// One-to-one links.
    public let continued: [Link]
    public let splits: [Split]
    public let merges: [Merge]
    /// Old clusters linked to none.
    public let dissolved: [Int]
    /// New clusters linked to none.
    public let formed: [Int]

    /// Matches clusters given as lists of actor keys (any hashable key that names the
    /// same actor at both dates, e.g. the new dataset's id).
    /// - Complexity: O(total members) expected.
    public init<Key: Hashable>(old: [[Key]], new: [[Key]]) {
        var newClusterOf: [Key: Int] = [:]
        for (j, members) in new.enumerated() { for key in members { newClusterOf[key] = j } }
        var oldClustered = Set<Key>()
        for members in old { oldClustered.formUnion(members) }
        var shared: [Int: [Int: Int]] = [:]
        var oldSize = [Int](repeating: 0, count: old.count), newSize = [Int](repeating: 0, count: new.count)
        for (i, members) in old.enumerated() {
            for key in members {
                guard let j = newClusterOf[key] else { continue }
                shared[i, default: [:]][j, default: 0] += 1
                oldSize[i] += 1
            }
        }
        for (j, members) in new.enumerated() { newSize[j] = members.count { oldClustered.contains($0) } }

        var links: [Link] = []
        for i in old.indices {
            for (j, count) in shared[i] ?? [:] {
                let smaller = min(oldSize[i], newSize[j])
                guard 2 * count >= smaller, count >= min(2, smaller) else { continue }
                links.append(Link(old: i, new: j, shared: count))
            }
        }
        links.sort { $0.old != $1.old ? $0.old < $1.old : $0.shared != $1.shared ? $0.shared > $1.shared : $0.new < $1.new }
        var successors = [[Link]](repeating: [], count: old.count), predecessors = [[Link]](repeating: [], count: new.count)
        for link in links { successors[link.old].append(link); predecessors[link.new].append(link) }
        let byShared: (Link, Link) -> Bool = { $0.shared != $1.shared ? $0.shared > $1.shared : $0.old != $1.old ? $0.old < $1.old : $0.new < $1.new }

        self.links = links
        continued = links.filter { successors[$0.old].count == 1 && predecessors[$0.new].count == 1 }
        splits = old.indices.filter { successors[$0].count >= 2 }
            .map { Split(old: $0, into: successors[$0].sorted(by: byShared).map(\.new)) }
        merges = new.indices.filter { predecessors[$0].count >= 2 }
            .map { Merge(from: predecessors[$0].sorted(by: byShared).map(\.old), new: $0) }
        dissolved = old.indices.filter { successors[$0].isEmpty }
        formed = new.indices.filter { predecessors[$0].isEmpty }
    }
}
