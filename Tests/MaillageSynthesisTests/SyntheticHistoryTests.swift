import MaillageAnalysis
import MaillageModel
import Testing
@testable import MaillageSynthesis

/// `synth --years`: a dated dataset whose yearly changes the generator records, and
/// `compare` of two consecutive years gives exactly those changes.
@Suite struct SyntheticHistoryTests {
    static let history = SyntheticHistory.generate(actors: 300, seed: 7, years: 2018...2021)

    @Test func datesAreConsistent() {
        let d = Self.history.dataset
        #expect(d.isDated)
        #expect(Self.history.changes.map(\.year) == [2019, 2020, 2021])
        for a in d.actors { #expect(!a.lifespan.isReversed, "\(a.id)") }
        for c in d.cooperations { #expect(!c.lifespan.isReversed, "\(c.id)") }
        for m in d.memberships {
            #expect(!m.lifespan.isReversed)
            #expect(m.lifespan.lies(within: d.cooperation(m.cooperation)!.lifespan), "\(m.cooperation)/\(m.actor)")
        }
        // Something happens every year.
        for change in Self.history.changes {
            #expect(!change.cooperationsCreated.isEmpty && !change.cooperationsEnded.isEmpty && !change.actorsJoined.isEmpty)
            #expect(!change.actorsLeft.isEmpty && !change.membershipsAdded.isEmpty && !change.membershipsRemoved.isEmpty)
        }
        #expect(SyntheticHistory.generate(actors: 300, seed: 7, years: 2018...2021).dataset.memberships == d.memberships, "deterministic")
    }

    /// Ties (pairs of actor ids) of a set of memberships.
    static func ties(_ memberships: Set<SyntheticHistory.MembershipKey>) -> Set<[String]> {
        var members: [String: [String]] = [:]
        for m in memberships { members[m.cooperation, default: []].append(m.actor) }
        var ties = Set<[String]>()
        for list in members.values {
            let sorted = Set(list).sorted()
            for i in sorted.indices { for j in sorted.indices where j > i { ties.insert([sorted[i], sorted[j]]) } }
        }
        return ties
    }

    @Test(arguments: [2019, 2020, 2021])
    func compareGivesExactlyTheRecordedChanges(_ year: Int) throws {
        let d = Self.history.dataset
        let record = try #require(Self.history.changes.first { $0.year == year })
        let old = AnalysisSession(dataset: d.asOf(PartialDate(year: year - 1)!)), new = AnalysisSession(dataset: d.asOf(PartialDate(year: year)!))
        let c = NetworkComparison(old: old, new: new, top: 5, matchingNames: false)
        #expect(Set(c.joinedActors.map { new.dataset.actors[$0].id }) == record.actorsJoined)
        #expect(Set(c.leftActors.map { old.dataset.actors[$0].id }) == record.actorsLeft)
        #expect(Set(c.createdCooperations.map { new.dataset.cooperations[$0].id }) == record.cooperationsCreated)
        #expect(Set(c.endedCooperations.map { old.dataset.cooperations[$0].id }) == record.cooperationsEnded)
        #expect(c.actors.matchedByName == 0 && c.cooperations.matchedByName == 0, "one dataset: ids only")

        // The memberships of the new year follow from the old year's and the record.
        let before = Set(old.dataset.memberships.map { SyntheticHistory.MembershipKey(cooperation: $0.cooperation, actor: $0.actor) })
        let after = before.subtracting(record.membershipsRemoved).union(record.membershipsAdded)
        #expect(after == Set(new.dataset.memberships.map { SyntheticHistory.MembershipKey(cooperation: $0.cooperation, actor: $0.actor) }))
        let oldTies = Self.ties(before), newTies = Self.ties(after)
        #expect(Set(c.tiesGained.map { [new.dataset.actors[$0.first].id, new.dataset.actors[$0.second].id].sorted() }) == newTies.subtracting(oldTies))
        #expect(Set(c.tiesLost.map { [old.dataset.actors[$0.first].id, old.dataset.actors[$0.second].id].sorted() }) == oldTies.subtracting(newTies))
        #expect(c.tiesKept == oldTies.intersection(newTies).count)
    }
}
