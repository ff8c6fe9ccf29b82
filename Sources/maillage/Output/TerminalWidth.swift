/// How many columns of a terminal a text takes: two for a wide character (Chinese,
/// Japanese and Korean ideographs and syllables, full-width forms, emoji shown as
/// pictures), none for an invisible one (zero-width spaces and joiners, bidirectional
/// marks, variation selectors), one for any other. Counting characters instead put
/// every column after a name with an emoji or an ideograph out of line.
enum TerminalWidth {
    /// The columns `text` takes. Printable ASCII, the common case, is one column a byte,
    /// counted without breaking the text into characters.
    static func of(_ text: String) -> Int {
        var ascii = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { ascii = false; break }
        if ascii { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character takes.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.allSatisfy(isInvisible) { return 0 }
        if isWide(first.value) || first.properties.isEmojiPresentation
            || (first.properties.isEmoji && scalars.contains { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// The longest start of `text` that takes at most `columns` columns.
    static func prefix(_ text: String, columns: Int) -> String {
        var out = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > columns { break }
            out.append(character)
            used += w
        }
        return out
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFE00...0xFE0F, 0xFEFF: true
        default: false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F, main blocks).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }
}
