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
/// Under a cooperation header that names a list (« Réseaux d'appartenance »,
/// « Réseaux », « Appartenance », « Membre de », « Coopérations », « Projets »…), a cell
/// naming several cooperations separated by `;`, `,`, `|`, line breaks or « / » gives one
/// membership each, with the row's other cells (actor, role, dates) and the cell's
/// position. An empty cell says the structure belongs to none of them: the row gives no
/// membership, and a warning says so (the structure stays in the dataset when the row
/// describes it, ``InlineActorColumns``). Under a singular header (« Coopération »,
/// « Réseau ») a cell is split only at `;`, `|` and line breaks, never at `,` (« Pôle
/// Sud, Est » is one name), and a warning names the first cell split; an empty cell
/// likewise gives no membership. A role in parentheses after a listed name (« CRESS
/// (administrateur) ») is not part of the name: it is the structure's role in that
/// cooperation, in the table's role column or in one added for it (``RoleNote``), said
/// once. The dataset format's own `cooperation` column holds
/// ids, read as written, and so does every column when the dataset has a cooperations
/// table (the loader reads lists only without one).
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
        guard body.recordCount > 1 else { return nil }
        var columns = Table.columnIndices(of: .memberships, in: body)
        // « SIRET | Réseau »: memberships that name their structures by number alone (as ``Table`` reads them).
        if columns["actor"] == nil, let number = RegisteredActors.numberColumns.lazy.compactMap({ columns[$0] }).first {
            columns["actor"] = number
        }
        guard let cooperation = columns["cooperation"], let actor = columns["actor"] else { return nil }
        let headerRange = body.cellRange(ofRecord: 0)
        let title = body.text(ofCell: headerRange.lowerBound + cooperation).trimmingSpaces()
        // « À quels réseaux votre structure adhère-t-elle ? »: a form's question whose checkboxes list them.
        let isList = listHeaders.contains(Vocabulary.key(title)) || SurveyQuestion.subject(of: title) == .networks
        // The dataset format's own column holds ids, read as written (« c;1 » is one id).
        if !isList, ["cooperation", "cooperation_id", "cooperation id"].contains(title.lowercased()) { return nil }
        let required = [cooperation, actor]
        var parts: [SplitCellGrid.Part] = []
        var empty: [Int] = [], splitUnderSingular: [Int] = [], saidNone: [Int] = []
        // Names noted as memberships ended or not begun: how many, the first.
        var leftOut: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
        var noNames = NoNameAnswers.Read(), memo = NoNameAnswers.Memo()
        // « Cocagne et COORACE », « COORACE + Mouvement associatif »: two cooperations when
        // each is named alone elsewhere in the column (``TickedAnswers``).
        var known: Set<String> = [], ticked = TickedAnswers.Read()
        func cooperationText(_ r: Int) -> String? {
            let range = body.cellRange(ofRecord: r)
            return range.lowerBound + cooperation < range.upperBound ? body.text(ofCell: range.lowerBound + cooperation) : nil
        }
        // « Cocagne (depuis 2019) »: Cocagne, when named alone elsewhere (``ParentheticalNote``).
        var notes = ParentheticalNote.Read(), datedNotes = ParentheticalNote.Dated()
        // Each cell's names, when the pass above split them, for the pass below.
        var listed: [[String]]?
        if (1..<body.recordCount).contains(where: { r in
            cooperationText(r).map { text in text.utf8.contains(0x28) || TickedAnswers.joiners.contains(where: text.containsBytes) } ?? false
        }) {
            // A name written with notes only (« Cocagne (depuis 2019) », « Cocagne (2021) ») is known too.
            var noted: [String: Int] = [:]
            listed = [[String]](repeating: [], count: body.recordCount)
            for r in 1..<body.recordCount {
                guard let text = cooperationText(r) else { continue }
                listed?[r] = isList ? split(text) : splitSingular(text)
                for name in listed?[r] ?? [] {
                    let name = RoleNote.split(name).name
                    known.insert(Vocabulary.nameKey(name))
                    if let base = ParentheticalNote.notedBase(of: name) { noted[Vocabulary.nameKey(base), default: 0] += 1 }
                }
            }
            for (key, count) in noted where count >= 2 { known.insert(key) }
        }
        // Cells whose one name is not written as the cell is (« - Cocagne »).
        var rewritten = 0
        var roleNotes = RoleNote.Read()
        for r in 1..<body.recordCount {
            let range = body.cellRange(ofRecord: r)
            let cell = range.lowerBound + cooperation
            guard cell < range.upperBound, !range.allSatisfy(body.isBlank),
                  !Table.isTotalRow(range, requiredIndices: required, grid: body),
                  range.lowerBound + actor < range.upperBound, !body.isBlank(range.lowerBound + actor) else {
                parts.append(.init(record: r, text: nil, first: true))  // left to the table's checks
                continue
            }
            // « Aucun », « Néant », « Autre »: no cooperation named (``NoNameAnswers``).
            var (written, dropped) = memo.partition(listed?[r] ?? (isList ? split(body.text(ofCell: cell)) : splitSingular(body.text(ofCell: cell))))
            if !known.isEmpty {
                written = written.flatMap { name -> [String] in
                    guard let joined = TickedAnswers.joinedNames(name, known: known) else { return [name] }
                    ticked.noteJoined(name, joined, at: body.position(ofCell: cell))
                    return joined
                }
            }
            noNames.note(dropped, at: body.position(ofCell: cell))
            if written.isEmpty, !dropped.isEmpty {
                saidNone.append(r)
                continue
            }
            if written.isEmpty {
                empty.append(r)
                continue
            }
            // « COORACE (ancien adhérent) », « CRESS (adhésion en cours) »: a membership ended or
            // not begun, not of the network as it stands (``MembershipStanding``).
            let current = written.filter { text in
                guard ParentheticalNote.saysNotCurrent(text) else { return true }
                leftOut.count += 1
                if leftOut.first == nil { leftOut.first = (text, body.position(ofCell: cell)) }
                return false
            }
            if current.isEmpty {
                saidNone.append(r)
                continue
            }
            // « CRESS (administrateur) »: the CRESS, the structure's role in it after the name.
            let names = current.map { text -> (name: String, role: MembershipRole?, since: PartialDate?, until: PartialDate?) in
                let (name, role) = RoleNote.split(text)
                if role != nil { roleNotes.note(text, name, role, at: body.position(ofCell: cell)) }
                if role == nil, !known.isEmpty, let base = ParentheticalNote.base(of: name, known: known) {
                    notes.note(name, base, at: body.position(ofCell: cell))
                    // « Cocagne (depuis 2019) », « CRESS (jusqu'en 2021) »: the membership's dates.
                    let dates = ParentheticalNote.dates(of: name)
                    if dates.since != nil || dates.until != nil { datedNotes.note(name, dates, at: body.position(ofCell: cell)) }
                    return (base, nil, dates.since, dates.until)
                }
                return (name, role, nil, nil)
            }
            if names.count == 1, names[0].role == nil, names[0].since == nil, names[0].until == nil, dropped.isEmpty {
                // « - Cocagne »: the name without its bullet, else the cell as it is.
                let asWritten = names[0].name == body.text(ofCell: cell).trimmingSpaces()
                if !asWritten { rewritten += 1 }
                parts.append(.init(record: r, text: asWritten ? nil : names[0].name, first: true))
                continue
            }
            if !isList, names.count > 1 { splitUnderSingular.append(r) }
            for (n, part) in names.enumerated() {
                parts.append(.init(record: r, text: part.name, first: n == 0, role: part.role?.rawValue,
                                   since: part.since?.description, until: part.until?.description))
            }
        }
        // A singular header whose cells each name one cooperation: the table as it is.
        guard isList || !empty.isEmpty || !saidNone.isEmpty || !splitUnderSingular.isEmpty || roleNotes.count > 0 || rewritten > 0
                || datedNotes.count > 0 else { return nil }
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
        if let first = splitUnderSingular.first {
            let cell = body.cellRange(ofRecord: first).lowerBound + cooperation
            let text = body.text(ofCell: cell).trimmingSpaces().replacingOccurrences(of: "\n", with: " ").excerpt
            let title = body.text(ofCell: headerRange.lowerBound + cooperation).trimmingSpaces().excerpt
            let more = splitUnderSingular.count - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(title) » : « \(text) » nomme plusieurs coopérations, lues une par une\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") cellule\(more > 1 ? "s" : ""))" : "") ; une coopération dont le nom contient « ; » s'écrit dans une table des coopérations",
                en: "\"\(title)\": \"\(text)\" names several cooperations, read one by one\(more > 0 ? " (and \(more) more cell\(more > 1 ? "s" : ""))" : ""); a cooperation whose name holds \";\" belongs in a cooperations table"),
                file: file, at: body.position(ofCell: cell)))
        }
        if let warning = noNames.warning(file: file, title: body.text(ofCell: headerRange.lowerBound + cooperation).trimmingSpaces(), what: .cooperation) {
            diagnostics.append(warning)
        }
        diagnostics += ticked.warnings(file: file, what: .cooperation)
        if let warning = notes.warning(file: file, what: .cooperation) { diagnostics.append(warning) }
        if let warning = datedNotes.warning(file: file) { diagnostics.append(warning) }
        if let first = leftOut.first {
            let more = LocalizedText.andMore(leftOut.count - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.text.excerpt) » : une adhésion terminée ou pas encore commencée, non lue\(more.fr) ; le réseau tel qu'il est ne la compte pas",
                en: "\"\(first.text.excerpt)\": a membership ended or not begun, not read\(more.en); the network as it stands does not count it"),
                file: file, at: first.position))
        }
        if let warning = roleNotes.warning(file: file) { diagnostics.append(warning) }
        return SplitCellGrid(body, column: cooperation, parts: parts, rowsWithoutRecord: empty.count + saidNone.count, roleColumn: columns["role"],
                             sinceColumn: columns["since"], untilColumn: columns["until"])
    }

    /// The names in a cell under a singular header: separated by `;`, `|` or line breaks,
    /// not by `,`.
    static func splitSingular(_ text: String) -> [String] {
        if let numbered = ListMarkers.numberedItems(text) { return numbered.map(LinkedPage.name) }
        // One name, most cells: no separator to split at.
        if !text.utf8.contains(where: { $0 == 0x3B || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) {
            let name = LinkedPage.name(ListMarkers.unmarked(text))
            return name.isEmpty ? [] : [name]
        }
        return text.split { $0 == ";" || $0 == "|" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            .map { LinkedPage.name(ListMarkers.unmarked(String($0))) }
            .filter { !$0.isEmpty }
    }

    /// The names listed in `text`: separated by `;`, `,`, `|`, line breaks or a slash between
    /// spaces (« CNLRQ / Coorace »; « SCOP/SCIC » stays one name).
    static func split(_ text: String) -> [String] {
        if let numbered = ListMarkers.numberedItems(text) { return numbered.map(LinkedPage.name) }
        return (text.containsBytes(" / ") ? text.replacingOccurrences(of: " / ", with: ";") : text)
            .split { $0 == ";" || $0 == "|" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            .map { LinkedPage.name(ListMarkers.unmarked(String($0))) }
            .filter { !$0.isEmpty }
    }
}
