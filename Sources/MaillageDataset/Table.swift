import Foundation

/// A dataset file read and checked against its ``TableSchema``: rows addressed by column.
///
/// Cells stay in the ``CSVDocument``'s byte storage until read: a ``Row`` names a
/// record, a ``Cell`` holds one cell's text and finds its line and column only when a
/// message asks. Column names are looked up once per file (``column(_:)``), not per row.
final class Table: Sendable {
    /// One cell of a row: its text, and where it lies for messages.
    struct Cell {
        /// The cell's text: unquoted, trimmed of spaces when unquoted.
        let value: String
        fileprivate let document: CSVDocument
        /// The cell's index in the document; for a cell missing from a short row,
        /// `-1 - record`, located at the record's end.
        fileprivate let index: Int

        /// 1-based line and column (in characters) of the cell's first character.
        var position: (line: Int, column: Int) {
            index >= 0 ? document.position(ofCell: index) : document.endPosition(ofRecord: -1 - index)
        }
        var line: Int { index >= 0 ? document.line(ofCell: index) : document.endPosition(ofRecord: -1 - index).line }
        var column: Int { position.column }
    }

    /// One data row: a record of the document.
    struct Row {
        let table: Table
        let record: Int

        /// The cell of `column`, or nil when the file has no such column.
        /// A row shorter than the header reads as empty cells (already reported).
        func field(_ column: Int?) -> Cell? {
            guard let column else { return nil }
            let cells = table.document.cellRange(ofRecord: record)
            if column < cells.count {
                let index = cells.lowerBound + column
                return Cell(value: table.document.text(ofCell: index), document: table.document, index: index)
            }
            return Cell(value: "", document: table.document, index: -1 - record)
        }

        /// The cell of the column named `name` (lower case), or nil when the file has none.
        func field(_ name: String) -> Cell? { field(table.column(name)) }

        /// The trimmed text of `column`, empty when absent.
        func value(_ column: Int?) -> String {
            guard let column else { return "" }
            let cells = table.document.cellRange(ofRecord: record)
            guard column < cells.count else { return "" }
            return table.document.text(ofCell: cells.lowerBound + column).trimmingSpaces()
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

        /// The file's name.
        var file: String { table.file }

        /// 1-based line where the row starts.
        var line: Int { table.document.line(ofRecord: record) }
    }

    let schema: TableSchema
    let document: CSVDocument
    /// Header names (trimmed, lower case) and their column index; the first of duplicates wins.
    let columns: [String: Int]
    /// Indices of the data records: every record after the header but blank ones.
    let records: [Int]

    init(schema: TableSchema, document: CSVDocument, columns: [String: Int], records: [Int]) {
        self.schema = schema
        self.document = document
        self.columns = columns
        self.records = records
    }

    var file: String { schema.file }

    /// The index of the column named `name` (lower case), nil when the file has none.
    func column(_ name: String) -> Int? { columns[name] }

    /// The data rows, in file order.
    var rows: [Row] { records.map { Row(table: self, record: $0) } }

    /// What fetching a dataset file gave: nothing (absent), a failure already reported,
    /// or its bytes as stored.
    enum Fetched {
        case missing
        case unusable
        case bytes([UInt8])

        /// The bytes, when the file was read.
        var bytes: [UInt8]? {
            if case .bytes(let bytes) = self { return bytes }
            return nil
        }
    }

    /// Reads the bytes of `schema.file` in `folder`. It must be a regular file (not a
    /// folder, device or pipe), readable, and under ``CSVReader/maximumByteCount``.
    static func fetch(_ schema: TableSchema, in folder: URL, diagnostics: inout [Diagnostic]) -> Fetched {
        let url = folder.appendingPathComponent(schema.file)
        let file = schema.file
        switch TextScreening.kind(ofFileAt: url.path) {
        case .missing: return .missing
        case .folder:
            diagnostics.append(.error("is a folder, not a CSV file", file: file))
            return .unusable
        case .other:
            diagnostics.append(.error("is not a regular file (a device, pipe or socket): a dataset file must be a CSV file", file: file))
            return .unusable
        case .regular: break
        }
        switch TextScreening.contents(ofFileAt: url.path) {
        case .success(let bytes):
            guard bytes.count <= CSVReader.maximumByteCount else {
                diagnostics.append(.error("is over 4 GiB: too large for a dataset file", file: file))
                return .unusable
            }
            return .bytes(bytes)
        case .failure(.system(let reason)):
            diagnostics.append(.error("cannot be read: \(reason)", file: file))
        case .failure(.notRegular(.missing)):
            return .missing
        case .failure(.notRegular):
            // Replaced between the two looks: report it like the first look would have.
            diagnostics.append(.error("is not a regular file (a device, pipe or socket): a dataset file must be a CSV file", file: file))
        }
        return .unusable
    }

    /// Parses the bytes of a dataset file; nil when it cannot be used (reported).
    ///
    /// In order: its bytes must decode as `encoding` with no control character
    /// (``TextScreening``); the CSV must parse (``CSVReader``); the header must hold
    /// every required column once; each row must have as many cells as the header;
    /// cells are checked for size and personal data (``CellChecks``).
    static func parse(
        _ schema: TableSchema, bytes raw: [UInt8], encoding: TextEncoding, diagnostics: inout [Diagnostic]
    ) -> Table? {
        let file = schema.file
        guard let bytes = TextScreening.decode(raw, as: encoding, file: file, diagnostics: &diagnostics) else { return nil }
        _ = TextScreening.checkCharacters(bytes, file: file, diagnostics: &diagnostics)
        _ = TextLimits.checkNoncharacters(bytes, file: file, diagnostics: &diagnostics)  // issue 19, item 7
        let document = CSVReader.read(bytes)
        for problem in document.problems {
            diagnostics.append(.error(problem.message, file: file, line: problem.line, column: problem.column))
        }
        guard document.recordCount > 0 else {
            diagnostics.append(.error("empty file: a header row is expected (\(schema.allColumns.joined(separator: ", ")))", file: file, line: 1, column: 1))
            return nil
        }
        // Header: known columns, required ones present, no duplicate.
        let header = document.record(0)
        var columns: [String: Int] = [:]
        var contactColumns: Set<Int> = []
        for (index, cell) in header.fields.enumerated() {
            let name = cell.value.trimmingSpaces().lowercased()
            if name.isEmpty { continue }
            if let first = columns[name] {
                diagnostics.append(.error(
                    "duplicate column \"\(name.excerpt)\" (already column \(first + 1) of the header)",
                    file: file, line: cell.line, column: cell.column))
                continue
            }
            if !schema.allColumns.contains(name) {
                if CellChecks.isContactColumn(name) {
                    contactColumns.insert(index)
                    diagnostics.append(.warning(
                        "column \"\(name.excerpt)\" looks like personal data (e-mail, phone or contact); datasets leave it out: remove the column (Maillage ignores it), or publish with --redact",
                        file: file, line: cell.line, column: cell.column))
                } else {
                    let nearest = Vocabulary.nearest(to: name, in: schema.allColumns)
                    let hint = nearest.map { " (did you mean \"\($0)\"?)" } ?? ""
                    diagnostics.append(.warning(
                        "unknown column \"\(name.excerpt)\" is ignored\(hint); known columns: \(schema.allColumns.joined(separator: ", "))",
                        file: file, line: cell.line, column: cell.column))
                }
            }
            columns[name] = index
        }
        var missing = false
        for column in schema.required where columns[column] == nil {
            diagnostics.append(.error(
                "missing required column \"\(column)\" in the header (found: \(header.fields.map(\.value).joined(separator: ", ").excerpt))",
                file: file, line: header.line, column: 1))
            missing = true
        }
        if missing { return nil }
        let width = header.fields.count
        var cells = CellChecks(file: file, columnNames: header.fields.map { $0.value.trimmingSpaces() }, skipped: contactColumns)
        var records: [Int] = []
        records.reserveCapacity(document.recordCount - 1)
        for r in 1..<document.recordCount {
            let range = document.cellRange(ofRecord: r)
            if range.allSatisfy(document.isBlank) { continue }
            if range.count > width {
                let extra = range.lowerBound + width
                let (line, column) = document.position(ofCell: extra)
                diagnostics.append(.error(
                    "\(range.count) cells where the header has \(width): extra cell \"\(document.text(ofCell: extra).prefix(40))\" (a delimiter inside a cell must be quoted)",
                    file: file, line: line, column: column))
            } else if range.count < width {
                let (line, column) = document.endPosition(ofRecord: r)
                diagnostics.append(.error(
                    "\(range.count) cells where the header has \(width) (missing from column \"\(header.fields[range.count].value.excerpt)\" on)"
                        + mixedDelimiterHint(document.record(r), header: header, delimiter: document.delimiter),
                    file: file, line: line, column: column))
            }
            cells.check(record: r, of: document)
            records.append(r)
        }
        diagnostics += cells.diagnostics(in: document)
        if records.isEmpty {
            // On the line after the header, where rows are expected, or at the header's end
            // when the file stops there.
            let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
            let (line, column) = endsWithBreak || document.recordCount > 1 ? (header.endLine + 1, 1) : (header.endLine, header.endColumn)
            diagnostics.append(.warning("no rows: the file holds a header only", file: file, line: line, column: column))
        }
        return Table(schema: schema, document: document, columns: columns, records: records)
    }

    /// A hint for a short row that holds the other delimiter where cells are missing:
    /// `a;b;c` under the header `cooperation,actor,role`.
    static func mixedDelimiterHint(_ record: CSVRecord, header: CSVRecord, delimiter: CSVDelimiter) -> String {
        let other: CSVDelimiter = delimiter == .comma ? .semicolon : .comma
        let mark = Character(Unicode.Scalar(other.rawValue))
        let found = record.fields.reduce(0) { $0 + $1.value.filter { $0 == mark }.count }
        guard found >= header.fields.count - record.fields.count else { return "" }
        let own = Character(Unicode.Scalar(delimiter.rawValue))
        return "; this row seems to use \"\(mark)\" as its delimiter while the header uses \"\(own)\": use one delimiter throughout the file"
    }

    /// 1-based line and character column of byte `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        TextScreening.position(ofByte: offset, in: bytes)
    }
}
