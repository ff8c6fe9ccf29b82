import ArgumentParser

/// How measures read the graph: `--weighted` and `--mode`.
struct AnalysisOptions: ParsableArguments {
    @Flag(help: "Shortest-path measures read a tie of weight w as a distance 1/w (strong ties are short).")
    var weighted = false

    @Option(help: "projected (actors linked by shared cooperations, default) or bipartite (actors and cooperations).")
    var mode: GraphMode = .projected

    var metaParameters: [(String, JSONValue)] {
        [("weighted", .bool(weighted)), ("mode", .string(mode.rawValue))]
    }
}
