/// A way of ranking pairs of actors who do not cooperate yet, by how likely they are
/// to: Maillage's own score and the classic baselines it is measured against
/// (``LinkPredictionEvaluation``).
public enum LinkPredictor: String, CaseIterable, Sendable {
    /// The pairs `maillage suggest` lists (each actor's best, ``CooperationSuggestions``),
    /// by their score; every other pair ranks below them.
    case maillageListed = "maillage-listed"
    /// The score of ``SuggestionWeights`` on every pair (RA plus territory, sector, bridging).
    case maillageScore = "maillage-score"
    /// Resource allocation alone (Zhou, Lü & Zhang 2009): the structural part of the score.
    case resourceAllocation = "resource-allocation"
    /// Adamic–Adar (Adamic & Adar 2003).
    case adamicAdar = "adamic-adar"
    /// The number of common partners.
    case commonNeighbours = "common-neighbours"
    /// Preferential attachment: k(x) · k(y).
    case preferentialAttachment = "preferential-attachment"
    /// A seeded uniform random score.
    case random
}
