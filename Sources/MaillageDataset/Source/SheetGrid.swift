import MaillageSupport
import MaillageModel
import MaillageWorkbook

/// A sheet of a workbook as a ``CellGrid``: its header row (the first non-empty row)
/// and the rows below it, each as wide as the header, located by sheet and cell
/// reference (`[Participations]!C12`).
///
/// Cells' texts are stored in one UTF-8 buffer with their byte ranges, like a CSV
/// file's. Empty rows are skipped (a sheet's blank lines). Cells to the right of the
/// header's last column are not part of the table; a non-empty one is reported by
/// ``outsideHeader``.
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

    init(sheet: WorkbookSheet) {
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
        guard let header = byRow.first else {
            bytes = []; starts = [0]; rows = []; firstColumn = 1; width = 0; outsideHeader = nil
            return
        }
        let first = header.cells.map(\.column).min() ?? 1
        let last = header.cells.map(\.column).max() ?? first
        let width = last - first + 1
        var bytes: [UInt8] = [], starts: [Int] = [0], rows: [Int] = []
        var outside: (row: Int, column: Int, count: Int)?
        for (row, rowCells) in byRow {
            var texts = [String](repeating: "", count: width)
            for cell in rowCells {
                if cell.column >= first && cell.column <= last {
                    texts[cell.column - first] = cell.text
                } else if !cell.text.allSatisfy({ $0 == " " }) {
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
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> (message: LocalizedText, position: CellPosition)? { nil }
}
