import MaillageGraph

/// Where each actor and each cooperation sits, the same on every map and in every
/// export made with the same seed (`report`, `render`, the x/y of GraphML, GEXF and
/// node-link JSON).
///
/// The layout is computed on the two-mode network (actors and cooperations, one edge
/// per membership) rather than on the projection: a cooperation of k members adds k
/// edges there instead of k(k−1)/2, so the layout stays linear in the memberships, and
/// actors that share cooperations end up side by side around them. The actor map
/// draws the projected ties between these positions; the two-mode map draws the
/// memberships.
public struct NetworkLayout: Sendable, Equatable {
    /// Position of each actor (dataset order).
    public let actors: LayoutPositions
    /// Position of each cooperation (dataset order).
    public let cooperations: LayoutPositions
    /// The seed it was computed with.
    public let seed: UInt64

    /// Lays out `network` with ``ForceLayout``.
    ///
    /// A list of ties (every cooperation a pair of actors, ``pairsDominate(_:)``) is laid
    /// out on its actors alone, each pair a tie between its two members, and each pair's
    /// cooperation placed midway between them: the two-mode graph of 200,000 ties among
    /// 20,000 actors has 220,000 nodes, the actors' graph 20,000.
    /// - Complexity: that of ``ForceLayout/positions(of:seed:finestIterations:mass:)`` on
    ///   actors + cooperations nodes and one edge per membership (actors and the
    ///   cooperations of more than two members, for a list of ties).
    public init(network: TwoModeNetwork, seed: UInt64 = 1) {
        let a = network.actorCount, graph = network.graph
        let c = graph.nodeCount - a
        guard Self.pairsDominate(network) else {
            let all = ForceLayout.positions(of: graph, seed: seed)
            actors = LayoutPositions(x: Array(all.x[..<a]), y: Array(all.y[..<a]))
            cooperations = LayoutPositions(x: Array(all.x[a...]), y: Array(all.y[a...]))
            self.seed = seed
            return
        }
        // Pairs become ties; the other cooperations stay nodes, renumbered after the actors.
        var node = [Int](repeating: -1, count: c)
        var kept = 0
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(graph.targets.count / 2)
        for k in 0..<c {
            let members = graph.neighbors(of: a + k)
            if members.count == 2 {
                edges.append((Int(members[members.startIndex]), Int(members[members.startIndex + 1]), 1))
            } else {
                node[k] = a + kept
                for m in members { edges.append((Int(m), a + kept, 1)) }
                kept += 1
            }
        }
        let all = ForceLayout.positions(of: Graph(nodeCount: a + kept, edges: edges), seed: seed)
        actors = LayoutPositions(x: Array(all.x[..<a]), y: Array(all.y[..<a]))
        var x = [Double](repeating: 0, count: c), y = [Double](repeating: 0, count: c)
        for k in 0..<c {
            if node[k] >= 0 {
                x[k] = all.x[node[k]]; y[k] = all.y[node[k]]
            } else {
                let members = graph.neighbors(of: a + k)
                let u = Int(members[members.startIndex]), v = Int(members[members.startIndex + 1])
                x[k] = (all.x[u] + all.x[v]) / 2; y[k] = (all.y[u] + all.y[v]) / 2
            }
        }
        cooperations = LayoutPositions(x: x, y: y)
        self.seed = seed
    }

    /// Whether `network` is a list of ties more than a network of cooperations: its
    /// cooperations of exactly two members outnumber its actors (a partnership survey,
    /// an edge list). Other networks keep the two-mode layout, where a pair's members
    /// sit two springs apart like any two members of a cooperation.
    public static func pairsDominate(_ network: TwoModeNetwork) -> Bool {
        let a = network.actorCount, graph = network.graph
        var pairs = 0
        for v in a..<graph.nodeCount where graph.offsets[v + 1] - graph.offsets[v] == 2 { pairs += 1 }
        return pairs > a
    }

    /// A layout from positions computed elsewhere.
    public init(actors: LayoutPositions, cooperations: LayoutPositions, seed: UInt64) {
        self.actors = actors
        self.cooperations = cooperations
        self.seed = seed
    }
}
