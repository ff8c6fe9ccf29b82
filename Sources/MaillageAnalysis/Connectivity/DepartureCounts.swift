/// "What if this actor left?" for every node at once: how many pairs of other nodes
/// would lose every path between them, and how many pieces the node's component would
/// fall into.
///
/// Let v belong to a connected component of s nodes. Removing v leaves s − 1 nodes that
/// fall into pieces (the connected components of that component minus v) of sizes
/// p₁, …, p_k. Then:
/// - ``pieces(_:)`` is k: 0 for an isolated node, 1 when v is not an articulation point
///   (and s ≥ 2), k ≥ 2 exactly when v is an articulation point;
/// - ``disconnectedPairs(_:)`` is the number of unordered pairs {a, b} of nodes other
///   than v that were connected before and are not after:
///   C(s − 1, 2) − Σᵢ C(pᵢ, 2).
///   It is the drop in the number of connected pairs of the graph, minus the s − 1 pairs
///   that held v itself. Equivalently Σ_{i<j} pᵢ pⱼ.
///
/// The pieces come from one depth-first forest (see ``articulationPoints(of:)``): each
/// child c of v with `low(c) ≥ disc(v)` is a piece of `DepthFirstForest.subtreeSize`
/// nodes, and, when v is not the root, the rest of the component,
/// s − 1 − Σ (those subtree sizes), is one more piece, which holds v's parent.
///
/// Weights are ignored. This is the pairwise-connectivity view of node criticality
/// (Borgatti 2006, "Identifying sets of key players in a social network",
/// *Computational and Mathematical Organization Theory* 12, fragmentation); NetworkX has
/// no single call for it — it equals, for each v, the count of pairs joined in
/// `connected_components(G)` but not in `connected_components(G − v)`, which is how the
/// tests check it.
///
/// ```swift
/// // path 0 – 1 – 2 – 3
/// let d = DepartureCounts(Graph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)]))
/// d.disconnectedPairs   // [0, 2, 2, 0]
/// d.pieces              // [1, 2, 2, 1]
/// ```
///
/// - Complexity: O(n + m) time, O(n) memory; iterative, safe on deep graphs.
public struct DepartureCounts: Sendable, Equatable {
    /// Per node: pairs of other nodes disconnected by its removal.
    public let disconnectedPairs: [Int]
    /// Per node: number of pieces its component splits into when it leaves.
    public let pieces: [Int]
    /// Per node: size of its connected component (itself included).
    public let componentSize: [Int]

    /// Pairs of other nodes disconnected when `v` leaves.
    public func disconnectedPairs(_ v: Int) -> Int { disconnectedPairs[v] }

    /// Number of pieces `v`'s component falls into when `v` leaves.
    public func pieces(_ v: Int) -> Int { pieces[v] }

    /// True when `v` is an articulation point (its departure splits its component).
    public func isArticulationPoint(_ v: Int) -> Bool { pieces[v] >= 2 }

    /// Computes the departure counts of every node of `graph`.
    /// - Complexity: O(n + m).
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        let forest = DepthFirstForest(graph)
        // For every node, the separated children: how many, their total size and
        // Σ C(size, 2).
        var separatedCount = [Int](repeating: 0, count: n)
        var separatedNodes = [Int](repeating: 0, count: n)
        var separatedPairs = [Int](repeating: 0, count: n)
        for c in 0..<n where forest.isSeparated(child: c) {
            let p = Int(forest.parent[c])
            let size = Int(forest.subtreeSize[c])
            separatedCount[p] += 1
            separatedNodes[p] += size
            separatedPairs[p] += UnorderedPairs.among(size)
        }
        var disconnected = [Int](repeating: 0, count: n)
        var pieces = [Int](repeating: 0, count: n)
        var componentSize = [Int](repeating: 0, count: n)
        for v in 0..<n {
            let s = forest.treeSize[Int(forest.tree[v])]
            componentSize[v] = s
            let rest = s - 1 - separatedNodes[v]  // 0 for a root
            var k = separatedCount[v]
            var keptPairs = separatedPairs[v]
            if rest > 0 {
                k += 1
                keptPairs += UnorderedPairs.among(rest)
            }
            pieces[v] = k
            disconnected[v] = UnorderedPairs.among(s - 1) - keptPairs
        }
        self.disconnectedPairs = disconnected
        self.pieces = pieces
        self.componentSize = componentSize
    }
}
