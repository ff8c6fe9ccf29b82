import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

/// `maillage territories [DATASET] --level L`: how each territory is woven — its
/// actors, the ties inside it and towards others, Krackhardt's E-I index, its
/// density, its pieces, its hubs — and the territory-to-territory graph.
struct TerritoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "territories",
        abstract: helpText(
            "Chiffres par territoire : acteurs, liens internes et externes, indice E-I, densité, têtes de pont.",
            "Figures per territory: actors, internal and external ties, E-I index, density, hubs."),
        discussion: helpText("""
        Indice E-I (Krackhardt & Stern 1988) = (externes − internes) / (externes + internes) : −1 quand chaque lien \
        reste dans le territoire, +1 quand chaque lien en sort. Chaque acteur compte dans un seul territoire du \
        niveau : celui où se trouvent ses propres territoires ou, quand ils sont dans plusieurs, celui qui tient le \
        plus de ses coopérations.
        """, """
        E-I index (Krackhardt & Stern 1988) = (external − internal) / (external + internal): −1 when every tie \
        stays inside the territory, +1 when every tie leaves it. Each actor counts in one territory of the level: \
        the one its own territories lie in, or, when they lie in several, the one holding most of its cooperations.
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let l = lang.language
        let session = try source.session(graph: graph, settings: AnalysisSettings(level: territories.level))
        if let problem = session.territoryAnalysisUnavailable(language: l) { throw CommandFailure(problem) }
        let dataset = session.dataset
        let assignment = session.assignment
        let structure = session.territoryStructure
        let between = session.territoryLinks
        let territoryRows = session.territoryRows
        var topHubs = [[Int]](repeating: [], count: assignment.groupCount)
        for row in territoryRows { topHubs[row.territory] = row.topHubs }
        let rows = territoryRows.map { ($0.territory, assignment.territories[$0.territory]) }
        let unassigned = assignment.groupOfActor.count { $0 < 0 }
        let eiTest = session.territoryEITest()
        let exactExpected = EIPermutationTest.exactExpectedNetworkEI(graph: session.graph, groups: assignment.groupOfActor, groupCount: assignment.groupCount)

        switch output.format {
        case .table:
            var table = TextTable(l == .fr ? ["territoire", "acteurs", "internes", "externes", "E-I", "p", "densité", "morceaux"]
                                           : ["territory", "actors", "internal", "external", "E-I", "p", "density", "pieces"],
                                  alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
            for (t, territory) in rows {
                let f = structure.groups[t]
                table.append([territory.shortName, String(f.members), String(f.internalTies), String(f.externalTies),
                              l.decimal(f.eiIndex, digits: 2), l.decimal(eiTest.groups[t].pLower, digits: 3),
                              l.decimal(f.density, digits: 2), String(f.componentCount)])
            }
            let level = l.label(assignment.level), ei = l.decimal(structure.eiIndex, digits: 2)
            var lines = [l.pick("Territoires", "Territories") + " (\(level)) — \(dataset.name)", "", table.rendered(width: 80), ""]
            let within = structure.withinGroupTies, between = structure.betweenGroupTies
            lines.append(l.pick("Indice E-I du réseau : \(ei) (\(l.count(within, "lien interne", "liens internes")), \(l.count(between, "lien", "liens")) entre territoires)",
                                "E-I index of the network: \(ei) (\(l.count(within, "internal tie", "internal ties")), \(l.count(between, "tie", "ties")) between territories)"))
            let n = eiTest.network
            if let observed = n.observed, let expected = n.expected, let pLower = n.pLower, let pUpper = n.pUpper {
                let meaning: String
                if pLower <= 0.05 {
                    meaning = l.pick("les liens restent dans les territoires plus que le hasard ne le ferait",
                                     "ties stay inside territories more than chance would make them")
                } else if pUpper <= 0.05 {
                    meaning = l.pick("les liens franchissent les territoires plus que le hasard ne le ferait",
                                     "ties cross territories more than chance would make them")
                } else {
                    meaning = l.pick("l'écart au hasard n'est pas significatif", "the difference from chance is not significant")
                }
                _ = observed
                lines.append(l.pick(
                    "Par hasard (\(eiTest.permutations) permutations des territoires entre acteurs, tailles gardées, graine \(eiTest.seed)) : E-I attendu \(l.decimal(expected, digits: 2)) (exact : \(l.decimal(exactExpected, digits: 2))), p = \(l.decimal(pLower, digits: 3)) pour un E-I aussi bas : \(meaning).",
                    "By chance (\(eiTest.permutations) shuffles of territories among actors, sizes kept, seed \(eiTest.seed)): expected E-I \(l.decimal(expected, digits: 2)) (exact: \(l.decimal(exactExpected, digits: 2))), p = \(l.decimal(pLower, digits: 3)) for an E-I this low: \(meaning)."))
                lines.append(l.pick("Colonne p : part des permutations où l'E-I du territoire est aussi bas (petite : repli sur soi réel, pas un effet du hasard).",
                                    "Column p: share of shuffles where the territory's E-I is as low (small: a real inward-looking territory, not chance)."))
            }
            if unassigned > 0 {
                lines.append(l.pick(l.count(unassigned, "acteur", "acteurs") + " sans territoire de niveau \(level)",
                                    l.count(unassigned, "actor", "actors") + " without a territory at level \(level)"))
            }
            lines.append("")
            lines.append(l.pick("Têtes de pont par territoire :", "Facilitator hubs by territory:"))
            for (t, territory) in rows where !topHubs[t].isEmpty {
                lines.append("  \(DisplayText.escaped(territory.shortName))" + l.pick(" : ", ": ") + topHubs[t].map { DisplayText.escaped(dataset.actors[$0].name) }.joined(separator: ", "))
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            let csv = Self.csv(territoryRows, session: session, eiTest: eiTest)
            try output.write(csv, sheet: l.pick("Territoires", "Territories"), language: l)
        case .json:
            let territoryEmployees = dataset.actors.contains { $0.employees != nil }
                ? HeadcountTotal.byGroup(dataset.actors, groupOf: assignment.groupOfActor, count: assignment.territories.count) : nil
            let territoryFullTime = dataset.actors.contains { $0.fullTimeEquivalents != nil }
                ? FullTimeEquivalentTotal.byGroup(dataset.actors, groupOf: assignment.groupOfActor, count: assignment.territories.count) : nil
            let json: JSONValue = .object([
                ("meta", session.meta(command: "territories", parameters: session.graphParameters + [
                    ("level", .string(assignment.level.rawValue)), ("betweenness", session.betweennessComputation.record),
                ])),
                ("level", .string(assignment.level.rawValue)),
                ("ei_index", .number(structure.eiIndex)),
                ("ei_test", .object([
                    ("null_model", .string("territory labels shuffled among the actors that have one, sizes kept")),
                    ("permutations", .int(eiTest.permutations)), ("seed", .int(Int(truncatingIfNeeded: eiTest.seed))),
                    ("expected", .number(eiTest.network.expected)), ("exact_expected", .number(exactExpected)),
                    ("p_lower", .number(eiTest.network.pLower)), ("p_upper", .number(eiTest.network.pUpper)),
                ])),
                ("unassigned_actors", .int(unassigned)),
                ("territories", .array(rows.map { t, territory in
                    let f = structure.groups[t]
                    // The territory's employees, when some actor gives a headcount.
                    let employees: [(String, JSONValue)] = territoryEmployees.map { totals in
                        [("employees", .object([("actors_with_headcount", .int(totals[t].actors)), ("min", .int(totals[t].lower)),
                                                ("max", totals[t].upper.map { .int($0) } ?? .null)]))]
                    } ?? []
                    let fullTime: [(String, JSONValue)] = territoryFullTime.map { totals in
                        [("full_time_equivalents", .object([("actors_with_fte", .int(totals[t].actors)), ("total", .number(totals[t].sum))]))]
                    } ?? []
                    return .object([
                        ("id", .string(territory.id)), ("name", .string(territory.name)), ("actors", .int(f.members)),
                        ("internal_ties", .int(f.internalTies)), ("external_ties", .int(f.externalTies)),
                        ("ei_index", .number(f.eiIndex)),
                        ("ei_test", .object([("expected", .number(eiTest.groups[t].expected)), ("p_lower", .number(eiTest.groups[t].pLower)),
                                             ("p_upper", .number(eiTest.groups[t].pUpper))])),
                        ("density", .number(f.density)), ("components", .int(f.componentCount)),
                        ("top_hubs", .array(topHubs[t].map { .string(dataset.actors[$0].id) })),
                    ] + employees + fullTime)
                })),
                ("links", .array(between.edges.map { e in
                    .object([("source", .string(assignment.territories[e.u].id)), ("target", .string(assignment.territories[e.v].id)),
                             ("ties", .int(Int(e.weight)))])
                })),
            ])
            try output.write(json.rendered())
        }
    }

    /// The territories as the CSV table (and the workbooks' sheet) gives them: one row
    /// per territory of `rows` (``AnalysisSession/territoryRows``), with its E-I test.
    static func csv(_ rows: [TerritoryRow], session: AnalysisSession, eiTest: EIPermutationTest) -> CSVText {
        let dataset = session.dataset, territories = session.assignment.territories
        // Each territory's employees (the ends of its total of bands), when some actor gives a headcount.
        let employees = dataset.actors.contains { $0.employees != nil }
            ? HeadcountTotal.byGroup(dataset.actors, groupOf: session.assignment.groupOfActor, count: territories.count) : nil
        // And their full-time equivalents, when some actor gives them.
        let fullTime = dataset.actors.contains { $0.fullTimeEquivalents != nil }
            ? FullTimeEquivalentTotal.byGroup(dataset.actors, groupOf: session.assignment.groupOfActor, count: territories.count) : nil
        var csv = CSVText(["id", "name", "actors"] + (employees == nil ? [] : ["employees_min", "employees_max"]) + (fullTime == nil ? [] : ["fte"])
                          + ["internal_ties", "external_ties", "ei_index", "ei_expected", "ei_p_lower", "ei_p_upper", "density", "components", "top_hubs"])
        for row in rows {
            let t = row.territory, territory = territories[t], f = row.figures
            var cells = [territory.id, territory.name, String(f.members)] + (employees.map { $0[t].cells } ?? [])
            if let fullTime { cells.append(fullTime[t].isEmpty ? "" : FullTimeEquivalentTotal.code(fullTime[t].sum)) }
            csv.append(cells + [String(f.internalTies), String(f.externalTies),
                          Formatting.exact(f.eiIndex), Formatting.exact(eiTest.groups[t].expected), Formatting.exact(eiTest.groups[t].pLower),
                          Formatting.exact(eiTest.groups[t].pUpper), Formatting.exact(f.density), String(f.componentCount),
                          row.topHubs.map { dataset.actors[$0].id }.joined(separator: "|")])
        }
        return csv
    }
}
