import Foundation

/// The marks people type before the items of a list written in one cell: bullets
/// (« - Cocagne », « • COORACE », « * », « – », « · », « ▪ », « ► », « → ») and numbers
/// (« 1) », « 1. », « 2- », « a) »), on lines of their own or in a row (« 1) Cocagne
/// 2) COORACE »). They are no part of a name: « - Cocagne » and « Cocagne » are one
/// cooperation, « • Mouvement associatif » is shown without its bullet.
enum ListMarkers {
    /// Characters that mark an item when they lead it.
    static let bullets: Set<Character> = ["-", "–", "—", "•", "·", "*", "▪", "▫", "◦", "►", "▶", "→", "✓", "✔", "➢", "➤", "■", "□", "○", "●"]

    /// `item` without its leading bullet or number, trimmed; `item` trimmed when it has none
    /// (or when nothing would be left, or what follows the mark is no letter: « -5 % »).
    static func unmarked(_ item: String) -> String {
        let trimmed = item.trimmingSpaces()
        guard let first = trimmed.first else { return trimmed }
        // Most items start with a word: no mark to look for (« a) » is one).
        if first.isLetter, trimmed.utf8.dropFirst().first != UInt8(ascii: ")") { return trimmed }
        var rest = Substring(trimmed)
        if bullets.contains(first) {
            rest = rest.dropFirst()
            // « -Cocagne » is marked, « -5 % » is a number.
            guard let next = rest.first, next == " " || next == "\t" || next.isLetter else { return trimmed }
        } else if let end = numberEnd(rest) {
            rest = rest[end...]
        } else {
            return trimmed
        }
        let name = String(rest).trimmingSpaces()
        guard let lead = name.first, lead.isLetter || lead.isNumber || lead == "«" || lead == "\"" else { return trimmed }
        return name
    }

    /// Where the name starts after a leading item number: « 1) », « 12. », « 3- », « a) »
    /// followed by a space; nil when `text` starts with none.
    private static func numberEnd(_ text: Substring) -> Substring.Index? {
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, text[index].isASCII, text[index].isNumber, digits < 3 {
            digits += 1
            index = text.index(after: index)
        }
        if digits == 0 {
            // « a) »: one small letter and a parenthesis.
            guard let first = text.first, first.isLowercase, first.isASCII, text.dropFirst().first == ")" else { return nil }
            index = text.index(text.startIndex, offsetBy: 2)
        } else {
            guard index < text.endIndex, [")", ".", "-", "°"].contains(text[index]) else { return nil }
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index] == " " || text[index] == "\t" else { return nil }
        return index
    }

    /// The items of a cell numbered in a row, « 1) Cocagne 2) COORACE 3) Mouvement
    /// associatif » (or « 1. », « 1- »), each without its number; nil unless the cell
    /// starts at 1 and counts up by one, two items or more.
    static func numberedItems(_ text: String) -> [String]? {
        // Most cells do not start with « 1 »: answered on the first byte.
        guard let lead = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), lead == UInt8(ascii: "1") else { return nil }
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasPrefix("1"), numberEnd(Substring(trimmed)) != nil else { return nil }
        let characters = Array(trimmed)
        var items: [String] = []
        var expected = 1
        var current = ""
        var i = 0
        while i < characters.count {
            // A mark « N) » at the start or after a space, N the number expected next.
            if i == 0 || characters[i - 1] == " " || characters[i - 1] == "\n" {
                let number = String(expected)
                let end = i + number.count
                if end + 1 < characters.count, String(characters[i..<end]) == number,
                   [")", ".", "-"].contains(characters[end]), characters[end + 1] == " " {
                    if expected > 1 { items.append(current) }
                    current = ""
                    expected += 1
                    i = end + 2
                    continue
                }
            }
            current.append(characters[i])
            i += 1
        }
        items.append(current)
        let names = items.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ",;")) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.count >= 2, !names.contains(where: \.isEmpty) else { return nil }
        return names
    }
}
