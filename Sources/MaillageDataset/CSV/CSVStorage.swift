/// The flat storage behind a ``CSVDocument``: the file's bytes and, per cell and per
/// record, offsets into them. Immutable once built, shared by every copy of the
/// document and every row of a ``Table``.
final class CSVStorage: Sendable {
    /// One cell: its text is `bytes[start..<end]` (trimmed when unquoted, inside the
    /// quotes when quoted), `origin` is where the cell starts (its opening quote or
    /// leading space), for its column.
    struct Cell {
        var start: UInt32
        var end: UInt32
        var origin: UInt32
        /// ``needsUnescaping`` when the quoted text holds `""` or a carriage return.
        var flags: UInt8
    }

    /// One record: where it starts (always a line start) and ends.
    struct Record {
        var line: UInt32
        var endLine: UInt32
        var start: UInt32
        var end: UInt32
    }

    static let needsUnescaping: UInt8 = 1

    /// The UTF-8 bytes of the file.
    let bytes: [UInt8]
    let cells: [Cell]
    let records: [Record]
    /// `records.count + 1` entries: record r holds cells `recordCellStart[r]..<recordCellStart[r + 1]`.
    let recordCellStart: [UInt32]
    /// Texts of cells that are not one span of the file (text after a closing quote).
    let irregularTexts: [Int: String]

    init(bytes: [UInt8], cells: [Cell], records: [Record], recordCellStart: [UInt32], irregularTexts: [Int: String]) {
        self.bytes = bytes
        self.cells = cells
        self.records = records
        self.recordCellStart = recordCellStart
        self.irregularTexts = irregularTexts
    }

    func text(ofCell index: Int) -> String {
        if !irregularTexts.isEmpty, let text = irregularTexts[index] { return text }
        let cell = cells[index]
        return bytes.withUnsafeBufferPointer { buffer in
            let span = UnsafeBufferPointer(rebasing: buffer[Int(cell.start)..<Int(cell.end)])
            guard cell.flags & Self.needsUnescaping != 0 else { return String(decoding: span, as: UTF8.self) }
            return String(decoding: Self.unescaped(span), as: UTF8.self)
        }
    }

    func withBytes<R>(ofCell index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if !irregularTexts.isEmpty, var text = irregularTexts[index] {
            return try text.withUTF8(body)
        }
        let cell = cells[index]
        return try bytes.withUnsafeBufferPointer { buffer in
            let span = UnsafeBufferPointer(rebasing: buffer[Int(cell.start)..<Int(cell.end)])
            guard cell.flags & Self.needsUnescaping != 0 else { return try body(span) }
            return try Self.unescaped(span).withUnsafeBufferPointer(body)
        }
    }

    func byteCount(ofCell index: Int) -> Int { withBytes(ofCell: index) { $0.count } }

    func isBlank(_ index: Int) -> Bool {
        withBytes(ofCell: index) { span in span.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    /// Quoted text as read: `""` becomes `"`, CRLF and CR become LF.
    static func unescaped(_ span: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.count)
        var i = 0
        while i < span.count {
            let b = span[i]
            if b == 0x22, i + 1 < span.count, span[i + 1] == 0x22 {
                out.append(0x22); i += 2; continue
            }
            if b == 0x0D {
                out.append(0x0A)
                i += i + 1 < span.count && span[i + 1] == 0x0A ? 2 : 1
                continue
            }
            out.append(b); i += 1
        }
        return out
    }

    /// Which record holds `cell` (binary search over the record starts).
    func record(ofCell cell: Int) -> Int {
        var lo = 0, hi = records.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(recordCellStart[mid]) <= cell { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func position(ofCell index: Int) -> (line: Int, column: Int) {
        position(ofOffset: Int(cells[index].origin), inRecord: record(ofCell: index))
    }

    /// The line of `cell` alone, without its column: the record's line unless a quoted
    /// cell before it spans lines.
    func line(ofCell index: Int) -> Int {
        let r = record(ofCell: index)
        if records[r].endLine == records[r].line { return Int(records[r].line) }
        return position(ofOffset: Int(cells[index].origin), inRecord: r).line
    }

    func endPosition(ofRecord r: Int) -> (line: Int, column: Int) {
        position(ofOffset: Int(records[r].end), inRecord: r)
    }

    /// Line and column of every cell of record `r`, in one walk along the record.
    /// - Complexity: O(record length).
    func positions(ofRecord r: Int) -> [(line: Int, column: Int)] {
        positions(ofOffsets: (Int(recordCellStart[r])..<Int(recordCellStart[r + 1])).map { Int(cells[$0].origin) }, inRecord: r)
    }

    /// Line and column of ascending byte offsets of record `r`, in one walk.
    func positions(ofOffsets offsets: [Int], inRecord r: Int) -> [(line: Int, column: Int)] {
        let record = records[r]
        var line = Int(record.line), column = 1
        var k = Int(record.start)
        var out: [(line: Int, column: Int)] = []
        out.reserveCapacity(offsets.count)
        for offset in offsets {
            while k < offset {
                let b = bytes[k]
                if b == 0x0A || (b == 0x0D && !(k + 1 < bytes.count && bytes[k + 1] == 0x0A)) {
                    line += 1
                    column = 1
                } else if b != 0x0D && b & 0xC0 != 0x80 {
                    column += 1
                }
                k += 1
            }
            out.append((line, column))
        }
        return out
    }

    /// Line and column of each of `cells` (any order, any records), walking each record
    /// concerned once.
    /// - Complexity: O(Σ length of the records concerned + cells log cells).
    func positions(ofCells cells: [Int]) -> [Int: (line: Int, column: Int)] {
        var result: [Int: (line: Int, column: Int)] = [:]
        let sorted = Array(Set(cells)).sorted()
        var i = 0
        while i < sorted.count {
            let r = record(ofCell: sorted[i])
            let end = Int(recordCellStart[r + 1])
            var group: [Int] = []
            while i < sorted.count, sorted[i] < end { group.append(sorted[i]); i += 1 }
            let found = positions(ofOffsets: group.map { Int(self.cells[$0].origin) }, inRecord: r)
            for (cell, position) in zip(group, found) { result[cell] = position }
        }
        return result
    }

    /// Line and column of byte `offset` of record `r`: lines counted from the record's
    /// first (a quoted cell may hold line breaks), characters from the line's start.
    func position(ofOffset offset: Int, inRecord r: Int) -> (line: Int, column: Int) {
        positions(ofOffsets: [offset], inRecord: r)[0]
    }
}
