import Foundation
import MaillageGraph

/// Pairs of groups (territories, or sectors) with fewer ties between them than their
/// sizes predict, and the actors best placed to link them.
///
/// Expectation model: the configuration model behind modularity (Newman 2006). A
/// group's size is the number of its actors' tie ends, D_A = Σ_{v ∈ A} k(v); with m
/// ties in the whole graph, ties fall between A and B at random, degrees kept, so
/// the expected number of ties between two different groups is
///
///     E(A, B) = D_A · D_B / (2m)
///
/// A pair is a gap when at least one tie is expected (E ≥ ``minimumExpected``) and
/// fewer are observed (O < E). Gaps are ranked by their shortfall E − O, then by the
/// Poisson probability P(X ≤ O) for X ~ Poisson(E) (how unlikely so few ties are by
/// chance), then by group order. Actors best placed to link A and B are those with
/// partners on both sides (ranked by the smaller of the two counts, then the total,
/// then node order); when none has, the actor of each side with most partners.
///
/// Reference: M. E. J. Newman (2006), "Modularity and community structure in
/// networks", *PNAS* 103(23), 8577–8582.
public struct GroupGaps: Sendable {
    /// One pair of groups with too few ties between them.
    public struct Gap: Sendable, Equatable {
        /// The two groups (first < second).
        public var first: Int
        public var second: Int
        /// Ties observed between them.
        public var observed: Int
        /// Ties expected by the configuration model, E(A, B).
        public var expected: Double
        /// P(X ≤ observed) for X ~ Poisson(expected).
        public var probability: Double
        /// Actors best placed to link them (node indices), at most three.
        public var linkers: [Int]
        /// Whether ``linkers`` already have partners on both sides (false: they are the
        /// best-connected actor of each side).
        public var linkersReachBoth: Bool
    }

    /// The gaps, largest shortfall first.
    public let gaps: [Gap]
    /// The threshold on E below which a pair is not judged.
    public let minimumExpected: Double

    /// The gaps between the groups of `graph`'s actors.
    /// - Parameters:
    ///   - graph: the projected graph.
    ///   - groups: each actor's group, or −1 (the actor counts in m, not in any group).
    ///   - groupCount: number of groups.
    ///   - minimumExpected: pairs expected to share fewer ties are not judged (default 1).
    ///   - limit: how many gaps to keep, the largest shortfalls (default 20).
    /// - Complexity: O(m + G² + limit · m) for G groups.
    public init(graph: Graph, groups: [Int], groupCount: Int, minimumExpected: Double = 1, limit: Int = 20) {
        self.minimumExpected = minimumExpected
        let m = graph.edgeCount
        guard m > 0, groupCount > 1 else { gaps = []; return }
        var ends = [Double](repeating: 0, count: groupCount)
        var observed = [Int](repeating: 0, count: groupCount * groupCount)
        for v in 0..<graph.nodeCount where groups[v] >= 0 {
            ends[groups[v]] += Double(graph.degree(v))
            for u in graph.neighbors(of: v) where Int(u) > v && groups[Int(u)] >= 0 && groups[Int(u)] != groups[v] {
                let a = min(groups[v], groups[Int(u)]), b = max(groups[v], groups[Int(u)])
                observed[a * groupCount + b] += 1
            }
        }
        var found: [Gap] = []
        for a in 0..<groupCount {
            for b in (a + 1)..<groupCount {
                let expected = ends[a] * ends[b] / Double(2 * m)
                let o = observed[a * groupCount + b]
                guard expected >= minimumExpected, Double(o) < expected else { continue }
                found.append(Gap(first: a, second: b, observed: o, expected: expected,
                                 probability: Self.poissonCDF(o, mean: expected), linkers: [], linkersReachBoth: false))
            }
        }
        found.sort {
            let s0 = $0.expected - Double($0.observed), s1 = $1.expected - Double($1.observed)
            if s0 != s1 { return s0 > s1 }
            if $0.probability != $1.probability { return $0.probability < $1.probability }
            return ($0.first, $0.second) < ($1.first, $1.second)
        }
        gaps = found.prefix(max(0, limit)).map { gap in
            var gap = gap
            (gap.linkers, gap.linkersReachBoth) = Self.linkers(between: gap.first, and: gap.second, graph: graph, groups: groups)
            return gap
        }
    }

    /// Actors with partners in both groups, best first; else the best-connected of each side.
    static func linkers(between a: Int, and b: Int, graph: Graph, groups: [Int]) -> ([Int], Bool) {
        var reach: [(v: Int, inA: Int, inB: Int)] = []
        var bestA = -1, bestB = -1
        for v in 0..<graph.nodeCount {
            if groups[v] == a && (bestA < 0 || graph.degree(v) > graph.degree(bestA)) { bestA = v }
            if groups[v] == b && (bestB < 0 || graph.degree(v) > graph.degree(bestB)) { bestB = v }
            var inA = 0, inB = 0
            for u in graph.neighbors(of: v) {
                if groups[Int(u)] == a { inA += 1 } else if groups[Int(u)] == b { inB += 1 }
            }
            // An actor of A counts for A itself; one of B for B.
            if groups[v] == a { inA += 1 }
            if groups[v] == b { inB += 1 }
            if inA > 0 && inB > 0 { reach.append((v, inA, inB)) }
        }
        if !reach.isEmpty {
            let ranked = reach.sorted {
                let m0 = min($0.inA, $0.inB), m1 = min($1.inA, $1.inB)
                if m0 != m1 { return m0 > m1 }
                if $0.inA + $0.inB != $1.inA + $1.inB { return $0.inA + $0.inB > $1.inA + $1.inB }
                return $0.v < $1.v
            }
            return (ranked.prefix(3).map(\.v), true)
        }
        return ([bestA, bestB].filter { $0 >= 0 }, false)
    }

    /// P(X ≤ k) for X ~ Poisson(mean), summed term by term.
    static func poissonCDF(_ k: Int, mean: Double) -> Double {
        var term = exp(-mean), sum = term
        if k > 0 {
            for i in 1...k {
                term *= mean / Double(i)
                sum += term
            }
        }
        return min(1, sum)
    }
}
