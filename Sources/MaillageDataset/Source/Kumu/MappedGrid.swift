import MaillageSupport
import MaillageModel
/// A table built from cells of other tables — the tables a Kumu workbook stands for,
/// those of a graph file (``GraphFileTables``) — as a ``CellGrid``: each cell keeps the position of the cell it comes from, so the
/// loader's messages point to the Kumu sheet's cell (`kumu.xlsx[Elements]!C4`).
final class MappedGrid: PackedCellGrid {
    /// One cell: its text and where it comes from.
    struct Cell {
        var text: String
        var position: CellPosition
    }

    let bytes: [UInt8]
    let starts: [Int]
    private let cellPositions: [CellPosition]
    let width: Int
    let origin: CellPosition
    /// Whether the table's maker has said how its rows are read (a graph file's edges,
    /// ``GraphFileTables``), so that ``TieList`` does not say it again.
    let layoutSaid: Bool

    /// - Parameters:
    ///   - header: the column names (the schema's own names).
    ///   - records: the rows, each as wide as `header`.
    ///   - origin: where the table is said to start (the header's cells are located there
    ///     unless `headerPositions` says otherwise).
    ///   - headerPositions: where each header cell comes from, when known.
    ///   - layoutSaid: ``layoutSaid``.
    init(header: [String], records: [[Cell]], origin: CellPosition, headerPositions: [CellPosition]? = nil, layoutSaid: Bool = false) {
        self.layoutSaid = layoutSaid
        width = header.count
        self.origin = origin
        var bytes: [UInt8] = [], starts = [0], positions: [CellPosition] = []
        for (c, name) in header.enumerated() {
            bytes += Array(name.utf8)
            starts.append(bytes.count)
            positions.append(headerPositions.flatMap { c < $0.count ? $0[c] : nil } ?? origin)
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

    func position(ofCell cell: Int) -> CellPosition { cellPositions[cell] }

    func positions(ofCells cells: [Int]) -> [Int: CellPosition] {
        Dictionary(cells.map { ($0, cellPositions[$0]) }, uniquingKeysWith: { a, _ in a })
    }

    func start(ofRecord r: Int) -> CellPosition { cellPositions[r * width] }

    func endPosition(ofRecord r: Int) -> CellPosition { cellPositions[(r + 1) * width - 1] }
    var positionAfterHeader: CellPosition { recordCount > 1 ? cellPositions[width] : origin }
    func widthProblem(ofRecord r: Int, headerNames: [String]) -> RowWidthProblem? { nil }
}

extension MappedGrid {
    /// This table with the text of every cell of column `column` below the header replaced
    /// by `transform(text)`, each cell keeping its position.
    func replacingTexts(inColumn column: Int, _ transform: (String) -> String) -> MappedGrid {
        guard column < width, recordCount > 0 else { return self }
        let header = (0..<width).map { text(ofCell: $0) }
        let headerPositions = (0..<width).map { position(ofCell: $0) }
        let records = (1..<max(recordCount, 1)).map { r in
            (0..<width).map { c in
                let cell = r * width + c
                let text = text(ofCell: cell)
                return Cell(text: c == column ? transform(text) : text, position: position(ofCell: cell))
            }
        }
        return MappedGrid(header: header, records: records, origin: origin, headerPositions: headerPositions, layoutSaid: layoutSaid)
    }
}

extension MappedGrid {
    /// The records `records` of `grid`, each as `width` cells at their own positions (a
    /// short record's missing cells placed at its end), each cell's text as
    /// `text(record, column, written)` gives it: how a reader rewrites a form's export
    /// (``PartnerOptions``, ``SurveyMonkeyExport``, ``QualtricsExport``) before the
    /// survey's own reading.
    static func rows(of grid: any CellGrid, records: Range<Int>, width: Int,
                     text: (_ record: Int, _ column: Int, _ written: String) -> String) -> [[Cell]] {
        guard !records.isEmpty else { return [] }
        let cells = Array(grid.cellRange(ofRecord: records.lowerBound).lowerBound..<grid.cellRange(ofRecord: records.upperBound - 1).upperBound)
        let positions = grid.positions(ofCells: cells)
        return records.map { r in
            let range = grid.cellRange(ofRecord: r)
            return (0..<width).map { c in
                let cell = range.lowerBound + c
                guard cell < range.upperBound else { return Cell(text: text(r, c, ""), position: grid.endPosition(ofRecord: r)) }
                return Cell(text: text(r, c, grid.text(ofCell: cell)), position: positions[cell] ?? grid.start(ofRecord: r))
            }
        }
    }

    /// The number of cells of `grid`'s widest record.
    static func width(of grid: any CellGrid) -> Int {
        (0..<grid.recordCount).reduce(0) { max($0, grid.cellRange(ofRecord: $1).count) }
    }
}
