/// A ``CellGrid`` whose cells' texts lie in one UTF-8 buffer with their byte ranges
/// (a workbook sheet, a Kumu table): the cell accessors, written once.
///
/// Record `r` holds cells `r * width ..< (r + 1) * width`; cell `c`'s text is
/// `bytes[starts[c] ..< starts[c + 1]]`.
protocol PackedCellGrid: CellGrid {
    /// Every cell's text, one after another.
    var bytes: [UInt8] { get }
    /// Per cell: where its text starts in ``bytes`` (one more entry, the end).
    var starts: [Int] { get }
    /// Cells per record.
    var width: Int { get }
}

extension PackedCellGrid {
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
}
