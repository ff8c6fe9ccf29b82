import MaillageModel
import Testing
@testable import MaillageGraph

/// ``ProjectionLimits/estimate(_:)-(Dataset)`` counts each cooperation's distinct members,
/// as the two-mode network does: a membership repeated in a dataset built by hand counts once.
@Suite struct ProjectionEstimateTests {
    @Test func repeatedMembershipsCountOnceAndAgreeWithTheNetwork() {
        let actors = ["a", "b", "c", "d"].map { Actor(id: $0) }
        let cooperations = ["k1", "k2", "k3"].map { Cooperation(id: $0) }
        let memberships = [("k1", "a"), ("k2", "a"), ("k1", "b"), ("k1", "a"), ("k1", "c"), ("k2", "b"), ("k2", "a"), ("k3", "d")]
            .map { Membership(cooperation: $0.0, actor: $0.1, role: .membre) }
        let dataset = Dataset(name: "t", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
        #expect(dataset.links.count == 8, "the repeats are in the links")
        let limits = ProjectionLimits()
        let fromDataset = limits.estimate(dataset)
        let fromNetwork = limits.estimate(TwoModeNetwork(dataset: dataset))
        // k1: a, b, c (3 pairs); k2: a, b (1 pair); k3: d (none).
        #expect(fromDataset.tieBound == 4)
        #expect(fromDataset.largest.map(\.id) == ["k1", "k2", "k3"])
        #expect(fromDataset.largest.map(\.members) == [3, 2, 1])
        #expect(fromDataset.tieBound == fromNetwork.tieBound)
        #expect(fromDataset.largest.map(\.members) == fromNetwork.largest.map(\.members))
    }
}
