import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel

/// `maillage summary [DATASET]`: what the dataset holds and how its network hangs together.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: helpText(
            "Résume un jeu de données : acteurs par type, coopérations par forme, territoires, rôles, composantes, densité.",
            "Summarises a dataset: actors by kind, cooperations by form, territories, roles, components, density."))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let session = try source.session(graph: graph)
        let dataset = session.dataset
        let l = lang.language
        let summary = session.summary
        let rows = Self.rows(summary, language: l)
        let large = LargeCooperations.find(in: session.projected)
        switch output.format {
        case .table:
            var table = TextTable(["", "", ""], alignments: [.left, .left, .right])
            var previous: String?
            for row in rows {
                if let previous, previous != row.section { table.append(["", "", ""]) }
                table.append([row.section == previous ? "" : row.section, row.label, row.shown ?? row.value])
                previous = row.section
            }
            let body = table.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            var lines = [Substring(l.pick("Jeu de données : ", "Dataset: ") + dataset.name), ""] + body
            // What the figures owe to a few large cooperations, when they owe them most ties.
            if let large { lines += ["", Substring(large.text(dataset: dataset, network: session.projected.network, language: l))] }
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            var csv = CSVText(["section", "item", "value"])
            for row in rows { csv.append([row.section, row.key, row.value]) }
            try output.write(csv, sheet: l.pick("Résumé", "Summary"), language: l)
        case .json:
            let largeJSON: JSONValue = large.map { large in
                .object([
                    ("ids", .array(large.cooperations.map { .string(session.projected.network.cooperationIDs[$0]) })),
                    ("smallest", .int(large.smallest)), ("largest", .int(large.largest)),
                    ("ties_only_through_them", .int(large.ties - large.tiesWithoutThem)), ("share_of_ties", .number(large.share)),
                    ("max_cooperation_size", .int(large.maxCooperationSize)),
                ])
            } ?? .null
            try output.write(Self.json(summary, meta: session.meta(command: "summary", parameters: session.graphParameters), large: largeJSON).rendered())
        }
    }

    /// One figure: `value` as CSV writes it, `shown` as the table does when it differs
    /// (a decimal comma in French).
    struct Row { var section: String; var key: String; var label: String; var value: String; var shown: String? = nil }

    /// The summary as rows; sections and labels in `language`, keys as in JSON.
    static func rows(_ s: DatasetSummary, language l: Language) -> [Row] {
        let totals = l.pick("totaux", "totals"), network = l.pick("réseau", "network")
        var rows: [Row] = [
            Row(section: totals, key: "actors", label: l.pick("acteurs", "actors"), value: String(s.actors)),
            Row(section: totals, key: "cooperations", label: l.pick("coopérations", "cooperations"), value: String(s.cooperations)),
            Row(section: totals, key: "memberships", label: l.pick("participations", "memberships"), value: String(s.memberships)),
            Row(section: totals, key: "territories", label: l.pick("territoires", "territories"), value: String(s.territories)),
        ]
        rows += s.actorsByKind.map {
            Row(section: l.pick("acteurs par type", "actors by kind"), key: $0.kind.rawValue, label: l.label($0.kind), value: String($0.count))
        }
        rows += s.cooperationsByForm.map {
            Row(section: l.pick("coopérations par forme", "cooperations by form"), key: $0.form.rawValue, label: l.label($0.form), value: String($0.count))
        }
        rows += s.territoriesByLevel.map {
            Row(section: l.pick("territoires par niveau", "territories by level"), key: $0.level.rawValue,
                label: l.label($0.level), value: String($0.count))
        }
        rows += s.membershipsByRole.map {
            Row(section: l.pick("participations par rôle", "memberships by role"), key: $0.role.rawValue, label: l.label($0.role), value: String($0.count))
        }
        rows += [
            Row(section: network, key: "ties", label: l.pick("liens entre acteurs", "ties between actors"), value: String(s.ties)),
            Row(section: network, key: "density", label: l.pick("densité", "density"), value: Formatting.decimal(s.density),
                shown: l.decimal(s.density, digits: 4)),
            Row(section: network, key: "components", label: l.pick("composantes connexes", "connected components"), value: String(s.components)),
            Row(section: network, key: "largest_component", label: l.pick("plus grande composante", "largest component"), value: String(s.largestComponent)),
            Row(section: network, key: "isolated_actors", label: l.pick("acteurs isolés", "isolated actors"), value: String(s.isolatedActors)),
            Row(section: network, key: "declared_size_cooperations",
                label: l.pick("coopérations à effectif déclaré", "cooperations with a declared size"), value: String(s.cooperationsWithDeclaredSize)),
        ]
        // The employees of the actors that give a headcount: bands add up to a band.
        if !s.employees.isEmpty {
            let section = l.pick("emploi", "employment")
            rows += [
                Row(section: section, key: "actors_with_headcount", label: l.pick("acteurs à effectif connu", "actors with a headcount"),
                    value: String(s.employees.actors)),
                Row(section: section, key: "employees_min", label: l.pick("salariés, au moins", "employees, at least"),
                    value: String(s.employees.lower), shown: l.integer(s.employees.lower)),
                Row(section: section, key: "employees_max", label: l.pick("salariés, au plus", "employees, at most"),
                    value: s.employees.upper.map(String.init) ?? "", shown: s.employees.upper.map(l.integer) ?? l.pick("sans limite (tranche ouverte)", "no limit (open band)")),
            ]
            if s.employees.shared > 0 {
                rows.append(Row(section: section, key: "sharing_legal_unit_headcount",
                                label: l.pick("établissements d'une unité légale déjà comptée", "establishments of a legal unit already counted"),
                                value: String(s.employees.shared)))
            }
        }
        if !s.fullTimeEquivalents.isEmpty {
            let section = l.pick("emploi", "employment")
            rows += [
                Row(section: section, key: "actors_with_fte", label: l.pick("acteurs à ETP connus", "actors with full-time equivalents"),
                    value: String(s.fullTimeEquivalents.actors)),
                Row(section: section, key: "fte", label: l.pick("équivalents temps plein (ETP)", "full-time equivalents (FTE)"),
                    value: FullTimeEquivalentTotal.code(s.fullTimeEquivalents.sum), shown: l.number(s.fullTimeEquivalents.sum)),
            ]
        }
        return rows
    }

    /// The summary as JSON; `large` is the `large_cooperations` object (null when none).
    static func json(_ s: DatasetSummary, meta: JSONValue, large: JSONValue = .null) -> JSONValue {
        .object([
            ("meta", meta),
            ("actors", .int(s.actors)),
            ("cooperations", .int(s.cooperations)),
            ("memberships", .int(s.memberships)),
            ("territories", .int(s.territories)),
            ("actors_by_kind", .object(s.actorsByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            ("cooperations_by_form", .object(s.cooperationsByForm.map { ($0.form.rawValue, .int($0.count)) })),
            ("territories_by_level", .object(s.territoriesByLevel.map { ($0.level.rawValue, .int($0.count)) })),
            ("memberships_by_role", .object(s.membershipsByRole.map { ($0.role.rawValue, .int($0.count)) })),
            ("graph", .object([
                ("nodes", .int(s.actors)), ("edges", .int(s.ties)), ("density", .number(s.density)),
                ("components", .int(s.components)), ("largest_component", .int(s.largestComponent)),
                ("isolated_actors", .int(s.isolatedActors)),
            ])),
            ("cooperations_with_declared_size", .int(s.cooperationsWithDeclaredSize)),
            ("large_cooperations", large),
        ] + (s.employees.isEmpty ? [] : [
            ("employees", .object([
                ("actors_with_headcount", .int(s.employees.actors)), ("min", .int(s.employees.lower)),
                ("max", s.employees.upper.map { .int($0) } ?? .null),
                ("sharing_legal_unit_headcount", .int(s.employees.shared)),
            ])),
        ]) + (s.fullTimeEquivalents.isEmpty ? [] : [
            ("full_time_equivalents", .object([
                ("actors_with_fte", .int(s.fullTimeEquivalents.actors)), ("total", .number(s.fullTimeEquivalents.sum)),
            ])),
        ]))
    }
}
