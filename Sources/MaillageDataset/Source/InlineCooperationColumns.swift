import MaillageSupport
import MaillageModel

/// Columns about the cooperations typed in the memberships table itself: the one-sheet
/// list « Coopération | Forme | Statut | Structure | Rôle » where each row repeats its
/// cooperation's form and status.
///
/// When a dataset has no cooperations table, the memberships header cells that name a
/// cooperations column (``ColumnAliases``: form, status, start and end, declared members,
/// summary, source) and no memberships column, and that are not read as the actors'
/// (``InlineActorColumns``: « Type » and « Secteur » describe the structure), are read
/// as the cooperations table: one row per cooperation, the first non-empty value of each
/// column kept; a cooperation whose rows disagree is reported at the later cell.
///
/// A column is read only when every value in it is one the cooperations table accepts
/// (a form or status of its vocabulary, a date or a year, a whole number of members);
/// otherwise it is not read, with a warning naming the first value refused (a
/// « Statut » of « adhérent » and « ancien adhérent » says where each membership stands,
/// and is read so: ``MembershipStanding``), and a column that the whole analysis would otherwise stop on (an error per cell)
/// costs the user one warning.
enum InlineCooperationColumns {
    /// The cooperations table held in `grid` (a memberships table), when a column gives
    /// one, and the indices of the header cells it took: those read as cooperation
    /// columns, and those named so whose values are not all accepted, each said once in a
    /// warning at its first value refused (not also as a column not read). nil when the
    /// header names no cooperation column. `taken`: header cells already read as the
    /// actors' columns.
    static func cooperationsTable(in grid: any CellGrid, file: String, taken: Set<Int>,
                                  diagnostics: inout [Diagnostic]) -> (grid: MappedGrid?, columns: Set<Int>)? {
        var grid = grid
        if let header = Table.headerBelowTitle(.memberships, grid: grid) { grid = RowsBelowTitleGrid(grid, skipping: header) }
        guard grid.recordCount > 1, Table.fits(.memberships, grid: grid) else { return nil }
        let membershipColumns = Table.columnIndices(of: .memberships, in: grid)
        guard let cooperationColumn = membershipColumns["cooperation"] else { return nil }
        var attributes: [(index: Int, name: String)] = []
        var refused: Set<Int> = []
        var claimed: Set<String> = []
        let header = Array(grid.cellRange(ofRecord: 0))
        for (i, cell) in header.enumerated() where !taken.contains(i) {
            let text = grid.text(ofCell: cell).trimmingSpaces()
            let lowered = text.lowercased()
            guard TableSchema.memberships.column(named: lowered) == nil, let column = TableSchema.cooperations.column(named: lowered),
                  let accepts = accepted[column] else { continue }
            // « Statut » of « Adhérent », « Ancien adhérent »: the memberships' standing, read by the memberships table.
            if column == "status", MembershipStanding.holdsStandings(i, in: grid) { continue }
            guard claimed.insert(column).inserted else { continue }
            if let bad = firstRefused(i, in: grid, by: accepts) {
                refused.insert(i)
                diagnostics.append(.warning(LocalizedText(
                    fr: "colonne « \(text.excerpt) » non lue comme \(frenchName[column]?.name ?? column) des coopérations : « \(grid.text(ofCell: bad).trimmingSpaces().excerpt) » n'en est pas \(frenchName[column]?.article ?? "un")\(allowed(column).map { " (valeurs admises : \($0))" } ?? "")",
                    en: "column \"\(text.excerpt)\" not read as the cooperations' \(column.replacingOccurrences(of: "_", with: " ")): \"\(grid.text(ofCell: bad).trimmingSpaces().excerpt)\" is not one\(allowed(column).map { " (allowed: \($0))" } ?? "")"),
                    file: file, at: grid.positions(ofCells: [bad])[bad] ?? grid.start(ofRecord: 0)))
                continue
            }
            attributes.append((i, text))
        }
        guard !attributes.isEmpty else { return refused.isEmpty ? nil : (nil, refused) }
        let required = TableSchema.memberships.required.compactMap { membershipColumns[$0] }
        let table = InlineActorColumns.actorsTable(in: grid, actorColumn: cooperationColumn, attributes: attributes, required: required,
                                                   subject: .cooperation, file: file, diagnostics: &diagnostics)
        return (table.grid, table.columns.union(refused))
    }

    /// How the French message names each column.
    private static let frenchName: [String: (name: String, article: String)] = [
        "form": ("forme", "une"), "status": ("statut", "un"), "started": ("date de début", "une"), "ended": ("date de fin", "une"),
        "declared_members": ("effectif déclaré", "un"),
    ]

    /// The values a controlled column accepts, for the message.
    private static func allowed(_ column: String) -> String? {
        switch column {
        case "form": return ValueSynonyms.cooperationForms.allowed.map(\.rawValue).joined(separator: ", ")
        case "status": return ValueSynonyms.statuses.allowed.map(\.rawValue).joined(separator: ", ")
        default: return nil
        }
    }

    /// The cooperations columns read from a memberships table, each with the test its
    /// every value must pass. Territories are not among them: a « Commune » on a
    /// membership's row places its structure.
    static let accepted: [String: @Sendable (String) -> Bool] = [
        "form": { ValueSynonyms.cooperationForms.match($0) != nil },
        "status": { ValueSynonyms.statuses.match($0) != nil || ValueSynonyms.endedStatuses.contains(Vocabulary.key($0)) },
        "started": { LoaderRun.readsAsDate($0, openEnd: false) }, "ended": { LoaderRun.readsAsDate($0, openEnd: true) },
        "declared_members": { Int($0).map { $0 >= 0 } ?? false },
        "summary": { _ in true }, "source": { _ in true },
    ]

    /// The first cell of column `i` below the header whose value `accepts` refuses; nil when it accepts them all.
    private static func firstRefused(_ i: Int, in grid: any CellGrid, by accepts: (String) -> Bool) -> Int? {
        for r in 1..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + i < range.upperBound, !grid.isBlank(range.lowerBound + i) else { continue }
            if !accepts(grid.text(ofCell: range.lowerBound + i).trimmingSpaces()) { return range.lowerBound + i }
        }
        return nil
    }
}
