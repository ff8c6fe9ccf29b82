import MaillageSupport
import MaillageModel

/// A CSV file's cells as a ``CellGrid``: the ``CSVDocument``'s byte ranges, located
/// by line and column (columns count characters).
final class CSVGrid: CellGrid {
    let document: CSVDocument
    /// Whether the file's last byte ends a line (for where a header-only file expects rows).
    let endsWithBreak: Bool

    init(document: CSVDocument, endsWithBreak: Bool) {
        self.document = document
        self.endsWithBreak = endsWithBreak
    }

    var recordCount: Int { document.recordCount }
    func cellRange(ofRecord r: Int) -> Range<Int> { document.cellRange(ofRecord: r) }
    func text(ofCell cell: Int) -> String { document.text(ofCell: cell) }
    func isBlank(_ cell: Int) -> Bool { document.isBlank(cell) }
    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try document.withBytes(ofCell: cell, body)
    }

    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let storage = document.storage
        let range = document.cellRange(ofRecord: r)
        // One access to the file's bytes for the whole record; a cell whose text is not
        // one span of the file (quoted with "" or a CR, or irregular) goes the long way.
        storage.bytes.withUnsafeBufferPointer { bytes in
            storage.cells.withUnsafeBufferPointer { cells in
                for index in range {
                    let cell = cells[index]
                    if cell.flags & CSVStorage.needsUnescaping != 0 || (!storage.irregularTexts.isEmpty && storage.irregularTexts[index] != nil) {
                        storage.withBytes(ofCell: index) { body(index, $0) }
                    } else {
                        body(index, UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.end)]))
                    }
                }
            }
        }
    }

    func position(ofCell cell: Int) -> CellPosition {
        let (line, column) = document.position(ofCell: cell)
        return .text(line: line, column: column)
    }

    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        document.positions(ofCells: cells).mapValues { .text(line: $0.line, column: $0.column) }
    }

    func start(ofRecord r: Int) -> CellPosition { .text(line: document.line(ofRecord: r), column: 1) }

    func endPosition(ofRecord r: Int) -> CellPosition {
        let (line, column) = document.endPosition(ofRecord: r)
        return .text(line: line, column: column)
    }

    var origin: CellPosition { .text(line: 1, column: 1) }

    /// On the line after the header, where rows are expected, or at the header's end
    /// when the file stops there.
    var positionAfterHeader: CellPosition {
        let (endLine, endColumn) = document.endPosition(ofRecord: 0)
        return endsWithBreak || document.recordCount > 1 ? .text(line: endLine + 1, column: 1) : .text(line: endLine, column: endColumn)
    }

    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem? {
        let width = headerNames.count
        let range = document.cellRange(ofRecord: r)
        if range.count > width {
            let extra = range.lowerBound + width
            let cell = document.text(ofCell: extra).prefix(40)
            return RowWidthProblem(
                message: LocalizedText(
                    fr: "\(range.count) cellule\(range.count > 1 ? "s" : "") alors que l'en-tête en a \(width) : cellule en trop « \(cell) » (un séparateur dans une cellule doit être entre guillemets)",
                    en: "\(range.count) cells where the header has \(width): extra cell \"\(cell)\" (a delimiter inside a cell must be quoted)"),
                position: position(ofCell: extra), missingAtEndOnly: false)
        }
        if range.count < width {
            let column = headerNames[range.count].excerpt
            let hint = Self.mixedDelimiterHint(document.record(r), headerWidth: width, delimiter: document.delimiter)
            // A line break typed in an unquoted cell cuts one row of `width` cells in two
            // whose cells add up to one more: « a1,Recyclerie du » and « Ternois,association,ok ».
            // (Two rows of equal length lacking the same columns are rather rows typed short.)
            func cutWith(_ other: Int) -> Bool {
                guard other > 0, other < recordCount else { return false }
                let count = document.cellRange(ofRecord: other).count
                return count != range.count && range.count + count == width + 1
            }
            return RowWidthProblem(
                message: LocalizedText(
                    fr: "\(range.count) cellule\(range.count > 1 ? "s" : "") alors que l'en-tête en a \(width) (il manque les cellules à partir de la colonne « \(column) »)",
                    en: "\(range.count) cells where the header has \(width) (missing from column \"\(column)\" on)") + hint,
                position: endPosition(ofRecord: r), missingAtEndOnly: hint.isEmpty && !cutWith(r - 1) && !cutWith(r + 1))
        }
        return nil
    }

    /// A hint for a short row that holds the other delimiter where cells are missing:
    /// `a;b;c` under the header `cooperation,actor,role`.
    static func mixedDelimiterHint(_ record: CSVRecord, headerWidth: Int, delimiter: CSVDelimiter) -> LocalizedText {
        let other: CSVDelimiter = delimiter == .comma ? .semicolon : .comma
        let mark = Character(Unicode.Scalar(other.rawValue))
        let found = record.fields.reduce(0) { $0 + $1.value.filter { $0 == mark }.count }
        guard found >= headerWidth - record.fields.count else { return .empty }
        let own = Character(Unicode.Scalar(delimiter.rawValue))
        return LocalizedText(
            fr: " ; cette ligne semble séparer ses cellules par « \(mark) » alors que l'en-tête utilise « \(own) » : gardez un seul séparateur dans tout le fichier",
            en: "; this row seems to use \"\(mark)\" as its delimiter while the header uses \"\(own)\": use one delimiter throughout the file")
    }
}
