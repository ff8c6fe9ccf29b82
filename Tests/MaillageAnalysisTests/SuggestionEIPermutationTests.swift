import MaillageGraph
import MaillageSupport
import Testing
@testable import MaillageAnalysis

/// The E-I permutation test against a brute-force enumeration of every labelling of a
/// tiny network, and against the exact expectation of the network's index.
@Suite struct SuggestionEIPermutationTests {
    /// Two triangles joined by one tie, a pendant actor of unknown group; groups of 3 and 3.
    static let graph = Graph(nodeCount: 7, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1), (5, 6, 1)])
    static let groups = [0, 0, 0, 1, 1, 1, -1]

    /// Every distinct permutation of `labels`.
    static func permutations(_ labels: [Int]) -> [[Int]] {
        if labels.count <= 1 { return [labels] }
        var result: [[Int]] = []
        for (i, first) in labels.enumerated() {
            var rest = labels
            rest.remove(at: i)
            for tail in permutations(rest) { result.append([first] + tail) }
        }
        return result
    }

    @Test func permutationsAgreeWithTheEnumerationOfEveryLabelling() {
        let observed = EIPermutationTest.indices(graph: Self.graph, groups: Self.groups, groupCount: 2)
        // Every ordering of the six known labels (720, each labelling counted equally).
        var all: [[Double?]] = []
        for labels in Self.permutations([0, 0, 0, 1, 1, 1]) {
            all.append(EIPermutationTest.indices(graph: Self.graph, groups: labels + [-1], groupCount: 2))
        }
        let test = EIPermutationTest(graph: Self.graph, groups: Self.groups, groupCount: 2, permutations: 20_000, seed: 4)
        for k in 0...2 {
            let values = all.compactMap { $0[k] }
            let mean = values.reduce(0, +) / Double(values.count)
            let lower = Double(values.count { $0 <= observed[k]! + 1e-12 }) / Double(values.count)
            let upper = Double(values.count { $0 >= observed[k]! - 1e-12 }) / Double(values.count)
            let figure = k == 2 ? test.network : test.groups[k]
            #expect(figure.observed == observed[k])
            #expect(abs(figure.expected! - mean) < 0.01, "group \(k): \(figure.expected!) vs \(mean)")
            #expect(abs(figure.pLower! - lower) < 0.01, "group \(k): \(figure.pLower!) vs \(lower)")
            #expect(abs(figure.pUpper! - upper) < 0.01, "group \(k): \(figure.pUpper!) vs \(upper)")
        }
        // The two triangles are inward-looking: only the labelling observed (and its mirror)
        // gives a network E-I that low, 2 of the 20 distinct labellings.
        #expect(abs(test.network.pLower! - 0.1) < 0.01)
    }

    @Test func theNetworkExpectationIsExact() {
        let exact = EIPermutationTest.exactExpectedNetworkEI(graph: Self.graph, groups: Self.groups, groupCount: 2)!
        var sum = 0.0, count = 0.0
        for labels in Self.permutations([0, 0, 0, 1, 1, 1]) {
            sum += EIPermutationTest.indices(graph: Self.graph, groups: labels + [-1], groupCount: 2)[2]!
            count += 1
        }
        // 1 − 2 · (3·2 + 3·2)/(6·5) = 0.2.
        #expect(abs(exact - 0.2) < 1e-12)
        #expect(abs(sum / count - exact) < 1e-12)
    }

    @Test func theSameSeedGivesTheSameFigures() {
        let a = EIPermutationTest(graph: Self.graph, groups: Self.groups, groupCount: 2, permutations: 200, seed: 9)
        #expect(a == EIPermutationTest(graph: Self.graph, groups: Self.groups, groupCount: 2, permutations: 200, seed: 9))
        #expect(a.permutations == 200)
    }

    /// From 100,000 ties the shuffles are recounted on two threads, in batches: the
    /// figures are those of one thread, to the last bit.
    @Test func threadsDoNotChangeTheFigures() {
        var rng = SplitMix64(seed: 3)
        var edges: [(Int, Int, Double)] = []
        while edges.count < 110_000 {
            let u = Int(rng.next() % 3_000), v = Int(rng.next() % 3_000)
            if u != v { edges.append((u, v, 1)) }
        }
        let graph = Graph(nodeCount: 3_000, edges: edges)
        #expect(graph.edgeCount >= 100_000)
        let groups = (0..<3_000).map { $0 % 7 == 0 ? -1 : $0 % 5 }
        let one = EIPermutationTest(graph: graph, groups: groups, groupCount: 5, permutations: 41, seed: 2, workers: 1)
        let two = EIPermutationTest(graph: graph, groups: groups, groupCount: 5, permutations: 41, seed: 2, workers: 2)
        #expect(one == two)
        #expect(one.network.expected != nil && one.groups.count == 5)
    }

    @Test func largeGraphsGetFewerShuffles() {
        #expect(EIPermutationTest.permutations(forTies: 100_000) == 999)
        #expect(EIPermutationTest.permutations(forTies: 200_000) == 500)
        #expect(EIPermutationTest.permutations(forTies: 10_000_000) == 99)
    }
}
