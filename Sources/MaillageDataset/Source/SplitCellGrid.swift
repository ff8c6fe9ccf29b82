import MaillageSupport
import MaillageModel

/// A grid whose records are those of another grid, some repeated with one cell's text
/// replaced: the rows of a memberships table whose cooperation cell lists several
/// cooperations (``ListedCooperations``), one record per cooperation listed.
///
/// Every cell keeps the position of the cell it comes from, so messages still name
/// the input's own line or cell; a record repeated from one row reports a width
/// problem once, on its first part.
///
/// A part may also give its own role (« CRESS (administrateur) » lists the CRESS, role
/// `membre`) and dates (« Cocagne (depuis 2019) », « CRESS (jusqu'en 2021) »): each in the
/// table's own column (role, since, until), or, when it has none, in a column « rôle »,
/// « depuis » or « jusqu'à » added after the header's last cell, located at the cell the
/// note was written in.
final class SplitCellGrid: CellGrid {
    /// One record: the record of `base` it repeats, and the text that replaces the
    /// cell of column ``column`` (nil: the cell is kept as it is).
    struct Part {
        var record: Int
        var text: String?
        /// Whether this is the first record made from its row.
        var first: Bool
        /// The role this part gives, replacing the row's (nil: the row's role).
        var role: String? = nil
        /// The start and end dates this part gives, replacing the row's (nil: the row's).
        var since: String? = nil, until: String? = nil

        /// What the part gives for part column `key` (role, since, until).
        func value(_ key: PartColumn.Key) -> String? {
            switch key {
            case .role: role
            case .since: since
            case .until: until
            }
        }
    }

    /// A column whose cells a part may give: the table's own, or one added after the header.
    struct PartColumn {
        enum Key: CaseIterable { case role, since, until }
        var key: Key
        var index: Int
        /// Whether the column is added after the header's last cell (not the input's).
        var added: Bool

        /// The header of an added column, as the memberships table reads it.
        var header: String {
            switch key {
            case .role: "rôle"
            case .since: "depuis"
            case .until: "jusqu'à"
            }
        }
    }

    let base: any CellGrid
    /// The column whose cell a part may replace.
    let column: Int
    /// The columns whose cells parts give (role, since, until), the table's own or added.
    let partColumns: [PartColumn]
    /// How many columns are added after the header's last cell.
    let addedColumns: Int
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
    ///   - roleColumn, sinceColumn, untilColumn: the table's own columns, if any; parts
    ///     giving a role or a date use them, or one added when it is nil.
    init(_ base: any CellGrid, column: Int, parts: [Part], rowsWithoutRecord: Int = 0, roleColumn: Int? = nil,
         sinceColumn: Int? = nil, untilColumn: Int? = nil) {
        self.base = base
        self.column = column
        self.rowsWithoutRecord = rowsWithoutRecord
        let all = [Part(record: 0, text: nil, first: true)] + parts
        self.parts = all
        let headerWidth = base.cellRange(ofRecord: 0).count
        var partColumns: [PartColumn] = []
        var added = 0
        for (key, own) in zip(PartColumn.Key.allCases, [roleColumn, sinceColumn, untilColumn]) {
            if let own {
                partColumns.append(PartColumn(key: key, index: own, added: false))
            } else if parts.contains(where: { $0.value(key) != nil }) {
                partColumns.append(PartColumn(key: key, index: headerWidth + added, added: true))
                added += 1
            }
        }
        self.partColumns = partColumns
        addedColumns = added
        var starts: [Int] = [0]
        starts.reserveCapacity(all.count + 1)
        for part in all {
            let width = base.cellRange(ofRecord: part.record).count
            starts.append(starts[starts.count - 1] + (added > 0 ? max(width, headerWidth + added) : width))
        }
        self.starts = starts
    }

    /// The part column at index `i`, if any.
    private func partColumn(_ i: Int) -> PartColumn? {
        partColumns.isEmpty ? nil : partColumns.first { $0.index == i }
    }

    /// What cell `cell` holds: a cell of `base` (its replaced text if any), or a cell past
    /// the base record's end (the added role column, or blank padding before it).
    private enum Source {
        case base(cell: Int, text: String?)
        case added(record: Int, text: String)
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

    /// What cell `cell` holds.
    private func source(_ cell: Int) -> Source {
        let (r, i) = locate(cell)
        let part = parts[r]
        let range = base.cellRange(ofRecord: part.record)
        let own = partColumn(i)
        if range.lowerBound + i >= range.upperBound {
            let text = own.map { r == 0 ? ($0.added ? $0.header : "") : part.value($0.key) ?? "" } ?? ""
            return .added(record: r, text: text)
        }
        let text = i == column ? part.text : r > 0 ? own.flatMap { part.value($0.key) } : nil
        return .base(cell: range.lowerBound + i, text: text)
    }

    /// The cell of `base` where the text of `cell` was written: its own, or, for the added
    /// role column, the part's cooperation cell (where « (administrateur) » was written).
    private func baseCell(_ cell: Int) -> Int {
        switch source(cell) {
        case .base(let baseCell, _): return baseCell
        case .added(let r, _):
            let range = base.cellRange(ofRecord: parts[r].record)
            return min(range.lowerBound + column, max(range.upperBound - 1, range.lowerBound))
        }
    }

    var recordCount: Int { parts.count }
    func cellRange(ofRecord r: Int) -> Range<Int> { starts[r]..<starts[r + 1] }
    func text(ofCell cell: Int) -> String {
        switch source(cell) {
        case .base(let baseCell, let text): return text ?? base.text(ofCell: baseCell)
        case .added(_, let text): return text
        }
    }
    func isBlank(_ cell: Int) -> Bool {
        switch source(cell) {
        case .base(let baseCell, let text): return text.map { $0.trimmingSpaces().isEmpty } ?? base.isBlank(baseCell)
        case .added(_, let text): return text.isEmpty
        }
    }
    func withBytes<R>(ofCell cell: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch source(cell) {
        case .base(let baseCell, let text):
            guard var text else { return try base.withBytes(ofCell: baseCell, body) }
            return try text.withUTF8(body)
        case .added(_, var text): return try text.withUTF8(body)
        }
    }
    func forEachCell(ofRecord r: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        let part = parts[r], start = starts[r]
        let baseRange = base.cellRange(ofRecord: part.record)
        let baseStart = baseRange.lowerBound
        base.forEachCell(ofRecord: part.record) { baseCell, bytes in
            let i = baseCell - baseStart
            if i == column, var text = part.text {
                text.withUTF8 { body(start + i, $0) }
            } else if r > 0, let own = partColumn(i), var value = part.value(own.key) {
                value.withUTF8 { body(start + i, $0) }
            } else {
                body(start + i, bytes)
            }
        }
        for cell in (start + baseRange.count)..<starts[r + 1] {
            var text = self.text(ofCell: cell)
            text.withUTF8 { body(cell, $0) }
        }
    }
    func position(ofCell cell: Int) -> CellPosition { base.position(ofCell: baseCell(cell)) }
    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        let sources = cells.map(baseCell)
        let found = base.positions(ofCells: sources)
        var out: [Int: CellPosition] = [:]
        for (cell, baseCell) in zip(cells, sources) { out[cell] = found[baseCell] }
        return out
    }
    func start(ofRecord r: Int) -> CellPosition { base.start(ofRecord: parts[r].record) }
    func endPosition(ofRecord r: Int) -> CellPosition { base.endPosition(ofRecord: parts[r].record) }
    var origin: CellPosition { base.origin }
    var positionAfterHeader: CellPosition { base.positionAfterHeader }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem? {
        // The added columns are none of the input's: its rows are checked against its own header.
        let names = Array(headerNames.dropLast(addedColumns))
        return parts[r].first ? base.widthProblem(ofRecord: parts[r].record, headerNames: names) : nil
    }
}
