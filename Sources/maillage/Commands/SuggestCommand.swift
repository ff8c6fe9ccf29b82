import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

/// `maillage suggest [DATASET]`: pairs of actors who do not cooperate yet and plausibly
/// could, ranked, with their reasons; and the territories and sectors less tied than
/// their sizes predict.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: helpText(
            "Pistes de coopération : qui pourrait coopérer avec qui, et pourquoi.",
            "Possible cooperations: who could cooperate with whom, and why."),
        discussion: helpText("""
        Score = RA + 0,3 × même territoire + 0,2 × même secteur + 0,1 × (même territoire et groupes différents), \
        où RA (allocation de ressources, Zhou, Lü & Zhang 2009) = Σ 1/k(z) sur les partenaires communs z des deux \
        acteurs, k(z) étant le nombre de partenaires de z : un partenaire commun qui connaît peu d'acteurs compte \
        davantage qu'un acteur très connecté. Candidats : les partenaires des partenaires, et les acteurs les mieux \
        reliés du même territoire et du même secteur. Écarts : les paires de territoires (ou de secteurs) ayant moins \
        de liens que prévu, l'attendu étant D_A × D_B / 2m (D : les extrémités de liens du groupe, m : les liens du \
        réseau, comme dans la modularité).
        """, """
        Score = RA + 0.3 × same territory + 0.2 × same sector + 0.1 × (same territory and different clusters), \
        where RA (resource allocation, Zhou, Lü & Zhang 2009) = Σ 1/k(z) over the common partners z of the two actors, \
        k(z) being z's number of partners: a common partner who knows few actors counts more than a hub. \
        Candidates: partners of partners, and the best-connected actors of the same territory and sector. \
        Gaps: pairs of territories (or sectors) with fewer ties than expected, the expectation being \
        D_A × D_B / 2m (D: the group's tie ends, m: ties of the network, as in modularity).
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: .localized(
        "Seulement les pistes pour cet acteur (son identifiant ou son nom tel qu'il est affiché).",
        "Only the suggestions for this actor (its id or its name as printed)."))
    var actor: String?

    @Option(help: .localized(
        "Seulement les pistes qui concernent un acteur situé dans ce territoire ou en dessous (identifiant de territoire).",
        "Only the suggestions involving an actor located in this territory or below it (territory id)."))
    var territory: String?

    @Option(help: .localized("Combien de pistes lister.", "How many suggestions to list."))
    var top: Int = 10

    @Option(name: .customLong("per-actor"), help: .localized(
        "Dans la liste d'ensemble, dans combien de paires un même acteur peut figurer (2 par défaut ; 0 pour aucune limite). Sans effet avec --actor.",
        "In the whole list, how many pairs one actor may appear in (default 2; 0 for no limit). Not applied to --actor."))
    var perActor: Int = 2

    @Option(help: .localized(
        "Combien d'écarts entre territoires et entre secteurs lister (5 par défaut ; 0 pour aucun).",
        "How many gaps between territories and between sectors to list (default 5; 0 for none)."))
    var gaps: Int = 5

    func validate() throws {
        guard top >= 1 else { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
        guard perActor >= 0 else { throw UsageError.make("--per-actor doit valoir 0 ou plus", "--per-actor must be 0 or more") }
        guard gaps >= 0 else { throw UsageError.make("--gaps doit valoir 0 ou plus", "--gaps must be 0 or more") }
    }

    func run() throws {
        let l = lang.language
        let progress = source.progressDisplay()
        let session = try progress.step(l.pick("chargement du jeu de données", "loading the dataset")) {
            try source.session(graph: try GraphOptions.parse([]), settings: AnalysisSettings(level: territories.level))
        }
        let dataset = session.dataset
        var focus: Set<Int>?
        var focusActor: Int?
        if let actor {
            let id = try ActorReference.resolve(actor, in: dataset, option: "--actor", language: l)
            if let index = dataset.actors.firstIndex(where: { $0.id == id }) {
                focusActor = index
                focus = [index]
            }
        }
        if let territory {
            guard let inside = session.actors(inTerritory: territory) else {
                throw CommandFailure(l.pick("territoire inconnu « \(territory) » pour --territory", "unknown territory \"\(territory)\" for --territory"))
            }
            focus = focus.map { $0.intersection(inside) } ?? inside
        }
        let list = progress.step(l.pick("recherche des pistes de coopération", "looking for possible cooperations")) {
            session.suggestions(top: top, involving: focus, perActor: perActor == 0 ? nil : perActor)
        }
        let reasons = session.reasons(for: list)
        let names = session.suggestionNames
        let territoryGaps = gaps > 0 && focusActor == nil ? session.territoryGaps(limit: gaps).gaps : []
        let sectorGaps = gaps > 0 && focusActor == nil ? session.sectorGaps(limit: gaps).gaps : []
        let sectorNames = session.sectors.names
        let territoryNames = session.assignment.territories.map(\.shortName)
        let level = session.assignment.level
        /// A name for one line of the table (control characters escaped).
        func actorName(_ v: Int) -> String { DisplayText.escaped(dataset.actors[v].name) }

        switch output.format {
        case .table:
            var lines: [String] = []
            if let focusActor {
                lines.append(l.pick("Pistes de coopération pour \(actorName(focusActor)) — \(dataset.name)",
                                    "Possible cooperations for \(actorName(focusActor)) — \(dataset.name)"))
            } else {
                // The level only when the dataset has territories: otherwise it is a default nobody chose.
                lines.append(l.pick("Pistes de coopération — \(dataset.name)", "Possible cooperations — \(dataset.name)")
                             + (session.assignment.territories.isEmpty ? ""
                                : l.pick(" (territoires : \(l.label(level)))", " (territories: \(l.label(level)))")))
            }
            lines.append(l.pick("score = RA + 0,3 × même territoire + 0,2 × même secteur + 0,1 × deux groupes du même territoire ; RA = Σ 1/k(z) sur les partenaires communs z",
                                "score = RA + 0.3 × same territory + 0.2 × same sector + 0.1 × two clusters of the same territory; RA = Σ 1/k(z) over common partners z"))
            // What the dataset does not give adds nothing to any score: say so.
            if let missing = session.unavailableScoreParts(language: l) { lines.append("(" + missing + ")") }
            lines.append("")
            if list.isEmpty && focus == nil {
                lines.append(l.pick("Aucune piste : aucun acteur n'a de partenaire de partenaire ni de voisin du même territoire et secteur hors de ses partenaires.",
                                    "No suggestion: no actor has a partner's partner or a neighbour of the same territory and sector outside its partners."))
                lines.append("")
            } else if list.isEmpty {
                lines.append(l.pick("Aucune piste ici : ces acteurs n'ont ni partenaire de partenaire ni voisin du même territoire et secteur hors de leurs partenaires.",
                                    "No suggestion here: these actors have no partner's partner and no neighbour of the same territory and sector outside their partners."))
                lines.append("")
            }
            for (i, s) in list.enumerated() {
                let pair = focusActor.map { actorName(s.partner(of: $0)) } ?? "\(actorName(s.first)) — \(actorName(s.second))"
                lines.append("\(i + 1). \(pair) — score \(l.decimal(s.score, digits: 2))")
                for reason in reasons[i] { lines.append("   · " + DisplayText.escaped(reason.text(names: names, language: l))) }
                lines.append("")
            }
            func gapLines(_ gaps: [GroupGaps.Gap], names groupNames: [String]) -> [String] {
                gaps.map { gap in
                    let who = gap.linkers.map(actorName).joined(separator: ", ")
                    let placed = gap.linkersReachBoth ? l.pick("déjà en lien avec les deux : ", "already tied to both: ")
                                                      : l.pick("les plus reliés de chaque côté : ", "best connected on each side: ")
                    return "  \(DisplayText.escaped(groupNames[gap.first])) — \(DisplayText.escaped(groupNames[gap.second]))" + l.pick(" : ", ": ")
                        + l.pick("\(l.integer(gap.observed)) \(gap.observed <= 1 ? "lien" : "liens") pour \(l.decimal(gap.expected, digits: 1)) attendus",
                                 "\(l.count(gap.observed, "tie", "ties")) for \(l.decimal(gap.expected, digits: 1)) expected")
                        + (who.isEmpty ? "" : l.pick(" ; ", "; ") + placed + who)
                }
            }
            if !territoryGaps.isEmpty {
                lines.append(l.pick("Territoires moins liés que leur taille ne le prévoit (attendu = D_A × D_B / 2m) :",
                                    "Territories less tied than their sizes predict (expected = D_A × D_B / 2m):"))
                lines += gapLines(territoryGaps, names: territoryNames)
                lines.append("")
            }
            if !sectorGaps.isEmpty {
                lines.append(l.pick("Secteurs moins liés que leur taille ne le prévoit :", "Sectors less tied than their sizes predict:"))
                lines += gapLines(sectorGaps, names: sectorNames)
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            let csv = Self.csv(list, reasons: reasons, names: names, dataset: dataset, language: l)
            try output.write(csv, sheet: l.pick("Pistes", "Leads"), language: l)
        case .json:
            func actorJSON(_ v: Int) -> JSONValue {
                .object([("id", .string(dataset.actors[v].id)), ("name", .string(dataset.actors[v].name))])
            }
            func gapJSON(_ gap: GroupGaps.Gap, ids: [String], names groupNames: [String]) -> JSONValue {
                .object([
                    ("first", .object([("id", .string(ids[gap.first])), ("name", .string(groupNames[gap.first]))])),
                    ("second", .object([("id", .string(ids[gap.second])), ("name", .string(groupNames[gap.second]))])),
                    ("observed_ties", .int(gap.observed)), ("expected_ties", .number(gap.expected)),
                    ("poisson_p_at_most_observed", .number(gap.probability)),
                    ("linkers", .array(gap.linkers.map(actorJSON))), ("linkers_tied_to_both", .bool(gap.linkersReachBoth)),
                ])
            }
            let suggestions: [JSONValue] = list.enumerated().map { i, s in
                .object([
                    ("rank", .int(i + 1)), ("first", actorJSON(s.first)), ("second", actorJSON(s.second)),
                    ("score", .number(s.score)),
                    ("common_partners", .array(PairEvidence.commonPartners(s.first, s.second, in: session.graph).map(actorJSON))),
                    ("resource_allocation", .number(s.evidence.resourceAllocation)), ("adamic_adar", .number(s.evidence.adamicAdar)),
                    ("same_territory", .bool(s.sameTerritory)), ("same_sector", .bool(s.sameSector)),
                    ("bridges_clusters", .bool(s.bridgesClusters)),
                    ("reasons", .array(reasons[i].map { .string($0.text(names: names, language: l)) })),
                ])
            }
            let weights = SuggestionSettings().weights
            let engine = session.suggestions
            let json: JSONValue = .object([
                ("meta", session.meta(command: "suggest", parameters: [
                    ("level", .string(level.rawValue)), ("top", .int(top)), ("actor", .string(focusActor.map { dataset.actors[$0].id })),
                    ("territory", .string(territory)), ("per_actor", .int(perActor)), ("gaps", .int(gaps)),
                ])),
                ("formula", .string(weights.formula)),
                ("weights", .object([("territory", .number(weights.territory)), ("sector", .number(weights.sector)),
                                     ("bridging", .number(weights.bridging))])),
                ("actors_bounded", .int(engine.boundedActors)),
                ("suggestions", .array(suggestions)),
                ("gaps", .object([
                    ("model", .string("expected ties between groups A and B = D_A × D_B / 2m (configuration model)")),
                    ("territories", .array(territoryGaps.map { gapJSON($0, ids: session.assignment.territories.map(\.id), names: territoryNames) })),
                    ("sectors", .array(sectorGaps.map { gapJSON($0, ids: sectorNames, names: sectorNames) })),
                ])),
            ])
            try output.write(json.rendered())
        }
    }

    /// The suggestions as the CSV table (and the workbooks' sheet) gives them: one row
    /// per pair, ranked, its reasons in `language`.
    static func csv(_ list: [Suggestion], reasons: [[SuggestionReason]], names: SuggestionNames, dataset: Dataset, language l: Language) -> CSVText {
        var csv = CSVText(["rank", "first_id", "first_name", "second_id", "second_name", "score", "common_partners",
                           "resource_allocation", "adamic_adar", "same_territory", "same_sector", "bridges_clusters", "reasons"])
        for (i, s) in list.enumerated() {
            let a = dataset.actors[s.first], b = dataset.actors[s.second]
            csv.append([String(i + 1), a.id, a.name, b.id, b.name, Formatting.exact(s.score), String(s.evidence.commonNeighbours),
                        Formatting.exact(s.evidence.resourceAllocation), Formatting.exact(s.evidence.adamicAdar),
                        String(s.sameTerritory), String(s.sameSector), String(s.bridgesClusters),
                        reasons[i].map { $0.text(names: names, language: l) }.joined(separator: " ; ")])
        }
        return csv
    }
}
