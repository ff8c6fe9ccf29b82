import MaillageAnalysis

extension MapRequest.View {
    /// Actors (with a tie) and ties up to which the actors view, every actor named, is
    /// the default; above, the clusters view.
    public static let labelledActors = 300
    public static let labelledTies = 3_000

    /// The view `render` draws when none is asked for, by the size rule stated in the
    /// README and in `maillage render --help`:
    /// - a few large cooperations that make the projection dense (density at least
    ///   0.3 with at most 60 cooperations): the two-mode view, readable where the
    ///   projection is a hairball;
    /// - up to ``labelledActors`` actors with a tie and ``labelledTies`` ties: the actors
    ///   view, every actor named;
    /// - larger: the clusters view (one node per cluster).
    /// - Complexity: O(n) once the session's projection is built.
    public static func automatic(for session: AnalysisSession) -> MapRequest.View {
        let g = session.graph
        let tied = g.nodeCount - session.isolatedActors.count
        let pairs = Double(tied) * Double(max(tied - 1, 0)) / 2
        let density = pairs > 0 ? Double(g.edgeCount) / pairs : 0
        if density >= 0.3 && session.dataset.cooperations.count <= 60 && tied > 20 { return .bipartite }
        if tied <= labelledActors && g.edgeCount <= labelledTies { return .actors }
        return .clusters
    }
}
