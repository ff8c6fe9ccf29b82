import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel

extension CentralityMeasure: ExpressibleByArgument {}

/// `maillage centrality [DATASET]`: one row per actor with the measures of DESIGN §4.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Mesures de centralité par acteur (degré, intermédiarité, proximité, PageRank…), vérifiées contre NetworkX.",
        discussion: """
        Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")), and articulation \
        (true when removing the actor disconnects its component). In --mode bipartite, degree, betweenness \
        and closeness are computed on the two-mode network of actors and cooperations with NetworkX's \
        bipartite normalisation.
        """)

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("measure"), parsing: .upToNextOption,
            help: ArgumentHelp("Measures to compute, comma-separated (default: all; a short list in table view).", valueName: "a,b,…"))
    var measureList: [String] = []

    @Option(help: "Sort actors by this measure, highest first (default: the first measure).")
    var sort: String?

    @Option(help: "Keep only the first N actors after sorting.")
    var top: Int?

    @Option(help: "Random seed of approximate betweenness (default 1): the same seed gives the same values.")
    var seed: UInt64 = 1

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        _ = try requestedColumns()
        if let sort, !(try requestedColumns()).contains(where: { $0.key == sort }) {
            throw ValidationError("--sort \(sort): not among the measures computed (\(try requestedColumns().map(\.key).joined(separator: ", ")))")
        }
    }

    /// The columns asked for, in order.
    func requestedColumns() throws -> [MeasureColumn] {
        let names = measureList.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty {
            let all = analysis.mode == .bipartite ? MeasureColumn.bipartite : MeasureColumn.all
            return output.format == .table ? all.filter(\.inShortTable) : all
        }
        return try names.map { name in
            guard let column = MeasureColumn.all.first(where: { $0.key == name }) else {
                throw ValidationError("unknown measure \"\(name)\"; known: \(MeasureColumn.all.map(\.key).joined(separator: ", "))")
            }
            if analysis.mode == .bipartite, !MeasureColumn.bipartite.contains(where: { $0.key == name }) {
                throw ValidationError("\(name) is not defined in --mode bipartite (only degree, betweenness, closeness)")
            }
            return column
        }
    }

    func run() throws {
        let progress = source.progressDisplay()
        let loaded = try progress.step("chargement du jeu de données") { try source.load() }
        let dataset = try graph.scoped(loaded.dataset)
        let columns = try requestedColumns()
        let result = progress.step("calcul des mesures") {
            ActorMeasures.compute(columns: columns, dataset: dataset, graph: graph, analysis: analysis, seed: seed)
        }
        var order = Array(dataset.actors.indices)
        let sortKey = sort ?? columns.first?.key
        if let sortKey, let values = result.values[sortKey] {
            order.sort { a, b in
                let x = values[a].isNaN ? -Double.infinity : values[a]
                let y = values[b].isNaN ? -Double.infinity : values[b]
                return x != y ? x > y : dataset.actors[a].id < dataset.actors[b].id
            }
        }
        if let top { order = Array(order.prefix(top)) }

        switch output.format {
        case .table:
            var table = TextTable(["acteur", "type"] + columns.map(\.header), alignments: [.left, .left] + columns.map { _ in .right })
            for a in order {
                let actor = dataset.actors[a]
                table.append([actor.name, actor.kind.shortLabel] + columns.map { $0.formatted(result.values[$0.key]?[a]) })
            }
            var text = table.rendered(width: 80)
            text += "\n\n\(dataset.actors.count) acteurs, \(result.edges) liens (projection \(graph.projection.rawValue)\(analysis.weighted ? ", pondérée" : "")\(analysis.mode == .bipartite ? ", réseau biparti" : ""))"
            try output.write(text)
        case .csv:
            var csv = CSVText(["id", "name", "kind"] + columns.map(\.key))
            for a in order {
                let actor = dataset.actors[a]
                csv.append([actor.id, actor.name, actor.kind.rawValue] + columns.map { $0.exact(result.values[$0.key]?[a]) })
            }
            try output.write(csv.rendered())
        case .json:
            let actors: [JSONValue] = order.map { a in
                let actor = dataset.actors[a]
                var pairs: [(String, JSONValue)] = [("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue))]
                for column in columns { pairs.append((column.key, column.json(result.values[column.key]?[a]))) }
                return .object(pairs)
            }
            let json: JSONValue = .object([
                ("meta", Meta.json(command: "centrality", dataset: loaded, parameters: metaParameters(columns: columns, result: result))),
                ("graph", .object([
                    ("nodes", .int(result.nodes)), ("edges", .int(result.edges)), ("projection", .string(graph.projection.rawValue)),
                    ("mode", .string(analysis.mode.rawValue)), ("weighted", .bool(analysis.weighted)),
                ])),
                ("actors", .array(actors)),
            ])
            try output.write(json.rendered())
        }
    }

    /// The parameters `meta` records, with how betweenness was computed when it was.
    private func metaParameters(columns: [MeasureColumn], result: ActorMeasures) -> [(String, JSONValue)] {
        var parameters = graph.metaParameters
        parameters += analysis.metaParameters
        if columns.contains(where: { $0.key == "betweenness" }) {
            parameters.append(("betweenness", result.betweennessMethod))
        }
        return parameters
    }
}
