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
        abstract: helpText(
            "Écrit un rapport HTML autonome : chiffres clés, carte interactive, têtes de pont, groupes, territoires, provenance.",
            "Writes a self-contained HTML report: key figures, interactive map, hubs, clusters, territories, provenance."),
        discussion: helpText("""
        Le rapport est un seul fichier HTML qui ne charge rien d'ailleurs (styles, script, données et carte SVG \
        sont dedans) : il peut être envoyé par courriel et ouvert hors ligne dans n'importe quel navigateur. Sur la \
        carte, survoler un acteur affiche ses détails, cliquer dessus met en évidence ses coopérations et ses \
        partenaires, et une zone de recherche trouve un acteur ; les tableaux se trient par colonne. Il s'imprime en \
        A4. En français par défaut, en anglais avec --lang en.

        Carte selon la taille (acteurs ayant un lien, liens) : jusqu'à 300 acteurs et 3\u{202F}000 liens, une carte \
        Graphviz avec les noms ; au-delà, une carte canvas dessinée à partir de positions calculées une seule fois \
        (placement par forces multiniveau, graine --seed), les noms seulement là où ils sont lisibles, avec les vues \
        épine dorsale (filtre de disparité, alpha 0,05), groupes et territoires. Au-delà de 300 acteurs ayant un lien \
        ou de 3\u{202F}000 liens, tous les acteurs à la fois font une pelote illisible : la carte canvas s'ouvre donc \
        sur la vue des groupes (celle que `maillage render` choisit à cette taille ; la vue des acteurs quand il n'y \
        a qu'un groupe) ; un clic sur un groupe ou un territoire l'ouvre, le bouton Acteurs montre tous les acteurs, \
        et une recherche montre l'acteur trouvé. Au-delà de 60\u{202F}000 acteurs ou de 1\u{202F}500\u{202F}000 liens, \
        la vue des acteurs ne dessine que les liens de l'épine dorsale. Quand au moins la moitié des acteurs n'ont pas \
        de type, les acteurs sont colorés par groupe. Les tableaux de plus de 100 lignes s'affichent 50 lignes à la fois.

        Section Évolution : avec --compare OLD, le jeu de données du rapport (NEW) est comparé à OLD (acteurs et \
        coopérations appariés par identifiant, puis par nom ; --at vaut pour les deux). Pour un jeu de données daté \
        (colonnes since/until, started/ended, founded/closed), le réseau à --from est comparé au réseau à --to ; par \
        défaut, de la première année où une fin est enregistrée (ended, until, closed ; sinon la première année \
        donnée) à la dernière année donnée (--to vaut --at par défaut quand il est donné) ; une année ou un mois vaut \
        son dernier jour. La section donne les acteurs arrivés et partis, les coopérations créées et terminées, les \
        liens gagnés et perdus, les têtes de pont qui montent et qui reculent, les groupes appariés (scissions et \
        fusions) et les chiffres des territoires, et, quand les deux dates réunies comptent au plus 300 acteurs ayant \
        un lien et 3\u{202F}000 liens, la carte à chaque date avec chaque acteur au même endroit (un seul placement de \
        l'union des deux réseaux) ; les réseaux plus grands ont une vue d'ensemble de leurs territoires aux deux dates \
        (un disque par territoire, au même endroit sur les deux) avec les chiffres et les tableaux.

        Section Pistes de coopération : les pistes de `maillage suggest` pour tout le réseau et pour les 12 plus grands \
        territoires, et les territoires et secteurs moins reliés que leur taille ne le prévoit. La section des \
        territoires donne chaque indice E-I avec son espérance et sa valeur p sous des territoires mélangés (comme \
        `maillage territories`) et les principaux intermédiaires entre territoires face au hasard (comme \
        `maillage brokers`).
        """, """
        The report is a single HTML file that loads nothing from anywhere (styles, script, data and the SVG map \
        are inside it): it can be sent by e-mail and opened offline in any browser. On the map, hovering an actor \
        shows its details, clicking it highlights its cooperations and partners, and a search box finds an actor; \
        tables sort by column. It prints on A4. French by default, English with --lang en.

        Map by size (actors with a tie, ties): up to 300 actors and 3,000 ties, a labelled Graphviz map; \
        larger, a canvas map drawn from positions computed once (multilevel force layout, seeded by --seed), \
        names only where legible, with the backbone (disparity filter, alpha 0.05), clusters and territories \
        views. Above 300 actors with a tie or 3,000 ties every actor at once is a hairball, so the canvas map opens on \
        the clusters view (the view `maillage render` chooses at that size; the actors view when there is a \
        single cluster): a click on a cluster or territory opens it, the Actors button shows every actor, and \
        a search shows the actor found. Over 60,000 actors or 1,500,000 ties the actors view draws only the \
        backbone's ties. When at least half the actors \
        have no kind, actors are coloured by cluster. Tables over 100 rows are shown 50 rows at a time.

        Évolution section: with --compare OLD, the report's dataset (NEW) is compared with OLD (actors and \
        cooperations matched by id, then by name; --at applies to both). For a dated dataset (columns since/until, \
        started/ended, founded/closed), the network at --from is compared with the network at --to; by default \
        from the first year an end is recorded (ended, until, closed; else the first year given) to the last \
        year given (--to defaults to --at when given); a year or month means its last day. The section gives the actors that joined and left, cooperations created and ended, ties \
        gained and lost, hubs that rose and fell, clusters matched (splits and merges) and territories' figures, \
        and, when both dates joined have at most 300 actors with a tie and 3,000 ties, the map at each date with \
        every actor at the same place (one layout of the union of both networks); larger networks get an \
        overview of their territories at both dates (one disc per territory, at the same place on both) \
        with the figures and tables.

        Pistes de coopération section: the suggestions of `maillage suggest` for the whole network and for the \
        12 largest territories, and the territories and sectors less tied than their sizes predict. The \
        territories section gives each E-I index with its expectation and p-value under shuffled territories \
        (as `maillage territories`) and the main brokers between territories against chance (as `maillage brokers`).
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var lang: LanguageOption

    @Option(name: [.short, .customLong("output")], help: .localized(
        "Le fichier du rapport (.html), écrit en entier ou pas du tout.", "The report file (.html), written whole or not at all."))
    var output: String

    @Option(help: .localized("Combien de têtes de pont lister.", "How many facilitator hubs to list."))
    var top: Int = 10

    @Option(help: .localized(
        "Les contours des territoires (GeoJSON en WGS 84) pour la carte géographique, montrée quand le jeu de données a des coordonnées.",
        "Territory outlines (GeoJSON in WGS 84) for the geographic map, shown when the dataset has coordinates.", valueName: "file.geojson"))
    var boundaries: String?

    @Option(help: .localized(
        "Un jeu de données plus ancien auquel comparer celui du rapport (la section Évolution).",
        "An earlier dataset to compare the report's dataset with (the Évolution section).", valueName: "OLD"))
    var compare: String?

    @OptionGroup var dates: EvolutionDateOptions

    @Option(name: .customLong("size-by"), help: .localized(
        "La taille des acteurs sur la carte : une mesure (degree, le nombre de partenaires, par défaut ; \(RenderCommand.sizeMeasures)) ou employees (effectif salarié), fte (équivalents temps plein).",
        "The size of the actors on the map: a measure (degree, the number of partners, by default; \(RenderCommand.sizeMeasures)) or employees (headcount), fte (full-time equivalents).", valueName: "measure"))
    var sizeBy: String = "degree"

    func validate() throws {
        guard ActorSize.named(sizeBy) != nil else {
            throw UsageError.make("--size-by \(sizeBy) : mesure inconnue ; mesures connues : \(RenderCommand.sizeMeasures)",
                                  "--size-by \(sizeBy): unknown measure; known: \(RenderCommand.sizeMeasures)")
        }
        guard top >= 1 else { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ext == "html" || ext == "htm" else {
            throw UsageError.make("le rapport est une page HTML : donnez à -o un nom finissant par .html (reçu « \(output) »)", "the report is an HTML page: give -o a name ending in .html (got \"\(output)\")")
        }
        if compare != nil, dates.given {
            throw UsageError.make("--from et --to comparent deux dates d'un même jeu de données ; avec --compare, --at donne la date des deux jeux", "--from and --to compare two dates of one dataset; with --compare, --at gives the date of both datasets")
        }
        try AtomicFile.check([output])  // before any computation (issue 19, item 9)
    }

    /// The « Évolution » of the report: against `--compare`, or between two dates of a
    /// dated dataset; nil for an undated dataset without `--compare`.
    func evolution(of session: AnalysisSession) throws -> ReportEvolution? {
        let settings = AnalysisSettings(level: session.level, communities: clusters.settings)
        if let compare {
            var arguments = [compare, "--encoding", source.encoding.rawValue]
            if source.redact { arguments.append("--redact") }
            if source.quiet { arguments.append("--quiet") }
            if let at = source.at { arguments += ["--at", at.description] }
            let old = try DatasetOptions.parse(arguments).session(graph: graph, settings: settings)
            func label(_ s: AnalysisSession) -> String {
                s.fullDataset.name + (source.at.map { " @ \($0)" } ?? "")
            }
            var labels = (label(old), label(session))
            if labels.0 == labels.1 {
                labels = (URL(fileURLWithPath: compare).lastPathComponent, (try? source.folder().lastPathComponent) ?? labels.1)
            }
            return ReportEvolution(old: old, new: session, labels: labels, basis: .datasets, matchingNames: true, top: top)
        }
        return try dates.evolution(of: session, source: source, communities: clusters.settings, top: top)
    }

    func run() throws {
        let l = lang.language
        // Read before the analysis, so that a bad outlines file fails at once (issue 17).
        let geoBoundaries: GeoBoundaries?
        do { geoBoundaries = try boundaries.map { try GeoJSONReader.read(fileAt: URL(fileURLWithPath: $0)) } }
        catch let failure as GeoJSONReader.Failure { throw CommandFailure(failure.description(in: l)) }
        let session = try source.session(graph: graph, settings: AnalysisSettings(level: territories.level, communities: clusters.settings))
        let evolution = try evolution(of: session)
        var extra: [(key: String, value: String)] = [("redact", String(source.redact))]
        if let compare { extra.append(("compare", URL(fileURLWithPath: compare).lastPathComponent)) }
        if sizeBy != "degree" { extra.append(("size_by", sizeBy)) }
        if case .dates(let start, let end)? = evolution?.basis { extra += [("from", start.description), ("to", end.description)] }
        var report = Report(session: session, language: l, topHubs: top, extraParameters: extra, evolution: evolution,
                            sizeBy: ActorSize.named(sizeBy) ?? .measure(ActorMeasure.all[0]))
        report.geoBoundaries = geoBoundaries
        for warning in report.map?.warnings ?? [] where !source.quiet {
            printError(l.pick("maillage : attention : Graphviz : ", "maillage: warning: Graphviz: ") + warning)
        }
        if let problem = report.mapProblem {
            printError(l.pick("maillage : attention : la carte n'a pas pu être dessinée (\(problem)) ; le rapport est écrit sans elle",
                              "maillage: warning: the map could not be drawn (\(problem)); the report is written without it"))
        }
        try AtomicFile.write(report.html().utf8, to: URL(fileURLWithPath: output))
        let analysis = report.analysis
        let summary = analysis.summary
        let counts = [
            l.count(summary.actors, l.pick("acteur", "actor"), l.pick("acteurs", "actors")),
            l.count(summary.ties, l.pick("lien", "tie"), l.pick("liens", "ties")),
            l.count(analysis.hubs.hubs.count, l.pick("tête de pont", "facilitator hub"), l.pick("têtes de pont", "facilitator hubs")),
            l.count(analysis.clusters.count, l.pick("groupe", "cluster"), l.pick("groupes", "clusters")),
            l.count(analysis.territoryRows.count, l.pick("territoire", "territory"), l.pick("territoires", "territories")),
        ].joined(separator: ", ")
        printError(l.pick("rapport écrit : \(output) (\(counts) ; \(l.rawValue))", "report written: \(output) (\(counts); \(l.rawValue))"))
    }
}
