/// A table built from cells of other tables — the tables a Kumu workbook stands for —
/// as a ``CellGrid``: each cell keeps the position of the cell it comes from, so the
/// loader's messages point to the Kumu sheet's cell (`kumu.xlsx[Elements]!C4`).
final class MappedGrid: CellGrid {
    /// One cell: its text and where it comes from.
    struct Cell {
        var text: String
        var position: CellPosition
    }

    private let bytes: [UInt8]
    private let starts: [Int]
    private let cellPositions: [CellPosition]
    let width: Int
    let origin: CellPosition

    /// - Parameters:
    ///   - header: the column names (the schema's own names).
    ///   - records: the rows, each as wide as `header`.
    ///   - origin: where the table is said to start (the header's cells are located there).
    init(header: [String], records: [[Cell]], origin: CellPosition) {
        width = header.count
        self.origin = origin
        var bytes: [UInt8] = [], starts = [0], positions: [CellPosition] = []
        for name in header {
            bytes += Array(name.utf8)
            starts.append(bytes.count)
            positions.append(origin)
        }
        for record in records {
            for c in 0..<width {
                let cell = c < record.count ? record[c] : Cell(text: "", position: record.first?.position ?? origin)
                bytes += Array(cell.text.utf8)
                starts.append(bytes.count)
                positions.append(cell.position)
            }
        }
        self.bytes = bytes
        self.starts = starts
        cellPositions = positions
    }

    var recordCount: Int { width == 0 ? 0 : cellPositions.count / width }
    func cellRange(ofRecord r: Int) -> Range<Int> { r * width..<(r + 1) * width }

    func text(ofCell cell: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[cell]..<starts[cell + 1]]), as: UTF8.self) }
    }

    func isBlank(_ cell: Int) -> Bool {
        bytes[starts[cell]..<starts[cell + 1]].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[starts[cell]..<starts[cell + 1]])) }
    }

    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for cell in cellRange(ofRecord: r) { body(cell, UnsafeBufferPointer(rebasing: buffer[starts[cell]..<starts[cell + 1]])) }
        }
    }

    func position(ofCell cell: Int) -> CellPosition { cellPositions[cell] }

    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        Dictionary(cells.map { ($0, cellPositions[$0]) }, uniquingKeysWith: { a, _ in a })
    }

    func start(ofRecord r: Int) -> CellPosition { cellPositions[r * width] }

    func endPosition(ofRecord r: Int) -> CellPosition { cellPositions[(r + 1) * width - 1] }
    var positionAfterHeader: CellPosition { recordCount > 1 ? cellPositions[width] : origin }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> (message: String, position: CellPosition)? { nil }
}
