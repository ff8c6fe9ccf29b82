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
        abstract: "Rôles de courtage (Gould–Fernandez) : qui met en relation des acteurs qui ne coopèrent pas entre eux.",
        discussion: """
        For every pair of an actor's partners that do not cooperate with each other, the actor brokers once: \
        coordinator (all three in one group), itinerant (the partners in one group, the broker in another), \
        gatekeeper (the broker shares a group with one partner; gatekeeper and representative cannot be told \
        apart on undirected ties), liaison (three groups). Ratios compare each count with its expectation if \
        groups were assigned at random (group sizes kept): above 1, more than chance.
        """)


    @OptionGroup var source: DatasetOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var territories: TerritoryLevelOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(name: .customLong("group-by"), help: "Groups: territory (at --level, default) or kind.")
    var groupBy: AnalysisSession.BrokerageGroups = .territory

    @Option(help: "Keep only the first N actors (by brokerage across groups).")
    var top: Int?

    func run() throws {
        let l = lang.language
        let session = try source.session(graph: graph, settings: AnalysisSettings(level: territories.level))
        if groupBy == .territory, let problem = session.territoryAnalysisUnavailable(language: l) { throw CommandFailure(problem) }
        let dataset = session.dataset
        let g = session.graph
        let groupLabel = groupBy == .territory ? "territory:\(session.level.rawValue)" : "kind"
        let brokerage = session.brokerage(between: groupBy)
        let roles = BrokerageRole.allCases
        var order = (0..<g.nodeCount).filter { brokerage.counts[$0].openPairs > 0 }
        func across(_ v: Int) -> Int { let c = brokerage.counts[v]; return c.itinerant + c.gatekeeper + c.liaison }
        order.sort { across($0) != across($1) ? across($0) > across($1) : dataset.actors[$0].id < dataset.actors[$1].id }
        if let top { order = Array(order.prefix(top)) }

        switch output.format {
        case .table:
            var table = TextTable(l == .fr ? ["acteur", "coord.", "itin.", "gardien", "liaison", "paires"]
                                           : ["actor", "coord.", "itin.", "gatek.", "liaison", "pairs"],
                                  alignments: [.left, .right, .right, .right, .right, .right])
            for v in order {
                let c = brokerage.counts[v]
                table.append([dataset.actors[v].name, String(c.coordinator), String(c.itinerant), String(c.gatekeeper), String(c.liaison), String(c.openPairs)])
            }
            try output.write(l.pick("Courtage — \(dataset.name) (groupes : \(groupLabel))", "Brokerage — \(dataset.name) (groups: \(groupLabel))")
                             + "\n\n" + table.rendered(width: 80))
        case .csv:
            var csv = CSVText(["id", "name", "kind"] + roles.map(\.rawValue) + ["unclassified", "open_pairs"] + roles.map { "\($0.rawValue)_ratio" })
            for v in order {
                let c = brokerage.counts[v]
                csv.append([dataset.actors[v].id, dataset.actors[v].name, dataset.actors[v].kind.rawValue]
                           + roles.map { String(c[$0]) } + [String(c.unclassified), String(c.openPairs)]
                           + roles.map { Formatting.exact(brokerage.normalized(v, $0)) })
            }
            try output.write(csv.rendered())
        case .json:
            let json: JSONValue = .object([
                ("meta", session.meta(command: "brokers", parameters: session.graphParameters + [("group_by", .string(groupLabel))])),
                ("group_by", .string(groupLabel)),
                ("actors", .array(order.map { v in
                    let c = brokerage.counts[v]
                    return .object([
                        ("id", .string(dataset.actors[v].id)), ("name", .string(dataset.actors[v].name)),
                        ("brokerage", .object(roles.map { ($0.rawValue, .int(c[$0])) } + [("unclassified", .int(c.unclassified)), ("open_pairs", .int(c.openPairs))])),
                        ("ratio_to_expected", .object(roles.map { ($0.rawValue, .number(brokerage.normalized(v, $0))) })),
                    ])
                })),
            ])
            try output.write(json.rendered())
        }
    }
}
