import MaillageGraph
import MaillageModel
import MaillageSupport

/// One analysis of one dataset: built from the dataset, a scope and the
/// ``AnalysisSettings``, it computes each thing once, when first asked, and hands the
/// same value to every consumer — the command line, the maps, the exports and the
/// report.
///
/// ```swift
/// let session = AnalysisSession(dataset: dataset, settings: AnalysisSettings())
/// let hubs = session.hubs(top: 5)           // betweenness, assignment, projection: once
/// let partition = session.partition         // the same partition everywhere
/// let betweenness = session.values(of: ActorMeasure.named("betweenness")!)
/// ```
///
/// What it holds, each computed at most once (``log`` counts it):
/// the two-mode network and the projected graph; every per-actor measure, with
/// betweenness exact or sampled by ``BetweennessPolicy``; the communities (one method,
/// seed and resolution for every consumer) and their listing; the territory assignment
/// at the settings' level, the per-territory figures and the territory-to-territory
/// ties; the facilitator hubs with their reasons and departure impact; brokerage.
///
/// A session is a reference type with caches and is not thread-safe: use it from one
/// thread (the computations themselves use both cores).
public final class AnalysisSession {
    /// What a session refuses to start with.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// `scope.territory` names no territory of the dataset.
        case unknownTerritory(String)
        /// The projected graph would exceed `settings.projectionLimits`' memory budget.
        case projectionTooLarge(ProjectionTooLarge)

        public var description: String {
            switch self {
            case .unknownTerritory(let id): "unknown territory \"\(id)\""
            case .projectionTooLarge(let problem): problem.description
            }
        }
    }

    /// The dataset as given, before the scope.
    public let fullDataset: Dataset
    /// The dataset analysed: the scope applied.
    public let dataset: Dataset
    /// The scope filters applied.
    public let scope: Scope
    /// The choices every figure is computed with.
    public let settings: AnalysisSettings
    /// Where the dataset was read from, for `meta` and the report's provenance; nil
    /// for a dataset built in memory.
    public let origin: DatasetOrigin?
    /// What has been computed so far, and how many times.
    public internal(set) var log = ComputationLog()
    /// The suggestions, once computed (see `AnalysisSession+Suggestions.swift`).
    var cachedSuggestions: CooperationSuggestions?
    /// Each (actor, cooperation) pair's strongest role, keyed `actor << 32 | cooperation`,
    /// once indexed for the suggestions' reasons (see `AnalysisSession+Suggestions.swift`).
    var cachedMembershipRoles: [UInt64: MembershipRole]?
    /// The actors' sectors, grouped, once asked (see `AnalysisSession+Suggestions.swift`).
    var cachedSectors: SectorGroups?
    /// What the suggestions know of each actor, once asked (see `AnalysisSession+Suggestions.swift`).
    var cachedSuggestionContext: SuggestionContext?

    /// Opens a session on `dataset` restricted to `scope`.
    /// - Throws: ``Problem/unknownTerritory(_:)`` when the scope names an unknown territory;
    ///   ``Problem/projectionTooLarge(_:)`` when the projected graph's estimate (from the
    ///   membership counts, before anything is allocated) exceeds `settings.projectionLimits`.
    /// - Complexity: O(size of the dataset) for the scope and the estimate; nothing else is computed yet.
    public init(dataset: Dataset, scope: Scope, settings: AnalysisSettings = AnalysisSettings(),
                origin: DatasetOrigin? = nil) throws(Problem) {
        if let territory = scope.territory, dataset.territory(territory) == nil { throw .unknownTerritory(territory) }
        self.origin = origin
        fullDataset = dataset
        self.dataset = scope.isAll ? dataset : scope.apply(to: dataset)
        self.scope = scope
        self.settings = settings
        let estimate = settings.projectionLimits.estimate(self.dataset)
        if estimate.exceedsBudget { throw .projectionTooLarge(ProjectionTooLarge(estimate: estimate)) }
    }

    /// Opens a session on the whole of `dataset`.
    public init(dataset: Dataset, settings: AnalysisSettings = AnalysisSettings(), origin: DatasetOrigin? = nil) {
        self.origin = origin
        fullDataset = dataset
        self.dataset = dataset
        scope = .all
        self.settings = settings
    }

    // MARK: Graphs

    private var cachedTwoMode: TwoModeNetwork?
    /// The two-mode network of actors and cooperations.
    public var twoModeNetwork: TwoModeNetwork {
        if let cachedTwoMode { return cachedTwoMode }
        log.record(.twoModeNetwork)
        let network = TwoModeNetwork(dataset: dataset)
        cachedTwoMode = network
        return network
    }

    private var cachedProjected: ProjectedGraph?
    /// The projected cooperation graph, with the provenance of every tie.
    public var projected: ProjectedGraph {
        if let cachedProjected { return cachedProjected }
        let network = twoModeNetwork
        log.record(.projection)
        let projected = ProjectedGraph(network: network, projection: settings.projection, leavingOut: settings.projectionLimits)
        cachedProjected = projected
        return projected
    }

    private var cachedLayout: NetworkLayout?
    /// Where actors and cooperations sit on every map and in every export, computed
    /// once from the communities' seed (``NetworkLayout``).
    public var layout: NetworkLayout {
        if let cachedLayout { return cachedLayout }
        log.record(.layout)
        let layout = NetworkLayout(network: twoModeNetwork, seed: settings.communities.seed)
        cachedLayout = layout
        return layout
    }

    /// The projected graph's compact form (actors are nodes, in dataset order).
    public var graph: Graph { projected.graph }

    private var cachedSummary: DatasetSummary?
    /// Counts by kind, form, level and role; ties, density, components.
    public var summary: DatasetSummary {
        if let cachedSummary { return cachedSummary }
        let summary = DatasetSummary(dataset: dataset, projected: projected)
        cachedSummary = summary
        return summary
    }

    // MARK: Measures

    private var cachedMeasures: [String: [Double]] = [:]
    private var cachedBetweenness: BetweennessComputation?

    /// The values of `measure` for every actor (dataset order), on the projected graph or,
    /// in bipartite mode, on the two-mode network. NaN where undefined; `articulation` as 1 or 0.
    /// - Complexity: that of the measure, once; O(n) afterwards.
    public func values(of measure: ActorMeasure) -> [Double] {
        if let cached = cachedMeasures[measure.key] { return cached }
        switch settings.mode {
        case .projected: computeProjected([measure])
        case .bipartite: computeBipartite([measure])
        }
        return cachedMeasures[measure.key] ?? [Double](repeating: .nan, count: dataset.actors.count)
    }

    /// Computes several measures in one go (shortest-path measures share their searches
    /// when computed together); values are then read with ``values(of:)``.
    public func compute(_ measures: [ActorMeasure]) {
        let missing = measures.filter { cachedMeasures[$0.key] == nil }
        guard !missing.isEmpty else { return }
        switch settings.mode {
        case .projected: computeProjected(missing)
        case .bipartite: computeBipartite(missing)
        }
    }

    /// How betweenness was (or will be) obtained: exact, or sampled with its guarantee.
    public var betweennessComputation: BetweennessComputation {
        if let cachedBetweenness { return cachedBetweenness }
        if let betweenness = ActorMeasure.named("betweenness") { _ = values(of: betweenness) }
        return cachedBetweenness ?? .exact
    }

    /// The betweenness of every actor, by the settings' policy.
    public var betweenness: [Double] {
        ActorMeasure.named("betweenness").map(values(of:)) ?? []
    }

    /// The number of partners of every actor in the projected graph.
    public var degree: [Double] {
        if settings.mode == .projected, let degree = ActorMeasure.named("degree") { return values(of: degree) }
        return nodeDegrees(of: graph)
    }

    private func computeProjected(_ measures: [ActorMeasure]) {
        let g = graph
        var centralities = measures.compactMap(\.centrality)
        if centralities.contains(.betweenness), cachedBetweenness == nil {
            centralities.removeAll { $0 == .betweenness }
            log.record(.betweenness)
            let policy = settings.betweenness
            if policy.samples(on: g, weighted: settings.weighted, mode: .projected) {
                let sampled = approximateBetweennessCentrality(
                    of: g, epsilon: policy.epsilon ?? BetweennessPolicy.defaultEpsilon,
                    delta: policy.delta ?? BetweennessPolicy.defaultDelta, seed: policy.seed, weighted: settings.weighted)
                cachedMeasures["betweenness"] = sampled.values
                cachedBetweenness = .approximate(epsilon: sampled.epsilon, delta: sampled.delta, seed: sampled.seed,
                                                 samples: sampled.sampleCount, vertexDiameterBound: sampled.vertexDiameterBound)
            } else {
                cachedMeasures["betweenness"] = betweennessCentrality(of: g, weighted: settings.weighted)
                cachedBetweenness = .exact
            }
        }
        if !centralities.isEmpty {
            log.record(.measures)
            let results = computeCentralities(centralities, on: g, options: CentralityOptions(weighted: settings.weighted))
            for (measure, values) in results { cachedMeasures[measure.rawValue] = values }
        }
        if measures.contains(where: \.isBoolean) {
            cachedMeasures["articulation"] = articulationPointMask(of: g).map { $0 ? 1 : 0 }
        }
    }

    private func computeBipartite(_ measures: [ActorMeasure]) {
        let network = twoModeNetwork
        let wanted = measures.filter(\.inBipartiteMode).compactMap(\.centrality)
        guard !wanted.isEmpty else { return }
        if wanted.contains(.betweenness) { log.record(.betweenness); cachedBetweenness = .exact }
        log.record(.measures)
        let results = computeBipartiteCentralities(wanted, on: network.graph, topCount: network.actorCount,
                                                   options: CentralityOptions(weighted: settings.weighted))
        for (measure, values) in results {
            cachedTwoModeMeasures[measure.rawValue] = values
            cachedMeasures[measure.rawValue] = Array(values.prefix(network.actorCount))
        }
    }

    private var cachedTwoModeMeasures: [String: [Double]] = [:]

    /// In bipartite mode, the values of `measure` for every node of the two-mode network
    /// (actors, then cooperations); nil in projected mode or for a measure not defined there.
    public func twoModeValues(of measure: ActorMeasure) -> [Double]? {
        guard settings.mode == .bipartite, measure.inBipartiteMode else { return nil }
        if cachedTwoModeMeasures[measure.key] == nil { computeBipartite([measure]) }
        return cachedTwoModeMeasures[measure.key]
    }

    // MARK: Communities

    private var cachedPartition: CommunityPartition?
    /// The communities of the projected graph, by the settings' method, seed and resolution.
    public var partition: CommunityPartition {
        if let cachedPartition { return cachedPartition }
        let g = graph
        log.record(.communities)
        let c = settings.communities
        let partition = c.method.communities(of: g, resolution: c.resolution, seed: c.seed, iterations: c.iterations)
        cachedPartition = partition
        return partition
    }

    private var cachedPartitionOfTwoMode: CommunityPartition?
    /// The communities of the two-mode network (actors and cooperations together), for
    /// exports in bipartite mode; same method, seed and resolution.
    public var twoModePartition: CommunityPartition {
        if let cachedPartitionOfTwoMode { return cachedPartitionOfTwoMode }
        let network = twoModeNetwork
        log.record(.communities)
        let c = settings.communities
        let partition = c.method.communities(of: network.graph, resolution: c.resolution, seed: c.seed, iterations: c.iterations)
        cachedPartitionOfTwoMode = partition
        return partition
    }

    private var cachedClusters: (listed: [ListedCluster], ofActor: [Int])?

    /// Communities with at least one tie, largest first (ties by first member's id),
    /// members by decreasing degree then id.
    public var clusters: [ListedCluster] { listedClusters().listed }

    /// The number (0-based, in ``clusters`` order) of each actor's cluster; −1 for an
    /// actor without a tie.
    public var clusterOfActor: [Int] { listedClusters().ofActor }

    /// Actors that share no cooperation with anyone.
    public var isolatedActors: [Int] { (0..<graph.nodeCount).filter { graph.degree($0) == 0 } }

    private func listedClusters() -> (listed: [ListedCluster], ofActor: [Int]) {
        if let cachedClusters { return cachedClusters }
        let g = graph
        let degree = nodeDegrees(of: g)
        let actors = dataset.actors
        let groups = assignment.groupOfActor
        let byDegree: (Int, Int) -> Bool = { a, b in degree[a] != degree[b] ? degree[a] > degree[b] : actors[a].id < actors[b].id }
        let listed = partition.communities
            .filter { $0.contains { g.degree($0) > 0 } }
            .map { $0.sorted(by: byDegree) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : actors[$0[0]].id < actors[$1[0]].id }
        var ofActor = [Int](repeating: -1, count: g.nodeCount)
        let clusters = listed.enumerated().map { index, members in
            var counts: [Int: Int] = [:]
            for m in members {
                ofActor[m] = index
                if groups[m] >= 0 { counts[groups[m], default: 0] += 1 }
            }
            let territories = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { ListedCluster.TerritoryCount(territory: $0.key, actors: $0.value) }
            return ListedCluster(members: members, territories: territories)
        }
        cachedClusters = (clusters, ofActor)
        return (clusters, ofActor)
    }

    // MARK: Territories

    /// The territory level actors are grouped by: the settings' level, or the automatic one.
    public var level: TerritoryLevel { assignment.level }

    private var cachedAssignment: TerritoryAssignment?
    /// One territory of ``level`` per actor (or none).
    public var assignment: TerritoryAssignment {
        if let cachedAssignment { return cachedAssignment }
        log.record(.territoryAssignment)
        let assignment = TerritoryAssignment(dataset: dataset, level: settings.level ?? TerritoryAssignment.automaticLevel(for: dataset))
        cachedAssignment = assignment
        return assignment
    }

    private var cachedStructure: GroupStructure?
    /// Per-territory figures (actors, internal and external ties, E-I index, density, pieces).
    public var territoryStructure: GroupStructure {
        if let cachedStructure { return cachedStructure }
        let structure = GroupStructure(graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount)
        cachedStructure = structure
        return structure
    }

    /// The territory-to-territory graph: one node per territory, a tie weighted by the
    /// number of actor ties between them.
    public var territoryLinks: Graph {
        groupGraph(of: graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount)
    }

    /// Territories by decreasing number of actors (ties by territory order), each with its
    /// three best-placed actors by betweenness, then degree.
    public var territoryRows: [TerritoryRow] {
        let g = graph
        let groups = assignment.groupOfActor
        let structure = territoryStructure
        let betweenness = self.betweenness
        var members = [[Int]](repeating: [], count: assignment.groupCount)
        for v in 0..<g.nodeCount where groups[v] >= 0 && g.degree(v) > 0 { members[groups[v]].append(v) }
        return (0..<assignment.groupCount).map { t in
            let top = members[t]
                .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1]
                          : g.degree($0) != g.degree($1) ? g.degree($0) > g.degree($1) : $0 < $1 }
                .prefix(3)
            return TerritoryRow(territory: t, figures: structure.groups[t], topHubs: Array(top))
        }.sorted { $0.figures.members != $1.figures.members ? $0.figures.members > $1.figures.members : $0.territory < $1.territory }
    }

    // MARK: Hubs and brokerage

    private var cachedHubs: (top: Int, hubs: FacilitatorHubs)?
    /// Brokerage by each grouping, once asked (the hubs' reasons and the territories'
    /// brokers share the territory one).
    private var cachedBrokerage: [BrokerageGroups: Brokerage] = [:]
    /// The `top` facilitator hubs, ranked, with their reasons and departure impact, using
    /// the session's betweenness (exact or sampled by its policy) and assignment.
    public func hubs(top: Int) -> FacilitatorHubs {
        if let cachedHubs, cachedHubs.top == top { return cachedHubs.hubs }
        let betweenness = settings.mode == .projected ? self.betweenness : nil
        log.record(.hubs)
        let hubs = FacilitatorHubs(dataset: dataset, projected: projected, assignment: assignment, top: top, betweenness: betweenness,
                                   brokerage: brokerage(between: .territory))
        cachedHubs = (top, hubs)
        return hubs
    }

    /// How actors are grouped for brokerage.
    public enum BrokerageGroups: String, CaseIterable, Sendable {
        /// By territory of the session's level.
        case territory
        /// By actor kind (actors of unknown kind in no group).
        case kind
    }

    /// Gould–Fernandez brokerage of every actor between `groups`; computed once per grouping
    /// (the hubs' reasons use the territory one).
    public func brokerage(between groups: BrokerageGroups) -> Brokerage {
        if let cached = cachedBrokerage[groups] { return cached }
        log.record(.brokerage)
        let result: Brokerage
        switch groups {
        case .territory:
            result = Brokerage(graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount)
        case .kind:
            let kinds = ActorKind.datasetValues
            result = Brokerage(graph, groups: dataset.actors.map { kinds.firstIndex(of: $0.kind) ?? -1 }, groupCount: kinds.count)
        }
        cachedBrokerage[groups] = result
        return result
    }
}
