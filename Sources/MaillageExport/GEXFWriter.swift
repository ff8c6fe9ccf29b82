import MaillageSupport

/// Writes an ``AttributedNetwork`` as GEXF 1.3 (gexf.net), Gephi's own format, also read
/// by NetworkX (`read_gexf`, which finds the 1.3 namespace by itself) and Cytoscape.
///
/// Layout of the document:
/// - `<meta>` with the creator and a description listing the graph attributes
///   (`name: value; …`): GEXF has no typed graph attributes;
/// - `<graph defaultedgetype="undirected" mode="static">`, or `mode="dynamic"
///   timeformat="date"` when a node or an edge has periods (``Spell``: a dated dataset),
///   each then written as `start`/`end` attributes (one period, an open bound left out) or a
///   `<spells>` list, so that Gephi's timeline shows the network year by year; an element
///   never present (a tie whose actors' memberships never meet in time) is left out;
/// - `<attributes class="node">` and `<attributes class="edge">` declaring each column
///   with a numeric id, its name as `title` and its `type` (`string`, `double`,
///   `integer`, `boolean`);
/// - one `<node id label>` per node with its `<attvalues>` and its `viz:color` (r, g, b)
///   and `viz:size`: Gephi opens the file with nodes already coloured (by actor kind, in
///   the Okabe–Ito palette — see `Palette.color(of:)`) and sized;
/// - `viz:position` (x, y) when the network has double node columns `x` and `y` (the
///   session's layout): Gephi opens the file with the same picture as the report;
/// - one `<edge id source target weight>` per edge (ids `0…`) with its `<attvalues>`;
/// - a missing value (nil, non-finite double) writes no `<attvalue>`.
///
/// Every string is escaped by the rules of `XMLText`, so the document is well-formed
/// whatever the dataset holds.
///
/// ```swift
/// let text = GEXFWriter().write(network)
/// // Gephi: File › Open; Appearance › Partition › kind (or cluster)
/// ```
/// - Complexity: O(size of the output).
public struct GEXFWriter: NetworkWriter {
    /// Written in `<meta><creator>`.
    public var creator: String

    public init(creator: String = "Maillage") {
        self.creator = creator
    }

    /// Writes the GEXF document, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"")
        out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.write(" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
        out.write("  <meta>\n")
        out.write("    <creator>\(XMLText.escaped(creator))</creator>\n")
        let description = ([network.name] + network.graphAttributes.compactMap { attribute in
            attribute.value.lexicalForm.map { "\(attribute.name): \($0)" }
        }).joined(separator: "; ")
        out.write("    <description>\(XMLText.escaped(description))</description>\n")
        out.write("  </meta>\n")
        // Dynamic when a node or an edge has a period (a dated dataset): Gephi's timeline plays it.
        let dynamic = network.nodes.contains { $0.spells != nil } || network.edges.contains { $0.spells != nil }
        out.write(dynamic ? "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\">\n"
                          : "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")

        func declare(_ keys: [AttributeKey], class domain: String) {
            guard !keys.isEmpty else { return }
            out.write("    <attributes class=\"\(domain)\" mode=\"static\">\n")
            for (i, key) in keys.enumerated() {
                out.write("      <attribute id=\"\(i)\" title=\"\(XMLText.escaped(key.name, inAttribute: true))\" type=\"\(key.type.gexfName)\"/>\n")
            }
            out.write("    </attributes>\n")
        }
        declare(network.nodeKeys, class: "node")
        declare(network.edgeKeys, class: "edge")

        /// The `<attvalues>` element of one node or edge, or "" when it has no value.
        func attvalues(_ values: [AttributeValue?], count: Int, indent: String) -> String {
            var lines = ""
            for k in 0..<count {
                guard let value = values.value(at: k), let text = value.lexicalForm else { continue }
                lines += "\(indent)  <attvalue for=\"\(k)\" value=\"\(XMLText.escaped(text, inAttribute: true))\"/>\n"
            }
            return lines.isEmpty ? "" : "\(indent)<attvalues>\n\(lines)\(indent)</attvalues>\n"
        }
        // Double columns named x and y are also the nodes' viz:position (Gephi's layout).
        let xColumn = network.nodeKeys.firstIndex { $0.name == "x" && $0.type == .double }
        let yColumn = network.nodeKeys.firstIndex { $0.name == "y" && $0.type == .double }
        out.write("    <nodes>\n")
        // An element never present (spells empty) is left out of a dynamic graph; an edge to it too.
        let absent = Set(network.nodes.indices.filter { network.nodes[$0].spells?.isEmpty == true })
        for node in network.nodes where node.spells?.isEmpty != true {
            out.write("      <node id=\"\(XMLText.escaped(node.id, inAttribute: true))\" label=\"\(XMLText.escaped(node.label, inAttribute: true))\"\(Self.bounds(node.spells))>\n")
            out.write(attvalues(node.attributes, count: network.nodeKeys.count, indent: "        "))
            out.write(Self.spellList(node.spells, indent: "        "))
            if let color = node.color {
                out.write("        <viz:color r=\"\(color.red)\" g=\"\(color.green)\" b=\"\(color.blue)\"/>\n")
            }
            if let size = node.size, let text = NumberText.decimal(size) {
                out.write("        <viz:size value=\"\(text)\"/>\n")
            }
            if let xColumn, let yColumn, case .double(let x)? = node.attributes.value(at: xColumn), case .double(let y)? = node.attributes.value(at: yColumn),
               let xText = NumberText.decimal(x), let yText = NumberText.decimal(y) {
                out.write("        <viz:position x=\"\(xText)\" y=\"\(yText)\" z=\"0\"/>\n")
            }
            out.write("      </node>\n")
        }
        out.write("    </nodes>\n")
        out.write("    <edges>\n")
        for (e, edge) in network.edges.enumerated() {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target),
                  edge.spells?.isEmpty != true, !absent.contains(edge.source), !absent.contains(edge.target) else { continue }
            out.write("      <edge id=\"\(e)\" source=\"\(XMLText.escaped(network.nodes[edge.source].id, inAttribute: true))\"")
            out.write(" target=\"\(XMLText.escaped(network.nodes[edge.target].id, inAttribute: true))\"")
            if let weight = NumberText.decimal(edge.weight) { out.write(" weight=\"\(weight)\"") }
            out.write(Self.bounds(edge.spells))
            let body = attvalues(edge.attributes, count: network.edgeKeys.count, indent: "        ") + Self.spellList(edge.spells, indent: "        ")
            out.write(body.isEmpty ? "/>\n" : ">\n\(body)      </edge>\n")
        }
        out.write("    </edges>\n")
        out.write("  </graph>\n</gexf>\n")
    }

    /// The ` start="…" end="…"` attributes of an element with one period (an open bound
    /// left out); "" for none or several.
    static func bounds(_ spells: [Spell]?) -> String {
        guard let spells, spells.count == 1, let spell = spells.first else { return "" }
        return (spell.start.map { " start=\"\($0)\"" } ?? "") + (spell.end.map { " end=\"\($0)\"" } ?? "")
    }

    /// The `<spells>` element of an element with several periods; "" otherwise.
    static func spellList(_ spells: [Spell]?, indent: String) -> String {
        guard let spells, spells.count > 1 else { return "" }
        let lines = spells.map { "\(indent)  <spell\(bounds([$0]))/>\n" }.joined()
        return "\(indent)<spells>\n\(lines)\(indent)</spells>\n"
    }
}
