/// Escaping of dataset strings for the two HTML contexts Maillage writes them in (the
/// report's pages, Graphviz's HTML-like labels): the one HTML escaper of Maillage.
///
/// - Text (between tags): `&`, `<` and `>` become `&amp;`, `&lt;`, `&gt;`, so no
///   string can open a tag, close one or start a character reference.
/// - Attribute values (always double-quoted by `HTMLNode`): the same, plus `"` and
///   `'` as `&quot;` and `&#39;`, so no string can leave its attribute.
///
/// In both contexts U+0000 becomes U+FFFD (the HTML parser would do the same, with
/// a parse error) and the other C0 controls except tab, line feed and carriage
/// return are dropped: they are not allowed in HTML text. Everything else, emoji and
/// right-to-left text included, is kept as UTF-8. This follows the OWASP XSS
/// prevention rules #1 and #2 (HTML body and quoted attribute contexts).
public enum HTMLEscaping {
    /// `text` safe between tags.
    /// - Complexity: O(length of `text`).
    public static func text(_ text: String) -> String { textEscaper.escaped(text) }

    /// `text` safe inside a double- or single-quoted attribute value.
    /// - Complexity: O(length of `text`).
    public static func attribute(_ text: String) -> String { attributeEscaper.escaped(text) }

    /// The escaper of ``text(_:)``: `&`, `<`, `>`; NUL as U+FFFD; C0 controls but tab,
    /// line feed and carriage return, and DEL, dropped.
    public static let textEscaper = ScalarEscaper(
        replacing: ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\u{0}": "\u{FFFD}"],
        otherwise: { scalar in
            let isControl = (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
            return isControl ? "" : nil
        })

    /// The escaper of ``attribute(_:)``: ``textEscaper`` and the two quotes.
    public static let attributeEscaper = textEscaper.adding(["\"": "&quot;", "'": "&#39;"])
}
