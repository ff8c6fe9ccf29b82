import MaillageGraph
import MaillageSupport

/// Is a territory's inward-looking E-I index real or chance? The permutation test of
/// UCINET: the group labels are shuffled among the actors that have one (group sizes
/// kept, actors of unknown group left out, ties unchanged), the E-I indices are
/// recomputed for each shuffle, and the observed values are compared with that
/// distribution.
///
/// For the whole network and for each group:
/// - `expected`: the mean E-I over the shuffles (shuffles where it is undefined — a
///   group without any tie — are left out of that group's mean);
/// - `pLower`: the share of shuffles whose E-I is at most the observed one — small
///   when the group is more inward-looking than chance would make it;
/// - `pUpper`: the share whose E-I is at least the observed one — small when it is more
///   open than chance. Both are (k + 1)/(P + 1) for k such shuffles out of P (the
///   observed labelling counts as one of the possible ones; Phipson & Smyth 2010).
///
/// For the network, the expectation is also known exactly (``exactExpectedNetworkEI(graph:groups:groupCount:)``):
/// a tie whose two ends have a group joins two actors of the same group with
/// probability Σ_g n_g(n_g − 1) / (N(N − 1)), for N actors with a group and n_g in
/// group g, so E[E-I] = 1 − 2 Σ_g n_g(n_g − 1) / (N(N − 1)).
///
/// The shuffles are drawn by `SeededGenerator` (MaillageSupport): the same seed gives the same figures.
///
/// References: D. Krackhardt and R. N. Stern (1988); S. P. Borgatti, M. G. Everett and
/// L. C. Freeman (2002), *UCINET for Windows*; B. Phipson and G. K. Smyth (2010),
/// "Permutation p-values should never be zero", *Statistical Applications in Genetics
/// and Molecular Biology* 9(1).
///
/// - Complexity: O(P · (n + m)) for P shuffles (``permutations(forTies:)`` bounds P · m
///   to 10⁸ up to a million ties), on two threads from 100,000 ties.
public struct EIPermutationTest: Sendable, Equatable {
    /// The test of one E-I index.
    public struct Figure: Sendable, Equatable {
        /// The observed index; nil when undefined (no tie).
        public var observed: Double?
        /// Its mean over the shuffles; nil when undefined in every shuffle.
        public var expected: Double?
        /// (k + 1)/(P + 1), k shuffles with an index at most the observed one.
        public var pLower: Double?
        /// (k + 1)/(P + 1), k shuffles with an index at least the observed one.
        public var pUpper: Double?
    }

    /// The whole network's E-I (ties between two known groups against ties inside one).
    public let network: Figure
    /// Each group's E-I, indexed by group.
    public let groups: [Figure]
    /// The number of shuffles.
    public let permutations: Int
    /// The seed of the shuffles.
    public let seed: UInt64

    /// Runs the test.
    /// - Parameters:
    ///   - graph: the graph whose ties are counted.
    ///   - groups: each node's group in `0..<groupCount`, or −1 (unknown: never shuffled).
    ///   - groupCount: the number of groups.
    ///   - permutations: the number of shuffles (default 999).
    ///   - seed: the seed of the shuffles.
    ///   - workers: the threads that recount the shuffled ties (default 2). The shuffles
    ///     are drawn in order by one generator, in batches, and their indices summed in
    ///     that order, so the result is the same whatever the number of threads.
    public init(graph: Graph, groups: [Int], groupCount: Int, permutations: Int = 999, seed: UInt64 = 1, workers: Int = 2) {
        self.permutations = permutations
        self.seed = seed
        let ends = EdgeEnds(graph)
        let observed = Self.indices(ends: ends, groups: groups, groupCount: groupCount)
        let known = groups.indices.filter { groups[$0] >= 0 }
        var labels = known.map { groups[$0] }
        var shuffled = groups
        var rng = SeededGenerator(seed: seed)
        var sums = [Double](repeating: 0, count: groupCount + 1)
        var defined = [Int](repeating: 0, count: groupCount + 1)
        var atMost = [Int](repeating: 0, count: groupCount + 1), atLeast = [Int](repeating: 0, count: groupCount + 1)
        let tolerance = 1e-12
        // Batches of shuffles drawn in order, recounted on `workers` threads when the ties
        // are many (a recount of 35 million ties takes 90 ms), summed in order.
        let batchSize = max(1, min(32, 4_000_000 / max(groups.count, 1)))
        let threads = ends.u.count >= 100_000 ? max(1, workers) : 1
        var done = 0
        while done < max(0, permutations) {
            let count = min(batchSize, permutations - done)
            var drawn: [[Int]] = []
            drawn.reserveCapacity(count)
            for _ in 0..<count {
                rng.shuffle(&labels)
                for (i, v) in known.enumerated() { shuffled[v] = labels[i] }
                drawn.append(shuffled)
            }
            done += count
            let batch = drawn
            let recounted = threads == 1 ? batch.map { Self.indices(ends: ends, groups: $0, groupCount: groupCount) }
                : ParallelChunks.map(chunkCount: count, workers: threads) { Self.indices(ends: ends, groups: batch[$0], groupCount: groupCount) }
            for values in recounted {
                for k in 0...groupCount {
                    guard let value = values[k] else { continue }
                    sums[k] += value
                    defined[k] += 1
                    if let o = observed[k] {
                        if value <= o + tolerance { atMost[k] += 1 }
                        if value >= o - tolerance { atLeast[k] += 1 }
                    }
                }
            }
        }
        let p = Double(max(0, permutations))
        func figure(_ k: Int) -> Figure {
            let o = observed[k]
            return Figure(observed: o, expected: defined[k] > 0 ? sums[k] / Double(defined[k]) : nil,
                          pLower: o == nil ? nil : (Double(atMost[k]) + 1) / (p + 1),
                          pUpper: o == nil ? nil : (Double(atLeast[k]) + 1) / (p + 1))
        }
        network = figure(groupCount)
        self.groups = (0..<groupCount).map(figure)
    }

    /// The exact expectation of the network's E-I under the shuffles (see the type's
    /// discussion); nil when fewer than two actors have a group or no tie joins two of them.
    public static func exactExpectedNetworkEI(graph: Graph, groups: [Int], groupCount: Int) -> Double? {
        var sizes = [Int](repeating: 0, count: groupCount)
        for g in groups where g >= 0 { sizes[g] += 1 }
        let n = Double(sizes.reduce(0, +))
        guard n >= 2 else { return nil }
        var counted = false
        for u in 0..<graph.nodeCount where groups[u] >= 0 {
            if graph.neighbors(of: u).contains(where: { groups[Int($0)] >= 0 }) { counted = true; break }
        }
        guard counted else { return nil }
        let same = sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) } / (n * (n - 1))
        return 1 - 2 * same
    }

    /// The E-I index of each group (indices `0..<groupCount`) and of the network (index
    /// `groupCount`), as ``GroupStructure`` counts them.
    static func indices(graph: Graph, groups: [Int], groupCount: Int) -> [Double?] {
        indices(ends: EdgeEnds(graph), groups: groups, groupCount: groupCount)
    }

    /// The two ends of every tie, once (u < v), for the shuffled recounts.
    struct EdgeEnds {
        var u: [Int32] = []
        var v: [Int32] = []

        init(_ graph: Graph) {
            u.reserveCapacity(graph.edgeCount)
            v.reserveCapacity(graph.edgeCount)
            for a in 0..<graph.nodeCount {
                for b in graph.neighbors(of: a) where Int(b) > a {
                    u.append(Int32(a))
                    v.append(b)
                }
            }
        }
    }

    static func indices(ends: EdgeEnds, groups: [Int], groupCount: Int) -> [Double?] {
        var internalTies = [Int](repeating: 0, count: groupCount), externalTies = [Int](repeating: 0, count: groupCount)
        var within = 0, between = 0
        for i in ends.u.indices {
            let gu = groups[Int(ends.u[i])], gv = groups[Int(ends.v[i])]
            if gu >= 0 && gv >= 0 {
                if gu == gv { within += 1; internalTies[gu] += 1 } else { between += 1; externalTies[gu] += 1; externalTies[gv] += 1 }
            } else if gu >= 0 {
                externalTies[gu] += 1
            } else if gv >= 0 {
                externalTies[gv] += 1
            }
        }
        return (0..<groupCount).map { eiIndex(external: externalTies[$0], internal: internalTies[$0]) }
            + [eiIndex(external: between, internal: within)]
    }

    /// The number of shuffles for a graph of `ties` ties: 999, or fewer (99 at least)
    /// when 999 recounts would exceed 10⁸ tie visits, so the test stays within seconds.
    public static func permutations(forTies ties: Int) -> Int {
        ties <= 100_000 ? 999 : max(99, 100_000_000 / ties)
    }
}
