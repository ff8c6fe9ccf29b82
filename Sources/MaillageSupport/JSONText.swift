/// JSON string literals (RFC 8259): the one JSON string escaper of Maillage, used by
/// the node-link export and by ``JSONValue``.
///
/// `"` and `\` are escaped; control characters become `\n`, `\r`, `\t`, `\b`, `\f` or
/// `\u00XX`; U+2028 and U+2029 become `\u2028` and `\u2029` (legal in JSON, but line
/// terminators in older JavaScript). Everything else, emoji and right-to-left text
/// included, is written as UTF-8. With `htmlSafe`, `<`, `>` and `&` are written
/// `\u003c`, `\u003e` and `\u0026` too, so the text can sit in an HTML
/// `<script>` block: it can hold neither `</script>` nor `<!--` nor a character reference.
///
/// ```swift
/// JSONText.quoted("a \"b\"\n")                  // "a \"b\"\n" as a JSON literal
/// JSONText.quoted("</script>", htmlSafe: true)   // "\u003c/script\u003e"
/// ```
public enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    /// - Complexity: O(length).
    public static func quoted(_ text: String, htmlSafe: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out, htmlSafe: htmlSafe)
        return out
    }

    /// Appends `text` as a JSON string literal, quotes included, to `out`.
    /// - Complexity: O(length).
    public static func appendQuoted(_ text: String, to out: inout String, htmlSafe: Bool = false) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case "<" where htmlSafe: out += "\\u003c"
            case ">" where htmlSafe: out += "\\u003e"
            case "&" where htmlSafe: out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
