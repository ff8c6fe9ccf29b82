import MaillageSupport
import MaillageModel

/// A problem the CSV reader found, located in the file.
public struct CSVProblem: Sendable, Hashable {
    /// What is wrong, in French and in English.
    public var text: LocalizedText
    /// What is wrong, in English.
    public var message: String { text.en }
    public var line: Int
    public var column: Int
}

/// What reading a CSV file produced: its cells, as byte ranges of the file, grouped in
/// records, and the problems met on the way.
///
/// The document keeps the file's bytes and, for each cell, where it lies in them; a
/// cell's text becomes a `String` only when asked for (``text(ofCell:)``), and its line
/// and column are worked out only when a message needs them (``position(ofCell:)``).
/// Reading a file of a million cells thus allocates a few flat arrays, not a million
/// strings. ``records`` gives the same content as ``CSVRecord`` values, for callers that
/// want every cell at once.
///
/// Cells are numbered across the whole document, records one after another;
/// record `r` holds the cells `cellRange(ofRecord: r)`. Record 0 is the header.
public struct CSVDocument: Sendable {
    /// The file's delimiter.
    public let delimiter: CSVDelimiter
    /// Every problem met, in file order.
    public let problems: [CSVProblem]
    let storage: CSVStorage

    init(delimiter: CSVDelimiter, problems: [CSVProblem], storage: CSVStorage) {
        self.delimiter = delimiter
        self.problems = problems
        self.storage = storage
    }

    /// Number of records, the header first. Blank lines are not records.
    public var recordCount: Int { storage.recordCellStart.count - 1 }

    /// The cells of record `r`.
    public func cellRange(ofRecord r: Int) -> Range<Int> {
        Int(storage.recordCellStart[r])..<Int(storage.recordCellStart[r + 1])
    }

    /// 1-based physical line where record `r` starts.
    public func line(ofRecord r: Int) -> Int { Int(storage.records[r].line) }

    /// The text of `cell`: unquoted (`""` inside quotes reads `"`, a line break inside
    /// quotes reads `\n`), trimmed of surrounding spaces and tabs when not quoted.
    public func text(ofCell cell: Int) -> String { storage.text(ofCell: cell) }

    /// Whether `cell` reads as empty text once trimmed of spaces and tabs.
    public func isBlank(_ cell: Int) -> Bool { storage.isBlank(cell) }

    /// Size of `cell`'s text in UTF-8 bytes.
    public func byteCount(ofCell cell: Int) -> Int { storage.byteCount(ofCell: cell) }

    /// Calls `body` with the UTF-8 bytes of `cell`'s text.
    public func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withBytes(ofCell: cell, body)
    }

    /// 1-based line and column (in characters) of `cell`'s first character, its opening
    /// quote if quoted.
    /// - Complexity: O(length of its line up to the cell).
    public func position(ofCell cell: Int) -> (line: Int, column: Int) { storage.position(ofCell: cell) }

    /// Positions of many cells at once, each record concerned walked once: what messages
    /// about many cells of one long line need (one ``position(ofCell:)`` per cell would
    /// walk the line again for each).
    public func positions(ofCells cells: [Int]) -> [Int: (line: Int, column: Int)] { storage.positions(ofCells: cells) }

    /// 1-based line of `cell`'s first character.
    public func line(ofCell cell: Int) -> Int { storage.line(ofCell: cell) }

    /// 1-based line and column just past record `r`'s last character, for "missing
    /// cell" messages.
    public func endPosition(ofRecord r: Int) -> (line: Int, column: Int) { storage.endPosition(ofRecord: r) }

    /// Record `r` as values: one `String` per cell, each with its line and column.
    /// - Complexity: O(record length): positions are found in one walk along it.
    public func record(_ r: Int) -> CSVRecord {
        let (endLine, endColumn) = endPosition(ofRecord: r)
        let fields = zip(cellRange(ofRecord: r), storage.positions(ofRecord: r)).map { cell, position in
            CSVField(value: text(ofCell: cell), line: position.line, column: position.column)
        }
        return CSVRecord(fields: fields, line: line(ofRecord: r), endLine: endLine, endColumn: endColumn)
    }

    /// Every record as values, the header first. Convenient for small files and tests;
    /// the loader reads cells in place instead.
    public var records: [CSVRecord] { (0..<recordCount).map(record) }
}
