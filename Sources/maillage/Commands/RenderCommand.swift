import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageRender

extension LayoutEngine: ExpressibleByArgument {}
extension TerritoryLevel: ExpressibleByArgument {}

/// `maillage render [DATASET] -o map.svg`: a cooperation map drawn in-process by Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Dessine une carte des coopérations (SVG, PNG, PDF ou DOT) avec Graphviz.",
        discussion: """
        The format comes from the output file's extension: .svg, .png, .pdf or .dot. Views: actors (who \
        cooperates with whom), bipartite (actors and their cooperations), territories (territories tied by \
        cooperation). --ego ACTOR draws the neighbourhood of one actor.
        """)

    enum View: String, ExpressibleByArgument, CaseIterable { case actors, bipartite, territories }
    enum ColorBy: String, ExpressibleByArgument, CaseIterable { case kind, cluster, territory }
    enum GroupBy: String, ExpressibleByArgument, CaseIterable { case territory, cluster, none }

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions

    @Option(name: [.short, .customLong("output")], help: "The map file: .svg, .png, .pdf or .dot.")
    var output: String

    @Option(help: "actors (default), bipartite or territories.")
    var view: View = .actors

    @Option(help: "Graphviz layout: sfdp, neato, fdp, dot or circo (default: chosen for the view and size).")
    var layout: LayoutEngine?

    @Option(name: .customLong("color-by"), help: "Colour actors by kind (default), cluster or territory.")
    var colorBy: ColorBy = .kind

    @Option(name: .customLong("size-by"), help: "Size actors by this measure (default degree).")
    var sizeBy: String = "degree"

    @Option(name: .customLong("group-by"), help: "Draw a frame around each territory or cluster (none by default).")
    var groupBy: GroupBy = .none

    @Option(help: "Territory level for --color-by/--group-by territory and the territories view (default: the finest level that gives at most 16 territories).")
    var level: TerritoryLevel?

    @Option(help: "Draw only the neighbourhood of this actor (actor id).")
    var ego: String?

    @Option(help: "With --ego: how many steps away from the actor (default 1).")
    var depth: Int = 1

    @Flag(name: .customLong("include-isolated"), help: "Also draw actors that share no cooperation with anyone.")
    var includeIsolated = false

    func validate() throws {
        guard let format = RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw ValidationError("the output's extension gives the format: .svg, .png, .pdf or .dot (got \"\(output)\")")
        }
        _ = format
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard MeasureColumn.all.contains(where: { $0.key == sizeBy && $0.measure != nil }) else {
            throw ValidationError("--size-by \(sizeBy): unknown measure; known: \(MeasureColumn.all.compactMap { $0.measure == nil ? nil : $0.key }.joined(separator: ", "))")
        }
        if colorBy != .kind, groupBy != .none, colorBy.rawValue != groupBy.rawValue {
            throw ValidationError("--color-by \(colorBy.rawValue) and --group-by \(groupBy.rawValue) must use the same grouping")
        }
        if ego != nil && view != .actors { throw ValidationError("--ego draws the actors view; leave out --view or use --view actors") }
    }

    /// The map these options ask for.
    var mapOptions: MapOptions {
        MapOptions(graph: graph, clusters: clusters, view: view, layout: layout, colorBy: colorBy, sizeBy: sizeBy,
                   groupBy: groupBy, level: level, ego: ego, depth: depth, includeIsolated: includeIsolated)
    }

    func run() throws {
        let loaded = try source.load()
        let dataset = try graph.scoped(loaded.dataset)
        if let ego, dataset.actor(ego) == nil {
            let nearest = dataset.actors.map(\.id).filter { $0.localizedCaseInsensitiveContains(ego) }.prefix(5)
            throw CommandFailure("unknown actor \"\(ego)\" for --ego\(nearest.isEmpty ? "" : "; did you mean: " + nearest.joined(separator: ", "))")
        }
        let url = URL(fileURLWithPath: output)
        let format = RenderFormat(rawValue: url.pathExtension.lowercased()) ?? .svg
        var builder = MapBuilder(dataset: dataset, options: mapOptions)
        let (document, engine) = builder.document()
        let dot = DOTEncoder.encode(document)
        let bytes: [UInt8]
        do {
            bytes = format == .dot ? Array(dot.utf8) : try GraphvizRenderer.shared.render(dot: dot, layout: engine, format: format)
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
        try AtomicFile.write(Data(bytes), to: url)
        printError("carte écrite : \(output) (\(builder.summary), disposition \(engine.rawValue))")
    }
}
