/// How the ties of the projected cooperation graph are weighted (see the Graphs article of the documentation).
///
/// For two actors u and v, let C(u) be the set of cooperations of u:
/// - ``count``: |C(u) ∩ C(v)|, the number of shared cooperations —
///   NetworkX `bipartite.weighted_projected_graph(B, actors)`.
/// - ``newman``: Σ over shared cooperations c of 1 / (n_c − 1), where n_c is the number
///   of members of c (Newman 2001, *Phys. Rev. E* 64, 016132) —
///   NetworkX `bipartite.collaboration_weighted_projected_graph(B, actors)`.
/// - ``jaccard``: |C(u) ∩ C(v)| / |C(u) ∪ C(v)| —
///   NetworkX `bipartite.overlap_weighted_projected_graph(B, actors, jaccard=True)`.
///
/// Two actors are tied exactly when they share at least one cooperation, whatever the
/// weighting; every weight is then strictly positive.
public enum Projection: String, Sendable, CaseIterable {
    case count
    case newman
    case jaccard
}
