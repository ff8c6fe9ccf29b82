import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageModel
import MaillageSupport

extension AnalysisSession.BrokerageGroups: ExpressibleByArgument {}

/// `maillage brokers [DATASET]`: Gould–Fernandez brokerage roles of every actor,
/// between territories or between kinds of actors.
struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: helpText(
            "Rôles de courtage (Gould–Fernandez) : qui met en relation des acteurs qui ne coopèrent pas entre eux.",
            "Brokerage roles (Gould–Fernandez): who connects actors that do not cooperate with each other."),
        discussion: helpText("""
        Pour chaque paire de partenaires d'un acteur qui ne coopèrent pas entre eux, l'acteur fait une fois \
        l'intermédiaire : coordinateur (coordinator : les trois dans un même groupe), itinérant (itinerant : les \
        partenaires dans un groupe, l'intermédiaire dans un autre), gardien (gatekeeper : l'intermédiaire partage un \
        groupe avec l'un des partenaires ; gardien et représentant ne se distinguent pas sur des liens non orientés), \
        liaison (trois groupes). Les ratios comparent chaque compte à son espérance si les groupes étaient attribués \
        au hasard (tailles des groupes gardées) : au-dessus de 1, plus que le hasard.

        Significativité : un test de permutation sous le même modèle nul — l'intermédiaire garde son groupe, les \
        groupes de tous les autres acteurs sont mélangés entre eux (tailles gardées, liens inchangés), et les comptes \
        sont refaits ; p vaut (k + 1)/(P + 1) pour k mélanges sur P donnant un compte au moins égal à celui observé \
        (petit : plus de courtage que le hasard). P vaut 999, moins (au moins 99) sur les grands réseaux, ce que la \
        sortie indique ; graine donnée par --seed. Sur un grand réseau, seuls les premiers acteurs listés sont testés, \
        autant que 99 mélanges le permettent en 5e7 étapes (les autres n'ont pas de p) ; --permutations N teste \
        chaque acteur listé. « across » (« entre » dans le tableau) est le courtage entre groupes (itinérant + gardien \
        + liaison).
        """, """
        For every pair of an actor's partners that do not cooperate with each other, the actor brokers once: \
        coordinator (all three in one group), itinerant (the partners in one group, the broker in another), \
        gatekeeper (the broker shares a group with one partner; gatekeeper and representative cannot be told \
        apart on undirected ties), liaison (three groups). Ratios compare each count with its expectation if \
        groups were assigned at random (group sizes kept): above 1, more than chance.

        Significance: a permutation test under the same null model — the broker keeps its group, the groups of \
        all other actors are shuffled among them (sizes kept, ties unchanged), and the counts are taken again; p is \
        (k + 1)/(P + 1) for k of P shuffles giving a count at least the observed one (small: more brokerage than \
        chance). P is 999, fewer (at least 99) on large networks, stated in the output; seeded by --seed. \
        On a large network only the first actors listed are tested, as many as 99 shuffles allow within \
        5e7 steps (the others show no p); --permutations N tests every actor listed. \
        "across" is brokerage between groups (itinerant + gatekeeper + liaison).
        """))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(name: .customLong("group-by"), help: .localized(
        "Groupes : territory (territoires au niveau de --level, par défaut) ou kind (types d'acteurs).",
        "Groups: territory (at --level, default) or kind."))
    var groupBy: AnalysisSession.BrokerageGroups = .territory

    @Option(help: .localized(
        "Ne garder que les N premiers acteurs (par courtage entre groupes).", "Keep only the first N actors (by brokerage across groups)."))
    var top: Int?

    @Option(help: .localized("Graine des mélanges du test de significativité.", "Seed of the significance test's shuffles."))
    var seed: UInt64 = 1

    @Option(help: .localized(
        "Mélanges du test de significativité par acteur (999 par défaut, moins sur les grands réseaux ; 0 pour aucun test).",
        "Shuffles of the significance test per actor (default 999, fewer on large networks; 0 for no test)."))
    var permutations: Int?

    func validate() throws {
        if let permutations, permutations < 0 { throw UsageError.make("--permutations doit valoir 0 ou plus", "--permutations must be 0 or more") }
    }

    func run() throws {
        let l = lang.language
        var settings = AnalysisSettings(level: territories.level)
        settings.communities.seed = seed
        let session = try source.session(graph: graph, settings: settings)
        if groupBy == .territory, let problem = session.territoryAnalysisUnavailable(language: l) {
            // Brokerage needs groups, not territories: the actors' kinds are always there.
            throw CommandFailure(problem + l.pick(" Sans territoires, --group-by kind mesure le courtage entre types d'acteurs.",
                                                  " Without territories, --group-by kind measures brokerage between actor kinds."))
        }
        let dataset = session.dataset
        let g = session.graph
        let groupLabel = groupBy == .territory ? "territory:\(session.level.rawValue)" : "kind"
        let brokerage = session.brokerage(between: groupBy)
        let roles = BrokerageRole.allCases
        var order = (0..<g.nodeCount).filter { brokerage.counts[$0].openPairs > 0 }
        func across(_ v: Int) -> Int { let c = brokerage.counts[v]; return c.itinerant + c.gatekeeper + c.liaison }
        order.sort { across($0) != across($1) ? across($0) > across($1) : dataset.actors[$0].id < dataset.actors[$1].id }
        if let top { order = Array(order.prefix(top)) }
        let test = session.brokerageTest(brokerage, actors: order, permutations: permutations)
        let testing = test.permutations > 0
        func across(_ v: Int, _ figure: (BrokerageSignificance.Figure) -> Double?) -> Double? { test[v].flatMap { figure($0.across) } }

        switch output.format {
        case .table:
            var table = TextTable((l == .fr ? ["acteur", "coord.", "itin.", "gardien", "liaison", "paires"]
                                            : ["actor", "coord.", "itin.", "gatek.", "liaison", "pairs"])
                                  + (testing ? [l.pick("entre/att.", "across/exp."), "p"] : []),
                                  alignments: [.left, .right, .right, .right, .right, .right] + (testing ? [.right, .right] : []))
            for v in order {
                let c = brokerage.counts[v]
                var row = [dataset.actors[v].name, String(c.coordinator), String(c.itinerant), String(c.gatekeeper), String(c.liaison), String(c.openPairs)]
                if testing {
                    row += [l.decimal(across(v) { $0.ratio }, digits: 2), l.decimal(across(v) { $0.p }, digits: 3)]
                }
                table.append(row)
            }
            // Words in the table ("territoires (EPCI)"), the identifier in JSON ("territory:epci").
            let groupWords = groupBy == .territory
                ? l.pick("territoires (\(l.label(session.level)))", "territories (\(l.label(session.level)))")
                : l.pick("types d'acteurs", "actor kinds")
            var text = l.pick("Courtage — \(dataset.name) (groupes : \(groupWords))", "Brokerage — \(dataset.name) (groups: \(groupWords))")
                + "\n\n" + table.rendered(width: 80)
            if let anchors = brokerage.anchorsPerBroker {
                text += "\n\n" + l.pick(
                    "Réseau trop dense pour examiner chaque paire de partenaires : les paires fermées de chaque acteur sont estimées à partir des liens de \(l.integer(anchors)) partenaires tirés au hasard (à quelques pour cent près)\(testing ? " ; les chiffres testés (entre/att., p) sont exacts" : "").",
                    "A network too dense to examine every pair of partners: each actor's closed pairs are estimated from the ties of \(l.integer(anchors)) partners drawn at random (within a few per cent)\(testing ? "; the tested figures (across/exp., p) are exact" : "").")
            }
            if testing {
                text += "\n\n" + l.pick(
                    "entre/att. : courtage entre groupes (itin. + gardien + liaison) rapporté à son attendu si les groupes des autres acteurs étaient tirés au hasard (tailles gardées) ; p : part de \(test.permutations) tirages (graine \(test.seed)) donnant au moins autant (petit : plus que le hasard).",
                    "across/exp.: brokerage between groups (itin. + gatek. + liaison) over its expectation if the other actors' groups were drawn at random (sizes kept); p: share of \(test.permutations) shuffles (seed \(test.seed)) giving at least as much (small: more than chance).")
            }
            try output.write(text)
        case .csv, .xlsx, .ods:
            let csv = Self.csv(order, brokerage: brokerage, test: test, dataset: dataset)
            try output.write(csv, sheet: l.pick("Courtage", "Brokerage"), language: l)
        case .json:
            let json: JSONValue = .object([
                ("meta", session.meta(command: "brokers", parameters: session.graphParameters + [("group_by", .string(groupLabel)), ("seed", .int(Int(seed)))])),
                ("group_by", .string(groupLabel)),
                // How the closed pairs were counted: every one, or estimated from that many partners' ties per actor.
                ("closed_pairs", .object([("method", .string(brokerage.anchorsPerBroker == nil ? "exact" : "estimated")),
                                          ("anchors_per_actor", brokerage.anchorsPerBroker.map { .int($0) } ?? .null)])),
                ("significance", .object([
                    ("null_model", .string("the broker keeps its group; the other actors' groups are shuffled among them (sizes kept, ties unchanged)")),
                    ("p", .string("(k + 1)/(P + 1), k of P shuffles giving a count at least the observed one")),
                    ("permutations", .int(test.permutations)), ("seed", .int(Int(test.seed))),
                ])),
                ("actors", .array(order.map { v in
                    let c = brokerage.counts[v]
                    return .object([
                        ("id", .string(dataset.actors[v].id)), ("name", .string(dataset.actors[v].name)),
                        ("brokerage", .object(roles.map { ($0.rawValue, .int(c[$0])) } + [("unclassified", .int(c.unclassified)), ("open_pairs", .int(c.openPairs))])),
                        ("ratio_to_expected", .object(roles.map { ($0.rawValue, .number(brokerage.normalized(v, $0))) })),
                        ("test", test[v].map { t in
                            func figure(_ f: BrokerageSignificance.Figure) -> JSONValue {
                                .object([("observed", .int(f.observed)), ("expected", .number(f.expected)),
                                         ("mean_of_shuffles", .number(testing ? f.meanOfShuffles : nil)), ("p", .number(testing ? f.p : nil))])
                            }
                            return .object([("across", figure(t.across))] + roles.map { ($0.rawValue, figure(t[$0])) })
                        } ?? .null),
                    ])
                })),
            ])
            try output.write(json.rendered())
        }
    }

    /// The brokerage as the CSV table (and the workbooks' sheet) gives it: one row per
    /// actor of `order`, its counts, ratios and (when `test` shuffled) p-values.
    static func csv(_ order: [Int], brokerage: Brokerage, test: BrokerageSignificance, dataset: Dataset) -> CSVText {
        let roles = BrokerageRole.allCases
        let testing = test.permutations > 0
        var csv = CSVText(["id", "name", "kind"] + roles.map(\.rawValue) + ["unclassified", "open_pairs"] + roles.map { "\($0.rawValue)_ratio" }
                          + ["across", "across_expected", "across_ratio", "across_p"] + roles.map { "\($0.rawValue)_p" } + ["permutations"])
        for v in order {
            let c = brokerage.counts[v]
            let t = test[v]
            csv.append([dataset.actors[v].id, dataset.actors[v].name, dataset.actors[v].kind.rawValue]
                       + roles.map { String(c[$0]) } + [String(c.unclassified), String(c.openPairs)]
                       + roles.map { Formatting.exact(brokerage.normalized(v, $0)) }
                       + [String(c.itinerant + c.gatekeeper + c.liaison), Formatting.exact(t?.across.expected),
                          Formatting.exact(t?.across.ratio), Formatting.exact(testing ? t?.across.p : nil)]
                       + roles.map { Formatting.exact(testing ? t?[$0].p : nil) } + [String(test.permutations)])
        }
        return csv
    }
}
