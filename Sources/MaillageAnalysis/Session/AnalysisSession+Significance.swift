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
