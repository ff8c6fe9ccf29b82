import Foundation

/// A dataset file read and checked against its ``TableSchema``: rows addressed by column name.
struct Table {
    struct Row {
        var record: CSVRecord
        var columns: [String: Int]
        var file: String

        /// The cell of `column`, or nil when the file has no such column.
        /// A row shorter than the header reads as empty cells (already reported).
        func field(_ column: String) -> CSVField? {
            guard let index = columns[column] else { return nil }
            if index < record.fields.count { return record.fields[index] }
            return CSVField(value: "", line: record.endLine, column: record.endColumn)
        }

        /// The trimmed text of `column`, empty when absent.
        func value(_ column: String) -> String { field(column)?.value.trimmingSpaces() ?? "" }

        /// The `|`-separated values of `column`, trimmed, empty ones dropped.
        func values(_ column: String) -> [String] {
            value(column).split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }

        var line: Int { record.line }
    }

    var schema: TableSchema
    var rows: [Row]

    /// Reads `file` from `folder`. Returns nil when the file is absent; a file that
    /// exists but cannot be used yields diagnostics and nil.
    ///
    /// In order: the file must be a regular file (not a folder, device or pipe) and
    /// readable; its bytes must decode as `encoding` with no control character
    /// (``TextScreening``); the CSV must parse (``CSVReader``); the header must hold
    /// every required column once; each row must have as many cells as the header;
    /// cells are checked for size and personal data (``CellChecks``).
    static func read(
        _ schema: TableSchema, in folder: URL, encoding: TextEncoding, diagnostics: inout [Diagnostic]
    ) -> (table: Table?, exists: Bool) {
        let url = folder.appendingPathComponent(schema.file)
        let file = schema.file
        switch TextScreening.kind(ofFileAt: url.path) {
        case .missing: return (nil, false)
        case .folder:
            diagnostics.append(.error("is a folder, not a CSV file", file: file))
            return (nil, true)
        case .other:
            diagnostics.append(.error("is not a regular file (a device, pipe or socket): a dataset file must be a CSV file", file: file))
            return (nil, true)
        case .regular: break
        }
        let raw: [UInt8]
        switch TextScreening.contents(ofFileAt: url.path) {
        case .success(let bytes): raw = bytes
        case .failure(.system(let reason)):
            diagnostics.append(.error("cannot be read: \(reason)", file: file))
            return (nil, true)
        case .failure(.notRegular):
            // Replaced between the two looks: report it like the first look would have.
            diagnostics.append(.error("is not a regular file (a device, pipe or socket): a dataset file must be a CSV file", file: file))
            return (nil, true)
        }
        guard let bytes = TextScreening.decode(raw, as: encoding, file: file, diagnostics: &diagnostics) else { return (nil, true) }
        _ = TextScreening.checkCharacters(bytes, file: file, diagnostics: &diagnostics)
        let document = CSVReader.read(bytes)
        for problem in document.problems {
            diagnostics.append(.error(problem.message, file: file, line: problem.line, column: problem.column))
        }
        guard let header = document.records.first else {
            diagnostics.append(.error("empty file: a header row is expected (\(schema.allColumns.joined(separator: ", ")))", file: file, line: 1, column: 1))
            return (nil, true)
        }
        // Header: known columns, required ones present, no duplicate.
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
        if missing { return (nil, true) }
        var cells = CellChecks(file: file, columnNames: header.fields.map { $0.value.trimmingSpaces() }, skipped: contactColumns)
        var rows: [Row] = []
        for record in document.records.dropFirst() {
            if record.fields.allSatisfy({ $0.value.trimmingSpaces().isEmpty }) { continue }
            if record.fields.count > header.fields.count {
                let extra = record.fields[header.fields.count]
                diagnostics.append(.error(
                    "\(record.fields.count) cells where the header has \(header.fields.count): extra cell \"\(extra.value.prefix(40))\" (a delimiter inside a cell must be quoted)",
                    file: file, line: extra.line, column: extra.column))
            } else if record.fields.count < header.fields.count {
                diagnostics.append(.error(
                    "\(record.fields.count) cells where the header has \(header.fields.count) (missing from column \"\(header.fields[record.fields.count].value.excerpt)\" on)"
                        + mixedDelimiterHint(record, header: header, delimiter: document.delimiter),
                    file: file, line: record.endLine, column: record.endColumn))
            }
            cells.check(record, diagnostics: &diagnostics)
            rows.append(Row(record: record, columns: columns, file: file))
        }
        diagnostics += cells.warnings()
        if rows.isEmpty {
            // On the line after the header, where rows are expected, or at the header's end
            // when the file stops there.
            let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
            let (line, column) = endsWithBreak || document.records.count > 1 ? (header.endLine + 1, 1) : (header.endLine, header.endColumn)
            diagnostics.append(.warning("no rows: the file holds a header only", file: file, line: line, column: column))
        }
        return (Table(schema: schema, rows: rows), true)
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
