import MaillageAnalysis
import MaillageGraph
import MaillageModel

/// Everything a report shows about a dataset, computed once by the analysis layer:
/// the summary, the facilitator hubs, the communities, the per-territory figures and
/// the degree and betweenness of every actor. Nothing here is computed differently
/// from the `summary`, `hubs`, `clusters` and `territories` commands; this type only
/// runs them together and puts their results in the order the page shows them.
public struct ReportAnalysis: Sendable {
    /// A community as the report lists it: members by decreasing degree (ties by id),
    /// and the territories its members lie in with their counts, most first.
    public struct Cluster: Sendable {
        public var members: [Int]
        public var territories: [(territory: Int, actors: Int)]
    }

    /// A territory of the chosen level with its figures and its three best-placed
    /// actors (by betweenness, then degree), as in `maillage territories`.
    public struct TerritoryRow: Sendable {
        public var territory: Int
        public var figures: GroupFigures
        public var topHubs: [Int]
    }

    /// The dataset analysed (already scoped by the caller).
    public let dataset: Dataset
    /// The choices the analysis was run with.
    public let settings: ReportSettings
    /// The projected cooperation graph (DESIGN §3) with the provenance of every tie.
    public let projected: ProjectedGraph
    /// Counts by kind, form, level and role; ties, density, components (`maillage summary`).
    public let summary: DatasetSummary
    /// One territory of the chosen level per actor (or none).
    public let assignment: TerritoryAssignment
    /// The facilitator hubs, ranked, with their reasons (`maillage hubs`).
    public let hubs: FacilitatorHubs
    /// The communities and the modularity reached (`maillage clusters`).
    public let partition: CommunityPartition
    /// Communities with at least one tie, largest first (ties by first member's id).
    public let clusters: [Cluster]
    /// Cluster number (0-based, in ``clusters`` order) of each actor; -1 for actors without a tie.
    public let clusterOfActor: [Int]
    public let territoryStructure: GroupStructure
    /// Territories by decreasing number of actors.
    public let territoryRows: [TerritoryRow]
    /// Number of neighbours of each actor in the projected graph.
    public let degree: [Double]
    /// Normalised betweenness of each actor (NetworkX `betweenness_centrality`).
    public let betweenness: [Double]

    /// Runs the analysis on `dataset` (already scoped).
    /// - Complexity: dominated by betweenness, O(n·m) on n actors and m ties.
    public init(dataset: Dataset, settings: ReportSettings = ReportSettings()) {
        self.dataset = dataset
        self.settings = settings
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: settings.projection)
        self.projected = projected
        let g = projected.graph
        summary = DatasetSummary(dataset: dataset, projected: projected)
        let assignment = TerritoryAssignment(dataset: dataset, level: settings.level ?? TerritoryAssignment.automaticLevel(for: dataset))
        self.assignment = assignment
        hubs = FacilitatorHubs(dataset: dataset, projected: projected, assignment: assignment, top: settings.topHubs)
        let measures = computeCentralities([.degree, .betweenness], on: g)
        let degree = measures[.degree] ?? nodeDegrees(of: g)
        let betweenness = measures[.betweenness] ?? betweennessCentrality(of: g)
        self.degree = degree
        self.betweenness = betweenness

        let partition = settings.method.communities(of: g, resolution: settings.resolution, seed: settings.seed)
        self.partition = partition
        let byDegree: (Int, Int) -> Bool = { a, b in
            degree[a] != degree[b] ? degree[a] > degree[b] : dataset.actors[a].id < dataset.actors[b].id
        }
        let listed = partition.communities
            .filter { $0.contains { g.degree($0) > 0 } }
            .map { $0.sorted(by: byDegree) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : dataset.actors[$0[0]].id < dataset.actors[$1[0]].id }
        var clusterOfActor = [Int](repeating: -1, count: g.nodeCount)
        clusters = listed.enumerated().map { index, members in
            var counts: [Int: Int] = [:]
            for m in members {
                clusterOfActor[m] = index
                if assignment.groupOfActor[m] >= 0 { counts[assignment.groupOfActor[m], default: 0] += 1 }
            }
            let territories = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (territory: $0.key, actors: $0.value) }
            return Cluster(members: members, territories: territories)
        }
        self.clusterOfActor = clusterOfActor

        let groups = assignment.groupOfActor
        let structure = GroupStructure(g, groups: groups, groupCount: assignment.groupCount)
        territoryStructure = structure
        territoryRows = (0..<assignment.groupCount).map { t in
            let top = (0..<g.nodeCount).filter { groups[$0] == t && g.degree($0) > 0 }
                .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : degree[$0] > degree[$1] }
                .prefix(3)
            return TerritoryRow(territory: t, figures: structure.groups[t], topHubs: Array(top))
        }.sorted { $0.figures.members != $1.figures.members ? $0.figures.members > $1.figures.members : $0.territory < $1.territory }
    }

    /// Actors that share no cooperation with anyone (not drawn on the map).
    public var isolatedActors: [Int] { (0..<projected.graph.nodeCount).filter { projected.graph.degree($0) == 0 } }
}
