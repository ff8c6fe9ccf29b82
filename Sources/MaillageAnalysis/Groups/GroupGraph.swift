/// The group-to-group graph, for territory maps: one node per group, and an edge {g, h}
/// whose weight is the number of ties between a node of g and a node of h.
///
/// Ties inside a group (they would be self-loops) and ties with a node of unknown group
/// (negative id) are left out; groups without any cross tie are isolated nodes. Ties are
/// counted, the original weights are ignored. This is NetworkX's
/// `quotient_graph(G, partition, edge_data=lambda b, c: {"weight": number of edges between
/// b and c})` without self-loops.
///
/// ```swift
/// // path 0 – 1 – 2 – 3, groups 0 0 1 1, plus a tie 0 – 3
/// let g = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 3, 1)])
/// groupGraph(of: g, groups: [0, 0, 1, 1]).weight(0, 1)   // 2
/// ```
/// - Parameters:
///   - groups: one group id per node, negative when unknown.
///   - groupCount: number of groups (nodes of the result); defaults to one more than the
///     largest id.
/// - Complexity: O(n + m log d) — the construction cost of ``Graph``.
public func groupGraph(of graph: Graph, groups: [Int], groupCount: Int? = nil) -> Graph {
    let total = GroupLabels.validatedCount(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
    var crossTies: [(Int, Int, Double)] = []
    for u in 0..<graph.nodeCount {
        let gu = groups[u]
        guard gu >= 0 else { continue }
        for i in graph.offsets[u]..<graph.offsets[u + 1] {
            let v = Int(graph.targets[i])
            let gv = groups[v]
            if v > u, gv >= 0, gv != gu { crossTies.append((gu, gv, 1)) }
        }
    }
    return Graph(nodeCount: total, edges: crossTies)
}
