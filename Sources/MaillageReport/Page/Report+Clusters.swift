import MaillageModel
import MaillageRender

extension Report {
    /// The communities found by Leiden or Louvain, largest first.
    var clustersSection: HTMLNode {
        let settings = analysis.settings
        // No territory of the level (a dataset without territories): no column of blanks.
        let hasTerritories = !analysis.assignment.territories.isEmpty
        // The clusters' employees, when some actor gives a headcount.
        let employees = givesHeadcounts ? analysis.clusters.map { c in HeadcountTotal(c.members.compactMap { dataset.actors[$0].employees }) } : nil
        let fullTime = givesFullTimeEquivalents
            ? analysis.clusters.map { c in FullTimeEquivalentTotal(c.members.compactMap { dataset.actors[$0].fullTimeEquivalents }) } : nil
        let rows: [[SortableTable.Cell]] = analysis.clusters.enumerated().map { index, cluster in
            let shown = cluster.members.prefix(6)
            var main: [HTMLNode] = [actorList(Array(shown))]
            if cluster.members.count > shown.count { main.append(.text(l.pick(" et \(cluster.members.count - shown.count) autres", " and \(cluster.members.count - shown.count) more"))) }
            let places = cluster.territories.prefix(3).map { "\(MapText.abbreviated(territoryNames[$0.territory])) (\($0.actors))" }
            var cells: [SortableTable.Cell] = [
                .number(String(index + 1), Double(index + 1)),
                .number(l.integer(cluster.members.count), Double(cluster.members.count)),
            ]
            if let employees { cells.append(employeesCell(employees[index])) }
            if let fullTime { cells.append(fullTimeEquivalentsCell(fullTime[index])) }
            cells.append(SortableTable.Cell(content: main, sortKey: nil,
                                            data: .object([("al", .array(shown.map { .int($0) })), ("more", .int(cluster.members.count - shown.count))])))
            if hasTerritories { cells.append(.text(places.joined(separator: ", "))) }
            return cells
        }
        let table = SortableTable(id: "table-groupes", caption: nil, columns: [
            .init(title: l.pick("groupe", "cluster"), type: .number, card: .title),
            .init(title: l.pick("acteurs", "actors"), type: .number),
        ] + (employees == nil ? [] : [employeesColumn]) + (fullTime == nil ? [] : [fullTimeEquivalentsColumn]) + [
            .init(title: l.pick("acteurs principaux (par nombre de partenaires)", "main actors (by number of partners)"), type: .text, card: .lead),
        ] + (hasTerritories ? [
            .init(title: l.pick("territoires (\(l.label(analysis.assignment.level)))", "territories (\(l.label(analysis.assignment.level)))"), type: .text),
        ] : []), rows: rows, cardsOnPhones: true, download: l.pick("groupes", "clusters"))
        let method = l.label(method: settings.method.rawValue)
        let resolution = l.decimal(settings.resolution, digits: settings.resolution == settings.resolution.rounded() ? 0 : 2)
            + (settings.method == .leiden ? settings.iterations.map {
                l.pick(", arrêt après \(l.count($0, "itération", "itérations"))", ", stopped after \(l.count($0, "iteration", "iterations"))")
            } ?? "" : "")
        return section("groupes", l.pick("Groupes", "Clusters"), [
            .el("p", text: l.pick(
                "\(l.count(analysis.clusters.count, "groupe", "groupes")) d'acteurs qui coopèrent surtout entre eux, trouvés par la méthode \(method) (graine \(settings.seed), résolution \(resolution)). Modularité atteinte : \(l.decimal(analysis.partition.modularity, digits: 3)) (au-delà de 0,3, les groupes sont nets).",
                "\(l.count(analysis.clusters.count, "cluster", "clusters")) of actors that cooperate mostly among themselves, found by the \(method) method (seed \(settings.seed), resolution \(resolution)). Modularity reached: \(l.decimal(analysis.partition.modularity, digits: 3)) (above 0.3, clusters are clear-cut).")),
            table.node,
        ])
    }
}
