import MaillageModel

extension AnalysisSession {
    /// Why a territory analysis (the per-territory table, the territory map, brokerage
    /// between territories) would have nothing to show, in `language`; nil when it has
    /// something.
    ///
    /// It has nothing when no actor lies in a territory of the session's ``level``. The
    /// message then says what the dataset lacks — no territory at all, territories but
    /// on no actor or cooperation, or territories only at other levels (named, with the
    /// number of territories each would give, so `--level` can pick one) — so a command
    /// stops with it instead of writing an empty table or map.
    /// - Complexity: O(levels × memberships × territory depth) when there is nothing to show.
    public func territoryAnalysisUnavailable(language l: Language) -> String? {
        guard assignment.groupCount == 0 else { return nil }
        let level = l.label(assignment.level)
        if dataset.territories.isEmpty {
            return l.pick(
                "aucune analyse par territoire possible : le jeu de données ne donne aucun territoire. Ajoutez une colonne « Commune », « EPCI », « Département » ou « Région » aux acteurs (ou une colonne territories, ou une table des territoires).",
                "no territory analysis possible: the dataset gives no territory. Add a « Commune », « EPCI », « Département » or « Région » column to the actors (or a territories column, or a territories table).")
        }
        var others: [(TerritoryLevel, Int)] = []
        for other in [TerritoryLevel.commune, .epci, .pays, .departement, .region] where other != assignment.level {
            let count = TerritoryAssignment(dataset: dataset, level: other).groupCount
            if count > 0 { others.append((other, count)) }
        }
        if others.isEmpty {
            return l.pick(
                "aucune analyse par territoire possible : aucun acteur n'est situé dans un territoire, à aucun niveau (commune, EPCI, pays, département, région). Renseignez les territoires des acteurs ou de leurs coopérations, et le niveau de chaque territoire.",
                "no territory analysis possible: no actor lies in a territory at any level (commune, EPCI, pays, département, région). Give the actors or their cooperations territories, and each territory its level.")
        }
        let list = others.map { "\($0.0.rawValue) (\(l.count($0.1, l.pick("territoire", "territory"), l.pick("territoires", "territories"))))" }
            .joined(separator: ", ")
        return l.pick(
            "rien à montrer au niveau \(level) : aucun acteur n'y est situé. Niveaux qui ont des territoires : \(list) ; choisissez-en un avec --level.",
            "nothing to show at level \(level): no actor lies in a territory of that level. Levels with territories: \(list); pick one with --level.")
    }
}
