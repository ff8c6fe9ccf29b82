import MaillageSupport
import ArgumentParser
import MaillageAnalysis

extension CommunityMethod: ExpressibleByArgument {}

/// Community detection settings: `--method`, `--seed`, `--resolution`.
struct ClusterOptions: ParsableArguments {
    @Option(help: "Community detection: louvain or leiden (default leiden).")
    var method: CommunityMethod = .leiden

    @Option(help: "Random seed: the same seed gives the same result (clusters, layouts).")
    var seed: UInt64 = 1

    @Option(help: "Modularity resolution: above 1 gives more, smaller clusters; below 1 fewer, larger ones.")
    var resolution: Double = 1

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw ValidationError("--resolution must be a positive number") }
    }

    func partition(of graph: Graph) -> CommunityPartition {
        method.communities(of: graph, resolution: resolution, seed: seed)
    }

    var metaParameters: [(String, JSONValue)] {
        var parameters: [(String, JSONValue)] = [
            ("method", .string(method.rawValue)), ("seed", .int(Int(truncatingIfNeeded: seed))), ("resolution", .number(resolution)),
        ]
        if method == .leiden { parameters.append(("starts", .int(leidenDefaultStarts))) }
        return parameters
    }
}
