import MaillageSupport
import MaillageModel

/// A form's partners question asked as a list of known structures to tick, one column
/// per structure, as LimeSurvey and Framaforms export a multiple-choice question:
///
/// ```
/// Nom de la structure | Avec quelles structures coopérez-vous ? [APES] | … [Emmaüs Arras] | … [Autre]
/// Ressourcerie        | Oui                                            | Oui              |
/// Emmaüs Arras        | Oui                                            |                  | Secours populaire
/// ```
///
/// Each ticked cell names the structure of its column: the table is rewritten with the
/// option's name in place of the mark (« Oui » under « … [APES] » reads « APES ») and
/// nothing in place of an unticked cell, so that ``TieList`` reads one partner column per
/// option and one tie per ticked cell, each at its own cell. The « Autre » column keeps
/// the names written there. Framaforms writes the question in the line above its
/// options (``PartnersAndNetworks/optionsBelowQuestions(_:header:asking:)``); those
/// options are titled « Question [Option] » here, as LimeSurvey titles them.
///
/// Before, such a table was read as a cross table of memberships (``MembershipMatrix``):
/// « APES » became a cooperation whose members were the structures that ticked it,
/// without APES itself.
enum PartnerOptions {
    /// `grid` with its partner options' ticks written as the options' names, every cell
    /// at its own position; nil when `grid` has no column of a partners question's
    /// options beside an actor column.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        guard grid.recordCount > 1 else { return nil }
        for h in Table.headerCandidates(in: grid) where Table.columnIndices(of: .memberships, in: grid, record: h)["actor"] != nil {
            guard let found = options(in: grid, header: h) else { continue }
            return rewritten(grid, header: h, found: found, file: file, diagnostics: &diagnostics)
        }
        return nil
    }

    /// The option columns of the partners questions of header `h`: each column's question,
    /// option and whether it is where respondents write other names (« Autre »); nil when
    /// there are none, or when a ticked column holds anything other than marks.
    static func options(in grid: any CellGrid, header h: Int) -> [Int: (question: String, option: String, written: Bool)]? {
        let headerCells = Array(grid.cellRange(ofRecord: h))
        var found: [Int: (question: String, option: String, written: Bool)] = [:]
        for (i, cell) in headerCells.enumerated() {
            guard let (question, option) = SurveyQuestion.option(of: grid.text(ofCell: cell)), asksPartners(question) else { continue }
            found[i] = (question, option, SurveyQuestion.isOtherOption(option))
        }
        if h > 0 {
            for (question, columns) in PartnersAndNetworks.optionsBelowQuestions(grid, header: h, asking: asksPartners) {
                for i in columns where found[i] == nil {
                    let option = grid.text(ofCell: headerCells[i]).trimmingSpaces()
                    found[i] = (question, option, SurveyQuestion.isOtherOption(option))
                }
            }
        }
        let ticked = found.filter { !$0.value.written }
        guard !ticked.isEmpty, ticked.keys.allSatisfy({ PartnersAndNetworks.isMarkColumn($0, in: grid, below: h) }) else { return nil }
        return found
    }

    /// The partners questions written in the record above the header `h` (Framaforms),
    /// read with their options: named when the title lines are said to be skipped.
    static func questionsAbove(_ grid: any CellGrid, header h: Int) -> [String] {
        guard h > 0 else { return [] }
        return grid.cellRange(ofRecord: h - 1).compactMap { cell in
            let text = grid.text(ofCell: cell).trimmingSpaces()
            return !text.isEmpty && asksPartners(text) ? text : nil
        }
    }

    /// Whether `question` asks for the respondent's partners.
    static func asksPartners(_ question: String) -> Bool { SurveyQuestion.subject(of: question) == .partners }

    /// `grid` as wide as its widest record, with the header's options titled « Question
    /// [Option] » and each tick below written as its option.
    static func rewritten(_ grid: any CellGrid, header h: Int, found: [Int: (question: String, option: String, written: Bool)],
                          file: String, diagnostics: inout [Diagnostic]) -> MappedGrid {
        let rows = MappedGrid.rows(of: grid, records: 0..<grid.recordCount, width: MappedGrid.width(of: grid)) { r, c, text in
            guard let option = found[c], r >= h else { return text }
            if r == h { return "\(option.question) [\(option.option)]" }
            if option.written { return text }
            return MembershipMatrix.isUnmarked(text) ? "" : option.option
        }
        let header = rows[0], records = Array(rows.dropFirst())
        let ticked = found.filter { !$0.value.written }.sorted { $0.key < $1.key }
        let question = ticked[0].value.question
        let first = ticked[0].value.option, last = ticked[ticked.count - 1].value.option
        let range = ticked.count == 1 ? "« \(first.excerpt) »" : "de « \(first.excerpt) » à « \(last.excerpt) »"
        let rangeEN = ticked.count == 1 ? "\"\(first.excerpt)\"" : "from \"\(first.excerpt)\" to \"\(last.excerpt)\""
        let other = found.values.contains(where: \.written)
        diagnostics.append(.warning(LocalizedText(
            fr: "« \(question.excerpt) » lu comme une liste de partenaires à cocher : une case cochée par partenaire (\(ticked.count) structure\(ticked.count > 1 ? "s" : ""), \(range))\(other ? ", et les noms écrits sous « Autre »" : "")",
            en: "\"\(question.excerpt)\" read as a list of partners to tick: one ticked cell per partner (\(ticked.count) structure\(ticked.count > 1 ? "s" : ""), \(rangeEN))\(other ? ", and the names written under \"Other\"" : "")"),
            file: file, at: rows[h][ticked[0].key].position))
        return MappedGrid(header: header.map(\.text), records: records, origin: grid.origin, headerPositions: header.map(\.position))
    }
}
