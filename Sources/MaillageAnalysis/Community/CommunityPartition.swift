/// A partition of a graph's nodes into communities, as returned by ``louvain(graph:resolution:seed:)``
/// and ``leiden(graph:resolution:seed:starts:iterations:workers:)``.
///
/// Communities are numbered `0..<count` by first appearance in node order: node 0 is
/// in community 0, the first node not in community 0 is in community 1, and so on.
/// Two partitions that group the nodes the same way therefore have equal
/// `membership` arrays, whatever labels an algorithm used internally.
///
/// ```swift
/// let p = CommunityPartition(graph: g, membership: [7, 7, 3, 3, 9])
/// p.membership     // [0, 0, 1, 1, 2]
/// p.count          // 3
/// p.communities    // [[0, 1], [2, 3], [4]]
/// ```
public struct CommunityPartition: Sendable, Equatable {
    /// The community of every node, numbered `0..<count` by first appearance.
    public var membership: [Int]
    /// Number of communities (isolated nodes each form their own).
    public var count: Int
    /// The resolution γ the partition was computed and evaluated with.
    public var resolution: Double
    /// The partition's modularity at ``resolution``, recomputed on the whole graph with
    /// ``modularity(graph:membership:resolution:)`` (not accumulated during optimisation).
    public var modularity: Double

    /// Builds a partition from arbitrary community labels: relabels them by first
    /// appearance and computes the modularity.
    /// - Parameters:
    ///   - graph: the graph the labels refer to.
    ///   - membership: one label per node (`membership.count == graph.nodeCount`).
    ///   - resolution: γ used for ``modularity``, 1 by default.
    /// - Complexity: O(n + m).
    public init(graph: Graph, membership: [Int], resolution: Double = 1) {
        let labels = compactLabels(membership)
        self.membership = labels.membership
        self.count = labels.count
        self.resolution = resolution
        self.modularity = MaillageAnalysis.modularity(graph: graph, membership: labels.membership,
                                                      resolution: resolution)
    }

    /// The members of each community, community by community, each list in increasing
    /// node order.
    /// - Complexity: O(n).
    public var communities: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (node, community) in membership.enumerated() { result[community].append(node) }
        return result
    }

    /// The number of nodes of each community.
    /// - Complexity: O(n).
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: count)
        for community in membership { result[community] += 1 }
        return result
    }
}
