import MaillageModel
import Testing
@testable import MaillageSynthesis

@Suite("Synthetic dataset")
struct SyntheticDatasetTests {
    static let small = SyntheticDataset.generate(actors: 3_000, seed: 7)

    @Test("the same seed gives the same dataset; another seed another one")
    func deterministic() {
        let again = SyntheticDataset.generate(actors: 3_000, seed: 7)
        let a = Self.small
        #expect(a.actors == again.actors)
        #expect(a.cooperations == again.cooperations)
        #expect(a.memberships == again.memberships)
        #expect(a.territories == again.territories)
        #expect(a.provenance == again.provenance)
        let other = SyntheticDataset.generate(actors: 3_000, seed: 8)
        #expect(other.memberships != a.memberships)
        #expect(other.actors.map(\.name) != a.actors.map(\.name))
    }

    @Test("exactly the requested actors, with unique ids and known references")
    func invariants() throws {
        let d = Self.small
        #expect(d.actors.count == 3_000)
        #expect(Set(d.actors.map(\.id)).count == d.actors.count)
        #expect(Set(d.cooperations.map(\.id)).count == d.cooperations.count)
        #expect(Set(d.territories.map(\.id)).count == d.territories.count)
        var pairs = Set<String>()
        for m in d.memberships {
            #expect(d.actor(m.actor) != nil)
            #expect(d.cooperation(m.cooperation) != nil)
            #expect(pairs.insert(m.cooperation + "\u{1F}" + m.actor).inserted)
        }
        for t in d.territories {
            if let parent = t.parent { #expect(d.territory(parent) != nil) }
        }
        for a in d.actors { for t in a.territories { #expect(d.territory(t) != nil) } }
        for c in d.cooperations { for t in c.territories { #expect(d.territory(t) != nil) } }
    }

    @Test("territories scale with the actors: about 13 régions, 96 départements and 1,250 EPCI at 200,000")
    func territoryScale() {
        let world = SyntheticWorld(actorCount: 200_000, seed: 1)
        #expect(world.regions.count == 13)
        #expect(world.departements.count == 96)
        #expect(world.epcis.count == 1_250)
        #expect(world.actors.count == 200_000)
        let small = SyntheticWorld(actorCount: 20_000, seed: 1)
        #expect(small.regions.count == 2)  // Hauts-de-France and Normandie: 5 départements each
        #expect(small.departements.count == 10)
        #expect(small.epcis.count == 125)
        // Levels and parents: régions have none, départements a région, EPCI a département.
        for t in small.territories {
            switch t.level {
            case .region: #expect(t.parent == nil)
            case .departement: #expect(t.parent?.hasPrefix("R") == true)
            case .epci: #expect(t.parent?.hasPrefix("D") == true)
            default: Issue.record("unexpected level \(t.level)")
            }
        }
    }

    @Test("every kind of actor; most located in exactly one EPCI")
    func actors() {
        let d = Self.small
        let kinds = Set(d.actors.map(\.kind))
        #expect(kinds == Set(ActorKind.datasetValues))
        let level = Dictionary(uniqueKeysWithValues: d.territories.map { ($0.id, $0.level) })
        let oneEPCI = d.actors.filter { $0.territories.count == 1 && level[$0.territories[0]] == .epci }.count
        #expect(Double(oneEPCI) > 0.9 * Double(d.actors.count))
        #expect(d.actors.allSatisfy { !$0.territories.isEmpty && !$0.name.isEmpty })
    }

    @Test("cooperation sizes are heavy-tailed: mostly 2–8, some of 20 or more, a few of 100 or more")
    func sizes() {
        let d = SyntheticDataset.generate(actors: 20_000, seed: 1)
        var size = [String: Int]()
        for m in d.memberships { size[m.cooperation, default: 0] += 1 }
        let sizes = d.cooperations.map { size[$0.id] ?? 0 }
        #expect(sizes.allSatisfy { $0 >= 2 })
        let small = sizes.filter { $0 <= 8 }.count
        let large = sizes.filter { $0 >= 20 }.count
        let huge = sizes.filter { $0 >= 100 }.count
        #expect(Double(small) > 0.75 * Double(sizes.count))
        #expect(large > 100)
        #expect(huge >= 1 && huge < 30)
        #expect((sizes.max() ?? 0) <= 320)
    }

    @Test("hubs (collectivités, têtes de réseau, appui) join many more cooperations than ESS structures")
    func hubs() {
        let d = Self.small
        var count = [String: Int]()
        for m in d.memberships { count[m.actor, default: 0] += 1 }
        func mean(_ kind: ActorKind, _ filter: (Actor) -> Bool = { _ in true }) -> Double {
            let xs = d.actors.filter { $0.kind == kind && filter($0) }.map { Double(count[$0.id] ?? 0) }
            return xs.reduce(0, +) / Double(max(1, xs.count))
        }
        let structures = mean(.structure)
        #expect(mean(.teteDeReseau) > 3 * structures)
        #expect(mean(.collectivite) { $0.legalForm != "commune" } > 3 * structures)
        let cress = d.actors.first { $0.name.hasPrefix("CRESS ") }
        #expect(cress.map { count[$0.id] ?? 0 } ?? 0 > 20)
    }

    @Test("members come mostly from the cooperation's own territory")
    func locality() {
        let d = Self.small
        var within = 0, total = 0
        for m in d.memberships {
            guard let a = d.actor(m.actor), let c = d.cooperation(m.cooperation), let place = c.territories.first else { continue }
            total += 1
            if a.territories.contains(where: { d.territory($0, isWithin: place) }) || d.territory(place, isWithin: a.territories[0]) {
                within += 1
            }
        }
        #expect(Double(within) > 0.75 * Double(total))
    }

    @Test("apportionment keeps the total, the minimum and the proportions")
    func apportionment() {
        #expect(apportion(10, weights: [1, 1, 2]) == [2, 3, 5] || apportion(10, weights: [1, 1, 2]) == [3, 2, 5])
        #expect(apportion(7, weights: [5, 1, 1], minimum: 2) == [3, 2, 2])
        #expect(apportion(2, weights: [1, 3, 2], minimum: 1) == [0, 1, 1])
        #expect(apportion(100, weights: [0.3, 0.7]).reduce(0, +) == 100)
    }
}
