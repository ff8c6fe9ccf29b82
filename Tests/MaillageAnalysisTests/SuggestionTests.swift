import Foundation
import MaillageGraph
import MaillageModel
import MaillageSupport
import Testing
@testable import MaillageAnalysis

/// Hand-built networks where the right suggestion is known.
@Suite struct SuggestionTests {
    /// A dataset from cooperations given as member lists; every membership `membre`
    /// unless `roles` says otherwise (keyed "cooperation/actor").
    static func dataset(_ cooperations: [String: [String]], actors: [Actor], roles: [String: MembershipRole] = [:],
                        territories: [Territory] = []) -> Dataset {
        let ids = cooperations.keys.sorted()
        let memberships = ids.flatMap { c in cooperations[c]!.map { Membership(cooperation: c, actor: $0, role: roles["\(c)/\($0)"] ?? .membre) } }
        return Dataset(name: "test", actors: actors, cooperations: ids.map { Cooperation(id: $0) }, memberships: memberships, territories: territories)
    }

    static func graph(_ n: Int, _ edges: [(Int, Int)]) -> Graph { Graph(nodeCount: n, edges: edges.map { ($0.0, $0.1, 1) }) }

    @Test func partnersOfAPartnerAreIntroduced() {
        // a – z – b: a and b share z; c cooperates with nobody.
        let data = Self.dataset(["c1": ["a", "z"], "c2": ["z", "b"]], actors: ["a", "b", "c", "z"].map { Actor(id: $0) })
        let session = AnalysisSession(dataset: data)
        let list = session.suggestions(top: 10)
        #expect(list.count == 1)
        let s = list[0]
        #expect([data.actors[s.first].id, data.actors[s.second].id] == ["a", "b"])
        #expect(PairEvidence.commonPartners(s.first, s.second, in: session.graph) == [3] && s.evidence.commonNeighbours == 1)
        #expect(s.evidence.resourceAllocation == 0.5)
        let text = session.reasons(for: list)[0].map { $0.text(names: session.suggestionNames, language: .fr) }
        #expect(text == ["1 partenaire commun (z)"])
    }

    @Test func aSelectivePartnerIsStrongerEvidenceThanAHub() {
        // x and y share p (2 partners); x and w share h (a hub with 6 partners): RA prefers (x, y),
        // while common neighbours tie them.
        var edges = [(0, 1), (1, 2), (0, 3), (3, 4)]
        for leaf in 5...8 { edges.append((3, leaf)) }
        let g = Self.graph(9, edges)
        let context = SuggestionContext(ids: ["x", "p", "y", "h", "w", "l1", "l2", "l3", "l4"])
        let result = CooperationSuggestions(graph: g, context: context)
        let forX = result.involving(0)
        #expect(forX.first.map { $0.partner(of: 0) } == 2)
        #expect(forX.first?.evidence.resourceAllocation == 0.5)
        let toW = forX.first { $0.partner(of: 0) == 4 }
        #expect(toW?.evidence.resourceAllocation == 1.0 / 6)
        #expect(toW?.evidence.commonNeighbours == forX.first?.evidence.commonNeighbours)
        #expect(abs((toW?.evidence.adamicAdar ?? 0) - 1 / log(6.0)) < 1e-12)
    }

    @Test func aFacilitatorAndProximityAreGivenAsReasons() {
        let epci = Territory(id: "ca-b", name: "CA du Boulonnais", level: .epci)
        let actors = [
            Actor(id: "apes", name: "APES", kind: .teteDeReseau),
            Actor(id: "aci", name: "Chantier ACI", sector: "Insertion par l'activité économique (ACI)", territories: ["ca-b"]),
            Actor(id: "ai", name: "Association intermédiaire", sector: "insertion par l’activité économique (association intermédiaire)", territories: ["ca-b"]),
        ]
        let data = Self.dataset(["c1": ["apes", "aci"], "c2": ["apes", "ai"]], actors: actors,
                                roles: ["c1/apes": .animateur, "c2/apes": .animateur], territories: [epci])
        let session = AnalysisSession(dataset: data, settings: AnalysisSettings(level: .epci))
        let list = session.suggestions(top: 5)
        #expect(list.count == 1)
        let s = list[0]
        #expect(s.sameTerritory && s.sameSector)
        #expect(abs(s.score - (0.5 + 0.3 + 0.2)) < 1e-12)
        let fr = session.reasons(for: list)[0].map { $0.text(names: session.suggestionNames, language: .fr) }
        #expect(fr.contains("APES anime des coopérations avec les deux"))
        #expect(fr.contains("même EPCI : CA du Boulonnais"))
        #expect(fr.contains("même secteur : Insertion par l'activité économique"))
        let en = session.reasons(for: list)[0].map { $0.text(names: session.suggestionNames, language: .en) }
        #expect(en.contains("APES facilitates cooperations with both"))
    }

    @Test func sameTerritoryAndSectorWithoutACommonPartnerIsACandidate() {
        let epci = Territory(id: "t", name: "CC Desvres", level: .epci)
        let actors = [Actor(id: "a", sector: "Habitat", territories: ["t"]), Actor(id: "b", sector: "HABITAT", territories: ["t"]),
                      Actor(id: "c", sector: "Santé", territories: ["t"]), Actor(id: "d")]
        let data = Self.dataset(["c1": ["c", "d"]], actors: actors, territories: [epci])
        let session = AnalysisSession(dataset: data, settings: AnalysisSettings(level: .epci))
        let list = session.suggestions(top: 10)
        #expect(list.map { [data.actors[$0.first].id, data.actors[$0.second].id] } == [["a", "b"]])
        #expect(abs(list[0].score - 0.5) < 1e-12)
        let text = session.reasons(for: list)[0].map { $0.text(names: session.suggestionNames, language: .fr) }
        #expect(text == ["même EPCI : CC Desvres", "même secteur : Habitat"])
    }

    @Test func bridgingTwoClustersOfATerritoryIsPreferredAndSaid() {
        let t = Territory(id: "t", name: "Pays", level: .epci)
        let actors = (0..<6).map { Actor(id: "a\($0)", territories: ["t"]) }
        let g = Self.graph(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
        let context = SuggestionContext(ids: actors.map(\.id), territory: [0, 0, 0, 0, 0, 0], cluster: [0, 0, 0, 1, 1, 1])
        let result = CooperationSuggestions(graph: g, context: context)
        // (a1, a3) and (a2, a4) each have one common partner of degree 3 and join the two clusters.
        let best = result.suggestions[0]
        #expect(best.bridgesClusters && best.sameTerritory)
        #expect(abs(best.score - (1.0 / 3 + 0.3 + 0.1)) < 1e-12)
        _ = t
        let reason = SuggestionReason.bridgesClustersOfTerritory.text(names: SuggestionNames(actors: [], territories: []), language: .fr)
        #expect(reason == "relierait deux groupes du même territoire")
    }

    @Test func equalScoresAreOrderedByIdsAndRunsAgree() {
        // A star: every pair of leaves has the centre as its one common partner.
        let g = Self.graph(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
        let context = SuggestionContext(ids: ["centre", "d", "b", "c", "a"])
        let result = CooperationSuggestions(graph: g, context: context)
        let pairs = result.suggestions.map { [context.ids[$0.first], context.ids[$0.second]] }
        #expect(pairs == [["a", "b"], ["a", "c"], ["a", "d"], ["b", "c"], ["b", "d"], ["c", "d"]])
        #expect(CooperationSuggestions(graph: g, context: context).suggestions == result.suggestions)
    }

    @Test func oneActorAppearsAtMostTwiceInTheWholeList() {
        // A star of four leaves: six equal pairs; with two pairs per actor, « a » stops after two.
        let data = Self.dataset(["c1": ["centre", "a"], "c2": ["centre", "b"], "c3": ["centre", "c"], "c4": ["centre", "d"]],
                                actors: ["a", "b", "c", "centre", "d"].map { Actor(id: $0) })
        let session = AnalysisSession(dataset: data)
        func ids(_ list: [Suggestion]) -> [[String]] { list.map { [data.actors[$0.first].id, data.actors[$0.second].id] } }
        #expect(ids(session.suggestions(top: 10)) == [["a", "b"], ["a", "c"], ["b", "c"]])
        #expect(ids(session.suggestions(top: 10, perActor: nil)).count == 6)
        #expect(ids(session.suggestions(top: 10, involving: [0])) == [["a", "b"], ["a", "c"], ["a", "d"]])
        #expect(session.log[.suggestions] == 1)
    }

    @Test func suggestionsMatchABruteForceRanking() {
        // A random graph: each actor's kept list is its best partners of partners, by brute force.
        var rng = SeededGenerator(seed: 7)
        var edges: [(Int, Int)] = []
        let n = 60
        for _ in 0..<150 {
            let u = rng.nextInt(below: n), v = rng.nextInt(below: n)
            if u != v { edges.append((u, v)) }
        }
        let g = Self.graph(n, edges)
        let ids = (0..<n).map { "v" + String(1000 + $0) }
        let context = SuggestionContext(ids: ids, territory: (0..<n).map { $0 % 3 }, sector: (0..<n).map { $0 % 4 }, cluster: (0..<n).map { $0 % 5 })
        let settings = SuggestionSettings(perActor: 5)
        let result = CooperationSuggestions(graph: g, context: context, settings: settings)
        let weights = settings.weights
        for x in 0..<n {
            let neighbours = Set(g.neighbors(of: x).map(Int.init))
            var candidates: [(Int, Double)] = []
            for y in 0..<n where y != x && !neighbours.contains(y) {
                let e = PairEvidence(x, y, in: g)
                let anchor = CooperationSuggestions.anchors(graph: g, context: context, perGroup: settings.anchorsPerGroup)[context.territory[x] << 32 | context.sector[x]] ?? []
                guard e.commonNeighbours > 0 || anchor.contains(y) else { continue }
                candidates.append((y, weights.score(resourceAllocation: e.resourceAllocation, sameTerritory: context.sameTerritory(x, y),
                                                    sameSector: context.sameSector(x, y), bridgesClusters: context.differentClusters(x, y))))
            }
            let expected = candidates.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ids[$0.0] < ids[$1.0] }.prefix(5).map(\.0)
            let kept = Set(result.involving(x).map { $0.partner(of: x) })
            for y in expected { #expect(kept.contains(y), "actor \(x) should keep \(y)") }
        }
        for s in result.suggestions {
            #expect(g.weight(s.first, s.second) == nil)
            #expect(s.evidence == PairEvidence(s.first, s.second, in: g))
            #expect(ids[s.first] < ids[s.second])
        }
    }

    @Test func theWorkBoundKeepsEvidenceExactAndMarksTheActors() {
        // A hub of 400 partners and a work bound of 50: the bound stops the exploration,
        // yet every listed pair carries its exact evidence.
        var edges = (1...400).map { (0, $0) }
        for i in stride(from: 1, to: 400, by: 2) { edges.append((i, i + 1)) }
        let g = Self.graph(401, edges)
        let context = SuggestionContext(ids: (0...400).map { String(format: "n%03d", $0) })
        let result = CooperationSuggestions(graph: g, context: context, settings: SuggestionSettings(perActor: 3, workPerActor: 50))
        #expect(result.boundedActors > 0)
        for s in result.suggestions { #expect(s.evidence == PairEvidence(s.first, s.second, in: g)) }
        #expect(result.suggestions.count <= 401 * 3)
    }

    @Test func sectorsAreGroupedByTheirMainPart() {
        let sectors = SectorGroups(sectors: ["Insertion (ACI)", "insertion (AI)", "", "Santé", "Sante"])
        #expect(sectors.groupOfActor[0] == sectors.groupOfActor[1])
        #expect(sectors.groupOfActor[2] == -1)
        #expect(sectors.groupOfActor[3] == sectors.groupOfActor[4])
        #expect(sectors.names.count == 2)
        #expect(sectors.names.contains("Insertion"))
    }
}
