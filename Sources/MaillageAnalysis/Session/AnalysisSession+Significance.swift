extension AnalysisSession {
    /// The permutation test of the E-I indices of the network and of each territory of
    /// the session's level (``EIPermutationTest``), seeded with the settings' seed; by
    /// default 999 shuffles, fewer on a very large graph (``EIPermutationTest/permutations(forTies:)``).
    /// - Complexity: O(permutations · (n + m)).
    public func territoryEITest(permutations: Int? = nil) -> EIPermutationTest {
        let g = graph
        return EIPermutationTest(graph: g, groups: assignment.groupOfActor, groupCount: assignment.groupCount,
                                 permutations: permutations ?? EIPermutationTest.permutations(forTies: g.edgeCount), seed: settings.communities.seed)
    }
}

extension AnalysisSession {
    /// The permutation test of the brokerage of `actors` between `groups`
    /// (``BrokerageSignificance``: each broker keeps its group, the other actors' labels
    /// are shuffled, sizes kept), seeded with the settings' seed.
    /// - Parameters:
    ///   - brokerage: the counts (``brokerage(between:)``) the test is about.
    ///   - actors: the brokers to test, most important first; nil tests every actor with an open pair.
    ///   - permutations: shuffles per broker; nil takes
    ///     ``BrokerageSignificance/permutations(forWork:)`` (999, fewer on large networks)
    ///     and tests only the first actors whose work fits
    ///     (``BrokerageSignificance/affordablePrefix(graph:nodes:budget:)``): on a large
    ///     network the later ones are left untested (nil) rather than taking minutes.
    /// - Complexity: O(P · Σ (deg + ties among neighbours)) over the actors tested.
    public func brokerageTest(_ brokerage: Brokerage, actors: [Int]? = nil, permutations: Int? = nil) -> BrokerageSignificance {
        let g = graph
        let candidates = actors ?? Array(0..<g.nodeCount).filter { brokerage.groups[$0] >= 0 && brokerage.counts[$0].openPairs > 0 }
        let tested = permutations == nil ? BrokerageSignificance.affordablePrefix(graph: g, nodes: candidates) : candidates
        return BrokerageSignificance(graph: g, brokerage: brokerage, nodes: tested, permutations: permutations,
                                     seed: settings.communities.seed)
    }
}
