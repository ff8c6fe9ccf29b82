import MaillageSupport
import MaillageModel

/// Tables of one kind read from several sheets of a workbook or several files of a
/// folder, made one: the memberships of « Réseaux » and of « Accompagnements DLA », the
/// cooperations two lists of ties stand for.
///
/// Every cell keeps the position of the cell it comes from, its file too when that is
/// not the first table's (``CellPosition/file-property``), so the loader's messages still name
/// each file, sheet and cell.
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
            // A table of another file (« Adhérents CRESS.csv » beside « Adhérents COORACE.csv »): its cells say so.
            let file = table.file == first.file ? nil : table.file
            for row in table.rows {
                let start = row.start.in(file: file)
                records.append(indices.map { index in
                    guard let index, let cell = row.field(index) else { return MappedGrid.Cell(text: "", position: start) }
                    return MappedGrid.Cell(text: cell.value, position: file == nil ? cell.position : cell.position.in(file: file))
                })
            }
        }
        // The cells were checked in their own tables: a second check's messages would repeat them.
        var again: [Diagnostic] = []
        return Table.check(.memberships, grid: MappedGrid(header: header, records: records, origin: first.grid.origin),
                           file: first.file, diagnostics: &again)
    }

    /// The actors tables ``InlineActorColumns`` read from several memberships tables (each
    /// with its header at record 0, `name` first), as one: the columns matched by what
    /// they are read as, one row per actor, the first non-empty value of each column kept
    /// and a disagreement reported at its cell.
    static func actors(_ parts: [Part], file: String, diagnostics: inout [Diagnostic]) -> MappedGrid {
        let joined = concatenated(parts) { text in TableSchema.actors.column(named: text.lowercased()) ?? Vocabulary.key(text) }
        let origin = parts.first?.grid.origin ?? .file
        let grid = MappedGrid(header: joined.header, records: joined.records, origin: origin)
        let name = joined.header.firstIndex { TableSchema.actors.column(named: $0.lowercased()) == "name" } ?? 0
        let attributes = joined.header.enumerated().filter { $0.offset != name }.map { (index: $0.offset, name: $0.element) }
        return InlineActorColumns.actorsTable(in: grid, actorColumn: name, attributes: attributes, required: [name],
                                              file: file, diagnostics: &diagnostics).grid
    }

    /// One grid's share of a concatenation: the record holding its header and the records
    /// it gives, in order.
    struct Part {
        var grid: any CellGrid
        var header: Int
        var records: [Int]
        /// The file the grid lies in, when not the combined table's own (one file per network).
        var file: String? = nil
    }

    /// `grids` (each with its header as record 0) one after another, the columns matched
    /// by their header (ignoring case and accents), in the order first met.
    static func concatenated(_ grids: [any CellGrid]) -> MappedGrid? {
        guard let first = grids.first else { return nil }
        let joined = concatenated(grids.map { Part(grid: $0, header: 0, records: Array(1..<max($0.recordCount, 1))) })
        return MappedGrid(header: joined.header, records: joined.records, origin: first.origin)
    }

    /// The records of `parts` one after another, in the columns of their headers matched
    /// by `key` (a header `key` makes empty is no column), each column titled as first met.
    static func concatenated(_ parts: [Part], key: (String) -> String = Vocabulary.key) -> (header: [String], records: [[MappedGrid.Cell]]) {
        var header: [String] = [], indexByKey: [String: Int] = [:]
        var mappings: [[Int?]] = []
        for part in parts {
            guard part.grid.recordCount > part.header else { mappings.append([]); continue }
            mappings.append(part.grid.cellRange(ofRecord: part.header).map { cell in
                let text = part.grid.text(ofCell: cell).trimmingSpaces()
                let k = key(text)
                guard !Vocabulary.key(text).isEmpty, !k.isEmpty else { return nil }
                if let index = indexByKey[k] { return index }
                indexByKey[k] = header.count
                header.append(text)
                return header.count - 1
            })
        }
        var records: [[MappedGrid.Cell]] = []
        for (p, part) in parts.enumerated() {
            let grid = part.grid
            for r in part.records {
                let start = grid.start(ofRecord: r).in(file: part.file)
                var record = [MappedGrid.Cell](repeating: MappedGrid.Cell(text: "", position: start), count: header.count)
                for (c, cell) in grid.cellRange(ofRecord: r).enumerated() {
                    guard c < mappings[p].count, let index = mappings[p][c] else { continue }
                    record[index] = MappedGrid.Cell(text: grid.text(ofCell: cell), position: grid.position(ofCell: cell).in(file: part.file))
                }
                records.append(record)
            }
        }
        return (header, records)
    }
}
