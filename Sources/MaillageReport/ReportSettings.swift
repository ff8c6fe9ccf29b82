import MaillageAnalysis
import MaillageGraph
import MaillageModel

/// The analysis choices a report is computed with (the `report` command's options).
public struct ReportSettings: Sendable {
    /// Weight of a tie between two actors (see the Graphs article of the documentation). Default `count`.
    public var projection: Projection
    /// Territory level of the per-territory table, the hubs' territories and brokerage;
    /// nil takes `TerritoryAssignment.automaticLevel(for:)`.
    public var level: TerritoryLevel?
    /// Community detection for the clusters table. Default Leiden.
    public var method: CommunityMethod
    /// Seed of the community detection and of the map's layout.
    public var seed: UInt64
    /// Modularity resolution (1: standard modularity).
    public var resolution: Double
    /// Leiden's most iterations; nil (the default) iterates until stable.
    public var iterations: Int?
    /// How many facilitator hubs the hubs table lists.
    public var topHubs: Int

    public init(projection: Projection = .count, level: TerritoryLevel? = nil, method: CommunityMethod = .leiden,
                seed: UInt64 = 1, resolution: Double = 1, iterations: Int? = nil, topHubs: Int = 10) {
        self.projection = projection
        self.level = level
        self.method = method
        self.seed = seed
        self.resolution = resolution
        self.iterations = iterations
        self.topHubs = topHubs
    }
}
