import MaillageSupport
import MaillageModel

/// A grid whose records are those of another grid, some repeated with one cell's text
/// replaced: the rows of a memberships table whose cooperation cell lists several
/// cooperations (``ListedCooperations``), one record per cooperation listed.
///
/// Every cell keeps the position of the cell it comes from, so messages still name
/// the input's own line or cell; a record repeated from one row reports a width
/// problem once, on its first part.
final class SplitCellGrid: CellGrid {
    /// One record: the record of `base` it repeats, and the text that replaces the
    /// cell of column ``column`` (nil: the cell is kept as it is).
    struct Part {
        var record: Int
        var text: String?
        /// Whether this is the first record made from its row.
        var first: Bool
    }

    let base: any CellGrid
    /// The column whose cell a part may replace.
    let column: Int
    /// How many rows of `base` gave no record (an empty cooperation cell).
    let rowsWithoutRecord: Int
    private let parts: [Part]
    /// The first cell number of each record, and the total past the last.
    private let starts: [Int]

    /// - Parameters:
    ///   - base: the grid, header at record 0 (kept as record 0 here).
    ///   - column: the column whose cells `parts` replace.
    ///   - parts: the data records, in order.
    ///   - rowsWithoutRecord: how many rows of `base` gave no record.
    init(_ base: any CellGrid, column: Int, parts: [Part], rowsWithoutRecord: Int = 0) {
        self.base = base
        self.column = column
        self.rowsWithoutRecord = rowsWithoutRecord
        let all = [Part(record: 0, text: nil, first: true)] + parts
        self.parts = all
        var starts: [Int] = [0]
        starts.reserveCapacity(all.count + 1)
        for part in all { starts.append(starts[starts.count - 1] + base.cellRange(ofRecord: part.record).count) }
        self.starts = starts
    }

    /// The record holding `cell` and the cell's index in it.
    private func locate(_ cell: Int) -> (record: Int, index: Int) {
        var low = 0, high = parts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= cell { low = middle } else { high = middle - 1 }
        }
        return (low, cell - starts[low])
    }

    /// The cell of `base` that `cell` repeats, and its replaced text if any.
    private func source(_ cell: Int) -> (cell: Int, text: String?) {
        let (r, i) = locate(cell)
        let part = parts[r]
        return (base.cellRange(ofRecord: part.record).lowerBound + i, i == column ? part.text : nil)
    }

    var recordCount: Int { parts.count }
    func cellRange(ofRecord r: Int) -> Range<Int> { starts[r]..<starts[r + 1] }
    func text(ofCell cell: Int) -> String {
        let (baseCell, text) = source(cell)
        return text ?? base.text(ofCell: baseCell)
    }
    func isBlank(_ cell: Int) -> Bool {
        let (baseCell, text) = source(cell)
        return text.map { $0.trimmingSpaces().isEmpty } ?? base.isBlank(baseCell)
    }
    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let (baseCell, text) = source(cell)
        guard var text else { return try base.withBytes(ofCell: baseCell, body) }
        return try text.withUTF8(body)
    }
    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let part = parts[r], start = starts[r]
        let baseStart = base.cellRange(ofRecord: part.record).lowerBound
        base.forEachCell(ofRecord: part.record) { baseCell, bytes in
            let i = baseCell - baseStart
            if i == column, var text = part.text {
                text.withUTF8 { body(start + i, $0) }
            } else {
                body(start + i, bytes)
            }
        }
    }
    func position(ofCell cell: Int) -> CellPosition { base.position(ofCell: source(cell).cell) }
    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        let sources = cells.map { source($0).cell }
        let found = base.positions(ofCells: sources)
        var out: [Int: CellPosition] = [:]
        for (cell, baseCell) in zip(cells, sources) { out[cell] = found[baseCell] }
        return out
    }
    func start(ofRecord r: Int) -> CellPosition { base.start(ofRecord: parts[r].record) }
    func endPosition(ofRecord r: Int) -> CellPosition { base.endPosition(ofRecord: parts[r].record) }
    var origin: CellPosition { base.origin }
    var positionAfterHeader: CellPosition { base.positionAfterHeader }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> (message: LocalizedText, position: CellPosition)? {
        parts[r].first ? base.widthProblem(ofRecord: parts[r].record, headerNames: headerNames) : nil
    }
}
