import MaillageSupport
import ArgumentParser
import MaillageAnalysis

/// How betweenness is computed: exactly (Brandes) or by sampling with a guarantee.
enum BetweennessMethod: String, ExpressibleByArgument, CaseIterable {
    /// Exact below ``exactBetweennessLimit``, approximate above.
    case auto
    case exact
    case approximate
}

/// Above this product of actors × ties, `--betweenness auto` samples: exact
/// Brandes costs about 8 ns × n × m on the reference machine, so ~16 s there.
let exactBetweennessLimit = 2e9

/// How measures read the graph: `--weighted`, `--mode`, and the betweenness method.
struct AnalysisOptions: ParsableArguments {
    @Flag(help: "Shortest-path measures read a tie of weight w as a distance 1/w (strong ties are short).")
    var weighted = false

    @Option(help: "projected (actors linked by shared cooperations, default) or bipartite (actors and cooperations).")
    var mode: GraphMode = .projected

    @Option(help: "Betweenness: exact, approximate (Riondato–Kornaropoulos sampling: every value within ±epsilon with probability 1 − delta) or auto (approximate above 2·10⁹ actors × ties; default).")
    var betweenness: BetweennessMethod = .auto

    @Option(help: "Approximate betweenness: largest error allowed (default 0.01).")
    var epsilon: Double?

    @Option(help: "Approximate betweenness: probability that some value misses the bound (default 0.1).")
    var delta: Double?

    func validate() throws {
        if let epsilon, !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must lie between 0 and 1") }
        if let delta, !(delta > 0 && delta < 1) { throw ValidationError("--delta must lie between 0 and 1") }
        if betweenness == .approximate && mode == .bipartite {
            throw ValidationError("approximate betweenness is computed on the projected graph; leave out --mode bipartite")
        }
    }

    /// Whether betweenness is sampled on a graph of `nodes` nodes and `edges` edges.
    func samplesBetweenness(nodes: Int, edges: Int) -> Bool {
        guard mode == .projected else { return false }
        switch betweenness {
        case .exact: return false
        case .approximate: return true
        case .auto: return epsilon != nil || delta != nil || Double(nodes) * Double(edges) > exactBetweennessLimit
        }
    }

    var metaParameters: [(String, JSONValue)] {
        [("weighted", .bool(weighted)), ("mode", .string(mode.rawValue))]
    }
}
