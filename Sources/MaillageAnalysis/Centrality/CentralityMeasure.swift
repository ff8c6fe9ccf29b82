import Foundation

/// The node measures of <doc:Measures> computed by ``computeCentralities(_:on:options:)``,
/// named by their command-line keys.
///
/// Each case documents the NetworkX call it agrees with; the functions behind them
/// (``nodeDegrees(of:)``, ``betweennessCentrality(of:weighted:normalized:workers:)``, …)
/// carry the full definitions.
public enum CentralityMeasure: String, CaseIterable, Sendable, Hashable {
    /// Number of neighbours — `G.degree()`.
    case degree
    /// Sum of edge weights — `G.degree(weight="weight")`.
    case strength
    /// `betweenness_centrality(G, normalized=True)`; weighted: distance = 1 / weight.
    case betweenness
    /// `closeness_centrality(G)` (Wasserman–Faust); weighted: distance = 1 / weight.
    case closeness
    /// `harmonic_centrality(G)`; weighted: distance = 1 / weight.
    case harmonic
    /// `eigenvector_centrality_numpy(G, weight="weight")`, per component on disconnected graphs.
    case eigenvector
    /// `pagerank(G, alpha=0.85, weight="weight")`.
    case pagerank
    /// `clustering(G)`, unweighted local coefficient.
    case clustering
    /// Burt's `constraint(G)`, NaN for isolated nodes.
    case constraint
    /// Burt's `effective_size(G)`, NaN for isolated nodes.
    case effectiveSize = "effective_size"
    /// `core_number(G)`.
    case core

    /// The measures defined in bipartite mode (`--mode bipartite`).
    public static let bipartiteMeasures: [CentralityMeasure] = [.degree, .betweenness, .closeness]

    /// True when `--weighted` changes the measure (it then reads weight w as length 1 / w).
    /// Strength, eigenvector and PageRank always read weights, as strengths; the others
    /// always ignore them.
    public var readsWeightedOption: Bool {
        switch self {
        case .betweenness, .closeness, .harmonic: return true
        default: return false
        }
    }
}

/// Options shared by the centrality computations.
public struct CentralityOptions: Sendable, Equatable {
    /// Shortest-path measures (betweenness, closeness, harmonic) use edge length
    /// 1 / weight instead of 1. Default `false`.
    public var weighted: Bool
    /// The most threads the parallel measures run at once (shortest-path measures,
    /// PageRank); values below 1 mean 1. Results do not depend on it (`ParallelChunks`).
    public var workers: Int

    /// The number of processors available to this process.
    public static let defaultWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// - Parameters:
    ///   - weighted: read weight w as edge length 1 / w in shortest-path measures.
    ///   - workers: the most threads running at once (values below 1 mean 1).
    public init(weighted: Bool = false, workers: Int = CentralityOptions.defaultWorkers) {
        self.weighted = weighted
        self.workers = workers
    }
}

/// Computes the requested measures on a (projected) graph.
///
/// - Parameters:
///   - measures: measures to compute; repeated ones are computed once.
///   - graph: the graph, usually the projected cooperation graph.
///   - options: `--weighted` and the number of threads.
/// - Returns: for each requested measure, one value per node (core numbers as whole
///   numbers; NaN where a measure is undefined, e.g. the constraint of an isolated node).
/// - Complexity: that of the most expensive measure requested; betweenness, closeness
///   and harmonic are O(n·m) (times log n when weighted).
public func computeCentralities(
    _ measures: [CentralityMeasure],
    on graph: Graph,
    options: CentralityOptions = CentralityOptions()
) -> [CentralityMeasure: [Double]] {
    var results: [CentralityMeasure: [Double]] = [:]
    // Unweighted, closeness and harmonic centrality come from the same searches.
    if !options.weighted, measures.contains(.closeness), measures.contains(.harmonic) {
        let both = unweightedDistanceCentralities(of: graph, workers: options.workers)
        results[.closeness] = both.closeness
        results[.harmonic] = both.harmonic
    }
    // Clustering and effective size both come from the triangles through each node.
    if measures.contains(.clustering), measures.contains(.effectiveSize) {
        let triangles = trianglesThroughNodes(of: graph)
        results[.clustering] = clusteringCoefficient(of: graph, triangles: triangles)
        results[.effectiveSize] = effectiveSize(of: graph, triangles: triangles)
    }
    for measure in measures where results[measure] == nil {
        switch measure {
        case .degree: results[measure] = nodeDegrees(of: graph)
        case .strength: results[measure] = nodeStrengths(of: graph)
        case .betweenness:
            results[measure] = betweennessCentrality(of: graph, weighted: options.weighted, workers: options.workers)
        case .closeness:
            results[measure] = closenessCentrality(of: graph, weighted: options.weighted, workers: options.workers)
        case .harmonic:
            results[measure] = harmonicCentrality(of: graph, weighted: options.weighted, workers: options.workers)
        case .eigenvector: results[measure] = eigenvectorCentrality(of: graph)
        case .pagerank: results[measure] = pageRank(of: graph, workers: options.workers)
        case .clustering: results[measure] = clusteringCoefficient(of: graph)
        case .constraint: results[measure] = burtConstraint(of: graph)
        case .effectiveSize: results[measure] = effectiveSize(of: graph)
        case .core: results[measure] = coreNumber(of: graph).map(Double.init)
        }
    }
    return results
}

/// Computes measures on the two-mode network (`--mode bipartite`) with the bipartite
/// normalisations of `networkx.algorithms.bipartite` (Borgatti & Everett 1997).
///
/// Only ``CentralityMeasure/bipartiteMeasures`` are defined there; other requested
/// measures are left out of the result. Weights and `options.weighted` are ignored.
///
/// - Parameters:
///   - measures: measures to compute.
///   - network: the two-mode graph; nodes `0..<topCount` are actors, the rest cooperations.
///   - topCount: number of actors.
///   - options: the number of threads.
/// - Returns: for each computed measure, one value per node of the two-mode graph.
/// - Complexity: O(N·M) for betweenness and closeness on N nodes and M memberships.
public func computeBipartiteCentralities(
    _ measures: [CentralityMeasure],
    on network: Graph,
    topCount: Int,
    options: CentralityOptions = CentralityOptions()
) -> [CentralityMeasure: [Double]] {
    var results: [CentralityMeasure: [Double]] = [:]
    for measure in measures where results[measure] == nil {
        switch measure {
        case .degree:
            results[measure] = bipartiteDegreeCentrality(of: network, topCount: topCount)
        case .betweenness:
            results[measure] = bipartiteBetweennessCentrality(of: network, topCount: topCount, workers: options.workers)
        case .closeness:
            results[measure] = bipartiteClosenessCentrality(of: network, topCount: topCount, workers: options.workers)
        default:
            continue
        }
    }
    return results
}
