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
