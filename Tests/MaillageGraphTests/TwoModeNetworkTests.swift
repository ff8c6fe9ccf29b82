import MaillageModel
import Testing
@testable import MaillageGraph

@Suite struct TwoModeNetworkTests {
    @Test func actorsComeFirstThenCooperations() {
        let network = TwoModeNetwork(dataset: TinyDatasets.fiveActors)
        #expect(network.actorIDs == ["a", "b", "c", "d", "e"])
        #expect(network.cooperationIDs == ["k1", "k2", "k3", "k4", "k5"])
        #expect(network.actorCount == 5)
        #expect(network.cooperationCount == 5)
        #expect(network.graph.nodeCount == 10)
        #expect(network.graph.edgeCount == 8)
        #expect(network.graph.checkInvariants() == nil)
        #expect(network.graph.weights.allSatisfy { $0 == 1 })
    }

    @Test func rowsListCooperationsAndMembersInDatasetOrder() {
        let network = TwoModeNetwork(dataset: TinyDatasets.fiveActors)
        #expect(network.cooperations(ofActor: 0) == [0, 1])      // a: k1, k2
        #expect(network.cooperations(ofActor: 3) == [2, 3])      // d: k3, k4
        #expect(network.cooperations(ofActor: 4) == [])          // e: nothing
        #expect(network.members(ofCooperation: 0) == [0, 1, 2])  // k1: a, b, c
        #expect(network.members(ofCooperation: 4) == [])         // k5: nobody
        #expect(Array(network.graph.neighbors(of: network.cooperationNode(2))) == [2, 3])
        #expect(network.isActor(4) && !network.isActor(5))
    }

    @Test func actorAndCooperationIDsMayCollide() {
        let dataset = Dataset(
            name: "collide", actors: [Actor(id: "x"), Actor(id: "y")], cooperations: [Cooperation(id: "x")],
            memberships: [Membership(cooperation: "x", actor: "x"), Membership(cooperation: "x", actor: "y")],
            territories: [])
        let network = TwoModeNetwork(dataset: dataset)
        #expect(network.graph.nodeCount == 3)
        #expect(Array(network.graph.neighbors(of: 2)) == [0, 1])
    }

    @Test func repeatedOrDanglingMembershipsGiveOneEdgeOrNone() {
        let dataset = Dataset(
            name: "repeat", actors: [Actor(id: "a"), Actor(id: "b")], cooperations: [Cooperation(id: "k")],
            memberships: [
                Membership(cooperation: "k", actor: "a"), Membership(cooperation: "k", actor: "a", role: .porteur),
                Membership(cooperation: "k", actor: "b"), Membership(cooperation: "nowhere", actor: "b"),
                Membership(cooperation: "k", actor: "ghost"),
            ],
            territories: [])
        let network = TwoModeNetwork(dataset: dataset)
        #expect(network.graph.edgeCount == 2)
        #expect(network.graph.weight(0, 2) == 1)
        #expect(network.graph.checkInvariants() == nil)
    }

    @Test func emptyDataset() {
        let network = TwoModeNetwork(dataset: Dataset(name: "empty", actors: [], cooperations: [], memberships: [], territories: []))
        #expect(network.graph.nodeCount == 0)
        #expect(network.graph.checkInvariants() == nil)
        let projected = ProjectedGraph(network: network, projection: .newman)
        #expect(projected.graph.nodeCount == 0)
        #expect(projected.graph.checkInvariants() == nil)
    }
}
