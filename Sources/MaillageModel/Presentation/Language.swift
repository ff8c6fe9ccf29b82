import Foundation
@_exported import struct MaillageSupport.LocalizedText

/// The language Maillage speaks to its user: French (the default, the language of
/// the ESS actors it is written for) or English. One value sets every heading, label,
/// message and explanation of a command, a map or a report, the names of kinds,
/// forms, roles and levels, and how numbers are written in reports (`0,058` in
/// French, `0.058` in English). Dataset strings are never translated.
///
/// The command line takes it from `--lang`, else from the environment's locale
/// (``Language/fromEnvironment(_:)``).
public enum Language: String, CaseIterable, Sendable {
    case fr, en

    /// The `lang` attribute of the page.
    public var code: String { rawValue }

    /// `french` or `english`, whichever this language is.
    public func pick(_ french: String, _ english: String) -> String { self == .fr ? french : english }

    /// Whether a count of `n` takes the singular: 0 and 1 in French (« 0 erreur »,
    /// « 1 lien »; Unicode CLDR's plural rule for French), 1 only in English ("0 errors").
    public func isSingular(_ n: Int) -> Bool { n == 1 || (self == .fr && n == 0) }

    /// `n` followed by the singular or plural noun (see ``isSingular(_:)``).
    public func count(_ n: Int, _ one: String, _ many: String) -> String { "\(integer(n)) \(isSingular(n) ? one : many)" }

    // MARK: Vocabulary

    /// The name of an actor kind.
    public func label(_ kind: ActorKind) -> String {
        if self == .fr { return kind.label }
        switch kind {
        case .structure: return "ESS organisation"
        case .collectivite: return "local authority"
        case .teteDeReseau: return "network head"
        case .appui: return "support structure"
        case .financeur: return "funder"
        case .entreprise: return "business"
        case .institution: return "institution"
        case .unknown: return "not given"
        }
    }

    /// The name of a cooperation form.
    public func label(_ form: CooperationForm) -> String {
        if self == .fr { return form.label }
        switch form {
        case .mutualisation: return "pooling"
        case .partenariat: return "project partnership"
        case .collectif: return "collective of ESS actors"
        case .regroupement: return "grouping of actors"
        case .appui: return "support structure"
        case .unknown: return "not given"
        }
    }

    /// The name of a membership role.
    public func label(_ role: MembershipRole) -> String {
        switch (self, role) {
        case (.fr, _): return role.rawValue
        case (.en, .porteur): return "lead"
        case (.en, .animateur): return "facilitator"
        case (.en, .membre): return "member"
        case (.en, .partenaire): return "partner"
        case (.en, .financeur): return "funder"
        case (.en, .accompagnateur): return "adviser"
        }
    }

    /// The name of a territory level.
    public func label(_ level: TerritoryLevel) -> String {
        switch level {
        case .region: return pick("région", "region")
        case .departement: return pick("département", "département")
        case .pays: return pick("pays", "pays (local area)")
        case .epci: return pick("EPCI", "EPCI (inter-municipality)")
        case .commune: return pick("commune", "municipality")
        case .autre: return pick("autre", "other")
        }
    }

    /// `n` territories of `level`, the level's name agreeing with the count: « 12 communes »,
    /// « 1 département », « 3 EPCI », « 2 pays »; "12 municipalities" in English.
    public func count(_ n: Int, of level: TerritoryLevel) -> String {
        switch (self, level) {
        case (_, .pays): return "\(n) pays"
        case (_, .epci): return "\(n) EPCI"
        case (.en, .commune) where n != 1: return "\(n) municipalities"
        default: return "\(n) \(label(level))\(isSingular(n) ? "" : "s")"
        }
    }

    /// The name of a cooperation status.
    public func label(_ status: CooperationStatus) -> String {
        switch status {
        case .active: return pick("active", "active")
        case .enConstruction: return pick("en construction", "being built")
        }
    }

    /// The name of a community detection method.
    public func label(method: String) -> String { method == "leiden" ? "Leiden" : method == "louvain" ? "Louvain" : method }

    // MARK: Numbers

    /// A whole number, with thousands grouped (a narrow no-break space in French, a comma in English).
    public func integer(_ n: Int) -> String { LocalizedText.integer(n).text(french: self == .fr) }

    /// `value` with `digits` decimals and this language's decimal mark; "–" when missing or not finite.
    public func decimal(_ value: Double?, digits: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        var s = String(format: "%.\(digits)f", value)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        if s.hasPrefix("-") { s = "−" + s.dropFirst() }
        return self == .fr ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// `value` with at least `digits` decimals, and more when it is small enough to read as
    /// zero with them: two significant digits (a density of 0.00032 is « 0,00032 », not
    /// « 0,000 »), at most 8 decimals; "–" when missing or not finite.
    public func decimal(_ value: Double?, atLeast digits: Int) -> String {
        guard let value, value.isFinite, value != 0, abs(value) < pow(10, Double(-digits)) else { return decimal(value, digits: digits) }
        let shown = min(8, max(digits, Int(-floor(log10(abs(value)))) + 1))
        return decimal(value, digits: shown)
    }

    /// "oui"/"non" or "yes"/"no".
    public func yesNo(_ value: Bool) -> String { value ? pick("oui", "yes") : pick("non", "no") }

    /// Quotation marks around `text`: « … » in French, “…” in English.
    public func quoted(_ text: String) -> String { pick("« \(text) »", "“\(text)”") }

    // MARK: Choosing

    /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`; English when the first one set starts with `en`, French otherwise
    /// (French is the default of the field, and `C`/`POSIX` say nothing).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .fr
        }
        return .fr
    }
}

extension Language {
    /// `text` in this language.
    public func text(_ text: LocalizedText) -> String { text.text(french: self == .fr) }

    /// A text in both languages, `french` and `english`, for a message whose reader
    /// is not known yet (a diagnostic, an error thrown by a library).
    public static func both(_ french: String, _ english: String) -> LocalizedText { LocalizedText(fr: french, en: english) }
}

extension LocalizedText {
    /// This text in `language`.
    public func text(in language: Language) -> String { language.text(self) }
}
