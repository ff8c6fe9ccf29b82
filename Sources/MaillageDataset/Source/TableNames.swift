/// Which table a file or a sheet holds, by the leading word of its name, in French
/// or English, ignoring case and accents: « Participations 2024.csv », `memberships.csv`,
/// « Acteurs_v2.xlsx », « Coopérations Diois », `territories`.
///
/// | table | leading word |
/// | --- | --- |
/// | memberships | participations, participation, memberships, membership, adhésions, adhésion; as a list of ties (``TieList``): liens, lien, partenariats, partenariat, edges, ties; as an adjacency matrix (``AdjacencyMatrix``): matrice, matrix |
/// | actors | acteurs, acteur, actors, actor, structures, organisations, organizations; as Gephi's node table: nodes, node, nœuds, sommets, vertices |
/// | cooperations | coopérations, coopération, cooperations, cooperation |
/// | territories | territoires, territoire, territories, territory |
/// | aliases (optional: alias → id, see ``NameReconciler``) | alias, aliases, synonymes |
enum TableNames {
    /// The schemas, in the order the loader reads them.
    static let schemas: [TableSchema] = [.actors, .cooperations, .memberships, .territories, .aliasTable]

    private static let leadingWords: [String: String] = {
        let words: [(String, [String])] = [
            (TableSchema.memberships.file, ["participations", "participation", "memberships", "membership", "adhesions", "adhesion",
                                            "liens", "lien", "partenariats", "partenariat", "edges", "ties",
                                            "matrice", "matrix"]),
            (TableSchema.actors.file, ["acteurs", "acteur", "actors", "actor", "structures", "organisations", "organizations",
                                       "nodes", "node", "noeuds", "noeud", "sommets", "vertices"]),
            (TableSchema.cooperations.file, ["cooperations", "cooperation"]),
            (TableSchema.territories.file, ["territoires", "territoire", "territories", "territory"]),
            (TableSchema.aliasTable.file, ["alias", "aliases", "synonymes"]),
        ]
        var out: [String: String] = [:]
        for (file, names) in words { for name in names { out[name] = file } }
        return out
    }()

    /// The schema a name (without its extension) designates, if any.
    static func schema(forName name: String) -> TableSchema? {
        guard let word = leadingWord(of: name), let file = leadingWords[word] else { return nil }
        return schemas.first { $0.file == file }
    }

    /// The name's first word, lower case without accents (`Coopérations_Diois` → `cooperations`).
    static func leadingWord(of name: String) -> String? {
        var word = ""
        for character in name {
            if character.isLetter {
                word.append(character)
            } else if !word.isEmpty {
                break
            }
        }
        guard !word.isEmpty else { return nil }
        return Vocabulary.key(word)
    }

    /// The words a message lists as accepted.
    static let accepted = "participations/memberships, acteurs/actors, coopérations/cooperations, territoires/territories"
}
