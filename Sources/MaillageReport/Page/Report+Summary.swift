import MaillageModel
import MaillageRender

extension Report {
    /// Key figures as cards, then actors by kind, cooperations by form and memberships by role.
    var summarySection: HTMLNode {
        let s = analysis.summary
        let clusters = analysis.clusters.count
        func card(_ value: String, _ label: String, _ note: String? = nil) -> HTMLNode {
            var children: [HTMLNode] = [.el("span", ["class": value.count > 8 ? "figure long" : "figure"], text: value), .el("span", ["class": "label"], text: label)]
            if let note { children.append(.el("span", ["class": "note"], text: note)) }
            return .el("li", ["class": "card"], children)
        }
        /// The card's noun, singular for a figure of 1 ("1 composante connexe"), and of 0 in
        /// French (``Language/isSingular(_:)``).
        func noun(_ n: Int, _ frOne: String, _ frMany: String, _ enOne: String, _ enMany: String) -> String {
            l.isSingular(n) ? l.pick(frOne, enOne) : l.pick(frMany, enMany)
        }
        var cards: [HTMLNode] = [
            card(l.integer(s.actors), noun(s.actors, "acteur", "acteurs", "actor", "actors")),
            card(l.integer(s.cooperations), noun(s.cooperations, "coopération", "coopérations", "cooperation", "cooperations"),
                 s.cooperationsWithDeclaredSize > 0 ? l.pick("dont \(s.cooperationsWithDeclaredSize) à effectif déclaré", "\(s.cooperationsWithDeclaredSize) with a declared size") : nil),
            card(l.integer(s.memberships), noun(s.memberships, "participation", "participations", "membership", "memberships")),
            card(l.integer(s.ties), noun(s.ties, "lien entre acteurs", "liens entre acteurs", "tie between actors", "ties between actors"), l.pick("paires qui partagent une coopération", "pairs sharing a cooperation")),
            card(l.decimal(s.density, atLeast: 3), l.pick("densité", "density"), l.pick("part des paires possibles qui sont liées", "share of possible pairs that are tied")),
            card(l.integer(s.components), noun(s.components, "composante connexe", "composantes connexes", "connected component", "connected components"),
                 l.pick("la plus grande : \(l.count(s.largestComponent, "acteur", "acteurs"))", "largest: \(l.count(s.largestComponent, "actor", "actors"))")),
            card(l.integer(s.isolatedActors), noun(s.isolatedActors, "acteur isolé", "acteurs isolés", "isolated actor", "isolated actors"), l.pick("sans coopération partagée", "sharing no cooperation")),
            card(l.integer(clusters), noun(clusters, "groupe", "groupes", "cluster", "clusters"), l.pick("modularité ", "modularity ") + l.decimal(analysis.partition.modularity, digits: 2)),
        ]
        // The actors' employees, when some give a headcount: a total of bands is a band.
        if !s.employees.isEmpty {
            let e = s.employees
            let figure = l.figure(e)
            let note = e.actors == s.actors
                ? l.pick("effectif connu de chaque acteur", "headcount known for every actor")
                : l.pick("effectif connu de \(l.integer(e.actors)) acteur\(l.isSingular(e.actors) ? "" : "s") sur \(l.integer(s.actors))",
                         "headcount known for \(l.integer(e.actors)) of \(l.integer(s.actors)) actors")
                + (e.upper == e.lower ? "" : l.pick(" ; les tranches de l'INSEE s'additionnent en une fourchette", "; INSEE's bands add up to a range"))
                + (e.shared == 0 ? "" : l.pick(" ; chaque unité légale comptée une fois, pas une fois par établissement", "; each legal unit counted once, not once per establishment"))
            cards.insert(card(figure, noun(e.upper ?? e.lower, "salarié", "salariés", "employee", "employees"), note), at: 1)
        }
        // Their full-time equivalents, when some give them.
        if !s.fullTimeEquivalents.isEmpty {
            let f = s.fullTimeEquivalents
            let note = f.actors == s.actors
                ? l.pick("équivalents temps plein, connus de chaque acteur", "full-time equivalents, known for every actor")
                : l.pick("équivalents temps plein, connus de \(l.integer(f.actors)) acteur\(l.isSingular(f.actors) ? "" : "s") sur \(l.integer(s.actors))",
                         "full-time equivalents, known for \(l.integer(f.actors)) of \(l.integer(s.actors)) actors")
            cards.insert(card(l.number(f.sum), l.pick("ETP", "FTE"), note), at: s.employees.isEmpty ? 1 : 2)
        }
        /// A breakdown table; `employees`, when given, adds each row's employees (``employeesCell(_:)``).
        func breakdown(_ id: String, _ caption: String, _ header: String, _ rows: [(swatch: String?, label: String, count: Int)],
                       employees: [HeadcountTotal]? = nil, fullTime: [FullTimeEquivalentTotal]? = nil) -> HTMLNode {
            let total = max(rows.reduce(0) { $0 + $1.count }, 1)
            return SortableTable(id: id, caption: caption,
                                 columns: [.init(title: header, type: .text), .init(title: l.pick("nombre", "count"), type: .number),
                                           .init(title: l.pick("part", "share"), type: .number)] + (employees == nil ? [] : [employeesColumn])
                                    + (fullTime == nil ? [] : [fullTimeEquivalentsColumn]),
                                 rows: rows.enumerated().map { index, row in
                                     let label: [HTMLNode] = row.swatch.map { [labelled(swatch($0), row.label)] } ?? [.text(row.label)]
                                     let share = Double(row.count) / Double(total)
                                     var cells: [SortableTable.Cell] = [SortableTable.Cell(content: label, sortKey: nil), .number(l.integer(row.count), Double(row.count)),
                                                                        .number(l.decimal(100 * share, digits: 0) + " %", share)]
                                     if let employees { cells.append(employeesCell(employees[index])) }
                                     if let fullTime { cells.append(fullTimeEquivalentsCell(fullTime[index])) }
                                     return cells
                                 }).node
            .wrapped(wide: employees != nil || fullTime != nil)
        }
        // The employees of each kind, when some actor gives a headcount.
        let kindEmployees: [HeadcountTotal]? = givesHeadcounts ? s.actorsByKind.map { row in
            HeadcountTotal(dataset.actors.lazy.filter { $0.kind == row.kind }.compactMap(\.employees))
        } : nil
        let kindFullTime: [FullTimeEquivalentTotal]? = givesFullTimeEquivalents ? s.actorsByKind.map { row in
            FullTimeEquivalentTotal(dataset.actors.lazy.filter { $0.kind == row.kind }.compactMap(\.fullTimeEquivalents))
        } : nil
        let tables: [HTMLNode] = [
            breakdown("table-types", l.pick("Acteurs par type", "Actors by kind"), l.pick("type", "kind"),
                      s.actorsByKind.map { (MapPalette.color(of: $0.kind), l.label($0.kind), $0.count) }, employees: kindEmployees, fullTime: kindFullTime),
            breakdown("table-formes", l.pick("Coopérations par forme", "Cooperations by form"), l.pick("forme", "form"),
                      s.cooperationsByForm.map { (MapPalette.color(of: $0.form), l.label($0.form), $0.count) }),
            breakdown("table-roles", l.pick("Participations par rôle", "Memberships by role"), l.pick("rôle", "role"),
                      s.membershipsByRole.map { (nil, l.label($0.role), $0.count) }),
        ]
        var content: [HTMLNode] = [.el("ul", ["class": "cards"], cards)]
        if let large = analysis.largeCooperations {
            content.append(.el("p", ["class": "note large-cooperations"], text: large.text(dataset: analysis.dataset, network: analysis.projected.network, language: l)))
        }
        content.append(.el("div", ["class": "breakdowns"], tables))
        return section("chiffres", l.pick("Chiffres clés", "Key figures"), content)
    }
}

private extension HTMLNode {
    /// This node in a `breakdown-wide` block (two columns of the breakdowns' grid) when `wide`.
    func wrapped(wide: Bool) -> HTMLNode { wide ? .el("div", ["class": "breakdown-wide"], [self]) : self }
}
