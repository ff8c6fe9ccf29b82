/// Escaping of text for XML 1.0 documents (GraphML, GEXF): the one XML escaper of Maillage.
///
/// - `&`, `<`, `>`, `"` and `'` become the predefined entities, so no dataset string can
///   open a tag, close an attribute, start an entity or end a CDATA section (`]]>`).
/// - Characters XML 1.0 forbids (§2.2 `Char`: every C0 control except tab, line feed and
///   carriage return, and U+FFFE, U+FFFF) are removed: no parser accepts them, even as
///   character references.
/// - Carriage returns, and in attribute values also tabs and line feeds, become character
///   references (`&#13;`, `&#9;`, `&#10;`): a parser would otherwise normalise them
///   (end-of-line handling §2.11, attribute-value normalisation §3.3.3), and they read
///   back as themselves.
public enum XMLText {
    /// Whether XML 1.0 allows `scalar` in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` without the characters XML 1.0 forbids: what an escaped string reads back as.
    /// - Complexity: O(length).
    public static func allowed(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(scalars)
    }

    /// `text` escaped for element content (`inAttribute: false`) or for an attribute value
    /// delimited by double quotes (`inAttribute: true`).
    /// - Complexity: O(length).
    public static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        (inAttribute ? attributeEscaper : contentEscaper).escaped(text)
    }

    /// Element content: the five predefined entities, carriage returns as `&#13;`.
    static let contentEscaper = ScalarEscaper(
        replacing: ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;", "\r": "&#13;"],
        otherwise: { isAllowed($0) ? nil : "" })

    /// Attribute values: also line feeds and tabs as character references.
    static let attributeEscaper = contentEscaper.adding(["\n": "&#10;", "\t": "&#9;"])
}
