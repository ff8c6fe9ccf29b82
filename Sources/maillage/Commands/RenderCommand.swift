import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import MaillageRender

extension LayoutEngine: ExpressibleByArgument {}
extension MapRequest.View: ExpressibleByArgument {}
extension MapRequest.ColorBy: ExpressibleByArgument {}
extension MapRequest.GroupBy: ExpressibleByArgument {}

/// `maillage render [DATASET] -o map.svg`: a cooperation map built by the library's
/// ``MapBuilder`` and drawn in-process by Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: helpText(
            "Dessine une carte des coopérations (SVG, PNG, PDF ou DOT) avec Graphviz.",
            "Draws a map of the cooperations (SVG, PNG, PDF or DOT) with Graphviz."),
        discussion: helpText("""
        Le format vient de l'extension du fichier de sortie : .svg, .png, .pdf ou .dot. Vues : actors (qui coopère \
        avec qui), bipartite (les acteurs et leurs coopérations), territories (les territoires reliés par la \
        coopération), clusters (un nœud par groupe, dimensionné selon ses acteurs, nommé d'après son acteur \
        principal, son territoire et son type). --backbone ALPHA ne garde, dans la vue actors, que les liens que le \
        filtre de disparité juge significatifs au niveau ALPHA sur les poids de Newman (Serrano, Boguñá & Vespignani \
        2009 ; 0,05 est l'usage), seules les principales têtes de pont étant nommées. Les vues ciblées dessinent une \
        partie de la vue actors du réseau entier, les groupes numérotés comme `maillage clusters` les liste : \
        --ego ACTEUR (le voisinage d'un acteur), --cluster N (un groupe), --territory ID-OU-NOM (les acteurs situés \
        dans ce territoire ou en dessous).

        Vue par défaut selon la taille (acteurs ayant un lien, liens) : quelques grandes coopérations qui rendent la \
        projection dense (densité d'au moins 0,3, au plus 60 coopérations) : bipartite ; jusqu'à 300 acteurs et \
        3\u{202F}000 liens : actors, chaque acteur nommé ; au-delà : clusters (les 150 plus grands groupes dessinés, les \
        autres comptés dans le sous-titre). Une vue ciblée ou une épine dorsale dessine les acteurs ; chaque acteur y \
        est nommé jusqu'à 300 acteurs, seuls les 30 plus grands au-delà (et toujours sur une épine dorsale), les \
        autres au survol. Quand au moins la moitié des acteurs n'ont pas de type, les acteurs sont colorés par \
        groupe. Avec --layout geo, les noms sont ceux qui trouvent la place à côté de leur marque (les autres au \
        survol) ; au-delà de 300 acteurs les marques sont petites, et au-delà de 600 liens ceux-ci sont dessinés en \
        faisceaux, une ligne par paire de lieux (les 800 paires les plus reliées).
        """, """
        The format comes from the output file's extension: .svg, .png, .pdf or .dot. Views: actors (who \
        cooperates with whom), bipartite (actors and their cooperations), territories (territories tied by \
        cooperation), clusters (one node per cluster, sized by its actors, named by its main actor, territory \
        and kind). --backbone ALPHA keeps, in the actors view, only the ties the disparity filter finds \
        significant at level ALPHA on Newman's weights (Serrano, Boguñá & Vespignani 2009; 0.05 is usual), \
        only the main hubs named. Focus views draw part of the whole network's actors view, clusters numbered as `maillage \
        clusters` lists them: --ego ACTOR (the neighbourhood of one actor), --cluster N (one cluster), \
        --territory ID-OR-NAME (the actors located in that territory or below it).

        Default view by size (actors with a tie, ties): a few large cooperations making the projection dense \
        (density at least 0.3, at most 60 cooperations): bipartite; up to 300 actors and 3,000 ties: actors, \
        every actor named; larger: clusters (the 150 largest drawn, the others counted in the subtitle). A focus or a backbone draws actors; there, every actor is named up \
        to 300 actors, only the 30 largest above (and always on a backbone), the others on hover. When at least \
        half the actors have no kind, actors are coloured by cluster. With --layout geo, the names are \
        those that find room beside their mark (the others on hover); above 300 actors the marks are small \
        and above 600 ties they are drawn bundled, one line per pair of places (the 800 most tied).
        """))

    /// What a map may size actors by (the numeric measures, and `employees`), as `--size-by` lists them.
    static var sizeMeasures: String { ActorSize.keys().joined(separator: ", ") }

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var lang: LanguageOption

    @Option(name: [.short, .customLong("output")], help: .localized("Le fichier de la carte : .svg, .png, .pdf ou .dot.", "The map file: .svg, .png, .pdf or .dot."))
    var output: String

    @Option(help: .localized(
        "actors, bipartite, territories ou clusters (par défaut : choisie selon la taille, voir plus bas).",
        "actors, bipartite, territories or clusters (default: chosen by size, see below)."))
    var view: MapRequest.View?

    @Option(help: .localized(
        "Placement Graphviz : sfdp, neato, fdp, dot ou circo (par défaut : choisi selon la vue et la taille) ; geo : la carte géographique (vue actors ou territories) aux emplacements que donnent les lat/lon ou les codes INSEE du jeu de données, en Lambert-93 ; --ego, --cluster, --territory et --backbone en choisissent les acteurs et les liens comme sur la carte du réseau.",
        "Graphviz layout: sfdp, neato, fdp, dot or circo (default: chosen for the view and size); geo: the geographic map (actors or territories view) at the places of the dataset's lat/lon or INSEE codes, in Lambert-93; --ego, --cluster, --territory and --backbone choose its actors and ties as on the network map."))
    var layout: LayoutEngine?

    @Option(help: .localized(
        "Avec --layout geo : les contours des territoires (GeoJSON en WGS 84), associés aux territoires par identifiant ou code INSEE ; sinon, les enveloppes de leurs acteurs.",
        "With --layout geo: territory outlines (GeoJSON in WGS 84), matched to territories by id or INSEE code; otherwise hulls of their actors.", valueName: "file.geojson"))
    var boundaries: String?

    @Option(name: .customLong("color-by"), help: .localized(
        "Colorer les acteurs par kind (type, par défaut), cluster (groupe) ou territory (territoire).", "Colour actors by kind (default), cluster or territory."))
    var colorBy: MapRequest.ColorBy = .kind

    @Option(name: .customLong("size-by"), help: .localized(
        "Dimensionner les acteurs selon cette mesure (degree par défaut) : \(Self.sizeMeasures) ; employees : leur effectif salarié ; fte : leurs équivalents temps plein.",
        "Size actors by this measure (default degree): \(Self.sizeMeasures); employees: their headcount; fte: their full-time equivalents.", valueName: "measure"))
    var sizeBy: String = "degree"

    @Option(name: .customLong("group-by"), help: .localized(
        "Dessiner un cadre autour de chaque territoire (territory) ou de chaque groupe (cluster) ; none par défaut.",
        "Draw a frame around each territory or cluster (none by default)."))
    var groupBy: MapRequest.GroupBy = .none

    @OptionGroup var territories: TerritoryLevelOption

    @Option(help: .localized(
        "Ne dessiner que le voisinage de cet acteur : son identifiant ou son nom tel qu'il est affiché (casse, accents et espaces ignorés).",
        "Draw only the neighbourhood of this actor: its id or its name as printed (case, accents and spaces ignored)."))
    var ego: String?

    @Option(help: .localized("Avec --ego : à combien de pas de l'acteur.", "With --ego: how many steps away from the actor."))
    var depth: Int = 1

    @Option(help: .localized(
        "Ne dessiner que les acteurs de ce groupe (numéroté comme `maillage clusters` les liste).",
        "Draw only this cluster's actors (numbered as `maillage clusters` lists them).", valueName: "N"))
    var cluster: Int?

    @Option(help: .localized(
        "L'épine dorsale : ne garder que les liens significatifs à ce niveau pour le filtre de disparité (par exemple --backbone 0.05).",
        "The backbone: keep only the ties significant at this level for the disparity filter (e.g. 0.05).",
        valueName: "ALPHA"))
    var backbone: Double?

    @Flag(name: .customLong("include-isolated"), help: .localized(
        "Dessiner aussi les acteurs qui ne partagent aucune coopération avec personne.", "Also draw actors that share no cooperation with anyone."))
    var includeIsolated = false

    func validate() throws {
        guard RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) != nil else {
            throw UsageError.make("l'extension du fichier de sortie donne le format : .svg, .png, .pdf ou .dot (reçu « \(output) »)", "the output's extension gives the format: .svg, .png, .pdf or .dot (got \"\(output)\")")
        }
        guard depth >= 1 else { throw UsageError.make("--depth doit valoir au moins 1", "--depth must be at least 1") }
        guard ActorSize.named(sizeBy) != nil else {
            throw UsageError.make("--size-by \(sizeBy) : mesure inconnue ; mesures connues : \(Self.sizeMeasures) (employees : l'effectif salarié ; fte : les équivalents temps plein)", "--size-by \(sizeBy): unknown measure; known: \(Self.sizeMeasures) (employees: the headcount; fte: the full-time equivalents)")
        }
        if colorBy != .kind, groupBy != .none, colorBy.rawValue != groupBy.rawValue {
            throw UsageError.make("--color-by \(colorBy.rawValue) et --group-by \(groupBy.rawValue) doivent utiliser le même regroupement", "--color-by \(colorBy.rawValue) and --group-by \(groupBy.rawValue) must use the same grouping")
        }
        if let view, view != .actors {
            for (given, option) in [(ego != nil, "--ego"), (cluster != nil, "--cluster"), (graph.territory != nil, "--territory"),
                                    (backbone != nil, "--backbone")] where given {
                throw UsageError.make("\(option) dessine la vue des acteurs ; retirez --view ou utilisez --view actors", "\(option) draws the actors view; leave out --view or use --view actors")
            }
        }
        if [ego != nil, cluster != nil, graph.territory != nil].count(where: { $0 }) > 1 {
            throw UsageError.make("--ego, --cluster et --territory choisissent chacun les acteurs dessinés : n'en donnez qu'un", "--ego, --cluster and --territory each choose the actors drawn: give only one")
        }
        if let cluster, cluster < 1 { throw UsageError.make("--cluster doit valoir au moins 1 (les groupes sont numérotés à partir de 1)", "--cluster must be at least 1 (clusters are numbered from 1)") }
        if let backbone, !(backbone > 0 && backbone < 1) { throw UsageError.make("--backbone doit être strictement compris entre 0 et 1 (par exemple 0.05)", "--backbone must lie strictly between 0 and 1 (e.g. 0.05)") }
        if layout == .geo, let view, view != .actors && view != .territories {
            throw UsageError.make("--layout geo dessine la vue des acteurs ou celle des territoires (reçu --view \(view.rawValue))", "--layout geo draws the actors or the territories view (got --view \(view.rawValue))")
        }
        if boundaries != nil && layout != .geo { throw UsageError.make("--boundaries va avec --layout geo", "--boundaries goes with --layout geo") }
        try AtomicFile.check([output])  // before any computation (issue 19, item 9)
    }

    /// The map these options ask for, the ego given by its id.
    func request(ego egoID: String?, focus: MapRequest.Focus?, view: MapRequest.View) -> MapRequest {
        MapRequest(view: view, layout: layout, colorBy: colorBy, sizeBy: sizeBy, groupBy: groupBy, ego: egoID, depth: depth,
                   focus: focus, backbone: backbone, includeIsolated: includeIsolated, language: lang.language,
                   interactive: URL(fileURLWithPath: output).pathExtension.lowercased() == "svg")
    }

    func run() throws {
        let l = lang.language
        // --territory is a focus here: the whole network is analysed, one territory drawn.
        var whole = graph
        whole.territory = nil
        let session = try source.session(graph: whole, settings: AnalysisSettings(level: territories.level, communities: clusters.settings))
        let dataset = session.dataset
        let egoID = try ego.map { try ActorReference.resolve($0, in: dataset, option: "--ego", language: l) }
        var focus: MapRequest.Focus?
        if let cluster {
            guard cluster <= session.clusters.count else {
                throw CommandFailure(l.pick("--cluster \(cluster) : le réseau compte \(session.clusters.count) groupe(s)",
                                            "--cluster \(cluster): the network has \(session.clusters.count) cluster(s)"))
            }
            focus = .cluster(cluster)
        }
        if let reference = graph.territory {
            guard let id = MapRequest.territoryID(reference, in: dataset) else {
                let near = MapRequest.territorySuggestions(reference, in: dataset).map { "\($0.id) (\($0.name))" }
                throw CommandFailure(l.pick("territoire inconnu ou ambigu « \(reference) » pour --territory", "unknown or ambiguous territory \"\(reference)\" for --territory")
                                     + (near.isEmpty ? "" : l.pick(" ; candidats : ", "; candidates: ") + near.joined(separator: ", ")))
            }
            focus = .territory(id)
        }
        let url = URL(fileURLWithPath: output)
        let format = RenderFormat(rawValue: url.pathExtension.lowercased()) ?? .svg
        let chosen = view ?? (egoID != nil || focus != nil || backbone != nil || layout == .geo ? .actors : MapRequest.View.automatic(for: session))
        if chosen == .territories, let problem = session.territoryAnalysisUnavailable(language: l) { throw CommandFailure(problem) }
        var mapRequest = request(ego: egoID, focus: focus, view: chosen)
        if layout == .geo {  // issue 17
            do { mapRequest.boundaries = try boundaries.map { try GeoJSONReader.read(fileAt: URL(fileURLWithPath: $0)) } }
            catch let failure as GeoJSONReader.Failure { throw CommandFailure(failure.description(in: l)) }
            if let problem = MapBuilder.geographicProblem(session: session, boundaries: mapRequest.boundaries, language: l) {
                throw CommandFailure(problem)
            }
        }
        // A map too large for the memory budget is refused before it is built, and again
        // once built (a focus or a two-mode map), with what to draw instead (MapMemory).
        let budget = graph.limits.budget
        if chosen == .actors, layout != .geo, egoID == nil, focus == nil, backbone == nil,
           let refusal = MapMemory.refusal(nodes: session.graph.nodeCount, edges: session.graph.edgeCount, format: format, budget: budget) {
            throw CommandFailure(refusal.text(french: l == .fr))
        }
        let map = MapBuilder(session: session, request: mapRequest).map()
        if layout != .geo,
           let refusal = MapMemory.refusal(nodes: map.document.nodes.count, edges: map.document.edges.count, format: format, budget: budget) {
            throw CommandFailure(refusal.text(french: l == .fr))
        }
        let dot = DOTEncoder.encode(map.document)
        let rendering: Rendering
        do {
            rendering = format == .dot ? Rendering(bytes: Array(dot.utf8), warnings: [])
                : try GraphvizRenderer.shared.rendering(dot: dot, layout: map.layout, format: format)
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
        try AtomicFile.write(Data(rendering.bytes), to: url)
        // Every Graphviz message is seen: errors failed above, warnings are shown (issue 19, item 7).
        if !source.quiet {
            for warning in rendering.warnings { printError(l.pick("attention : Graphviz : ", "warning: Graphviz: ") + warning) }
        }
        printError(l.pick("carte écrite : ", "map written: ") + "\(output) (\(map.summary), " + l.pick("disposition ", "layout ") + "\(map.layout.rawValue))")
        // A backbone that keeps no tie draws an empty map: say how to get one.
        if let backbone, map.document.edges.isEmpty, !source.quiet {
            printError(l.pick("attention : l'épine dorsale au seuil \(l.decimal(backbone, digits: 3)) ne garde aucun lien (les liens d'un acteur y pèsent tous autant) : essayez un seuil plus grand, par exemple --backbone 0.5, ou --view clusters",
                              "warning: the backbone at level \(l.decimal(backbone, digits: 3)) keeps no tie (each actor's ties weigh about the same): try a larger level, e.g. --backbone 0.5, or --view clusters"))
        }
    }
}
