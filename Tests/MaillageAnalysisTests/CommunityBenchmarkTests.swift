import Testing
import MaillageAnalysis

/// Quality against igraph on weighted graphs with planted communities
/// (References/communities/benchmarks.json, made by make_references.py).
@Suite struct CommunityBenchmarkTests {
    typealias F = CommunityFixtures

    @Test func referenceGraphsAreThoseExpected() throws {
        let reference = try F.benchmarkReference.get()
        #expect(reference.graphs.map(\.name) ==
                ["lfr_1000_mu0.2", "lfr_1000_mu0.4", "lfr_3000_mu0.5", "sbm_heavy_tailed_2000"])
        for item in reference.graphs {
            let graph = item.graph
            #expect(graph.checkInvariants() == nil)
            #expect(graph.edgeCount == item.edges.count)
            #expect(abs(modularity(graph: graph, membership: item.planted) - item.planted_modularity) <= 1e-9)
        }
    }

    /// Maillage's Louvain, one run at seed 0, reaches at least the best of igraph's
    /// `community_multilevel` over ten seeds, less 1e-3.
    @Test func louvainMatchesIgraphMultilevel() throws {
        for item in try F.benchmarkReference.get().graphs {
            let q = louvain(graph: item.graph, seed: 0).modularity
            #expect(q >= item.igraph_multilevel.max - 1e-3,
                    "\(item.name): \(q) vs igraph \(item.igraph_multilevel.max)")
        }
    }

    /// Maillage's Leiden, one run at seed 0, reaches at least the best of igraph's
    /// `community_leiden(objective_function="modularity", n_iterations=-1)` over ten
    /// seeds, less 1e-3.
    @Test func leidenMatchesIgraphLeiden() throws {
        for item in try F.benchmarkReference.get().graphs {
            let q = leiden(graph: item.graph, seed: 0).modularity
            #expect(q >= item.igraph_leiden.max - 1e-3,
                    "\(item.name): \(q) vs igraph \(item.igraph_leiden.max)")
        }
    }

    /// Both methods find partitions at least as good as the planted one, and close to it.
    @Test(arguments: CommunityMethod.allCases)
    func plantedCommunitiesAreFound(method: CommunityMethod) throws {
        for item in try F.benchmarkReference.get().graphs {
            let p = method.communities(of: item.graph, seed: 0)
            #expect(p.modularity >= item.planted_modularity - 1e-3, "\(method) \(item.name)")
            let nmi = F.normalizedMutualInformation(p.membership, item.planted)
            #expect(nmi >= (item.name.hasSuffix("0.2") ? 0.99 : 0.6), "\(method) \(item.name): NMI \(nmi)")
        }
    }
}
