import Testing
@testable import MaillageAnalysis

/// The disparity filter on a graph small enough to check by hand (no NetworkX: the
/// figures below are worked out in the comments).
@Suite struct DisparityFilterTests {
    // 0–1 (10), 0–2 (1), 0–3 (1), 1–2 (1).
    // node 0: k = 3, s = 12 → α01 = (1 − 10/12)² = 1/36, α02 = α03 = (11/12)² = 121/144
    // node 1: k = 2, s = 11 → α10 = 1/11, α12 = 10/11
    // node 2: k = 2, s = 2  → α20 = α21 = 1/2
    // node 3: k = 1         → α30 = 1 (a single tie is never significant for its own end)
    // Per edge, the smaller: 0–1 1/36, 0–2 1/2, 0–3 121/144, 1–2 1/2.
    let graph = Graph(nodeCount: 4, edges: [(0, 1, 10), (0, 2, 1), (0, 3, 1), (1, 2, 1)])

    @Test func significanceOfEachEdge() {
        let alphas = DisparityFilter.edgeSignificance(of: graph)
        #expect(alphas.map { [$0.u, $0.v] } == [[0, 1], [0, 2], [0, 3], [1, 2]])
        let expected = [1.0 / 36, 0.5, 121.0 / 144, 0.5]
        for (got, want) in zip(alphas.map(\.alpha), expected) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func backboneKeepsSignificantTies() {
        let strict = DisparityFilter.backbone(of: graph, alpha: 0.05)
        #expect(strict.nodeCount == 4)
        #expect(strict.edges.map { [$0.u, $0.v] } == [[0, 1]])
        #expect(strict.weight(0, 1) == 10)
        let loose = DisparityFilter.backbone(of: graph, alpha: 0.6)
        #expect(loose.edges.map { [$0.u, $0.v] } == [[0, 1], [0, 2], [1, 2]])
        // The one-byte-per-edge form says the same, in the same order.
        #expect(DisparityFilter.keeps(edgesOf: graph, alpha: 0.05) == [true, false, false, false])
        #expect(DisparityFilter.keeps(edgesOf: graph, alpha: 0.6) == [true, true, false, true])
    }

    @Test func uniformWeightsOnARingKeepNothing() {
        // Every node of a ring splits its strength evenly over 2 ties: α = 1/2 everywhere.
        let ring = Graph(nodeCount: 5, edges: (0..<5).map { ($0, ($0 + 1) % 5, 1.0) })
        #expect(DisparityFilter.edgeSignificance(of: ring).allSatisfy { abs($0.alpha - 0.5) < 1e-12 })
        #expect(DisparityFilter.backbone(of: ring, alpha: 0.05).edgeCount == 0)
    }
}
