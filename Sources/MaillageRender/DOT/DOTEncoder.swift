/// Writes a ``DOTGraph`` as DOT text, escaping everything.
///
/// Guarantees, whatever the dataset holds:
/// - every value is written as a quoted DOT string with `\` and `"` escaped, line
///   breaks turned into `\n` and other control characters dropped, so no value can
///   close its string, open a new statement or set another attribute;
/// - tooltips have their backslashes doubled once more, since Graphviz substitutes
///   `\G`, `\N`, `\E`… in them after reading the DOT string;
/// - label and tooltip text is also entity-escaped (`&` → `&amp;`), because Graphviz
///   decodes HTML entities in them: a name written `&lt;` shows as `&lt;`, not `<`;
/// - HTML-like labels are built only by ``HTMLLabel``, which escapes its text;
/// - attribute names come from ``DOTAttribute`` only (no file-reading attributes);
/// - node and subgraph names are Maillage's own; use ``svgID(_:prefix:)`` for ids from data.
/// Attributes are written in the order given, so output is deterministic.
public enum DOTEncoder {
    public static func encode(_ graph: DOTGraph) -> String {
        var out = "graph maillage {\n"
        if !graph.attributes.isEmpty { out += "  graph [\(attributeList(graph.attributes))];\n" }
        if !graph.nodeDefaults.isEmpty { out += "  node [\(attributeList(graph.nodeDefaults))];\n" }
        if !graph.edgeDefaults.isEmpty { out += "  edge [\(attributeList(graph.edgeDefaults))];\n" }
        for subgraph in graph.subgraphs {
            out += "  subgraph \(quoted(subgraph.name)) {\n"
            if !subgraph.attributes.isEmpty { out += "    graph [\(attributeList(subgraph.attributes))];\n" }
            for name in subgraph.nodeNames { out += "    \(quoted(name));\n" }
            out += "  }\n"
        }
        for node in graph.nodes {
            out += "  \(quoted(node.name))"
            if !node.attributes.isEmpty { out += " [\(attributeList(node.attributes))]" }
            out += ";\n"
        }
        for edge in graph.edges {
            out += "  \(quoted(edge.from)) -- \(quoted(edge.to))"
            if !edge.attributes.isEmpty { out += " [\(attributeList(edge.attributes))]" }
            out += ";\n"
        }
        return out + "}\n"
    }

    static func attributeList(_ attributes: [DOTAttribute]) -> String {
        attributes.map { "\($0.name)=\(value($0))" }.joined(separator: ", ")
    }

    static func value(_ attribute: DOTAttribute) -> String {
        switch attribute {
        case .label(let s), .xlabel(let s): return quoted(entityEscaped(s))
        case .htmlLabel(let label): return "<\(label.markup)>"
        case .tooltip(let s):
            // Graphviz unescapes tooltips twice (the DOT string, then escString
            // substitution of \G, \N, \E…), so a literal backslash needs doubling first.
            // It also decodes HTML entities in them, as in labels.
            return quoted(entityEscaped(s).replacingOccurrences(of: "\\", with: "\\\\"))
        case .id(let s), .cssClass(let s), .color(let s), .fillColor(let s), .fontColor(let s),
             .fontName(let s), .bgColor(let s), .overlap(let s), .splines(let s), .sep(let s), .outputOrder(let s),
             .rankDir(let s), .labelLocation(let s), .labelJust(let s), .size(let s), .ratio(let s), .packMode(let s):
            return quoted(s)
        case .shape(let shape): return quoted(shape.rawValue)
        case .style(let styles): return quoted(styles.map(\.rawValue).joined(separator: ","))
        case .fontSize(let d), .penWidth(let d), .width(let d), .height(let d), .margin(let d), .nodeSep(let d),
             .rankSep(let d), .pad(let d), .k(let d), .repulsiveForce(let d), .weight(let d), .len(let d):
            return quoted(number(d))
        case .peripheries(let i), .start(let i): return quoted(String(i))
        case .fixedSize(let b), .forceLabels(let b), .pack(let b), .concentrate(let b): return quoted(b ? "true" : "false")
        }
    }

    /// A DOT quoted string: `\` and `"` escaped, line breaks as `\n`, other control
    /// characters dropped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Escapes `&` so Graphviz's entity decoding in labels gives back the text as written.
    static func entityEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
    }

    /// A number as DOT expects it: no exponent, at most 4 decimals.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var s = String(format: "%.4f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// A stable SVG/XML id derived from a data id: ASCII letters, digits, `-` and `_`
    /// kept, every other character written as `.XXXX.` (its code point in hex), behind
    /// a prefix so the id never starts with a digit. Distinct inputs give distinct ids.
    public static func svgID(_ text: String, prefix: String) -> String {
        var out = prefix
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "." + String(scalar.value, radix: 16) + "."
            }
        }
        return out
    }
}
