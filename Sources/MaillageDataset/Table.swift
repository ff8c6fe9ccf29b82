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
            return CSVField(value: "", line: record.line, column: record.endColumn)
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
    static func read(
        _ schema: TableSchema, in folder: URL, encoding: TextEncoding, diagnostics: inout [Diagnostic]
    ) -> (table: Table?, exists: Bool) {
        let url = folder.appendingPathComponent(schema.file)
        let file = schema.file
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, false) }
        guard var bytes = FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }) else {
            diagnostics.append(.error("cannot be read (permissions?)", file: file))
            return (nil, true)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            let hint = bytes.count > 1 && (bytes[0] == 0xFF || bytes[0] == 0xFE)
                ? " (it looks like UTF-16: re-save the file as CSV UTF-8)" : " (is it a spreadsheet file renamed .csv? export it as CSV UTF-8)"
            diagnostics.append(.error("binary content: a NUL byte, not text\(hint)", file: file, line: line, column: column))
            return (nil, true)
        }
        switch encoding {
        case .utf8:
            if let bad = TextDecoding.firstInvalidUTF8(in: bytes) {
                let (line, column) = position(ofByte: bad, in: bytes)
                let byte = String(bytes[bad], radix: 16, uppercase: true)
                diagnostics.append(.error(
                    "not valid UTF-8 (byte 0x\(byte)); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252",
                    file: file, line: line, column: column))
                return (nil, true)
            }
        case .windows1252:
            bytes = TextDecoding.utf8(fromWindows1252: bytes)
        }
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
        for (index, cell) in header.fields.enumerated() {
            let name = cell.value.trimmingSpaces().lowercased()
            if name.isEmpty { continue }
            if let first = columns[name] {
                diagnostics.append(.error(
                    "duplicate column \"\(name)\" (already column \(first + 1) of the header)",
                    file: file, line: cell.line, column: cell.column))
                continue
            }
            if !schema.allColumns.contains(name) {
                let nearest = Vocabulary.nearest(to: name, in: schema.allColumns)
                let hint = nearest.map { " (did you mean \"\($0)\"?)" } ?? ""
                diagnostics.append(.warning(
                    "unknown column \"\(name)\" is ignored\(hint); known columns: \(schema.allColumns.joined(separator: ", "))",
                    file: file, line: cell.line, column: cell.column))
            }
            columns[name] = index
        }
        var missing = false
        for column in schema.required where columns[column] == nil {
            diagnostics.append(.error(
                "missing required column \"\(column)\" in the header (found: \(header.fields.map(\.value).joined(separator: ", ")))",
                file: file, line: header.line, column: 1))
            missing = true
        }
        if missing { return (nil, true) }
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
                    "\(record.fields.count) cells where the header has \(header.fields.count) (missing from column \"\(header.fields[record.fields.count].value)\" on)",
                    file: file, line: record.line, column: record.endColumn))
            }
            rows.append(Row(record: record, columns: columns, file: file))
        }
        if rows.isEmpty {
            diagnostics.append(.warning("no rows: the file holds a header only", file: file, line: 2, column: 1))
        }
        return (Table(schema: schema, rows: rows), true)
    }

    /// 1-based line and character column of byte `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var k = 0
        while k < offset {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 }
            else if b == 0x0D { if k + 1 < bytes.count, bytes[k + 1] == 0x0A { } else { line += 1; column = 1 } }
            else if b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (line, column)
    }
}
