import Testing
import MaillageModel

/// ``Dataset/redacted()`` on hand-built datasets.
@Suite struct RedactionTests {
    @Test func redactedIDsNeverCollideAndFollowEveryReference() {
        let dataset = Dataset(
            name: "d",
            actors: [Actor(id: "redacted-1"), Actor(id: "x@example.org", territories: ["t@example.org"])],
            cooperations: [Cooperation(id: "c", territories: ["t@example.org"])],
            memberships: [Membership(cooperation: "c", actor: "redacted-1"), Membership(cooperation: "c", actor: "x@example.org")],
            territories: [Territory(id: "t@example.org", level: .commune), Territory(id: "child", parent: "t@example.org")],
            provenance: "Données : ops@example.org, 03 21 12 34 56")
        let redacted = dataset.redacted()
        #expect(redacted.actors.map(\.id) == ["redacted-1", "redacted-3"])
        #expect(redacted.territories.map(\.id) == ["redacted-2", "child"])
        #expect(redacted.territories[1].parent == "redacted-2")
        #expect(redacted.actors[1].territories == ["redacted-2"])
        #expect(redacted.cooperations[0].territories == ["redacted-2"])
        #expect(redacted.memberships.map(\.actor) == ["redacted-1", "redacted-3"])
        #expect(redacted.provenance == "Données : [redacted], [redacted]")
        #expect(redacted.territory("child", isWithin: "redacted-2"))
    }

    @Test func aDatasetWithoutContactDetailsKeepsItsTextAndIds() {
        let redacted = TinyDatasets.territorial.redacted()
        #expect(redacted.actors.map(\.id) == TinyDatasets.territorial.actors.map(\.id))
        #expect(redacted.territories.map(\.id) == TinyDatasets.territorial.territories.map(\.id))
        #expect(redacted.links == TinyDatasets.territorial.links)
    }
}
