import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

/// `maillage hubs [DATASET]`: the facilitator hubs, ranked, with their reasons and
/// what their departure would cut.
struct HubsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubs",
        abstract: helpText(
            "Classe les têtes de pont du réseau, avec leurs raisons et l'impact de leur départ.",
            "Ranks the network's hubs, with their reasons and the impact of their departure."),
        discussion: helpText("""
        Score (0–100) = 30 % intermédiarité + 15 % courtage entre territoires + 15 % rôles d'animation \
        (animateur, accompagnateur ; porteur compte pour moitié) + 15 % paires d'acteurs que son départ \
        déconnecterait + 15 % territoires que ses liens atteignent + 10 % types d'acteurs que ses liens \
        atteignent, chacun rapporté à sa plus grande valeur.
        """, """
        Score (0–100) = 30 % betweenness + 15 % brokerage between territories + 15 % facilitation roles \
        (animateur, accompagnateur; porteur counts half) + 15 % pairs of actors its departure would disconnect \
        + 15 % territories its ties reach + 10 % kinds of actors its ties reach, each scaled by its largest value.
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("Combien de têtes de pont lister.", "How many hubs to list."))
    var top: Int = 10

    func validate() throws {
        guard top >= 1 else { throw UsageError.make("--top doit valoir au moins 1", "--top must be at least 1") }
    }

    func run() throws {
        let progress = source.progressDisplay()
        let l = lang.language
        let session = try progress.step(l.pick("chargement du jeu de données", "loading the dataset")) {
            try source.session(graph: graph, settings: AnalysisSettings(level: territories.level))
        }
        let dataset = session.dataset
        let assignment = session.assignment
        let result = progress.step(l.pick("classement des têtes de pont", "ranking the facilitator hubs")) { session.hubs(top: top) }
        let names = assignment.territories.map(\.name)
        func cut(_ hub: FacilitatorHubs.Hub) -> [[String]] {
            hub.departure.cutGroupPairs.map { [assignment.territories[$0.first].id, assignment.territories[$0.second].id] }
        }
        switch output.format {
        case .table:
            // The level only when the dataset has territories: otherwise it is a default nobody chose.
            let levelText = assignment.territories.isEmpty ? ""
                : l.pick(" (territoires : \(l.label(assignment.level)))", " (territories: \(l.label(assignment.level)))")
            var lines: [String] = [l.pick("Têtes de pont — ", "Facilitator hubs — ") + dataset.name + levelText, ""]
            // The kind beside each name only when the dataset has several.
            let kindsDiffer = dataset.actorKindsDiffer
            for hub in result.hubs {
                let actor = dataset.actors[hub.actor]
                let kind = kindsDiffer ? " (\(l.label(actor.kind)))" : ""
                lines.append("\(hub.rank). \(DisplayText.escaped(actor.name))\(kind) — score \(l.decimal(hub.score, digits: 1))"
                             + (hub.isTied ? l.pick(" (ex æquo)", " (tied)") : ""))
                for reason in hub.reasons { lines.append("   · " + DisplayText.escaped(reason.text(territoryNames: names, language: l))) }
                if !hub.departure.isArticulationPoint && hub.departure.cutGroupPairs.isEmpty {
                    lines.append("   · " + l.pick("son départ ne couperait aucun lien : d'autres chemins existent",
                                                  "its departure would cut no tie: other paths exist"))
                }
                lines.append("")
            }
            if result.hubs.count < top {
                let roles = l.pick("(sur les liens, les chemins, l'animation ou le courtage)", "(ties, paths, facilitation or brokerage)")
                switch result.eligibleCount {
                case 0:
                    lines.append(l.pick("Aucun acteur n'a de rôle de facilitation \(roles) : la liste est vide.",
                                        "No actor plays a facilitating role \(roles): the list is empty."))
                case 1:
                    lines.append(l.pick("Seul 1 acteur a un rôle de facilitation \(roles) : la liste n'en compte pas \(top).",
                                        "Only 1 actor plays a facilitating role \(roles): the list is shorter than \(top)."))
                default:
                    lines.append(l.pick(
                        "Seuls \(result.eligibleCount) acteurs ont un rôle de facilitation \(roles) : la liste n'en compte pas \(top).",
                        "Only \(result.eligibleCount) actors play a facilitating role \(roles): the list is shorter than \(top)."))
                }
            }
            // Hubs that mostly say who belongs to a few large networks: said, with the way out.
            if let large = LargeCooperations.find(in: session.projected) {
                lines += ["", large.text(dataset: dataset, network: session.projected.network, language: l)]
            }
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            let csv = Self.csv(result, session: session, language: l)
            try output.write(csv, sheet: l.pick("Têtes de pont", "Hubs"), language: l)
        case .json:
            let hubs: [JSONValue] = result.hubs.map { hub in
                let actor = dataset.actors[hub.actor]
                let b = hub.brokerage
                return .object([
                    ("rank", .int(hub.rank)), ("tied", .bool(hub.isTied)), ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                    ("score", .number(hub.score)), ("betweenness", .number(hub.betweenness)),
                    ("brokerage", .object([("coordinator", .int(b.coordinator)), ("itinerant", .int(b.itinerant)),
                                           ("gatekeeper", .int(b.gatekeeper)), ("liaison", .int(b.liaison))])),
                    ("territories_linked", .int(hub.territoriesLinked)), ("kinds_linked", .int(hub.kindsLinked)),
                    ("articulation", .bool(hub.isArticulationPoint)),
                    ("roles", .object([("animateur", .int(hub.animates)), ("accompagnateur", .int(hub.supports)), ("porteur", .int(hub.carries))])),
                    ("departure", .object([
                        ("disconnected_pairs", .int(hub.departure.disconnectedPairs)),
                        ("components_created", .int(max(hub.departure.pieces.count - 1, 0))),
                        ("territories_cut", .array(cut(hub).map { .array($0.map { .string($0) }) })),
                    ])),
                    ("reasons", .array(hub.reasons.map { .string($0.text(territoryNames: names, language: l)) })),
                ])
            }
            let json: JSONValue = .object([
                ("meta", session.meta(command: "hubs", parameters: session.graphParameters + [
                    ("level", .string(assignment.level.rawValue)), ("top", .int(top)), ("betweenness", session.betweennessComputation.record),
                ])),
                ("eligible", .int(result.eligibleCount)),
                ("hubs", .array(hubs)),
            ])
            try output.write(json.rendered())
        }
    }

    /// The hubs as the CSV table (and the workbooks' sheet) gives them: one row per hub,
    /// its reasons in `language`.
    static func csv(_ result: FacilitatorHubs, session: AnalysisSession, language l: Language) -> CSVText {
        let dataset = session.dataset
        let names = session.assignment.territories.map(\.name)
        var csv = CSVText(["rank", "tied", "id", "name", "kind", "score", "betweenness", "coordinator", "itinerant", "gatekeeper", "liaison",
                           "territories_linked", "kinds_linked", "articulation", "disconnected_pairs", "reasons"])
        for hub in result.hubs {
            let actor = dataset.actors[hub.actor]
            let b = hub.brokerage
            csv.append([String(hub.rank), String(hub.isTied), actor.id, actor.name, actor.kind.rawValue, Formatting.exact(hub.score), Formatting.exact(hub.betweenness),
                        String(b.coordinator), String(b.itinerant), String(b.gatekeeper), String(b.liaison),
                        String(hub.territoriesLinked), String(hub.kindsLinked), String(hub.isArticulationPoint),
                        String(hub.departure.disconnectedPairs), hub.reasons.map { $0.text(territoryNames: names, language: l) }.joined(separator: " ; ")])
        }
        return csv
    }
}
