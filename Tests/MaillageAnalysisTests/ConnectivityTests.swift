import Testing
import MaillageAnalysis
import MaillageSupport

@Suite struct ConnectivityTests {
    typealias F = StructureFixtures

    @Test func componentsAreLabelledBySmallestNode() {
        let g = F.graph(7, [(5, 6), (0, 3), (3, 4), (2, 6)])
        let c = ConnectedComponents(g)
        #expect(c.count == 3)
        #expect(c.labels == [0, 1, 2, 0, 0, 2, 2])
        #expect(c.sizes == [3, 1, 3])
        #expect(c.members() == [[0, 3, 4], [1], [2, 5, 6]])
        #expect(c.members(of: 2) == [2, 5, 6])
        #expect(c.largest == 0)
    }

    @Test func emptyAndEdgelessGraphs() {
        let empty = ConnectedComponents(Graph(nodeCount: 0, edges: []))
        #expect(empty.count == 0)
        #expect(empty.largest == nil)
        #expect(articulationPoints(of: Graph(nodeCount: 0, edges: [])).isEmpty)
        let isolated = Graph(nodeCount: 3, edges: [])
        #expect(ConnectedComponents(isolated).sizes == [1, 1, 1])
        #expect(articulationPoints(of: isolated).isEmpty)
        #expect(bridges(of: isolated).isEmpty)
    }

    @Test func pathHasEveryInnerNodeAsCutVertexAndEveryEdgeAsBridge() {
        let g = F.path(5)
        #expect(articulationPoints(of: g) == [1, 2, 3])
        #expect(bridges(of: g).map { [$0.u, $0.v] } == [[0, 1], [1, 2], [2, 3], [3, 4]])
    }

    @Test func cycleHasNoCutVertexNorBridge() {
        let g = F.graph(5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)])
        #expect(articulationPoints(of: g).isEmpty)
        #expect(bridges(of: g).isEmpty)
    }

    @Test func starCentreIsTheOnlyCutVertex() {
        let g = F.star(leaves: 4)
        #expect(articulationPoints(of: g) == [0])
        #expect(articulationPointMask(of: g) == [true, false, false, false, false])
        #expect(bridges(of: g).count == 4)
    }

    @Test func twoTrianglesJoinedThroughANode() {
        let g = F.twoTrianglesJoined
        #expect(articulationPoints(of: g) == [2, 3, 6])
        #expect(bridges(of: g).map { [$0.u, $0.v] } == [[2, 6], [3, 6]])
    }

    @Test func barbell() {
        let g = F.barbell
        #expect(articulationPoints(of: g) == [3, 4, 5, 6])
        #expect(bridges(of: g).map { [$0.u, $0.v] } == [[3, 4], [4, 5], [5, 6]])
        #expect(ConnectedComponents(g).count == 1)
    }

    @Test func rootWithOneChildIsNotACutVertexButARootWithTwoIs() {
        // node 0 is the DFS root: first a cycle 0-1-2 (one child), then a pendant 3 on 0
        #expect(articulationPoints(of: F.graph(3, [(0, 1), (1, 2), (2, 0)])).isEmpty)
        #expect(articulationPoints(of: F.graph(4, [(0, 1), (1, 2), (2, 0), (0, 3)])) == [0])
    }

    /// Articulation points, bridges and components against removal + BFS on random graphs
    /// of varied density (sparse ones have many cut vertices).
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func agreesWithBruteForceOnRandomGraphs(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var cutSeen = 0, bridgesSeen = 0, cycleEdgesSeen = 0
        for trial in 0..<25 {
            let n = Int.random(in: 1...30, using: &rng)
            let p = Double.random(in: 0.5...3.0, using: &rng) / Double(n)
            let g = F.random(nodes: n, edgeProbability: p, rng: &rng)
            let labels = F.componentLabels(g)
            let c = ConnectedComponents(g)
            #expect(c.labels == labels, "seed \(seed) trial \(trial)")
            #expect(c.sizes.reduce(0, +) == n)

            let componentCount = Set(labels).count
            var expectedCut: [Int] = []
            for v in 0..<n {
                let after = Set(F.componentLabels(g, removed: [v]).filter { $0 >= 0 }).count
                // removing an isolated node lowers the count; otherwise a cut vertex raises it
                if after > componentCount - (g.degree(v) == 0 ? 1 : 0) { expectedCut.append(v) }
            }
            #expect(articulationPoints(of: g) == expectedCut, "seed \(seed) trial \(trial)")

            let expectedBridges = g.edges.filter { e in
                F.componentLabels(g, cut: (e.u, e.v)).max() ?? -1 >= componentCount
            }.map { [$0.u, $0.v] }
            #expect(bridges(of: g).map { [$0.u, $0.v] } == expectedBridges, "seed \(seed) trial \(trial)")
            cutSeen += expectedCut.count
            bridgesSeen += expectedBridges.count
            cycleEdgesSeen += g.edgeCount - expectedBridges.count
        }
        // the sample exercises both answers of each test
        #expect(cutSeen > 0 && bridgesSeen > 0 && cycleEdgesSeen > 0)
    }

    /// A 200,000-node path: the iterative searches must not overflow the stack.
    @Test func longPathDoesNotOverflow() {
        let n = 200_000
        let g = F.path(n)
        #expect(ConnectedComponents(g).count == 1)
        let cut = articulationPoints(of: g)
        #expect(cut.count == n - 2)
        #expect(cut.first == 1 && cut.last == n - 2)
        #expect(bridges(of: g).count == n - 1)
    }
}
