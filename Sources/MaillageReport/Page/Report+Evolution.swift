import MaillageAnalysis
import MaillageModel
import MaillageRender
import MaillageSupport

extension Report {
    /// The « Évolution » section when the report has an ``evolution`` (none otherwise).
    var evolutionSections: [HTMLNode] { evolution.map { [evolutionSection($0)] } ?? [] }

    /// Its entry in the page's contents.
    var evolutionNav: [(String, String)] { evolution == nil ? [] : [("evolution", l.pick("Évolution", "Evolution"))] }

    /// How many names each list of the section shows before « et N autres ».
    static let evolutionListLimit = 30
    /// How many ties gained or lost the section's tables list.
    static let evolutionTieLimit = 10

    /// What changed between the two sides: figures in words, the two maps on shared
    /// positions (within the size rule of ``ReportEvolution``), the actors and
    /// cooperations that came and went, the ties gained and lost, the hubs that rose and
    /// fell, the clusters matched and the territories' figures.
    func evolutionSection(_ e: ReportEvolution) -> HTMLNode {
        let c = e.comparison
        let a = e.old.dataset, b = e.new.dataset
        let (before, after) = e.labels
        var content: [HTMLNode] = [.el("p", text: evolutionBasis(e))]

        // Key figures, each with what it is made of.
        func card(_ key: String, _ value: String, _ label: String, _ note: String) -> HTMLNode {
            .el("li", ["class": "card", "data-evo": key], [.el("span", ["class": value.count > 12 ? "figure long" : "figure"], text: value),
                                                          .el("span", ["class": "label"], text: label),
                                                          .el("span", ["class": "note"], text: note)])
        }
        let arrow = " → "
        // The employees at each date, when either side gives headcounts.
        let employees = (old: e.old.dataset.employees, new: e.new.dataset.employees)
        let employeesCard: [HTMLNode] = employees.old.isEmpty && employees.new.isEmpty ? [] : [
            card("employees", l.figure(employees.old) + arrow + l.figure(employees.new), l.pick("salariés", "employees"),
                 l.pick("effectif connu de \(l.integer(employees.old.actors)) → \(l.integer(employees.new.actors)) acteurs",
                        "headcount known for \(l.integer(employees.old.actors)) → \(l.integer(employees.new.actors)) actors")),
        ]
        // And their full-time equivalents.
        let fullTime = (old: e.old.dataset.fullTimeEquivalents, new: e.new.dataset.fullTimeEquivalents)
        let fullTimeCard: [HTMLNode] = fullTime.old.isEmpty && fullTime.new.isEmpty ? [] : [
            card("fte", l.number(fullTime.old.sum) + arrow + l.number(fullTime.new.sum), l.pick("ETP", "FTE"),
                 l.pick("équivalents temps plein, connus de \(l.integer(fullTime.old.actors)) → \(l.integer(fullTime.new.actors)) acteurs",
                        "full-time equivalents, known for \(l.integer(fullTime.old.actors)) → \(l.integer(fullTime.new.actors)) actors")),
        ]
        let cards: HTMLNode = .el("ul", ["class": "cards"], [
            card("actors", l.integer(a.actors.count) + arrow + l.integer(b.actors.count), l.pick("acteurs", "actors"),
                 l.pick("\(l.integer(c.joinedActors.count)) arrivés, \(l.integer(c.leftActors.count)) partis", "\(l.integer(c.joinedActors.count)) joined, \(l.integer(c.leftActors.count)) left")),
            card("cooperations", l.integer(a.cooperations.count) + arrow + l.integer(b.cooperations.count), l.pick("coopérations", "cooperations"),
                 l.pick("\(l.integer(c.createdCooperations.count)) créées, \(l.integer(c.endedCooperations.count)) terminées", "\(l.integer(c.createdCooperations.count)) created, \(l.integer(c.endedCooperations.count)) ended")),
            card("ties", l.integer(e.old.graph.edgeCount) + arrow + l.integer(e.new.graph.edgeCount), l.pick("liens entre acteurs", "ties between actors"),
                 l.pick("\(l.integer(c.tiesGained.count)) gagnés, \(l.integer(c.tiesLost.count)) perdus, \(l.integer(c.tiesKept)) conservés", "\(l.integer(c.tiesGained.count)) gained, \(l.integer(c.tiesLost.count)) lost, \(l.integer(c.tiesKept)) kept")),
            card("ei", l.decimal(c.eiIndex.old, digits: 2) + arrow + l.decimal(c.eiIndex.new, digits: 2), l.pick("indice E-I du réseau", "E-I index of the network"),
                 l.pick("liens entre territoires moins liens internes", "ties between territories minus ties inside")),
            card("clusters", l.integer(e.old.clusters.count) + arrow + l.integer(e.new.clusters.count), l.pick("groupes", "clusters"),
                 l.count(c.clusters.splits.count, l.pick("scission", "split"), l.pick("scissions", "splits")) + ", " + l.count(c.clusters.merges.count, l.pick("fusion", "merge"), l.pick("fusions", "merges"))),
        ] + employeesCard + fullTimeCard)
        // The counts also as attributes, for whoever checks the page against `maillage compare`.
        content.append(.el("div", [
            "class": "evolution-figures",
            "data-joined": String(c.joinedActors.count), "data-left": String(c.leftActors.count),
            "data-created": String(c.createdCooperations.count), "data-ended": String(c.endedCooperations.count),
            "data-gained": String(c.tiesGained.count), "data-lost": String(c.tiesLost.count), "data-kept": String(c.tiesKept),
        ], [cards]))
        content.append(.el("p", text: evolutionInWords(e)))

        // The maps, or why there are none.
        if let positions = e.positions {
            content.append(.el("div", ["class": "evolution-maps"], [
                evolutionMap(e, positions, side: .old), evolutionMap(e, positions, side: .new),
            ]))
            content.append(.el("ul", ["class": "evolution-legend"], [
                .el("li", [:], [evolutionKey(line: "#0b6e69", width: 2.5, dashed: false), .text(l.pick("lien gagné", "tie gained"))]),
                .el("li", [:], [evolutionKey(line: "#c2410c", width: 2, dashed: true), .text(l.pick("lien perdu (sur la carte d'avant)", "tie lost (on the earlier map)"))]),
                .el("li", [:], [evolutionKey(dot: "#0b6e69", ring: true), .text(l.pick("acteur arrivé", "actor that joined"))]),
                .el("li", [:], [evolutionKey(dot: "#c2410c", ring: false), .text(l.pick("acteur parti (sur la carte d'avant)", "actor that left (on the earlier map)"))]),
                .el("li", [:], [evolutionKey(dot: "#56636b", ring: false), .text(l.pick("acteur présent aux deux dates", "actor present at both dates"))]),
            ]))
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Chaque acteur est placé une fois pour toutes, sur le réseau réunissant les deux dates : un acteur présent aux deux dates est au même endroit sur les deux cartes. Survolez un point pour lire son nom. Les acteurs sans lien à aucune des deux dates ne sont pas dessinés.",
                "Each actor is placed once and for all, on the network joining both dates: an actor present at both dates stands at the same place on both maps. Hover over a dot to read its name. Actors without a tie at either date are not drawn.")))
        } else {
            if let overview = e.territoryOverview {
                content.append(.el("div", ["class": "evolution-maps"], [
                    territoryOverviewMap(e, overview, side: .old), territoryOverviewMap(e, overview, side: .new),
                ]))
            }
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Réseau trop grand pour deux cartes lisibles de tous ses acteurs (plus de \(ReportMap.Scale.labelledActors) acteurs liés ou de \(l.integer(ReportMap.Scale.labelledTies)) liens sur les deux dates réunies) : " + (e.territoryOverview == nil ? "" : "un disque par territoire, à la même place aux deux dates, d'aire proportionnelle à ses acteurs à cette date, les traits d'autant plus épais que les liens entre deux territoires sont nombreux ; ") + "le détail est dans les chiffres et les tableaux ci-dessous.",
                "Network too large for two legible maps of every actor (over \(ReportMap.Scale.labelledActors) tied actors or \(l.integer(ReportMap.Scale.labelledTies)) ties over both dates joined): " + (e.territoryOverview == nil ? "" : "one disc per territory, at the same place at both dates, its area proportional to its actors at that date, lines the thicker the more ties join two territories; ") + "the detail is in the figures and tables below.")))
        }

        // Who came and went.
        func names(_ id: String, _ title: String, _ list: [String]) {
            guard !list.isEmpty else { return }
            var items: [HTMLNode] = list.prefix(Self.evolutionListLimit).map { .el("li", text: $0) }
            if list.count > Self.evolutionListLimit {
                items.append(.el("li", ["class": "more"], text: l.pick("et \(list.count - Self.evolutionListLimit) autres", "and \(list.count - Self.evolutionListLimit) more")))
            }
            content.append(.el("h3", ["id": id], text: title + " (\(l.integer(list.count)))"))
            content.append(.el("ul", ["class": "evolution-names", "aria-labelledby": id], items))
        }
        names("evolution-joined", l.pick("Acteurs arrivés", "Actors that joined"), c.joinedActors.map { b.actors[$0].name })
        names("evolution-left", l.pick("Acteurs partis", "Actors that left"), c.leftActors.map { a.actors[$0].name })
        names("evolution-created", l.pick("Coopérations créées", "Cooperations created"), c.createdCooperations.map { b.cooperations[$0].name })
        names("evolution-ended", l.pick("Coopérations terminées", "Cooperations ended"), c.endedCooperations.map { a.cooperations[$0].name })

        content += evolutionTieTables(e)
        content += evolutionHubs(e)
        content += evolutionClusters(e)
        content += evolutionTerritories(e)
        return section("evolution", l.pick("Évolution", "Evolution") + " — " + before + " → " + after, content)
    }

    /// What the two sides are, in one sentence.
    private func evolutionBasis(_ e: ReportEvolution) -> String {
        switch e.basis {
        case .dates(let from, let to):
            return l.pick(
                "Le réseau tel qu'il était \(dateWords(from)) comparé à ce qu'il était \(dateWords(to)) (une année ou un mois désigne son dernier jour ; les lignes sans date comptent comme présentes tout du long). Acteurs et coopérations sont retrouvés par leur identifiant.",
                "The network as it stood \(dateWords(from)) compared with how it stood \(dateWords(to)) (a year or a month means its last day; undated rows count as present throughout). Actors and cooperations are matched by their id.")
        case .datasets:
            let c = e.comparison
            let byNumber = c.actors.matchedByNumber > 0
                ? l.pick("\(c.actors.matchedByNumber) par leur SIRET, RNA ou SIREN et ", "\(c.actors.matchedByNumber) by their SIRET, RNA or SIREN and ") : ""
            return l.pick(
                "Deux jeux de données comparés : \(l.quoted(e.labels.old)) (avant) et \(l.quoted(e.labels.new)) (après). Acteurs retrouvés d'un jeu à l'autre : \(c.actors.matched), dont \(byNumber)\(c.actors.matchedByName) par le nom (casse, accents et ponctuation ignorés) faute d'identifiant commun ; coopérations retrouvées : \(c.cooperations.matched), dont \(c.cooperations.matchedByName) par le nom.",
                "Two datasets compared: \(l.quoted(e.labels.old)) (before) and \(l.quoted(e.labels.new)) (after). Actors matched from one to the other: \(c.actors.matched), \(byNumber)\(c.actors.matchedByName) of them by name (case, accents and punctuation ignored) for want of a shared id; cooperations matched: \(c.cooperations.matched), \(c.cooperations.matchedByName) of them by name.")
        }
    }

    /// « à la fin de 2018 », « au 14/03/2019 »…
    private func dateWords(_ date: PartialDate) -> String {
        switch date.precision {
        case .year: return l.pick("à la fin de \(date.year)", "at the end of \(date.year)")
        case .month: return l.pick("à la fin de \(date.description)", "at the end of \(date.description)")
        case .day: return l.pick("au \(date.description)", "on \(date.description)")
        }
    }

    /// The change in a few sentences.
    private func evolutionInWords(_ e: ReportEvolution) -> String {
        let c = e.comparison
        var sentences: [String] = [l.pick(
            "\(l.count(c.joinedActors.count, "acteur est arrivé", "acteurs sont arrivés")) et \(l.count(c.leftActors.count, "est parti", "sont partis")) ; \(l.count(c.createdCooperations.count, "coopération a été créée", "coopérations ont été créées")) et \(l.count(c.endedCooperations.count, "s'est terminée", "se sont terminées")) ; le réseau a gagné \(l.count(c.tiesGained.count, "lien", "liens")) entre acteurs et en a perdu \(l.integer(c.tiesLost.count)).",
            "\(l.count(c.joinedActors.count, "actor joined", "actors joined")) and \(l.integer(c.leftActors.count)) left; \(l.count(c.createdCooperations.count, "cooperation was created", "cooperations were created")) and \(l.integer(c.endedCooperations.count)) ended; the network gained \(l.count(c.tiesGained.count, "tie", "ties")) between actors and lost \(l.integer(c.tiesLost.count)).")]
        if let o = c.eiIndex.old, let n = c.eiIndex.new, abs(n - o) >= 0.005 {
            sentences.append(n < o
                ? l.pick("Les territoires se sont refermés : l'indice E-I du réseau passe de \(l.decimal(o, digits: 2)) à \(l.decimal(n, digits: 2)) (une plus grande part des liens reste à l'intérieur d'un territoire).",
                         "Territories closed up: the network's E-I index went from \(l.decimal(o, digits: 2)) to \(l.decimal(n, digits: 2)) (a larger share of ties stays inside a territory).")
                : l.pick("Les territoires se sont ouverts : l'indice E-I du réseau passe de \(l.decimal(o, digits: 2)) à \(l.decimal(n, digits: 2)) (une plus grande part des liens relie deux territoires).",
                         "Territories opened up: the network's E-I index went from \(l.decimal(o, digits: 2)) to \(l.decimal(n, digits: 2)) (a larger share of ties joins two territories)."))
        }
        let rose = c.hubs.filter { $0.direction == .rose || $0.direction == .entered }.count
        let fell = c.hubs.filter { $0.direction == .fell || $0.direction == .dropped }.count
        if rose + fell > 0 {
            sentences.append(l.pick("Parmi les têtes de pont, \(l.integer(rose)) ont monté ou sont entrées dans le classement, \(l.integer(fell)) ont reculé ou en sont sorties.",
                                    "Among the facilitator hubs, \(l.integer(rose)) rose or entered the ranking, \(l.integer(fell)) fell or left it."))
        }
        return sentences.joined(separator: " ")
    }

    private enum EvolutionSide { case old, new }

    /// One date's map on the shared positions: ties of that date (gained ones, or ones
    /// about to be lost, highlighted), the actors present then (joined or leaving ones
    /// highlighted), each with its name as a tooltip.
    private func evolutionMap(_ e: ReportEvolution, _ positions: LayoutPositions, side: EvolutionSide) -> HTMLNode {
        let c = e.comparison
        let dataset = side == .old ? e.old.dataset : e.new.dataset
        let graph = side == .old ? e.old.graph : e.new.graph
        // Union index of each actor of this side.
        var unionOf = [Int](repeating: -1, count: dataset.actors.count)
        for (k, actor) in e.union.enumerated() {
            if let row = side == .old ? actor.old : actor.new { unionOf[row] = k }
        }
        let width = 600.0, height = 440.0, margin = 16.0
        let drawn = e.union.indices.filter { e.unionTied[$0] }
        let xs = drawn.map { positions.x[$0] }, ys = drawn.map { positions.y[$0] }
        let box = (minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 1, maxY: ys.max() ?? 1)
        let spanX = max(box.maxX - box.minX, 1e-9), spanY = max(box.maxY - box.minY, 1e-9)
        let scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
        let offsetX = (width - scale * spanX) / 2, offsetY = (height - scale * spanY) / 2
        func px(_ k: Int) -> (String, String) {
            let x = offsetX + (positions.x[k] - box.minX) * scale, y = offsetY + (positions.y[k] - box.minY) * scale
            return (format1(x), format1(y))
        }
        var changed = Set<UInt64>()
        for t in side == .old ? c.tiesLost : c.tiesGained { changed.insert(UInt64(t.first) << 32 | UInt64(t.second)) }
        var kept: [HTMLNode] = [], highlighted: [HTMLNode] = []
        for edge in graph.edges {
            let (x1, y1) = px(unionOf[edge.u]), (x2, y2) = px(unionOf[edge.v])
            let u = min(edge.u, edge.v), v = max(edge.u, edge.v)
            if changed.contains(UInt64(u) << 32 | UInt64(v)) {
                highlighted.append(side == .old
                    ? .el("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "class": "tie-lost", "stroke": "#c2410c", "stroke-width": "2", "stroke-dasharray": "4 3"])
                    : .el("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "class": "tie-gained", "stroke": "#0b6e69", "stroke-width": "2.5"]))
            } else {
                kept.append(.el("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "class": "tie-kept", "stroke": "#a9b5b9", "stroke-width": "1"]))
            }
        }
        let hubs = Set((side == .old ? e.old : e.new).hubs(top: 5).hubs.map(\.actor))
        var dots: [HTMLNode] = [], labels: [HTMLNode] = []
        for (row, actor) in dataset.actors.enumerated() {
            let k = unionOf[row]
            guard k >= 0, e.unionTied[k] else { continue }
            let (x, y) = px(k)
            let change = side == .old ? (e.union[k].new == nil ? "actor-left" : "actor-kept") : (e.union[k].old == nil ? "actor-joined" : "actor-kept")
            let fill = change == "actor-joined" ? "#0b6e69" : change == "actor-left" ? "#c2410c" : "#56636b"
            dots.append(.el("circle", ["cx": x, "cy": y, "r": graph.degree(row) > 0 ? "5" : "3.5", "class": change, "fill": fill,
                                       "stroke": change == "actor-joined" ? "#074d4a" : "#fff", "stroke-width": change == "actor-joined" ? "2.5" : "1",
                                       "data-union": String(k), "data-id": actor.id], [.el("title", text: actor.name)]))
            if hubs.contains(row) {
                labels.append(.el("text", ["x": x, "y": format1((Double(y) ?? 0) - 8), "class": "evolution-label",
                                           "font-size": "11", "text-anchor": "middle", "fill": "#1d2a33", "stroke": "#fff", "stroke-width": "3", "paint-order": "stroke"],
                                  text: MapText.shortened(actor.name, to: 28)))
            }
        }
        let title = side == .old ? e.labels.old : e.labels.new
        let description = l.pick(
            "Carte des coopérations : \(title), \(l.count(dataset.actors.count, "acteur", "acteurs")), \(l.count(graph.edgeCount, "lien", "liens"))",
            "Cooperation map: \(title), \(l.count(dataset.actors.count, "actor", "actors")), \(l.count(graph.edgeCount, "tie", "ties"))")
        return .el("figure", ["class": "evolution-map", "data-side": side == .old ? "old" : "new"], [
            .el("svg", ["viewbox": "0 0 \(Int(width)) \(Int(height))", "role": "img", "aria-label": description], [
                .el("g", ["class": "ties"], kept + highlighted),
                .el("g", ["class": "actors"], dots),
                .el("g", ["class": "labels"], labels),
            ]),
            .el("figcaption", text: title),
        ])
    }

    /// One date's overview of a large network: a disc per territory on the shared
    /// places, sized by its actors at that date, and the ties between territories.
    private func territoryOverviewMap(_ e: ReportEvolution, _ o: ReportEvolution.TerritoryOverview, side: EvolutionSide) -> HTMLNode {
        let actors = side == .old ? o.actors.old : o.actors.new
        let links = side == .old ? o.links.old : o.links.new
        let drawn = o.territories.indices.filter { o.radius[$0] > 0 }
        let width = 600.0, height = 440.0, margin = 24.0
        let minX = drawn.map { o.x[$0] - o.radius[$0] }.min() ?? 0, maxX = drawn.map { o.x[$0] + o.radius[$0] }.max() ?? 1
        let minY = drawn.map { o.y[$0] - o.radius[$0] }.min() ?? 0, maxY = drawn.map { o.y[$0] + o.radius[$0] }.max() ?? 1
        let scale = min((width - 2 * margin) / max(maxX - minX, 1e-9), (height - 2 * margin) / max(maxY - minY, 1e-9))
        let offsetX = (width - scale * (maxX - minX)) / 2, offsetY = (height - scale * (maxY - minY)) / 2
        func px(_ t: Int) -> (String, String) { (format1(offsetX + (o.x[t] - minX) * scale), format1(offsetY + (o.y[t] - minY) * scale)) }
        // A disc's area follows the territory's actors at this date, the union's disc as the reference.
        let union = zip(o.actors.old, o.actors.new).map { max($0, $1) }
        let heaviest = Double(max(links.map(\.2).max() ?? 1, 1))
        var lines: [HTMLNode] = [], discs: [HTMLNode] = []
        for (a, b, ties) in links where o.radius[a] > 0 && o.radius[b] > 0 {
            let (x1, y1) = px(a), (x2, y2) = px(b)
            lines.append(.el("line", ["x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": "#a9b5b9",
                                      "stroke-width": format1(0.5 + 5.5 * Double(ties) / heaviest)]))
        }
        for t in drawn where actors[t] > 0 {
            let (x, y) = px(t)
            let r = o.radius[t] * scale * (Double(actors[t]) / Double(max(union[t], 1))).squareRoot()
            let change = actors[t] - (side == .old ? actors[t] : o.actors.old[t])
            discs.append(.el("circle", ["cx": x, "cy": y, "r": format1(max(r, 2)), "fill": "#0b6e69", "fill-opacity": "0.55",
                                        "stroke": "#074d4a", "data-territory": o.territories[t].id],
                             [.el("title", text: MapText.abbreviated(o.territories[t].name) + " — " + l.count(actors[t], l.pick("acteur", "actor"), l.pick("acteurs", "actors"))
                                  + (side == .new && change != 0 ? " (" + (change > 0 ? "+" : "") + l.integer(change) + ")" : ""))]))
            if o.radius[t] * scale > 18 {
                discs.append(.el("text", ["x": x, "y": y, "font-size": "11", "text-anchor": "middle", "fill": "#1d2a33", "stroke": "#fff",
                                          "stroke-width": "3", "paint-order": "stroke"], text: MapText.shortened(MapText.abbreviated(o.territories[t].name), to: 22)))
            }
        }
        let title = side == .old ? e.labels.old : e.labels.new
        return .el("figure", ["class": "evolution-map", "data-side": side == .old ? "old" : "new"], [
            .el("svg", ["viewbox": "0 0 \(Int(width)) \(Int(height))", "role": "img",
                        "aria-label": l.pick("Territoires : \(title)", "Territories: \(title)")], [
                .el("g", ["class": "ties"], lines), .el("g", ["class": "territories"], discs),
            ]),
            .el("figcaption", text: title),
        ])
    }

    private func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(Double(tenths) / 10)
    }

    /// A small drawing for the maps' legend: a line or a dot.
    private func evolutionKey(line color: String, width: Double, dashed: Bool) -> HTMLNode {
        .el("svg", ["width": "28", "height": "12", "aria-hidden": "true"], [
            .el("line", ["x1": "2", "y1": "6", "x2": "26", "y2": "6", "stroke": color, "stroke-width": String(width),
                         "stroke-dasharray": dashed ? "4 3" : nil]),
        ])
    }

    private func evolutionKey(dot color: String, ring: Bool) -> HTMLNode {
        .el("svg", ["width": "16", "height": "16", "aria-hidden": "true"], [
            .el("circle", ["cx": "8", "cy": "8", "r": "5", "fill": color, "stroke": ring ? "#074d4a" : "#fff", "stroke-width": ring ? "2.5" : "1"]),
        ])
    }

    /// The ties gained and lost, most shared cooperations first.
    private func evolutionTieTables(_ e: ReportEvolution) -> [HTMLNode] {
        let c = e.comparison
        func table(_ id: String, _ caption: String, download: String, _ ties: [TieChange], _ dataset: Dataset, _ note: String) -> [HTMLNode] {
            guard !ties.isEmpty else { return [] }
            let rows: [[SortableTable.Cell]] = ties.prefix(Self.evolutionTieLimit).map { t in
                [.text(dataset.actors[t.first].name), .text(dataset.actors[t.second].name),
                 .number(l.integer(t.sharedCooperations), Double(t.sharedCooperations)),
                 .text(t.involvesActorChange ? note : "")]
            }
            var nodes: [HTMLNode] = [SortableTable(id: id, caption: caption + " (\(l.integer(ties.count)))", columns: [
                .init(title: l.pick("acteur", "actor"), type: .text), .init(title: l.pick("acteur", "actor"), type: .text),
                .init(title: l.pick("coopérations partagées", "shared cooperations"), type: .number),
                .init(title: l.pick("remarque", "note"), type: .text),
            ], rows: rows, download: download).node]
            if ties.count > Self.evolutionTieLimit {
                nodes.append(.el("p", ["class": "note"], text: l.pick(
                    "Les \(Self.evolutionTieLimit) premiers sur \(l.integer(ties.count)) ; « maillage compare » les liste tous.",
                    "The first \(Self.evolutionTieLimit) of \(l.integer(ties.count)); “maillage compare” lists them all.")))
            }
            return [.el("div", [:], nodes)]
        }
        let tables = table("table-evolution-gained", l.pick("Liens gagnés", "Ties gained"), download: l.pick("liens-gagnes", "ties-gained"), c.tiesGained, e.new.dataset,
                           l.pick("un acteur arrivé", "an actor that joined"))
            + table("table-evolution-lost", l.pick("Liens perdus", "Ties lost"), download: l.pick("liens-perdus", "ties-lost"), c.tiesLost, e.old.dataset,
                    l.pick("un acteur parti", "an actor that left"))
        guard !tables.isEmpty else { return [] }
        return [.el("div", ["class": "breakdowns"], tables)]
    }

    /// The hubs at each date: ranks, scores and the reasons that changed.
    private func evolutionHubs(_ e: ReportEvolution) -> [HTMLNode] {
        let c = e.comparison
        guard !c.hubs.isEmpty else { return [] }
        let oldNames = e.old.assignment.territories.map(\.name), newNames = e.new.assignment.territories.map(\.name)
        let rows: [[SortableTable.Cell]] = c.hubs.map { h in
            let name = h.newActor.map { e.new.dataset.actors[$0].name } ?? h.oldActor.map { e.old.dataset.actors[$0].name } ?? ""
            let direction: String
            switch h.direction {
            case .rose: direction = l.pick("monte de \(h.rankChange ?? 0)", "up \(h.rankChange ?? 0)")
            case .fell: direction = l.pick("recule de \(-(h.rankChange ?? 0))", "down \(-(h.rankChange ?? 0))")
            case .held: direction = l.pick("même rang", "same rank")
            case .entered: direction = l.pick("entre", "enters")
            case .dropped: direction = h.newActor == nil ? l.pick("sort (parti)", "out (left)") : l.pick("sort", "out")
            }
            let changes = h.reasonChanges(oldTerritoryNames: oldNames, newTerritoryNames: newNames, language: l)
            let reasons: [HTMLNode] = changes.gained.map { .el("li", text: "+ " + $0) } + changes.lost.map { .el("li", text: "− " + $0) }
            return [
                .text(name),
                .number(h.oldRank.map(String.init) ?? "–", h.oldRank.map(Double.init)),
                .number(h.newRank.map(String.init) ?? "–", h.newRank.map(Double.init)),
                .text(direction),
                .number(l.decimal(h.oldScore, digits: 1) + " → " + l.decimal(h.newScore, digits: 1), h.scoreChange),
                SortableTable.Cell(content: reasons.isEmpty ? [] : [.el("ul", ["class": "reasons"], reasons)], sortKey: nil),
            ]
        }
        return [
            .el("h3", text: l.pick("Têtes de pont : qui monte, qui recule", "Facilitator hubs: who rose, who fell")),
            SortableTable(id: "table-evolution-hubs", caption: nil, columns: [
                .init(title: l.pick("acteur", "actor"), type: .text),
                .init(title: l.pick("rang avant", "rank before"), type: .number),
                .init(title: l.pick("rang après", "rank after"), type: .number),
                .init(title: l.pick("mouvement", "move"), type: .text),
                .init(title: l.pick("score", "score"), type: .number),
                .init(title: l.pick("raisons gagnées (+) et perdues (−)", "reasons gained (+) and lost (−)"), type: .text),
            ], rows: rows, download: l.pick("evolution-tetes-de-pont", "change-facilitator-hubs")).node,
        ]
    }

    /// The clusters matched across the dates, in sentences.
    private func evolutionClusters(_ e: ReportEvolution) -> [HTMLNode] {
        let m = e.comparison.clusters
        func name(_ session: AnalysisSession, _ i: Int) -> String {
            let cluster = session.clusters[i]
            let head = cluster.members.first.map { session.dataset.actors[$0].name } ?? ""
            return l.pick("groupe \(i + 1) (\(l.count(cluster.members.count, "acteur", "acteurs")), autour de \(head))",
                          "cluster \(i + 1) (\(l.count(cluster.members.count, "actor", "actors")), around \(head))")
        }
        var items: [String] = []
        for s in m.splits {
            items.append(l.pick("Scission : le ", "Split: ") + name(e.old, s.old) + l.pick(" s'est partagé entre ", " divided into ")
                         + s.into.map { name(e.new, $0) }.joined(separator: l.pick(" et ", " and ")) + ".")
        }
        for g in m.merges {
            items.append(l.pick("Fusion : ", "Merge: ") + g.from.map { name(e.old, $0) }.joined(separator: l.pick(" et ", " and "))
                         + l.pick(" se sont réunis dans le ", " came together in ") + name(e.new, g.new) + ".")
        }
        for link in m.continued where false == m.splits.contains(where: { $0.old == link.old }) {
            items.append(l.pick("Continue : ", "Continued: ") + name(e.old, link.old) + " → " + name(e.new, link.new)
                         + ", " + l.pick(l.count(link.shared, "acteur", "acteurs"), l.count(link.shared, "actor", "actors")) + l.pick(" en commun.", " in common."))
        }
        for i in m.dissolved { items.append(l.pick("Disparu : ", "Dissolved: ") + name(e.old, i) + ".") }
        for j in m.formed { items.append(l.pick("Nouveau : ", "Formed: ") + name(e.new, j) + ".") }
        guard !items.isEmpty else { return [] }
        return [
            .el("h3", text: l.pick("Groupes d'une date à l'autre", "Clusters from one date to the other")),
            .el("ul", ["class": "evolution-clusters"], items.map { .el("li", text: $0) }),
            .el("p", ["class": "note"], text: l.pick(
                "Deux groupes sont rapprochés quand ils partagent au moins la moitié des acteurs du plus petit (comptés parmi ceux présents et liés aux deux dates).",
                "Two clusters are matched when they share at least half of the smaller one's actors (counted among those present and tied at both dates).")),
        ]
    }

    /// Each territory's figures before and after.
    private func evolutionTerritories(_ e: ReportEvolution) -> [HTMLNode] {
        let rows: [[SortableTable.Cell]] = e.comparison.territories.filter(\.changed).map { t in
            func pair(_ x: Int?, _ y: Int?, _ d: Int) -> SortableTable.Cell {
                .number((x.map { l.integer($0) } ?? "–") + " → " + (y.map { l.integer($0) } ?? "–") + " (" + (d > 0 ? "+" : "") + l.integer(d) + ")", Double(d))
            }
            func pair(_ x: Double?, _ y: Double?, _ d: Double?) -> SortableTable.Cell {
                .number(l.decimal(x, digits: 2) + " → " + l.decimal(y, digits: 2), d)
            }
            return [
                .text(MapText.abbreviated(t.territory.name)),
                pair(t.old?.members, t.new?.members, t.actorsChange),
                pair(t.old?.internalTies, t.new?.internalTies, t.internalTiesChange),
                pair(t.old?.externalTies, t.new?.externalTies, t.externalTiesChange),
                pair(t.old?.eiIndex, t.new?.eiIndex, t.eiIndexChange),
                pair(t.old?.density, t.new?.density, t.densityChange),
            ]
        }
        guard !rows.isEmpty else { return [] }
        return [
            .el("h3", text: l.pick("Territoires (\(l.label(e.new.level)))", "Territories (\(l.label(e.new.level)))")),
            SortableTable(id: "table-evolution-territoires", caption: nil, columns: [
                .init(title: l.pick("territoire", "territory"), type: .text),
                .init(title: l.pick("acteurs", "actors"), type: .number),
                .init(title: l.pick("liens internes", "ties inside"), type: .number),
                .init(title: l.pick("liens vers l'extérieur", "ties outside"), type: .number),
                .init(title: l.pick("indice E-I", "E-I index"), type: .number),
                .init(title: l.pick("densité", "density"), type: .number),
            ], rows: rows, download: l.pick("evolution-territoires", "change-territories")).node,
            .el("p", ["class": "note"], text: l.pick(
                "Seuls les territoires dont un chiffre a changé sont listés ; un E-I qui baisse : le territoire s'est refermé sur lui-même ; qui monte : il s'est ouvert.",
                "Only territories where a figure changed are listed; an E-I that falls: the territory closed up; that rises: it opened up.")),
        ]
    }
}
