/// Quoting of strings for the DOT language (graphviz.org/doc/info/lang.html).
///
/// Every id, attribute name and value is written as a double-quoted DOT string:
/// `\` becomes `\\` and `"` becomes `\"`, so no dataset string can end the string, open
/// a brace, start an edge operator (`--`, `->`) or an HTML-like label (`<…>`), and no
/// Graphviz label escape (`\N`, `\G`, `\l`…) survives as one; a line feed becomes `\n`
/// and a carriage return `\r` (line breaks in Graphviz labels); the other characters XML
/// 1.0 forbids (C0 controls but tab) are removed, since Graphviz's SVG output could not
/// carry them.
enum DOTText {
    /// `text` as a quoted DOT string.
    /// - Complexity: O(length).
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if XMLText.isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
        return out
    }

    /// What ``quoted(_:)`` reads back as under Graphviz's label rules (`\\` → `\`,
    /// `\"` → `"`, `\n` → line feed, `\r` → carriage return): `text` less the removed
    /// control characters.
    static func readBack(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(XMLText.isAllowed))
        return String(scalars)
    }

    /// Graphviz attributes that read files, emit links or change how the text is
    /// interpreted or laid out (compared without regard to case). A data attribute with
    /// one of these names is written as `data_<name>`, so data never drives Graphviz.
    static let sensitiveNames: Set<String> = [
        "image", "imagepath", "imagepos", "imagescale", "shapefile", "fontpath", "fontnames", "fontname",
        "stylesheet", "url", "href", "edgeurl", "edgehref", "headurl", "headhref", "tailurl", "tailhref",
        "labelurl", "labelhref", "target", "edgetarget", "headtarget", "tailtarget", "labeltarget",
        "layout", "charset", "label", "xlabel", "headlabel", "taillabel", "shape", "style", "color",
        "fillcolor", "fontcolor", "weight", "id", "class", "tooltip", "comment",
    ]

    /// The attribute name written for a data attribute called `name`, quoted.
    static func attributeName(_ name: String) -> String {
        quoted(sensitiveNames.contains(name.lowercased()) ? "data_" + name : name)
    }
}
