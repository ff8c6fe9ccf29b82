import MaillageSupport

/// An RFC 4180 reader that keeps where every cell lies, to locate messages by line
/// and column.
///
/// Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, comma, semicolon or tab
/// delimiters (detected from the first record, see ``CSVDelimiter/detect(in:)``),
/// quoted cells holding delimiters, quotes (`""`) and line breaks. Unlike the CSV
/// packages at hand it reports, rather than swallows, an unterminated quote and
/// stray characters after a closing quote. Cells are trimmed of surrounding spaces
/// when unquoted; line breaks inside quoted cells read as `\n`. Columns count
/// characters, not bytes. A blank line is skipped, but a line holding only `""`
/// is a record of one empty cell.
///
/// The reader makes no string: it records each cell's byte range in a
/// ``CSVDocument``, which decodes a cell when asked. Files must stay under 4 GiB
/// (``maximumByteCount``); the loader checks sizes before calling it.
///
/// Any bytes are accepted without trapping (invalid UTF-8 is decoded with
/// U+FFFD replacements); the loader checks encodings before calling it.
public enum CSVReader {
    /// The largest input the reader's 32-bit offsets address.
    public static let maximumByteCount = Int(UInt32.max) - 1

    /// Reads `bytes`, already valid UTF-8.
    /// - Precondition: `bytes.count <= maximumByteCount`.
    /// - Complexity: O(bytes.count).
    public static func read(_ bytes: [UInt8], delimiter forced: CSVDelimiter? = nil) -> CSVDocument {
        precondition(bytes.count <= maximumByteCount, "CSV input over 4 GiB")
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // « sep=; »: the line Excel reads as the delimiter to use, and writes in some exports.
        var hinted: CSVDelimiter?
        if let (delimiter, next) = separatorLine(bytes, from: start) {
            hinted = delimiter
            start = next
        }
        let delimiter = forced ?? hinted ?? CSVDelimiter.detect(in: bytes[start...])
        var parser = Parser(separator: delimiter.rawValue, start: start, count: bytes.count, firstLine: hinted == nil ? 1 : 2)
        bytes.withUnsafeBufferPointer { buffer in
            // Every cell ends at a delimiter, a line end or the end of the file, every
            // record at a line end or the end: bounds that spare all regrowth (a grown
            // array is copied, and its pages written twice).
            let (delimiters, lineEnds) = Self.count(delimiter.rawValue, in: UnsafeBufferPointer(rebasing: buffer[start...]))
            parser.cells.reserveCapacity(delimiters + lineEnds + 1)
            parser.records.reserveCapacity(lineEnds + 1)
            parser.recordCellStart.reserveCapacity(lineEnds + 2)
            parser.run(buffer)
        }
        parser.recordCellStart.append(UInt32(parser.cells.count))
        let storage = CSVStorage(
            bytes: bytes, cells: parser.cells, records: parser.records,
            recordCellStart: parser.recordCellStart, irregularTexts: parser.irregularTexts)
        return CSVDocument(delimiter: delimiter, problems: parser.problems, storage: storage)
    }

    /// The delimiter an Excel « sep=X » first line names (`,`, `;` or a tab), and where
    /// the next line starts; nil when the text does not start with one.
    static func separatorLine(_ bytes: [UInt8], from start: Int) -> (CSVDelimiter, Int)? {
        guard bytes.count >= start + 5 else { return nil }
        let prefix = bytes[start..<start + 4].map { $0 | 0x20 }
        guard prefix == Array("sep=".utf8), let delimiter = CSVDelimiter(rawValue: bytes[start + 4]) else { return nil }
        var next = start + 5
        guard next == bytes.count || bytes[next] == 0x0A || bytes[next] == 0x0D else { return nil }
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        if next < bytes.count, bytes[next] == 0x0A { next += 1 }
        return (delimiter, next)
    }

    /// The number of `delimiter` bytes and of line-end bytes (LF, CR) in `bytes`.
    /// - Complexity: O(bytes.count), branch-free.
    static func count(_ delimiter: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> (delimiters: Int, lineEnds: Int) {
        var delimiters = 0, lineEnds = 0
        for b in bytes {
            delimiters &+= b == delimiter ? 1 : 0
            lineEnds &+= (b == 0x0A ? 1 : 0) &+ (b == 0x0D ? 1 : 0)
        }
        return (delimiters, lineEnds)
    }

    /// The parsing state: cursor, line count, and the spans found so far.
    private struct Parser {
        let separator: UInt8
        let start: Int
        let count: Int
        /// The number of the line at `start` (2 after a « sep=; » line).
        let firstLine: Int
        var cells: [CSVStorage.Cell] = []
        var records: [CSVStorage.Record] = []
        var recordCellStart: [UInt32] = []
        var irregularTexts: [Int: String] = [:]
        var problems: [CSVProblem] = []

        init(separator: UInt8, start: Int, count: Int, firstLine: Int = 1) {
            self.separator = separator
            self.start = start
            self.count = count
            self.firstLine = firstLine
        }

        /// Line and column of `offset`, which lies on the physical line `line` starting at `lineStart`.
        func position(_ offset: Int, line: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> CSVProblem {
            var column = 1
            for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
            return CSVProblem(text: .empty, line: line, column: column)
        }

        mutating func problem(_ text: LocalizedText, at offset: Int, line: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            var p = position(offset, line: line, lineStart: lineStart, in: bytes)
            p.text = text
            problems.append(p)
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
            let n = count, sep = separator
            var line = firstLine
            var lineStart = start  // byte offset where the current physical line starts
            var i = start
            while i < n {
                // Start of a record, always at a line start.
                let recordStart = i, recordLine = line
                let firstCell = cells.count
                var onlyCellQuoted = false
                while true {
                    let origin = i
                    var wasQuoted = false
                    var cell = CSVStorage.Cell(start: UInt32(i), end: UInt32(i), origin: UInt32(i), flags: 0)
                    // Skip leading spaces before a quote.
                    var j = i
                    while j < n, bytes[j] == 0x20 || (bytes[j] == 0x09 && sep != 0x09) { j += 1 }
                    if j < n, bytes[j] == 0x22 {
                        wasQuoted = true
                        let quoteLine = line, quoteLineStart = lineStart
                        i = j + 1
                        cell.start = UInt32(i)
                        var closed = false
                        while i < n {
                            let b = bytes[i]
                            if b == 0x22 {
                                if i + 1 < n, bytes[i + 1] == 0x22 { cell.flags |= CSVStorage.needsUnescaping; i += 2; continue }
                                closed = true; break
                            }
                            if b == 0x0A || b == 0x0D {
                                // A line break inside quotes belongs to the cell, as "\n" whatever the file's line ends.
                                if b == 0x0D {
                                    cell.flags |= CSVStorage.needsUnescaping
                                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                                }
                                i += 1; line += 1; lineStart = i
                                continue
                            }
                            i += 1
                        }
                        if !closed {
                            problem(
                                LocalizedText(
                                    fr: "cellule entre guillemets jamais refermée : le guillemet ouvert ici n'est jamais fermé (tout ce qui suit serait avalé)",
                                    en: "unterminated quoted cell: the quote opened here is never closed (everything after it would be swallowed)"),
                                at: j, line: quoteLine, lineStart: quoteLineStart, in: bytes)
                            // The swallowed record is dropped: only the records before it are usable.
                            cells.removeSubrange(firstCell...)
                            return
                        }
                        cell.end = UInt32(i)
                        i += 1
                        // After the closing quote: spaces, then a delimiter or a line end.
                        while i < n, bytes[i] == 0x20 || (bytes[i] == 0x09 && sep != 0x09) { i += 1 }
                        if i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D {
                            problem(
                                LocalizedText(
                                    fr: "texte inattendu après le guillemet fermant d'une cellule (un guillemet dans une cellule entre guillemets doit être doublé : \"\")",
                                    en: "unexpected text after the closing quote of a cell (a quote inside a quoted cell must be doubled: \"\")"),
                                at: i, line: line, lineStart: lineStart, in: bytes)
                            let quotedPart = UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.end)])
                            var text = cell.flags & CSVStorage.needsUnescaping != 0
                                ? CSVStorage.unescaped(quotedPart) : Array(quotedPart)
                            while i < n, bytes[i] != sep, bytes[i] != 0x0A, bytes[i] != 0x0D { text.append(bytes[i]); i += 1 }
                            irregularTexts[cells.count] = String(decoding: text, as: UTF8.self)
                        }
                    } else {
                        while i < n {
                            let b = bytes[i]
                            if b == sep || b == 0x0A || b == 0x0D { break }
                            i += 1
                        }
                        // Trimmed of spaces and tabs.
                        var s = origin, e = i
                        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
                        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
                        cell.start = UInt32(s)
                        cell.end = UInt32(e)
                    }
                    cell.origin = UInt32(origin)
                    cells.append(cell)
                    if cells.count == firstCell + 1 { onlyCellQuoted = wasQuoted }
                    // What ends the cell?
                    if i < n, bytes[i] == sep {
                        i += 1
                        continue
                    }
                    break
                }
                let recordEnd = i, endLine = line
                if i < n, bytes[i] == 0x0D { i += 1 }
                if i < n, bytes[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
                // A blank line is skipped; a lone quoted empty cell (`""`) is a record.
                if cells.count == firstCell + 1, !onlyCellQuoted, cells[firstCell].start == cells[firstCell].end {
                    cells.removeLast()
                    continue
                }
                recordCellStart.append(UInt32(firstCell))
                records.append(CSVStorage.Record(
                    line: UInt32(recordLine), endLine: UInt32(endLine), start: UInt32(recordStart), end: UInt32(recordEnd)))
            }
        }
    }
}
