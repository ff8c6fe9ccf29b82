import MaillageSupport
import MaillageModel

/// Tables of one kind read from several sheets of a workbook, made one: the memberships
/// of « Réseaux » and of « Accompagnements DLA », the cooperations two lists of ties
/// stand for.
///
/// Every cell keeps the position of the cell it comes from, so the loader's messages
/// still name each sheet and cell.
enum CombinedTables {
    /// The rows of `tables` (memberships tables, already checked) one after another, as
    /// one memberships table of the columns the loader reads: cooperation, actor, role,
    /// since, until. Each column keeps the first table's header for messages (« Réseau »).
    static func memberships(_ tables: [Table]) -> Table? {
        guard let first = tables.first else { return nil }
        let columns = ["cooperation", "actor", "role", "since", "until"]
        let header = columns.map { column -> String in
            guard let index = first.column(column), first.grid.recordCount > 0 else { return column }
            let range = first.grid.cellRange(ofRecord: 0)
            let title = first.grid.text(ofCell: range.lowerBound + index).trimmingSpaces()
            return TableSchema.memberships.column(named: title.lowercased()) == column ? title : column
        }
        var records: [[MappedGrid.Cell]] = []
        for table in tables {
            let indices = columns.map { table.column($0) }
            for row in table.rows {
                let start = row.start
                records.append(indices.map { index in
                    guard let index, let cell = row.field(index) else { return MappedGrid.Cell(text: "", position: start) }
                    return MappedGrid.Cell(text: cell.value, position: cell.position)
                })
            }
        }
        // The cells were checked in their own tables: a second check's messages would repeat them.
        var again: [Diagnostic] = []
        return Table.check(.memberships, grid: MappedGrid(header: header, records: records, origin: first.grid.origin),
                           file: first.file, diagnostics: &again)
    }

    /// `grids` (each with its header as record 0) one after another, the columns matched
    /// by their header (ignoring case and accents), in the order first met.
    static func concatenated(_ grids: [any CellGrid]) -> MappedGrid? {
        guard let first = grids.first else { return nil }
        var header: [String] = [], indexByKey: [String: Int] = [:]
        var mappings: [[Int?]] = []
        for grid in grids {
            guard grid.recordCount > 0 else { mappings.append([]); continue }
            mappings.append(grid.cellRange(ofRecord: 0).map { cell in
                let text = grid.text(ofCell: cell)
                let key = Vocabulary.key(text)
                guard !key.isEmpty else { return nil }
                if let index = indexByKey[key] { return index }
                indexByKey[key] = header.count
                header.append(text)
                return header.count - 1
            })
        }
        var records: [[MappedGrid.Cell]] = []
        for (g, grid) in grids.enumerated() where grid.recordCount > 1 {
            for r in 1..<grid.recordCount {
                let start = grid.start(ofRecord: r)
                var record = [MappedGrid.Cell](repeating: MappedGrid.Cell(text: "", position: start), count: header.count)
                for (c, cell) in grid.cellRange(ofRecord: r).enumerated() {
                    guard c < mappings[g].count, let index = mappings[g][c] else { continue }
                    record[index] = MappedGrid.Cell(text: grid.text(ofCell: cell), position: grid.position(ofCell: cell))
                }
                records.append(record)
            }
        }
        return MappedGrid(header: header, records: records, origin: first.origin)
    }
}
