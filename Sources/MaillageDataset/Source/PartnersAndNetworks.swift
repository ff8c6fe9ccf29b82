import MaillageSupport
import MaillageModel

/// A form's answers that ask both whom the respondent works with and which networks it
/// belongs to, as most cooperation surveys do:
///
/// ```
/// Nom de la structure | Avec quelles structures coopérez-vous ? | À quels réseaux adhérez-vous ?
/// Ressourcerie        | APES, DLA du Pas-de-Calais              | CRESS, APES
/// ```
///
/// The rows are read twice, as two tables of the same file: a list of ties (the
/// respondent, its partners and every other column, ``TieList``) and a list of
/// memberships (the respondent and the networks, ``ListedCooperations``, or one column
/// per network ticked, ``MembershipMatrix``). Before, the networks question took the
/// table and the partners were left unread.
///
/// The network columns are those whose header names a list of networks (« Réseaux
/// d'appartenance », « Collectifs ») or asks for them (``SurveyQuestion/Subject/networks``),
/// and the options of such a question, one column each: LimeSurvey's « À quels réseaux
/// adhérez-vous ? [URSCOP] », or Framaforms' (Drupal Webform's) export, which writes
/// the question in the line above its options:
///
/// ```
/// Détails de la soumission |     |                     | À quels réseaux adhérez-vous ? |       |
/// Numéro de série          | ... | Nom de la structure | CRESS Hauts-de-France          | APES  | Autre
/// 1                        | ... | Ressourcerie        | X                              | X     | Fédération des centres sociaux
/// ```
///
/// There the options are the header cells under the question, from its column on, whose
/// cells hold only marks (``MembershipMatrix/marks``) or nothing, and the « Autre » column
/// after them; they are titled « Question [Option] » for ``MembershipMatrix``.
enum PartnersAndNetworks {
    /// The tie list and the memberships list `grid` stands for, both from its header on,
    /// every cell at its own position; nil when `grid` does not name both a respondent
    /// with partner columns and network columns.
    static func split(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> (ties: MappedGrid, networks: MappedGrid)? {
        guard grid.recordCount > 2, let (h, ends) = TieList.header(in: grid), ends.actorAndPartner else { return nil }
        let headerCells = Array(grid.cellRange(ofRecord: h))
        var titles = headerCells.map { grid.text(ofCell: $0).trimmingSpaces() }
        let ownColumns = Set([ends.first] + ends.partners)
        var networks = titles.indices.filter { i in
            !ownColumns.contains(i) && (namesNetworks(titles[i]) || SurveyQuestion.option(of: titles[i]).map { namesNetworks($0.question) } == true)
        }
        var questionsAbove: [String] = []
        if h > 0 {
            for (question, options) in optionsBelowQuestions(grid, header: h) where !options.contains(where: ownColumns.contains) {
                questionsAbove.append(question)
                for i in options where !networks.contains(i) {
                    titles[i] = "\(question) [\(titles[i])]"
                    networks.append(i)
                }
            }
        }
        guard !networks.isEmpty else { return nil }
        networks.sort()
        let kept = titles.indices.filter { !networks.contains($0) }
        let headerPositions = grid.positions(ofCells: headerCells)
        func table(_ columns: [Int]) -> MappedGrid {
            var records: [[MappedGrid.Cell]] = []
            records.reserveCapacity(grid.recordCount - h - 1)
            for r in (h + 1)..<grid.recordCount {
                let range = grid.cellRange(ofRecord: r)
                let start = grid.start(ofRecord: r)
                records.append(columns.map { c in
                    let cell = range.lowerBound + c
                    guard cell < range.upperBound else { return MappedGrid.Cell(text: "", position: start) }
                    return MappedGrid.Cell(text: grid.text(ofCell: cell), position: grid.position(ofCell: cell))
                })
            }
            return MappedGrid(header: columns.map { titles[$0] }, records: records, origin: grid.start(ofRecord: h),
                              headerPositions: columns.map { headerPositions[headerCells[$0]] ?? grid.start(ofRecord: h) })
        }
        if h > 0 {
            // Framaforms' questions above their options are read; the form's title and « Détails de la soumission » are not.
            let read = PartnerOptions.questionsAbove(grid, header: h) + questionsAbove
            diagnostics.append(.warning(Table.titleLinesSkipped(h, header: grid.start(ofRecord: h)) + questionsReadNote(read),
                                        file: file, at: grid.start(ofRecord: 0)))
        }
        let first = titles[ends.first].excerpt, partners = titles[ends.partners[0]].excerpt
        let list = networks.count == 1 || SurveyQuestion.option(of: titles[networks[0]]) == nil
            ? titles[networks[0]].excerpt : SurveyQuestion.option(of: titles[networks[0]])?.question.excerpt ?? titles[networks[0]].excerpt
        diagnostics.append(.warning(LocalizedText(
            fr: "chaque ligne lue deux fois : les partenaires de « \(first) » (« \(partners) »), une coopération à deux par paire, et ses réseaux (« \(list) »), une participation à chacun",
            en: "each row read twice: the partners of \"\(first)\" (\"\(partners)\"), one two-member cooperation per pair, and its networks (\"\(list)\"), one membership in each"),
            file: file, at: headerPositions[headerCells[networks[0]]] ?? grid.start(ofRecord: h)))
        let ties = table(kept)
        // Notion's « Name », read as the structure by ``TieList``, is titled so for the memberships.
        if TableSchema.memberships.column(named: titles[ends.first].lowercased()) != "actor" { titles[ends.first] = "Structure" }
        return (ties, table([ends.first] + networks))
    }

    /// « (sauf « À quels réseaux adhérez-vous ? », la question au-dessus de ses réponses) »:
    /// what a title-lines warning adds for the questions read above their options; empty
    /// without one.
    static func questionsReadNote(_ questions: [String]) -> LocalizedText {
        guard !questions.isEmpty else { return .empty }
        let fr = questions.map { "« \($0.excerpt) »" }.joined(separator: " et "), en = questions.map { "\"\($0.excerpt)\"" }.joined(separator: " and ")
        let plural = questions.count > 1
        return LocalizedText(fr: plural ? " (sauf \(fr), les questions au-dessus de leurs réponses)" : " (sauf \(fr), la question au-dessus de ses réponses)",
                             en: plural ? " (except \(en), the questions above their answers)" : " (except \(en), the question above its answers)")
    }

    /// Whether `header` names or asks for the networks a structure belongs to.
    static func namesNetworks(_ header: String) -> Bool {
        var text = HeaderNote.stripped(header) ?? header
        // « Vos réseaux », « Votre appartenance »: the list named to the respondent.
        for possessive in ["vos ", "votre ", "your "] where text.lowercased().hasPrefix(possessive) {
            text = String(text.dropFirst(possessive.count))
        }
        return ListedCooperations.listHeaders.contains(Vocabulary.key(text)) || SurveyQuestion.subject(of: header) == .networks
    }

    /// The questions written in the record above the header `h` that `asking` accepts
    /// (about networks unless said), each with its option columns: from the question's
    /// column on, the header cells whose cells below hold only marks or nothing, then an
    /// « Autre » column.
    static func optionsBelowQuestions(_ grid: any CellGrid, header h: Int,
                                      asking: (String) -> Bool = namesNetworks) -> [(question: String, options: [Int])] {
        let above = Array(grid.cellRange(ofRecord: h - 1))
        let headerCells = Array(grid.cellRange(ofRecord: h))
        var found: [(String, [Int])] = []
        for (c, cell) in above.enumerated() where c < headerCells.count && !grid.isBlank(cell) {
            let question = grid.text(ofCell: cell).trimmingSpaces()
            guard asking(question) else { continue }
            var options: [Int] = []
            var i = c
            while i < headerCells.count, i == c || i >= above.count || grid.isBlank(above[i]), !grid.isBlank(headerCells[i]) {
                if isMarkColumn(i, in: grid, below: h) {
                    options.append(i)
                } else {
                    if SurveyQuestion.isOtherOption(grid.text(ofCell: headerCells[i])) { options.append(i) }
                    break
                }
                i += 1
            }
            if !options.isEmpty { found.append((question, options)) }
        }
        return found
    }

    /// Whether every cell of column `c` below record `h` is a mark (« X », « Oui »), a no or empty.
    static func isMarkColumn(_ c: Int, in grid: any CellGrid, below h: Int) -> Bool {
        for r in (h + 1)..<grid.recordCount {
            let range = grid.cellRange(ofRecord: r)
            let cell = range.lowerBound + c
            guard cell < range.upperBound, !grid.isBlank(cell) else { continue }
            let text = grid.text(ofCell: cell)
            if !MembershipMatrix.isUnmarked(text), !MembershipMatrix.marks.contains(MembershipMatrix.normalized(text)) { return false }
        }
        return true
    }
}
