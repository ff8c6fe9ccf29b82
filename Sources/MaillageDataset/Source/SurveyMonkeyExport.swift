import MaillageSupport
import MaillageModel

/// A SurveyMonkey export (« Toutes les réponses », CSV or Excel): two header lines, the
/// questions above and, below them, « Réponse » (« Response ») for a question of one
/// answer, or one option per column for a question of several, the question written
/// over its first option only; a ticked option's cell holds the option's own text.
///
/// ```
/// ID du répondant | … | Quel est le nom de votre structure ? | Avec quelles structures coopérez-vous ? |              | …
///                 |   | Réponse ouverte                      | APES                                    | Emmaüs Arras | Autre (veuillez préciser)
/// 114152261234    | … | Ressourcerie du Ternois              | APES                                    | Emmaüs Arras |
/// ```
///
/// The two lines are read as one header, each option titled « Question [Option] » as
/// LimeSurvey titles it, and each ticked cell as a mark (« X »): the partners question
/// is then read by ``PartnerOptions``, the networks question by ``PartnersAndNetworks``
/// and ``MembershipMatrix``. SurveyMonkey's own columns before the questions (« ID du
/// répondant », « ID du collecteur », « Date de début », « Date de fin »…) are the
/// answer's history: the two dates are titled « … de la réponse », so that they are
/// not read as a cooperation's start and end.
enum SurveyMonkeyExport {
    /// What the second header line says under a question of one answer (keys).
    static let answerWords: Set<String> = Set(["réponse", "réponses", "réponse ouverte", "response", "responses", "open-ended response",
                                               "open ended response"].map(Vocabulary.key))

    /// SurveyMonkey's first columns (keys): what identifies the answer and its respondent.
    static let ownColumns: Set<String> = Set(["id du répondant", "respondent id", "id du collecteur", "collector id"].map(Vocabulary.key))

    /// Its two dates (keys), and the titles given to them.
    static let dates: [String: String] = [
        Vocabulary.key("date de début"): "Date de début de la réponse", Vocabulary.key("date de fin"): "Date de fin de la réponse",
        Vocabulary.key("start date"): "Start date of the response", Vocabulary.key("end date"): "End date of the response",
    ]

    /// Whether `grid` is a SurveyMonkey export: its first column is « ID du répondant »
    /// (« Respondent ID ») or its second line says « Réponse » under a question, and an
    /// option of that line sits under no question of its own (the second line continues
    /// the first).
    static func recognizes(_ grid: any CellGrid) -> Bool {
        guard grid.recordCount > 2 else { return false }
        let top = grid.cellRange(ofRecord: 0).map { grid.text(ofCell: $0).trimmingSpaces() }
        let below = grid.cellRange(ofRecord: 1).map { grid.text(ofCell: $0).trimmingSpaces() }
        guard let first = top.first.map(Vocabulary.key), ownColumns.contains(first) || below.contains(where: { answerWords.contains(Vocabulary.key($0)) })
        else { return false }
        return below.indices.contains { $0 > 0 && $0 < top.count && top[$0].isEmpty && !below[$0].isEmpty }
    }

    /// `grid` with its two header lines read as one and its ticked options as marks; nil
    /// when `grid` is no SurveyMonkey export.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        guard recognizes(grid) else { return nil }
        let first = Array(grid.cellRange(ofRecord: 0)), second = Array(grid.cellRange(ofRecord: 1))
        let top = first.map { grid.text(ofCell: $0).trimmingSpaces() }
        let below = second.map { grid.text(ofCell: $0).trimmingSpaces() }
        func key(_ text: String) -> String { Vocabulary.key(text) }
        let width = MappedGrid.width(of: grid)
        var header: [String] = [], options: [Int: String] = [:]
        var question = ""
        for c in 0..<width {
            let above = c < top.count ? top[c] : "", under = c < below.count ? below[c] : ""
            if !above.isEmpty { question = above }
            if under.isEmpty || answerWords.contains(key(under)) || question.isEmpty {
                header.append(dates[key(above)] ?? (above.isEmpty ? under : above))
            } else {
                header.append("\(question) [\(under)]")
                if !SurveyQuestion.isOtherOption(under) { options[c] = under }
            }
        }
        let headerPositions = (0..<width).map { c -> CellPosition in
            if options[c] != nil || (c < top.count && top[c].isEmpty), c < second.count { return grid.position(ofCell: second[c]) }
            return c < first.count ? grid.position(ofCell: first[c]) : grid.start(ofRecord: 0)
        }
        var ticked = 0
        let records = MappedGrid.rows(of: grid, records: 2..<grid.recordCount, width: width) { _, c, text in
            guard let option = options[c], Vocabulary.key(text) == Vocabulary.key(option) else { return text }
            ticked += 1
            return "X"
        }
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un export SurveyMonkey : les deux lignes d'en-tête réunies en une, chaque option d'une question à plusieurs réponses titrée « Question [Option] » (\(options.count) option\(options.count > 1 ? "s" : ""), \(ticked) case\(ticked > 1 ? "s" : "") cochée\(ticked > 1 ? "s" : ""))",
            en: "read as a SurveyMonkey export: the two header lines read as one, each option of a question of several answers titled \"Question [Option]\" (\(options.count) option\(options.count > 1 ? "s" : ""), \(ticked) ticked cell\(ticked > 1 ? "s" : ""))"),
            file: file, at: grid.start(ofRecord: 1)))
        return MappedGrid(header: header, records: records, origin: grid.origin, headerPositions: headerPositions)
    }
}
