import MaillageModel
import MaillageRender

extension Report {
    /// Every actor with its kind, territory, cooperations, partners, betweenness, cluster and hub rank.
    var actorsSection: HTMLNode {
        let network = analysis.projected.network
        let hubRank = Dictionary(analysis.hubs.hubs.map { ($0.actor, $0.rank) }, uniquingKeysWith: { a, _ in a })
        // Only the rows written in the page (the first page of a paged table): the script
        // builds the others from the page data's actors, in the same order.
        let order = SortableTable.writtenRows(of: actorOrder)
        // Each actor's headcount, when some actor gives one (the page data's `headcount`).
        let employing = givesHeadcounts
        // And its full-time equivalents, likewise (`fteFigure`, `fteValue`).
        let counting = givesFullTimeEquivalents
        let rows: [[SortableTable.Cell]] = order.map { a in
            let actor = dataset.actors[a]
            let cluster = analysis.clusterOfActor[a]
            var cells: [SortableTable.Cell] = [
                SortableTable.Cell(content: [actorButton(a)], sortKey: nil),
                SortableTable.Cell(content: [labelled(KindIcon.node(actor.kind), l.label(actor.kind))], sortKey: l.label(actor.kind)),
                .text(territoryText(of: a)),
                .number(l.integer(network.cooperations(ofActor: a).count), Double(network.cooperations(ofActor: a).count)),
                .number(l.integer(Int(analysis.degree[a])), analysis.degree[a]),
                .number(l.decimal(analysis.betweenness[a], digits: 3), analysis.betweenness[a]),
                .number(cluster >= 0 ? String(cluster + 1) : "–", cluster >= 0 ? Double(cluster + 1) : nil),
                .number(hubRank[a].map(String.init) ?? "–", hubRank[a].map(Double.init)),
            ]
            if employing { cells.append(.number(Self.headcountFigure(actor.employees, l), actor.employees?.estimate)) }
            if counting { cells.append(.number(actor.fullTimeEquivalents.map(l.number) ?? "–", actor.fullTimeEquivalents)) }
            return cells
        }
        let table = SortableTable(id: "table-acteurs", caption: nil, columns: [
            .init(title: l.pick("acteur", "actor"), type: .text, card: .title),
            .init(title: l.pick("type", "kind"), type: .text),
            .init(title: l.pick("territoire", "territory") + " (\(l.label(analysis.assignment.level)))", type: .text),
            .init(title: l.pick("coopérations", "cooperations"), type: .number),
            .init(title: l.pick("partenaires", "partners"), type: .number),
            .init(title: l.pick("intermédiarité", "betweenness"), type: .number),
            .init(title: l.pick("groupe", "cluster"), type: .number),
            .init(title: l.pick("rang de tête de pont", "hub rank"), type: .number),
        ] + (employing ? [employeesColumn] : []) + (counting ? [fullTimeEquivalentsColumn] : []), rows: rows, cardsOnPhones: true, source: .pageData("actors", rows: dataset.actors.count),
           download: l.pick("acteurs", "actors"))
        return section("acteurs", l.pick("Acteurs", "Actors"), [
            .el("p", text: l.pick(
                "Tous les acteurs, du plus relié au moins relié. Un clic sur un nom le montre sur la carte.",
                "Every actor, from the most to the least connected. Clicking a name shows it on the map.")),
            table.node,
        ])
    }

    /// A headcount as the actors table shows it: « 12 », « 10–19 », « ≥ 250 », « – » when none.
    static func headcountFigure(_ headcount: Headcount?, _ l: ReportLanguage) -> String {
        guard let h = headcount else { return "–" }
        return l.figure(HeadcountTotal([h]))
    }

    /// The actor's territory at the report's level, else its own territories' names.
    func territoryText(of actor: Int) -> String {
        let group = analysis.assignment.groupOfActor[actor]
        if group >= 0 { return MapText.abbreviated(analysis.assignment.territories[group].name) }
        return dataset.actors[actor].territories.map { dataset.territory($0)?.name ?? $0 }.joined(separator: ", ")
    }
}
