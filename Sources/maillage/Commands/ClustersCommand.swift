import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel

/// `maillage clusters [DATASET]`: communities of actors that cooperate more among
/// themselves than with the rest (Louvain or Leiden, maximising modularity).
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Détecte les groupes d'acteurs qui coopèrent surtout entre eux (Leiden ou Louvain, modularité).")

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions

    @Flag(name: .customLong("include-isolated"), help: "List actors without any tie as clusters of their own.")
    var includeIsolated = false

    func run() throws {
        let progress = source.progressDisplay()
        let loaded = try progress.step("chargement du jeu de données") { try source.load() }
        let dataset = try graph.scoped(loaded.dataset)
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: graph.projection)
        let g = projected.graph
        let partition = progress.step("détection des groupes") { clusters.partition(of: g) }
        let degree = nodeDegrees(of: g)
        let assignment = territories.assignment(for: dataset)
        // Clusters largest first; members by degree.
        let listed = partition.communities
            .filter { includeIsolated || $0.count > 1 || $0.contains { g.degree($0) > 0 } }
            .map { $0.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : dataset.actors[$0].id < dataset.actors[$1].id } }
            .sorted { $0.count != $1.count ? $0.count > $1.count : dataset.actors[$0[0]].id < dataset.actors[$1[0]].id }
        let isolated = partition.communities.count - listed.count

        func territoriesOf(_ members: [Int]) -> [(String, Int)] {
            var counts: [Int: Int] = [:]
            for m in members where assignment.groupOfActor[m] >= 0 { counts[assignment.groupOfActor[m], default: 0] += 1 }
            return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { (assignment.territories[$0.key].name, $0.value) }
        }

        switch output.format {
        case .table:
            var lines = ["Groupes — \(dataset.name) : \(listed.count) groupes, modularité \(Formatting.decimal(partition.modularity, digits: 3)) (\(clusters.method.rawValue), graine \(clusters.seed))"]
            if isolated > 0 && !includeIsolated { lines.append("(\(isolated) acteur(s) sans lien non listés)") }
            for (i, members) in listed.enumerated() {
                lines.append("")
                lines.append("Groupe \(i + 1) — \(members.count) acteur\(members.count == 1 ? "" : "s")")
                lines.append("  acteurs principaux : " + members.prefix(5).map { dataset.actors[$0].name }.joined(separator: ", ") + (members.count > 5 ? ", …" : ""))
                let places = territoriesOf(members).prefix(3).map { "\($0.0) (\($0.1))" }
                if !places.isEmpty { lines.append("  territoires : " + places.joined(separator: ", ")) }
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv:
            var csv = CSVText(["cluster", "id", "name", "kind", "degree"])
            for (i, members) in listed.enumerated() {
                for m in members { csv.append([String(i + 1), dataset.actors[m].id, dataset.actors[m].name, dataset.actors[m].kind.rawValue, String(Int(degree[m]))]) }
            }
            try output.write(csv.rendered())
        case .json:
            let json: JSONValue = .object([
                ("meta", Meta.json(command: "clusters", dataset: loaded, parameters: graph.metaParameters + clusters.metaParameters)),
                ("method", .string(clusters.method.rawValue)),
                ("seed", .int(Int(truncatingIfNeeded: clusters.seed))),
                ("resolution", .number(clusters.resolution)),
                ("modularity", .number(partition.modularity)),
                ("clusters", .array(listed.enumerated().map { i, members in
                    .object([
                        ("id", .int(i + 1)),
                        ("size", .int(members.count)),
                        ("members", .array(members.map { .string(dataset.actors[$0].id) })),
                        ("territories", .object(territoriesOf(members).map { ($0.0, .int($0.1)) })),
                    ])
                })),
            ])
            try output.write(json.rendered())
        }
    }
}
