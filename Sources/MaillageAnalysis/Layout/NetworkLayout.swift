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
    /// - Complexity: that of ``ForceLayout/positions(of:seed:finestIterations:mass:)`` on
    ///   actors + cooperations nodes and one edge per membership.
    public init(network: TwoModeNetwork, seed: UInt64 = 1) {
        let all = ForceLayout.positions(of: network.graph, seed: seed)
        let a = network.actorCount
        actors = LayoutPositions(x: Array(all.x[..<a]), y: Array(all.y[..<a]))
        cooperations = LayoutPositions(x: Array(all.x[a...]), y: Array(all.y[a...]))
        self.seed = seed
    }

    /// A layout from positions computed elsewhere.
    public init(actors: LayoutPositions, cooperations: LayoutPositions, seed: UInt64) {
        self.actors = actors
        self.cooperations = cooperations
        self.seed = seed
    }
}
