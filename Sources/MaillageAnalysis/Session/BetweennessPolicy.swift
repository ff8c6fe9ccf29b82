import Foundation
import MaillageGraph
import MaillageSupport

/// When betweenness is computed exactly (Brandes) and when it is sampled with a
/// guarantee (Riondato–Kornaropoulos): the one rule every command, map, export and
/// report follows, and its record in `meta`.
///
/// - `exact`: always exact.
/// - `approximate`: always sampled on the projected graph.
/// - `auto` (default): sampled when an ε or δ is given, or when exact work would exceed
///   ``exactWorkLimit`` actors × ties (about 10 s on two cores, e.g. 20,000 actors with
///   50,000 ties) **and** the samples cost less than the exact computation (r samples ×
///   ``sampleCostRatio`` < n sources); exact otherwise.
///
/// Sampling gives every value within ±ε of the exact one with probability at least 1 − δ.
public struct BetweennessPolicy: Sendable, Hashable {
    /// The three methods of `--betweenness`.
    public enum Method: String, CaseIterable, Sendable, Hashable {
        case auto, exact, approximate
    }

    /// Above this product of actors × ties, `auto` samples. Exact Brandes cost about
    /// 19 ns of CPU × n × m on the reference machine (a survey of 20,008 actors and
    /// 65,067 ties: 25.7 s of CPU, 15 s on two cores; the 8 ns measured on smaller graphs
    /// held while its arrays fitted in the cache), so about 19 s of CPU, 10 s on two
    /// cores, at the limit. A report may compute it twice (its « Évolution » compares two
    /// dates): at the former limit of 2·10⁹ the survey's report took 58 s, 19 s now.
    public static let exactWorkLimit = 1e9
    /// The cost of one sample relative to one exact source, for `auto`'s comparison. On the
    /// reference machine a bidirectional sample at 200,000 actors cost about 0.2 ms of one
    /// core against about 19 ms for one Brandes source (search and accumulation): 0.01; the
    /// ratio is set at twice that, so `auto` samples only where it clearly pays.
    public static let sampleCostRatio = 0.02
    /// The same ratio with `--weighted`, against one exact weighted source (a Dijkstra search
    /// and its accumulation). Measured (CPU time, release build) with the pruned bidirectional
    /// Dijkstra sampler: at 2,000 actors a weighted sample cost 22 µs against 760 µs (synth)
    /// and 530 µs (independent generator) per exact source, 0.03–0.04; at 20,000 actors a
    /// sample cost 0.77 ms (synth) and 0.10 ms (independent generator), against about 8 ms
    /// per exact source when its 2,000-actor cost is scaled by the ties, about 0.1 at most.
    /// The ratio is set at twice that largest figure, 0.2, so that `auto` samples only where
    /// it clearly pays.
    public static let weightedSampleCostRatio = 0.2
    /// ε when none is given.
    public static let defaultEpsilon = 0.01
    /// δ when none is given.
    public static let defaultDelta = 0.1

    public var method: Method
    /// Largest error allowed when sampling; nil takes ``defaultEpsilon``.
    public var epsilon: Double?
    /// Probability that some value misses the bound; nil takes ``defaultDelta``.
    public var delta: Double?
    /// Seed of the sampling.
    public var seed: UInt64

    public init(method: Method = .auto, epsilon: Double? = nil, delta: Double? = nil, seed: UInt64 = 1) {
        self.method = method
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }

    /// Whether betweenness is sampled on `graph` (a projected graph). In bipartite mode
    /// betweenness is always exact.
    /// - Complexity: O(1), or O(n + m) under `auto` on a large graph (the diameter bound
    ///   that sets the sample size).
    public func samples(on graph: Graph, weighted: Bool = false, mode: GraphMode = .projected) -> Bool {
        guard mode == .projected else { return false }
        switch method {
        case .exact: return false
        case .approximate: return true
        case .auto:
            let n = graph.nodeCount
            guard epsilon != nil || delta != nil || Double(n) * Double(graph.edgeCount) > Self.exactWorkLimit else { return false }
            // Exact work is one full search (and its backward pass) per actor; sampling is one
            // bidirectional search per sample, which explores a small part of the graph:
            // sample only when the samples cost less than the exact searches.
            let bound = vertexDiameterUpperBound(of: graph, weighted: weighted)
            let samples = Self.expectedSamples(epsilon: epsilon ?? Self.defaultEpsilon, delta: delta ?? Self.defaultDelta,
                                               vertexDiameter: bound)
            return samples * (weighted ? Self.weightedSampleCostRatio : Self.sampleCostRatio) < Double(n)
        }
    }

    /// Riondato & Kornaropoulos' sample size r = (c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)),
    /// as a real number (never traps, +∞ for vanishing ε or δ); 0 when VD ≤ 2.
    public static func expectedSamples(epsilon: Double, delta: Double, vertexDiameter: Int) -> Double {
        guard vertexDiameter > 2 else { return 0 }
        let logTerm = Double(Int.bitWidth - 1 - (vertexDiameter - 2).leadingZeroBitCount)
        return (ApproximateBetweenness.sampleSizeConstant / (epsilon * epsilon)) * (logTerm + 1 + log(1 / delta))
    }
}

/// How the betweenness values of a session were obtained.
public enum BetweennessComputation: Sendable, Equatable {
    /// Brandes's exact algorithm.
    case exact
    /// Riondato–Kornaropoulos sampling, with its parameters and guarantee.
    case approximate(epsilon: Double, delta: Double, seed: UInt64, samples: Int, vertexDiameterBound: Int)

    /// The record written in `meta` (key `betweenness`).
    public var record: JSONValue {
        switch self {
        case .exact:
            return .object([("method", .string("exact"))])
        case .approximate(let epsilon, let delta, let seed, let samples, let bound):
            return .object([
                ("method", .string("approximate (Riondato–Kornaropoulos sampling)")), ("epsilon", .number(epsilon)),
                ("delta", .number(delta)), ("seed", .int(Int(truncatingIfNeeded: seed))),
                ("samples", .int(samples)), ("vertex_diameter_bound", .int(bound)),
                ("guarantee", .string("every value within ±epsilon of the exact one with probability at least 1 − delta")),
            ])
        }
    }
}
