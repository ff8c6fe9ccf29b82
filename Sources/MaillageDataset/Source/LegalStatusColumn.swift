import MaillageSupport
import MaillageModel

/// A column headed « Statut » alone: in Kumu's elements sheet, a cooperation's status
/// (« Actif »); in a list of structures, their legal status (« Association », « SCIC »,
/// « Collectivité »). Read as the actors' legal form when its values say so.
///
/// The column reads so when its header is « Statut », « Statuts » or `Status`, no other
/// column of the header gives the legal form, and at least four in five of its non-empty
/// values (among the first ``sampleRows``, one at least) name a legal form or a kind of
/// actor (``ValueSynonyms/actorKinds``). Its legal forms then give the actors' kinds as a
/// « Statut juridique » column does.
enum LegalStatusColumn {
    /// Header keys that may be a legal status.
    static let headers: Set<String> = Set(["statut", "statuts", "status"].map(Vocabulary.key))

    /// How many rows are looked at.
    static let sampleRows = 1_000

    /// Whether column `index` of `grid` (header at record 0) is the actors' legal form.
    static func isLegalForm(_ index: Int, in grid: any CellGrid) -> Bool {
        guard grid.recordCount > 1 else { return false }
        let header = Array(grid.cellRange(ofRecord: 0))
        guard index < header.count, headers.contains(Vocabulary.key(grid.text(ofCell: header[index]))) else { return false }
        // « Statut » beside « Forme juridique »: that one gives the legal form.
        if header.contains(where: { TableSchema.actors.column(named: grid.text(ofCell: $0).trimmingSpaces().lowercased()) == "legal_form" }) {
            return false
        }
        var values = 0, forms = 0
        for r in 1..<min(grid.recordCount, sampleRows + 1) {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + index < range.upperBound, !grid.isBlank(range.lowerBound + index) else { continue }
            values += 1
            if ValueSynonyms.actorKinds.match(grid.text(ofCell: range.lowerBound + index).trimmingSpaces()) != nil { forms += 1 }
        }
        return values > 0 && 5 * forms >= 4 * values
    }

    /// The warning that says the column written `written` is read as the legal form.
    static func message(written: String) -> LocalizedText {
        LocalizedText(
            fr: "colonne « \(written) » lue comme la forme juridique des acteurs : ses valeurs en sont (association, SCIC, collectivité…)",
            en: "column \"\(written)\" read as the actors' legal form: its values are legal forms (association, SCIC, local authority…)")
    }
}
