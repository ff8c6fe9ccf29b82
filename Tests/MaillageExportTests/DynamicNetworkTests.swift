import MaillageExport
import MaillageGraph
import MaillageModel
import MaillageSupport
import Testing

/// A dated dataset's exports carry when each actor, tie and membership was there
/// (``Spell``), and GEXF writes them as a dynamic graph for Gephi's timeline: at every
/// date, what is present is what `Dataset.asOf(_:)` keeps.
@Suite struct DynamicNetworkTests {
    static func year(_ y: Int) -> PartialDate? { PartialDate(year: y) }
    static func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate.Day { PartialDate.Day(year: y, month: m, day: d) }

    /// a founded 2019; b left x at the end of 2019; x ran 2018–2020; y from 2021; c joined y;
    /// d was in x until 2017, before x is dated: its membership never falls within x's life.
    static let dated = Dataset(
        name: "Daté",
        actors: [Actor(id: "a", founded: year(2019)), Actor(id: "b"), Actor(id: "c", closed: year(2023)), Actor(id: "d")],
        cooperations: [Cooperation(id: "x", started: year(2018), ended: year(2020)), Cooperation(id: "y", started: year(2021))],
        memberships: [
            Membership(cooperation: "x", actor: "a"), Membership(cooperation: "x", actor: "b", until: year(2019)),
            Membership(cooperation: "y", actor: "b"), Membership(cooperation: "y", actor: "c"),
            Membership(cooperation: "x", actor: "d", until: year(2017)),
        ],
        territories: [])

    static func network(_ dataset: Dataset) -> AttributedNetwork {
        AttributedNetwork.cooperationGraph(dataset: dataset, projected: ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: .count))
    }

    static func edge(_ network: AttributedNetwork, _ u: String, _ v: String) -> AttributedNetwork.Edge? {
        network.edges.first { e in Set([network.nodes[e.source].id, network.nodes[e.target].id]) == [u, v] }
    }

    @Test func tiesLastWhileBothActorsAreMembersTogether() throws {
        let network = Self.network(Self.dated)
        #expect(network.nodes.map(\.spells) == [[Spell(start: Self.day(2019, 1, 1))], nil, [Spell(end: Self.day(2023, 12, 31))], nil])
        #expect(network.nodeValue("founded", of: 0) == .string("2019") && network.nodeValue("closed", of: 2) == .string("2023"))
        #expect(network.nodeValue("founded", of: 1) == nil)
        // a–b: x within a's life (from 2019) and b's membership (to 2019).
        #expect(try #require(Self.edge(network, "a", "b")).spells == [Spell(start: Self.day(2019, 1, 1), end: Self.day(2019, 12, 31))])
        // b–c: y from 2021, c closed in 2023.
        #expect(try #require(Self.edge(network, "b", "c")).spells == [Spell(start: Self.day(2021, 1, 1), end: Self.day(2023, 12, 31))])
        // a–d and b–d: the undated projection ties them through x, but d's membership ended before x began.
        #expect(try #require(Self.edge(network, "a", "d")).spells == [])

        var gexf = ""
        GEXFWriter().write(network, to: &gexf)
        #expect(gexf.contains("<graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\">"))
        #expect(gexf.contains("<node id=\"a\" label=\"a\" start=\"2019-01-01\">"))
        #expect(gexf.contains("<node id=\"b\" label=\"b\">"))
        #expect(gexf.contains("source=\"a\" target=\"b\" weight=\"1.0\" start=\"2019-01-01\" end=\"2019-12-31\""), "\(gexf)")
        #expect(!gexf.contains("target=\"d\""), "a tie never present at one date is left out")
    }

    @Test func anUndatedDatasetStaysStatic() {
        let undated = Dataset(name: "Sans dates", actors: [Actor(id: "a"), Actor(id: "b")], cooperations: [Cooperation(id: "x")],
                              memberships: [Membership(cooperation: "x", actor: "a"), Membership(cooperation: "x", actor: "b")], territories: [])
        let network = Self.network(undated)
        #expect(network.nodes.allSatisfy { $0.spells == nil } && network.edges.allSatisfy { $0.spells == nil })
        var gexf = ""
        GEXFWriter().write(network, to: &gexf)
        #expect(gexf.contains("mode=\"static\"") && !gexf.contains("start="))
    }

    @Test func spellsMergeWhenTheyMeetOrTouch() {
        let d = Self.day
        #expect(Spell.union([Spell(start: d(2021, 1, 1)), Spell(start: d(2018, 1, 1), end: d(2019, 12, 31))])
                == [Spell(start: d(2018, 1, 1), end: d(2019, 12, 31)), Spell(start: d(2021, 1, 1))])
        #expect(Spell.union([Spell(start: d(2018, 1, 1), end: d(2019, 12, 31)), Spell(start: d(2020, 1, 1), end: d(2020, 6, 30))])
                == [Spell(start: d(2018, 1, 1), end: d(2020, 6, 30))], "the day after the end: one spell")
        #expect(Spell.union([Spell(end: d(2019, 2, 28)), Spell(start: d(2019, 3, 1))]) == [Spell()])
        #expect(Spell(start: d(2019, 1, 1), end: d(2019, 12, 31)).intersection(Spell(start: d(2020, 1, 1))) == nil)
        #expect(Spell(start: d(2019, 1, 1)).intersection(Spell(end: d(2019, 12, 31))) == Spell(start: d(2019, 1, 1), end: d(2019, 12, 31)))
    }

    /// On a random dated dataset, at the end of every year and in the middle of some, the
    /// nodes and edges present are the actors and ties of the network at that date, and in
    /// the two-mode network its actors, cooperations and memberships.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func atEveryDateTheNetworkIsTheNetworkAsOfThatDate(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func maybeYear(_ chance: UInt64) -> PartialDate? {
            random.next() % 100 < chance ? PartialDate(year: 2014 + Int(random.next() % 10)) : nil
        }
        func maybeMonth(_ chance: UInt64) -> PartialDate? {
            random.next() % 100 < chance ? PartialDate(year: 2014 + Int(random.next() % 10), month: 1 + Int(random.next() % 12)) : nil
        }
        let actors = (0..<30).map { Actor(id: "a\($0)", founded: maybeYear(30), closed: maybeYear(20)) }
        let cooperations = (0..<12).map { Cooperation(id: "c\($0)", started: maybeYear(50), ended: maybeMonth(30)) }
        var memberships: [Membership] = []
        for _ in 0..<90 {
            memberships.append(Membership(cooperation: "c\(random.next() % 12)", actor: "a\(random.next() % 30)",
                                          since: maybeMonth(30), until: maybeYear(30)))
        }
        let dataset = Dataset(name: "Hasard", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
        func pair(_ n: AttributedNetwork, _ e: AttributedNetwork.Edge) -> [String] { [n.nodes[e.source].id, n.nodes[e.target].id].sorted() }
        let network = Self.network(dataset)
        let twoMode = AttributedNetwork.twoModeNetwork(dataset: dataset, network: TwoModeNetwork(dataset: dataset))
        func present(_ spells: [Spell]?, _ day: PartialDate.Day) -> Bool {
            guard let spells else { return true }
            return spells.contains { ($0.start.map { $0 <= day } ?? true) && ($0.end.map { day <= $0 } ?? true) }
        }
        for date in (2013...2024).compactMap({ PartialDate(year: $0) }) + (2015...2022).compactMap({ PartialDate(year: $0, month: 6) }) {
            let day = date.lastDay
            let then = Self.network(dataset.asOf(date))
            let expectedTies = Set(then.edges.map { pair(then, $0) })
            let ties = Set(network.edges.filter { present($0.spells, day) }.map { pair(network, $0) })
            #expect(ties == expectedTies, "seed \(seed), \(date): \(ties.symmetricDifference(expectedTies))")
            let actorsThen = Set(then.nodes.map(\.id))
            #expect(Set(network.nodes.filter { present($0.spells, day) }.map(\.id)) == actorsThen, "seed \(seed), \(date)")
            // The two-mode network: actors, cooperations and memberships present.
            let twoModeThen = AttributedNetwork.twoModeNetwork(dataset: dataset.asOf(date), network: TwoModeNetwork(dataset: dataset.asOf(date)))
            #expect(Set(twoMode.edges.filter { present($0.spells, day) }.map { pair(twoMode, $0) }) == Set(twoModeThen.edges.map { pair(twoModeThen, $0) }),
                    "seed \(seed), \(date)")
            #expect(Set(twoMode.nodes.filter { present($0.spells, day) }.map(\.id)) == Set(twoModeThen.nodes.map(\.id)), "seed \(seed), \(date)")
        }
    }
}
