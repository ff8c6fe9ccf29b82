import MaillageAnalysis
import MaillageModel
import MaillageSynthesis
import Testing

/// Issue 16, "done when": `compare` on two synthetic years gives exactly the changes the
/// generator recorded — the memberships it recorded as added and removed, and the ties
/// gained and lost that follow from them (`TimeCommandTests` checks actors and
/// cooperations end to end).
@Suite struct CompareSyntheticTiesTests {
    typealias Pair = [String]  // two actor ids, sorted

    /// Pairs of actors sharing a cooperation among `memberships`, computed directly.
    static func ties(_ memberships: Set<SyntheticHistory.MembershipKey>) -> Set<Pair> {
        var byCooperation: [String: [String]] = [:]
        for m in memberships { byCooperation[m.cooperation, default: []].append(m.actor) }
        var pairs = Set<Pair>()
        for members in byCooperation.values {
            let sorted = Set(members).sorted()
            for i in sorted.indices { for j in sorted.indices where j > i { pairs.insert([sorted[i], sorted[j]]) } }
        }
        return pairs
    }

    static func keys(_ dataset: Dataset) -> Set<SyntheticHistory.MembershipKey> {
        Set(dataset.memberships.map { SyntheticHistory.MembershipKey(cooperation: $0.cooperation, actor: $0.actor) })
    }

    @Test func tiesGainedAndLostFollowTheRecordedMemberships() throws {
        let history = SyntheticHistory.generate(actors: 150, seed: 5, years: 2018...2021)
        #expect(!history.changes.isEmpty)
        for record in history.changes {
            let before = history.dataset.asOf(try #require(PartialDate(year: record.year - 1)))
            let after = history.dataset.asOf(try #require(PartialDate(year: record.year)))
            let old = Self.keys(before), new = Self.keys(after)
            // The memberships of the two dates differ exactly by what the generator recorded.
            #expect(new.subtracting(old) == record.membershipsAdded, "\(record.year)")
            #expect(old.subtracting(new) == record.membershipsRemoved, "\(record.year)")
            // Ties implied by the recorded changes, applied to the earlier year.
            let expectedNew = Self.ties(old.subtracting(record.membershipsRemoved).union(record.membershipsAdded))
            let expectedOld = Self.ties(old)
            let c = NetworkComparison(old: AnalysisSession(dataset: before), new: AnalysisSession(dataset: after), matchingNames: false)
            func pair(_ t: TieChange, _ d: Dataset) -> Pair { [d.actors[t.first].id, d.actors[t.second].id].sorted() }
            #expect(Set(c.tiesGained.map { pair($0, after) }) == expectedNew.subtracting(expectedOld), "\(record.year)")
            #expect(Set(c.tiesLost.map { pair($0, before) }) == expectedOld.subtracting(expectedNew), "\(record.year)")
            #expect(c.tiesKept == expectedOld.intersection(expectedNew).count, "\(record.year)")
        }
    }
}
