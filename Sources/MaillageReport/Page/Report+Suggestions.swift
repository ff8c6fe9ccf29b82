import MaillageAnalysis
import MaillageModel
import MaillageRender

extension Report {
    /// How many suggestions the section lists for the whole network.
    static let suggestionsTop = 10
    /// How many it lists per territory.
    static let suggestionsPerTerritory = 3
    /// How many territories get their own list (the largest, by actors).
    static let suggestionTerritories = 12
    /// How many gaps between territories, and between sectors, it lists.
    static let suggestionGaps = 5

    /// « Pistes de coopération »: pairs of actors who do not cooperate yet and plausibly
    /// could, with their reasons in plain words — for the whole network and per territory
    /// — and the territories and sectors less tied than their sizes predict, with the
    /// actors best placed to link them. The same figures as `maillage suggest`
    /// (`AnalysisSession.suggestions(top:involving:perActor:)`, `reasons(for:)`,
    /// `territoryGaps(limit:)`, `sectorGaps(limit:)`).
    var suggestionsSection: HTMLNode {
        let session = analysis.session
        let names = session.suggestionNames
        var content: [HTMLNode] = [
            .el("p", text: l.pick(
                "Des paires d'acteurs qui ne coopèrent pas encore et pourraient le faire, classées par un score : leurs partenaires communs (un partenaire commun qui connaît peu d'acteurs compte davantage qu'une grande tête de réseau), auxquels s'ajoutent 0,3 s'ils sont du même territoire, 0,2 du même secteur, 0,1 s'ils relieraient deux groupes d'un même territoire. Ce sont des pistes à discuter, pas des certitudes : le réseau ne dit pas tout de ce que les acteurs font ensemble.",
                "Pairs of actors that do not cooperate yet and could, ranked by a score: their common partners (a common partner who knows few actors counts more than a large network head), plus 0.3 when they share a territory, 0.2 a sector, 0.1 when they would join two clusters of one territory. These are leads to discuss, not certainties: the network does not tell everything the actors do together.")),
        ]
        // What the dataset does not give adds nothing to any score: say so.
        if let missing = session.unavailableScoreParts(language: l) { content.append(.el("p", ["class": "note"], text: missing)) }
        let whole = session.suggestions(top: Self.suggestionsTop)
        if whole.isEmpty {
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Aucune piste : aucun acteur n'a de partenaire de partenaire ni de voisin du même territoire et secteur hors de ses partenaires.",
                "No lead: no actor has a partner's partner or a neighbour of the same territory and sector outside its partners.")))
        } else {
            content.append(.el("h3", text: l.pick("Pour tout le réseau", "For the whole network")))
            content.append(leadList(whole, names: names, id: "pistes-reseau"))
        }

        // Per territory: the largest ones, each in a disclosure.
        var perTerritory: [HTMLNode] = []
        for row in analysis.territoryRows.prefix(Self.suggestionTerritories) {
            let territory = analysis.assignment.territories[row.territory]
            guard let inside = session.actors(inTerritory: territory.id), !inside.isEmpty else { continue }
            let list = session.suggestions(top: Self.suggestionsPerTerritory, involving: inside)
            guard !list.isEmpty else { continue }
            perTerritory.append(.el("details", ["class": "territory-leads", "data-territory": territory.id], [
                .el("summary", text: MapText.abbreviated(territory.name) + " — " + l.count(list.count, l.pick("piste", "lead"), l.pick("pistes", "leads"))),
                leadList(list, names: names, id: nil),
            ]))
        }
        if !perTerritory.isEmpty {
            content.append(.el("h3", text: l.pick("Par territoire (\(l.label(analysis.assignment.level)))", "By territory (\(l.label(analysis.assignment.level)))")))
            // « pour les 12 territoires… » only when some territories are left out.
            let every = analysis.territoryRows.count <= Self.suggestionTerritories
            content.append(.el("p", ["class": "note"], text: l.pick(
                "Les \(Self.suggestionsPerTerritory) meilleures pistes impliquant un acteur situé dans le territoire, "
                    + (every ? "pour chaque territoire" : "pour les \(Self.suggestionTerritories) territoires qui comptent le plus d'acteurs") + " ; cliquez sur un territoire pour les voir.",
                "The \(Self.suggestionsPerTerritory) best leads involving an actor located in the territory, "
                    + (every ? "for each territory" : "for the \(Self.suggestionTerritories) territories with the most actors") + "; click a territory to see them.")))
            content += perTerritory
        }

        // Gaps.
        let territoryNames = analysis.assignment.territories.map { MapText.abbreviated($0.name) }
        let sectorNames = session.sectors.names
        let gapTables = gapTable("table-ecarts-territoires", l.pick("Territoires peu reliés entre eux", "Territories little tied to each other"),
                                 download: l.pick("ecarts-territoires", "territory-gaps"),
                                 session.territoryGaps(limit: Self.suggestionGaps).gaps, groupNames: territoryNames)
            + gapTable("table-ecarts-secteurs", l.pick("Secteurs peu reliés entre eux", "Sectors little tied to each other"),
                       download: l.pick("ecarts-secteurs", "sector-gaps"),
                       session.sectorGaps(limit: Self.suggestionGaps).gaps, groupNames: sectorNames)
        if !gapTables.isEmpty {
            content.append(.el("h3", text: l.pick("Qui relier : les écarts", "What to link: the gaps")))
            content.append(.el("p", text: l.pick(
                "Des paires de territoires, ou de secteurs, qui ont moins de liens entre elles que leur taille ne le laisse attendre (attendu : le nombre de liens de l'un × celui de l'autre ÷ deux fois le nombre de liens du réseau, comme pour la modularité), et les acteurs les mieux placés pour les relier : ceux qui ont déjà des partenaires des deux côtés, sinon l'acteur le plus relié de chaque côté.",
                "Pairs of territories, or of sectors, with fewer ties between them than their sizes predict (expected: the ties of one × those of the other ÷ twice the ties of the network, as in modularity), and the actors best placed to link them: those already with partners on both sides, else the best-connected actor of each side.")))
            content += gapTables
        }
        return section("pistes", l.pick("Pistes de coopération", "Cooperation leads"), content)
    }

    /// An ordered list of suggestions: the pair (buttons that select the actors on the
    /// map), the score, and the reasons in plain words.
    private func leadList(_ list: [Suggestion], names: SuggestionNames, id: String?) -> HTMLNode {
        let reasons = analysis.session.reasons(for: list)
        return .el("ol", ["class": "leads", "id": id], list.enumerated().map { i, s in
            .el("li", ["data-first": dataset.actors[s.first].id, "data-second": dataset.actors[s.second].id], [
                .el("span", ["class": "pair"], [actorButton(s.first), .text(" — "), actorButton(s.second)]),
                .text(" · " + l.pick("score ", "score ") + l.decimal(s.score, digits: 2)),
                .el("span", ["class": "why"], text: reasons[i].map { $0.text(names: names, language: l) }.joined(separator: " · ")),
            ])
        })
    }

    /// A table of gaps between groups, with the actors best placed to link them.
    private func gapTable(_ id: String, _ caption: String, download: String, _ gaps: [GroupGaps.Gap], groupNames: [String]) -> [HTMLNode] {
        guard !gaps.isEmpty else { return [] }
        let rows: [[SortableTable.Cell]] = gaps.map { gap in
            let linkers: [HTMLNode] = gap.linkers.isEmpty ? [] : [
                actorList(gap.linkers),
                .el("span", ["class": "summary"], text: gap.linkersReachBoth
                    ? l.pick("déjà en lien avec les deux", "already tied to both")
                    : l.pick("les plus reliés de chaque côté", "best connected on each side")),
            ]
            return [
                .text(groupNames[gap.first] + " — " + groupNames[gap.second]),
                .number(l.integer(gap.observed), Double(gap.observed)),
                .number(l.decimal(gap.expected, digits: 1), gap.expected),
                SortableTable.Cell(content: linkers, sortKey: nil),
            ]
        }
        return [SortableTable(id: id, caption: caption, columns: [
            .init(title: l.pick("paire", "pair"), type: .text),
            .init(title: l.pick("liens", "ties"), type: .number),
            .init(title: l.pick("liens attendus", "ties expected"), type: .number),
            .init(title: l.pick("acteurs les mieux placés pour les relier", "actors best placed to link them"), type: .text),
        ], rows: rows, download: download).node]
    }
}
