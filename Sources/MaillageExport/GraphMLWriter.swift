import MaillageSupport

/// Writes an ``AttributedNetwork`` as GraphML (Brandes et al., *GraphML Primer*,
/// graphml.graphdrawing.org), the format NetworkX (`read_graphml`), Gephi, Cytoscape,
/// igraph and yEd all read.
///
/// Layout of the document:
/// - one `<key>` per attribute, with `attr.name` and `attr.type` (`string`, `double`,
///   `int`, `boolean`), declared before the graph: the graph's `name` (the network's
///   name, read by NetworkX as `G.graph["name"]`), graph keys `g0…`, node keys `n0…`,
///   edge keys `e0…`, plus the fixed keys `label` (node label), `r`, `g`, `b` (integer
///   colour channels) and `size` (double) for nodes and `weight` (double) for edges;
///   these fixed names are the properties Gephi's GraphML importer maps onto a node's
///   label, colour and size and an edge's weight, so Gephi shows them without rework;
/// - `<graph edgedefault="undirected">` holding the graph's `<data>`, then every node,
///   then every edge (no edge ids: NetworkX would turn them into an `id` attribute);
/// - a missing value (nil, non-finite double) writes no `<data>` element.
///
/// Every string is escaped by the rules of `XMLText` (`& < > " '` as entities, characters
/// XML 1.0 forbids removed, CR — and tab and LF inside attribute values — as character
/// references), so the document is well-formed whatever the dataset holds. Node ids are
/// written as they are (escaped): GraphML's schema asks for NMTOKEN ids, which parsers do
/// not enforce, and keeping the dataset's ids lets NetworkX users address actors by id.
///
/// ```swift
/// let text = GraphMLWriter().write(network)
/// // Python: G = nx.read_graphml("network.graphml"); G.nodes["apes"]["kind"]
/// ```
/// - Complexity: O(size of the output).
public struct GraphMLWriter: NetworkWriter {
    public init() {}

    /// Writes the GraphML document, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")

        func key(_ id: String, for domain: String, name: String, type: AttributeType) {
            out.write("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name, inAttribute: true))\" attr.type=\"\(type.graphMLName)\"/>\n")
        }
        let attributes = network.graphAttributes.filter { $0.name != "name" }
        key("name", for: "graph", name: "name", type: .string)
        for (i, attribute) in attributes.enumerated() {
            key("g\(i)", for: "graph", name: attribute.name, type: attribute.value.type)
        }
        key("label", for: "node", name: "label", type: .string)
        for (i, k) in network.nodeKeys.enumerated() { key("n\(i)", for: "node", name: k.name, type: k.type) }
        let hasColor = network.nodes.contains { $0.color != nil }
        let hasSize = network.nodes.contains { $0.size.map(\.isFinite) ?? false }
        if hasColor {
            for channel in ["r", "g", "b"] { key(channel, for: "node", name: channel, type: .int) }
        }
        if hasSize { key("size", for: "node", name: "size", type: .double) }
        key("weight", for: "edge", name: "weight", type: .double)
        for (i, k) in network.edgeKeys.enumerated() { key("e\(i)", for: "edge", name: k.name, type: k.type) }

        func data(_ key: String, _ value: AttributeValue?, indent: String) {
            guard let value, let text = value.lexicalForm else { return }
            out.write("\(indent)<data key=\"\(key)\">\(XMLText.escaped(text))</data>\n")
        }
        out.write("  <graph id=\"G\" edgedefault=\"undirected\">\n")
        data("name", .string(network.name), indent: "    ")
        for (i, attribute) in attributes.enumerated() { data("g\(i)", attribute.value, indent: "    ") }
        for node in network.nodes {
            out.write("    <node id=\"\(XMLText.escaped(node.id, inAttribute: true))\">\n")
            data("label", .string(node.label), indent: "      ")
            for k in network.nodeKeys.indices { data("n\(k)", node.attributes.value(at: k), indent: "      ") }
            if let color = node.color {
                data("r", .int(Int(color.red)), indent: "      ")
                data("g", .int(Int(color.green)), indent: "      ")
                data("b", .int(Int(color.blue)), indent: "      ")
            }
            if let size = node.size { data("size", AttributeValue.number(size), indent: "      ") }
            out.write("    </node>\n")
        }
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            out.write("    <edge source=\"\(XMLText.escaped(network.nodes[edge.source].id, inAttribute: true))\"")
            out.write(" target=\"\(XMLText.escaped(network.nodes[edge.target].id, inAttribute: true))\">\n")
            data("weight", AttributeValue.number(edge.weight), indent: "      ")
            for k in network.edgeKeys.indices { data("e\(k)", edge.attributes.value(at: k), indent: "      ") }
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }
}
