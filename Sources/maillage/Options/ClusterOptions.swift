import ArgumentParser
import MaillageAnalysis

extension CommunityMethod: ExpressibleByArgument {}

/// Community detection settings: `--method`, `--seed`, `--resolution`, `--iterations`.
struct ClusterOptions: ParsableArguments {
    @Option(help: .localized(
        "Détection des communautés : Louvain ou Leiden.",
        "Community detection: Louvain or Leiden."))
    var method: CommunityMethod = .leiden

    @Option(help: .localized(
        "Graine aléatoire : la même graine donne le même résultat (groupes, placements des cartes, intermédiarité échantillonnée).",
        "Random seed: the same seed gives the same result (clusters, layouts, sampled betweenness)."))
    var seed: UInt64 = 1

    @Option(help: .localized(
        "Résolution de la modularité : au-dessus de 1, des groupes plus nombreux et plus petits ; en dessous de 1, moins nombreux et plus grands.",
        "Modularity resolution: above 1 gives more, smaller clusters; below 1 fewer, larger ones."))
    var resolution: Double = 1

    @Option(help: .localized(
        "Leiden : s'arrêter après N itérations (par défaut : jusqu'à stabilité). Plus rapide sur les très grands réseaux, où les dernières itérations apportent peu ; igraph s'arrête après 2 par défaut, NetworKit après 3.",
        "Leiden: stop after N iterations (default: until stable). Faster on very large networks, where the last iterations add little; igraph stops after 2 by default, NetworKit after 3.",
        valueName: "N"))
    var iterations: Int?

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw UsageError.make("--resolution doit être un nombre positif", "--resolution must be a positive number") }
        if let iterations {
            guard iterations >= 1 else { throw UsageError.make("--iterations doit être un entier positif", "--iterations must be a positive integer") }
            guard method == .leiden else { throw UsageError.make("--iterations ne vaut que pour --method leiden", "--iterations applies to --method leiden only") }
        }
    }

    /// The settings as the library takes them.
    var settings: CommunitySettings { CommunitySettings(method: method, seed: seed, resolution: resolution, iterations: iterations) }
}
