import MaillageRender

extension Report {
    /// Per territory of the chosen level: actors, ties inside and out, E-I index,
    /// density, pieces and best-placed actors.
    var territoriesSection: HTMLNode {
        let level = l.label(analysis.assignment.level)
        let structure = analysis.territoryStructure
        let rows: [[SortableTable.Cell]] = analysis.territoryRows.map { row in
            let f = row.figures
            let hubs: [HTMLNode] = [actorList(row.topHubs)]
            return [
                .text(MapText.abbreviated(analysis.assignment.territories[row.territory].name)),
                .number(l.integer(f.members), Double(f.members)),
                .number(l.integer(f.internalTies), Double(f.internalTies)),
                .number(l.integer(f.externalTies), Double(f.externalTies)),
                .number(l.decimal(f.eiIndex, digits: 2), f.eiIndex),
                .number(l.decimal(f.density, digits: 2), f.density),
                .number(l.integer(f.componentCount), Double(f.componentCount)),
                SortableTable.Cell(content: hubs, sortKey: nil, data: .object([("al", .array(row.topHubs.map { .int($0) })), ("more", .int(0))])),
            ]
        }
        let table = SortableTable(id: "table-territoires", caption: nil, columns: [
            .init(title: l.pick("territoire", "territory"), type: .text, card: .title),
            .init(title: l.pick("acteurs", "actors"), type: .number),
            .init(title: l.pick("liens internes", "ties inside"), type: .number),
            .init(title: l.pick("liens vers l'extérieur", "ties outside"), type: .number),
            .init(title: l.pick("indice E-I", "E-I index"), type: .number),
            .init(title: l.pick("densité", "density"), type: .number),
            .init(title: l.pick("morceaux", "pieces"), type: .number),
            .init(title: l.pick("acteurs les mieux placés", "best-placed actors"), type: .text, card: .lead),
        ], rows: rows, cardsOnPhones: true)
        let unassigned = analysis.assignment.groupOfActor.count { $0 < 0 }
        var content: [HTMLNode] = [
            .el("p", text: l.pick(
                "Chaque acteur compte dans un territoire de niveau \(level) : celui où il est situé, ou, s'il l'est dans plusieurs, celui qui réunit le plus de ses coopérations. L'indice E-I va de −1 (tous les liens restent dans le territoire) à +1 (tous en sortent).",
                "Each actor counts in one territory of the \(level) level: the one it is located in, or, when it is located in several, the one holding most of its cooperations. The E-I index runs from −1 (every tie stays inside the territory) to +1 (every tie leaves it).")),
        ]
        if analysis.territoryRows.isEmpty {
            content.append(.el("p", ["class": "note"], text: l.pick("Aucun acteur n'est situé dans un territoire de ce niveau.", "No actor is located in a territory of this level.")))
        } else {
            content.append(table.node)
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Indice E-I du réseau : \(l.decimal(structure.eiIndex, digits: 2)) (\(l.count(structure.withinGroupTies, "lien interne", "liens internes")), \(l.count(structure.betweenGroupTies, "lien", "liens")) entre territoires).",
                "E-I index of the network: \(l.decimal(structure.eiIndex, digits: 2)) (\(l.count(structure.withinGroupTies, "tie", "ties")) inside territories, \(l.count(structure.betweenGroupTies, "tie", "ties")) between them).")))
        }
        if unassigned > 0 {
            content.append(.el("p", ["class": "note"], text: l.pick(
                "\(l.count(unassigned, "acteur n'a", "acteurs n'ont")) pas de territoire de niveau \(level) (situés plus haut, ou sans territoire) et ne sont comptés dans aucune ligne.",
                "\(l.count(unassigned, "actor has", "actors have")) no territory of the \(level) level (located higher up, or nowhere) and count in no row.")))
        }
        return section("territoires", l.pick("Territoires", "Territories") + " (\(level))", content)
    }
}
