/// Writes an ``AttributedNetwork`` as a plain DOT document (graphviz.org/doc/info/lang.html):
/// an undirected `graph`, no layout, no style beyond each node's `color` (node sizes, in
/// Gephi's units, are not written).
///
/// ```dot
/// graph "Pas-de-Calais" {
///   graph ["projection"="count", "data_mode"="projected", "seed"="1"];
///   "apes" [label="APES", "kind"="tete_de_reseau", …, "data_cluster"="2", color="#D55E00"];
///   "apes" -- "cress" [weight="2.0", "cooperations"="c1|c2", …];
/// }
/// ```
///
/// Every id, name and value is a quoted DOT string escaped by `DOTText.quoted` (`\` and
/// `"` escaped, line breaks as `\n`/`\r`, forbidden control characters removed), so
/// dataset text stays text: braces, `;`, `--`, `->`, `<…>` and Graphviz escapes inside it
/// have no effect. A data attribute named like any Graphviz attribute (`image`, `URL`,
/// `layout`, `mode`, `resolution`, `cluster`, `constraint`…, see
/// `DOTText.graphvizAttributeNames`) is written as `data_<name>`, so data never reads a
/// file, makes a link or changes a layout; the others keep their names. Numbers are quoted too (DOT
/// numerals have no exponent). A missing value writes no attribute.
///
/// Read back with Graphviz (`agread`), `pydot` or `networkx.nx_agraph.read_dot`; Graphviz
/// shows labels with `\\`, `\"`, `\n` turned back into `\`, `"` and line breaks.
/// - Complexity: O(size of the output).
public struct DOTWriter: Sendable {
    public init() {}

    /// The DOT document, ending with a newline.
    public func write(_ network: AttributedNetwork) -> String {
        func list(_ pairs: [(String, String)]) -> String {
            pairs.isEmpty ? "" : " [" + pairs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
        }
        var out = "graph \(DOTText.quoted(network.name)) {\n"
        let graphPairs = network.graphAttributes.compactMap { attribute in
            attribute.value.lexicalForm.map { (DOTText.attributeName(attribute.name), DOTText.quoted($0)) }
        }
        if !graphPairs.isEmpty { out += "  graph\(list(graphPairs));\n" }
        for node in network.nodes {
            var pairs: [(String, String)] = [("label", DOTText.quoted(node.label))]
            for (k, key) in network.nodeKeys.enumerated() {
                if let text = node.attributes.value(at: k)?.lexicalForm { pairs.append((DOTText.attributeName(key.name), DOTText.quoted(text))) }
            }
            if let color = node.color { pairs.append(("color", DOTText.quoted(color.hex))) }
            out += "  \(DOTText.quoted(node.id))\(list(pairs));\n"
        }
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            var pairs: [(String, String)] = []
            if let weight = NumberText.decimal(edge.weight) { pairs.append(("weight", DOTText.quoted(weight))) }
            for (k, key) in network.edgeKeys.enumerated() {
                if let text = edge.attributes.value(at: k)?.lexicalForm { pairs.append((DOTText.attributeName(key.name), DOTText.quoted(text))) }
            }
            out += "  \(DOTText.quoted(network.nodes[edge.source].id)) -- \(DOTText.quoted(network.nodes[edge.target].id))\(list(pairs));\n"
        }
        out += "}\n"
        return out
    }
}
