import MaillageSupport
import MaillageModel
import Foundation
import MaillageWorkbook

/// The tables a workbook holds: which sheet is which table, each as a ``SheetGrid``.
///
/// - A visible sheet whose name starts with a table's word (``TableNames``) is
///   that table; « Lisez-moi », « Read me », « Aide », « Listes » and the like are
///   skipped.
/// - A workbook whose file name gives a table (« Acteurs_v2.xlsx ») holds that
///   table in the sheet named so, or else in its first visible sheet.
/// - A workbook alone as a dataset whose sheets name no table and which has one
///   visible sheet holds the memberships there.
/// - Any other visible sheet whose name says nothing (« Feuil1 », « Sheet2 ») is the
///   table its header names (``TableByHeader``), said with a warning, unless a sheet
///   named after that table is there; one whose header names no table clearly is
///   reported and not read.
/// - Another sheet whose header names memberships, when one already holds them
///   (« Réseaux » beside « Accompagnements DLA »): more memberships, read after the
///   first sheet's, each sheet as its own layout says (``additionalMembershipsKey(_:)``).
///   So are sheets named for memberships with a year each (« Partenariats 2023 »,
///   « Partenariats 2024 »), which the loader reads as one sheet per year (``YearlySheets``).
/// - Two or more such sheets, each a list of members under a network's name
///   (« COORACE », « Adhérents APES »), with no memberships sheet: one memberships table,
///   each sheet a cooperation (``NetworkSheets``).
/// - Hidden sheets are not read; one named like a table is reported. Hidden rows of a
///   sheet read are not read either, as the sheet shows them (``HiddenRows``).
/// - Cells are screened like a CSV file's text: a control character is an error,
///   a bidirectional control a warning, each at its cell.
enum WorkbookTables {
    /// Sheet names' leading words that are notes for people, skipped silently.
    static let notes: Set<String> = ["lisez", "lire", "readme", "read", "aide", "help", "listes", "liste", "lists", "notes", "mode", "instructions", "valeurs", "values"]

    /// Sheet names' leading words (keys) that say the sheet sums the others up: said not
    /// read as such rather than as a sheet whose name says nothing.
    static let summaries: Set<String> = ["synthese", "resume", "bilan", "statistiques", "stats", "tcd", "graphique", "graphiques",
                                         "chiffres", "indicateurs", "dashboard", "summary", "charts", "chart", "pivot", "recapitulatif", "recap"]

    /// What a summary sheet (``summaries``) is told.
    static let summaryNotRead = LocalizedText(
        fr: "feuille non lue : une synthèse pour les lecteurs du classeur (chiffres, graphiques), pas une table du jeu de données",
        en: "sheet not read: a summary for the workbook's readers (figures, charts), not a table of the dataset")

    /// The bytes of the workbook at `url`, nil (reported) when it cannot be read.
    static func fetch(_ url: URL, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let name = url.lastPathComponent
        switch TextScreening.contents(ofFileAt: url.path) {
        case .success(let bytes): return bytes
        case .failure(.notRegular(.missing)): diagnostics.append(.error(LocalizedText(fr: "aucun fichier de ce nom", en: "no such file"), file: name))
        case .failure(.notRegular(.folder)): diagnostics.append(.error(LocalizedText(fr: "est un dossier, pas un classeur", en: "is a folder, not a workbook"), file: name))
        case .failure(.notRegular): diagnostics.append(.error(LocalizedText(
            fr: "n'est pas un fichier ordinaire (un périphérique, un tube ou une socket) : un fichier de jeu de données doit être un classeur ou un fichier CSV",
            en: "is not a regular file (a device, pipe or socket): a dataset file must be a workbook or a CSV file"), file: name))
        case .failure(.system(let reason)): diagnostics.append(.error(LocalizedText(fr: "illisible : \(reason)", en: "cannot be read: \(reason)"), file: name))
        }
        return nil
    }

    /// The sheets of the workbook `bytes` (named `file`) that hold tables, by schema
    /// file name; nil when the workbook cannot be read (reported).
    static func tables(
        in bytes: [UInt8], file: String, implied: TableSchema?, single: Bool, diagnostics: inout [Diagnostic]
    ) -> [String: any CellGrid]? {
        guard let format = WorkbookFormat(fileExtension: URL(fileURLWithPath: file).pathExtension) else { return nil }
        var workbook: Workbook
        do {
            workbook = try Workbook.read(bytes, format: format)
        } catch {
            diagnostics.append(.error(error.text, file: file, at: error.sheet.map { CellPosition(sheet: $0) } ?? .file))
            return nil
        }
        if ResultsWorkbookMark.marks(workbook) {
            diagnostics.append(.error(ResultsWorkbookMark.refusal, file: file, at: .file))
            return nil
        }
        if implied == nil, let kumu = kumuTables(workbook, file: file, diagnostics: &diagnostics) {
            return kumu.failed ? nil : kumu.grids.mapValues { $0.grid }
        }
        if implied == nil, let nodeXL = NodeXLTables.tables(workbook, file: file, diagnostics: &diagnostics) { return nodeXL }
        // « NC », « - », « ? »: no value, read as empty cells (``PlaceholderCells``), said
        // when a sheet is read (``grid(_:file:schema:isHeader:placeholders:diagnostics:)``).
        // (Kumu's and NodeXL's own workbooks, above, are read as written.)
        // Rows a filter or a hand hides: not read, as the sheet shows them (``HiddenRows``), said
        // when the sheet is read.
        var dropped: [String: [Int]] = [:]
        for (index, sheet) in workbook.sheets.enumerated() where !sheet.isHidden && !sheet.hiddenRows.isEmpty {
            let (shown, rows) = HiddenRows.shown(sheet)
            guard !rows.isEmpty else { continue }
            workbook.sheets[index] = shown
            dropped[sheet.name] = rows
        }
        var taken: [String: [WorkbookCell]] = [:]
        for (index, sheet) in workbook.sheets.enumerated() where !sheet.isHidden {
            let (blanked, placeholders) = PlaceholderCells.blanked(sheet)
            guard !placeholders.isEmpty else { continue }
            workbook.sheets[index] = blanked
            taken[sheet.name] = placeholders
        }
        func grid(_ sheet: WorkbookSheet, file: String, schema: TableSchema? = nil, isHeader: (([String]) -> Bool)? = nil, diagnostics: inout [Diagnostic]) -> SheetGrid {
            if let rows = dropped[sheet.name] { diagnostics.append(HiddenRows.warning(rows, sheet: sheet.name, file: file)) }
            return Self.grid(sheet, file: file, schema: schema, isHeader: isHeader, placeholders: taken[sheet.name] ?? [], diagnostics: &diagnostics)
        }
        var chosen: [String: WorkbookSheet] = [:]
        var unplaced: [WorkbookSheet] = []
        var yearSheets: [WorkbookSheet] = []
        for sheet in workbook.sheets {
            let schema = TableNames.schema(forName: sheet.name)
            if sheet.isHidden {
                if schema != nil {
                    diagnostics.append(.warning(LocalizedText(
                        fr: "feuille masquée : non lue (affichez-la dans le tableur pour vous en servir)",
                        en: "hidden sheet: not read (show it in the spreadsheet to use it)"), file: file, at: CellPosition(sheet: sheet.name)))
                }
                continue
            }
            guard let schema else {
                if let word = TableNames.leadingWord(of: sheet.name), notes.contains(word) { continue }
                unplaced.append(sheet)
                continue
            }
            if chosen[schema.file] != nil {
                let first = chosen[schema.file]?.name ?? ""
                // « Partenariats 2023 », « Partenariats 2024 »: one sheet per year (``YearlySheets``).
                if schema.file == TableSchema.memberships.file, let year = YearlySheets.year(ofSheet: sheet.name),
                   let firstYear = YearlySheets.year(ofSheet: first), year != firstYear {
                    yearSheets.append(sheet)
                    continue
                }
                diagnostics.append(.error(LocalizedText(
                    fr: "deux feuilles contiennent la table \(schema.frenchTableName) : « \(first) » et « \(sheet.name) » ; gardez-en une",
                    en: "two sheets hold the \(schema.tableName) table: \"\(first)\" and \"\(sheet.name)\"; keep one"),
                    file: file, at: CellPosition(sheet: sheet.name)))
                continue
            }
            chosen[schema.file] = sheet
        }
        if let implied {
            // « Acteurs_v2.xlsx »: its actors sheet, else its first visible sheet; nothing else.
            let sheet = chosen[implied.file] ?? workbook.sheets.first { !$0.isHidden }
            for other in workbook.sheets where !other.isHidden && other.name != sheet?.name {
                if let word = TableNames.leadingWord(of: other.name), notes.contains(word) { continue }
                let read = sheet?.name ?? ""
                diagnostics.append(.warning(LocalizedText(
                    fr: "feuille non lue : le nom du fichier dit qu'il contient la table \(implied.frenchTableName), lue dans la feuille « \(read) »",
                    en: "sheet not read: the file's name says it holds the \(implied.tableName) table, read from sheet \"\(read)\""),
                    file: file, at: CellPosition(sheet: other.name)))
            }
            guard let sheet else { return [:] }
            return [implied.file: grid(sheet, file: file, schema: implied, diagnostics: &diagnostics)]
        }
        if single, chosen.isEmpty, unplaced.count == 1, let only = unplaced.first {
            return [TableSchema.memberships.file: grid(only, file: file, schema: .memberships, diagnostics: &diagnostics)]
        }
        // « COORACE », « Réseau Cocagne », « APES »: one sheet per network, each listing its members.
        func isSummary(_ sheet: WorkbookSheet) -> Bool { TableNames.leadingWord(of: sheet.name).map(summaries.contains) ?? false }
        let lists = unplaced.filter { !isSummary($0) }
        if chosen[TableSchema.memberships.file] == nil, lists.count >= 2 {
            let isHeader: ([String]) -> Bool = { texts in texts.contains { TableSchema.memberships.column(named: $0.trimmingSpaces().lowercased()) == "actor" } }
            var found: [Diagnostic] = []
            if let members = NetworkSheets.read(lists.map { ($0.name, SheetGrid(sheet: $0, isHeader: isHeader)) }, file: file, diagnostics: &found) {
                // The sheets' cells screened as any sheet's (the grids are the same).
                for sheet in lists { _ = grid(sheet, file: file, isHeader: isHeader, diagnostics: &diagnostics) }
                diagnostics += found
                for sheet in unplaced where isSummary(sheet) {
                    diagnostics.append(.warning(summaryNotRead,
                        file: file, at: CellPosition(sheet: sheet.name)))
                }
                var out: [String: any CellGrid] = [TableSchema.memberships.file: members]
                for (schemaFile, sheet) in chosen {
                    out[schemaFile] = grid(sheet, file: file, schema: TableNames.schema(forName: sheet.name), diagnostics: &diagnostics)
                }
                return out
            }
        }
        // « Feuil1 », « Feuil2 »: a sheet whose name says nothing is the table its header names.
        var byHeader: [String: TableSchema] = [:]
        var additionalMemberships: [WorkbookSheet] = yearSheets
        unplaced = unplaced.filter { sheet in
            guard let found = TableByHeader.schema(of: { schema in SheetGrid(sheet: sheet, isHeader: schema.map { s in { Table.isHeader(of: s, $0) } }) }) else { return true }
            if let taken = chosen[found.schema.file], found.schema.file == TableSchema.memberships.file {
                // « Réseaux » beside « Accompagnements »: more memberships, read after the first sheet's.
                additionalMemberships.append(sheet)
                diagnostics.append(.warning(TableByHeader.readAs(found, sheet: true, alongside: taken.name), file: file, at: CellPosition(sheet: sheet.name)))
                return false
            }
            if let taken = chosen[found.schema.file] {
                // A second sheet of the same table: said as such, not as a sheet whose name says nothing.
                diagnostics.append(.warning(LocalizedText(
                    fr: "feuille non lue : ses colonnes sont celles de la table \(found.schema.frenchTableName), déjà lue dans la feuille « \(taken.name.excerpt) » ; un jeu de données n'a qu'une table \(found.schema.frenchTableName) : réunissez les deux feuilles en une, ou analysez celle-ci dans un classeur à part",
                    en: "sheet not read: its columns are those of the \(found.schema.tableName) table, already read from sheet \"\(taken.name.excerpt)\"; a dataset has one \(found.schema.tableName) table: merge the two sheets into one, or analyse this one in a workbook of its own"),
                    file: file, at: CellPosition(sheet: sheet.name)))
                return false
            }
            chosen[found.schema.file] = sheet
            byHeader[sheet.name] = found.schema
            diagnostics.append(.warning(TableByHeader.readAs(found, sheet: true), file: file, at: CellPosition(sheet: sheet.name)))
            return false
        }
        for sheet in unplaced {
            if isSummary(sheet) {
                diagnostics.append(.warning(summaryNotRead,
                    file: file, at: CellPosition(sheet: sheet.name)))
                continue
            }
            diagnostics.append(.warning(LocalizedText(
                fr: "feuille non lue : son nom ne dit pas quelle table elle contient (il doit commencer par \(TableNames.accepted))",
                en: "sheet not read: its name does not say which table it holds (it must start with \(TableNames.accepted))"),
                file: file, at: CellPosition(sheet: sheet.name)))
        }
        var out: [String: any CellGrid] = [:]
        for (schemaFile, sheet) in chosen {
            out[schemaFile] = grid(sheet, file: file, schema: byHeader[sheet.name] ?? TableNames.schema(forName: sheet.name), diagnostics: &diagnostics)
        }
        for (n, sheet) in additionalMemberships.enumerated() {
            out[additionalMembershipsKey(n)] = grid(sheet, file: file, schema: .memberships, diagnostics: &diagnostics)
        }
        return out
    }

    /// The key of the `n`th sheet of memberships after the first (numbered from 0) in
    /// the tables ``tables(in:file:implied:single:diagnostics:)`` returns.
    static func additionalMembershipsKey(_ n: Int) -> String { TableSchema.memberships.file + "#\(n + 1)" }

    /// The tables of a Kumu workbook (``KumuTables``): one with a visible sheet named
    /// « Elements » (and « Connections ») and no sheet named like a table; nil otherwise.
    /// Sheets whose name holds « (ignore) » are skipped, as Kumu does.
    static func kumuTables(_ workbook: Workbook, file: String, diagnostics: inout [Diagnostic]) -> KumuTables.Result? {
        let visible = workbook.sheets.filter { !$0.isHidden }
        func word(_ sheet: WorkbookSheet) -> String { TableNames.leadingWord(of: sheet.name) ?? "" }
        guard let elements = visible.first(where: { KumuTables.elementWords.contains(word($0)) }),
              !visible.contains(where: { TableNames.schema(forName: $0.name) != nil }) else { return nil }
        let connections = visible.first { KumuTables.connectionWords.contains(word($0)) }
        for sheet in visible where sheet.name != elements.name && sheet.name != connections?.name && !notes.contains(word(sheet))
            && !sheet.name.lowercased().contains("(ignore)") {
            diagnostics.append(.warning(LocalizedText(
                fr: "feuille non lue : un classeur Kumu se lit dans ses feuilles Elements et Connections",
                en: "sheet not read: a Kumu workbook is read from its Elements and Connections sheets"), file: file, at: CellPosition(sheet: sheet.name)))
        }
        return KumuTables.tables(
            elements: grid(elements, file: file, diagnostics: &diagnostics), elementsFile: file,
            connections: connections.map { grid($0, file: file, diagnostics: &diagnostics) }, connectionsFile: file, diagnostics: &diagnostics)
    }

    /// " (and 3 more cells in this sheet)", or nothing when `others` is 0.
    static func moreInSheet(_ others: Int) -> LocalizedText {
        guard others > 0 else { return .empty }
        return LocalizedText(
            fr: " (et \(others) autre\(others > 1 ? "s" : "") cellule\(others > 1 ? "s" : "") dans cette feuille)",
            en: " (and \(others) more cells in this sheet)")
    }

    /// The grid of `sheet`, its cells screened; its header is looked for below title
    /// rows when `schema` is given.
    static func grid(
        _ sheet: WorkbookSheet, file: String, schema: TableSchema? = nil, isHeader: (([String]) -> Bool)? = nil,
        placeholders: [WorkbookCell] = [], diagnostics: inout [Diagnostic]
    ) -> SheetGrid {
        var control: (WorkbookCell, UInt32)?, controls = 0
        var bidi: (WorkbookCell, UInt32)?, bidis = 0
        for cell in sheet.cells {
            for scalar in cell.text.unicodeScalars {
                let v = scalar.value
                if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) {
                    controls += 1
                    if control == nil { control = (cell, v) }
                    break
                }
                if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                    bidis += 1
                    if bidi == nil { bidi = (cell, v) }
                    break
                }
            }
        }
        if let (cell, scalar) = control {
            let more = moreInSheet(controls - 1)
            diagnostics.append(.error(LocalizedText(
                fr: "caractère de contrôle \(TextScreening.codePoint(scalar)) dans le texte\(more.fr) : il ne s'imprime pas et n'est admis ni en SVG ni en HTML ; retirez-le",
                en: "control character \(TextScreening.codePoint(scalar)) in the text\(more.en): it is not printable and not allowed in SVG or HTML; remove it"),
                file: file, at: .cell(sheet: sheet.name, row: cell.row, column: cell.column)))
        }
        if let (cell, scalar) = bidi {
            let more = moreInSheet(bidis - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "caractère invisible de contrôle bidirectionnel \(TextScreening.codePoint(scalar))\(more.fr) : il peut faire afficher un nom dans un autre ordre que celui où il est écrit ; un texte de droite à gauche n'en a pas besoin",
                en: "invisible bidirectional control character \(TextScreening.codePoint(scalar))\(more.en): it can make a name display in another order than it is written; right-to-left text needs none"),
                file: file, at: .cell(sheet: sheet.name, row: cell.row, column: cell.column)))
        }
        if let first = sheet.uncalculated.first {
            let more = moreInSheet(sheet.uncalculated.count - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "formule sans valeur calculée\(more.fr) : le classeur a été écrit par un programme, pas enregistré par un tableur, et la cellule est lue vide ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le",
                en: "formula without a computed value\(more.en): the workbook was written by a program, not saved by a spreadsheet, and the cell reads as empty; open it in Excel or LibreOffice and save it"),
                file: file, at: .cell(sheet: sheet.name, row: first.row, column: first.column)))
        }
        if let warning = PlaceholderCells.warning(placeholders, in: sheet, file: file) { diagnostics.append(warning) }
        let grid = SheetGrid(sheet: sheet, isHeader: isHeader ?? schema.map { schema in { Table.isHeader(of: schema, $0) } })
        if let outside = grid.outsideHeader {
            let others = outside.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "une valeur dans une colonne sans en-tête\(others > 0 ? " (et \(others) autre\(others > 1 ? "s" : ""))" : "") : elle n'est pas lue ; donnez un en-tête à la colonne ou videz-la",
                en: "a value in a column without a header\(others > 0 ? " (and \(others) more)" : ""): it is not read; give the column a header or clear it"),
                file: file, at: .cell(sheet: sheet.name, row: outside.row, column: outside.column)))
        }
        return grid
    }
}
