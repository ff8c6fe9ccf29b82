import MaillageSupport
import MaillageModel
/// Limits on the text of a dataset that every output must be able to carry (issue 19):
/// noncharacters, name and id lengths, `|` in ids, and how many diagnostics of one kind
/// are printed. Each check is called from the loader in one line.
enum TextLimits {
    /// The longest name or id accepted, in characters. Graphviz's scanner refuses a
    /// quoted string over 16,384 bytes; a name of 1,000 characters stays under it even
    /// in 4-byte UTF-8 and with every character escaped as an entity (`&amp;`), with room
    /// for the other fields of a tooltip.
    static let longestName = 1_000

    /// How many diagnostics of one kind (same file, severity and wording) are listed
    /// before the rest are counted in one line.
    static let repeatedDiagnostics = 20

    /// Reports Unicode noncharacters (U+FDD0–U+FDEF, and U+FFFE, U+FFFF in every plane)
    /// as an error at the first, with the count of the others: XML 1.0 forbids U+FFFE and
    /// U+FFFF (an SVG map holding one is not XML), and Graphviz's PDF output drops the
    /// labels that hold them. `utf8` is valid UTF-8.
    /// - Returns: false when the file holds one.
    /// - Complexity: O(utf8.count).
    static func checkNoncharacters(_ utf8: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> Bool {
        var first: (offset: Int, scalar: UInt32)?
        var count = 0
        let n = utf8.count
        var i = 0
        utf8.withUnsafeBytes { raw in
            while i < n {
                // Runs of ASCII, eight bytes at a time: no noncharacter there.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let b = utf8[i]
                if b == 0xEF, i + 2 < n {
                    let scalar = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    if (0xFDD0...0xFDEF).contains(scalar) || scalar & 0xFFFE == 0xFFFE {
                        count += 1
                        if first == nil { first = (i, scalar) }
                    }
                    i += 3
                } else if b >= 0xF0, b <= 0xF4, i + 3 < n {
                    let scalar = UInt32(b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                    if scalar & 0xFFFE == 0xFFFE {
                        count += 1
                        if first == nil { first = (i, scalar) }
                    }
                    i += 4
                } else {
                    i += 1
                }
            }
        }
        guard let (offset, scalar) = first else { return true }
        let (line, column) = TextScreening.position(ofByte: offset, in: utf8)
        let more = TextScreening.moreInFile(count - 1)
        diagnostics.append(.error(LocalizedText(
            fr: "non-caractère \(TextScreening.codePoint(scalar)) dans le texte\(more.fr) : ce n'est pas un caractère, XML (cartes SVG, GraphML) l'interdit et les cartes PDF perdent les étiquettes qui le contiennent ; retirez-le",
            en: "noncharacter \(TextScreening.codePoint(scalar)) in the text\(more.en): it is not a character, XML (SVG maps, GraphML) forbids it and PDF maps lose the labels holding it; remove it"),
            file: file, line: line, column: column))
        return false
    }

    /// The error for a name or id over ``longestName`` characters, or nil.
    static func lengthProblem(_ text: String, what describe: @autoclosure () -> LocalizedText) -> LocalizedText? {
        guard text.utf8.count > longestName else { return nil }
        let length = text.count
        guard length > longestName else { return nil }
        let what = describe()
        return LocalizedText(
            fr: "\(what.fr) de \(length) caractères : noms et identifiants sont limités à \(longestName) caractères, "
                + "pour que chaque sortie (DOT pour Graphviz, cartes, exports) puisse les porter ; raccourcissez-le",
            en: "\(what.en) of \(length) characters: names and ids are limited to \(longestName) characters, "
                + "so that every output (DOT for Graphviz, maps, exports) can carry them; shorten it")
    }

    /// The error for an id holding `|`, the separator of joined lists in exports and of
    /// multi-valued cells, or nil.
    static func idProblem(_ id: String, what describe: @autoclosure () -> LocalizedText) -> LocalizedText? {
        guard id.utf8.contains(0x7C) else { return nil }
        let what = describe()
        return LocalizedText(
            fr: "\(what.fr) « \(id.excerpt) » contient « | », qui sépare les valeurs des listes (territoires, coopérations exportées) ; remplacez-le, par exemple par « - »",
            en: "\(what.en) \"\(id.excerpt)\" holds \"|\", which separates the values of lists (territories, exported cooperations); replace it, e.g. by \"-\"")
    }

    /// `diagnostics` (sorted) with at most ``repeatedDiagnostics`` of each kind, the
    /// rest counted in one diagnostic of the same file and severity.
    /// - Complexity: O(d · message length).
    static func capRepeated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > repeatedDiagnostics else { return diagnostics }
        struct Kind: Hashable { var file: String; var severity: Diagnostic.Severity; var wording: String }
        var seen: [Kind: Int] = [:]
        var order: [Kind] = []
        var kept: [Diagnostic] = []
        var gist: [Kind: LocalizedText] = [:]
        for diagnostic in diagnostics {
            let kind = Kind(file: diagnostic.file, severity: diagnostic.severity, wording: wording(of: diagnostic.message))
            let n = seen[kind, default: 0]
            if n == 0 {
                order.append(kind)
                gist[kind] = LocalizedText(fr: Self.gist(of: diagnostic.text.fr), en: Self.gist(of: diagnostic.text.en))
            }
            seen[kind] = n + 1
            if n < repeatedDiagnostics { kept.append(diagnostic) }
        }
        for kind in order {
            let count = seen[kind] ?? 0
            guard count > repeatedDiagnostics else { continue }
            let more = count - repeatedDiagnostics
            var summary = Diagnostic(
                file: kind.file, severity: kind.severity,
                text: LocalizedText(
                    fr: "… et \(more) autre\(more > 1 ? "s" : "") du même genre (\(gist[kind]?.fr ?? "")) ; seuls les \(repeatedDiagnostics) premiers sont listés",
                    en: "… and \(more) more like the above (\(gist[kind]?.en ?? "")); only the first \(repeatedDiagnostics) are listed"))
            summary.problems = more
            kept.append(summary)
        }
        return kept
    }

    /// What a kind of message says, for the line that counts its repeats: the message
    /// with its quoted values elided (« … ») and its other words and numbers kept (unlike
    /// ``wording(of:)``, so that « une année (2019), un mois (2019-03) » stays readable), up
    /// to the end of its first clause (before « ; », where the advice starts), and cut at
    /// a word boundary with "…" when that is still longer than 60 characters.
    /// « probablement le même acteur : « A » et « B » restent distincts ; pour les
    /// fusionner, … » gives « probablement le même acteur : … et … restent distincts ».
    static func gist(of message: String) -> String {
        var elided = ""
        var quoted = false
        for character in message {
            if character == "\"" || character == "«" || character == "»" {
                quoted.toggle()
                if quoted { elided.append("…") }
                continue
            }
            if !quoted { elided.append(character) }
        }
        func trimmed(_ text: Substring) -> Substring {
            guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
            return text[first...last]
        }
        var text = Substring(elided)
        if let clause = text.firstIndex(of: ";") { text = text[..<clause] }
        text = trimmed(text)
        guard text.count > 60 else { return String(text) }
        let head = text.prefix(60)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return String(trimmed(cut)) + "…"
    }

    /// A message with its quoted values and numbers taken out: what makes two
    /// diagnostics the same kind.
    static func wording(of message: String) -> String {
        var result = ""
        var quoted = false
        for character in message {
            if character == "\"" || character == "«" || character == "»" {
                quoted.toggle()
                if quoted { result.append("…") }
                continue
            }
            if quoted || character.isNumber { continue }
            result.append(character)
        }
        return result
    }
}
