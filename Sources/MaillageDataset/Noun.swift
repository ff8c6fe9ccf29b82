import MaillageSupport
import MaillageModel

/// What a dataset row stands for, as messages name it in French and in English:
/// `actor`/« acteur », and the forms French needs around it (« d'acteur »).
struct Noun: Sendable {
    /// `actor`.
    var en: String
    /// « acteur ».
    var fr: String
    /// « d'acteur »: the noun as the complement of another (« identifiant d'acteur »).
    var frOf: String
    /// Whether the French noun is feminine (« coopération … lue »).
    var feminine = false
    /// A French past participle agreed with the noun: « lu » → « lue ».
    func agreed(_ participle: String) -> String { feminine ? participle + "e" : participle }

    static let actor = Noun(en: "actor", fr: "acteur", frOf: "d'acteur")
    static let cooperation = Noun(en: "cooperation", fr: "coopération", frOf: "de coopération", feminine: true)
    static let territory = Noun(en: "territory", fr: "territoire", frOf: "de territoire")
    static let membership = Noun(en: "membership", fr: "participation", frOf: "de participation", feminine: true)
    static let alias = Noun(en: "alias", fr: "alias", frOf: "d'alias")

    /// `actor id` / « identifiant d'acteur ».
    var id: LocalizedText { LocalizedText(fr: "identifiant \(frOf)", en: "\(en) id") }
    /// `actor name` / « nom d'acteur ».
    var name: LocalizedText { LocalizedText(fr: "nom \(frOf)", en: "\(en) name") }
    /// `actor "a1"` / « acteur « a1 » ».
    func named(_ id: String) -> LocalizedText { LocalizedText(fr: "\(fr) « \(id.excerpt) »", en: "\(en) \"\(id.excerpt)\"") }
}
