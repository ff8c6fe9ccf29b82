import MaillageSupport
import MaillageModel

/// A Qualtrics export (« Data & Analysis », CSV or Excel): the variables' names on the
/// first line (`StartDate`, `ResponseId`, `Q1`, `Q3_4_TEXT`…), the questions' texts on
/// the second, and in the newer exports a third line of `{"ImportId":"QID3"}`.
///
/// ```
/// StartDate  | … | ResponseId | Q1                                   | Q3                                                  | Q3_4_TEXT                                     | Q4
/// Start Date | … | Response ID| Quel est le nom de votre structure ? | Avec quelles structures coopérez-vous ? - Selected Choice | Avec quelles structures coopérez-vous ? - Autre - Text | À quels réseaux adhérez-vous ?
/// {"ImportId":"startDate"} | …
/// 2025-03-12 10:02:11 | … | R_1abc | Ressourcerie du Ternois | APES,Autre | Secours populaire | CRESS Hauts-de-France
/// ```
///
/// The questions' texts are the header (« - Selected Choice », « - Choix sélectionné »
/// dropped), the `ImportId` line is skipped, and a question's « Autre - Text » column is
/// folded into its choices: « Autre » in the choice cell is replaced by what the
/// respondent wrote. Qualtrics' own columns keep their variable names, which say what
/// they are: the answer's history (`StartDate`, `EndDate`, `RecordedDate`, `ResponseId`,
/// `Progress`, `Finished`…), or personal data (`IPAddress`, the recipient's names and
/// e-mail, the respondent's `LocationLatitude` and `LocationLongitude`, which are no
/// structure's place).
enum QualtricsExport {
    /// Qualtrics' own variables (keys), and the title each column gets.
    static let ownColumns: [String: String] = {
        var titles: [String: String] = [:]
        for name in ["StartDate", "EndDate", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "ResponseID",
                     "ExternalReference", "DistributionChannel", "UserLanguage", "Q_RecaptchaScore", "Q_RelevantIDDuplicate"] {
            titles[Vocabulary.key(name)] = name
        }
        titles[Vocabulary.key("Status")] = "Response Type"  // « Status » alone would be a cooperation's
        titles[Vocabulary.key("IPAddress")] = "IP Address"
        titles[Vocabulary.key("RecipientLastName")] = "Recipient Last Name"
        titles[Vocabulary.key("RecipientFirstName")] = "Recipient First Name"
        titles[Vocabulary.key("RecipientEmail")] = "Recipient Email"
        titles[Vocabulary.key("LocationLatitude")] = "Location Latitude"
        titles[Vocabulary.key("LocationLongitude")] = "Location Longitude"
        return titles
    }()

    /// What Qualtrics writes after a multiple-choice question's text, English and French.
    static let choiceSuffixes = [" - Selected Choice", " - Choix sélectionné", " - Choix sélectionnés"]
    /// What it writes after an option's text-entry column: « Q - Autre - Text ».
    static let textSuffixes = [" - Text", " - Texte"]

    /// Whether `grid` is a Qualtrics export: four of Qualtrics' own variables or more on its
    /// first line, and a line of questions below.
    static func recognizes(_ grid: any CellGrid) -> Bool {
        grid.recordCount > 2 && grid.cellRange(ofRecord: 0).filter { ownColumns[Vocabulary.key(grid.text(ofCell: $0).trimmingSpaces())] != nil }.count >= 4
    }

    /// `grid` with the questions' texts as its header and each « Autre » written in; nil
    /// when `grid` is no Qualtrics export.
    static func read(_ grid: any CellGrid, file: String, diagnostics: inout [Diagnostic]) -> MappedGrid? {
        guard recognizes(grid) else { return nil }
        let names = grid.cellRange(ofRecord: 0).map { grid.text(ofCell: $0).trimmingSpaces() }
        let texts = grid.cellRange(ofRecord: 1).map { grid.text(ofCell: $0).trimmingSpaces() }
        let importLine = grid.cellRange(ofRecord: 2).contains { grid.text(ofCell: $0).hasPrefix("{\"ImportId\"") }
        let firstRow = importLine ? 3 : 2
        guard firstRow < grid.recordCount else { return nil }
        var header: [String] = []
        for (c, name) in names.enumerated() {
            if let own = ownColumns[Vocabulary.key(name)] { header.append(own); continue }
            var text = c < texts.count && !texts[c].isEmpty ? texts[c] : name
            for suffix in choiceSuffixes where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            header.append(text)
        }
        // « Q - Autre - Text » beside « Q »: folded into Q's choices.
        var writtenIn: [Int: (choices: Int, option: String)] = [:]
        for (c, title) in header.enumerated() {
            guard let suffix = textSuffixes.first(where: title.hasSuffix) else { continue }
            let stem = String(title.dropLast(suffix.count))
            guard let dash = stem.range(of: " - ", options: .backwards) else { continue }
            let question = String(stem[..<dash.lowerBound]), option = String(stem[dash.upperBound...])
            if let choices = header.firstIndex(of: question) { writtenIn[c] = (choices, option) }
        }
        let kept = header.indices.filter { writtenIn[$0] == nil }
        let headerCells = Array(grid.cellRange(ofRecord: 1))
        let headerPositions = grid.positions(ofCells: headerCells)
        var folded = 0
        let records = MappedGrid.rows(of: grid, records: firstRow..<grid.recordCount, width: header.count) { _, _, text in text }.map { cells in
            var row = kept.map { cells[$0] }
            for (c, other) in writtenIn {
                guard let k = kept.firstIndex(of: other.choices) else { continue }
                let written = cells[c].text.trimmingSpaces()
                var choices = row[k].text.split(separator: ",").map { String($0).trimmingSpaces() }
                guard let i = choices.firstIndex(where: { Vocabulary.key($0) == Vocabulary.key(other.option) }) else { continue }
                if written.isEmpty { choices.remove(at: i) } else { choices[i] = written; folded += 1 }
                row[k].text = choices.joined(separator: ", ")
            }
            return row
        }
        diagnostics.append(.warning(LocalizedText(
            fr: "lu comme un export Qualtrics : les textes des questions (2e ligne) en en-tête\(importLine ? ", la ligne « ImportId » passée" : "")\(writtenIn.isEmpty ? "" : ", et les réponses « Autre » écrites en clair à la place du choix « Autre » (\(folded))")",
            en: "read as a Qualtrics export: the questions' texts (line 2) as the header\(importLine ? ", the \"ImportId\" line skipped" : "")\(writtenIn.isEmpty ? "" : ", and the \"Other\" answers written out in place of the \"Other\" choice (\(folded))")"),
            file: file, at: grid.start(ofRecord: 1)))
        return MappedGrid(header: kept.map { header[$0] }, records: records, origin: grid.origin,
                          headerPositions: kept.map { $0 < headerCells.count ? headerPositions[headerCells[$0]] ?? grid.start(ofRecord: 1) : grid.start(ofRecord: 1) })
    }
}
