extension Report {
    /// The facilitator hubs, ranked, with their reasons and what their departure would cut.
    var hubsSection: HTMLNode {
        let names = territoryNames
        let level = l.label(analysis.assignment.level)
        // Without territories in the dataset, their column would be zeros and their level
        // a default nobody chose: both are left out, and the note says so.
        let hasTerritories = !analysis.assignment.territories.isEmpty
        // Likewise with one kind of actor: the kind column would repeat it, the kinds
        // linked would be 1 everywhere and their part of the score 0.
        let kindsDiffer = dataset.actorKindsDiffer
        let rows: [[SortableTable.Cell]] = analysis.hubs.hubs.map { hub in
            let actor = dataset.actors[hub.actor]
            var reasons = hub.reasons.map { $0.text(territoryNames: names, language: l) }
            if !hub.departure.isArticulationPoint {
                reasons.append(l.pick("son départ ne couperait aucun lien : d'autres chemins existent", "its departure would cut no tie: other paths exist"))
            }
            return [
                .number(String(hub.rank), Double(hub.rank)),
                SortableTable.Cell(content: [actorButton(hub.actor)], sortKey: nil),
            ] + (kindsDiffer ? [.text(l.label(actor.kind))] : []) + [
                .number(l.decimal(hub.score, digits: 1), hub.score),
                .number(l.decimal(hub.betweenness, digits: 3), hub.betweenness),
            ] + (hasTerritories ? [.number(l.integer(hub.territoriesLinked), Double(hub.territoriesLinked))] : [])
              + (kindsDiffer ? [.number(l.integer(hub.kindsLinked), Double(hub.kindsLinked))] : []) + [
                .number(l.integer(hub.departure.disconnectedPairs), Double(hub.departure.disconnectedPairs)),
                SortableTable.Cell(content: [.el("ul", ["class": "reasons"], reasons.map { .el("li", text: $0) })], sortKey: nil),
            ]
        }
        let table = SortableTable(id: "table-hubs", caption: nil, columns: [
            .init(title: l.pick("rang", "rank"), type: .number, card: .title),
            .init(title: l.pick("acteur", "actor"), type: .text, card: .title),
        ] + (kindsDiffer ? [.init(title: l.pick("type", "kind"), type: .text)] : []) + [
            .init(title: l.pick("score", "score"), type: .number),
            .init(title: l.pick("intermédiarité", "betweenness"), type: .number),
        ] + (hasTerritories ? [.init(title: l.pick("territoires reliés", "territories linked"), type: .number)] : [])
          + (kindsDiffer ? [.init(title: l.pick("types reliés", "kinds linked"), type: .number)] : []) + [
            .init(title: l.pick("paires coupées par son départ", "pairs cut by its departure"), type: .number),
            .init(title: l.pick("pourquoi", "why"), type: .text, card: .lead),
        ], rows: rows, cardsOnPhones: true, download: l.pick("tetes-de-pont", "facilitator-hubs"))
        return section("tetes-de-pont", l.pick("Têtes de pont", "Facilitator hubs"), [
            .el("p", text: l.pick(
                "Les acteurs qui tiennent le réseau ensemble : ceux qui relient des partenaires qui sans eux ne se rencontreraient pas, qui animent ou accompagnent des coopérations, et dont le départ couperait le réseau."
                    + (hasTerritories ? " Territoires comptés au niveau \(level)." : ""),
                "The actors that hold the network together: those that connect partners who would not meet without them, that lead or support cooperations, and whose departure would split the network."
                    + (hasTerritories ? " Territories are counted at the \(level) level." : ""))),
            table.node,
            .el("p", ["class": "note"], text: l.pick(
                "Score de 0 à 100 : 30 % intermédiarité, 15 % courtage entre territoires, 15 % rôles d'animation et d'accompagnement (porteur compte pour moitié), 15 % paires d'acteurs que son départ déconnecterait, 15 % territoires que ses liens atteignent, 10 % types d'acteurs que ses liens atteignent ; chaque part rapportée à sa plus grande valeur dans le réseau.",
                "Score from 0 to 100: 30 % betweenness, 15 % brokerage between territories, 15 % facilitation roles (animateur, accompagnateur; porteur counts half), 15 % pairs of actors its departure would disconnect, 15 % territories its ties reach, 10 % kinds of actors its ties reach; each part scaled by its largest value in the network.")
                + (hasTerritories ? "" : l.pick(
                    " Ce jeu de données ne donne aucun territoire : les deux parts territoriales valent 0 pour chaque acteur.",
                    " This dataset gives no territory: both territorial parts are 0 for every actor."))
                + (kindsDiffer ? "" : l.pick(
                    " Tous ses acteurs sont d'un même type (ou sans type) : la part des types reliés vaut 0 pour chaque acteur.",
                    " All its actors are of one kind (or none): the part of the kinds linked is 0 for every actor."))),
        ])
    }
}
