/// Dataset text made safe for one line of a plain-text output (tables, ranked lists):
/// a line break, tab or other control character in a name could otherwise start a
/// forged line (a fake rank in `hubs`) or move the cursor on a terminal.
public enum DisplayText {
    /// `text` with `\n`, `\r` and `\t` written as those two-character escapes, U+2028
    /// and U+2029 (line and paragraph separators), the other C0 and C1 controls and DEL
    /// as `\u{…}`; everything else unchanged.
    /// - Complexity: O(length); text without any of them is returned as it is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }
}
