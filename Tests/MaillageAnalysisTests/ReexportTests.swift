import Testing
import MaillageAnalysis

@Suite struct ReexportTests {
    @Test func analysisReexportsTheGraphCore() {
        #expect(Graph(nodeCount: 2, edges: [(0, 1, 1)]).edgeCount == 1)
    }
}
