/// The name of an HTML element or attribute.
///
/// Names come only from string literals in Maillage's own code (the type is
/// expressible by a `StaticString` literal and has no initialiser from `String`), so
/// no dataset string can ever become a tag or an attribute name; only values and
/// text come from data, and ``HTMLNode`` escapes those.
struct HTMLName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let description: String

    init(stringLiteral value: StaticString) {
        let name = value.description
        precondition(!name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == ":" },
                     "HTML names are lowercase ASCII: \(name)")
        description = name
    }

    /// Elements written without an end tag (HTML's void elements used by the report).
    static let voidElements: Set<HTMLName> = ["meta", "input", "br", "link", "img", "hr", "col"]
}
