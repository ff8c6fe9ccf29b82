import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

/// `maillage clusters [DATASET]`: communities of actors that cooperate more among
/// themselves than with the rest (Louvain or Leiden, maximising modularity), listed as
/// the session lists them (``AnalysisSession/clusters``).
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: helpText(
            "Détecte les groupes d'acteurs qui coopèrent surtout entre eux (Leiden ou Louvain, modularité).",
            "Finds the groups of actors that cooperate mostly with each other (Leiden or Louvain, modularity)."))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Flag(name: .customLong("include-isolated"), help: .localized(
        "Lister les acteurs sans aucun lien comme autant de groupes à eux seuls.", "List actors without any tie as clusters of their own."))
    var includeIsolated = false

    @Option(help: .localized(
        "Ne garder que les N plus grands groupes (par défaut : \(Self.defaultTableTop) dans le tableau, tous les groupes en csv, en json et dans les classeurs).",
        "Keep only the N largest clusters (default: \(Self.defaultTableTop) in the table, every cluster in csv, json and workbooks).",
        valueName: "N"))
    var top: Int?

    /// How many clusters the terminal table lists when `--top` is not given: a network of
    /// thousands of actors has thousands of pairs and triples after its large groups.
    static let defaultTableTop = 20

    func validate() throws {
        if let top, top < 1 { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
    }

    func run() throws {
        let progress = source.progressDisplay()
        let l = lang.language
        let session = try progress.step(l.pick("chargement du jeu de données", "loading the dataset")) {
            try source.session(graph: graph, settings: AnalysisSettings(level: territories.level, communities: clusters.settings))
        }
        let dataset = session.dataset
        let partition = progress.step(l.pick("détection des groupes", "finding the clusters")) { session.partition }
        let degree = session.degree
        let assignment = session.assignment
        var listed = session.clusters.map(\.members)
        let isolated = session.isolatedActors
        if includeIsolated {
            listed += isolated.sorted { dataset.actors[$0].id < dataset.actors[$1].id }.map { [$0] }
        }
        let unlisted = includeIsolated ? 0 : isolated.count
        // Clusters come largest first (``AnalysisSession/clusters``): --top keeps a prefix.
        let found = listed.count
        let cap = top ?? (output.format == .table ? Self.defaultTableTop : found)
        let cut = Array(listed.dropFirst(cap))
        listed = Array(listed.prefix(cap))

        func territoriesOf(_ members: [Int]) -> [(String, Int)] {
            var counts: [Int: Int] = [:]
            for m in members where assignment.groupOfActor[m] >= 0 { counts[assignment.groupOfActor[m], default: 0] += 1 }
            return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { (assignment.territories[$0.key].name, $0.value) }
        }

        // A cluster's employees, when some actor gives a headcount.
        let employing = dataset.actors.contains { $0.employees != nil }
        func employees(_ members: [Int]) -> HeadcountTotal { HeadcountTotal(members.lazy.compactMap { dataset.actors[$0].employees }) }
        // And its full-time equivalents, when some actor gives them.
        let counted = dataset.actors.contains { $0.fullTimeEquivalents != nil }
        func fullTime(_ members: [Int]) -> FullTimeEquivalentTotal {
            FullTimeEquivalentTotal(members.lazy.compactMap { dataset.actors[$0].fullTimeEquivalents })
        }

        switch output.format {
        case .table:
            let method = clusters.method.rawValue, modularity = l.decimal(partition.modularity, digits: 3)
            var lines = [l.pick("Groupes — \(dataset.name) : \(l.count(found, "groupe", "groupes")), modularité \(modularity) (\(method), graine \(clusters.seed))",
                                "Clusters — \(dataset.name): \(l.count(found, "cluster", "clusters")), modularity \(modularity) (\(method), seed \(clusters.seed))")]
            if unlisted > 0 {
                lines.append(l.pick(unlisted == 1 ? "(1 acteur sans lien n'est pas listé)" : "(\(l.integer(unlisted)) acteurs sans lien ne sont pas listés)",
                                    "(" + l.count(unlisted, "actor", "actors") + " without a tie not listed)"))
            }
            for (i, members) in listed.enumerated() {
                lines.append("")
                lines.append(l.pick("Groupe", "Cluster") + " \(i + 1) — " + l.count(members.count, l.pick("acteur", "actor"), l.pick("acteurs", "actors")))
                lines.append(l.pick("  acteurs principaux : ", "  main actors: ")
                             + members.prefix(5).map { DisplayText.escaped(dataset.actors[$0].name) }.joined(separator: ", ") + (members.count > 5 ? ", …" : ""))
                let places = territoriesOf(members).prefix(3).map { "\(DisplayText.escaped($0.0)) (\($0.1))" }
                if !places.isEmpty { lines.append(l.pick("  territoires : ", "  territories: ") + places.joined(separator: ", ")) }
                if employing, case let total = employees(members), !total.isEmpty {
                    lines.append(l.pick("  salariés : ", "  employees: ") + l.figure(total)
                                 + l.pick(" (effectif connu de \(l.count(total.actors, "acteur", "acteurs")))", " (headcount known for \(l.count(total.actors, "actor", "actors")))"))
                }
                if counted, case let total = fullTime(members), !total.isEmpty {
                    lines.append(l.pick("  ETP : ", "  FTE: ") + l.number(total.sum)
                                 + l.pick(" (connus de \(l.count(total.actors, "acteur", "acteurs")))", " (known for \(l.count(total.actors, "actor", "actors")))"))
                }
            }
            if let largest = cut.first?.count, let smallest = cut.last?.count {
                let sizes = largest == smallest ? l.count(largest, l.pick("acteur", "actor"), l.pick("acteurs", "actors")) + l.pick(" chacun", " each")
                    : l.pick("de \(l.integer(smallest)) à \(l.count(largest, "acteur", "acteurs"))", "of \(l.integer(smallest)) to \(l.count(largest, "actor", "actors"))")
                let more = top == nil ? l.pick(" ; --top N pour en lister plus, --format csv pour tous", "; --top N to list more, --format csv for all") : ""
                lines.append("")
                lines.append(l.pick(cut.count == 1 ? "(1 autre groupe, \(sizes), n'est pas listé\(more))" : "(\(l.integer(cut.count)) autres groupes, \(sizes), ne sont pas listés\(more))",
                                    "(\(l.count(cut.count, "more cluster", "more clusters")), \(sizes), not listed\(more))"))
            }
            // Clusters that mostly say who belongs to a few large networks: said, with the way out.
            if let large = LargeCooperations.find(in: session.projected) {
                lines += ["", large.text(dataset: dataset, network: session.projected.network, language: l)]
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            let csv = Self.csv(listed, dataset: dataset, degree: degree)
            try output.write(csv, sheet: l.pick("Groupes", "Clusters"), language: l)
        case .json:
            let json: JSONValue = .object([
                ("meta", session.meta(command: "clusters", parameters: session.graphParameters + session.communityParameters)),
                ("method", .string(clusters.method.rawValue)),
                ("seed", .int(Int(truncatingIfNeeded: clusters.seed))),
                ("resolution", .number(clusters.resolution)),
                ("modularity", .number(partition.modularity)),
                ("cluster_count", .int(found)),
                ("clusters", .array(listed.enumerated().map { i, members in
                    .object([
                        ("id", .int(i + 1)),
                        ("size", .int(members.count)),
                        ("members", .array(members.map { .string(dataset.actors[$0].id) })),
                        ("territories", .object(territoriesOf(members).map { ($0.0, .int($0.1)) })),
                    ] + (employing ? [("employees", {
                        let t = employees(members)
                        return JSONValue.object([("actors_with_headcount", .int(t.actors)), ("min", .int(t.lower)), ("max", t.upper.map { .int($0) } ?? .null)])
                    }())] : []) + (counted ? [("full_time_equivalents", {
                        let t = fullTime(members)
                        return JSONValue.object([("actors_with_fte", .int(t.actors)), ("total", .number(t.sum))])
                    }())] : []))
                })),
            ])
            try output.write(json.rendered())
        }
    }

    /// The clusters as the CSV table (and the workbooks' sheet) gives them: one row per
    /// member, clusters numbered from 1 in the order of `listed`.
    static func csv(_ listed: [[Int]], dataset: Dataset, degree: [Double]) -> CSVText {
        var csv = CSVText(["cluster", "id", "name", "kind", "degree"])
        for (i, members) in listed.enumerated() {
            for m in members { csv.append([String(i + 1), dataset.actors[m].id, dataset.actors[m].name, dataset.actors[m].kind.rawValue, String(Int(degree[m]))]) }
        }
        return csv
    }
}
