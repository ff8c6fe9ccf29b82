import MaillageModel
import Testing
@testable import MaillageAnalysis

/// Clusters matched across two dates, on planted splits and merges.
@Suite struct ClusterMatchingTests {
    static func ids(_ prefix: String, _ range: ClosedRange<Int>) -> [String] { range.map { "\(prefix)\($0)" } }

    @Test func plantedSplitMergeFormedDissolvedAndContinued() {
        let old = [Self.ids("p", 1...6), Self.ids("q", 1...6), Self.ids("r", 1...8), Self.ids("t", 1...3), Self.ids("u", 1...5)]
        let new = [Self.ids("p", 1...6) + Self.ids("q", 1...6), Self.ids("r", 1...4), Self.ids("r", 5...8), Self.ids("s", 1...3),
                   Self.ids("u", 1...5)]
        let m = ClusterMatching(old: old, new: new)
        #expect(m.merges == [ClusterMatching.Merge(from: [0, 1], new: 0)])
        #expect(m.splits == [ClusterMatching.Split(old: 2, into: [1, 2])])
        #expect(m.dissolved == [3])
        #expect(m.formed == [3])
        #expect(m.continued == [ClusterMatching.Link(old: 4, new: 4, shared: 5)])
    }

    @Test func aFewMembersMovingIsNoSplit() {
        // Ten actors; two of them move to a cluster of twenty: the ten continued, the twenty grew.
        let ten = Self.ids("a", 1...10), twenty = Self.ids("b", 1...20)
        let m = ClusterMatching(old: [ten, twenty], new: [Array(ten.prefix(8)), twenty + ten.suffix(2)])
        #expect(m.splits.isEmpty && m.merges.isEmpty)
        #expect(m.continued.map(\.old) == [0, 1] && m.continued.map(\.new) == [0, 1])
    }

    @Test func newcomersAndDeparturesDoNotCount() {
        // Only actors clustered at both dates count: a cluster that kept 3 of its 6 and took in 10 newcomers continued.
        let m = ClusterMatching(old: [Self.ids("a", 1...6)], new: [Self.ids("a", 1...3) + Self.ids("n", 1...10)])
        #expect(m.continued == [ClusterMatching.Link(old: 0, new: 0, shared: 3)])
    }

    /// The same planted changes through two sessions: cliques made of one cooperation each.
    @Test func plantedChangesThroughSessions() {
        func dataset(_ groups: [(String, [String])]) -> Dataset {
            let actors = Set(groups.flatMap(\.1)).sorted().map { Actor(id: $0, kind: .structure) }
            return Dataset(name: "plant", actors: actors, cooperations: groups.map { Cooperation(id: $0.0) },
                           memberships: groups.flatMap { g in g.1.map { Membership(cooperation: g.0, actor: $0) } }, territories: [])
        }
        let old = dataset([("P", Self.ids("p", 1...6)), ("Q", Self.ids("q", 1...6)), ("R", Self.ids("r", 1...8)), ("T", Self.ids("t", 1...3)),
                           ("U", Self.ids("u", 1...5))])
        let new = dataset([("M", Self.ids("p", 1...6) + Self.ids("q", 1...6)),
                           ("R1", Self.ids("r", 1...4)), ("R2", Self.ids("r", 5...8)), ("S", Self.ids("s", 1...3)), ("U", Self.ids("u", 1...5))])
        let a = AnalysisSession(dataset: old), b = AnalysisSession(dataset: new)
        let c = NetworkComparison(old: a, new: b)
        func members(_ s: AnalysisSession, _ i: Int) -> Set<String> { Set(s.clusters[i].members.map { s.dataset.actors[$0].id }) }
        #expect(c.clusters.merges.count == 1)
        if let merge = c.clusters.merges.first {
            #expect(Set(merge.from.map { members(a, $0) }) == [Set(Self.ids("p", 1...6)), Set(Self.ids("q", 1...6))])
            #expect(members(b, merge.new) == Set(Self.ids("p", 1...6) + Self.ids("q", 1...6)))
        }
        #expect(c.clusters.splits.count == 1)
        if let split = c.clusters.splits.first {
            #expect(members(a, split.old) == Set(Self.ids("r", 1...8)))
            #expect(Set(split.into.map { members(b, $0) }) == [Set(Self.ids("r", 1...4)), Set(Self.ids("r", 5...8))])
        }
        #expect(c.clusters.dissolved.map { members(a, $0) } == [Set(Self.ids("t", 1...3))])
        #expect(c.clusters.formed.map { members(b, $0) } == [Set(Self.ids("s", 1...3))])
        #expect(c.clusters.continued.map { members(a, $0.old) } == [Set(Self.ids("u", 1...5))])
        // Everything else the comparison says about this plant.
        #expect(Set(c.joinedActors.map { b.dataset.actors[$0].id }) == Set(Self.ids("s", 1...3)))
        #expect(Set(c.leftActors.map { a.dataset.actors[$0].id }) == Set(Self.ids("t", 1...3)))
        #expect(Set(c.createdCooperations.map { b.dataset.cooperations[$0].id }) == ["M", "R1", "R2", "S"])
        #expect(Set(c.endedCooperations.map { a.dataset.cooperations[$0].id }) == ["P", "Q", "R", "T"])
        #expect(c.tiesGained.count == 36 + 3, "6 × 6 between p and q, 3 among s")
        #expect(c.tiesLost.count == 16 + 3, "4 × 4 between the halves of r, 3 among t")
        #expect(c.tiesKept == 15 + 15 + 6 + 6 + 10)
        #expect(c.actors.matchedByID == 6 + 6 + 8 + 5 && c.actors.matchedByName == 0)
    }

    @Test func actorsRenamedAcrossEditionsMatchByName() {
        let m = EntityMatching(old: [("1", "Régie de quartier"), ("2", "CRESS Hauts-de-France"), ("3", "Atelier"), ("4", "Atelier")],
                               new: [("x", "regie de quartier"), ("2", "CRESS"), ("y", "ATELIER"), ("z", "Nouveau")])
        #expect(m.matchedByID == 1 && m.matchedByName == 1)
        #expect(m.newOfOld == [0, 1, nil, nil], "two old « Atelier »: ambiguous, left unmatched")
        #expect(m.onlyNew == [2, 3])
    }
}
