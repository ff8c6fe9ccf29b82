/// A note a form adds to a column's title: « Vos partenaires (plusieurs réponses
/// possibles) », « Commune (facultatif) », « Votre structure : », as Google Forms,
/// LimeSurvey or Framaforms export a question as the header.
enum HeaderNote {
    /// `header` without its note — the text from its first « ( » or « [ », and a
    /// trailing « : », « ? » or « * » — nil when it has none, or when nothing is left.
    /// A plural or feminine ending in parentheses right after a word (« forme(s) »,
    /// « impliqué(e) ») is no note: it is dropped, and the text after it kept
    /// (« Sous quelle(s) forme(s) ? » gives « Sous quelle forme »).
    static func stripped(_ header: String) -> String? {
        var text = Substring(withoutEndings(header))
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }) { text = text[..<open] }
        while let last = text.last, last == ":" || last == "?" || last == "*" || last == " " || last == "\u{A0}" { text = text.dropLast() }
        let trimmed = text.drop { $0 == " " || $0 == "\u{A0}" }
        guard !trimmed.isEmpty, trimmed.count < header.count else { return nil }
        return String(trimmed)
    }

    /// The endings of inclusive or plural writing a form's question holds: « (s) », « (e) »,
    /// « (es) », « (x) », « (ne) » right after a letter.
    static let endings: Set<String> = ["s", "e", "es", "x", "ne", "le", "S", "E", "ES", "X"]

    /// `header` with its endings in parentheses (``endings``) dropped.
    static func withoutEndings(_ header: String) -> String {
        guard header.contains("(") else { return header }
        var out = ""
        var rest = Substring(header)
        while let open = rest.firstIndex(of: "(") {
            let before = rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let last = before.last, last.isLetter, let close = after.firstIndex(of: ")"), endings.contains(String(after[..<close])) {
                out += before
                rest = after[after.index(after: close)...]
            } else {
                out += rest[...open]
                rest = after
            }
        }
        return out + rest
    }
}
