import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageExport
import MaillageModel

extension ExportFormat: ExpressibleByArgument {}

/// The key of the list of edges in node-link JSON (`--json-edges-key`).
enum NodeLinkEdgesKey: String, ExpressibleByArgument, CaseIterable {
    case edges, links
}

/// `maillage export [DATASET] -o FILE`: the cooperation network with its attributes, for
/// Gephi, Cytoscape, NetworkX or Graphviz (see the Architecture article of the documentation).
///
/// The network is built once by the library (``AttributedNetwork/init(session:sizeBy:generator:)``)
/// — the projected cooperation graph, or in `--mode bipartite` the two-mode network of actors
/// and cooperations — carrying per node the actor's attributes, every measure of the registry
/// and the session's community (`cluster`, the partition `maillage clusters` prints for the
/// same options), per tie its weight and provenance; one writer per format turns it into text.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(
            "Exporte le réseau (GraphML, GEXF, JSON node-link, CSV, DOT) avec attributs, mesures et communautés, pour Gephi, Cytoscape ou NetworkX.",
            "Exports the network (GraphML, GEXF, node-link JSON, CSV, DOT) with attributes, measures and communities, for Gephi, Cytoscape or NetworkX."),
        discussion: helpText("""
        Formats : graphml (read_graphml de NetworkX, Gephi, Cytoscape, yEd), gexf (GEXF 1.3, Gephi : nœuds colorés \
        par type et dimensionnés), json (forme node_link_data de NetworkX : networkx.node_link_graph la lit), csv \
        (liste d'arêtes source,target,weight,…, et à côté une table des nœuds : ties.csv → ties.nodes.csv, ou \
        --nodes-output), dot (texte Graphviz brut), kumu (kumu.io : le jeu de données en classeur Kumu, .xlsx avec \
        les feuilles Elements et Connections, que Maillage relit comme le même jeu de données ; avec -o FICHIER.json, \
        le réseau analysé en JSON Kumu), matrix (la matrice d'adjacence en CSV, une ligne et une colonne par acteur,         le poids de chaque lien dans sa case, pour un tableur, UCINET ou R ; Maillage la relit ; jusqu'à         \(AdjacencyMatrixCSVWriter.maximumNodes) acteurs). Le format vient de --format, sinon de l'extension de -o ; graphml quand ni \
        l'un ni l'autre n'est donné.

        Attributs des nœuds : name, kind, kind_label, legal_form, sector, territories, territory_names, website, \
        cooperations, roles (le rôle dans chacune), cooperation_count, les mesures (\(ActorMeasure.keys()) ; toutes par défaut, celles de \
        --measure sinon : à 200\u{202F}000 acteurs, la proximité et la centralité harmonique prennent des minutes) \
        et cluster (les communautés de `maillage clusters` pour les mêmes --method, --seed et --resolution). \
        Attributs des arêtes : weight (selon --projection), cooperations, cooperation_names, forms, \
        shared_cooperations. Les attributs à plusieurs valeurs sont joints par |. En --mode bipartite, les nœuds \
        sont les acteurs et les coopérations (identifiants cooperation:ID, attribut bipartite 0/1), les arêtes les \
        participations avec leur rôle.
        """, """
        Formats: graphml (NetworkX read_graphml, Gephi, Cytoscape, yEd), gexf (GEXF 1.3, Gephi: nodes coloured by \
        kind and sized), json (NetworkX node_link_data shape: networkx.node_link_graph reads it), csv (edge list \
        source,target,weight,…, and beside it a node table: ties.csv → ties.nodes.csv, or --nodes-output), dot (plain Graphviz text), \
        kumu (kumu.io: the dataset as Kumu's spreadsheet, .xlsx with Elements and Connections sheets, which Maillage reads \
        back as the same dataset; with -o FILE.json, the analysed network as Kumu's JSON), matrix (the adjacency         matrix as CSV, a row and a column per actor, each tie's weight in its cell, for a spreadsheet, UCINET or R;         Maillage reads it back; up to \(AdjacencyMatrixCSVWriter.maximumNodes) actors). \
        The format comes from --format, else from the extension of -o; graphml when neither is given.

        Node attributes: name, kind, kind_label, legal_form, sector, territories, territory_names, website, \
        cooperations, roles (the role in each), cooperation_count, the measures (\(ActorMeasure.keys()); every one by default, those of \
        --measure otherwise: at 200,000 actors closeness and harmonic centrality take minutes) and cluster (the communities of \
        `maillage clusters` for the same --method, --seed and --resolution). Edge attributes: weight (the --projection), cooperations, cooperation_names, forms, \
        shared_cooperations. Multi-valued attributes are joined with |. In --mode bipartite the nodes are actors \
        and cooperations (ids cooperation:ID, attribute bipartite 0/1), the edges memberships with their role.
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: .localized(
        "Format d'export : graphml, gexf, json, csv, dot, kumu ou matrix (par défaut : selon l'extension de -o, sinon graphml). kumu : le jeu de données en classeur Kumu (.xlsx, feuilles Elements et Connections, que toutes les commandes relisent), ou avec -o FICHIER.json le réseau en JSON Kumu. matrix : la matrice d'adjacence en CSV.",
        "Export format: graphml, gexf, json, csv, dot, kumu or matrix (default: from the extension of -o, else graphml). kumu: the dataset as Kumu's spreadsheet (.xlsx, Elements and Connections sheets, read back by every command), or with -o FILE.json the network as Kumu's JSON. matrix: the adjacency matrix as CSV."))
    var format: ExportFormat?

    @Option(name: [.short, .customLong("output")], help: .localized(
        "Écrire dans FICHIER (écrit en entier ou pas du tout) plutôt que sur la sortie standard.",
        "Write to FILE (written whole or not at all) instead of standard output."))
    var output: String?

    @Option(name: .customLong("nodes-output"), help: .localized(
        "Avec --format csv : où écrire la table des nœuds (par défaut : à côté de la liste d'arêtes, ties.csv → ties.nodes.csv).",
        "With --format csv: where the node table goes (default: beside the edge list, ties.csv → ties.nodes.csv).", valueName: "FILE"))
    var nodesOutput: String?

    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: .customLong("size-by"), help: .localized(
        "Mesure qui fixe la taille des nœuds (viz:size en GEXF, size en GraphML), la surface proportionnelle à la valeur ; employees : l'effectif salarié ; fte : les équivalents temps plein.",
        "Measure that sets node sizes (GEXF viz:size, GraphML size), area proportional to the value; employees: the headcount; fte: the full-time equivalents.", valueName: "MEASURE"))
    var sizeBy: String = "degree"

    @Option(name: .customLong("json-edges-key"), help: .localized(
        "Clé de la liste d'arêtes en JSON : edges (NetworkX ≥ 3.4, par défaut) ou links (NetworkX plus ancien, d3).",
        "Key of the edge list in JSON: edges (NetworkX ≥ 3.4, default) or links (older NetworkX, d3)."))
    var jsonEdgesKey: NodeLinkEdgesKey = .edges

    func validate() throws {
        if let output, format == nil, ExportFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw UsageError.make("impossible de déduire le format de « \(output) » ; nommez le fichier .graphml, .gexf, .json, .csv, .dot ou .xlsx (Kumu), ou donnez --format", "cannot tell the format from \"\(output)\"; name the file .graphml, .gexf, .json, .csv, .dot or .xlsx (Kumu), or give --format")
        }
        let sizeKeys = ActorSize.keys(in: analysis.mode)
        if ActorSize.named(sizeBy, in: analysis.mode) == nil {
            throw UsageError.make("--size-by \(sizeBy) : pas une mesure\(analysis.mode == .bipartite ? " de --mode bipartite" : "") ; mesures connues : \(sizeKeys.joined(separator: ", "))", "--size-by \(sizeBy): not a measure\(analysis.mode == .bipartite ? " of --mode bipartite" : ""); known: \(sizeKeys.joined(separator: ", "))")
        }
        _ = try measureOptions.measures(in: analysis.mode, fallback: [])  // an unknown measure stops here, before loading
        if nodesOutput != nil, resolvedFormat != .csv { throw UsageError.make("--nodes-output va avec --format csv", "--nodes-output goes with --format csv") }
        // Before any computation, and never twice the same file (issue 19, item 9).
        try AtomicFile.check([output, resolvedFormat == .csv ? (nodesOutput ?? output.map(Self.nodeTablePath)) : nil])
    }

    /// The format asked for: `--format`, else the extension of `-o`, else GraphML.
    var resolvedFormat: ExportFormat {
        if let format { return format }
        if let output, let fromExtension = ExportFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) { return fromExtension }
        return .graphml
    }

    func run() throws {
        let settings = AnalysisSettings(mode: analysis.mode, weighted: analysis.weighted, communities: clusters.settings,
                                        betweenness: analysis.policy(seed: clusters.seed))
        let session = try source.session(graph: graph, settings: settings)
        if resolvedFormat == .kumu, !(output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "json" } ?? false) {
            // The dataset as Kumu's spreadsheet (issue 15, item 7): it reads back to the same dataset.
            if let problem = KumuSpreadsheet.problemText(session.dataset) {
                throw CommandFailure(LocalizedText(fr: "impossible d'exporter vers Kumu : ", en: "cannot export to Kumu: ") + problem)
            }
            let bytes: [UInt8]
            do { bytes = try KumuSpreadsheet.workbook(session.dataset).bytes(.xlsx) } catch { throw CommandFailure(error.text) }
            if let output { try AtomicFile.write(Data(bytes), toPath: output) } else { try AtomicFile.writeToStandardOutput(Data(bytes)) }
            return
        }
        // A matrix holds the ties alone: no measure is computed for it, and its size is checked first.
        let nodes = session.dataset.actors.count + (analysis.mode == .bipartite ? session.dataset.cooperations.count : 0)
        if resolvedFormat == .matrix, nodes > AdjacencyMatrixCSVWriter.maximumNodes {
            let n = nodes, most = AdjacencyMatrixCSVWriter.maximumNodes
            throw CommandFailure(
                "une matrice d'adjacence de \(n) acteurs aurait \(n) × \(n) cases ; au-delà de \(most) acteurs, exportez la liste des liens (--format csv)",
                "an adjacency matrix of \(n) actors would hold \(n) × \(n) cells; beyond \(most) actors, export the list of ties (--format csv)")
        }
        let chosen = resolvedFormat == .matrix ? []
            : try measureOptions.measures(in: analysis.mode, fallback: ActorMeasure.available(in: analysis.mode))
        let network = AttributedNetwork(session: session, sizeBy: sizeBy, measures: chosen)
        let problems = network.problems()
        guard problems.isEmpty else {
            throw CommandFailure("impossible d'exporter ce réseau : \(problems.prefix(5).joined(separator: " ; "))", "cannot export this network: \(problems.prefix(5).joined(separator: "; "))")
        }
        let format = resolvedFormat
        // Written in chunks as it is produced: a 200,000-actor GraphML file (1.4 GB) is
        // never held in memory whole.
        let path = output ?? "-"
        switch format {
        case .json:
            let meta = session.meta(command: "export", parameters: session.graphParameters + session.measureParameters + [
                ("community_method", .string(clusters.method.rawValue)), ("seed", .int(Int(truncatingIfNeeded: clusters.seed))),
                ("resolution", .number(clusters.resolution)), ("size_by", .string(sizeBy)),
                ("betweenness", session.betweennessComputation.record),
            ])
            let writer = NodeLinkJSONWriter(edgesKey: jsonEdgesKey.rawValue, meta: meta.rendered())
            try AtomicFile.stream(toPath: path) { writer.write(network, to: &$0) }
        default:
            try AtomicFile.stream(toPath: path) { format.write(network, to: &$0) }
        }
        if format == .csv, let nodesFile = nodesOutput ?? output.map(Self.nodeTablePath) {
            try AtomicFile.stream(toPath: nodesFile) { NodeTableCSVWriter().write(network, to: &$0) }
        }
    }

    /// Where the node table goes beside the edge list `path`: `ties.csv` → `ties.nodes.csv`.
    static func nodeTablePath(besides path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        let name = stem + ".nodes.csv"
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }
}
