import MaillageModel
import MaillageRender

extension Report {
    /// Every cooperation: form, status, named and declared members, territories, what it does.
    var cooperationsSection: HTMLNode {
        let network = analysis.projected.network
        // Only the rows written in the page (the first page of a paged table): the script
        // builds the others from the page data's cooperations, in the same order.
        let rows: [[SortableTable.Cell]] = SortableTable.writtenRows(of: Array(dataset.cooperations.indices)).map { c in
            let cooperation = dataset.cooperations[c]
            var name: [HTMLNode] = [.el("button", ["type": "button", "class": "coop-link", "data-cooperation": String(c)], text: cooperation.name)]
            if !cooperation.summary.isEmpty { name.append(.el("span", ["class": "summary"], text: cooperation.summary)) }
            let territories = cooperation.territories.map { dataset.territory($0)?.name ?? $0 }
            let named = network.members(ofCooperation: c).count
            return [
                SortableTable.Cell(content: name, sortKey: cooperation.name),
                SortableTable.Cell(content: [labelled(swatch(MapPalette.color(of: cooperation.form)), l.label(cooperation.form))], sortKey: l.label(cooperation.form)),
                .text(l.label(cooperation.status)),
                .number(l.integer(named), Double(named)),
                .number(cooperation.declaredMembers.map(l.integer) ?? "–", cooperation.declaredMembers.map(Double.init)),
                .text(territories.joined(separator: ", ")),
            ]
        }
        let table = SortableTable(id: "table-cooperations", caption: nil, columns: [
            .init(title: l.pick("coopération", "cooperation"), type: .text),
            .init(title: l.pick("forme", "form"), type: .text),
            .init(title: l.pick("statut", "status"), type: .text),
            .init(title: l.pick("acteurs nommés", "named actors"), type: .number),
            .init(title: l.pick("effectif déclaré", "declared size"), type: .number),
            .init(title: l.pick("territoires", "territories"), type: .text),
        ], rows: rows, source: .pageData("cooperations", rows: dataset.cooperations.count),
           download: l.pick("cooperations", "cooperations"))
        return section("cooperations", l.pick("Coopérations", "Cooperations"), [
            .el("p", text: l.pick(
                "Les coopérations du jeu de données. Un clic sur un nom montre ses membres sur la carte. L'effectif déclaré est celui que la source donne sans nommer les membres ; aucun membre n'est inventé.",
                "The dataset's cooperations. Clicking a name shows its members on the map. The declared size is the one the source gives without naming the members; no member is invented.")),
            table.node,
        ])
    }
}
