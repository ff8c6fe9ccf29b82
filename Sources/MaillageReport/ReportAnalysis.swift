import MaillageAnalysis
import MaillageGraph
import MaillageModel

/// Everything a report shows about a dataset, read from one `AnalysisSession`: the
/// summary, the facilitator hubs, the communities, the per-territory figures and the
/// degree and betweenness of every actor. Nothing here is computed apart from the
/// session: the `summary`, `hubs`, `clusters` and `territories` commands read the same
/// values from the same kind of session.
public struct ReportAnalysis {
    /// A community as the report lists it (`ListedCluster`).
    public typealias Cluster = ListedCluster
    /// A territory with its figures and top actors (`TerritoryRow` of `MaillageAnalysis`).
    public typealias TerritoryRow = MaillageAnalysis.TerritoryRow

    /// The session every figure comes from.
    public let session: AnalysisSession
    /// The choices the analysis was run with.
    public let settings: ReportSettings
    /// The facilitator hubs, ranked, with their reasons (`maillage hubs`).
    public let hubs: FacilitatorHubs

    /// The dataset analysed (the session's scope applied).
    public var dataset: Dataset { session.dataset }
    /// The projected cooperation graph with the provenance of every tie.
    public var projected: ProjectedGraph { session.projected }
    /// Counts by kind, form, level and role; ties, density, components (`maillage summary`).
    public var summary: DatasetSummary { session.summary }
    /// One territory of the chosen level per actor (or none).
    public var assignment: TerritoryAssignment { session.assignment }
    /// The communities and the modularity reached (`maillage clusters`).
    public var partition: CommunityPartition { session.partition }
    /// Communities with at least one tie, largest first.
    public var clusters: [Cluster] { session.clusters }
    /// Cluster number (0-based, in ``clusters`` order) of each actor; -1 for actors without a tie.
    public var clusterOfActor: [Int] { session.clusterOfActor }
    /// Per-territory figures.
    public var territoryStructure: GroupStructure { session.territoryStructure }
    /// Territories by decreasing number of actors.
    public let territoryRows: [TerritoryRow]
    /// A few large cooperations that make most of the ties, when there are (`LargeCooperations`).
    public let largeCooperations: LargeCooperations?
    /// Number of neighbours of each actor in the projected graph.
    public var degree: [Double] { session.degree }
    /// Betweenness of each actor, by the session's policy (exact unless the network is very large).
    public var betweenness: [Double] { session.betweenness }
    /// The map this network gets by the size rule of ``ReportMap/Scale``, counted on
    /// the actors that have a tie.
    public var mapScale: ReportMap.Scale {
        let g = projected.graph
        return ReportMap.Scale.of(actors: g.nodeCount - isolatedActors.count, ties: g.edgeCount)
    }

    /// Actors that share no cooperation with anyone (not drawn on the map).
    public var isolatedActors: [Int] { session.isolatedActors }

    /// The analysis of a report read from `session`, listing `topHubs` hubs.
    /// - Complexity: what the session computes: the projection, betweenness (O(n·m)
    ///   exact), communities, territories and hubs, each once.
    public init(session: AnalysisSession, topHubs: Int = 10) {
        self.session = session
        let s = session.settings
        settings = ReportSettings(projection: s.projection, level: session.level, method: s.communities.method,
                                  seed: s.communities.seed, resolution: s.communities.resolution,
                                  iterations: s.communities.iterations, topHubs: topHubs)
        hubs = session.hubs(top: topHubs)
        territoryRows = session.territoryRows
        largeCooperations = LargeCooperations.find(in: session.projected)
        _ = session.clusters
    }

    /// Runs the analysis on `dataset` (already scoped) with `settings`.
    public init(dataset: Dataset, settings: ReportSettings = ReportSettings()) {
        let analysisSettings = AnalysisSettings(
            projection: settings.projection, level: settings.level,
            communities: CommunitySettings(method: settings.method, seed: settings.seed, resolution: settings.resolution,
                                           iterations: settings.iterations))
        self.init(session: AnalysisSession(dataset: dataset, settings: analysisSettings), topHubs: settings.topHubs)
    }
}
