import MaillageSupport
import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageExport
import MaillageModel

extension ExportFormat: ExpressibleByArgument {}

/// The key of the list of edges in node-link JSON (`--json-edges-key`).
enum NodeLinkEdgesKey: String, ExpressibleByArgument, CaseIterable {
    case edges, links
}

/// `maillage export [DATASET] -o FILE`: the cooperation network with its attributes, for
/// Gephi, Cytoscape, NetworkX or Graphviz (DESIGN §5).
///
/// The network is built once as an ``AttributedNetwork`` — the projected cooperation graph,
/// or in `--mode bipartite` the two-mode network of actors and cooperations — carrying per
/// node the actor's attributes, every centrality measure (DESIGN §4) and a Louvain
/// community (`cluster`), per tie its weight and provenance (DESIGN §3); one writer per
/// format turns it into text.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporte le réseau (GraphML, GEXF, JSON node-link, CSV, DOT) avec attributs, mesures et communautés, pour Gephi, Cytoscape ou NetworkX.",
        discussion: """
        Formats: graphml (NetworkX read_graphml, Gephi, Cytoscape, yEd), gexf (GEXF 1.3, Gephi: nodes coloured by \
        kind and sized), json (NetworkX node_link_data shape: networkx.node_link_graph reads it), csv (edge list \
        source,target,weight,…, and beside it a node table: ties.csv → ties.nodes.csv, or --nodes-output), dot (plain Graphviz text). \
        The format comes from --format, else from the extension of -o; graphml when neither is given.

        Node attributes: name, kind, kind_label, legal_form, sector, territories, territory_names, website, \
        cooperations, cooperation_count, the measures (degree, strength, betweenness, closeness, harmonic, \
        eigenvector, pagerank, clustering, constraint, effective_size, core, articulation) and cluster (Louvain, \
        --seed, --resolution). Edge attributes: weight (the --projection), cooperations, cooperation_names, forms, \
        shared_cooperations. Multi-valued attributes are joined with |. In --mode bipartite the nodes are actors \
        and cooperations (ids cooperation:ID, attribute bipartite 0/1), the edges memberships with their role.
        """)

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Export format: graphml, gexf, json, csv or dot (default: from the extension of -o, else graphml).")
    var format: ExportFormat?

    @Option(name: [.short, .customLong("output")], help: "Write to FILE (written whole or not at all) instead of standard output.")
    var output: String?

    @Option(name: .customLong("nodes-output"), help: ArgumentHelp(
        "With --format csv: where the node table goes (default: beside the edge list, ties.csv → ties.nodes.csv).", valueName: "FILE"))
    var nodesOutput: String?

    @Option(help: "Seed of the Louvain communities written as `cluster`.")
    var seed: UInt64 = 1

    @Option(help: "Resolution of the Louvain communities (larger: more, smaller communities).")
    var resolution: Double = 1

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Measure that sets node sizes (GEXF viz:size, GraphML size), area proportional to the value.", valueName: "MEASURE"))
    var sizeBy: String = "degree"

    @Option(name: .customLong("json-edges-key"), help: "Key of the edge list in JSON: edges (NetworkX ≥ 3.4, default) or links (older NetworkX, d3).")
    var jsonEdgesKey: NodeLinkEdgesKey = .edges

    func validate() throws {
        if let output, format == nil, ExportFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\"; name the file .graphml, .gexf, .json, .csv or .dot, or give --format")
        }
        if !(resolution > 0 && resolution.isFinite) { throw ValidationError("--resolution must be a positive number") }
        let sizeKeys = (analysis.mode == .bipartite ? MeasureColumn.bipartite : MeasureColumn.all).filter { $0.measure != nil }.map(\.key)
        if !sizeKeys.contains(sizeBy) {
            throw ValidationError("--size-by \(sizeBy): not a measure\(analysis.mode == .bipartite ? " of --mode bipartite" : ""); known: \(sizeKeys.joined(separator: ", "))")
        }
        if nodesOutput != nil, resolvedFormat != .csv { throw ValidationError("--nodes-output goes with --format csv") }
    }

    /// The format asked for: `--format`, else the extension of `-o`, else GraphML.
    var resolvedFormat: ExportFormat {
        if let format { return format }
        if let output, let fromExtension = ExportFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) { return fromExtension }
        return .graphml
    }

    func run() throws {
        let loaded = try source.load()
        let dataset = try graph.scoped(loaded.dataset)
        let network = build(dataset, loaded: loaded)
        let problems = network.problems()
        guard problems.isEmpty else {
            throw CommandFailure("cannot export this network: \(problems.prefix(5).joined(separator: "; "))")
        }
        let format = resolvedFormat
        let text: String
        switch format {
        case .json:
            let meta = Meta.json(command: "export", dataset: loaded, parameters: parameters)
            text = NodeLinkJSONWriter(edgesKey: jsonEdgesKey.rawValue, meta: meta.rendered()).write(network)
        default:
            text = format.write(network)
        }
        try emit(text, to: output)
        if format == .csv, let nodesFile = nodesOutput ?? output.map(Self.nodeTablePath) {
            try emit(NodeTableCSVWriter().write(network), to: nodesFile)
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

    private func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The parameters as they go into `meta` and into the graph's attributes.
    private var parameters: [(String, JSONValue)] {
        graph.metaParameters + analysis.metaParameters + [
            ("community_method", .string("louvain")), ("seed", .int(Int(truncatingIfNeeded: seed))),
            ("resolution", .number(resolution)), ("size_by", .string(sizeBy)),
        ]
    }

    /// The attributed network of `dataset` for the options given: the projected graph (or
    /// the two-mode network), the dataset's attributes, every measure, the communities.
    func build(_ dataset: Dataset, loaded: LoadedDataset) -> AttributedNetwork {
        let twoMode = TwoModeNetwork(dataset: dataset)
        var columns: [AttributeColumn] = []
        var sizeValues: [Double] = []
        var network: AttributedNetwork
        var graphAttributes: [AttributedNetwork.GraphAttribute] = [
            .init("generator", .string("Maillage \(Meta.version)")),
            .init("dataset_sha256", .string(loaded.fingerprint)),
            .init("mode", .string(analysis.mode.rawValue)),
            .init("projection", .string(graph.projection.rawValue)),
            .init("weighted", .bool(analysis.weighted)),
        ]
        if let territory = graph.territory { graphAttributes.append(.init("scope_territory", .string(territory))) }
        if !graph.kinds.isEmpty { graphAttributes.append(.init("scope_kind", .joined(graph.kinds.map(\.rawValue)))) }
        if !graph.forms.isEmpty { graphAttributes.append(.init("scope_form", .joined(graph.forms.map(\.rawValue)))) }
        switch analysis.mode {
        case .projected:
            let projected = ProjectedGraph(network: twoMode, projection: graph.projection)
            let measures = ActorMeasures.compute(columns: MeasureColumn.all, dataset: dataset, graph: graph, analysis: analysis, seed: seed)
            for column in MeasureColumn.all {
                let values = measures.values[column.key] ?? []
                if column.measure == nil {
                    columns.append(.booleans(column.key, values.map { $0 == 1 }))
                } else if column.digits == 0 {
                    columns.append(.integers(column.key, values))
                } else {
                    columns.append(.doubles(column.key, values))
                }
            }
            sizeValues = measures.values[sizeBy] ?? []
            let partition = louvain(graph: projected.graph, resolution: resolution, seed: seed)
            columns.append(.integers("cluster", partition.membership))
            graphAttributes += communityAttributes(partition)
            network = .cooperationGraph(dataset: dataset, projected: projected, extraColumns: columns, graphAttributes: graphAttributes)
        case .bipartite:
            let results = computeBipartiteCentralities(
                CentralityMeasure.bipartiteMeasures, on: twoMode.graph, topCount: twoMode.actorCount,
                options: CentralityOptions(weighted: analysis.weighted))
            for column in MeasureColumn.bipartite {
                if let measure = column.measure, let values = results[measure] { columns.append(.doubles(column.key, values)) }
            }
            sizeValues = MeasureColumn.bipartite.first { $0.key == sizeBy }?.measure.flatMap { results[$0] } ?? []
            let partition = louvain(graph: twoMode.graph, resolution: resolution, seed: seed)
            columns.append(.integers("cluster", partition.membership))
            graphAttributes += communityAttributes(partition)
            network = .twoModeNetwork(dataset: dataset, network: twoMode, extraColumns: columns, graphAttributes: graphAttributes)
        }
        network.setSizes(from: sizeValues)
        return network
    }

    private func communityAttributes(_ partition: CommunityPartition) -> [AttributedNetwork.GraphAttribute] {
        [
            .init("community_method", .string("louvain")),
            .init("seed", .int(Int(truncatingIfNeeded: seed))),
            .init("resolution", .double(resolution)),
            .init("modularity", .double(partition.modularity)),
            .init("clusters", .int(partition.count)),
            .init("size_by", .string(sizeBy)),
        ]
    }
}
