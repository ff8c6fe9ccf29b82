import MaillageSupport
import MaillageModel

/// A memberships table laid out as a cross table: one row per actor, one column per
/// cooperation, a mark where the actor takes part.
///
/// ```
/// Structure        | Statut juridique | PTCE Boulonnais | Recycleries | TZCLD
/// Recyclerie       | SCIC             | x               | porteur     |
/// Mairie de Die    | Collectivité     | oui             |             | financeur
/// ```
///
/// A table is read so when its header (possibly below title lines) names an actor
/// column and no cooperation column, and at least one other column holds only marks
/// (« x », « oui », « 1 », « ✓ »…) or roles (« porteur », « membre »…), besides empty cells
/// and cells saying no (« non », « 0 », « - »). Each marked cell is
/// a membership of the row's actor in the column's cooperation, with the role when the
/// cell gives one. Actor columns (« Statut juridique », « Commune »…) describe the
/// actors as in ``InlineActorColumns``; any other column is reported and not read; a
/// « Total » row is skipped. Every membership keeps its cell's position for messages.
enum MembershipMatrix {
    /// What a cell may hold to say "takes part" (trimmed, lower case: a symbol has no ``Vocabulary/key(_:)``).
    static let marks: Set<String> = ["x", "oui", "yes", "y", "1", "✓", "✔", "☑", "•", "o", "vrai", "true", "ok", "membre"]

    /// What a cell may hold to say "does not take part", read as an empty cell.
    static let noMarks: Set<String> = ["non", "no", "n", "0", "-", "–", "—", "faux", "false"]

    /// A cell's text as the two sets above hold it.
    static func normalized(_ text: String) -> String { text.trimmingSpaces().lowercased() }

    /// Whether a cell's text marks nothing: empty, or a no (« 0 », « non », « - »).
    static func isUnmarked(_ text: String) -> Bool {
        let normalized = normalized(text)
        return normalized.isEmpty || noMarks.contains(normalized)
    }

    /// The memberships (and, with actor columns and no `actorsKnown`, the actors) of the
    /// cross table `grid`; nil when `grid` is not one.
    static func read(
        _ grid: any CellGrid, file: String, actorsKnown: Bool, diagnostics: inout [Diagnostic]
    ) -> (memberships: MappedGrid, actors: MappedGrid?)? {
        guard grid.recordCount > 1 else { return nil }
        // The header: the first of the first 11 records naming an actor column and no cooperation column.
        func columns(_ r: Int) -> [String: Int] { Table.columnIndices(of: .memberships, in: grid, record: r) }
        guard let headerIndex = Table.headerCandidates(in: grid).first(where: { columns($0)["actor"] != nil }) else { return nil }
        let header = columns(headerIndex)
        guard header["cooperation"] == nil, let actorColumn = header["actor"] else { return nil }
        let body: any CellGrid = headerIndex > 0 ? RowsBelowTitleGrid(grid, skipping: headerIndex) : grid
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let attributes = actorsKnown ? [] : InlineActorColumns.attributeColumns(of: body)
        let attributeIndices = Set(attributes.map(\.index))

        // Candidate columns: not the actor's, not an actor column, a non-empty header.
        var candidates = headerCells.indices.filter { i in
            i != actorColumn && !attributeIndices.contains(i) && !header.values.contains(i)
                && !body.isBlank(headerCells[i])
        }
        func isEmpty(_ cell: Int) -> Bool {
            body.isBlank(cell) || isUnmarked(body.text(ofCell: cell))
        }
        func isMark(_ cell: Int) -> Bool {
            let text = body.text(ofCell: cell).trimmingSpaces()
            return marks.contains(normalized(text)) || ValueSynonyms.roles.match(text) != nil
        }
        // Unlike ``Table/isTotalRow(_:requiredIndices:grid:)``, no required cell is empty
        // here: the actor cell itself says « Total » and the others hold counts.
        func isTotal(_ r: Int) -> Bool {
            let range = body.cellRange(ofRecord: r)
            return range.lowerBound + actorColumn < range.upperBound
                && Table.totalWords.contains(Vocabulary.key(body.text(ofCell: range.lowerBound + actorColumn)))
        }
        var marked: [Int: Int] = [:]  // column → marked cells
        var notMarks: Set<Int> = []
        for r in 1..<body.recordCount where !isTotal(r) {
            let range = body.cellRange(ofRecord: r)
            for i in candidates where range.lowerBound + i < range.upperBound && !isEmpty(range.lowerBound + i) {
                if isMark(range.lowerBound + i) { marked[i, default: 0] += 1 } else { notMarks.insert(i) }
            }
        }
        let others = candidates.filter { notMarks.contains($0) || marked[$0] == nil }
        candidates = candidates.filter { !notMarks.contains($0) && marked[$0] != nil }
        guard !candidates.isEmpty else { return nil }

        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un tableau croisé : une colonne par coopération (\(candidates.count) colonne\(candidates.count > 1 ? "s" : ""), de « \(body.text(ofCell: headerCells[candidates[0]]).trimmingSpaces().excerpt) » à « \(body.text(ofCell: headerCells[candidates[candidates.count - 1]]).trimmingSpaces().excerpt) »), une case marquée (x, oui, ou un rôle) par participation",
            en: "read as a cross table: one column per cooperation (\(candidates.count) column\(candidates.count > 1 ? "s" : ""), from \"\(body.text(ofCell: headerCells[candidates[0]]).trimmingSpaces().excerpt)\" to \"\(body.text(ofCell: headerCells[candidates[candidates.count - 1]]).trimmingSpaces().excerpt)\"), one marked cell (x, yes, or a role) per membership"),
            file: file, at: origin))
        if headerIndex > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(headerIndex, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        for i in others {
            let name = body.text(ofCell: headerCells[i]).trimmingSpaces()
            diagnostics.append(.warning(LocalizedText(
                fr: "colonne « \(name.excerpt) » non lue : ni une coopération (des cases marquées x, oui ou d'un rôle) ni une colonne d'acteur",
                en: "column \"\(name.excerpt)\" is not read: neither a cooperation (cells marked x, yes or with a role) nor an actor column"),
                file: file, at: headerPositions[headerCells[i]] ?? origin))
        }

        var records: [[MappedGrid.Cell]] = []
        var markCells: [Int] = [], actorCells: [Int] = [], markColumns: [Int] = []
        var totals: [Int] = []
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            if range.allSatisfy(body.isBlank) { continue }
            if isTotal(r) { totals.append(r); continue }
            for i in candidates where range.lowerBound + i < range.upperBound && !isEmpty(range.lowerBound + i) {
                markCells.append(range.lowerBound + i)
                actorCells.append(range.lowerBound + actorColumn)
                markColumns.append(i)
            }
        }
        let positions = body.positions(ofCells: markCells + actorCells)
        for (k, mark) in markCells.enumerated() {
            let actor = actorCells[k], column = markColumns[k]
            let text = body.text(ofCell: mark).trimmingSpaces()
            let role = ValueSynonyms.roles.match(text) != nil && !marks.contains(normalized(text)) ? text : ""
            let markPosition = positions[mark] ?? origin
            records.append([
                MappedGrid.Cell(text: body.text(ofCell: headerCells[column]).trimmingSpaces(), position: markPosition),
                MappedGrid.Cell(text: body.text(ofCell: actor).trimmingSpaces(), position: positions[actor] ?? origin),
                MappedGrid.Cell(text: role, position: markPosition),
            ])
        }
        if let first = totals.first {
            diagnostics.append(.warning(Table.totalRowsSkipped(totals.count), file: file, at: body.start(ofRecord: first)))
        }
        let memberships = MappedGrid(header: ["cooperation", "actor", "role"], records: records, origin: origin)
        let actors = attributes.isEmpty ? nil
            : InlineActorColumns.actorsTable(in: body, actorColumn: actorColumn, attributes: attributes, required: [actorColumn],
                                             skipping: Set(totals), file: file, diagnostics: &diagnostics).grid
        return (memberships, actors)
    }
}
