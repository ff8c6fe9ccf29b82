import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageReport

extension ReportLanguage: ExpressibleByArgument {}

/// `maillage report [DATASET] -o report.html`: one self-contained HTML page with the
/// summary figures, the interactive cooperation map, the facilitator hubs, the
/// clusters, the per-territory table and the data's provenance.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Écrit un rapport HTML autonome : chiffres clés, carte interactive, têtes de pont, groupes, territoires, provenance.",
        discussion: """
        The report is a single HTML file that loads nothing from anywhere (styles, script, data and the SVG map \
        are inside it): it can be sent by e-mail and opened offline in any browser. On the map, hovering an actor \
        shows its details, clicking it highlights its cooperations and partners, and a search box finds an actor; \
        tables sort by column. It prints on A4. French by default, English with --lang en.
        """)

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption

    @Option(name: [.short, .customLong("output")], help: "The report file (.html), written whole or not at all.")
    var output: String

    @Option(help: "Language of the report: fr (default) or en.")
    var lang: ReportLanguage = .fr

    @Option(help: "How many facilitator hubs to list (default 10).")
    var top: Int = 10

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ext == "html" || ext == "htm" else {
            throw ValidationError("the report is an HTML page: give -o a name ending in .html (got \"\(output)\")")
        }
    }

    func run() throws {
        let loaded = try source.load()
        let dataset = try graph.scoped(loaded.dataset)
        let level = territories.level ?? TerritoryAssignment.automaticLevel(for: dataset)
        let settings = ReportSettings(projection: graph.projection, level: level, method: clusters.method, seed: clusters.seed,
                                      resolution: clusters.resolution, topHubs: top)
        let analysis = ReportAnalysis(dataset: dataset, settings: settings)

        var builder = MapBuilder(dataset: dataset, options: MapOptions(graph: graph, clusters: clusters, level: level))
        let (document, engine) = builder.document()
        let map: ReportMap?
        do {
            map = try ReportMap(document: document, layout: engine)
        } catch {
            printError("maillage: warning: the map could not be drawn (\(error)); the report is written without it")
            map = nil
        }

        let provenance = ReportProvenance(
            maillageVersion: Meta.version,
            datasetFolder: loaded.folder.standardizedFileURL.lastPathComponent,
            fingerprint: loaded.fingerprint,
            scope: scopeText(dataset: loaded.dataset),
            parameters: [
                ("projection", graph.projection.rawValue), ("level", level.rawValue), ("method", clusters.method.rawValue),
                ("seed", String(clusters.seed)), ("resolution", Formatting.exact(clusters.resolution)), ("top", String(top)),
                ("redact", String(source.redact)),
            ])
        let html = Report(analysis: analysis, map: map, provenance: provenance, language: lang).html()
        try AtomicFile.write(Data(html.utf8), to: URL(fileURLWithPath: output))
        let summary = analysis.summary
        printError("rapport écrit : \(output) (\(summary.actors) acteurs, \(summary.ties) liens, \(analysis.hubs.hubs.count) têtes de pont, \(analysis.clusters.count) groupes, \(analysis.territoryRows.count) territoires ; \(lang.rawValue))")
    }

    /// The scope filters in words, in the report's language.
    private func scopeText(dataset: Dataset) -> [String] {
        var parts: [String] = []
        let english = lang == .en
        if let t = graph.territory { parts.append((english ? "territory " : "territoire ") + (dataset.territory(t)?.name ?? t)) }
        if !graph.kinds.isEmpty { parts.append((english ? "kinds: " : "types : ") + graph.kinds.map(\.rawValue).joined(separator: ", ")) }
        if !graph.forms.isEmpty { parts.append((english ? "forms: " : "formes : ") + graph.forms.map(\.rawValue).joined(separator: ", ")) }
        return parts
    }
}
