/// A name written with a link to its page after it, as Notion exports a relation
/// (« Emmaüs Arras (https://www.notion.so/Emmaus-Arras-8c1d…) ») and older Notion
/// exports a page's file (« Emmaüs Arras (Emmau%CC%88s%20Arras%208c1d….md) »).
///
/// The link is no part of the name: « Emmaüs Arras » on one row and « Emmaüs Arras
/// (https://…) » on another are one structure.
enum LinkedPage {
    /// `text` trimmed, without a last parenthesised web address or page file.
    static func name(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return trimmed }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let lowered = inner.lowercased()
        let isLink = (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
            || ((lowered.hasSuffix(".md") || lowered.hasSuffix(".html") || lowered.hasSuffix(".csv")) && lowered.contains("%20")))
            && !inner.contains(" ")
        guard isLink else { return trimmed }
        let name = String(trimmed[..<open]).trimmingSpaces()
        return name.isEmpty ? trimmed : name
    }
}
