/// Per-group figures of a `Graph` partitioned into groups (territories at one level,
/// actor kinds…), with the whole-graph E-I index: the content of `maillage territories`
/// (<doc:Territories>).
///
/// For each group: members, internal ties (both ends in the group), external ties
/// (exactly one end in it; ties to nodes of unknown group included and also counted
/// apart), Krackhardt & Stern's E-I index, density inside the group and the number of
/// components of the subgraph it induces — see ``GroupFigures``. For the whole graph:
/// ties inside a group, ties between two groups, ties touching a node of unknown group,
/// and the E-I index over the ties whose both ends have a known group. The map of groups
/// is ``groupGraph(of:groups:groupCount:)``.
///
/// Nodes with a negative group id have an unknown group and belong to no group. Ties are
/// counted, weights are ignored.
///
/// ```swift
/// // triangle {0, 1, 2} in group 0, node 3 in group 1 tied to 2
/// let s = GroupStructure(Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)]),
///                        groups: [0, 0, 0, 1])
/// s.groups[0].eiIndex   // (1 − 3)/(1 + 3) = −0.5
/// s.groups[1].eiIndex   // 1
/// s.eiIndex             // (1 − 3)/4 = −0.5
/// ```
/// - Complexity: O(n + m + G) time, O(n + G) memory.
public struct GroupStructure: Sendable, Hashable {
    /// Figures of each group, indexed by group id.
    public let groups: [GroupFigures]
    /// Number of nodes of unknown group.
    public let unknownNodes: Int
    /// Ties whose two ends are in the same group.
    public let withinGroupTies: Int
    /// Ties between two different (known) groups.
    public let betweenGroupTies: Int
    /// Ties with at least one end of unknown group.
    public let tiesWithUnknown: Int

    /// Whole-graph E-I index, (E − I)/(E + I) with E = ``betweenGroupTies`` and
    /// I = ``withinGroupTies``; nil when both are 0.
    public var eiIndex: Double? { MaillageAnalysis.eiIndex(external: betweenGroupTies, internal: withinGroupTies) }

    /// Computes the figures of every group.
    /// - Parameters:
    ///   - graph: the graph, weights ignored.
    ///   - groups: one group id per node, in `0..<groupCount`, negative when unknown.
    ///   - groupCount: number of groups; defaults to one more than the largest id.
    public init(_ graph: Graph, groups: [Int], groupCount: Int? = nil) {
        let total = GroupLabels.validatedCount(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        var figures = [GroupFigures](repeating: GroupFigures(), count: total)
        var unknown = 0
        var within = 0, between = 0, withUnknown = 0
        for u in 0..<graph.nodeCount {
            let gu = groups[u]
            if gu >= 0 { figures[gu].members += 1 } else { unknown += 1 }
            for i in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.targets[i])
                guard v > u else { continue }
                let gv = groups[v]
                switch (gu >= 0, gv >= 0) {
                case (true, true) where gu == gv:
                    within += 1
                    figures[gu].internalTies += 1
                case (true, true):
                    between += 1
                    figures[gu].externalTies += 1
                    figures[gv].externalTies += 1
                case (true, false):
                    withUnknown += 1
                    figures[gu].externalTies += 1
                    figures[gu].tiesToUnknown += 1
                case (false, true):
                    withUnknown += 1
                    figures[gv].externalTies += 1
                    figures[gv].tiesToUnknown += 1
                case (false, false):
                    withUnknown += 1
                }
            }
        }
        let components = componentCountsWithinGroups(graph, groups: groups, groupCount: total)
        for g in 0..<total { figures[g].componentCount = components[g] }
        self.groups = figures
        self.unknownNodes = unknown
        self.withinGroupTies = within
        self.betweenGroupTies = between
        self.tiesWithUnknown = withUnknown
    }
}
