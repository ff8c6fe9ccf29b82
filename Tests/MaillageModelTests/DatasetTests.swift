import Testing
import MaillageModel

/// A dataset's indexes and membership links, built from its tables.
@Suite struct DatasetTests {
    @Test func indexesFindEveryRowByItsId() {
        let dataset = TinyDatasets.territorial
        for (i, actor) in dataset.actors.enumerated() {
            #expect(dataset.actorIndex[actor.id] == i)
            #expect(dataset.actor(actor.id)?.id == actor.id)
        }
        for (i, cooperation) in dataset.cooperations.enumerated() { #expect(dataset.cooperationIndex[cooperation.id] == i) }
        for (i, territory) in dataset.territories.enumerated() { #expect(dataset.territoryIndex[territory.id] == i) }
        #expect(dataset.actor("nobody") == nil)
        #expect(dataset.cooperation("nothing") == nil)
        #expect(dataset.territory("nowhere") == nil)
    }

    @Test func linksFollowTheMembershipsAndSkipUnknownIds() {
        let dataset = Dataset(
            name: "d", actors: [Actor(id: "a"), Actor(id: "b")], cooperations: [Cooperation(id: "k")],
            memberships: [Membership(cooperation: "k", actor: "b"), Membership(cooperation: "k", actor: "ghost"),
                          Membership(cooperation: "gone", actor: "a"), Membership(cooperation: "k", actor: "a")],
            territories: [])
        #expect(dataset.links == [MembershipLink(actor: 1, cooperation: 0), MembershipLink(actor: 0, cooperation: 0)])
    }

    @Test func everyMembershipOfTheTinyDatasetIsLinked() {
        let dataset = TinyDatasets.fiveActors
        #expect(dataset.links.count == dataset.memberships.count)
        for (link, membership) in zip(dataset.links, dataset.memberships) {
            #expect(dataset.actors[Int(link.actor)].id == membership.actor)
            #expect(dataset.cooperations[Int(link.cooperation)].id == membership.cooperation)
        }
    }
}
