import MaillageAnalysis
import MaillageGraph

/// The ties a backbone map keeps (`render --backbone ALPHA`, the report's backbone view):
/// the disparity filter (`DisparityFilter`, Serrano, Boguñá & Vespignani 2009) applied
/// to the projection weighted by Newman's rule, whatever weighting the session uses.
///
/// Why Newman's weights: the filter finds a tie significant when it carries a share of
/// an actor's weight that a uniform spread would rarely give. Counted shared
/// cooperations are nearly uniform in a projection (most ties share one cooperation),
/// so the filter keeps almost nothing (50 of 44,329 ties on a synthetic 2,000-actor
/// network at α = 0.05). Newman's weights (Σ 1/(n − 1) over shared cooperations of n
/// members) make a small, close cooperation weigh more than a membership of a large
/// federation, which is the contrast the filter can read (3,348 ties kept there).
public enum MapBackbone {
    /// For each tie of `session.graph`, in `Graph.edges` order, whether the disparity
    /// filter keeps it at level `alpha`.
    /// - Complexity: O(n + m) when the session's projection is Newman's; otherwise one
    ///   more projection, O(n + Σ_u p_u + m log m) (p_u: co-member pairs of actor u).
    public static func significant(in session: AnalysisSession, alpha: Double) -> [Bool] {
        let projected = session.projected
        let weighted: Graph
        if projected.projection == .newman {
            weighted = projected.graph
        } else {
            weighted = ProjectedGraph(network: projected.network, projection: .newman,
                                      leavingOut: session.settings.projectionLimits).graph
        }
        // The same ties in the same order (the same cooperations make them); guard anyway.
        guard weighted.edgeCount == projected.graph.edgeCount else {
            return DisparityFilter.keeps(edgesOf: projected.graph, alpha: alpha)
        }
        return DisparityFilter.keeps(edgesOf: weighted, alpha: alpha)
    }
}
