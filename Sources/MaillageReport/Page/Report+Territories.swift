import MaillageAnalysis
import MaillageModel
import MaillageRender

extension Report {
    /// Per territory of the chosen level: actors, ties inside and out, E-I index,
    /// density, pieces and best-placed actors.
    var territoriesSection: HTMLNode {
        guard !dataset.territories.isEmpty else {
            // Nothing to count at any level: say so and how to give territories, rather
            // than a level nobody chose and every actor "without a territory of it".
            return section("territoires", l.pick("Territoires", "Territories"), [
                .el("p", ["class": "note"], text: l.pick(
                    "Ce jeu de données ne donne aucun territoire : les acteurs ne sont comptés dans aucun. Une table des territoires (territories.csv ou une feuille « Territoires ») et une colonne territories aux acteurs permettent de comparer les territoires.",
                    "This dataset gives no territory: actors count in none. A territories table (territories.csv or a « Territoires » sheet) and a territories column for the actors let the page compare territories.")),
            ])
        }
        let level = l.label(analysis.assignment.level)
        let structure = analysis.territoryStructure
        let test = analysis.session.territoryEITest()
        // The territories' employees, when some actor gives a headcount.
        let employees = givesHeadcounts
            ? HeadcountTotal.byGroup(dataset.actors, groupOf: analysis.assignment.groupOfActor, count: analysis.assignment.territories.count) : nil
        let fullTime = givesFullTimeEquivalents
            ? FullTimeEquivalentTotal.byGroup(dataset.actors, groupOf: analysis.assignment.groupOfActor, count: analysis.assignment.territories.count) : nil
        let rows: [[SortableTable.Cell]] = analysis.territoryRows.map { row in
            let f = row.figures
            let hubs: [HTMLNode] = [actorList(row.topHubs)]
            let figure = test.groups[row.territory]
            let p = Self.pValue(figure)
            var cells: [SortableTable.Cell] = [
                .text(MapText.abbreviated(analysis.assignment.territories[row.territory].name)),
                .number(l.integer(f.members), Double(f.members)),
            ]
            if let employees { cells.append(employeesCell(employees[row.territory])) }
            if let fullTime { cells.append(fullTimeEquivalentsCell(fullTime[row.territory])) }
            return cells + [
                .number(l.integer(f.internalTies), Double(f.internalTies)),
                .number(l.integer(f.externalTies), Double(f.externalTies)),
                .number(l.decimal(f.eiIndex, digits: 2), f.eiIndex),
                .number(l.decimal(figure.expected, digits: 2), figure.expected),
                SortableTable.Cell(content: [pText(p)], sortKey: p.map { "\($0.value)" } ?? "",
                                   data: .array([.string(pWords(p)), p.map { .number($0.value) } ?? .null])),
                .number(l.decimal(f.density, digits: 2), f.density),
                .number(l.integer(f.componentCount), Double(f.componentCount)),
                SortableTable.Cell(content: hubs, sortKey: nil, data: .object([("al", .array(row.topHubs.map { .int($0) })), ("more", .int(0))])),
            ]
        }
        let table = SortableTable(id: "table-territoires", caption: nil, columns: [
            .init(title: l.pick("territoire", "territory"), type: .text, card: .title),
            .init(title: l.pick("acteurs", "actors"), type: .number),
        ] + (employees == nil ? [] : [employeesColumn]) + (fullTime == nil ? [] : [fullTimeEquivalentsColumn]) + [
            .init(title: l.pick("liens internes", "ties inside"), type: .number),
            .init(title: l.pick("liens vers l'extérieur", "ties outside"), type: .number),
            .init(title: l.pick("indice E-I", "E-I index"), type: .number),
            .init(title: l.pick("E-I attendu par hasard", "E-I expected by chance"), type: .number),
            .init(title: l.pick("p (écart au hasard)", "p (departure from chance)"), type: .number),
            .init(title: l.pick("densité", "density"), type: .number),
            .init(title: l.pick("morceaux", "pieces"), type: .number),
            .init(title: l.pick("acteurs les mieux placés", "best-placed actors"), type: .text, card: .lead),
        ], rows: rows, cardsOnPhones: true, download: l.pick("territoires", "territories"))
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
            let network = Self.pValue(test.network)
            content.append(.el("p", ["class": "note", "id": "ei-reseau"], text: l.pick(
                "Indice E-I du réseau : \(l.decimal(structure.eiIndex, digits: 2)) (\(l.count(structure.withinGroupTies, "lien interne", "liens internes")), \(l.count(structure.betweenGroupTies, "lien", "liens")) entre territoires) ; attendu par hasard : \(l.decimal(test.network.expected, digits: 2)), p = \(pWords(network)).",
                "E-I index of the network: \(l.decimal(structure.eiIndex, digits: 2)) (\(l.count(structure.withinGroupTies, "tie", "ties")) inside territories, \(l.count(structure.betweenGroupTies, "tie", "ties")) between them); expected by chance: \(l.decimal(test.network.expected, digits: 2)), p = \(pWords(network)).")))
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Que signifie p ? Les territoires ont été redistribués au hasard entre les acteurs \(l.integer(test.permutations)) fois (chaque territoire garde son nombre d'acteurs, les liens ne bougent pas ; graine \(test.seed)). « E-I attendu » est la moyenne obtenue ; p est la part des tirages qui s'écartent de l'attendu au moins autant que l'indice observé, du même côté. Un p sous 0,05 (en couleur) dit que le repli sur soi, ou l'ouverture, du territoire a peu de chances d'être dû au hasard ; un p élevé, que le chiffre ne se distingue pas de ce que donnerait une répartition quelconque des acteurs.",
                "What does p mean? Territories were shuffled among the actors \(l.integer(test.permutations)) times (each keeps its number of actors, ties do not move; seed \(test.seed)). “E-I expected” is the mean obtained; p is the share of shuffles that depart from the expectation at least as far as the observed index, on the same side. A p below 0.05 (in colour) says that the territory's inward (or outward) look is unlikely to be chance; a high p, that the figure does not stand out from any random placing of the actors.")))
            content += brokerageTable
        }
        if unassigned > 0 {
            content.append(.el("p", ["class": "note"], text: l.pick(
                "\(l.count(unassigned, "acteur n'a", "acteurs n'ont")) pas de territoire de niveau \(level) (situés plus haut, ou sans territoire) et ne sont comptés dans aucune ligne.",
                "\(l.count(unassigned, "actor has", "actors have")) no territory of the \(level) level (located higher up, or nowhere) and count in no row.")))
        }
        return section("territoires", l.pick("Territoires", "Territories") + " (\(level))", content)
    }

    /// The p-value of an E-I figure on the side where the observed index lies: the lower
    /// tail when it is below its expectation (inward-looking), else the upper tail; with
    /// that side (true: lower).
    static func pValue(_ figure: EIPermutationTest.Figure) -> (value: Double, lower: Bool)? {
        guard let observed = figure.observed, let expected = figure.expected, let lower = figure.pLower, let upper = figure.pUpper else { return nil }
        return observed < expected ? (lower, true) : (upper, false)
    }

    /// A p-value as the page writes it (« 0,001 », « < 0,001 » never: the test's p is at least 1/(P + 1)).
    func pWords(_ p: (value: Double, lower: Bool)?) -> String {
        guard let p else { return "–" }
        return l.decimal(p.value, digits: p.value < 0.01 ? 3 : 2)
    }

    /// The p-value cell: coloured when below 0.05, with which way the territory departs from chance.
    func pText(_ p: (value: Double, lower: Bool)?) -> HTMLNode {
        guard let p else { return .text("–") }
        let side = p.lower ? l.pick("replié", "inward") : l.pick("ouvert", "outward")
        return .el("span", ["class": p.value < 0.05 ? "significance strong" : "significance",
                            "title": p.lower ? l.pick("moins de liens vers l'extérieur que par hasard", "fewer ties outside than by chance")
                                             : l.pick("plus de liens vers l'extérieur que par hasard", "more ties outside than by chance")],
                   text: pWords(p) + (p.value < 0.05 ? " (" + side + ")" : ""))
    }

    /// How many brokers between territories the territories section lists.
    static let brokersListed = 10

    /// The actors who broker most between territories (Gould–Fernandez), each against
    /// chance (``BrokerageSignificance``).
    var brokerageTable: [HTMLNode] {
        let session = analysis.session
        let brokerage = session.brokerage(between: .territory)
        func across(_ v: Int) -> Int { let c = brokerage.counts[v]; return c.itinerant + c.gatekeeper + c.liaison }
        let order = Array((0..<dataset.actors.count).filter { across($0) > 0 }
            .sorted { across($0) != across($1) ? across($0) > across($1) : $0 < $1 }.prefix(Self.brokersListed))
        guard !order.isEmpty else { return [] }
        let test = session.brokerageTest(brokerage, actors: order)
        // « 13 477 727 » beside « 13 495 615 »: a large expectation in whole numbers, grouped as the counts are.
        func expectedWords(_ value: Double) -> String { value >= 1000 ? l.integer(Int(value.rounded())) : l.decimal(value, digits: 1) }
        let rows: [[SortableTable.Cell]] = order.map { v in
            guard let figure = test[v]?.across else {
                let c = brokerage.counts[v], e = brokerage.expected(v)
                let expected = e.itinerant + e.gatekeeper + e.liaison
                return [SortableTable.Cell(content: [actorButton(v)], sortKey: nil), .number(l.integer(across(v)), Double(across(v))),
                        .number(expectedWords(expected), expected),
                        .number(l.decimal(expected > 0 ? Double(c.itinerant + c.gatekeeper + c.liaison) / expected : nil, digits: 2), nil),
                        .number("–", nil)]
            }
            let p: (value: Double, lower: Bool) = (figure.p, false)
            return [
                SortableTable.Cell(content: [actorButton(v)], sortKey: nil),
                .number(l.integer(figure.observed), Double(figure.observed)),
                .number(expectedWords(figure.expected), figure.expected),
                .number(l.decimal(figure.ratio, digits: 2), figure.ratio),
                SortableTable.Cell(content: [.el("span", ["class": figure.p < 0.05 ? "significance strong" : "significance"], text: pWords(p))],
                                   sortKey: "\(figure.p)", data: .array([.string(pWords(p)), .number(figure.p)])),
            ]
        }
        return [
            .el("h3", text: l.pick("Qui relie les territoires : le courtage", "Who links the territories: brokerage")),
            SortableTable(id: "table-courtage", caption: nil, columns: [
                .init(title: l.pick("acteur", "actor"), type: .text),
                .init(title: l.pick("paires reliées entre territoires", "pairs linked across territories"), type: .number),
                .init(title: l.pick("attendu par hasard", "expected by chance"), type: .number),
                .init(title: l.pick("rapport", "ratio"), type: .number),
                .init(title: "p", type: .number),
            ], rows: rows, download: l.pick("courtage", "brokerage")).node,
            .el("p", ["class": "note"], text: l.pick(
                "Une paire reliée : deux partenaires de l'acteur qui ne coopèrent pas entre eux et ne sont pas tous deux de son territoire (rôles itinérant, gardien et agent de liaison de Gould et Fernandez, 1989). « Attendu par hasard » : ce nombre si les territoires des autres acteurs étaient redistribués au hasard (tailles gardées, le sien fixé) ; p : la part de \(l.integer(test.permutations)) tels tirages (graine \(test.seed)) qui en donnent au moins autant. Sous 0,05, l'acteur relie des territoires plus que sa seule position ne le ferait.",
                "A pair linked: two partners of the actor that do not cooperate with each other and are not both of its territory (Gould and Fernandez's itinerant, gatekeeper and liaison roles, 1989). “Expected by chance”: that number if the other actors' territories were shuffled at random (sizes kept, its own fixed); p: the share of \(l.integer(test.permutations)) such shuffles (seed \(test.seed)) giving at least as many. Below 0.05, the actor links territories more than its position alone would.")),
        ] + (brokerage.anchorsPerBroker.map { anchors in
            [HTMLNode.el("p", ["class": "note"], text: l.pick(
                "Réseau trop dense pour examiner chaque paire de partenaires : l'ordre des acteurs vient de paires estimées à partir des liens de \(l.integer(anchors)) partenaires tirés au hasard par acteur (à quelques pour cent près) ; les chiffres des acteurs testés (avec un p) sont exacts.",
                "A network too dense to examine every pair of partners: the actors' order comes from pairs estimated from the ties of \(l.integer(anchors)) partners drawn at random per actor (within a few per cent); the figures of the actors tested (with a p) are exact."))]
        } ?? [])
    }
}
