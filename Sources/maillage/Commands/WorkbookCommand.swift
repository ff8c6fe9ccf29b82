import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageDataset
import MaillageModel
import MaillageReport
import MaillageSupport
import MaillageWorkbook

/// `maillage workbook [DATASET] -o resultats.xlsx`: every table of the analysis in one
/// Excel or LibreOffice workbook, one sheet per table — the figures a chargé de mission
/// sorts, filters and pastes into a note, from one analysis session, so that the sheets
/// agree with each other and with the report made with the same options.
///
/// The sheets are the CSV tables of `summary`, `centrality` (with each actor's territory
/// and cluster), the cooperations with their members, `hubs`, `clusters`, `territories`, `brokers` and `suggest`, their
/// headers in the language of `--lang`, numbers as numeric cells, after a « Lisez-moi »
/// sheet that says what the workbook holds, how it was computed, and what each measure means.
struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: helpText(
            "Écrit un classeur de résultats (.xlsx ou .ods) : une feuille par tableau (acteurs et leurs mesures, coopérations, têtes de pont, groupes, territoires, courtage, pistes).",
            "Writes a results workbook (.xlsx or .ods): one sheet per table (actors and their measures, cooperations, hubs, clusters, territories, brokerage, suggestions)."),
        discussion: helpText("""
        Feuilles : Lisez-moi (le jeu de données, les réglages, le contenu de chaque feuille et la définition de \
        chaque mesure), Résumé (comme `maillage summary`), Acteurs (chaque acteur avec son territoire, son groupe et \
        ses mesures, comme `maillage centrality` : toutes, ou celles de --measure), Coopérations (chacune avec sa forme, ses \
        dates et ses membres), Têtes de pont (`maillage hubs`), Groupes (`maillage \
        clusters`), Territoires (`maillage territories`) et Courtage (`maillage brokers`) quand le jeu de données a \
        des territoires, Pistes (`maillage suggest`), et pour un jeu de données daté Évolution (`maillage compare` entre \
        --from et --to, par défaut les dates du rapport). Tout vient d'une seule analyse : les feuilles concordent entre \
        elles et avec le rapport écrit avec les mêmes options. Les nombres sont des cellules numériques (tri et \
        filtres d'Excel ou de LibreOffice), les identifiants et les codes restent du texte, aucune cellule n'est une \
        formule. Le fichier est écrit en entier ou pas du tout.
        """, """
        Sheets: Lisez-moi (read me: the dataset, the settings, what each sheet holds and the definition of each \
        measure), Summary (as `maillage summary`), Actors (each actor with its territory, cluster and measures, \
        as `maillage centrality`: all, or those of --measure), Cooperations (each with its form, dates and members), Hubs (`maillage hubs`), Clusters (`maillage clusters`), Territories (`maillage \
        territories`) and Brokerage (`maillage brokers`) when the dataset has territories, Suggestions (`maillage \
        suggest`), and for a dated dataset Evolution (`maillage compare` between --from and --to, by default the \
        report's dates). Everything comes from one analysis: the sheets agree with each other and with the report written \
        with the same options. Numbers are numeric cells (Excel's or LibreOffice's sorting and filters), ids and codes \
        stay text, no cell is a formula. The file is written whole or not at all.
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var clusters: ClusterOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var lang: LanguageOption
    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: [.short, .customLong("output")], help: .localized(
        "Le classeur à écrire : .xlsx (Excel) ou .ods (LibreOffice), écrit en entier ou pas du tout.",
        "The workbook to write: .xlsx (Excel) or .ods (LibreOffice), written whole or not at all."))
    var output: String

    @Option(help: .localized("Combien de têtes de pont lister.", "How many facilitator hubs to list."))
    var top: Int = 10

    @Option(help: .localized("Combien de pistes de coopération lister.", "How many possible cooperations to list.", valueName: "N"))
    var suggestions: Int = 20

    @OptionGroup var dates: EvolutionDateOptions

    func validate() throws {
        guard top >= 1 else { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
        guard suggestions >= 0 else { throw UsageError.make("--suggestions doit valoir 0 ou plus", "--suggestions must be 0 or more") }
        guard format != nil else {
            throw UsageError.make("le classeur est un fichier .xlsx ou .ods : donnez à -o un nom finissant ainsi (reçu « \(output) »)",
                                  "the workbook is an .xlsx or .ods file: give -o a name ending so (got \"\(output)\")")
        }
        _ = try measureOptions.measures(in: .projected, fallback: [])
        try AtomicFile.check([output])  // before any computation
    }

    /// The workbook format named by the extension of `-o`.
    var format: WorkbookFormat? {
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "xlsx": .xlsx
        case "ods": .ods
        default: nil
        }
    }

    func run() throws {
        let l = lang.language
        let progress = source.progressDisplay()
        let session = try progress.step(l.pick("chargement du jeu de données", "loading the dataset")) {
            try source.session(graph: graph, settings: AnalysisSettings(level: territories.level, communities: clusters.settings))
        }
        let measures = try measureOptions.measures(in: .projected, fallback: ActorMeasure.available(in: .projected))
        let evolution = try progress.step(l.pick("comparaison des dates", "comparing the dates")) {
            try dates.evolution(of: session, source: source, communities: clusters.settings, top: top)
        }
        let sheets = try progress.step(l.pick("calcul des tableaux", "computing the tables")) {
            try Self.sheets(of: session, measures: measures, top: top, suggestions: suggestions, evolution: evolution, language: l)
        }
        guard let format else { return }
        let bytes = try progress.step(l.pick("écriture du classeur", "writing the workbook")) {
            try SpreadsheetTable.bytes(WorkbookDraft(sheets: sheets.map(\.sheet)), format: format)
        }
        try AtomicFile.write(Data(bytes), toPath: output)
        let list = sheets.dropFirst().map { "\($0.sheet.name) \(l.integer(max($0.sheet.rows.count - 1, 0)))" }.joined(separator: ", ")
        printError(l.pick("classeur écrit : \(output) (\(list) lignes)", "workbook written: \(output) (\(list) rows)"))
    }

    /// One sheet of the workbook, and what « Lisez-moi » says of it.
    struct Sheet {
        var sheet: DraftSheet
        var description: String
    }

    /// The ties gained, and the ties lost, that the « Évolution » sheet lists at most: a
    /// network of 200,000 actors compared with itself years earlier gains millions, more
    /// than a sheet holds; the sheet's description says how many there are in all.
    static let evolutionTieLimit = 100_000

    /// The sheets of `session`'s workbook, « Lisez-moi » first, « Évolution » last when `evolution` is given.
    static func sheets(of session: AnalysisSession, measures: [ActorMeasure], top: Int, suggestions: Int, evolution: ReportEvolution? = nil,
                       language l: Language) throws -> [Sheet] {
        let dataset = session.dataset
        var sheets: [Sheet] = []
        func add(_ csv: CSVText, _ name: String, _ description: String) throws {
            sheets.append(Sheet(sheet: try SpreadsheetTable.sheet(csv, name: name, language: l), description: description))
        }

        // Résumé
        var summary = CSVText(["section", "item", "value"])
        for row in SummaryCommand.rows(session.summary, language: l) { summary.append([row.section, row.label, row.value]) }
        try add(summary, l.pick("Résumé", "Summary"), l.pick(
            "Les totaux du jeu de données et les chiffres du réseau (comme maillage summary).",
            "The dataset's totals and the network's figures (as maillage summary)."))

        // Acteurs: every measure, with the territory and cluster a pivot table groups by.
        session.compute(measures)
        let values = Dictionary(uniqueKeysWithValues: measures.map { ($0.key, session.values(of: $0)) })
        let degree = session.degree
        let order = dataset.actors.indices.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : dataset.actors[$0].id < dataset.actors[$1].id }
        let assignment = session.assignment
        let territoryOf = assignment.groupOfActor.map { $0 >= 0 ? assignment.territories[$0].name : "" }
        let clusterOf = session.clusterOfActor.map { $0 >= 0 ? String($0 + 1) : "" }
        var placed: [(key: String, values: [String])] = []
        if !assignment.territories.isEmpty { placed.append(("territory", territoryOf)) }
        placed.append(("cluster", clusterOf))
        try add(CentralityCommand.csv(order, measures: measures, values: values, dataset: dataset, columns: placed),
                l.pick("Acteurs", "Actors"), l.pick(
                    "Chaque acteur, du plus relié au moins relié : ses numéros SIRET, SIREN ou RNA quand le jeu de données les donne, son territoire (niveau \(l.label(session.level))), son groupe (numéro de la feuille Groupes, vide pour un acteur sans lien) et ses mesures (comme maillage centrality ; toutes, ou celles de --measure ; définitions ci-dessous).",
                    "Every actor, most tied first: its SIRET, SIREN or RNA numbers when the dataset gives them, its territory (level \(l.label(session.level))), its cluster (number in the Clusters sheet, empty for an actor without a tie) and its measures (as maillage centrality; all, or those of --measure; definitions below)."))

        // Coopérations: each with its members, as the dataset gives them.
        var byCooperation: [String: [String]] = [:]
        let actorNames = Dictionary(dataset.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for m in dataset.memberships { byCooperation[m.cooperation, default: []].append(actorNames[m.actor] ?? m.actor) }
        var cooperations = CSVText(["id", "name", "form", "status", "started", "ended", "member_count", "declared_members", "members", "territories"])
        for c in dataset.cooperations {
            let members = byCooperation[c.id] ?? []
            cooperations.append([c.id, c.name, c.form.rawValue, c.status.rawValue, c.started?.description ?? "", c.ended?.description ?? "",
                                 String(members.count), c.declaredMembers.map(String.init) ?? "", members.joined(separator: " ; "),
                                 c.territories.map { dataset.territory($0)?.name ?? $0 }.joined(separator: " ; ")])
        }
        try add(cooperations, l.pick("Coopérations", "Cooperations"), l.pick(
            "Chaque coopération du jeu de données : sa forme, son statut, ses dates, ses membres (leur nombre et leurs noms) et ses territoires, pour relire les données.",
            "Every cooperation of the dataset: its form, status, dates, members (how many, and their names) and territories, to check the data."))

        // Têtes de pont
        try add(HubsCommand.csv(session.hubs(top: top), session: session, language: l), l.pick("Têtes de pont", "Hubs"), l.pick(
            "Les \(top) premières têtes de pont au plus, avec leurs raisons (comme maillage hubs). Score sur 100 : 30 % intermédiarité, 15 % courtage entre territoires, 15 % rôles d'animation (animateur, accompagnateur ; porteur pour moitié), 15 % paires d'acteurs que son départ déconnecterait, 15 % territoires et 10 % types d'acteurs que ses liens atteignent, chacun rapporté à sa plus grande valeur.",
            "The first \(top) facilitator hubs at most, with their reasons (as maillage hubs). Score out of 100: 30 % betweenness, 15 % brokerage between territories, 15 % facilitation roles (animateur, accompagnateur; porteur counts half), 15 % pairs of actors its departure would disconnect, 15 % territories and 10 % kinds of actors its ties reach, each scaled by its largest value."))

        // Groupes
        let partition = session.partition
        try add(ClustersCommand.csv(session.clusters.map(\.members), dataset: dataset, degree: degree), l.pick("Groupes", "Clusters"), l.pick(
            "Les groupes d'acteurs qui coopèrent surtout entre eux, du plus grand au plus petit, un acteur par ligne (comme maillage clusters ; \(session.settings.communities.method.rawValue), graine \(session.settings.communities.seed), modularité \(l.decimal(partition.modularity, digits: 3))). Les acteurs sans lien n'y sont pas.",
            "The clusters of actors that cooperate mostly with each other, largest first, one actor per row (as maillage clusters; \(session.settings.communities.method.rawValue), seed \(session.settings.communities.seed), modularity \(l.decimal(partition.modularity, digits: 3))). Actors without a tie are not listed."))

        // Territoires and Courtage, when there are territories to compare.
        let territoryProblem = session.territoryAnalysisUnavailable(language: l)
        if territoryProblem == nil {
            try add(TerritoriesCommand.csv(session.territoryRows, session: session, eiTest: session.territoryEITest()),
                    l.pick("Territoires", "Territories"), l.pick(
                        "Chaque territoire de niveau \(l.label(session.level)) : acteurs, liens internes et vers l'extérieur, indice E-I (de −1, tout en interne, à +1, tout vers l'extérieur) avec son espérance et ses valeurs p sous des territoires mélangés, densité, morceaux, acteurs les mieux placés (comme maillage territories).",
                        "Each territory at level \(l.label(session.level)): actors, internal and external ties, E-I index (from −1, all internal, to +1, all external) with its expectation and p-values under shuffled territories, density, pieces, best-placed actors (as maillage territories)."))
            let brokerage = session.brokerage(between: .territory)
            func across(_ v: Int) -> Int { let c = brokerage.counts[v]; return c.itinerant + c.gatekeeper + c.liaison }
            let brokers = (0..<session.graph.nodeCount).filter { brokerage.counts[$0].openPairs > 0 }
                .sorted { across($0) != across($1) ? across($0) > across($1) : dataset.actors[$0].id < dataset.actors[$1].id }
            let test = session.brokerageTest(brokerage, actors: brokers)
            try add(BrokersCommand.csv(brokers, brokerage: brokerage, test: test, dataset: dataset), l.pick("Courtage", "Brokerage"), l.pick(
                "Les rôles de courtage de Gould et Fernandez entre territoires, pour chaque acteur qui relie deux partenaires non liés entre eux, du plus grand courtage entre territoires au plus petit (comme maillage brokers ; valeurs p par \(test.permutations) mélanges des territoires, pour les premiers acteurs sur un grand réseau).",
                "Gould and Fernandez's brokerage roles between territories, for each actor that links two partners not tied to each other, most brokerage across territories first (as maillage brokers; p-values from \(test.permutations) shuffles of the territories, for the first actors on a large network)."))
        }

        // Pistes
        if suggestions > 0 {
            let list = session.suggestions(top: suggestions, perActor: 2)
            try add(SuggestCommand.csv(list, reasons: session.reasons(for: list), names: session.suggestionNames, dataset: dataset, language: l),
                    l.pick("Pistes", "Suggestions"), l.pick(
                        "Les \(suggestions) premières paires d'acteurs qui ne coopèrent pas encore et le pourraient, avec leurs raisons (comme maillage suggest ; un acteur dans deux paires au plus). Score = allocation de ressources (Σ 1/k des partenaires communs) + 0,3 même territoire + 0,2 même secteur + 0,1 même territoire et groupes différents.",
                        "The first \(suggestions) pairs of actors who do not cooperate yet and could, with their reasons (as maillage suggest; one actor in two pairs at most). Score = resource allocation (Σ 1/k over common partners) + 0.3 same territory + 0.2 same sector + 0.1 same territory and different clusters."))
        }

        // Évolution, for a dated dataset: compare's table between the two dates.
        if let evolution {
            let (from, to) = evolution.labels
            let c = evolution.comparison
            // Ties by the million do not fit a sheet (1,048,576 rows): the first, and say so.
            let cut = c.tiesGained.count > evolutionTieLimit || c.tiesLost.count > evolutionTieLimit
            let cutNote = cut ? l.pick(
                " Liens gagnés et perdus : les \(l.integer(evolutionTieLimit)) premiers de chaque sorte au plus, ceux qui partagent le plus de coopérations (\(l.integer(c.tiesGained.count)) gagnés, \(l.integer(c.tiesLost.count)) perdus en tout ; maillage compare --format csv les liste tous).",
                " Ties gained and lost: the first \(l.integer(evolutionTieLimit)) of each at most, those sharing the most cooperations (\(l.integer(c.tiesGained.count)) gained, \(l.integer(c.tiesLost.count)) lost in all; maillage compare --format csv lists them all).") : ""
            try add(CompareCommand.csv(c, old: evolution.old, new: evolution.new, tieLimit: evolutionTieLimit, language: l), l.pick("Évolution", "Evolution"), l.pick(
                "Ce qui a changé entre le réseau à la date \(from) et le réseau à la date \(to) (comme maillage compare) : acteurs arrivés et partis, coopérations créées et terminées, liens gagnés et perdus, têtes de pont qui montent et qui reculent, groupes appariés, chiffres des territoires.",
                "What changed between the network as of \(from) and as of \(to) (as maillage compare): actors that joined and left, cooperations created and ended, ties gained and lost, hubs that rose and fell, clusters matched, territories' figures.") + cutNote)
        }

        let readMe = Sheet(sheet: readMeSheet(session, sheets: sheets, measures: measures, territoryProblem: territoryProblem, language: l), description: "")
        return [readMe] + sheets
    }

    /// How many of the loader's warnings « Lisez-moi » lists, as the report's source section does.
    static let readingWarningsShown = 40

    /// « Lisez-moi »: the dataset and the settings, how its files were read, what each
    /// sheet holds, each measure's definition.
    static func readMeSheet(_ session: AnalysisSession, sheets: [Sheet], measures: [ActorMeasure], territoryProblem: String?,
                            language l: Language) -> DraftSheet {
        var rows: [[String]] = [[l.text(ResultsWorkbookMark.title), ""]]
        rows.append([l.pick("Jeu de données", "Dataset"), session.fullDataset.name])
        if let at = session.origin?.asOf { rows.append([l.pick("Réseau à la date du", "Network as of"), at.description]) }
        if let fingerprint = session.origin?.fingerprint { rows.append([l.pick("Empreinte des fichiers (SHA-256)", "Files' fingerprint (SHA-256)"), fingerprint]) }
        if session.origin?.redacted == true {
            rows.append([l.pick("Données personnelles", "Personal data"), l.pick("retirées (--redact)", "removed (--redact)")])
        }
        rows.append([l.pick("Version de Maillage", "Maillage version"), MaillageVersion.current])
        rows.append([l.pick("Poids des liens (projection)", "Tie weights (projection)"), session.settings.projection.rawValue])
        let scope = session.scopeDescription(in: l)
        if !scope.isEmpty { rows.append([l.pick("Périmètre", "Scope"), scope.joined(separator: " ; ")]) }
        let c = session.settings.communities
        rows.append([l.pick("Groupes", "Clusters"), "\(c.method.rawValue), " + l.pick("graine \(c.seed), résolution \(l.decimal(c.resolution, digits: 2))",
                                                                                      "seed \(c.seed), resolution \(l.decimal(c.resolution, digits: 2))")])
        switch session.betweennessComputation {
        case .exact:
            rows.append([l.pick("Intermédiarité", "Betweenness"), l.pick("exacte (Brandes)", "exact (Brandes)")])
        case .approximate(let epsilon, let delta, let seed, let samples, _):
            rows.append([l.pick("Intermédiarité", "Betweenness"), l.pick(
                "approchée par échantillonnage (Riondato–Kornaropoulos, \(l.integer(samples)) chemins, graine \(seed)) : chaque valeur à ±\(l.decimal(epsilon, digits: 3)) près de la valeur exacte avec une probabilité d'au moins \(l.decimal(1 - delta, digits: 2))",
                "approximated by sampling (Riondato–Kornaropoulos, \(l.integer(samples)) paths, seed \(seed)): every value within ±\(l.decimal(epsilon, digits: 3)) of the exact one with probability at least \(l.decimal(1 - delta, digits: 2))")])
        }
        if let territoryProblem {
            rows.append([l.pick("Territoires", "Territories"), territoryProblem + l.pick(" Les feuilles Territoires et Courtage sont absentes.",
                                                                                         " The Territories and Brokerage sheets are left out.")])
        }
        // A few large cooperations that make most ties, as the summary and the report say it.
        if let large = LargeCooperations.find(in: session.projected) {
            rows.append([l.pick("Grandes coopérations", "Large cooperations"),
                         large.text(dataset: session.dataset, network: session.projected.network, language: l)])
        }
        // How the files were read, as `maillage validate` words it: the first 40, the rest counted.
        if let warnings = session.origin?.readingWarnings, !warnings.isEmpty {
            rows.append(["", ""])
            rows.append([l.pick("Avertissements à la lecture des données", "Warnings while reading the data"), l.integer(warnings.count)])
            for warning in warnings.prefix(Self.readingWarningsShown) { rows.append(["", l.text(warning)]) }
            if warnings.count > Self.readingWarningsShown {
                let rest = warnings.count - Self.readingWarningsShown
                rows.append(["", l.pick("… et \(l.integer(rest)) autre\(rest > 1 ? "s" : "") : maillage validate les liste tous.",
                                        "… and \(l.integer(rest)) more: maillage validate lists them all.")])
            }
        }
        rows.append(["", ""])
        rows.append([l.pick("Feuille", "Sheet"), l.pick("Contenu", "Contents")])
        for sheet in sheets { rows.append([sheet.sheet.name, sheet.description]) }
        rows.append(["", ""])
        rows.append([l.pick("Mesure (feuille Acteurs)", "Measure (Actors sheet)"), l.pick("Définition", "Definition")])
        for measure in measures {
            rows.append([measure.name(in: l), measure.definition(in: l) + l.pick(" Référence : ", " Reference: ") + measure.reference])
        }
        return DraftSheet(name: l.pick("Lisez-moi", "Read me"), rows: rows, columnWidths: [34, 110])
    }
}
