import MaillageSupport
import MaillageModel

/// Whether a structure belongs to the social and solidarity economy when its legal
/// category alone says « company »: SIRENE's ESS flag (`economieSocialeSolidaireUniteLegale`,
/// « O » or « N »), or a cooperative's name on a company form (a SCOP or a SCIC as an SAS
/// has no legal category code of its own, 5710).
enum ESSMembership {
    /// The flag a cell gives: true for « O », « oui », « yes », « x »…, false for « N »,
    /// « non », « no »…, nil for an empty cell; `.unreadable` for anything else.
    enum Flag: Equatable { case yes, no, empty, unreadable }

    /// The flag `text` gives.
    static func flag(_ text: String) -> Flag {
        let key = Vocabulary.key(text)
        if key.isEmpty { return .empty }
        if yes.contains(key) { return .yes }
        if no.contains(key) { return .no }
        return .unreadable
    }

    static let yes: Set<String> = ["o", "oui", "yes", "y", "x", "1", "vrai", "true", "ess", "ok"]
    static let no: Set<String> = ["n", "non", "no", "0", "faux", "false"]

    /// Whether `name` names a cooperative: the word « SCOP », « SCIC », « CAE » (coopérative
    /// d'activité et d'emploi) or « coopérative » in it, case and accents ignored.
    static func namesACooperative(_ name: String) -> Bool {
        let words = name.split { !$0.isLetter && !$0.isNumber }.map { Vocabulary.key(String($0)) }
        return words.contains { cooperativeWords.contains($0) }
    }

    static let cooperativeWords: Set<String> = ["scop", "scic", "cooperative", "cooperatives", "cooperatif", "scoop", "cuma"]
}

/// The actors an actors table counts as ESS structures for one reason (or the flags it
/// could not read): how many, and the first, for one warning.
struct ESSKinds {
    var count = 0
    var first: (name: String, legalForm: String, position: CellPosition?)?

    mutating func add(_ name: String, legalForm: String, at position: CellPosition?) {
        count += 1
        if first == nil { first = (name, legalForm, position) }
    }
}

extension LoaderRun {
    /// Says which company forms were counted as ESS structures, by SIRENE's flag and by a
    /// cooperative's name (one warning each, the first as example), and which flags were
    /// not read.
    mutating func reportESSKinds(flagged: ESSKinds, named: ESSKinds, unreadable: ESSKinds, column: Int?, table: Table) {
        let header = table.frenchName(ofColumn: column, key: "ess")
        func form(_ legalForm: String) -> (fr: String, en: String) {
            legalForm.isEmpty ? ("", "") : (" (\(legalForm.excerpt))", " (\(legalForm.excerpt))")
        }
        if let first = flagged.first {
            let n = flagged.count, f = form(first.legalForm)
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "acteur compté" : "acteurs comptés") comme \(n == 1 ? "structure" : "structures") ESS, la colonne \(LoaderRun.quotedKey(header)) \(n == 1 ? "le" : "les") disant de l'ESS : ici « \(first.name.excerpt) »\(f.fr)",
                en: "\(n) actor\(n == 1 ? "" : "s") counted as ESS organisation\(n == 1 ? "" : "s"), column \(LoaderRun.quotedKey(header)) saying \(n == 1 ? "it is" : "they are") in the ESS: here \"\(first.name.excerpt)\"\(f.en)"),
                file: table.file, at: first.position ?? Self.headerPosition(of: column, in: table) ?? table.grid.origin))
        }
        if let first = named.first {
            let n = named.count, f = form(first.legalForm)
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "acteur" : "acteurs") de forme commerciale dont le nom dit une coopérative (SCOP, SCIC, CUMA) \(n == 1 ? "compté" : "comptés") comme \(n == 1 ? "structure" : "structures") ESS : ici « \(first.name.excerpt) »\(f.fr) ; donnez son type (colonne « Type ») pour en décider autrement",
                en: "\(n) actor\(n == 1 ? "" : "s") of a company form whose name says a cooperative (SCOP, SCIC, CUMA) counted as ESS organisation\(n == 1 ? "" : "s"): here \"\(first.name.excerpt)\"\(f.en); give its kind (column kind) to decide otherwise"),
                file: table.file, at: first.position ?? table.grid.origin))
        }
        if let first = unreadable.first {
            let n = unreadable.count
            diagnostics.append(.warning(LocalizedText(
                fr: "\(LocalizedText.integer(n).fr) \(n == 1 ? "valeur illisible" : "valeurs illisibles") dans \(LoaderRun.quotedKey(header)) (« O » ou « N », « oui » ou « non »), non \(n == 1 ? "lue" : "lues") : ici « \(first.name.excerpt) »",
                en: "\(n) unreadable value\(n == 1 ? "" : "s") in \(LoaderRun.quotedKey(header)) (\"O\" or \"N\", \"yes\" or \"no\"), not read: here \"\(first.name.excerpt)\""),
                file: table.file, at: first.position ?? table.grid.origin))
        }
    }
}
