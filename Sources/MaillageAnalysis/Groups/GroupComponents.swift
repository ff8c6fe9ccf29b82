/// For every group, the number of connected components of the subgraph its members
/// induce: 1 when the group is connected on its own ties, more when it relies on outsiders
/// to reach itself, 0 for an empty group. Nodes of unknown group (negative id) are left
/// out. Equals `number_connected_components(G.subgraph(members))` in NetworkX.
///
/// Each traversal follows only ties whose both ends share the group; it is iterative.
/// - Parameters:
///   - graph: the graph, weights ignored.
///   - groups: one group id per node, negative when unknown.
///   - groupCount: number of groups; defaults to one more than the largest id.
/// - Returns: `groupCount` counts, indexed by group id.
/// - Complexity: O(n + m + G) time, O(n + G) memory.
public func componentCountsWithinGroups(_ graph: Graph, groups: [Int], groupCount: Int? = nil) -> [Int] {
    let n = graph.nodeCount
    let total = GroupLabels.validatedCount(groups, nodeCount: n, groupCount: groupCount)
    let offsets = graph.offsets
    let targets = graph.targets
    var result = [Int](repeating: 0, count: total)
    var visited = [Bool](repeating: false, count: n)
    var stack: [Int32] = []
    for source in 0..<n where !visited[source] && groups[source] >= 0 {
        let g = groups[source]
        result[g] += 1
        visited[source] = true
        stack.append(Int32(source))
        while let top = stack.popLast() {
            let v = Int(top)
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if !visited[w], groups[w] == g {
                    visited[w] = true
                    stack.append(Int32(w))
                }
            }
        }
    }
    return result
}
