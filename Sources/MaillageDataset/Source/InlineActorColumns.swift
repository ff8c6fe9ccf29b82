import MaillageSupport
import MaillageModel

/// Columns about the actors typed in the memberships table itself: the one-sheet list
/// « Structure | Statut juridique | Commune | Projet | Rôle » that most networks keep.
///
/// When a dataset has no actors table, the memberships header cells that name an
/// actor column (``ColumnAliases``: legal form, kind, sector, territories, a level of
/// territory, website, dates, place) and no memberships column are read as the actors
/// table: one row per actor, the first non-empty value of each column kept. An actor
/// whose rows disagree (« SCOP » on one row, « SCIC » on another) is reported at the
/// later cell. Every cell keeps its position, so messages name the sheet's own cells.
/// A member list whose rows name structures in no network (``ListedCooperations``)
/// gives an actors table even without such columns, so those structures stay actors.
enum InlineActorColumns {
    /// The actors table held in `grid` (a memberships table), and the indices of its
    /// header cells read as actor columns; nil when the header names no actor column.
    /// `namesAlone`: a table of the names alone when the header names no actor column (a
    /// member list whose structures in no network must stay actors).
    static func actorsTable(in grid: any CellGrid, file: String, namesAlone: Bool = false,
                            diagnostics: inout [Diagnostic]) -> (grid: MappedGrid, columns: Set<Int>)? {
        var grid = grid
        if let header = Table.headerBelowTitle(.memberships, grid: grid) { grid = RowsBelowTitleGrid(grid, skipping: header) }
        guard grid.recordCount > 1, Table.fits(.memberships, grid: grid) else { return nil }
        let membershipColumns = Table.columnIndices(of: .memberships, in: grid)
        let attributes = attributeColumns(of: grid)
        guard let actorColumn = membershipColumns["actor"], !attributes.isEmpty || namesAlone else { return nil }
        let required = TableSchema.memberships.required.compactMap { membershipColumns[$0] }
        return actorsTable(in: grid, actorColumn: actorColumn, attributes: attributes, required: required, file: file, diagnostics: &diagnostics)
    }

    /// The header cells of `grid` (its record 0) that name an actors column other than
    /// its id and name, and no memberships column: (index, text), one per column.
    static func attributeColumns(of grid: any CellGrid) -> [(index: Int, name: String)] {
        var attributes: [(index: Int, name: String)] = []
        var claimed: Set<String> = []
        for (i, cell) in grid.cellRange(ofRecord: 0).enumerated() {
            let text = grid.text(ofCell: cell).trimmingSpaces()
            let lowered = text.lowercased()
            // « Statut » whose values are legal forms: the actors table reads it so (``LegalStatusColumn``).
            if TableSchema.actors.column(named: lowered) == nil, LegalStatusColumn.isLegalForm(i, in: grid), claimed.insert("legal_form").inserted {
                attributes.append((i, text))
                continue
            }
            // A SIRET column is both: the actors table keys each structure on it (two spellings, one structure).
            guard let column = TableSchema.actors.column(named: lowered),
                  TableSchema.memberships.column(named: lowered) == nil || RegisteredActors.numberColumns.contains(column),
                  column != "id", column != "name", !(column == "kind" && holdsCooperationForms(i, in: grid)),
                  claimed.insert(column).inserted else { continue }
            attributes.append((i, text))
        }
        return attributes
    }

    /// Whether column `i` of `grid` (« Type » beside « Coopération ») gives the cooperations'
    /// forms rather than the actors' kinds: every value below the header a form
    /// (« mutualisation », « partenariat »), and one at least no kind of actor (« appui »
    /// is both). Such a column is left to ``InlineCooperationColumns``.
    static func holdsCooperationForms(_ i: Int, in grid: any CellGrid) -> Bool {
        var someNotAKind = false
        for r in 1..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + i < range.upperBound, !grid.isBlank(range.lowerBound + i) else { continue }
            let text = grid.text(ofCell: range.lowerBound + i).trimmingSpaces()
            guard ValueSynonyms.cooperationForms.match(text) != nil else { return false }
            if ValueSynonyms.actorKinds.match(text) == nil { someNotAKind = true }
        }
        return someNotAKind
    }

    /// The actors table of `grid` (header at record 0): one record per name in
    /// `actorColumn`, with the `attributes` columns; rows that are blank, a total
    /// row (``Table/isTotalRow(_:requiredIndices:grid:)`` with `required`) or in
    /// `skipped` are left out; the names `more` (an adjacency matrix's column actors that
    /// no row names) follow, with no attribute. `subject`: what the rows describe, for the
    /// message on values that disagree (``InlineCooperationColumns`` reads cooperations so).
    static func actorsTable(
        in grid: any CellGrid, actorColumn: Int, attributes: [(index: Int, name: String)], required: [Int],
        skipping skipped: Set<Int> = [], more: [MappedGrid.Cell] = [], subject: Noun = .actor, file: String, diagnostics: inout [Diagnostic]
    ) -> (grid: MappedGrid, columns: Set<Int>) {
        // One record per actor (by its name's key): cell indices of the grid, -1 for none.
        var recordOf: [String: Int] = [:]
        var records: [[Int]] = []
        var conflicts: [(cell: Int, kept: Int)] = []
        for r in 1..<grid.recordCount where !skipped.contains(r) {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + actorColumn < range.upperBound, !range.allSatisfy(grid.isBlank),
                  !Table.isTotalRow(range, requiredIndices: required, grid: grid) else { continue }
            let nameCell = range.lowerBound + actorColumn
            // A name of no letter or digit (« ??? » from a lossy export, « — », an emoji)
            // folds to nothing: it is its own key, as the memberships read it.
            let key = Vocabulary.nameKey(grid.text(ofCell: nameCell))
            if key.isEmpty { continue }
            let cells = attributes.map { range.lowerBound + $0.index < range.upperBound ? range.lowerBound + $0.index : -1 }
            guard let k = recordOf[key] else {
                recordOf[key] = records.count
                records.append([nameCell] + cells.map { $0 >= 0 && !grid.isBlank($0) ? $0 : -1 })
                continue
            }
            for (j, cell) in cells.enumerated() where cell >= 0 && !grid.isBlank(cell) {
                let kept = records[k][j + 1]
                if kept < 0 {
                    records[k][j + 1] = cell
                } else if Vocabulary.key(grid.text(ofCell: kept)) != Vocabulary.key(grid.text(ofCell: cell)) {
                    conflicts.append((cell, kept))
                }
            }
        }
        let used = records.flatMap { $0 }.filter { $0 >= 0 } + conflicts.map(\.cell)
        let positions = grid.positions(ofCells: used)
        let origin = grid.start(ofRecord: 0)
        let mapped = records.map { record in
            record.map { cell in
                cell < 0 ? MappedGrid.Cell(text: "", position: positions[record[0]] ?? origin)
                    : MappedGrid.Cell(text: grid.text(ofCell: cell).trimmingSpaces(), position: positions[cell] ?? origin)
            }
        }
        if let first = conflicts.first {
            let more = conflicts.count - 1
            let here = grid.text(ofCell: first.cell).trimmingSpaces().excerpt, kept = grid.text(ofCell: first.kept).trimmingSpaces().excerpt
            let keptAt = positions[first.kept] ?? origin
            // The kept value in another file (one memberships file per network): that file named.
            let keptFile = keptAt.file ?? file, otherFile = keptFile != ((positions[first.cell] ?? origin).file ?? file)
            let ofFile = otherFile ? LocalizedText(fr: " de « \(keptFile) »", en: " of \"\(keptFile)\"") : .empty
            diagnostics.append(.warning(LocalizedText(
                fr: "valeur différente pour \(subject.en == Noun.actor.en ? "le même acteur" : "la même coopération") : « \(here) » ici, « \(kept) » en \(keptAt.rowText.fr)\(ofFile.fr), qui est gardée\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") désaccord\(more > 1 ? "s" : ""))" : "")",
                en: "another value for the same \(subject.en): \"\(here)\" here, \"\(kept)\" on \(keptAt.rowDescription)\(ofFile.en), which is kept\(more > 0 ? " (and \(more) more disagreement\(more > 1 ? "s" : ""))" : "")"),
                file: file, at: positions[first.cell] ?? origin))
        }
        let header = ["name"] + attributes.map(\.name)
        // The header's cells where the sheet has them, so that a message on a column names its cell.
        let headerCells = grid.cellRange(ofRecord: 0)
        let headerPositions = ([actorColumn] + attributes.map(\.index)).map { i in
            i < headerCells.count ? grid.position(ofCell: headerCells.lowerBound + i) : origin
        }
        let named = more.map { name in [name] + attributes.map { _ in MappedGrid.Cell(text: "", position: name.position) } }
        return (MappedGrid(header: header, records: mapped + named, origin: origin, headerPositions: headerPositions), Set(attributes.map(\.index)))
    }
}
