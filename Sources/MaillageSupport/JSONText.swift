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
        (htmlSafe ? htmlSafeEscaper : escaper).escape(text, into: &out)
        out += "\""
    }

    /// RFC 8259 escapes; other C0 controls as `\u00XX`.
    static let escaper = ScalarEscaper(
        replacing: ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{08}": "\\b", "\u{0C}": "\\f",
                    "\u{2028}": "\\u2028", "\u{2029}": "\\u2029"],
        otherwise: { scalar in
            guard scalar.value < 0x20 else { return nil }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        })

    /// ``escaper`` and `<`, `>`, `&` as `\u003c`, `\u003e`, `\u0026`.
    static let htmlSafeEscaper = escaper.adding(["<": "\\u003c", ">": "\\u003e", "&": "\\u0026"])
}
