import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Reads the aliases table: (alias, id) rows; an empty cell, or an alias given two
    /// different ids, is an error.
    mutating func readAliases(_ table: Table?) -> [DatasetAlias] {
        guard let table else { return [] }
        var entries: [DatasetAlias] = []
        var seen: [String: (id: String, row: LocalizedText)] = [:]
        let aliasColumn = table.column("alias"), idColumn = table.column("id")
        for row in table.rows {
            guard let (alias, aliasField) = requireID(row, at: aliasColumn, named: "alias", what: .alias),
                  let (id, _) = requireID(row, at: idColumn, named: "id", what: .alias) else { continue }
            if let first = seen[alias] {
                if first.id != id {
                    diagnostics.append(.error(LocalizedText(
                        fr: "l'alias « \(alias.excerpt) » renvoie à deux identifiants : « \(first.id.excerpt) » à la \(first.row.fr) et « \(id.excerpt) » ici",
                        en: "alias \"\(alias.excerpt)\" names two ids: \"\(first.id.excerpt)\" on \(first.row.en) and \"\(id.excerpt)\" here"),
                        file: table.file, at: aliasField.position))
                }
                continue
            }
            seen[alias] = (id, table.rowDescription(ofRecord: row.record))
            entries.append(DatasetAlias(alias: alias, id: id))
        }
        return entries
    }

    /// Whether the row defining `id` is merged into an entity already read: `id` is an
    /// alias (aliases table), or the same name once normalised (tables of names).
    /// Reports the merge. `row(i)` gives the id of entity `i`.
    mutating func mergesRow(
        _ id: String, field: Table.Cell, seen: [String: Int], names: NameReconciler, what: Noun, file: String, row: (Int) -> String
    ) -> Bool {
        guard names.normalising || !names.aliases.isEmpty, seen[id] == nil else { return false }
        if let target = names.aliasTarget(id), target != id {
            // Merged when the target is read before this row, else this row stands for the target.
            guard let index = seen[target] else { return false }
            reportMerge(id, into: row(index), byAlias: true, what: what, file: file, at: field.position, row: true)
            return true
        }
        guard let (index, _) = names.resolve(id, exact: seen) else { return false }
        reportMerge(id, into: row(index), byAlias: false, what: what, file: file, at: field.position, row: true)
        return true
    }

    /// Warns that `written` is read as `target`.
    mutating func reportMerge(_ written: String, into target: String, byAlias: Bool, what: Noun, file: String, at position: CellPosition, row: Bool = false) {
        let why = byAlias
            ? LocalizedText(fr: "(table des alias)", en: "(aliases table)")
            : LocalizedText(
                fr: "(le même nom, aux majuscules, accents, espaces et ponctuation près ; s'il s'agit de deux \(what.fr)s, donnez-leur des identifiants)",
                en: "(the same name once case, accents, spaces and punctuation are ignored; if they are two \(what.en)s, give them ids)")
        let rest = row
            ? LocalizedText(fr: " : cette ligne lui est fusionnée (ses autres cellules sont ignorées)", en: ": this row is merged into it (its other cells are ignored)")
            : .empty
        diagnostics.append(.warning(LocalizedText(
            fr: "\(what.fr) « \(written.excerpt) » \(what.agreed("lu")) comme « \(target.excerpt) » \(why.fr)\(rest.fr)",
            en: "\(what.en) \"\(written.excerpt)\" read as \"\(target.excerpt)\" \(why.en)\(rest.en)"), file: file, at: position))
    }

    /// Warns once for the `count` names of `what` read under another spelling in a
    /// memberships table, the first (`written` read as `target`) given as the example;
    /// `count` 1 is ``reportMerge(_:into:byAlias:what:file:at:row:)``'s message.
    mutating func reportSpellingMerges(_ first: (written: String, target: String, position: CellPosition), count: Int, what: Noun, file: String) {
        guard count > 1 else {
            reportMerge(first.written, into: first.target, byAlias: false, what: what, file: file, at: first.position)
            return
        }
        diagnostics.append(.warning(LocalizedText(
            fr: "\(LocalizedText.integer(count).fr) noms \(what.frOf) écrits autrement qu'à leur première mention, lus sous celle-ci (le même nom, aux majuscules, accents, espaces et ponctuation près) : ici « \(first.written.excerpt) » lu comme « \(first.target.excerpt) » ; s'il s'agit \(what.frOf)s différent\(what.feminine ? "e" : "")s, donnez-leur des identifiants",
            en: "\(count) \(what.en) names written otherwise than at their first mention, read as that one (the same name once case, accents, spaces and punctuation are ignored): here \"\(first.written.excerpt)\" read as \"\(first.target.excerpt)\"; if they are different \(what.en)s, give them ids"),
            file: file, at: first.position))
    }

    /// Lists actors that are likely one (``NameReconciler/likelyDuplicates(_:)``),
    /// without merging them.
    mutating func reportLikelyDuplicates(_ actors: [Actor], file: String) {
        let ids = actors.map(\.id)
        if ids.count > NameReconciler.likelyDuplicatesLimit {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(ids.count).fr) noms d'acteurs : au-delà de \(LocalizedText.integer(NameReconciler.likelyDuplicatesLimit).fr), les doublons probables (noms à une lettre près) ne sont pas cherchés",
                en: "\(ids.count) actor names: past \(NameReconciler.likelyDuplicatesLimit), likely duplicates (names a letter apart) are not looked for"),
                file: file))
            return
        }
        let pairs = NameReconciler.likelyDuplicates(ids)
        if pairs.count >= NameReconciler.likelyDuplicatePairsLimit {
            diagnostics.append(.warning(LocalizedText(
                fr: "plus de \(LocalizedText.integer(NameReconciler.likelyDuplicatePairsLimit).fr) paires d'acteurs probablement identiques : la recherche s'est arrêtée là (des noms faits pour se ressembler ?)",
                en: "more than \(NameReconciler.likelyDuplicatePairsLimit) pairs of likely identical actors: the search stopped there (names made to look alike?)"),
                file: file))
        }
        for (a, b) in pairs {
            likelyDuplicates.append(DatasetAlias(alias: ids[b], id: ids[a]))
            diagnostics.append(.warning(LocalizedText(
                fr: "probablement le même acteur : « \(ids[a].excerpt) » et « \(ids[b].excerpt) » restent distincts ; pour les fusionner, ajoutez une table des alias (aliases.csv, colonnes alias,id) avec la ligne \"\(ids[b].excerpt)\",\"\(ids[a].excerpt)\" (maillage validate --aliases-draft FICHIER.csv les écrit toutes)",
                en: "likely the same actor: \"\(ids[a].excerpt)\" and \"\(ids[b].excerpt)\" are kept apart; to merge them, add an aliases table (aliases.csv, columns alias,id) with the row \"\(ids[b].excerpt)\",\"\(ids[a].excerpt)\" (maillage validate --aliases-draft FILE.csv writes them all)"),
                file: file))
        }
    }
}
