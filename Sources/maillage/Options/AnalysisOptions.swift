import ArgumentParser
import MaillageAnalysis

extension BetweennessPolicy.Method: ExpressibleByArgument {}
extension GraphMode: ExpressibleByArgument {}

/// How measures read the graph: `--weighted`, `--mode`, and the betweenness method
/// (the rule itself is ``BetweennessPolicy``'s, in the library).
struct AnalysisOptions: ParsableArguments {
    @Flag(help: .localized(
        "Les mesures de plus court chemin lisent un lien de poids w comme une distance 1/w (les liens forts sont courts).",
        "Shortest-path measures read a tie of weight w as a distance 1/w (strong ties are short)."))
    var weighted = false

    @Option(help: .localized(
        "projected (les acteurs reliés par leurs coopérations communes, par défaut) ou bipartite (les acteurs et les coopérations).",
        "projected (actors linked by shared cooperations, default) or bipartite (actors and cooperations)."))
    var mode: GraphMode = .projected

    @Option(help: .localized(
        "Intermédiarité : exact, approximate (échantillonnage de Riondato–Kornaropoulos : chaque valeur à ±epsilon près avec une probabilité 1 − delta) ou auto (par défaut : approximate au-delà de 10⁹ acteurs × liens quand l'échantillonnage coûte moins, exact sinon).",
        "Betweenness: exact, approximate (Riondato–Kornaropoulos sampling: every value within ±epsilon with probability 1 − delta) or auto (default: approximate above 10⁹ actors × ties when sampling is cheaper, exact otherwise)."))
    var betweenness: BetweennessPolicy.Method = .auto

    @Option(help: .localized(
        "Intermédiarité approchée : plus grande erreur admise (0,01 par défaut).",
        "Approximate betweenness: largest error allowed (default 0.01)."))
    var epsilon: Double?

    @Option(help: .localized(
        "Intermédiarité approchée : probabilité qu'une valeur au moins sorte de la borne (0,1 par défaut).",
        "Approximate betweenness: probability that some value misses the bound (default 0.1)."))
    var delta: Double?

    func validate() throws {
        if let epsilon, !(epsilon >= ApproximateBetweenness.smallestEpsilon && epsilon < 1) {
            throw UsageError.make("--epsilon doit être compris entre \(ApproximateBetweenness.smallestEpsilon) et 1 (reçu \(epsilon))", "--epsilon must lie between \(ApproximateBetweenness.smallestEpsilon) and 1 (got \(epsilon))")
        }
        if let delta, !(delta >= ApproximateBetweenness.smallestDelta && delta < 1) {
            throw UsageError.make("--delta doit être compris entre \(ApproximateBetweenness.smallestDelta) et 1 (reçu \(delta))", "--delta must lie between \(ApproximateBetweenness.smallestDelta) and 1 (got \(delta))")
        }
        if betweenness == .approximate && mode == .bipartite {
            throw UsageError.make("l'intermédiarité approchée se calcule sur le graphe projeté ; retirez --mode bipartite", "approximate betweenness is computed on the projected graph; leave out --mode bipartite")
        }
    }

    /// The betweenness policy these options ask for, sampling with `seed`.
    func policy(seed: UInt64) -> BetweennessPolicy {
        BetweennessPolicy(method: betweenness, epsilon: epsilon, delta: delta, seed: seed)
    }
}
