import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel

/// `maillage summary [DATASET]`: what the dataset holds and how its network hangs together.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Résume un jeu de données : acteurs par type, coopérations par forme, territoires, rôles, composantes, densité.")

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try source.load()
        let dataset = try graph.scoped(loaded.dataset)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: graph.projection)
        let summary = DatasetSummary(dataset: dataset, projected: projected)
        let rows = Self.rows(summary)
        switch output.format {
        case .table:
            var table = TextTable(["", "", ""], alignments: [.left, .left, .right])
            var previous: String?
            for row in rows {
                if let previous, previous != row.section { table.append(["", "", ""]) }
                table.append([row.section == previous ? "" : row.section, row.label, row.value])
                previous = row.section
            }
            let body = table.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            try output.write((["Jeu de données : \(dataset.name)", ""] + body).joined(separator: "\n"))
        case .csv:
            var csv = CSVText(["section", "item", "value"])
            for row in rows { csv.append([row.section, row.key, row.value]) }
            try output.write(csv.rendered())
        case .json:
            try output.write(Self.json(summary, meta: Meta.json(command: "summary", dataset: loaded, parameters: graph.metaParameters)).rendered())
        }
    }

    struct Row { var section: String; var key: String; var label: String; var value: String }

    static func rows(_ s: DatasetSummary) -> [Row] {
        var rows: [Row] = [
            Row(section: "totaux", key: "actors", label: "acteurs", value: String(s.actors)),
            Row(section: "totaux", key: "cooperations", label: "coopérations", value: String(s.cooperations)),
            Row(section: "totaux", key: "memberships", label: "participations", value: String(s.memberships)),
            Row(section: "totaux", key: "territories", label: "territoires", value: String(s.territories)),
        ]
        rows += s.actorsByKind.map { Row(section: "acteurs par type", key: $0.kind.rawValue, label: $0.kind.label, value: String($0.count)) }
        rows += s.cooperationsByForm.map { Row(section: "coopérations par forme", key: $0.form.rawValue, label: $0.form.label, value: String($0.count)) }
        rows += s.territoriesByLevel.map { Row(section: "territoires par niveau", key: $0.level.rawValue, label: $0.level.rawValue, value: String($0.count)) }
        rows += s.membershipsByRole.map { Row(section: "participations par rôle", key: $0.role.rawValue, label: $0.role.rawValue, value: String($0.count)) }
        rows += [
            Row(section: "réseau", key: "ties", label: "liens entre acteurs", value: String(s.ties)),
            Row(section: "réseau", key: "density", label: "densité", value: Formatting.decimal(s.density)),
            Row(section: "réseau", key: "components", label: "composantes connexes", value: String(s.components)),
            Row(section: "réseau", key: "largest_component", label: "plus grande composante", value: String(s.largestComponent)),
            Row(section: "réseau", key: "isolated_actors", label: "acteurs isolés", value: String(s.isolatedActors)),
            Row(section: "réseau", key: "declared_size_cooperations", label: "coopérations à effectif déclaré", value: String(s.cooperationsWithDeclaredSize)),
        ]
        return rows
    }

    static func json(_ s: DatasetSummary, meta: JSONValue) -> JSONValue {
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
        ])
    }
}
