import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

/// `maillage centrality [DATASET]`: one row per actor with the measures of the
/// registry (``ActorMeasure/all``; see the Measures article of the documentation).
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: helpText(
            "Mesures de centralité par acteur (degré, intermédiarité, proximité, PageRank…), vérifiées contre NetworkX.",
            "Centrality measures per actor (degree, betweenness, closeness, PageRank…), checked against NetworkX."),
        discussion: helpText("""
        Mesures : \(measureList). articulation dit si retirer l'acteur déconnecte sa composante. \
        En --mode bipartite, \(ActorMeasure.keys(in: .bipartite)) se calculent sur le réseau à deux modes des \
        acteurs et des coopérations, avec la normalisation bipartite de NetworkX.
        """, """
        Measures: \(measureList). \
        articulation is true when removing the actor disconnects its component. In --mode bipartite, \
        \(ActorMeasure.keys(in: .bipartite)) are computed on the two-mode network of actors and cooperations \
        with NetworkX's bipartite normalisation.
        """))

    /// Every measure with the NetworkX call it is checked against, for the discussion.
    private static var measureList: String { ActorMeasure.all.map { "\($0.key) (\($0.reference))" }.joined(separator: ", ") }

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @OptionGroup var measureOptions: MeasureOptions

    @Option(help: .localized(
        "Trier les acteurs selon cette mesure, la plus haute en premier (par défaut : la première mesure).",
        "Sort actors by this measure, highest first (default: the first measure)."))
    var sort: String?

    @Option(help: .localized("Ne garder que les N premiers acteurs après le tri.", "Keep only the first N actors after sorting."))
    var top: Int?

    @Option(help: .localized(
        "Graine aléatoire de l'intermédiarité approchée : la même graine donne les mêmes valeurs.",
        "Random seed of approximate betweenness: the same seed gives the same values."))
    var seed: UInt64 = 1

    func validate() throws {
        if let top, top < 1 { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
        let measures = try requestedMeasures()
        if let sort, !measures.contains(where: { $0.key == sort }) {
            throw UsageError.make("--sort \(sort) : pas parmi les mesures calculées (\(measures.map(\.key).joined(separator: ", ")))", "--sort \(sort): not among the measures computed (\(measures.map(\.key).joined(separator: ", ")))")
        }
    }

    /// The measures asked for, in order: all by default, a short list in table view.
    func requestedMeasures() throws -> [ActorMeasure] {
        let available = ActorMeasure.available(in: analysis.mode)
        return try measureOptions.measures(in: analysis.mode, fallback: output.format == .table ? available.filter(\.inShortTable) : available)
    }

    func run() throws {
        let progress = source.progressDisplay()
        let l = lang.language
        let settings = AnalysisSettings(mode: analysis.mode, weighted: analysis.weighted, betweenness: analysis.policy(seed: seed))
        let session = try progress.step(l.pick("chargement du jeu de données", "loading the dataset")) {
            try source.session(graph: graph, settings: settings)
        }
        let dataset = session.dataset
        let measures = try requestedMeasures()
        progress.step(l.pick("calcul des mesures", "computing the measures")) { session.compute(measures) }
        let values = Dictionary(uniqueKeysWithValues: measures.map { ($0.key, session.values(of: $0)) })
        var order = Array(dataset.actors.indices)
        if let sortKey = sort ?? measures.first?.key, let sortValues = values[sortKey] {
            order.sort { a, b in
                let x = sortValues[a].isNaN ? -Double.infinity : sortValues[a]
                let y = sortValues[b].isNaN ? -Double.infinity : sortValues[b]
                return x != y ? x > y : dataset.actors[a].id < dataset.actors[b].id
            }
        }
        if let top { order = Array(order.prefix(top)) }
        let nodes = analysis.mode == .bipartite ? session.twoModeNetwork.graph.nodeCount : session.graph.nodeCount
        let edges = analysis.mode == .bipartite ? session.twoModeNetwork.graph.edgeCount : session.graph.edgeCount

        switch output.format {
        case .table:
            var table = TextTable([l.pick("acteur", "actor"), l.pick("type", "kind")] + measures.map { $0.header(in: l) },
                                  alignments: [.left, .left] + measures.map { _ in .right })
            for a in order {
                let actor = dataset.actors[a]
                table.append([actor.name, actor.kind.shortLabel(in: l)] + measures.map { $0.formatted(values[$0.key]?[a], language: l) })
            }
            var text = table.rendered(width: 80)
            let qualifiers = (analysis.weighted ? l.pick(", pondérée", ", weighted") : "")
                + (analysis.mode == .bipartite ? l.pick(", réseau biparti", ", two-mode network") : "")
            text += "\n\n" + l.pick("\(dataset.actors.count) acteurs, \(edges) liens (projection \(graph.projection.rawValue)\(qualifiers))",
                                     "\(dataset.actors.count) actors, \(edges) ties (projection \(graph.projection.rawValue)\(qualifiers))")
            try output.write(text)
        case .csv, .xlsx, .ods:
            let csv = Self.csv(order, measures: measures, values: values, dataset: dataset)
            try output.write(csv, sheet: l.pick("Centralité", "Centrality"), language: l)
        case .json:
            let numbers = RegistrationColumns(dataset.actors)
            let actors: [JSONValue] = order.map { a in
                let actor = dataset.actors[a]
                var pairs: [(String, JSONValue)] = [("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue))]
                // The register numbers, when the dataset gives any: null for an actor without one.
                for (key, value) in zip(numbers.keys, numbers.values(of: actor)) { pairs.append((key, value.isEmpty ? .null : .string(value))) }
                for measure in measures { pairs.append((measure.key, measure.json(values[measure.key]?[a]))) }
                return .object(pairs)
            }
            var parameters = session.graphParameters + session.measureParameters
            if measures.contains(where: { $0.key == "betweenness" }) { parameters.append(("betweenness", session.betweennessComputation.record)) }
            let json: JSONValue = .object([
                ("meta", session.meta(command: "centrality", parameters: parameters)),
                ("graph", .object([
                    ("nodes", .int(nodes)), ("edges", .int(edges)), ("projection", .string(graph.projection.rawValue)),
                    ("mode", .string(analysis.mode.rawValue)), ("weighted", .bool(analysis.weighted)),
                ])),
                ("actors", .array(actors)),
            ])
            try output.write(json.rendered())
        }
    }

    /// The measures as the CSV table gives them: one row per actor of `order`, `columns`
    /// (a key and one value per actor, e.g. a workbook's cluster column) after its kind.
    static func csv(_ order: [Int], measures: [ActorMeasure], values: [String: [Double]], dataset: Dataset,
                    columns: [(key: String, values: [String])] = []) -> CSVText {
        // The actors' register numbers, when the dataset gives any: results join back to the observatory's lists.
        let numbers = RegistrationColumns(dataset.actors)
        var csv = CSVText(["id", "name", "kind"] + numbers.keys + columns.map(\.key) + measures.map(\.key))
        for a in order {
            let actor = dataset.actors[a]
            csv.append([actor.id, actor.name, actor.kind.rawValue] + numbers.values(of: actor) + columns.map { $0.values[a] }
                       + measures.map { $0.exact(values[$0.key]?[a]) })
        }
        return csv
    }
}
