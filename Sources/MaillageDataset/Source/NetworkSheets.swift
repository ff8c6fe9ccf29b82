import MaillageSupport
import MaillageModel

/// A workbook with one sheet per network (or project), each listing its members, as a
/// tête de réseau gathers the lists of the networks it federates:
///
/// ```
/// [COORACE]                         [Réseau Cocagne]
/// Structure      | Commune | Statut  Structure        | Commune
/// Le Relais      | Arras   | Asso.   Jardins d'Arras  | Arras
/// Envie 62       | Lens    | SAS     Le Relais        | Arras
/// ```
///
/// Read as one memberships table: each sheet is a cooperation named after the sheet
/// (a leading « Adhérents », « Membres » or « Membres du réseau » dropped), each row one
/// of its members, with the sheet's other columns (role, dates, the actor's commune,
/// legal form…) read as a memberships table's. Every cell keeps its sheet and cell for
/// messages.
///
/// A single sheet or file is read so when its name says whose members it lists
/// (« Adhérents COORACE », ``namesItsMembers(_:)``), with a warning that one network alone
/// joins all its members. Otherwise the workbook is read so only when it has at least two
/// sheets whose names say no table,
/// every one of them has a header (possibly below title lines) naming an actor column and
/// neither a cooperation column nor the two ends of a tie, and every one is named like
/// a network: with a letter, not « Feuil1 », « Sheet2 », « Tableau 3 », « Données »,
/// « Export »… (a workbook of years, « 2023 », « 2024 », is no list of networks).
enum NetworkSheets {
    /// Leading words (keys) of sheet names that say nothing of a network.
    static let genericWords: Set<String> = [
        "feuil", "feuille", "feuilles", "sheet", "sheets", "tableau", "onglet", "page", "table", "tab", "donnees", "data",
        "export", "extraction", "extract", "base", "copie", "copy", "annee", "year", "version", "brouillon", "draft", "test",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ]

    /// Leading words dropped from a sheet's name to name its network (compared by
    /// ``Vocabulary/key(_:)``, so without accents too), longest first.
    static let droppedPrefixes: [String] = ["adhérents du réseau", "membres du réseau", "adhérents de", "membres de", "adhérents", "membres", "members"]

    /// Whether a sheet's name can name a network.
    static func isNetworkName(_ name: String) -> Bool {
        guard name.contains(where: \.isLetter), let word = TableNames.leadingWord(of: name) else { return false }
        let stem = String(word.prefix { !$0.isNumber })
        return !genericWords.contains(stem) && !genericWords.contains(word)
    }

    /// Whether a sheet's or file's name says it lists the members of a network: « Adhérents
    /// COORACE », « Membres du réseau Cocagne » (a leading word of ``droppedPrefixes``, then a name).
    static func namesItsMembers(_ name: String) -> Bool {
        isNetworkName(name) && networkName(ofSheet: name) != name.trimmingSpaces()
    }

    /// The network a sheet's name names: « Adhérents COORACE » → « COORACE ».
    static func networkName(ofSheet name: String) -> String {
        let trimmed = name.trimmingSpaces()
        for prefix in droppedPrefixes {
            guard trimmed.count > prefix.count + 1,
                  Vocabulary.key(String(trimmed.prefix(prefix.count))) == Vocabulary.key(prefix) else { continue }
            let rest = trimmed.dropFirst(prefix.count)
            guard let first = rest.first, first == " " || first == "-" || first == "_" else { continue }
            let network = rest.drop { $0 == " " || $0 == "-" || $0 == "_" || $0 == ":" }
            if !network.isEmpty { return String(network) }
        }
        return trimmed
    }

    /// The header record of a member list (the first of the first
    /// ``Table/titleLinesLimit`` + 1 records naming an actor column) and that column; nil
    /// when the grid is no member list.
    static func header(in grid: any CellGrid) -> (record: Int, actor: Int)? {
        for r in Table.headerCandidates(in: grid) {
            let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
            guard let actor = columns["actor"] else { continue }
            guard columns["cooperation"] == nil, TieList.ends(in: grid, record: r) == nil else { return nil }
            return (r, actor)
        }
        return nil
    }

    /// The sheets' rows as one memberships table, its cooperation column first, then the
    /// sheets' columns, those read as the same column merged (« Structure » in one sheet,
    /// « Nom de la structure » in another); nil when the sheets are not one member list per
    /// network.
    ///
    /// With `files` (one per sheet), each list is a file of a folder (« COORACE.csv »,
    /// « Adhérents CRESS.csv »), named by `name` (its name without its extension): its
    /// cells are located in that file (``CellPosition/file-property``), the first file being `file`.
    static func read(_ sheets: [(name: String, grid: any CellGrid)], file: String, files: [String]? = nil,
                     diagnostics: inout [Diagnostic]) -> MappedGrid? {
        // One list alone only when its name says whose members it lists (« Adhérents COORACE »).
        guard sheets.count >= 2 || (sheets.count == 1 && namesItsMembers(sheets[0].name)) else { return nil }
        var lists: [(name: String, grid: any CellGrid, header: Int, actor: Int, file: String?)] = []
        for (k, (name, grid)) in sheets.enumerated() {
            guard isNetworkName(name), let (header, actor) = header(in: grid) else { return nil }
            let own = files.map { $0[k] }
            lists.append((name, grid, header, actor, own == file ? nil : own))
        }
        // Each sheet's rows but blank and total ones.
        var parts: [CombinedTables.Part] = []
        var totals: [CellPosition] = []
        for list in lists {
            let grid = list.grid
            if list.header > 0 {
                diagnostics.append(.warning(Table.titleLinesSkipped(list.header, header: grid.start(ofRecord: list.header)),
                                            file: file, at: grid.start(ofRecord: 0).in(file: list.file)))
            }
            var rows: [Int] = []
            for r in (list.header + 1)..<grid.recordCount {
                let range = grid.cellRange(ofRecord: r)
                if range.allSatisfy(grid.isBlank) { continue }
                if range.lowerBound + list.actor < range.upperBound,
                   Table.saysTotal(grid.text(ofCell: range.lowerBound + list.actor)) {
                    totals.append(grid.start(ofRecord: r).in(file: list.file))
                    continue
                }
                rows.append(r)
            }
            parts.append(CombinedTables.Part(grid: grid, header: list.header, records: rows, file: list.file))
        }
        // « Structure » and « Nom de la structure » are one column: merged by what they are read as.
        let joined = CombinedTables.concatenated(parts) { text in
            let lower = text.lowercased()
            return TableSchema.memberships.column(named: lower).map { "memberships:" + $0 }
                ?? TableSchema.actors.column(named: lower).map { "actors:" + $0 } ?? Vocabulary.key(text)
        }
        // The cooperation first: the sheet's network, on each of its rows.
        var records: [[MappedGrid.Cell]] = []
        records.reserveCapacity(joined.records.count)
        var next = 0
        for (list, part) in zip(lists, parts) {
            let network = networkName(ofSheet: list.name)
            for r in part.records {
                records.append([MappedGrid.Cell(text: network, position: list.grid.start(ofRecord: r).in(file: list.file))] + joined.records[next])
                next += 1
            }
        }
        if let total = totals.first {
            diagnostics.append(.warning(Table.totalRowsSkipped(totals.count), file: file, at: total))
        }
        let names = lists.prefix(3).map { "« \(networkName(ofSheet: $0.name).excerpt) »" }.joined(separator: ", ")
        let englishNames = lists.prefix(3).map { "\"\(networkName(ofSheet: $0.name).excerpt)\"" }.joined(separator: ", ")
        let more = lists.count > 3 ? LocalizedText(fr: "…", en: "…") : .empty
        if lists.count == 1 {
            let network = networkName(ofSheet: lists[0].name)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(lists[0].name.excerpt) » lu comme la liste des membres d'un seul réseau, « \(network.excerpt) » : chaque ligne est l'un de ses membres, qui coopèrent donc tous entre eux ; pour voir qui coopère avec qui, ajoutez les listes d'autres réseaux (une feuille ou un fichier par réseau) ou une colonne « Réseaux d'appartenance »",
                en: "\"\(lists[0].name.excerpt)\" read as the member list of one network, \"\(network.excerpt)\": each row one of its members, who therefore all cooperate with each other; to see who cooperates with whom, add the lists of other networks (a sheet or file per network) or a « Réseaux d'appartenance » column"),
                file: file))
            return MappedGrid(header: ["cooperation"] + joined.header, records: records, origin: lists[0].grid.origin)
        }
        diagnostics.append(.warning(files == nil
            ? LocalizedText(
                fr: "classeur lu comme une feuille par réseau : chacune des \(lists.count) feuilles est une coopération nommée d'après elle (\(names)\(more.fr)), chaque ligne l'un de ses membres",
                en: "workbook read as one sheet per network: each of the \(lists.count) sheets is a cooperation named after it (\(englishNames)\(more.en)), each row one of its members")
            : LocalizedText(
                fr: "dossier lu comme un fichier par réseau : chacun des \(lists.count) fichiers est une coopération nommée d'après lui (\(names)\(more.fr)), chaque ligne l'un de ses membres",
                en: "folder read as one file per network: each of the \(lists.count) files is a cooperation named after it (\(englishNames)\(more.en)), each row one of its members"),
            file: file))
        return MappedGrid(header: ["cooperation"] + joined.header, records: records, origin: lists[0].grid.origin)
    }
}
