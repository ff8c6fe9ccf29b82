/// Burt's constraint of every node: how much its ties lead to contacts that are
/// themselves tied to one another (a node bridging structural holes has low constraint).
///
///     c(u) = Σ_{v ∈ N(u)} ( p_uv + Σ_{w ∈ N(u) ∩ N(v)} p_uw · p_wv )²
///
/// with p_uv = 1 / d(u), the share of u's ties that go to v. An isolated node has no
/// defined constraint: `Double.nan`.
///
/// - Normalisation: none; a node with a single contact has constraint 1.
/// - Weights: ignored (all ties count the same), as `networkx.constraint(G)`.
/// - Reference: R. S. Burt, "Structural holes and good ideas", American Journal of
///   Sociology 110(2), 2004.
///
/// ```swift
/// let star = Graph(nodeCount: 3, edges: [(0, 1, 1), (0, 2, 1)])
/// burtConstraint(of: star)   // [0.5, 1, 1]
/// ```
/// - Returns: one value per node, NaN for isolated nodes.
/// - Complexity: O(m √m) time at worst for m ties, O(n + m) extra memory: with
///   p_uv = 1 / d(u), the term of tie u–v is (1 + S(u, v))² / d(u)², where
///   S(u, v) = Σ_{w ∈ N(u) ∩ N(v)} 1 / d(w) is the same from either end, so each tie's S is
///   summed over the triangles through it, each met once (ties oriented from the end of
///   lower degree; T. Schank & D. Wagner, WEA 2005).
public func burtConstraint(of graph: Graph) -> [Double] {
    let n = graph.nodeCount
    let ties = DegreeOrientedTies(graph)
    let inverseDegree = (0..<n).map { graph.degree($0) > 0 ? 1 / Double(graph.degree($0)) : 0 }
    // S of each tie, by its index among the oriented ties.
    var shared = [Double](repeating: 0, count: ties.targets.count)
    ties.forEachTriangle { a, b, c, ab, ac, bc in
        shared[ab] += inverseDegree[c]
        shared[ac] += inverseDegree[b]
        shared[bc] += inverseDegree[a]
    }
    var sums = [Double](repeating: 0, count: n)
    for u in 0..<n {
        for e in ties.offsets[u]..<ties.offsets[u + 1] {
            let term = (1 + shared[e]) * (1 + shared[e])
            sums[u] += term
            sums[Int(ties.targets[e])] += term
        }
    }
    return (0..<n).map { u in graph.degree(u) > 0 ? sums[u] * inverseDegree[u] * inverseDegree[u] : .nan }
}

/// Burt's effective size of every node: its number of contacts minus their
/// redundancy, here in Borgatti's form for unweighted graphs
///
///     e(u) = d(u) − 2 t(u) / d(u)
///
/// where t(u) is the number of ties among u's neighbours. An isolated node has no
/// defined effective size: `Double.nan`.
///
/// - Normalisation: none; between 1 and d(u) (divide by d(u) for Burt's efficiency).
/// - Weights: ignored, as `networkx.effective_size(G)`.
/// - Reference: R. S. Burt, *Structural Holes*, Harvard UP, 1992; S. P. Borgatti,
///   "Structural holes: unpacking Burt's redundancy measures", Connections 20(1), 1997.
///
/// ```swift
/// let triangle = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1)])
/// effectiveSize(of: triangle)   // [1, 1, 1]
/// ```
/// - Returns: one value per node, NaN for isolated nodes.
/// - Complexity: O(Σ_u d(u)²) time, O(n) extra memory.
public func effectiveSize(of graph: Graph) -> [Double] {
    effectiveSize(of: graph, triangles: trianglesThroughNodes(of: graph))
}

/// ``effectiveSize(of:)`` from the triangles through each node, already counted.
func effectiveSize(of graph: Graph, triangles: [Int]) -> [Double] {
    (0..<graph.nodeCount).map { v in
        let d = Double(graph.degree(v))
        guard d > 0 else { return .nan }
        return d - 2 * Double(triangles[v]) / d
    }
}
