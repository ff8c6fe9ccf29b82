/// A problem the CSV reader found, located in the file.
public struct CSVProblem: Sendable, Hashable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// What reading a CSV file produced: its records, and the problems met on the way.
public struct CSVDocument: Sendable {
    public var delimiter: CSVDelimiter
    /// Every record, the header first. Blank lines are skipped.
    public var records: [CSVRecord]
    public var problems: [CSVProblem]
}

/// An RFC 4180 reader that keeps the line and column of every cell.
///
/// Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, comma or semicolon
/// delimiters (detected from the first record, see ``CSVDelimiter/detect(in:)``),
/// quoted cells holding delimiters, quotes (`""`) and line breaks. Unlike the CSV
/// packages at hand it reports, rather than swallows, an unterminated quote and
/// stray characters after a closing quote. Cells are trimmed of surrounding spaces
/// when unquoted; line breaks inside quoted cells read as `\n`. Columns count
/// characters, not bytes. A blank line is skipped, but a line holding only `""`
/// is a record of one empty cell.
///
/// Any bytes are accepted without trapping (invalid UTF-8 is decoded with
/// U+FFFD replacements); the loader checks encodings before calling it.
public enum CSVReader {
    /// Reads `bytes`, already valid UTF-8.
    /// - Complexity: O(bytes.count).
    public static func read(_ bytes: [UInt8], delimiter forced: CSVDelimiter? = nil) -> CSVDocument {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let delimiter = forced ?? CSVDelimiter.detect(in: bytes[start...])
        let sep = delimiter.rawValue
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []

        var line = 1
        var lineStart = start  // byte offset where the current physical line starts
        var i = start
        let n = bytes.count

        // Column of a byte offset: characters from the line start, counted as bytes that are
        // not UTF-8 continuation bytes. Offsets asked for only grow along a line, so a cursor
        // keeps the count linear in the line's length (a fresh count per cell would make a
        // long line of many cells quadratic).
        var cursorOffset = start, cursorColumn = 1
        func column(at offset: Int) -> Int {
            if cursorOffset < lineStart || cursorOffset > offset { cursorOffset = lineStart; cursorColumn = 1 }
            while cursorOffset < offset {
                if bytes[cursorOffset] & 0xC0 != 0x80 { cursorColumn += 1 }
                cursorOffset += 1
            }
            return cursorColumn
        }

        var fields: [CSVField] = []
        var recordLine = 1
        var field: [UInt8] = []

        while i < n {
            // Start of a record.
            fields.removeAll(keepingCapacity: true)
            recordLine = line
            var endOfRecord = false
            var endColumn = 1, endLine = line
            var onlyFieldQuoted = false
            while !endOfRecord {
                let fieldLine = line
                let fieldColumn = column(at: i)
                field.removeAll(keepingCapacity: true)
                var wasQuoted = false
                // Skip leading spaces before a quote.
                var j = i
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j < n, bytes[j] == 0x22 {
                    wasQuoted = true
                    let quoteLine = line, quoteColumn = column(at: j)
                    i = j + 1
                    var closed = false
                    while i < n {
                        let b = bytes[i]
                        if b == 0x22 {
                            if i + 1 < n, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                            i += 1; closed = true; break
                        }
                        if b == 0x0D || b == 0x0A {
                            // A line break inside quotes belongs to the cell, as "\n" whatever the file's line ends.
                            if b == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                            field.append(0x0A)
                            i += 1; line += 1; lineStart = i
                            continue
                        }
                        field.append(b); i += 1
                    }
                    if !closed {
                        problems.append(CSVProblem(
                            message: "unterminated quoted cell: the quote opened here is never closed (everything after it would be swallowed)",
                            line: quoteLine, column: quoteColumn))
                        // The swallowed record is dropped: only the records before it are usable.
                        return CSVDocument(delimiter: delimiter, records: records, problems: problems)
                    }
                    // After the closing quote: spaces, then a delimiter or a line end.
                    while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                    if i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D {
                        problems.append(CSVProblem(
                            message: "unexpected text after the closing quote of a cell (a quote inside a quoted cell must be doubled: \"\")",
                            line: line, column: column(at: i)))
                        while i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D { field.append(bytes[i]); i += 1 }
                    }
                } else {
                    while i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D {
                        field.append(bytes[i]); i += 1
                    }
                }
                var value = String(decoding: field, as: UTF8.self)
                if !wasQuoted { value = value.trimmingSpaces() }
                fields.append(CSVField(value: value, line: fieldLine, column: fieldColumn))
                if fields.count == 1 { onlyFieldQuoted = wasQuoted }
                // What ends the cell?
                if i < n, bytes[i] == sep {
                    i += 1
                    continue
                }
                endColumn = column(at: i)
                endLine = line
                if i < n, bytes[i] == 0x0D { i += 1 }
                if i < n, bytes[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
                endOfRecord = true
            }
            // A blank line is skipped; a lone quoted empty cell (`""`) is a record.
            let blank = fields.count == 1 && fields[0].value.isEmpty && !onlyFieldQuoted
            if !blank {
                records.append(CSVRecord(fields: fields, line: recordLine, endLine: endLine, endColumn: endColumn))
            }
        }
        return CSVDocument(delimiter: delimiter, records: records, problems: problems)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        // Fast path: most cells have nothing to trim.
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
