import ArgumentParser
import MaillageAnalysis

extension CommunityMethod: ExpressibleByArgument {}

/// Community detection settings: `--method`, `--seed`, `--resolution`.
struct ClusterOptions: ParsableArguments {
    @Option(help: "Community detection: louvain or leiden (default leiden).")
    var method: CommunityMethod = .leiden

    @Option(help: "Random seed: the same seed gives the same result (clusters, layouts, sampled betweenness).")
    var seed: UInt64 = 1

    @Option(help: "Modularity resolution: above 1 gives more, smaller clusters; below 1 fewer, larger ones.")
    var resolution: Double = 1

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw UsageError.make("--resolution doit être un nombre positif", "--resolution must be a positive number") }
    }

    /// The settings as the library takes them.
    var settings: CommunitySettings { CommunitySettings(method: method, seed: seed, resolution: resolution) }
}
