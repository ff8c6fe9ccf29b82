import MaillageSupport

/// Writes a ``DOTGraph`` as DOT text, escaping everything: the one DOT writer of
/// Maillage, for the maps (drawn by Graphviz) and the `dot` export (read by programs).
///
/// Guarantees, whatever the dataset holds:
/// - every value is written as a quoted DOT string by ``DOTText/quoted(_:)`` (`\` and
///   `"` escaped, line breaks as `\n` and `\r`, characters XML forbids dropped), so no
///   value can close its string, open a new statement or set another attribute; in
///   drawn text (labels, tooltips) tabs and carriage returns are shown as spaces;
/// - tooltips have their backslashes doubled once more, since Graphviz substitutes
///   `\G`, `\N`, `\E`… in them after reading the DOT string;
/// - label and tooltip text is also entity-escaped (`&` → `&amp;`), because Graphviz
///   decodes HTML entities in them: a name written `&lt;` shows as `&lt;`, not `<`;
/// - HTML-like labels are built only by ``HTMLLabel``, which escapes its text;
/// - attribute names come from ``DOTAttribute`` only (no file-reading attributes); a
///   ``DOTAttribute/data(name:value:)`` attribute named like a Graphviz attribute is
///   written `data_<name>` (see ``DOTText/attributeName(_:)``);
/// - node and subgraph names are always quoted; the graph's name is written bare when
///   it is a plain DOT identifier, quoted otherwise; use ``svgID(_:prefix:)`` for ids
///   from data that must become SVG ids.
/// Attributes are written in the order given, so output is deterministic.
public enum DOTEncoder {
    /// The DOT document, ending with a newline.
    /// - Complexity: O(size of the output).
    public static func encode(_ graph: DOTGraph) -> String {
        var text = ""
        encode(graph, to: &text)
        return text
    }

    /// Writes the same document into `out`, piece by piece (the `dot` export streams it
    /// to its file).
    /// - Complexity: O(size of the output).
    public static func encode<Output: TextOutputStream>(_ graph: DOTGraph, to out: inout Output) {
        out.write("graph \(identifier(graph.name)) {\n")
        if !graph.attributes.isEmpty { out.write("  graph [\(attributeList(graph.attributes))];\n") }
        if !graph.nodeDefaults.isEmpty { out.write("  node [\(attributeList(graph.nodeDefaults))];\n") }
        if !graph.edgeDefaults.isEmpty { out.write("  edge [\(attributeList(graph.edgeDefaults))];\n") }
        for subgraph in graph.subgraphs {
            out.write("  subgraph \(quoted(subgraph.name)) {\n")
            if !subgraph.attributes.isEmpty { out.write("    graph [\(attributeList(subgraph.attributes))];\n") }
            for name in subgraph.nodeNames { out.write("    \(quoted(name));\n") }
            out.write("  }\n")
        }
        for node in graph.nodes {
            out.write("  \(quoted(node.name))")
            if !node.attributes.isEmpty { out.write(" [\(attributeList(node.attributes))]") }
            out.write(";\n")
        }
        for edge in graph.edges {
            out.write("  \(quoted(edge.from)) -- \(quoted(edge.to))")
            if !edge.attributes.isEmpty { out.write(" [\(attributeList(edge.attributes))]") }
            out.write(";\n")
        }
        out.write("}\n")
    }

    static func attributeList(_ attributes: [DOTAttribute]) -> String {
        attributes.map { "\(name($0))=\(value($0))" }.joined(separator: ", ")
    }

    /// The attribute's name as written: bare for Graphviz's own, quoted for data.
    static func name(_ attribute: DOTAttribute) -> String {
        if case .data(let name, _) = attribute { return DOTText.attributeName(name) }
        return attribute.name
    }

    static func value(_ attribute: DOTAttribute) -> String {
        switch attribute {
        case .label(let s), .xlabel(let s): return quoted(entityEscaped(drawn(s)))
        case .plainLabel(let s), .weightText(let s), .data(_, let s): return quoted(s)
        case .htmlLabel(let label): return "<\(label.markup)>"
        case .tooltip(let s):
            // Graphviz unescapes tooltips twice (the DOT string, then escString
            // substitution of \G, \N, \E…), so a literal backslash needs doubling first.
            // It also decodes HTML entities in them, as in labels.
            return quoted(entityEscaped(drawn(s)).replacingOccurrences(of: "\\", with: "\\\\"))
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
        case .position(let x, let y): return quoted(number(x) + "," + number(y) + "!")
        case .background(let drawing): return quoted(drawing.text)
        }
    }

    /// A DOT quoted string (``DOTText/quoted(_:)``).
    /// - Complexity: O(length).
    public static func quoted(_ text: String) -> String { DOTText.quoted(text) }

    /// The graph's name: bare when it is a plain DOT identifier (ASCII letters, digits
    /// and `_`, not starting with a digit, not a keyword), quoted otherwise.
    static func identifier(_ name: String) -> String {
        let keywords: Set<String> = ["graph", "digraph", "subgraph", "node", "edge", "strict"]
        let startsWell = name.unicodeScalars.first.map { !("0"..."9").contains($0) } ?? false
        let plain = startsWell && !keywords.contains(name.lowercased()) && name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
        }
        return plain ? name : quoted(name)
    }

    /// Text Graphviz draws: tabs and carriage returns as spaces (Graphviz reads `\r`
    /// as a right-justified line break).
    static func drawn(_ text: String) -> String { drawnText.escaped(text) }

    static let drawnText = ScalarEscaper(replacing: ["\t": " ", "\r": " "])

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
