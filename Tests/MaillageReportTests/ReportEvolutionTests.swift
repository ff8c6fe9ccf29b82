import MaillageAnalysis
import MaillageModel
import MaillageReport
import Testing

/// The « Évolution » of a report built from Swift: a hand-dated dataset whose changes are
/// known, the default dates, the shared positions and the section's figures.
@Suite struct ReportEvolutionTests {
    /// k1 = {a, b} undated; k2 = {b, c} ended 2019; k3 = {c, d, e} started 2021; e founded 2021.
    /// At the end of 2018: ties a–b, b–c. At the end of 2021: a–b, c–d, c–e, d–e.
    static let dated = Dataset(
        name: "dated",
        actors: ["a", "b", "c", "d"].map { Actor(id: $0, name: "Acteur " + $0.uppercased()) }
            + [Actor(id: "e", name: "Acteur E", founded: PartialDate(year: 2021))],
        cooperations: [Cooperation(id: "k1"), Cooperation(id: "k2", ended: PartialDate(year: 2019)),
                       Cooperation(id: "k3", started: PartialDate(year: 2021))],
        memberships: [
            Membership(cooperation: "k1", actor: "a"), Membership(cooperation: "k1", actor: "b"),
            Membership(cooperation: "k2", actor: "b"), Membership(cooperation: "k2", actor: "c"),
            Membership(cooperation: "k3", actor: "c"), Membership(cooperation: "k3", actor: "d"), Membership(cooperation: "k3", actor: "e"),
        ],
        territories: [])

    @Test func theDefaultDatesRunFromTheFirstRecordedEndToTheLastYear() {
        let dates = ReportEvolution.defaultDates(of: Self.dated)
        #expect(dates?.0 == PartialDate(year: 2019) && dates?.1 == PartialDate(year: 2021))
        #expect(ReportEvolution.defaultDates(of: TinyDatasets.fiveActors) == nil)
    }

    /// Nothing ends: the dataset at 2021 is the whole dataset, so the report's own session
    /// can be the later side.
    static let growing: Dataset = {
        var d = dated
        d.name = "growing"
        d.cooperations[1] = Cooperation(id: "k2", started: PartialDate(year: 2019))
        return d
    }()

    @Test func theReportsSessionIsTheLaterSideWhenItIsTheWholeDataset() throws {
        let from = PartialDate(year: 2018)!, to = PartialDate(year: 2021)!
        let current = AnalysisSession(dataset: Self.growing)
        let reused = try ReportEvolution.dated(Self.growing, from: from, to: to, settings: AnalysisSettings(level: current.level),
                                               current: current)
        #expect(reused.new === current)
        let fresh = try ReportEvolution.dated(Self.growing, from: from, to: to, settings: AnalysisSettings(level: current.level))
        #expect(fresh.new !== current)
        #expect(reused.comparison.joinedActors == fresh.comparison.joinedActors)
        #expect(reused.comparison.tiesGained.count == fresh.comparison.tiesGained.count
                && reused.comparison.tiesLost.count == fresh.comparison.tiesLost.count)
        #expect(reused.comparison.tiesGained.count == 4 && reused.comparison.joinedActors.count == 1)  // b–c, c–d, c–e, d–e; e
        // An earlier date is not the whole dataset: a session of its own.
        let earlier = try ReportEvolution.dated(Self.growing, from: from, to: PartialDate(year: 2020)!,
                                                settings: AnalysisSettings(level: current.level), current: current)
        #expect(earlier.new !== current)
        #expect(earlier.new.dataset.actors.count == 4)
        // Other community settings: not reused (its communities would differ).
        var other = AnalysisSettings(level: current.level)
        other.communities.seed += 1
        let reseeded = try ReportEvolution.dated(Self.growing, from: from, to: to, settings: other, current: current)
        #expect(reseeded.new !== current)
        // A session of another dataset with the same counts: not reused.
        var renamed = Self.growing
        renamed.actors[0].name = "Autre nom"
        let stranger = AnalysisSession(dataset: renamed)
        let notMine = try ReportEvolution.dated(Self.growing, from: from, to: to, settings: AnalysisSettings(level: stranger.level),
                                                current: stranger)
        #expect(notMine.new !== stranger)
    }

    @Test func aSwiftUserBuildsTheSection() throws {
        let evolution = try ReportEvolution.dated(Self.dated, from: PartialDate(year: 2018)!, to: PartialDate(year: 2021)!)
        let c = evolution.comparison
        #expect(c.joinedActors.map { evolution.new.dataset.actors[$0].id } == ["e"])
        #expect(c.createdCooperations.map { evolution.new.dataset.cooperations[$0].id } == ["k3"])
        #expect(c.endedCooperations.map { evolution.old.dataset.cooperations[$0].id } == ["k2"])
        #expect(c.tiesGained.count == 3 && c.tiesLost.count == 1 && c.tiesKept == 1)
        #expect(evolution.union.count == 5)
        let positions = try #require(evolution.positions)
        #expect(positions.count == 5)

        let session = AnalysisSession(dataset: Self.dated.asOf(PartialDate(year: 2021)!))
        let html = Report(session: session, language: .en, evolution: evolution).html()
        #expect(html.contains("id=\"evolution\""))
        #expect(html.contains("Evolution — 2018 → 2021"))
        #expect(html.contains("data-gained=\"3\"") && html.contains("data-lost=\"1\"") && html.contains("data-joined=\"1\""))
        #expect(html.contains("href=\"#evolution\""))
        // Actor b is on both maps, at the same place; e only on the later one; a lost tie dashed on the earlier one.
        func dot(_ side: String, _ id: String) -> Substring? {
            guard let map = html.range(of: "data-side=\"\(side)\""), let end = html[map.upperBound...].range(of: "</figure>") else { return nil }
            let text = html[map.upperBound..<end.lowerBound]
            guard let at = text.range(of: "data-id=\"\(id)\"") else { return nil }
            let start = text[..<at.lowerBound].range(of: "<circle", options: .backwards)!.lowerBound
            let circle = text[start..<at.lowerBound]
            return circle[circle.range(of: "cx=")!.lowerBound..<circle.range(of: " r=")!.lowerBound]
        }
        #expect(dot("old", "b") != nil && dot("old", "b") == dot("new", "b"))
        #expect(dot("old", "e") == nil && dot("new", "e") != nil)
        #expect(html.contains("class=\"tie-lost\""))
        // No evolution: no section, no entry in the contents.
        let plain = Report(session: session, language: .en).html()
        #expect(!plain.contains("id=\"evolution\"") && !plain.contains("href=\"#evolution\""))
        #expect(plain.contains("id=\"pistes\""))
    }
    /// An English report says "actors" and "leads" where the territories' overview of
    /// the evolution (a network too large for two maps of every actor) and the leads per
    /// territory count them: no French noun left in it.
    @Test func theTerritoryOverviewAndTheLeadsPerTerritoryAreInEnglish() throws {
        // 320 actors on a chain of two-member cooperations, half in each of two communes;
        // the last tie starts in 2021, so the evolution 2018 → 2021 has one tie gained.
        let n = 320
        let actors = (0..<n).map { Actor(id: "a\($0)", kind: .structure, territories: [$0 < n / 2 ? "c1" : "c2"]) }
        let cooperations = (0..<n - 1).map { Cooperation(id: "k\($0)", started: $0 == n - 2 ? PartialDate(year: 2021) : nil) }
        let memberships = (0..<n - 1).flatMap { [Membership(cooperation: "k\($0)", actor: "a\($0)"), Membership(cooperation: "k\($0)", actor: "a\($0 + 1)")] }
        let dataset = Dataset(name: "chain", actors: actors, cooperations: cooperations, memberships: memberships,
                              territories: [Territory(id: "c1", name: "Arras", level: .commune), Territory(id: "c2", name: "Lens", level: .commune)])
        let evolution = try ReportEvolution.dated(dataset, from: PartialDate(year: 2018)!, to: PartialDate(year: 2021)!)
        #expect(evolution.territoryOverview != nil)
        let html = Report(session: AnalysisSession(dataset: dataset), language: .en, evolution: evolution).html()
        #expect(html.contains("<title>Arras — 160 actors</title>") && !html.contains(" acteurs</title>"))
        #expect(html.contains(" leads</summary>") && !html.contains(" pistes</summary>"))
    }
}
