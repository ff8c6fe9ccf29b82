/// The community detection methods of Maillage (`maillage clusters --method`).
///
/// Both maximise modularity (``modularity(graph:membership:resolution:)``) with a
/// resolution γ and are deterministic for a given seed.
public enum CommunityMethod: String, CaseIterable, Sendable {
    /// Local moving and aggregation (Blondel et al. 2008): ``louvain(graph:resolution:seed:)``.
    case louvain
    /// Louvain with a refinement phase that keeps communities connected (Traag, Waltman
    /// & van Eck 2019), iterated until stable, best of ``leidenDefaultStarts(edgeCount:)`` runs:
    /// ``leiden(graph:resolution:seed:starts:iterations:workers:)``.
    case leiden

    /// Runs this method on `graph`.
    /// - Parameters:
    ///   - graph: the graph; weights must be positive.
    ///   - resolution: γ, 1 by default.
    ///   - seed: the seed of the method's random choices.
    ///   - iterations: Leiden's most iterations (nil: until stable); Louvain has no
    ///     iterations and ignores it.
    /// - Returns: the partition found, with its modularity.
    /// - Complexity: that of the method, near-linear in practice.
    public func communities(of graph: Graph, resolution: Double = 1, seed: UInt64 = 0,
                            iterations: Int? = nil) -> CommunityPartition {
        switch self {
        case .louvain: MaillageAnalysis.louvain(graph: graph, resolution: resolution, seed: seed)
        case .leiden: MaillageAnalysis.leiden(graph: graph, resolution: resolution, seed: seed, iterations: iterations)
        }
    }
}
