import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import MaillageReport

/// `maillage report [DATASET] -o report.html`: one self-contained HTML page with the
/// summary figures, the interactive cooperation map, the facilitator hubs, the
/// clusters, the per-territory table and the data's provenance, made by the library
/// (``Report/init(session:language:topHubs:extraParameters:)``) from one analysis session.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Écrit un rapport HTML autonome : chiffres clés, carte interactive, têtes de pont, groupes, territoires, provenance.",
        discussion: """
        The report is a single HTML file that loads nothing from anywhere (styles, script, data and the SVG map \
        are inside it): it can be sent by e-mail and opened offline in any browser. On the map, hovering an actor \
        shows its details, clicking it highlights its cooperations and partners, and a search box finds an actor; \
        tables sort by column. It prints on A4. French by default, English with --lang en.

        Map by size (actors with a tie, ties): up to 300 actors and 3,000 ties, a labelled Graphviz map; \
        larger, a canvas map drawn from positions computed once (multilevel force layout, seeded by --seed), \
        names only where legible, with the backbone (disparity filter, alpha 0.05), clusters and territories \
        views; a click on a cluster or territory opens it. Over 60,000 actors or 1,500,000 ties the map opens \
        on the clusters and the actors view draws only the backbone's ties. When at least half the actors \
        have no kind, actors are coloured by cluster. Tables over 100 rows are shown 50 rows at a time.
        """)

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var lang: LanguageOption

    @Option(name: [.short, .customLong("output")], help: "The report file (.html), written whole or not at all.")
    var output: String

    @Option(help: "How many facilitator hubs to list (default 10).")
    var top: Int = 10

    @Option(help: ArgumentHelp("Territory outlines (GeoJSON in WGS 84) for the geographic map, shown when the dataset has coordinates.", valueName: "file.geojson"))
    var boundaries: String?

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ext == "html" || ext == "htm" else {
            throw ValidationError("the report is an HTML page: give -o a name ending in .html (got \"\(output)\")")
        }
        try AtomicFile.check([output])  // before any computation (issue 19, item 9)
    }

    func run() throws {
        let l = lang.language
        let session = try source.session(graph: graph, settings: AnalysisSettings(level: territories.level, communities: clusters.settings))
        var report = Report(session: session, language: l, topHubs: top, extraParameters: [("redact", String(source.redact))])
        do { report.geoBoundaries = try boundaries.map { try GeoJSONReader.read(fileAt: URL(fileURLWithPath: $0)) } }  // issue 17
        catch let failure as GeoJSONReader.Failure { throw CommandFailure(failure.description) }
        if let problem = report.mapProblem {
            printError(l.pick("maillage : attention : la carte n'a pas pu être dessinée (\(problem)) ; le rapport est écrit sans elle",
                              "maillage: warning: the map could not be drawn (\(problem)); the report is written without it"))
        }
        try AtomicFile.write(Data(report.html().utf8), to: URL(fileURLWithPath: output))
        let analysis = report.analysis
        let summary = analysis.summary
        printError(l.pick(
            "rapport écrit : \(output) (\(summary.actors) acteurs, \(summary.ties) liens, \(analysis.hubs.hubs.count) têtes de pont, \(analysis.clusters.count) groupes, \(analysis.territoryRows.count) territoires ; \(l.rawValue))",
            "report written: \(output) (\(summary.actors) actors, \(summary.ties) ties, \(analysis.hubs.hubs.count) facilitator hubs, \(analysis.clusters.count) clusters, \(analysis.territoryRows.count) territories; \(l.rawValue))"))
    }
}
