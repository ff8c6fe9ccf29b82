import Foundation
import MaillageGraph
import MaillageModel
import Testing
@testable import MaillageAnalysis

/// Gaps between groups: the expectation D_A · D_B / 2m, the shortfall, the linkers.
@Suite struct SuggestionGapTests {
    @Test func twoClosedTerritoriesAreAGap() {
        // Two triangles (groups 0 and 1) and no tie between them; m = 6, D = 6 each: E = 36/12 = 3.
        let g = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1)])
        let gaps = GroupGaps(graph: g, groups: [0, 0, 0, 1, 1, 1], groupCount: 2)
        #expect(gaps.gaps.count == 1)
        let gap = gaps.gaps[0]
        #expect(gap.observed == 0)
        #expect(gap.expected == 3)
        #expect(abs(gap.probability - exp(-3.0)) < 1e-12)
        #expect(!gap.linkersReachBoth)
        #expect(gap.linkers == [0, 3])
    }

    @Test func anActorTiedToBothSidesIsTheLinker() {
        // Actor 6 (no group) is tied to one actor of each side; groups stay under-tied.
        let edges = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (6, 0), (6, 3)].map { ($0.0, $0.1, 1.0) }
        let g = Graph(nodeCount: 7, edges: edges)
        let gaps = GroupGaps(graph: g, groups: [0, 0, 0, 1, 1, 1, -1], groupCount: 2)
        let gap = gaps.gaps[0]
        // D = 7 each, m = 8: E = 49/16.
        #expect(gap.expected == 49.0 / 16)
        #expect(gap.linkersReachBoth)
        #expect(gap.linkers == [6])
    }

    @Test func wellTiedGroupsAreNoGap() {
        // A complete bipartite tie pattern between the groups: more ties across than expected.
        let g = Graph(nodeCount: 4, edges: [(0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1)])
        #expect(GroupGaps(graph: g, groups: [0, 0, 1, 1], groupCount: 2).gaps.isEmpty)
    }

    @Test func poissonProbabilities() {
        #expect(abs(GroupGaps.poissonCDF(0, mean: 2) - exp(-2.0)) < 1e-15)
        #expect(abs(GroupGaps.poissonCDF(2, mean: 2) - 5 * exp(-2.0)) < 1e-15)
    }
}
