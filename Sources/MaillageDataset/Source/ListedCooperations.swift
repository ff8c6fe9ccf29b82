import MaillageSupport
import MaillageModel

/// A memberships table whose cooperation cells list several cooperations: a member
/// list that says, for each structure, the networks it belongs to.
///
/// ```
/// Raison sociale          | Forme juridique | Commune | Réseaux d'appartenance
/// Les Ateliers du Bocage  | Association     | Arras   | Emmaüs France ; Réseau des recycleries
/// Envie Nord              | SAS             | Roubaix |
/// ```
///
/// A cooperation cell holding `;`, `|` or a line break names several cooperations, one
/// membership each; under a header that names a list (« Réseaux d'appartenance »,
/// « Réseaux », « Appartenance », « Membre de », « Coopérations », « Projets »…) a
/// comma separates them too (« Réseau des recycleries, Coop de France »). Each
/// membership keeps the row's other cells (actor, role, dates) and the cell's position.
/// Under such a header an empty cell says the structure belongs to none of them: the
/// row gives no membership, and a warning says so (the structure stays in the dataset
/// when the row describes it, ``InlineActorColumns``). A table none of whose cells
/// lists several cooperations is left as it is, and so is a cell naming one (« c&amp; »
/// stays whole); the loader reads lists only when the dataset has no cooperations table,
/// whose ids a membership names as they are.
enum ListedCooperations {
    /// Headers (keys) of a cooperation column that lists several cooperations per cell.
    static let listHeaders: Set<String> = Set((ColumnAliases.listedCooperations + ["coopérations", "cooperations"]).map(Vocabulary.key))

    /// `grid` with one record per cooperation listed in its cells, header first and title
    /// lines dropped (said with a warning); nil when no cell lists several and the header
    /// names no list, or the grid is no memberships table.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> SplitCellGrid? {
        var body = grid
        let header = Table.headerBelowTitle(.memberships, grid: grid)
        if let header { body = RowsBelowTitleGrid(grid, skipping: header) }
        guard body.recordCount > 1, Table.fits(.memberships, grid: body) else { return nil }
        let columns = Table.columnIndices(of: .memberships, in: body)
        guard let cooperation = columns["cooperation"], let actor = columns["actor"] else { return nil }
        let headerRange = body.cellRange(ofRecord: 0)
        let isList = listHeaders.contains(Vocabulary.key(body.text(ofCell: headerRange.lowerBound + cooperation)))
        // Past the check of one cell a row, only tables that list something are rebuilt.
        if !isList {
            var lists = false
            for r in 1..<body.recordCount {
                let range = body.cellRange(ofRecord: r)
                guard range.lowerBound + cooperation < range.upperBound else { continue }
                if body.withBytes(ofCell: range.lowerBound + cooperation, { $0.contains { $0 == 0x3B || $0 == 0x7C || $0 == 0x0A } }),
                   split(body.text(ofCell: range.lowerBound + cooperation), commas: false).count > 1 {
                    lists = true
                    break
                }
            }
            if !lists { return nil }
        }
        let required = [cooperation, actor]
        var parts: [SplitCellGrid.Part] = []
        var empty: [Int] = []
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            let cell = range.lowerBound + cooperation
            guard cell < range.upperBound, !range.allSatisfy(body.isBlank),
                  !Table.isTotalRow(range, requiredIndices: required, grid: body),
                  range.lowerBound + actor < range.upperBound, !body.isBlank(range.lowerBound + actor) else {
                parts.append(.init(record: r, text: nil, first: true))  // left to the table's checks
                continue
            }
            let names = split(body.text(ofCell: cell), commas: isList)
            if names.isEmpty {
                if isList { empty.append(r) } else { parts.append(.init(record: r, text: nil, first: true)) }
                continue
            }
            if names.count == 1 { parts.append(.init(record: r, text: nil, first: true)); continue }
            for (n, name) in names.enumerated() { parts.append(.init(record: r, text: name, first: n == 0)) }
        }
        if let header {
            diagnostics.append(.warning(Table.titleLinesSkipped(header, header: grid.start(ofRecord: header)), file: file, at: grid.start(ofRecord: 0)))
        }
        if let first = empty.first {
            let range = body.cellRange(ofRecord: first)
            let name = body.text(ofCell: range.lowerBound + actor).trimmingSpaces().excerpt
            let title = body.text(ofCell: headerRange.lowerBound + cooperation).trimmingSpaces().excerpt
            let more = empty.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(name) » n'a rien dans « \(title) » : pas de participation sur cette ligne\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : "")",
                en: "\"\(name)\" has nothing under \"\(title)\": no membership on this row\(more > 0 ? " (and \(more) more)" : "")"),
                file: file, at: body.position(ofCell: range.lowerBound + cooperation)))
        }
        return SplitCellGrid(body, column: cooperation, parts: parts)
    }

    /// The names listed in `text`: separated by `;`, `|` or line breaks, and by commas when `commas`.
    static func split(_ text: String, commas: Bool) -> [String] {
        text.split { $0 == ";" || $0 == "|" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || (commas && $0 == ",") }
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}
