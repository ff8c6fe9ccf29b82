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
/// cell gives one. A form's multiple-choice question exported one column per option
/// (LimeSurvey, Google Forms grids: « À quels réseaux adhérez-vous ? [URSCOP] ») names
/// its cooperation by the option, « URSCOP », and its « [Autre] » column, where the
/// respondent wrote the others, gives a membership in each one its cells name. Actor
/// columns (« Statut juridique », « Commune »…) describe the actors as in
/// ``InlineActorColumns``; any other column is reported and not read; a « Total » row is
/// skipped. Every membership keeps its cell's position for messages.
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
                && Table.saysTotal(body.text(ofCell: range.lowerBound + actorColumn))
        }
        var marked: [Int: Int] = [:]  // column → marked cells
        var notMarks: Set<Int> = []
        for r in 1..<body.recordCount where !isTotal(r) {
            let range = body.cellRange(ofRecord: r)
            for i in candidates where range.lowerBound + i < range.upperBound && !isEmpty(range.lowerBound + i) {
                if isMark(range.lowerBound + i) { marked[i, default: 0] += 1 } else { notMarks.insert(i) }
            }
        }
        var others = candidates.filter { notMarks.contains($0) || marked[$0] == nil }
        candidates = candidates.filter { !notMarks.contains($0) && marked[$0] != nil }
        guard !candidates.isEmpty else { return nil }
        // « À quels réseaux adhérez-vous ? [URSCOP] »: a form's multiple-choice question, one
        // column per option, the option the cooperation; its « [Autre] » column names others.
        let headerTexts = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        let names = optionNames(headerTexts, marked: candidates)
        let written = others.filter { i in
            guard let (question, option) = SurveyQuestion.option(of: headerTexts[i]) else { return false }
            return SurveyQuestion.isOtherOption(option) && candidates.contains { SurveyQuestion.option(of: headerTexts[$0])?.question == question }
        }
        others.removeAll(where: written.contains)

        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)
        let firstName = names[candidates[0]].excerpt, lastName = names[candidates[candidates.count - 1]].excerpt
        let spanFR = candidates.count == 1 ? "1 colonne, « \(firstName) »" : "\(candidates.count) colonnes, de « \(firstName) » à « \(lastName) »"
        let spanEN = candidates.count == 1 ? "1 column, \"\(firstName)\"" : "\(candidates.count) columns, from \"\(firstName)\" to \"\(lastName)\""
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un tableau croisé : une colonne par coopération (\(spanFR)), une case marquée (x, oui, ou un rôle) par participation\(written.isEmpty ? "" : ", et une par coopération nommée sous « \(headerTexts[written[0]].excerpt) »")",
            en: "read as a cross table: one column per cooperation (\(spanEN)), one marked cell (x, yes, or a role) per membership\(written.isEmpty ? "" : ", and one per cooperation named under \"\(headerTexts[written[0]].excerpt)\"")"),
            file: file, at: origin))
        if headerIndex > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(headerIndex, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        var historyColumns: [(written: String, position: CellPosition)] = []
        for i in others {
            let name = body.text(ofCell: headerCells[i]).trimmingSpaces()
            let position = headerPositions[headerCells[i]] ?? origin
            // A form's timestamp, personal data, an identifier: said as any table says them.
            if let kind = UnreadColumns.kind(of: name), kind != .networkProgram {
                if kind == .recordHistory { historyColumns.append((name.excerpt, position)); continue }
                diagnostics.append(.warning(UnreadColumns.message(kind, written: name.excerpt), file: file, at: position))
                continue
            }
            if CellChecks.isContactColumn(name) {
                diagnostics.append(.warning(CellChecks.contactColumnMessage(name), file: file, at: position))
                continue
            }
            diagnostics.append(.warning(LocalizedText(
                fr: "colonne « \(name.excerpt) » non lue : ni une coopération (des cases marquées x, oui ou d'un rôle) ni une colonne d'acteur",
                en: "column \"\(name.excerpt)\" is not read: neither a cooperation (cells marked x, yes or with a role) nor an actor column"),
                file: file, at: headerPositions[headerCells[i]] ?? origin))
        }
        if let first = historyColumns.first {
            diagnostics.append(.warning(UnreadColumns.recordHistoryMessage(historyColumns.map(\.written)), file: file, at: first.position))
        }

        var records: [[MappedGrid.Cell]] = []
        var markCells: [Int] = [], actorCells: [Int] = [], markColumns: [Int] = []
        var totals: [Int] = []
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            if range.allSatisfy(body.isBlank) { continue }
            if isTotal(r) { totals.append(r); continue }
            for i in candidates + written where range.lowerBound + i < range.upperBound && !isEmpty(range.lowerBound + i) {
                markCells.append(range.lowerBound + i)
                actorCells.append(range.lowerBound + actorColumn)
                markColumns.append(i)
            }
        }
        let writtenColumns = Set(written)
        let positions = body.positions(ofCells: markCells + actorCells)
        for (k, mark) in markCells.enumerated() {
            let actor = actorCells[k], column = markColumns[k]
            let text = body.text(ofCell: mark).trimmingSpaces()
            let markPosition = positions[mark] ?? origin
            if writtenColumns.contains(column) {
                // « Réseau Cocagne, Collectif Emploi »: the networks an « [Autre] » cell names.
                for name in NoNameAnswers.partition(ListedCooperations.split(text)).kept {
                    records.append([MappedGrid.Cell(text: name, position: markPosition),
                                    MappedGrid.Cell(text: body.text(ofCell: actor).trimmingSpaces(), position: positions[actor] ?? origin),
                                    MappedGrid.Cell(text: "", position: markPosition)])
                }
                continue
            }
            let role = ValueSynonyms.roles.match(text) != nil && !marks.contains(normalized(text)) ? text : ""
            records.append([
                MappedGrid.Cell(text: names[column], position: markPosition),
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

    /// The cooperation each column names: its header, or the option of a form's question
    /// (« À quels réseaux adhérez-vous ? [URSCOP] » gives « URSCOP ») when two or more
    /// marked columns ask that question, or when the question asks for networks (one
    /// option ticked by someone is still a network).
    static func optionNames(_ headers: [String], marked: [Int]) -> [String] {
        var asked: [String: Int] = [:]
        for i in marked { if let question = SurveyQuestion.option(of: headers[i])?.question { asked[question, default: 0] += 1 } }
        return headers.map { header in
            guard let (question, option) = SurveyQuestion.option(of: header),
                  asked[question, default: 0] >= 2 || (asked[question] != nil && PartnersAndNetworks.namesNetworks(question)) else { return header }
            return option
        }
    }
}
