import MaillageModel
import MaillageSupport
import Testing
@testable import MaillageAnalysis

@Suite struct TerritoryAssignmentTests {
    /// Région R ⊃ département D ⊃ EPCI e1, e2 (e1 ⊃ commune c1).
    static let territories = [
        Territory(id: "R", level: .region), Territory(id: "D", level: .departement, parent: "R"),
        Territory(id: "e1", name: "Est", level: .epci, parent: "D"), Territory(id: "e2", name: "Ouest", level: .epci, parent: "D"),
        Territory(id: "c1", level: .commune, parent: "e1"),
    ]

    static func dataset(actors: [Actor], cooperations: [Cooperation], memberships: [(String, String)]) -> Dataset {
        Dataset(name: "t", actors: actors, cooperations: cooperations,
                memberships: memberships.map { Membership(cooperation: $0.0, actor: $0.1) }, territories: territories)
    }

    @Test func raisesTerritoriesToTheLevelAndBreaksMultiplesByMemberships() {
        let d = Self.dataset(
            actors: [Actor(id: "a", territories: ["c1"]), Actor(id: "b", territories: ["e1", "e2"]),
                     Actor(id: "dep", territories: ["D"]), Actor(id: "nowhere")],
            cooperations: [Cooperation(id: "k1", territories: ["e2"]), Cooperation(id: "k2", territories: ["e2"]),
                           Cooperation(id: "k3", territories: ["c1"])],
            memberships: [("k1", "b"), ("k2", "b"), ("k3", "b"), ("k1", "nowhere"), ("k2", "nowhere"), ("k3", "a")])
        let epci = TerritoryAssignment(dataset: d, level: .epci)
        #expect(epci.territories.map(\.id) == ["e1", "e2"])  // sorted by name: Est, Ouest
        // a: commune c1 → e1. b: in e1 and e2, two of its three cooperations are in e2.
        // dep: located above the level → unassigned. nowhere: no territory, its cooperations are in e2.
        #expect(epci.groupOfActor == [0, 1, -1, 1])
        let departement = TerritoryAssignment(dataset: d, level: .departement)
        #expect(departement.groupOfActor == [0, 0, 0, 0])
    }

    @Test func tiesGoToTheSmallestID() {
        let d = Self.dataset(actors: [Actor(id: "b", territories: ["e2", "e1"])], cooperations: [], memberships: [])
        #expect(TerritoryAssignment(dataset: d, level: .epci).territories.map(\.id) == ["e1"])
    }

    @Test func automaticLevelSeparatesTheMostActors() {
        let d = Self.dataset(
            actors: [Actor(id: "a", territories: ["e1"]), Actor(id: "b", territories: ["e2"]), Actor(id: "c", territories: ["e2"])],
            cooperations: [], memberships: [])
        #expect(TerritoryAssignment.automaticLevel(for: d) == .epci)
    }

    /// A list whose only places are communes, more than 16 of them: the communes, not
    /// an empty département level.
    @Test func automaticLevelFallsBackToTheFewestTerritories() {
        let actors = (0..<40).map { Actor(id: "a\($0)", territories: ["c\($0 % 20)"]) }
        let d = Self.dataset(actors: actors, cooperations: [], memberships: [])
        let data = Dataset(name: "t", actors: d.actors, cooperations: [], memberships: [],
                           territories: (0..<20).map { Territory(id: "c\($0)", level: .commune) })
        #expect(TerritoryAssignment.automaticLevel(for: data) == .commune)
        let none = Dataset(name: "t", actors: [Actor(id: "a")], cooperations: [], memberships: [], territories: [])
        #expect(TerritoryAssignment.automaticLevel(for: none) == .departement)
    }

    /// The rule as written in the type's documentation, on ids and sets, without any
    /// position or cache: what the assignment computed before it worked on positions.
    static func referenceGroups(_ d: Dataset, level: TerritoryLevel) -> [String?] {
        func raise(_ id: String) -> String? { d.enclosingTerritory(of: id, at: level)?.id }
        return d.actors.map { actor -> String? in
            let own = Set(actor.territories.compactMap(raise))
            if own.count == 1 { return own.first }
            if own.isEmpty && !actor.territories.isEmpty { return nil }
            var counts: [String: Int] = [:]
            for m in d.memberships where m.actor == actor.id {
                guard let c = d.cooperation(m.cooperation) else { continue }
                for t in Set(c.territories.compactMap(raise)) where own.isEmpty || own.contains(t) { counts[t, default: 0] += 1 }
            }
            let candidates = own.isEmpty ? Set(counts.keys) : own
            return candidates.max { x, y in
                let cx = counts[x] ?? 0, cy = counts[y] ?? 0
                return cx != cy ? cx < cy : x > y
            }
        }
    }

    /// Seeded datasets with every case of the rule: several own territories (some under
    /// one EPCI), territories above the level, unknown territory ids, actors with no
    /// territory, cooperations over several territories, repeated memberships, and ties.
    @Test(arguments: 1...12) func positionsGiveTheRuleOnSeededDatasets(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        var territories = [Territory(id: "R", level: .region)]
        for d in 0..<3 { territories.append(Territory(id: "D\(d)", name: "Dép \(2 - d)", level: .departement, parent: "R")) }
        for e in 0..<6 { territories.append(Territory(id: "E\(e)", name: "EPCI \(e % 3)", level: .epci, parent: "D\(e % 3)")) }
        for c in 0..<12 { territories.append(Territory(id: "C\(c)", level: .commune, parent: "E\(c % 6)")) }
        let ids = territories.map(\.id) + ["inconnu"]
        func someTerritories() -> [String] { (0..<pick(4)).map { _ in ids[pick(ids.count)] } }
        let actors = (0..<40).map { Actor(id: "a\($0)", territories: pick(4) == 0 ? [] : someTerritories()) }
        let cooperations = (0..<15).map { Cooperation(id: "k\($0)", territories: someTerritories()) }
        let memberships = (0..<120).map { _ in (cooperations[pick(15)].id, actors[pick(40)].id) }
        let d = Self.dataset(actors: actors, cooperations: cooperations, memberships: memberships)
        let data = Dataset(name: "t", actors: d.actors, cooperations: d.cooperations, memberships: d.memberships, territories: territories)
        var levels: [TerritoryLevel: Int] = [:]
        var groupCounts: [TerritoryLevel: Int] = [:]
        for level in [TerritoryLevel.commune, .epci, .pays, .departement, .region] {
            let assignment = TerritoryAssignment(dataset: data, level: level)
            let groups = assignment.groupOfActor.map { $0 >= 0 ? assignment.territories[$0].id : nil }
            let expected = Self.referenceGroups(data, level: level)
            #expect(groups == expected, "level \(level)")
            let used = Set(expected.compactMap { $0 })
            #expect(assignment.territories.map(\.id) == territories.filter { used.contains($0.id) }
                .sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }.map(\.id))
            var sizes: [String: Int] = [:]
            for g in expected.compactMap({ $0 }) { sizes[g, default: 0] += 1 }
            if sizes.count >= 2 { groupCounts[level] = sizes.count }
            if sizes.count >= 2 && sizes.count <= 16 { levels[level] = sizes.values.reduce(0, +) - (sizes.values.max() ?? 0) }
        }
        // The automatic level: the most separated actors, the finer on a tie.
        let finestFirst = [TerritoryLevel.commune, .epci, .pays, .departement, .region]
        let best = finestFirst.filter { levels[$0] != nil }.max { a, b in
            levels[a]! != levels[b]! ? levels[a]! < levels[b]! : finestFirst.firstIndex(of: a)! > finestFirst.firstIndex(of: b)!
        }
        let fewest = finestFirst.filter { groupCounts[$0] != nil }.min { a, b in
            groupCounts[a]! != groupCounts[b]! ? groupCounts[a]! < groupCounts[b]! : finestFirst.firstIndex(of: a)! < finestFirst.firstIndex(of: b)!
        }
        #expect(TerritoryAssignment.automaticLevel(for: data) == best ?? fewest ?? .departement)
    }
}
