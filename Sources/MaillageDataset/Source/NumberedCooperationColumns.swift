import MaillageModel
import MaillageSupport

/// One row per actor with its cooperations in numbered columns, as a survey or a form
/// asks for them:
///
/// ```
/// Structure        | Commune | Projet 1      | Rôle 1  | Projet 2      | Rôle 2
/// Ressourcerie     | Lens    | Pôle réemploi | porteur | Mobilité      | membre
/// Garage solidaire | Liévin  | Mobilité      | porteur |               |
/// ```
///
/// The header names an actor column and no cooperation column, and one or more columns
/// whose header is a cooperation's word and a number (« Projet 1 », « Coopération 2 »,
/// « Réseau 3 », « Action 1 »); a column « Rôle » with the same number (« Rôle 1 »,
/// « Fonction 2 ») gives the actor's role in it. Each non-empty numbered cell is one
/// membership of the row's actor, with that role (`membre` without one). The other
/// columns stay as they are, on every membership of their row, for the actor columns to
/// describe the actor (``InlineActorColumns``); a structure that names no cooperation is
/// said once and left out. Each cell keeps its position, so messages name the sheet's
/// own cells. The layout is said with a warning.
///
/// Without this reader such a table was refused (no cooperation column) or, with role
/// columns, taken for a cross table whose cooperations were « Rôle 1 » and « Rôle 2 ».
enum NumberedCooperationColumns {
    /// A numbered column: its index, its number, and what it holds.
    struct Numbered {
        var index: Int
        var number: Int
    }

    /// The header of such a table in `grid` (below at most ``Table/titleLinesLimit``
    /// title lines): its record, its actor column, its cooperation columns and their
    /// role columns by number; nil when it is not one.
    static func header(in grid: any CellGrid) -> (record: Int, actor: Int, cooperations: [Numbered], roles: [Int: Int])? {
        for r in Table.headerCandidates(in: grid) {
            let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
            guard let actor = columns["actor"] else { continue }
            guard columns["cooperation"] == nil else { return nil }
            var cooperations: [Numbered] = [], roles: [Int: Int] = [:]
            for (i, cell) in grid.cellRange(ofRecord: r).enumerated() where i != actor {
                guard let (stem, number) = numbered(grid.text(ofCell: cell)) else { continue }
                switch TableSchema.memberships.column(named: stem) {
                case "cooperation" where !ListedCooperations.listHeaders.contains(Vocabulary.key(stem)):
                    cooperations.append(Numbered(index: i, number: number))
                case "role": roles[number] = roles[number] ?? i
                default: break
                }
            }
            guard !cooperations.isEmpty else { return nil }
            return (r, actor, cooperations, roles)
        }
        return nil
    }

    /// « Projet 1 » → (« projet », 1); « Coopération n°2 », « Rôle_3 » too; nil without a
    /// number at the end, or with nothing before it.
    static func numbered(_ header: String) -> (stem: String, number: Int)? {
        let text = header.trimmingSpaces().lowercased()
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(String(digits.reversed())) else { return nil }
        var stem = String(text.dropLast(digits.count)).trimmingSpaces()
        for suffix in ["n°", "no.", "no", "#", "_", "-"] where stem.hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count)).trimmingSpaces()
            break
        }
        return stem.isEmpty ? nil : (stem, number)
    }

    /// The memberships of `grid` read so: a table with columns `cooperation`, the actor
    /// column's own header, `role`, then the other columns; nil when `grid` is not one.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        guard grid.recordCount > 1, let found = header(in: grid) else { return nil }
        let body: any CellGrid = found.record > 0 ? RowsBelowTitleGrid(grid, skipping: found.record) : grid
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let headerNames = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)
        let numberedIndices = Set(found.cooperations.map(\.index) + found.roles.values)
        let others = headerCells.indices.filter { $0 != found.actor && !numberedIndices.contains($0) && !headerNames[$0].isEmpty }
        if found.record > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(found.record, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        let first = headerNames[found.cooperations[0].index], last = headerNames[found.cooperations[found.cooperations.count - 1].index]
        let span = found.cooperations.count == 1 ? "« \(first.excerpt) »" : "de « \(first.excerpt) » à « \(last.excerpt) »"
        let spanEN = found.cooperations.count == 1 ? "\"\(first.excerpt)\"" : "from \"\(first.excerpt)\" to \"\(last.excerpt)\""
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme une ligne par acteur et ses coopérations en colonnes numérotées (\(span))\(found.roles.isEmpty ? "" : ", chacune avec son rôle") : une participation par case remplie",
            en: "read as one row per actor with its cooperations in numbered columns (\(spanEN))\(found.roles.isEmpty ? "" : ", each with its role"): one membership per filled cell"),
            file: file, at: headerPositions[headerCells[found.cooperations[0].index]] ?? origin))

        var records: [[MappedGrid.Cell]] = []
        var alone: [(name: String, position: CellPosition)] = []
        // « Aucun », « Néant », « Autre »: no cooperation named (``NoNameAnswers``).
        var noNames = NoNameAnswers.Read(), noNamesTitle = "", memo = NoNameAnswers.Memo()
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            guard !range.allSatisfy(body.isBlank) else { continue }
            func cell(_ i: Int) -> MappedGrid.Cell {
                let index = range.lowerBound + i
                guard index < range.upperBound else { return MappedGrid.Cell(text: "", position: body.start(ofRecord: r)) }
                return MappedGrid.Cell(text: body.text(ofCell: index), position: body.position(ofCell: index))
            }
            let actor = cell(found.actor)
            if Table.saysTotal(actor.text) { continue }
            var named = 0
            for numbered in found.cooperations {
                let cooperation = cell(numbered.index)
                guard !cooperation.text.trimmingSpaces().isEmpty else { continue }
                if memo.namesNothing(cooperation.text.trimmingSpaces()) {
                    if noNames.cells == 0 { noNamesTitle = headerNames[numbered.index] }
                    noNames.note([cooperation.text.trimmingSpaces()], at: cooperation.position)
                    continue
                }
                named += 1
                let role = found.roles[numbered.number].map(cell) ?? MappedGrid.Cell(text: "", position: cooperation.position)
                records.append([cooperation, actor, role] + others.map(cell))
            }
            if named == 0, !actor.text.trimmingSpaces().isEmpty { alone.append((actor.text.trimmingSpaces(), actor.position)) }
        }
        if let firstAlone = alone.first {
            let more = LocalizedText.andMore(alone.count - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(firstAlone.name.excerpt) » ne nomme aucune coopération\(more.fr) : absent du réseau",
                en: "\"\(firstAlone.name.excerpt)\" names no cooperation\(more.en): not in the network"),
                file: file, at: firstAlone.position))
        }
        if let warning = noNames.warning(file: file, title: noNamesTitle, what: .cooperation) { diagnostics.append(warning) }
        let headerPosition = { (i: Int) in headerPositions[headerCells[i]] ?? origin }
        return MappedGrid(header: ["cooperation", headerNames[found.actor], "role"] + others.map { headerNames[$0] },
                          records: records, origin: origin,
                          headerPositions: [headerPosition(found.cooperations[0].index), headerPosition(found.actor),
                                            found.roles.values.min().map(headerPosition) ?? origin] + others.map(headerPosition))
    }
}
