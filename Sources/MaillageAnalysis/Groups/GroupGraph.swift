/// The group-to-group graph, for territory maps: one node per group, and an edge {g, h}
/// whose weight is the number of ties between a node of g and a node of h.
///
/// Ties inside a group (they would be self-loops) and ties with a node of unknown group
/// (negative id) are left out; groups without any cross tie are isolated nodes. Ties are
/// counted, the original weights are ignored. This is NetworkX's
/// `quotient_graph(G.subgraph(known nodes), groups)` on unit weights (its edge `weight`
/// is then the number of edges between two blocks), with group ids as nodes and empty
/// groups kept as isolated nodes.
///
/// ```swift
/// // path 0 – 1 – 2 – 3, groups 0 0 1 1, plus a tie 0 – 3
/// let g = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 3, 1)])
/// groupGraph(of: g, groups: [0, 0, 1, 1]).weight(0, 1)   // 2
/// ```
/// - Parameters:
///   - graph: the graph, weights ignored.
///   - groups: one group id per node, negative when unknown.
///   - groupCount: number of groups (nodes of the result); defaults to one more than the
///     largest id.
/// - Complexity: O(n + m + G + q log q) time, where q is the number of group pairs with a
///   cross tie: members are bucketed by group and each group's cross ties are tallied in a
///   scratch array; O(n + G + q) memory.
public func groupGraph(of graph: Graph, groups: [Int], groupCount: Int? = nil) -> Graph {
    let n = graph.nodeCount
    let total = GroupLabels.validatedCount(groups, nodeCount: n, groupCount: groupCount)
    // Members bucketed by group (counting sort).
    var start = [Int](repeating: 0, count: total + 1)
    for g in groups where g >= 0 { start[g + 1] += 1 }
    for g in 0..<total { start[g + 1] += start[g] }
    var cursor = start
    var members = [Int](repeating: 0, count: start[total])
    for (v, g) in groups.enumerated() where g >= 0 {
        members[cursor[g]] = v
        cursor[g] += 1
    }
    var tally = [Int](repeating: 0, count: total)
    var touched: [Int] = []
    var crossTies: [(Int, Int, Double)] = []
    for g in 0..<total {
        for v in members[start[g]..<start[g + 1]] {
            for i in graph.offsets[v]..<graph.offsets[v + 1] {
                let h = groups[Int(graph.targets[i])]
                guard h > g else { continue }  // each cross tie once, from its lower group
                if tally[h] == 0 { touched.append(h) }
                tally[h] += 1
            }
        }
        for h in touched {
            crossTies.append((g, h, Double(tally[h])))
            tally[h] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }
    return Graph(nodeCount: total, edges: crossTies)
}
