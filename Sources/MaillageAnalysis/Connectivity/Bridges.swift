/// The bridges (cut edges) of a `Graph`: the edges whose removal increases the number of
/// connected components.
///
/// A tree edge (p, c) of a depth-first forest is a bridge exactly when `low(c) > disc(p)`:
/// no edge leaves the subtree of c except that one (Tarjan 1974, "A note on finding the
/// bridges of a graph", *Information Processing Letters* 2(6)). Non-tree edges lie on a
/// cycle and are never bridges. The search is iterative, safe on deep graphs. Weights
/// are ignored; the graph is simple, so no bridge is doubled by a parallel edge.
///
/// Matches NetworkX `bridges(G)` as a set of unordered edges.
///
/// ```swift
/// let g = Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 1)])
/// bridges(of: g).map { [$0.u, $0.v] }   // [[2, 3]]
/// ```
/// - Returns: each bridge once as `(u, v)` with `u < v`, sorted by `u` then `v`.
/// - Complexity: O(n + m) time (plus O(b log b) to sort the b bridges), O(n) memory.
public func bridges(of graph: Graph) -> [(u: Int, v: Int)] {
    let forest = DepthFirstForest(graph)
    var result: [(u: Int, v: Int)] = []
    for c in 0..<graph.nodeCount {
        let p = Int(forest.parent[c])
        if p >= 0, forest.low[c] > forest.discovery[p] {
            result.append(p < c ? (p, c) : (c, p))
        }
    }
    result.sort { $0.u != $1.u ? $0.u < $1.u : $0.v < $1.v }
    return result
}
