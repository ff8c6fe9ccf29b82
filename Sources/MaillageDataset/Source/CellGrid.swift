import MaillageSupport
import MaillageModel
/// The cells of one table as an input holds them — a CSV file, a sheet of a
/// workbook — before any validation: records of cells, the header first.
///
/// This is the seam between where cells come from and how they are checked: the
/// loader's validation (``Table``, ``CellChecks``, the readers of each table) sees
/// only this protocol, so reading another tabular format means writing another
/// grid, nothing else. Cells are numbered across the whole grid, record after
/// record; record `r` holds the cells `cellRange(ofRecord: r)`. Positions are worked
/// out only when a message needs them, in the terms of the input's format
/// (``CellPosition``).
protocol CellGrid: AnyObject, Sendable {
    /// Number of records, the header first. Blank lines are not records.
    var recordCount: Int { get }
    /// The cells of record `r`.
    func cellRange(ofRecord r: Int) -> Range<Int>
    /// The text of `cell`, as the format gives it (unquoted, trimmed of spaces when unquoted).
    func text(ofCell cell: Int) -> String
    /// Whether `cell` reads as empty once trimmed of spaces and tabs.
    func isBlank(_ cell: Int) -> Bool
    /// Calls `body` with the UTF-8 bytes of `cell`'s text.
    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
    /// Calls `body` with each cell of record `r` and its UTF-8 bytes, in order: one
    /// call for a whole record, for checks that read every cell.
    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void)
    /// Where `cell` lies.
    func position(ofCell cell: Int) -> CellPosition
    /// Positions of many cells at once, cheaper than one ``position(ofCell:)`` each.
    func positions(ofCells cells: [Int]) -> [Int: CellPosition]
    /// Where record `r` starts (its first column).
    func start(ofRecord r: Int) -> CellPosition
    /// Just past record `r`'s last cell, for "missing cell" messages.
    func endPosition(ofRecord r: Int) -> CellPosition
    /// Where the table starts (an empty file or sheet is reported there).
    var origin: CellPosition { get }
    /// Where data rows are expected after the header, for a "header only" message.
    var positionAfterHeader: CellPosition { get }
    /// A problem with record `r`'s number of cells against the header's `headerNames`, if any:
    /// a format that pads its rows (a sheet) never has one.
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem?
}
