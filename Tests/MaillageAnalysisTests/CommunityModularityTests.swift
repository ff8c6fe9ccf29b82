import Testing
import MaillageAnalysis

@Suite struct CommunityModularityTests {
    typealias F = CommunityFixtures

    @Test func matchesNetworkXOnEveryCommittedPartition() throws {
        let reference = try F.modularityReference.get()
        #expect(Set(reference.graphs.map(\.name)) ==
                ["karate", "karate_weighted", "les_miserables", "disconnected_with_isolates"])
        var compared = 0
        var worst = 0.0
        for item in reference.graphs {
            let graph = item.graph
            #expect(graph.nodeCount == item.nodes)
            #expect(graph.edgeCount == item.edges.count)
            for partition in item.partitions {
                for value in partition.values {
                    let q = modularity(graph: graph, membership: partition.membership, resolution: value.resolution)
                    worst = max(worst, abs(q - value.modularity))
                    #expect(abs(q - value.modularity) <= 1e-9,
                            "\(item.name) / \(partition.name) / γ=\(value.resolution): \(q) vs \(value.modularity)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 60)
        #expect(worst <= 1e-9)
    }

    @Test func karateFixtureIsTheReferenceKarateGraph() throws {
        let reference = try F.modularityReference.get()
        let stored = try #require(reference.graphs.first { $0.name == "karate" })
        #expect(stored.graph == F.karate)
    }

    @Test func agreesWithThePairwiseDefinition() throws {
        let reference = try F.modularityReference.get()
        for item in reference.graphs where item.name != "les_miserables" {
            let graph = item.graph
            for partition in item.partitions {
                for gamma in [0.0, 0.7, 1.0, 3.0] {
                    let q = modularity(graph: graph, membership: partition.membership, resolution: gamma)
                    let naive = F.naiveModularity(graph, partition.membership, resolution: gamma)
                    #expect(abs(q - naive) <= 1e-12, "\(item.name) / \(partition.name) / γ=\(gamma)")
                }
            }
        }
    }

    @Test func twoTrianglesWorkedExample() {
        let g = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)])
        // L_c = 3, d_c = 7 for each side, m = 7: 2·(3/7 − (7/14)²) = 5/14.
        #expect(abs(modularity(graph: g, membership: [0, 0, 0, 1, 1, 1]) - 5.0 / 14.0) < 1e-15)
        #expect(abs(modularity(graph: g, membership: [0, 0, 0, 0, 0, 0])) < 1e-15)
        // With γ = 2: 2·(3/7 − 2·(1/2)²) = 6/7 − 1.
        #expect(abs(modularity(graph: g, membership: [0, 0, 0, 1, 1, 1], resolution: 2) - (6.0 / 7.0 - 1)) < 1e-15)
    }

    @Test func labelsAreArbitraryIntegers() {
        let g = F.karate
        let base = (0..<34).map { $0 < 17 ? 0 : ($0 % 3 == 0 ? 1 : 2) }
        let relabelled = base.map { [0: 1_000_000, 1: -7, 2: 42][$0] ?? 0 }
        let permuted = base.map { [0: 2, 1: 0, 2: 1][$0] ?? 0 }
        let q = modularity(graph: g, membership: base)
        #expect(modularity(graph: g, membership: relabelled) == q)
        #expect(modularity(graph: g, membership: permuted) == q)
        #expect(q != modularity(graph: g, membership: base.map { $0 == 2 ? 1 : $0 }))
    }

    @Test func isolatedNodesAddNothing() {
        let g = Graph(nodeCount: 7, edges: [(0, 1, 2), (1, 2, 1), (3, 4, 1.5)])   // 5, 6 isolated
        let q = modularity(graph: g, membership: [0, 0, 0, 1, 1, 2, 3])
        #expect(modularity(graph: g, membership: [0, 0, 0, 1, 1, 0, 1]) == q)
        #expect(modularity(graph: g, membership: [0, 0, 0, 1, 1, 5, 5]) == q)
    }

    @Test func graphsWithoutEdgesHaveModularityZero() {
        // NetworkX raises ZeroDivisionError here; Maillage documents 0.
        #expect(modularity(graph: Graph(nodeCount: 0, edges: []), membership: []) == 0)
        #expect(modularity(graph: Graph(nodeCount: 4, edges: []), membership: [0, 1, 2, 3]) == 0)
        #expect(modularity(graph: Graph(nodeCount: 4, edges: []), membership: [0, 0, 0, 0], resolution: 2) == 0)
    }

    @Test func partitionRenumbersByFirstAppearance() {
        let g = Graph(nodeCount: 5, edges: [(0, 1, 1), (2, 3, 1)])
        let p = CommunityPartition(graph: g, membership: [7, 7, 3, 3, 9])
        #expect(p.membership == [0, 0, 1, 1, 2])
        #expect(p.count == 3)
        #expect(p.communities == [[0, 1], [2, 3], [4]])
        #expect(p.sizes == [2, 2, 1])
        #expect(p.resolution == 1)
        #expect(abs(p.modularity - 0.5) < 1e-15)   // 2·(1/2 − (2/4)²)
        #expect(CommunityPartition(graph: g, membership: [-1, -1, 5, 5, 0]) == p)
    }
}
