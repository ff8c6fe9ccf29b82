/// A note a form adds to a column's title: « Vos partenaires (plusieurs réponses
/// possibles) », « Commune (facultatif) », « Votre structure : », as Google Forms,
/// LimeSurvey or Framaforms export a question as the header.
enum HeaderNote {
    /// `header` without its note — the text from its first « ( » or « [ », and a
    /// trailing « : », « ? » or « * » — nil when it has none, or when nothing is left.
    static func stripped(_ header: String) -> String? {
        var text = Substring(header)
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }) { text = text[..<open] }
        while let last = text.last, last == ":" || last == "?" || last == "*" || last == " " || last == "\u{A0}" { text = text.dropLast() }
        let trimmed = text.drop { $0 == " " || $0 == "\u{A0}" }
        guard !trimmed.isEmpty, trimmed.count < header.count else { return nil }
        return String(trimmed)
    }
}
