/// The articulation points (cut vertices) of a `Graph`: the nodes whose removal
/// increases the number of connected components, i.e. splits their own component.
///
/// Found with Hopcroft & Tarjan's depth-first low-point test (Hopcroft & Tarjan 1973,
/// "Algorithm 447: efficient algorithms for graph manipulation", *CACM* 16(6)):
/// a non-root v is a cut vertex when it has a child c with `low(c) ≥ disc(v)`; a root is
/// one when it has at least two children. The search is iterative, safe on deep graphs.
/// Weights are ignored.
///
/// Matches NetworkX `articulation_points(G)` as a set (this function returns them sorted).
///
/// ```swift
/// // two triangles sharing node 2
/// let g = Graph(nodeCount: 5, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1), (3, 4, 1), (2, 4, 1)])
/// articulationPoints(of: g)   // [2]
/// ```
/// - Returns: the articulation points, ascending.
/// - Complexity: O(n + m) time, O(n) memory.
public func articulationPoints(of graph: Graph) -> [Int] {
    let mask = articulationPointMask(of: graph)
    return mask.indices.filter { mask[$0] }
}

/// One flag per node: true when the node is an articulation point (see
/// ``articulationPoints(of:)``) — the `articulation` measure of <doc:Measures>: removing the actor
/// disconnects its component.
/// - Complexity: O(n + m) time, O(n) memory.
public func articulationPointMask(of graph: Graph) -> [Bool] {
    let forest = DepthFirstForest(graph)
    var separatedChildren = [Int32](repeating: 0, count: graph.nodeCount)
    for c in 0..<graph.nodeCount where forest.isSeparated(child: c) {
        separatedChildren[Int(forest.parent[c])] += 1
    }
    return (0..<graph.nodeCount).map { v in
        // A root separates each of its children; a non-root also keeps the piece
        // holding its parent, so one separated child already makes two pieces.
        forest.parent[v] < 0 ? separatedChildren[v] >= 2 : separatedChildren[v] >= 1
    }
}
