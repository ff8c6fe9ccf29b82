import MaillageSupport
import MaillageModel

/// A grid without its first records: the title lines a spreadsheet often has above
/// its header (« Liste des adhérents au 31/12 », a blank line, then the header).
///
/// Cells keep their numbers and positions in the underlying grid, so every message
/// still names the input's own line or cell; only the records are renumbered, record
/// 0 being the header.
final class RowsBelowTitleGrid: CellGrid {
    let base: any CellGrid
    /// How many records of `base` come before the header.
    let skipped: Int

    init(_ base: any CellGrid, skipping skipped: Int) {
        self.base = base
        self.skipped = skipped
    }

    var recordCount: Int { base.recordCount - skipped }
    func cellRange(ofRecord r: Int) -> Range<Int> { base.cellRange(ofRecord: r + skipped) }
    func text(ofCell cell: Int) -> String { base.text(ofCell: cell) }
    func isBlank(_ cell: Int) -> Bool { base.isBlank(cell) }
    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try base.withBytes(ofCell: cell, body)
    }
    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        base.forEachCell(ofRecord: r + skipped, body)
    }
    func position(ofCell cell: Int) -> CellPosition { base.position(ofCell: cell) }
    func positions(ofCells cells: [Int]) -> [Int: CellPosition] { base.positions(ofCells: cells) }
    func start(ofRecord r: Int) -> CellPosition { base.start(ofRecord: r + skipped) }
    func endPosition(ofRecord r: Int) -> CellPosition { base.endPosition(ofRecord: r + skipped) }
    var origin: CellPosition { base.start(ofRecord: skipped) }
    var positionAfterHeader: CellPosition {
        recordCount > 1 ? base.start(ofRecord: skipped + 1) : base.endPosition(ofRecord: skipped)
    }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem? {
        base.widthProblem(ofRecord: r + skipped, headerNames: headerNames)
    }
}
