import MaillageSupport
import MaillageModel

/// A memberships table laid out as an adjacency matrix: one row and one column per
/// actor, a mark where the two cooperate — the « matrice des partenariats » of a
/// network study, and Gephi's matrix CSV (an empty first cell, then the actors).
///
/// ```
///                 | Recyclerie | Centre social | Ville de Béthune
/// Recyclerie      |            | 1             | convention
/// Centre social   | 1          |               |
/// Ville de Béthune| convention |               |
/// ```
///
/// A table is read so when it has no cooperation column and its header (possibly below
/// title lines) names, in its other cells, the actors its first column names (or its
/// actor column, « Structure »…): at least two, and at least half of the row actors, or
/// every column (three or more) when the columns are fewer — a survey's respondents as
/// rows and every structure as columns, or every structure as rows and a few key
/// partners as columns. Names match ignoring case, accents, spaces and punctuation.
///
/// Each pair marked in its row or in its column is one cooperation of the two (id `A+B`,
/// name « A – B », as a list of ties names them, ``TieList``): a symmetric matrix, one
/// filled triangle and a survey where only respondents fill their row are all read
/// pair by pair. A cell may hold:
///
/// | cell | read as |
/// | --- | --- |
/// | empty, « 0 », « non », « - » | no tie |
/// | « x », « 1 », « oui », « ✓ »… (``MembershipMatrix/marks``), any positive number | a tie; a number above 1 is said not to be a weight (the weight of a tie is the number of cooperations the pair shares) |
/// | a year (1900 to 2100) | a tie started that year |
/// | a form of cooperation (« Mutualisation ») | a tie of that form |
/// | any other text (« Convention ») | a tie with that text as its summary |
/// | a negative number | no tie (reported) |
///
/// The diagonal (an actor's own row and column) is not read. Pairs marked on one
/// side only, when others are marked on both, are counted in one warning (the matrix
/// is not symmetric: one of the two did not name the other), and so are pairs whose
/// two cells say different things (the first in reading order is kept). Other columns:
/// actor columns (« Statut juridique », « Commune ») describe the row's actor as in
/// ``InlineActorColumns``; a « Total » column or row is skipped; identifiers, notes and
/// personal data are said as in any table. Every actor of the matrix stays an actor,
/// one with no tie included. Every message names its cell.
enum AdjacencyMatrix {
    /// Where the matrix lies in a grid.
    struct Layout {
        /// The header record.
        var header: Int
        /// The column of the row actors' names.
        var labels: Int
        /// The columns that name actors, in order.
        var actorColumns: [Int]
        /// How many of the columns name a row actor.
        var shared: Int
    }

    /// How many rows below a header are read first, in a longer table, for a name of its columns.
    static let sampleRows = 1_000

    /// The layout of the matrix in `grid`; nil when `grid` is not one.
    ///
    /// - Complexity: one pass over the label column (a name's key per record), then
    ///   O(width) for each of the first ``Table/titleLinesLimit`` + 1 records tried as the
    ///   header; no pass when the ``sampleRows`` first rows below each header name no column.
    static func layout(in grid: any CellGrid) -> Layout? {
        guard grid.recordCount > 2 else { return nil }
        let tried = min(grid.recordCount - 2, Table.titleLinesLimit + 1)
        // Per label column: each record's name key, and the keys of the records below the tried headers.
        var labelKeys: [Int: (keys: [String], tail: Set<String>)] = [:]
        for r in 0..<tried {
            let cells = Array(grid.cellRange(ofRecord: r))
            guard cells.count >= 3 else { continue }
            let columns = Table.columnIndices(of: .memberships, in: grid, record: r)
            guard columns["cooperation"] == nil else { continue }
            let labels = columns["actor"] ?? 0
            var named: [(index: Int, text: String, key: String)] = []
            for (i, cell) in cells.enumerated() where i != labels {
                let text = grid.text(ofCell: cell).trimmingSpaces()
                let key = Vocabulary.nameKey(text)
                if !key.isEmpty, !Table.totalWords.contains(key) { named.append((i, text, key)) }
            }
            guard named.count >= 2 else { continue }
            func labelKey(_ k: Int) -> String {
                let range = grid.cellRange(ofRecord: k)
                guard range.lowerBound + labels < range.upperBound else { return "" }
                let key = Vocabulary.nameKey(grid.text(ofCell: range.lowerBound + labels))
                return Table.totalWords.contains(key) ? "" : key
            }
            // A long table is read whole only when its first rows name some of its columns
            // (a long list of ties, « Source | Target | Weight », is not read twice).
            if grid.recordCount > r + 1 + sampleRows, labelKeys[labels] == nil {
                let namedKeys = Set(named.map(\.key))
                guard ((r + 1)..<(r + 1 + sampleRows)).contains(where: { namedKeys.contains(labelKey($0)) }) else { continue }
            }
            let found: (keys: [String], tail: Set<String>)
            if let known = labelKeys[labels] {
                found = known
            } else {
                let keys = (0..<grid.recordCount).map(labelKey)
                found = (keys, Set(keys[min(keys.count, tried + 1)...].filter { !$0.isEmpty }))
                labelKeys[labels] = found
            }
            // The row actors below this header: the common tail, and the records between.
            var head: Set<String> = []
            for k in (r + 1)..<min(found.keys.count, tried + 1) where !found.keys[k].isEmpty && !found.tail.contains(found.keys[k]) {
                head.insert(found.keys[k])
            }
            let rowCount = found.tail.count + head.count
            guard rowCount >= 2 else { continue }
            var actorColumns: [Int] = [], shared = 0
            for (i, text, key) in named {
                if found.tail.contains(key) || head.contains(key) {
                    shared += 1
                    actorColumns.append(i)
                    continue
                }
                // Not a row actor: an actor column of the rows, a column said not read, or an actor named only here.
                let lowered = text.lowercased()
                if TableSchema.actors.column(named: lowered) != nil || TableSchema.memberships.column(named: lowered) != nil
                    || UnreadColumns.kind(of: text) != nil || CellChecks.isContactColumn(text) { continue }
                actorColumns.append(i)
            }
            if shared >= 2, 2 * shared >= rowCount || (shared == actorColumns.count && shared >= 3) {
                return Layout(header: r, labels: labels, actorColumns: actorColumns, shared: shared)
            }
        }
        return nil
    }

    /// One pair of actors marked in the matrix.
    private struct Pair {
        var first: String, second: String
        var cell: CellPosition
        var year: String?
        var label: String?
        /// The keys of the row actors whose row marks the pair (one, or both).
        var declaredBy: Set<String>
    }

    /// The memberships, the cooperations and (without `actorsKnown`) the actors of the
    /// matrix `grid`, the cooperations' ids unique among `used` and added to it; nil
    /// when `grid` is not a matrix.
    /// With `sortedPairs` (one sheet per year), a pair's id and name put its actors in the
    /// order of their names (``TieList/ordered(_:_:sorted:)``).
    static func read(
        _ grid: any CellGrid, file: String, actorsKnown: Bool, sortedPairs: Bool = false, ids used: inout Set<String>,
        diagnostics: inout [Diagnostic]
    ) -> (memberships: MappedGrid, cooperations: MappedGrid, actors: MappedGrid?)? {
        guard !Table.fits(.memberships, grid: grid), let layout = layout(in: grid) else { return nil }
        let body: any CellGrid = layout.header > 0 ? RowsBelowTitleGrid(grid, skipping: layout.header) : grid
        let headerCells = Array(body.cellRange(ofRecord: 0))
        let headerNames = headerCells.map { body.text(ofCell: $0).trimmingSpaces() }
        let headerPositions = body.positions(ofCells: headerCells)
        let origin = body.start(ofRecord: 0)
        let actorColumns = Set(layout.actorColumns)

        // The other columns: the row actor's own columns, totals, and those said not read.
        let attributes = actorsKnown ? []
            : InlineActorColumns.attributeColumns(of: body).filter { $0.index != layout.labels && !actorColumns.contains($0.index) }
        let attributeIndices = Set(attributes.map(\.index))
        for (i, name) in headerNames.enumerated() where i != layout.labels && !actorColumns.contains(i) && !attributeIndices.contains(i) && !name.isEmpty {
            let position = headerPositions[headerCells[i]] ?? origin
            if Table.totalWords.contains(Vocabulary.key(name)) {
                diagnostics.append(.warning(LocalizedText(
                    fr: "colonne « \(name.excerpt) » non lue : un total, pas un acteur",
                    en: "column \"\(name.excerpt)\" is not read: a total, not an actor"), file: file, at: position))
            } else {
                diagnostics.append(.warning(UnreadColumns.message(forColumn: name, notReadIn: LocalizedText(
                    fr: "dans une matrice d'adjacence (colonnes lues : les acteurs, et ce qui décrit l'acteur de la ligne)",
                    en: "in an adjacency matrix (columns read: the actors, and what describes the row's actor)")),
                    file: file, at: position))
            }
        }

        // The actors: the rows' names first, then the names of columns no row names.
        var names: [String: String] = [:], namePositions: [String: CellPosition] = [:]
        var rows: [Int] = [], totals: [Int] = [], labelCells: [Int] = []
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            if range.allSatisfy(body.isBlank) { continue }
            guard range.lowerBound + layout.labels < range.upperBound else { continue }
            let label = range.lowerBound + layout.labels
            if Table.saysTotal(body.text(ofCell: label)) { totals.append(r); continue }
            rows.append(r)
            labelCells.append(label)
        }
        let labelPositions = body.positions(ofCells: labelCells)
        var rowKeys: [Int: String] = [:]
        var emptyLabels: [CellPosition] = []
        for (r, label) in zip(rows, labelCells) {
            let text = body.text(ofCell: label).trimmingSpaces()
            let key = Vocabulary.nameKey(text)
            guard !key.isEmpty else {
                // A row that marks partners must say whose row it is.
                let range = body.cellRange(ofRecord: r)
                if layout.actorColumns.contains(where: { range.lowerBound + $0 < range.upperBound && !MembershipMatrix.isUnmarked(body.text(ofCell: range.lowerBound + $0)) }) {
                    emptyLabels.append(labelPositions[label] ?? body.start(ofRecord: r))
                }
                continue
            }
            rowKeys[r] = key
            if names[key] == nil { names[key] = text; namePositions[key] = labelPositions[label] ?? body.start(ofRecord: r) }
        }
        var columnKeys: [Int: String] = [:]
        var columnOnly: [MappedGrid.Cell] = []
        for i in layout.actorColumns {
            let text = headerNames[i], key = Vocabulary.nameKey(text)
            columnKeys[i] = key
            if names[key] == nil {
                names[key] = text
                namePositions[key] = headerPositions[headerCells[i]] ?? origin
                columnOnly.append(MappedGrid.Cell(text: text, position: namePositions[key] ?? origin))
            }
        }
        for position in emptyLabels {
            diagnostics.append(.error(LocalizedText(
                fr: "nom d'acteur vide : chaque ligne d'une matrice d'adjacence nomme l'acteur dont elle marque les partenaires",
                en: "empty actor name: every row of an adjacency matrix names the actor whose partners it marks"),
                file: file, at: position))
        }

        // The marked cells, pair by pair, in reading order.
        var pairs: [Pair] = [], pairIndex: [String: Int] = [:]
        var marked: [(cell: Int, row: Int, column: Int)] = []
        for r in rows {
            guard rowKeys[r] != nil else { continue }
            let range = body.cellRange(ofRecord: r)
            for i in layout.actorColumns where range.lowerBound + i < range.upperBound {
                let cell = range.lowerBound + i
                if !body.isBlank(cell), !MembershipMatrix.isUnmarked(body.text(ofCell: cell)) { marked.append((cell, r, i)) }
            }
        }
        let cellPositions = body.positions(ofCells: marked.map(\.cell))
        var weights: [(text: String, position: CellPosition)] = [], negatives: [(text: String, position: CellPosition)] = []
        var years: [CellPosition] = []
        var disagreements: [(here: String, kept: String, position: CellPosition, keptAt: CellPosition)] = []
        for (cell, r, i) in marked {
            let text = body.text(ofCell: cell).trimmingSpaces()
            guard let rowKey = rowKeys[r], let columnKey = columnKeys[i], rowKey != columnKey, !MembershipMatrix.isUnmarked(text) else { continue }
            let position = cellPositions[cell] ?? body.start(ofRecord: r)
            var year: String?, label: String?
            if MembershipMatrix.marks.contains(MembershipMatrix.normalized(text)) {
            } else if let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite {
                if number < 0 { negatives.append((text, position)); continue }
                if number == 0 { continue }
                if number == number.rounded(), (1900...2100).contains(number) {
                    year = String(Int(number))
                    years.append(position)
                } else if number != 1 {
                    weights.append((text, position))
                }
            } else {
                label = text
            }
            let key = rowKey < columnKey ? rowKey + "\u{0}" + columnKey : columnKey + "\u{0}" + rowKey
            if let k = pairIndex[key] {
                pairs[k].declaredBy.insert(rowKey)
                if let said = label ?? year {
                    if let kept = pairs[k].label ?? pairs[k].year {
                        if Vocabulary.key(said) != Vocabulary.key(kept) { disagreements.append((said, kept, position, pairs[k].cell)) }
                    } else {
                        pairs[k].label = label
                        pairs[k].year = year
                    }
                }
                continue
            }
            pairIndex[key] = pairs.count
            let (first, second) = TieList.ordered(names[rowKey] ?? rowKey, names[columnKey] ?? columnKey, sorted: sortedPairs)
            pairs.append(Pair(first: first, second: second, cell: position, year: year, label: label, declaredBy: [rowKey]))
        }

        // What the reading is, then what it did not read.
        let firstName = headerNames[layout.actorColumns[0]].excerpt, lastName = headerNames[layout.actorColumns[layout.actorColumns.count - 1]].excerpt
        let count = layout.actorColumns.count
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme une matrice d'adjacence : une ligne et une colonne par acteur (\(count) colonne\(count > 1 ? "s" : ""), de « \(firstName) » à « \(lastName) »), une case marquée (x, 1, oui, ou le type du lien) par paire qui coopère, chaque paire une coopération à deux",
            en: "read as an adjacency matrix: a row and a column per actor (\(count) column\(count > 1 ? "s" : ""), from \"\(firstName)\" to \"\(lastName)\"), a marked cell (x, 1, yes, or the tie's type) per pair that cooperates, each pair a cooperation of the two"),
            file: file, at: origin))
        if layout.header > 0 {
            diagnostics.append(.warning(Table.titleLinesSkipped(layout.header, header: origin), file: file, at: grid.start(ofRecord: 0)))
        }
        if let total = totals.first {
            diagnostics.append(.warning(Table.totalRowsSkipped(totals.count), file: file, at: body.start(ofRecord: total)))
        }
        if let first = weights.first {
            let more = weights.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.text.excerpt) » lu comme un lien\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") case\(more > 1 ? "s" : "") à plus de 1)" : "") : le nombre n'est pas un poids, car le poids d'un lien est le nombre de coopérations que la paire partage ; pour en compter plusieurs, donnez une liste de liens, une ligne par coopération",
                en: "\"\(first.text.excerpt)\" read as one tie\(more > 0 ? " (and \(more) more cells above 1)" : ""): the number is not a weight, since a tie's weight is the number of cooperations the pair shares; to count several, give a list of ties, one row per cooperation"),
                file: file, at: first.position))
        }
        if let first = years.first {
            let n = years.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n) case\(n > 1 ? "s" : "") donne\(n > 1 ? "nt" : "") une année : lue comme le début de la coopération",
                en: "\(n) cell\(n > 1 ? "s give" : " gives") a year: read as the cooperation's start"),
                file: file, at: first))
        }
        if let first = negatives.first {
            let more = negatives.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "valeur négative « \(first.text.excerpt) » non lue\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : "") : pas de lien ici (un lien de conflit n'est pas une coopération)",
                en: "negative value \"\(first.text.excerpt)\" is not read\(more > 0 ? " (and \(more) more)" : ""): no tie here (a tie of conflict is not a cooperation)"),
                file: file, at: first.position))
        }
        if let first = disagreements.first {
            let more = disagreements.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "la case symétrique dit autre chose : « \(first.here.excerpt) » ici, « \(first.kept.excerpt) » en \(first.keptAt.rowText.fr), qui est gardé\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") désaccord\(more > 1 ? "s" : ""))" : "")",
                en: "the symmetric cell says otherwise: \"\(first.here.excerpt)\" here, \"\(first.kept.excerpt)\" on \(first.keptAt.rowDescription), which is kept\(more > 0 ? " (and \(more) more disagreement\(more > 1 ? "s" : ""))" : "")"),
                file: file, at: first.position))
        }
        // A matrix filled on both sides of its diagonal: the pairs one side did not name.
        let bothSides = Set(rowKeys.values).intersection(columnKeys.values)
        let checkable = pairs.filter { pair in
            bothSides.contains(Vocabulary.nameKey(pair.first)) && bothSides.contains(Vocabulary.nameKey(pair.second))
        }
        let oneSided = checkable.filter { $0.declaredBy.count == 1 }
        if let first = oneSided.first, oneSided.count < checkable.count {
            let n = oneSided.count, of = checkable.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n) paire\(n > 1 ? "s" : "") sur \(of) ne \(n > 1 ? "sont marquées" : "est marquée") que d'un côté de la diagonale (ici « \(first.first.excerpt) » nomme « \(first.second.excerpt) », qui ne le nomme pas) : chacune est lue comme un lien",
                en: "\(n) pair\(n > 1 ? "s" : "") of \(of) \(n > 1 ? "are" : "is") marked on one side of the diagonal only (here \"\(first.first.excerpt)\" names \"\(first.second.excerpt)\", which does not name it): each is read as a tie"),
                file: file, at: first.cell))
        }

        // One two-member cooperation per pair.
        let blank = MappedGrid.Cell(text: "", position: origin)
        var cooperations: [[MappedGrid.Cell]] = [], memberships: [[MappedGrid.Cell]] = []
        for pair in pairs {
            let base = "\(pair.first)+\(pair.second)"
            var id = base, n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            let labelCell = MappedGrid.Cell(text: pair.label ?? "", position: pair.cell)
            let isForm = pair.label.map { ValueSynonyms.cooperationForms.match($0) != nil } ?? false
            cooperations.append([
                MappedGrid.Cell(text: id, position: pair.cell),
                MappedGrid.Cell(text: "\(pair.first) – \(pair.second)", position: pair.cell),
                isForm ? labelCell : blank, isForm ? blank : labelCell,
                MappedGrid.Cell(text: pair.year ?? "", position: pair.cell),
            ])
            let a = Vocabulary.nameKey(pair.first), b = Vocabulary.nameKey(pair.second)
            memberships.append([MappedGrid.Cell(text: id, position: pair.cell),
                                MappedGrid.Cell(text: pair.first, position: namePositions[a] ?? pair.cell), blank])
            memberships.append([MappedGrid.Cell(text: id, position: pair.cell),
                                MappedGrid.Cell(text: pair.second, position: namePositions[b] ?? pair.cell), blank])
        }
        let actors = actorsKnown ? nil
            : InlineActorColumns.actorsTable(in: body, actorColumn: layout.labels, attributes: attributes, required: [layout.labels],
                                             skipping: Set(totals), more: columnOnly, file: file, diagnostics: &diagnostics).grid
        return (MappedGrid(header: ["cooperation", "actor", "role"], records: memberships, origin: origin),
                MappedGrid(header: ["id", "name", "form", "summary", "started"], records: cooperations, origin: origin), actors)
    }


}
