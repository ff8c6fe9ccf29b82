import MaillageGraph
import MaillageModel

/// Which network the measures read: the projected graph of actors, or the two-mode
/// network of actors and cooperations (`--mode`).
public enum GraphMode: String, CaseIterable, Sendable, Hashable {
    /// Actors tied by the cooperations they share (the default).
    case projected
    /// Actors and cooperations, one edge per membership; measures use the bipartite
    /// normalisations of `networkx.algorithms.bipartite`.
    case bipartite
}

/// How communities are found: the method, its seed and the modularity resolution.
/// One value for every consumer, so the `clusters` command, the `cluster` attribute of
/// the exports, the maps coloured by cluster and the report show the same partition.
public struct CommunitySettings: Sendable, Hashable {
    /// Leiden (default) or Louvain.
    public var method: CommunityMethod
    /// The seed of the method's random choices (also the seed of map layouts).
    public var seed: UInt64
    /// γ: above 1, more and smaller communities; below 1, fewer and larger ones.
    public var resolution: Double
    /// Leiden's most iterations per run; nil (the default) iterates until stable.
    public var iterations: Int?

    public init(method: CommunityMethod = .leiden, seed: UInt64 = 1, resolution: Double = 1, iterations: Int? = nil) {
        self.method = method
        self.seed = seed
        self.resolution = resolution
        self.iterations = iterations
    }
}

/// Every choice an analysis is computed with. An ``AnalysisSession`` is built from a
/// dataset and one value of this type; two sessions with equal settings on the same
/// dataset give the same figures.
public struct AnalysisSettings: Sendable, Hashable {
    /// Weight of a tie between two actors: shared cooperations, Newman or Jaccard.
    public var projection: Projection
    /// Whether per-actor measures read the projected graph or the two-mode network.
    public var mode: GraphMode
    /// Shortest-path measures read a tie of weight w as a distance 1/w.
    public var weighted: Bool
    /// The territory level actors are grouped by; nil lets
    /// ``TerritoryAssignment/automaticLevel(for:)`` choose.
    public var level: TerritoryLevel?
    /// How communities are found.
    public var communities: CommunitySettings
    /// Exact or sampled betweenness, and when.
    public var betweenness: BetweennessPolicy
    /// The memory budget of the projected graph and the cooperations kept out of it
    /// (`--memory-budget`, `--max-cooperation-size`).
    public var projectionLimits: ProjectionLimits

    public init(projection: Projection = .count, mode: GraphMode = .projected, weighted: Bool = false,
                level: TerritoryLevel? = nil, communities: CommunitySettings = CommunitySettings(),
                betweenness: BetweennessPolicy = BetweennessPolicy(), projectionLimits: ProjectionLimits = ProjectionLimits()) {
        self.projectionLimits = projectionLimits
        self.projection = projection
        self.mode = mode
        self.weighted = weighted
        self.level = level
        self.communities = communities
        self.betweenness = betweenness
    }
}
