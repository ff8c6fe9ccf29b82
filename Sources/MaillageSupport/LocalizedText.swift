/// A text a user reads, written in each language Maillage speaks: French (`fr`, the
/// default of the field) and English (`en`).
///
/// Messages built deep in a library (a dataset diagnostic, a workbook refused) do
/// not know which language the user reads: they carry both texts, and whoever prints
/// them picks one (`Language.text(_:)` in MaillageModel, or ``text(french:)``).
/// Its `description` is the English text, for logs and for library users who do not
/// choose a language.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The French text.
    public var fr: String
    /// The English text.
    public var en: String

    /// A text with its French and English wordings.
    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// A text that reads the same in both languages (a number, a path, a name).
    public init(verbatim text: String) {
        self.init(fr: text, en: text)
    }

    /// The French text when `french`, else the English one.
    public func text(french: Bool) -> String { french ? fr : en }

    /// The English text.
    public var description: String { en }

    /// `rhs` appended to `lhs`, language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(fr: lhs.fr + rhs.fr, en: lhs.en + rhs.en)
    }

    /// `rhs` appended as it is to both texts (a path, a number).
    public static func + (lhs: LocalizedText, rhs: String) -> LocalizedText {
        LocalizedText(fr: lhs.fr + rhs, en: lhs.en + rhs)
    }

    /// The empty text.
    public static let empty = LocalizedText(fr: "", en: "")

    /// Whether both texts are empty.
    public var isEmpty: Bool { fr.isEmpty && en.isEmpty }

    /// « (et 3 autres) », " (and 3 more)": what a message about the first of several
    /// findings adds for the `others`; empty for none.
    public static func andMore(_ others: Int) -> LocalizedText {
        guard others > 0 else { return .empty }
        let n = integer(others)
        return LocalizedText(fr: " (et \(n.fr) autre\(others > 1 ? "s" : ""))", en: " (and \(n.en) more)")
    }

    /// A whole number with its thousands grouped: a narrow no-break space in French
    /// (« 69 366 »), a comma in English ("69,366"); a minus sign before a negative one.
    public static func integer(_ n: Int) -> LocalizedText {
        let digits = String(n.magnitude)
        var fr = "", en = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 {
                fr += "\u{202F}"
                en += ","
            }
            fr.append(c)
            en.append(c)
        }
        let sign = n < 0 ? "−" : ""
        return LocalizedText(fr: sign + fr, en: sign + en)
    }
}

extension Array where Element == LocalizedText {
    /// The texts joined language by language.
    public func joined(separator: String) -> LocalizedText {
        LocalizedText(fr: map(\.fr).joined(separator: separator), en: map(\.en).joined(separator: separator))
    }
}
