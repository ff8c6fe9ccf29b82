extension AnalysisSession {
    /// The number of shuffles of ``territoryEITest(permutations:)`` by default.
    public static let defaultPermutations = 999

    /// The permutation test of the E-I indices of the network and of each territory of
    /// the session's level (``EIPermutationTest``), seeded with the settings' seed.
    /// - Complexity: O(permutations · (n + m)).
    public func territoryEITest(permutations: Int = AnalysisSession.defaultPermutations) -> EIPermutationTest {
        EIPermutationTest(graph: graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount,
                          permutations: permutations, seed: settings.communities.seed)
    }
}
