import MaillageSupport
import MaillageModel
import MaillageWorkbook

/// A sheet of a workbook as a ``CellGrid``: its header row (the first non-empty row)
/// and the rows below it, each as wide as the header, located by sheet and cell
/// reference (`[Participations]!C12`).
///
/// Cells' texts are stored in one UTF-8 buffer with their byte ranges, like a CSV
/// file's. Empty rows are skipped (a sheet's blank lines). Cells to the right of the
/// header's last column (or left of its first) are not part of the table; a non-empty
/// one is reported by ``outsideHeader``. The column just left of the header is part of
/// it when at least half the rows below fill it: the names down an adjacency matrix
/// whose corner cell is empty.
final class SheetGrid: PackedCellGrid {
    let sheet: String
    let bytes: [UInt8]
    /// Per cell: byte range of its text.
    let starts: [Int]
    /// Per record: its sheet row; record r holds cells `r * width ..< (r + 1) * width`.
    private let rows: [Int]
    /// Sheet column of grid column 0.
    private let firstColumn: Int
    let width: Int
    /// Non-empty cells right of the header: (row, column, text) of the first, and how many.
    let outsideHeader: (row: Int, column: Int, count: Int)?

    /// The grid of `sheet`. Its width is that of its header row: the first non-empty
    /// row, or, when `isHeader` is given, the first of the first 11 non-empty rows it
    /// accepts (a title typed above the header must not set the table's width; the
    /// rows above stay records, for ``Table/check(_:grid:file:diagnostics:)`` to skip
    /// and report).
    init(sheet: WorkbookSheet, isHeader: (([String]) -> Bool)? = nil) {
        self.sheet = sheet.name
        let cells = sheet.cells
        var byRow: [(row: Int, cells: [WorkbookCell])] = []
        for cell in cells {
            if let last = byRow.last, last.row == cell.row {
                byRow[byRow.count - 1].cells.append(cell)
            } else {
                byRow.append((cell.row, [cell]))
            }
        }
        // Rows of blank text only are empty rows.
        byRow = byRow.filter { !$0.cells.allSatisfy { $0.text.allSatisfy { $0 == " " || $0 == "\t" } } }
        guard !byRow.isEmpty else {
            bytes = []; starts = [0]; rows = []; firstColumn = 1; width = 0; outsideHeader = nil
            return
        }
        func isBlank(_ text: String) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
        func filled(_ cells: [WorkbookCell]) -> Int { cells.filter { !isBlank($0.text) }.count }
        var headerIndex = 0
        func named(_ row: Int) -> Int {
            let cells = byRow[row].cells
            guard let first = cells.map(\.column).min(), let last = cells.map(\.column).max() else { return 0 }
            var texts = [String](repeating: "", count: last - first + 1)
            for cell in cells { texts[cell.column - first] = cell.text }
            return Table.namedColumns(texts)
        }
        // The rows that may be the header: the first, and each naming more columns than all above.
        let candidates = Table.headerCandidates(count: byRow.count, named: named)
        if let isHeader, let accepted = candidates.first(where: { isHeader(byRow[$0].cells.map(\.text)) }) {
            headerIndex = accepted
            // A group row over the real header (merged cells: « Projet » over « Nom | Année »), as Table.belowGroupRow.
            if accepted + 1 < byRow.count, named(accepted + 1) > named(accepted), isHeader(byRow[accepted + 1].cells.map(\.text)) {
                headerIndex = accepted + 1
            }
        } else if filled(byRow[0].cells) == 1, let wider = byRow.prefix(Table.titleLinesLimit + 1).firstIndex(where: { filled($0.cells) >= 2 }) {
            // A title alone on its row above a table that no header test accepts (a cross
            // table, an adjacency matrix): the table's first row of two cells or more sets the width.
            headerIndex = wider
            // Unless a row below names more columns: Framaforms' « Détails de la soumission » and
            // its questions over the real header.
            for r in (wider + 1)..<max(wider + 1, min(byRow.count, Table.titleLinesLimit + 1))
            where filled(byRow[r].cells) >= 2 && named(r) > named(headerIndex) {
                headerIndex = r
            }
        }
        let header = byRow[headerIndex]
        var first = header.cells.map(\.column).min() ?? 1
        var last = header.cells.map(\.column).max() ?? first
        // SurveyMonkey's second header line (``SurveyMonkeyExport``): its options run on past the last question.
        if headerIndex + 1 < byRow.count, byRow[headerIndex + 1].cells.contains(where: { SurveyMonkeyExport.answerWords.contains(Vocabulary.key($0.text)) }) {
            last = max(last, byRow[headerIndex + 1].cells.map(\.column).max() ?? last)
        }
        // An adjacency matrix's empty corner: the names down the column left of the header are part of the table.
        let below = byRow[(headerIndex + 1)...]
        if first > 1, !below.isEmpty {
            let named = below.filter { row in row.cells.contains { $0.column == first - 1 && !isBlank($0.text) } }.count
            if 2 * named >= below.count { first -= 1 }
        }
        let width = last - first + 1
        var bytes: [UInt8] = [], starts: [Int] = [0], rows: [Int] = []
        var outside: (row: Int, column: Int, count: Int)?
        for (index, (row, rowCells)) in byRow.enumerated() {
            var texts = [String](repeating: "", count: width)
            for cell in rowCells {
                if cell.column >= first && cell.column <= last {
                    texts[cell.column - first] = cell.text
                } else if index > headerIndex, !cell.text.allSatisfy({ $0 == " " }) {
                    if let o = outside { outside = (o.row, o.column, o.count + 1) } else { outside = (row, cell.column, 1) }
                }
            }
            for text in texts {
                bytes += Array(text.utf8)
                starts.append(bytes.count)
            }
            rows.append(row)
        }
        self.bytes = bytes
        self.starts = starts
        self.rows = rows
        self.firstColumn = first
        self.width = width
        self.outsideHeader = outside
    }

    var recordCount: Int { rows.count }

    func position(ofCell cell: Int) -> CellPosition {
        .cell(sheet: sheet, row: rows[cell / width], column: firstColumn + cell % width)
    }

    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        Dictionary(cells.map { ($0, position(ofCell: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    func start(ofRecord r: Int) -> CellPosition { .cell(sheet: sheet, row: rows[r], column: firstColumn) }
    func endPosition(ofRecord r: Int) -> CellPosition { .cell(sheet: sheet, row: rows[r], column: firstColumn + width - 1) }
    var origin: CellPosition { .cell(sheet: sheet, row: 1, column: 1) }
    var positionAfterHeader: CellPosition {
        .cell(sheet: sheet, row: (rows.first ?? 0) + 1, column: firstColumn)
    }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem? { nil }
}
