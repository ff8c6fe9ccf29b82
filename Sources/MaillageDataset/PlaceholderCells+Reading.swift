import MaillageSupport
import MaillageModel
import MaillageWorkbook

extension PlaceholderCells {
    /// `document` with its placeholder cells (``isPlaceholder(_:)-(UnsafeBufferPointer<UInt8>)``)
    /// emptied below its header row (``headerRow(count:filled:)``), outside the columns naming
    /// the rows (``identityColumns(_:)``), and the warning that says so (at `file`'s first such
    /// cell); `document` itself when it has none.
    static func blanked(_ document: CSVDocument, file: String, diagnostics: inout [Diagnostic]) -> CSVDocument {
        let storage = document.storage
        var tally = Tally()
        guard document.recordCount > 1,
              let header = headerRow(count: document.recordCount, filled: { r in
                  Table.namedColumns(document.cellRange(ofRecord: r).map(document.text(ofCell:)))
              }) else { return document }
        let headerRange = document.cellRange(ofRecord: header)
        let names = headerRange.map { document.text(ofCell: $0).trimmingSpaces() }
        let kept = identityColumns(names)
        var blank: [Int] = []
        for r in (header + 1)..<max(header + 1, document.recordCount) {
            let range = document.cellRange(ofRecord: r)
            for cell in range where !kept.contains(cell - range.lowerBound) {
                let found = storage.withBytes(ofCell: cell) { bytes in
                    isPlaceholder(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
                }
                if let found {
                    tally.note(cell: cell, column: cell - range.lowerBound, text: found)
                    blank.append(cell)
                }
            }
        }
        guard let first = tally.first else { return document }
        var cells = storage.cells
        var irregular = storage.irregularTexts
        for cell in blank {
            cells[cell].end = cells[cell].start
            cells[cell].flags = 0
            irregular[cell] = nil
        }
        let columnNames = tally.columns.map { $0 < names.count ? names[$0] : "" }
        let (line, column) = document.position(ofCell: first.cell)
        let position = CellPosition.text(line: line, column: column)
        diagnostics.append(.warning(warning(Found(count: tally.count, columns: columnNames, examples: tally.examples)), file: file, at: position))
        let rebuilt = CSVStorage(bytes: storage.bytes, cells: cells, records: storage.records,
                                 recordCellStart: storage.recordCellStart, irregularTexts: irregular)
        return CSVDocument(delimiter: document.delimiter, problems: document.problems, storage: rebuilt)
    }

    /// `sheet` without its placeholder cells below its header row, and the cells taken
    /// out (in reading order).
    static func blanked(_ sheet: WorkbookSheet) -> (sheet: WorkbookSheet, placeholders: [WorkbookCell]) {
        guard let header = header(of: sheet) else { return (sheet, []) }
        let kept = identityColumns(header.names)
        var cells: [WorkbookCell] = [], taken: [WorkbookCell] = []
        cells.reserveCapacity(sheet.cells.count)
        for cell in sheet.cells {
            var text = cell.text
            let placeholder = cell.row > header.row && !kept.contains(cell.column - header.first) && text.withUTF8 { isPlaceholder($0) }
            if placeholder { taken.append(cell) } else { cells.append(cell) }
        }
        guard !taken.isEmpty else { return (sheet, []) }
        var out = sheet
        out.cells = cells
        return (out, taken)
    }

    /// The header row of `sheet` (``headerRow(count:filled:)``): its row, its first column and
    /// its names from there (empty for empty cells).
    static func header(of sheet: WorkbookSheet) -> (row: Int, first: Int, names: [String])? {
        var rows: [(row: Int, cells: [WorkbookCell])] = []
        for cell in sheet.cells where !cell.text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            if rows.last?.row == cell.row { rows[rows.count - 1].cells.append(cell); continue }
            if rows.count > Table.titleLinesLimit { break }
            rows.append((cell.row, [cell]))
        }
        guard let index = headerRow(count: rows.count, filled: { Table.namedColumns(rows[$0].cells.map(\.text)) }),
              let first = rows[index].cells.map(\.column).min(), let last = rows[index].cells.map(\.column).max() else { return nil }
        var names = [String](repeating: "", count: last - first + 1)
        for cell in rows[index].cells { names[cell.column - first] = cell.text.trimmingSpaces() }
        return (rows[index].row, first, names)
    }

    /// The warning for the cells `taken` out of `sheet` (as ``blanked(_:)`` gave them),
    /// located at the first; nil when there are none.
    static func warning(_ taken: [WorkbookCell], in sheet: WorkbookSheet, file: String) -> Diagnostic? {
        guard let first = taken.first else { return nil }
        var tally = Tally()
        for cell in taken { tally.note(cell: 0, column: cell.column, text: cell.text) }
        let header = header(of: sheet)
        let names: [String] = tally.columns.map { column in
            guard let header, column >= header.first, column - header.first < header.names.count else { return "" }
            return header.names[column - header.first]
        }
        let position = CellPosition.cell(sheet: sheet.name, row: first.row, column: first.column)
        return .warning(warning(Found(count: tally.count, columns: names, examples: tally.examples)), file: file, at: position)
    }
}
