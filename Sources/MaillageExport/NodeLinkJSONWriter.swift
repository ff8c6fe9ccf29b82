import MaillageSupport

/// Writes an ``AttributedNetwork`` in NetworkX's node-link JSON shape, the one
/// `networkx.node_link_data` produces and `networkx.node_link_graph` reads (also the
/// shape of d3-force examples):
///
/// ```json
/// {
///   "directed": false,
///   "multigraph": false,
///   "graph": {"name": "…", …graph attributes},
///   "nodes": [{"id": "apes", "label": "APES", "kind": "tete_de_reseau", …, "color": "#D55E00", "size": 18.2}],
///   "edges": [{"source": "apes", "target": "cress", "weight": 2.0, "cooperations": "c1|c2", …}]
/// }
/// ```
///
/// The list of edges is under ``edgesKey``: `"edges"` by default, the key NetworkX 3.4
/// and later use (`node_link_data(G)` / `node_link_graph(data)` default to
/// `edges="edges"`; checked on NetworkX 3.6.1), so `nx.node_link_graph(json.load(f))` reads
/// the file with no argument. `"links"` gives the shape of NetworkX before 3.4 and of d3;
/// newer NetworkX then reads it with `node_link_graph(data, edges="links")`.
///
/// A missing value (nil, non-finite double) leaves the key out of that node or edge,
/// so NetworkX gets the same attributes as from GraphML. Strings are escaped by
/// `JSONText.quoted` of MaillageSupport (quotes, backslashes, control characters, U+2028/2029); the output
/// parses with any JSON parser and holds no raw control character.
///
/// - Complexity: O(size of the output).
public struct NodeLinkJSONWriter: NetworkWriter {
    /// The key of the list of edges: `"edges"` (NetworkX ≥ 3.4, default) or `"links"`.
    public var edgesKey: String
    /// A JSON value written as it is under a top-level `"meta"` key, after `"graph"`
    /// (`node_link_graph` ignores it): the provenance object every JSON output of Maillage
    /// carries. It must be valid JSON; nil writes no `"meta"`.
    public var meta: String?

    public init(edgesKey: String = "edges", meta: String? = nil) {
        self.edgesKey = edgesKey
        self.meta = meta
    }

    /// Writes the JSON document, one node or edge per line, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        var graph: [(String, String)] = [("name", JSONText.quoted(network.name))]
        for attribute in network.graphAttributes where attribute.name != "name" {
            if let text = Self.jsonValue(attribute.value) { graph.append((attribute.name, text)) }
        }
        out.write("{\n")
        out.write("  \"directed\": false,\n")
        out.write("  \"multigraph\": false,\n")
        out.write("  \"graph\": \(Self.jsonObject(graph)),\n")
        if let meta {
            out.write("  \"meta\": " + meta.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ") + ",\n")
        }
        out.write("  \"nodes\": [")
        for (i, node) in network.nodes.enumerated() {
            var pairs: [(String, String)] = [("id", JSONText.quoted(node.id)), ("label", JSONText.quoted(node.label))]
            for (k, key) in network.nodeKeys.enumerated() {
                if let value = node.attributes.value(at: k), let text = Self.jsonValue(value) { pairs.append((key.name, text)) }
            }
            if let color = node.color { pairs.append(("color", JSONText.quoted(color.hex))) }
            if let size = node.size, let text = NumberText.decimal(size) { pairs.append(("size", text)) }
            out.write((i == 0 ? "\n    " : ",\n    ") + Self.jsonObject(pairs))
        }
        out.write(network.nodes.isEmpty ? "],\n" : "\n  ],\n")
        out.write("  \(JSONText.quoted(edgesKey)): [")
        var first = true
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            var pairs: [(String, String)] = [
                ("source", JSONText.quoted(network.nodes[edge.source].id)),
                ("target", JSONText.quoted(network.nodes[edge.target].id)),
            ]
            if let weight = NumberText.decimal(edge.weight) { pairs.append(("weight", weight)) }
            for (k, key) in network.edgeKeys.enumerated() {
                if let value = edge.attributes.value(at: k), let text = Self.jsonValue(value) { pairs.append((key.name, text)) }
            }
            out.write((first ? "\n    " : ",\n    ") + Self.jsonObject(pairs))
            first = false
        }
        out.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// `value` as a JSON value: strings quoted, numbers in shortest round-trip form,
    /// booleans as `true` / `false`; nil for a non-finite double (JSON has no NaN).
    static func jsonValue(_ value: AttributeValue) -> String? {
        switch value {
        case .string(let s): JSONText.quoted(s)
        case .double(let d): NumberText.decimal(d)
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        }
    }

    /// A one-line JSON object from `(key, JSON text)` pairs, in order.
    static func jsonObject(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\(JSONText.quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
