import Foundation
import MaillageModel

/// The language of a report: French (the default, the language of the ESS actors it
/// is written for) or English. It sets every heading, label and explanation, the
/// names of kinds, forms, roles and levels, and how numbers are written (`0,058` in
/// French, `0.058` in English). Dataset strings are never translated.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case fr, en

    /// The `lang` attribute of the page.
    public var code: String { rawValue }

    /// `french` or `english`, whichever this language is.
    func pick(_ french: String, _ english: String) -> String { self == .fr ? french : english }

    /// `n` followed by the singular or plural noun.
    func count(_ n: Int, _ one: String, _ many: String) -> String { "\(integer(n)) \(n == 1 ? one : many)" }

    // MARK: Vocabulary

    /// The name of an actor kind.
    func label(_ kind: ActorKind) -> String {
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
    func label(_ form: CooperationForm) -> String {
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
    func label(_ role: MembershipRole) -> String {
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
    func label(_ level: TerritoryLevel) -> String {
        switch level {
        case .region: return pick("région", "region")
        case .departement: return pick("département", "département")
        case .pays: return pick("pays", "pays (local area)")
        case .epci: return pick("EPCI", "EPCI (inter-municipality)")
        case .commune: return pick("commune", "municipality")
        case .autre: return pick("autre", "other")
        }
    }

    /// The name of a cooperation status.
    func label(_ status: CooperationStatus) -> String {
        switch status {
        case .active: return pick("active", "active")
        case .enConstruction: return pick("en construction", "being built")
        }
    }

    /// The name of a community detection method.
    func label(method: String) -> String { method == "leiden" ? "Leiden" : method == "louvain" ? "Louvain" : method }

    // MARK: Numbers

    /// A whole number, with thousands grouped (a narrow no-break space in French, a comma in English).
    func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += self == .fr ? "\u{202F}" : "," }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// `value` with `digits` decimals and this language's decimal mark; "–" when missing or not finite.
    func decimal(_ value: Double?, digits: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        var s = String(format: "%.\(digits)f", value)
        if s.hasPrefix("-"), Double(s) == 0 { s.removeFirst() }
        if s.hasPrefix("-") { s = "−" + s.dropFirst() }
        return self == .fr ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// "oui"/"non" or "yes"/"no".
    func yesNo(_ value: Bool) -> String { value ? pick("oui", "yes") : pick("non", "no") }

    /// Quotation marks around `text`: « … » in French, “…” in English.
    func quoted(_ text: String) -> String { pick("« \(text) »", "“\(text)”") }
}
