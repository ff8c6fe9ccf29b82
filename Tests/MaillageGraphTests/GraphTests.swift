import Testing
@testable import MaillageGraph

@Suite struct GraphTests {
    @Test func buildsSortedSymmetricRows() {
        let g = Graph(nodeCount: 4, edges: [(2, 0, 1), (0, 1, 2), (1, 2, 0.5), (3, 3, 9)])
        #expect(g.checkInvariants() == nil)
        #expect(g.edgeCount == 3)
        #expect(Array(g.neighbors(of: 0)) == [1, 2])
        #expect(g.degree(3) == 0)
        #expect(g.strength(1) == 2.5)
        #expect(g.weight(2, 1) == 0.5)
        #expect(g.weight(0, 3) == nil)
    }

    @Test func mergesParallelEdgesBySumming() {
        let g = Graph(nodeCount: 2, edges: [(0, 1, 1), (1, 0, 2)])
        #expect(g.edgeCount == 1)
        #expect(g.weight(0, 1) == 3)
        #expect(g.totalWeight == 3)
    }

    @Test func edgesListsEachEdgeOnce() {
        let g = Graph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
        #expect(g.edges.map { [$0.u, $0.v] } == [[0, 1], [1, 2]])
    }

    /// `forEachEdge` visits what `edges` lists, in its order, with its indices.
    @Test func forEachEdgeVisitsTheEdgesInOrder() {
        let g = Graph(nodeCount: 5, edges: [(3, 1, 2), (0, 4, 1), (1, 0, 5), (2, 3, 1), (4, 2, 3)])
        var visited: [[Double]] = []
        g.forEachEdge { index, u, v, weight in visited.append([Double(index), Double(u), Double(v), weight]) }
        #expect(visited == g.edges.enumerated().map { [Double($0.offset), Double($0.element.u), Double($0.element.v), $0.element.weight] })
        #expect(visited.count == g.edgeCount)
    }
}
