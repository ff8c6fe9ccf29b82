import MaillageSupport
import MaillageModel

/// A dataset table read from a ``CellGrid`` and checked against its ``TableSchema``:
/// rows addressed by column.
///
/// Cells stay in the grid's storage until read: a ``Row`` names a record, a ``Cell``
/// holds one cell's text and finds its position only when a message asks. Column
/// names are looked up once per table (``column(_:)``), not per row. Nothing here
/// knows the input's format: a CSV file and a sheet are checked alike.
final class Table: Sendable {
    /// One cell of a row: its text, and where it lies for messages.
    struct Cell {
        /// The cell's text: unquoted, trimmed of spaces when unquoted.
        let value: String
        fileprivate let grid: any CellGrid
        /// The cell's index in the grid; for a cell missing from a short row,
        /// `-1 - record`, located at the record's end.
        fileprivate let index: Int

        /// Where the cell's first character lies.
        var position: CellPosition {
            index >= 0 ? grid.position(ofCell: index) : grid.endPosition(ofRecord: -1 - index)
        }
    }

    /// One data row: a record of the grid.
    struct Row {
        let table: Table
        let record: Int

        /// The cell of `column`, or nil when the table has no such column.
        /// A row shorter than the header reads as empty cells (already reported).
        func field(_ column: Int?) -> Cell? {
            guard let column else { return nil }
            let grid = table.grid
            let cells = grid.cellRange(ofRecord: record)
            if column < cells.count {
                let index = cells.lowerBound + column
                return Cell(value: grid.text(ofCell: index), grid: grid, index: index)
            }
            return Cell(value: "", grid: grid, index: -1 - record)
        }

        /// Calls `body` with the bytes of the cell of `column` (as ``CellGrid/withBytes(ofCell:_:)``
        /// gives them); nil when the table has no such column or the row is shorter.
        func withBytes<R>(_ column: Int?, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            guard let column else { return nil }
            let cells = table.grid.cellRange(ofRecord: record)
            guard column < cells.count else { return nil }
            return table.grid.withBytes(ofCell: cells.lowerBound + column, body)
        }

        /// Whether the cell of `column` is absent or blank (spaces and tabs only).
        func isBlank(_ column: Int?) -> Bool {
            withBytes(column) { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } } ?? true
        }

        /// The cell of the column named `name` (lower case), or nil when the table has none.
        func field(_ name: String) -> Cell? { field(table.column(name)) }

        /// The trimmed text of `column`, empty when absent.
        func value(_ column: Int?) -> String {
            guard let column else { return "" }
            let cells = table.grid.cellRange(ofRecord: record)
            guard column < cells.count else { return "" }
            return table.grid.text(ofCell: cells.lowerBound + column).trimmingSpaces()
        }

        /// The trimmed text of the column named `name`, empty when absent.
        func value(_ name: String) -> String { value(table.column(name)) }

        /// The `|`-separated values of `column`, trimmed, empty ones dropped.
        func values(_ column: Int?) -> [String] {
            let text = value(column)
            if text.isEmpty { return [] }
            if !text.utf8.contains(0x7C) { return [text] }
            return text.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }

        /// The territories the row names: its `territories` column, then each column
        /// of one level (« Commune », « EPCI »…), without repeats.
        func territories() -> [String] {
            let columns = table.territoryColumns
            if columns.count == 1 { return values(columns[0].index) }
            var out: [String] = []
            for column in columns {
                for id in values(column.index) where !out.contains(id) { out.append(id) }
            }
            return out
        }

        /// The table's file name, as diagnostics give it.
        var file: String { table.file }

        /// Where the row starts.
        var start: CellPosition { table.grid.start(ofRecord: record) }
    }

    let schema: TableSchema
    /// The name diagnostics give the file the table is in.
    let file: String
    let grid: any CellGrid
    /// The schema's column names (``TableSchema/column(named:)``) and their column index; the first of duplicates wins.
    let columns: [String: Int]
    /// Indices of the data records: every record after the header but blank ones.
    let records: [Int]

    /// The columns naming territories: `territories` (no level) and the level columns, in header order.
    let territoryColumns: [(index: Int, level: TerritoryLevel?)]

    /// Whether the table has no `id` column and its names serve as ids.
    let idsFromNames: Bool

    init(schema: TableSchema, file: String, grid: any CellGrid, columns: [String: Int], records: [Int], idsFromNames: Bool = false) {
        self.idsFromNames = idsFromNames
        var territoryColumns: [(index: Int, level: TerritoryLevel?)] = []
        for (name, index) in columns {
            if name == "territories" {
                territoryColumns.append((index, nil))
            } else if name.hasPrefix("territories:"), let level = TerritoryLevel(rawValue: String(name.dropFirst("territories:".count))) {
                territoryColumns.append((index, level))
            }
        }
        self.territoryColumns = territoryColumns.sorted { $0.index < $1.index }
        self.schema = schema
        self.file = file
        self.grid = grid
        self.columns = columns
        self.records = records
    }

    /// The index of the column named `name` (lower case), nil when the table has none.
    func column(_ name: String) -> Int? { columns[name] }

    /// The header of column `index` as written, without surrounding spaces ("" when none).
    func header(ofColumn index: Int) -> String {
        guard grid.recordCount > 0 else { return "" }
        let header = grid.cellRange(ofRecord: 0)
        return index < header.count ? grid.text(ofCell: header.lowerBound + index).trimmingSpaces() : ""
    }

    /// How a French message names column `index`, read as the schema's `key`: the
    /// header as the user wrote it, quoted (« Depuis », « Réseau / coopération »), or
    /// the key itself when the header is the key (`since`) or says nothing; in a table a
    /// reader rebuilt (``MappedGrid``), whose keys the user never wrote, the column's
    /// French name (``TableSchema/frenchName(of:)``).
    func frenchName(ofColumn index: Int?, key: String) -> String {
        guard let index, grid.recordCount > 0 else { return key }
        let header = grid.cellRange(ofRecord: 0)
        guard index < header.count else { return key }
        let title = grid.text(ofCell: header.lowerBound + index).trimmingSpaces()
        // A table a reader rebuilt (a survey's ties, a Kumu workbook) titles its columns with
        // the schema's keys, which the user never wrote: the column's French name instead.
        if title.lowercased() == key, grid is MappedGrid { return TableSchema.frenchName(of: key) }
        return title.isEmpty || title.lowercased() == key ? key : "« \(title.excerpt) »"
    }

    /// The data rows, in table order (made as they are walked: no array of them).
    var rows: LazyMapSequence<[Int], Row> { records.lazy.map { Row(table: self, record: $0) } }

    /// "line 4" (CSV) or "row 4" (sheet): where record `r` starts, for messages that
    /// refer to another row.
    func rowDescription(ofRecord r: Int) -> LocalizedText { grid.start(ofRecord: r).rowText }

    /// Whether the header of `grid` holds every required column of `schema` (under
    /// any of their names): what tells a memberships table from a cooperations table
    /// when a file's name says « Coopérations » but its columns are « Structure;Coopération;Rôle ».
    static func fits(_ schema: TableSchema, grid: any CellGrid, header: Int = 0) -> Bool {
        guard grid.recordCount > header else { return false }
        return isHeader(of: schema, grid.cellRange(ofRecord: header).map(grid.text(ofCell:)))
    }

    /// Whether `texts` name every required column of `schema` (under any of their names).
    static func isHeader(of schema: TableSchema, _ texts: [String]) -> Bool {
        var found: Set<String> = []
        for text in texts {
            if let column = schema.column(named: text.trimmingSpaces().lowercased()) { found.insert(column) }
        }
        if schema.bareNameActorColumn(texts) != nil { found.insert("actor") }
        if found.contains("name") { found.insert("id") }
        return schema.required.allSatisfy(found.contains)
    }

    /// The indices of `schema`'s columns in record `r` of `grid` (the first cell naming
    /// each), by column name.
    static func columnIndices(of schema: TableSchema, in grid: any CellGrid, record r: Int = 0) -> [String: Int] {
        var found: [String: Int] = [:]
        for (i, cell) in grid.cellRange(ofRecord: r).enumerated() {
            if let column = schema.column(named: grid.text(ofCell: cell).trimmingSpaces().lowercased()), found[column] == nil {
                found[column] = i
            }
        }
        if let actor = schema.bareNameActorColumn(grid.cellRange(ofRecord: r).map(grid.text(ofCell:))) { found["actor"] = actor }
        return found
    }

    /// "total row not read (and 2 more): it is not a data row", for `count` total rows.
    static func totalRowsSkipped(_ count: Int) -> LocalizedText {
        let more = count - 1
        return LocalizedText(
            fr: "ligne de total non lue\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : "") : ce n'est pas une ligne de données",
            en: "total row not read\(more > 0 ? " (and \(more) more)" : ""): it is not a data row")
    }

    /// "2 lines above the header (line 4) are not read: a title or a note".
    static func titleLinesSkipped(_ count: Int, header: CellPosition) -> LocalizedText {
        let fr = count == 1
            ? "une ligne au-dessus de l'en-tête (\(header.rowText.fr)) n'est pas lue : un titre ou une note"
            : "\(count) lignes au-dessus de l'en-tête (\(header.rowText.fr)) ne sont pas lues : un titre ou une note"
        let noun = header.isInSheet ? "row" : "line"
        let en = count == 1
            ? "1 \(noun) above the header (\(header.rowDescription)) is not read: a title or a note"
            : "\(count) \(noun)s above the header (\(header.rowDescription)) are not read: a title or a note"
        return LocalizedText(fr: fr, en: en)
    }

    /// First cells that make a row a spreadsheet's total row (as keys).
    static let totalWords: Set<String> = Set(["total", "totaux", "total général", "sous-total", "sous total", "grand total", "totals", "sum", "somme"].map(Vocabulary.key))

    /// Whether `text` says « Total » (``totalWords``, ignoring case, accents, spaces and
    /// punctuation). Most cells are names, long or not starting as any of those words, and
    /// are answered without folding them.
    static func saysTotal(_ text: String) -> Bool {
        guard text.utf8.count <= 48,
              let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              "tTsSgG".unicodeScalars.contains(first) else { return false }
        return totalWords.contains(Vocabulary.key(text))
    }

    /// Whether the cells `range` are a total row typed under the data: the first
    /// non-empty cell says « Total » (« Total général », « Sous-total »…) and a
    /// required column is empty, so that an actor named « Total » is still read.
    static func isTotalRow(_ range: Range<Int>, requiredIndices: [Int], grid: any CellGrid) -> Bool {
        guard let first = range.first(where: { !grid.isBlank($0) }),
              saysTotal(grid.text(ofCell: first)) else { return false }
        return requiredIndices.contains { range.lowerBound + $0 < range.upperBound && grid.isBlank(range.lowerBound + $0) }
    }

    /// The records of `body` (its header at record 0) that hold data, and the total rows
    /// under them: a blank record is skipped, one wider than the header allows is an error
    /// at its cell, one whose `keyColumn` says « Total » (« Sous-total »…) is a total row —
    /// for the layouts that read one row per pair or per cooperation (``TieList``,
    /// ``CooperationMemberColumns``). Totals are said with one warning.
    static func dataRecords(of body: any CellGrid, keyColumn: Int, headerNames: [String], file: String,
                            diagnostics: inout [Diagnostic]) -> (rows: [Int], totals: [Int]) {
        var rows: [Int] = [], totals: [Int] = []
        var short = ShortRows()
        defer { diagnostics += short.warnings(file: file) }
        for r in 1..<max(body.recordCount, 1) {
            let range = body.cellRange(ofRecord: r)
            if range.allSatisfy(body.isBlank) { continue }
            if let problem = body.widthProblem(ofRecord: r, headerNames: headerNames) {
                if problem.missingAtEndOnly, keyColumn < range.count {
                    short.note(problem)
                } else {
                    diagnostics.append(.error(problem.message, file: file, at: problem.position))
                    continue
                }
            }
            if range.lowerBound + keyColumn < range.upperBound,
               saysTotal(body.text(ofCell: range.lowerBound + keyColumn)) { totals.append(r); continue }
            rows.append(r)
        }
        if let total = totals.first {
            diagnostics.append(.warning(totalRowsSkipped(totals.count), file: file, at: body.start(ofRecord: total)))
        }
        return (rows, totals)
    }

    /// How many lines above which a header is looked for, when the first line is not one.
    static let titleLinesLimit = 10

    /// The records of `grid` that may be its header: among the first ``titleLinesLimit`` + 1,
    /// the first, and each later one that names more columns (``namedColumns(_:)``) than
    /// every record above it — title lines, a date, a note, a group row name fewer. A data
    /// row below the real header names no more than it, so it is never a candidate: in
    /// « Structure | Projet 1 | Rôle 1 » a row holding « membre » and « partenaire » stays data.
    /// - Complexity: O(width × candidates looked at).
    static func headerCandidates(in grid: any CellGrid) -> [Int] {
        headerCandidates(count: grid.recordCount) { namedColumns(grid.cellRange(ofRecord: $0).map(grid.text(ofCell:))) }
    }

    /// ``headerCandidates(in:)`` for `count` rows whose row `r` names `named(r)` columns
    /// (a sheet's rows before it is a grid, ``SheetGrid``).
    static func headerCandidates(count: Int, named: (Int) -> Int) -> [Int] {
        var out: [Int] = []
        var most = 0
        for r in 0..<min(count, titleLinesLimit + 1) {
            let n = named(r)
            if r == 0 || n > most { out.append(r) }
            most = max(most, n)
        }
        return out
    }

    /// The index of the header record for `schema` when it is not the first record: the
    /// first record that is one among the first ``titleLinesLimit`` + 1 (below a title, a
    /// date or a note typed above the header), or the record below it when that one is a
    /// header too and the first is a group row over it (``belowGroupRow(_:grid:accepts:)``).
    /// Nil when the first record is the header, or when no record is.
    static func headerBelowTitle(_ schema: TableSchema, grid: any CellGrid) -> Int? {
        guard grid.recordCount > 1,
              let first = headerCandidates(in: grid).first(where: { fits(schema, grid: grid, header: $0) })
        else { return nil }
        let header = belowGroupRow(first, grid: grid) { fits(schema, grid: grid, header: $0) }
        return header == 0 ? nil : header
    }

    /// The header record when record `r`, accepted as a header, may be a group row: the
    /// merged cells a spreadsheet puts above its real header to group its columns
    /// (« Projet » over « Nom du projet | Année », « Acteurs » over « Porteur |
    /// Partenaires »). It is `r + 1` when that record is accepted as a header too and
    /// names more columns than record `r` (``namedColumns(_:)``); `r` otherwise.
    /// - Complexity: O(width of the two records) plus the cost of `accepts`.
    static func belowGroupRow(_ r: Int, grid: any CellGrid, accepts: (Int) -> Bool) -> Int {
        guard r + 1 < grid.recordCount else { return r }
        func named(_ record: Int) -> Int { namedColumns(grid.cellRange(ofRecord: record).map(grid.text(ofCell:))) }
        return named(r + 1) > named(r) && accepts(r + 1) ? r + 1 : r
    }

    /// How many columns a header row names: its non-blank cells, a cell repeating the
    /// one on its left not counted. A merged cell is read as its text in every cell it
    /// covers in a workbook (« Projet | Projet | Acteurs | Acteurs »), as its first cell
    /// and blanks in a CSV file saved from one (« Projet;;Acteurs; »): either way, one name.
    static func namedColumns(_ texts: [String]) -> Int {
        var count = 0
        var previous = ""
        for text in texts {
            let name = text.trimmingSpaces()
            if !name.isEmpty && name != previous { count += 1 }
            previous = name
        }
        return count
    }

    /// Checks a grid against `schema`; nil when it cannot be used (reported).
    ///
    /// In order: title lines above the header are skipped (``headerBelowTitle(_:grid:)``, a
    /// warning); the grid must hold a header holding every required column once;
    /// each row must have as many cells as the header; cells are checked for size and
    /// personal data (``CellChecks``).
    /// `readElsewhere`: header cells read into another table (``InlineActorColumns``),
    /// not reported as unknown.
    static func check(
        _ schema: TableSchema, grid: any CellGrid, file: String, readElsewhere: Set<Int> = [], diagnostics: inout [Diagnostic]
    ) -> Table? {
        var grid = grid
        if let header = headerBelowTitle(schema, grid: grid) {
            diagnostics.append(.warning(titleLinesSkipped(header, header: grid.start(ofRecord: header)), file: file, at: grid.start(ofRecord: 0)))
            grid = RowsBelowTitleGrid(grid, skipping: header)
        }
        guard grid.recordCount > 0 else {
            let columns = schema.allColumns.joined(separator: ", ")
            diagnostics.append(.error(LocalizedText(
                fr: "fichier vide : une ligne d'en-tête est attendue (\(columns))",
                en: "empty file: a header row is expected (\(columns))"), file: file, at: grid.origin))
            return nil
        }
        // Header: known columns, required ones present, no duplicate.
        let headerCells = Array(grid.cellRange(ofRecord: 0))
        let headerTexts = headerCells.map(grid.text(ofCell:))
        let headerPositions = grid.positions(ofCells: headerCells)
        var columns: [String: Int] = [:]
        var unknownColumns: [String: Int] = [:]
        var contactColumns: Set<Int> = []
        var programColumns: [(written: String, position: CellPosition)] = []
        var historyColumns: [(written: String, position: CellPosition)] = []
        var registerColumns: [(written: String, position: CellPosition)] = []
        defer {
            if let first = programColumns.first {
                diagnostics.append(.warning(UnreadColumns.networkProgramMessage(programColumns.map(\.written)), file: file, at: first.position))
            }
            if let first = registerColumns.first {
                diagnostics.append(.warning(UnreadColumns.together(registerColumns.map(\.written), .registerField, because: UnreadColumns.registerFieldReason(plural: true)),
                                            file: file, at: first.position))
            }
            if let first = historyColumns.first {
                diagnostics.append(.warning(UnreadColumns.recordHistoryMessage(historyColumns.map(\.written)), file: file, at: first.position))
            }
        }
        // « Nom » beside « Réseau » and no « Structure »: the member's name.
        let bareNameActor = schema.bareNameActorColumn(headerTexts)
        for (index, text) in headerTexts.enumerated() {
            let name = text.trimmingSpaces().lowercased()
            if name.isEmpty { continue }
            let position = headerPositions[headerCells[index]] ?? grid.origin
            if index == bareNameActor {
                columns["actor"] = index
                diagnostics.append(.warning(LocalizedText(
                    fr: "colonne « \(text.trimmingSpaces().excerpt) » lue comme la structure membre, à côté de la coopération ; nommez-la « Structure » pour le dire",
                    en: "column \"\(text.trimmingSpaces().excerpt)\" read as the member structure, beside the cooperation; name it \"Structure\" to say so"),
                    file: file, at: position))
                continue
            }
            // « Statut » alone in a list of structures: their legal form, when its values say so.
            if schema.file == TableSchema.actors.file, columns["legal_form"] == nil, schema.column(named: name) == nil,
               LegalStatusColumn.isLegalForm(index, in: grid) {
                columns["legal_form"] = index
                diagnostics.append(.warning(LegalStatusColumn.message(written: text.trimmingSpaces().excerpt), file: file, at: position))
                continue
            }
            // « Statut » of « Adhérent », « Ancien adhérent » in a memberships table: where each membership stands.
            if schema.file == TableSchema.memberships.file, columns["standing"] == nil, schema.column(named: name) == nil,
               MembershipStanding.holdsStandings(index, in: grid) {
                columns["standing"] = index
                continue
            }
            guard let column = schema.column(named: name) else {
                if readElsewhere.contains(index) { continue }
                if let first = unknownColumns[name] {
                    // Two columns that are not read (« Remarques » twice, a merged title
                    // spread over the row): neither is read, nothing is ambiguous.
                    if headerTexts[index - 1].trimmingSpaces().lowercased() == name { continue }
                    diagnostics.append(.warning(LocalizedText(
                        fr: "colonne « \(text.trimmingSpaces().excerpt) » en double, ignorée comme la colonne \(first + 1) de l'en-tête",
                        en: "duplicate column \"\(name.excerpt)\" is ignored, as column \(first + 1) of the header is"), file: file, at: position))
                    continue
                }
                if let kind = UnreadColumns.kind(of: name) {
                    if kind == .networkProgram {
                        programColumns.append((text.trimmingSpaces().excerpt, position))  // said together below
                    } else if kind == .recordHistory {
                        historyColumns.append((text.trimmingSpaces().excerpt, position))  // likewise
                    } else if kind == .registerField {
                        registerColumns.append((text.trimmingSpaces().excerpt, position))  // likewise
                    } else {
                        diagnostics.append(.warning(UnreadColumns.message(kind, written: text.trimmingSpaces().excerpt), file: file, at: position))
                    }
                } else if CellChecks.isContactColumn(name) {
                    contactColumns.insert(index)
                    diagnostics.append(.warning(CellChecks.contactColumnMessage(text.trimmingSpaces(), english: name), file: file, at: position))
                } else {
                    // A column of another table (« Statut juridique » in a memberships table) is no typo of this one's.
                    let elsewhere = [TableSchema.actors, .cooperations, .memberships, .territories]
                        .contains { $0.file != schema.file && $0.column(named: name) != nil }
                    let nearest = elsewhere ? nil : Vocabulary.nearest(to: name, in: schema.allColumns)
                    let known = schema.allColumns.joined(separator: ", ")
                    let frenchKnown = schema.allColumns.map(TableSchema.frenchName(of:)).joined(separator: ", ")
                    let written = text.trimmingSpaces().excerpt
                    diagnostics.append(.warning(LocalizedText(
                        fr: "colonne inconnue « \(written) », ignorée\(nearest.map { " (vouliez-vous dire « \(TableSchema.frenchName(of: $0)) » ?)" } ?? "") ; colonnes connues : \(frenchKnown)",
                        en: "unknown column \"\(name.excerpt)\" is ignored\(nearest.map { " (did you mean \"\($0)\"?)" } ?? ""); known columns: \(known)"),
                        file: file, at: position))
                }
                unknownColumns[name] = index
                continue
            }
            // A field beside a better twin of the same header (``WeakerTwin``): the better one is read, the other said unread.
            if let first = columns[column], let twin = WeakerTwin.between(Vocabulary.key(name), Vocabulary.key(headerTexts[first])) {
                let (kept, dropped) = twin.fields.contains(Vocabulary.key(name)) ? (first, index) : (index, first)
                columns[column] = kept
                diagnostics.append(.warning(
                    twin.message(dropped: headerTexts[dropped].trimmingSpaces().excerpt, kept: headerTexts[kept].trimmingSpaces().excerpt, column: column),
                    file: file, at: headerPositions[headerCells[dropped]] ?? grid.origin))
                continue
            }
            if let first = columns[column], schema.columnWithoutNote(named: name) == nil {
                // « Nom (sigle) » beside « Nom »: read through its note only, so a column of its own, not read.
                let written = text.trimmingSpaces().excerpt
                diagnostics.append(.warning(LocalizedText(
                    fr: "colonne « \(written) » ignorée : la colonne \(first + 1) de l'en-tête donne déjà \(TableSchema.frenchName(of: column))",
                    en: "column \"\(written)\" is ignored: column \(first + 1) of the header already gives \(column)"), file: file, at: position))
                unknownColumns[name] = index
                continue
            }
            if let first = columns[column] {
                let plain = column == name || column.hasPrefix("territories:")
                diagnostics.append(.error(LocalizedText(
                    fr: "colonne « \(text.trimmingSpaces().excerpt) » en double : la colonne \(first + 1) de l'en-tête donne déjà \(plain && !column.hasPrefix("territories:") ? "cette colonne" : "« \(TableSchema.frenchName(of: column)) »") ; renommez ou retirez l'une des deux",
                    en: "duplicate column \"\(name.excerpt)\" (already column \(first + 1) of the header\(plain ? "" : ", read as \"\(column)\""))"),
                    file: file, at: position))
                continue
            }
            columns[column] = index
        }
        // A table of names without ids (« Structure;Type;Commune »): the names are the ids.
        var idsFromNames = false
        if columns["id"] == nil, schema.file == TableSchema.territories.file, let insee = columns["insee"] {
            columns["id"] = insee  // « Code INSEE;Nom;Niveau »: the codes are the ids
        } else if columns["id"] == nil, schema.required.contains("id"), let name = columns["name"] {
            columns["id"] = name
            idsFromNames = true
        }
        // « SIRET | Réseau »: memberships that name their structures by number alone (``RegisteredActors``).
        if columns["actor"] == nil, schema.file == TableSchema.memberships.file,
           let number = RegisteredActors.numberColumns.lazy.compactMap({ columns[$0] }).first {
            columns["actor"] = number
        }
        var missing = false
        for column in schema.required where columns[column] == nil {
            let found = headerTexts.joined(separator: ", ").excerpt
            diagnostics.append(.error(LocalizedText(
                fr: "colonne obligatoire « \(TableSchema.frenchName(of: column)) » absente de l'en-tête : nommez-la par exemple \(schema.frenchHeaders(of: column)) (trouvé : \(found))",
                en: "missing required column \"\(column)\" in the header (found: \(found))"),
                file: file, at: grid.start(ofRecord: 0)))
            missing = true
        }
        if missing { return nil }
        var cells = CellChecks(file: file, columnNames: headerTexts.map { $0.trimmingSpaces() }, skipped: contactColumns,
                               read: Set(columns.values).union(readElsewhere))
        var records: [Int] = []
        records.reserveCapacity(grid.recordCount - 1)
        let requiredIndices = schema.required.compactMap { columns[$0] }
        var totals: [Int] = []
        var short = ShortRows()
        for r in 1..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            if range.allSatisfy(grid.isBlank) { continue }
            if isTotalRow(range, requiredIndices: requiredIndices, grid: grid) {
                totals.append(r)
                continue
            }
            if range.count != headerTexts.count, let problem = grid.widthProblem(ofRecord: r, headerNames: headerTexts) {
                if problem.missingAtEndOnly, requiredIndices.allSatisfy({ $0 < range.count }) {
                    short.note(problem)
                } else {
                    diagnostics.append(.error(problem.message, file: file, at: problem.position))
                }
            }
            cells.check(record: r, of: grid)
            records.append(r)
        }
        if let first = totals.first {
            diagnostics.append(.warning(totalRowsSkipped(totals.count), file: file, at: grid.start(ofRecord: first)))
        }
        diagnostics += short.warnings(file: file)
        diagnostics += cells.diagnostics(in: grid)
        if records.isEmpty {
            diagnostics.append(.warning(LocalizedText(fr: "aucune ligne : le fichier ne contient qu'un en-tête", en: "no rows: the file holds a header only"), file: file, at: grid.positionAfterHeader))
        }
        return Table(schema: schema, file: file, grid: grid, columns: columns, records: records, idsFromNames: idsFromNames)
    }
}
