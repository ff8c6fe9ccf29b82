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
///
/// The same question asked as a grid (Google Forms' « Grille de cases à cocher »,
/// LimeSurvey's arrays), one row per structure and one column per form of cooperation,
/// writes in each cell what was ticked on that row instead of a mark:
///
/// ```
/// Nom de la structure | Avec quelles structures coopérez-vous, et sous quelle forme ? [APES] | … [Emmaüs Arras]
/// Ressourcerie        | Projet commun, Échange d'informations                                | Jamais
/// ```
///
/// A question's option columns are read so when their cells, split at `,` `;` and line
/// breaks, hold at most ``answerLimit`` distinct answers, none a number: each cell with an
/// answer other than a no (« Jamais », « Aucune », « Non concerné », ``noAnswers``) is a tie
/// with the option's structure, and what it says is that tie's type, in a column titled
/// after the option's with ``typeSuffix``, which ``TieList`` reads as that partner's own
/// type: a form of cooperation when it names one (« Mutualisation »), else the pair's
/// summary (« Projet commun, Échange d'informations »).
enum PartnerOptions {
    /// What ends the header of the column holding a graded option's answers (« … [APES]
    /// (réponse) »): ``TieList`` reads it as the type of the partner column titled as the rest.
    static let typeSuffix = " (réponse)"

    /// The most distinct answers a grid question's option columns may hold together.
    static let answerLimit = 20

    /// Answers of a grid that say there is no tie (keys): never, none, unknown, not concerned.
    static let noAnswers: Set<String> = Set([
        "jamais", "aucun", "aucune", "aucun lien", "aucune relation", "aucune cooperation", "pas de cooperation", "pas de lien",
        "pas de relation", "pas de partenariat", "ne connais pas", "je ne connais pas", "ne les connais pas", "inconnu", "inconnue",
        "non concerne", "non concernee", "sans objet", "ne sait pas", "je ne sais pas", "nsp", "never", "none", "no relationship",
        "not applicable", "n/a", "na", "don't know", "unknown",
    ].map(Vocabulary.key))

    /// One option column of a partners question.
    struct OptionColumn {
        /// The question, as written.
        var question: String
        /// The option: a structure, or « Autre ».
        var option: String
        /// Whether respondents write other names there (« Autre »).
        var written: Bool
        /// Whether its cells hold a grid's answers rather than marks.
        var graded = false
    }

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
    static func options(in grid: any CellGrid, header h: Int) -> [Int: OptionColumn]? {
        let headerCells = Array(grid.cellRange(ofRecord: h))
        var found: [Int: OptionColumn] = [:]
        for (i, cell) in headerCells.enumerated() {
            guard let (question, option) = SurveyQuestion.option(of: grid.text(ofCell: cell)), asksPartners(question) else { continue }
            found[i] = OptionColumn(question: question, option: option, written: SurveyQuestion.isOtherOption(option))
        }
        if h > 0 {
            for (question, columns) in PartnersAndNetworks.optionsBelowQuestions(grid, header: h, asking: asksPartners) {
                for i in columns where found[i] == nil {
                    let option = grid.text(ofCell: headerCells[i]).trimmingSpaces()
                    found[i] = OptionColumn(question: question, option: option, written: SurveyQuestion.isOtherOption(option))
                }
            }
        }
        let ticked = found.filter { !$0.value.written }
        guard !ticked.isEmpty else { return nil }
        // Each question's columns: all marks (a checklist), or all a grid's few answers.
        for question in Set(ticked.values.map(\.question)) {
            let columns = ticked.keys.filter { ticked[$0]?.question == question }
            if columns.allSatisfy({ PartnersAndNetworks.isMarkColumn($0, in: grid, below: h) }) { continue }
            guard holdAnswers(columns, in: grid, below: h) else { return nil }
            for c in columns { found[c]?.graded = true }
        }
        return found
    }

    /// The answers a grid's cell holds: its parts split at `,` `;` and line breaks, each
    /// trimmed, the empty ones dropped.
    static func answers(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Whether an answer says there is no tie: a no of a checklist (« Non ») or of a grid (« Jamais »).
    static func isNoAnswer(_ answer: String) -> Bool {
        MembershipMatrix.isUnmarked(answer) || noAnswers.contains(Vocabulary.key(answer))
    }

    /// Whether the cells of `columns` below record `h` hold a grid's answers: at most
    /// ``answerLimit`` distinct ones in all, none a number, at least one.
    static func holdAnswers(_ columns: [Int], in grid: any CellGrid, below h: Int) -> Bool {
        var distinct: Set<String> = []
        for r in (h + 1)..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            for c in columns where range.lowerBound + c < range.upperBound && !grid.isBlank(range.lowerBound + c) {
                for answer in answers(grid.text(ofCell: range.lowerBound + c)) {
                    guard Double(answer.replacingOccurrences(of: ",", with: ".")) == nil else { return false }
                    distinct.insert(Vocabulary.key(answer))
                    if distinct.count > answerLimit { return false }
                }
            }
        }
        return !distinct.isEmpty
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
    /// [Option] » and each tick below written as its option; a graded option's answers
    /// (its no answers left out) in a column added after the others, titled with
    /// ``typeSuffix``.
    static func rewritten(_ grid: any CellGrid, header h: Int, found: [Int: OptionColumn],
                          file: String, diagnostics: inout [Diagnostic]) -> MappedGrid {
        let width = MappedGrid.width(of: grid)
        // A filled cell makes a tie unless every answer in it is a no; what describes the tie
        // leaves out the no answers and the bare marks (« Oui », « X »).
        func ties(_ text: String) -> Bool { answers(text).contains { !isNoAnswer($0) } }
        func describes(_ answer: String) -> Bool { !isNoAnswer(answer) && !MembershipMatrix.marks.contains(MembershipMatrix.normalized(answer)) }
        func said(_ text: String) -> String { answers(text).filter(describes).joined(separator: ", ") }
        let graded = found.filter { $0.value.graded && !$0.value.written }.keys.sorted()
        let gradedIndex = Dictionary(uniqueKeysWithValues: graded.enumerated().map { ($1, $0) })
        var gradedTexts = Array(repeating: Array(repeating: "", count: graded.count), count: grid.recordCount)
        var rows = MappedGrid.rows(of: grid, records: 0..<grid.recordCount, width: width) { r, c, text in
            if let k = gradedIndex[c] { gradedTexts[r][k] = text }
            guard let option = found[c], r >= h else { return text }
            if r == h { return "\(option.question) [\(option.option)]" }
            if option.written { return text }
            if option.graded { return ties(text) ? option.option : "" }
            return MembershipMatrix.isUnmarked(text) ? "" : option.option
        }
        // Each graded option's answers, in a column of their own after the others; each
        // question's answers that describe ties, and its first no, for its warning.
        var described: [String: (shown: [String], seen: Set<String>, no: String?)] = [:]
        for r in rows.indices {
            for (k, c) in graded.enumerated() {
                let cell = rows[r][c]
                guard r >= h, let option = found[c] else {
                    rows[r].append(MappedGrid.Cell(text: "", position: cell.position))
                    continue
                }
                if r == h {
                    rows[r].append(MappedGrid.Cell(text: "\(option.question) [\(option.option)]\(typeSuffix)", position: cell.position))
                    continue
                }
                let written = gradedTexts[r][k]
                var answersOfQuestion = described[option.question] ?? ([], [], nil)
                for answer in answers(written) {
                    if isNoAnswer(answer) {
                        if answersOfQuestion.no == nil, !MembershipMatrix.isUnmarked(answer) { answersOfQuestion.no = answer }
                    } else if describes(answer), answersOfQuestion.seen.insert(Vocabulary.key(answer)).inserted {
                        answersOfQuestion.shown.append(answer)
                    }
                }
                described[option.question] = answersOfQuestion
                rows[r].append(MappedGrid.Cell(text: said(written), position: cell.position))
            }
        }
        // One warning per question read.
        let ticked = found.filter { !$0.value.written }.sorted { $0.key < $1.key }
        var questions: [String] = []
        for (_, option) in ticked where !questions.contains(option.question) { questions.append(option.question) }
        for question in questions {
            let columns = ticked.filter { $0.value.question == question }
            let first = columns[0].value.option, last = columns[columns.count - 1].value.option
            let n = columns.count
            let range = n == 1 ? "« \(first.excerpt) »" : "de « \(first.excerpt) » à « \(last.excerpt) »"
            let rangeEN = n == 1 ? "\"\(first.excerpt)\"" : "from \"\(first.excerpt)\" to \"\(last.excerpt)\""
            let other = found.values.contains { $0.written && $0.question == question }
            let otherFR = other ? ", et les noms écrits sous « Autre »" : "", otherEN = other ? ", and the names written under \"Other\"" : ""
            let text: LocalizedText
            if columns[0].value.graded {
                let shownAnswers = described[question]?.shown ?? []
                let shown = shownAnswers.prefix(4).map { "« \($0.excerpt) »" }.joined(separator: ", ") + (shownAnswers.count > 4 ? "…" : "")
                let shownEN = shownAnswers.prefix(4).map { "\"\($0.excerpt)\"" }.joined(separator: ", ") + (shownAnswers.count > 4 ? "…" : "")
                let none = described[question]?.no.map { LocalizedText(fr: " ; « \($0.excerpt) » : pas de lien", en: "; \"\($0.excerpt)\": no tie") } ?? .empty
                text = LocalizedText(
                    fr: "« \(question.excerpt) » lu comme une grille : une case remplie par partenaire (\(n) structure\(n > 1 ? "s" : ""), \(range))\(otherFR), ce qu'elle dit décrivant le lien (\(shown))",
                    en: "\"\(question.excerpt)\" read as a grid: one filled cell per partner (\(n) structure\(n > 1 ? "s" : ""), \(rangeEN))\(otherEN), what it says describing the tie (\(shownEN))") + none
            } else {
                text = LocalizedText(
                    fr: "« \(question.excerpt) » lu comme une liste de partenaires à cocher : une case cochée par partenaire (\(n) structure\(n > 1 ? "s" : ""), \(range))\(otherFR)",
                    en: "\"\(question.excerpt)\" read as a list of partners to tick: one ticked cell per partner (\(n) structure\(n > 1 ? "s" : ""), \(rangeEN))\(otherEN)")
            }
            diagnostics.append(.warning(text, file: file, at: rows[h][columns[0].key].position))
        }
        return MappedGrid(header: rows[0].map(\.text), records: Array(rows.dropFirst()), origin: grid.origin,
                          headerPositions: rows[0].map(\.position))
    }
}
