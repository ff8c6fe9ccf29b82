import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender

/// `maillage territories [DATASET] --level L`: how each territory is woven — its
/// actors, the ties inside it and towards others, Krackhardt's E-I index, its
/// density, its pieces, its hubs — and the territory-to-territory graph.
struct TerritoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "territories",
        abstract: "Chiffres par territoire : acteurs, liens internes et externes, indice E-I, densité, têtes de pont.",
        discussion: """
        E-I index (Krackhardt & Stern 1988) = (external − internal) / (external + internal): −1 when every tie \
        stays inside the territory, +1 when every tie leaves it. Each actor counts in one territory of the level: \
        the one its own territories lie in, or, when they lie in several, the one holding most of its cooperations.
        """)

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try source.load()
        let dataset = try graph.scoped(loaded.dataset)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: graph.projection)
        let g = projected.graph
        let assignment = territories.assignment(for: dataset)
        let groups = assignment.groupOfActor
        let structure = GroupStructure(g, groups: groups, groupCount: assignment.groupCount)
        let between = groupGraph(of: g, groups: groups, groupCount: assignment.groupCount)
        let betweenness = betweennessCentrality(of: g)
        let topHubs: [[Int]] = (0..<assignment.groupCount).map { t in
            (0..<g.nodeCount).filter { groups[$0] == t && g.degree($0) > 0 }
                .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : g.degree($0) > g.degree($1) }
                .prefix(3).map { $0 }
        }
        let rows = assignment.territories.enumerated().sorted { structure.groups[$0.offset].members > structure.groups[$1.offset].members }
        let unassigned = groups.count { $0 < 0 }

        switch output.format {
        case .table:
            var table = TextTable(["territoire", "acteurs", "internes", "externes", "E-I", "densité", "morceaux"],
                                  alignments: [.left, .right, .right, .right, .right, .right, .right])
            for (t, territory) in rows {
                let f = structure.groups[t]
                table.append([MapText.abbreviated(territory.name), String(f.members), String(f.internalTies), String(f.externalTies),
                              Formatting.decimal(f.eiIndex, digits: 2), Formatting.decimal(f.density, digits: 2), String(f.componentCount)])
            }
            var lines = ["Territoires (\(assignment.level.rawValue)) — \(dataset.name)", "", table.rendered(width: 80), ""]
            lines.append("Indice E-I du réseau : \(Formatting.decimal(structure.eiIndex, digits: 2)) (\(structure.withinGroupTies) liens internes, \(structure.betweenGroupTies) entre territoires)")
            if unassigned > 0 { lines.append("\(unassigned) acteur(s) sans territoire de niveau \(assignment.level.rawValue)") }
            lines.append("")
            lines.append("Têtes de pont par territoire :")
            for (t, territory) in rows where !topHubs[t].isEmpty {
                lines.append("  \(MapText.abbreviated(territory.name)) : " + topHubs[t].map { dataset.actors[$0].name }.joined(separator: ", "))
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv:
            var csv = CSVText(["id", "name", "actors", "internal_ties", "external_ties", "ei_index", "density", "components", "top_hubs"])
            for (t, territory) in rows {
                let f = structure.groups[t]
                csv.append([territory.id, territory.name, String(f.members), String(f.internalTies), String(f.externalTies),
                            Formatting.exact(f.eiIndex), Formatting.exact(f.density), String(f.componentCount),
                            topHubs[t].map { dataset.actors[$0].id }.joined(separator: "|")])
            }
            try output.write(csv.rendered())
        case .json:
            let json: JSONValue = .object([
                ("meta", Meta.json(command: "territories", dataset: loaded, parameters: graph.metaParameters + [("level", .string(assignment.level.rawValue))])),
                ("level", .string(assignment.level.rawValue)),
                ("ei_index", .number(structure.eiIndex)),
                ("unassigned_actors", .int(unassigned)),
                ("territories", .array(rows.map { t, territory in
                    let f = structure.groups[t]
                    return .object([
                        ("id", .string(territory.id)), ("name", .string(territory.name)), ("actors", .int(f.members)),
                        ("internal_ties", .int(f.internalTies)), ("external_ties", .int(f.externalTies)),
                        ("ei_index", .number(f.eiIndex)), ("density", .number(f.density)), ("components", .int(f.componentCount)),
                        ("top_hubs", .array(topHubs[t].map { .string(dataset.actors[$0].id) })),
                    ])
                })),
                ("links", .array(between.edges.map { e in
                    .object([("source", .string(assignment.territories[e.u].id)), ("target", .string(assignment.territories[e.v].id)),
                             ("ties", .int(Int(e.weight)))])
                })),
            ])
            try output.write(json.rendered())
        }
    }
}
