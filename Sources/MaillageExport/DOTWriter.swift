import MaillageDOT

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
/// Every id, name and value is a quoted DOT string escaped by `DOTText.quoted` (module MaillageDOT) (`\` and
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
/// The document is built as a `DOTGraph` and written by `DOTEncoder`, the encoder of
/// the maps: labels as `DOTAttribute.plainLabel` (no entity escaping, so they read
/// back as given), data as `DOTAttribute.data(name:value:)`.
/// - Complexity: O(size of the output).
public struct DOTWriter: NetworkWriter {
    public init() {}

    /// Writes the DOT document, ending with a newline, into `out`: the document model
    /// (``document(_:)``) is built whole, then its text written piece by piece.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        DOTEncoder.encode(document(network), to: &out)
    }

    /// The network as a DOT document model.
    public func document(_ network: AttributedNetwork) -> DOTGraph {
        let graphAttributes: [DOTAttribute] = network.graphAttributes.compactMap { attribute in
            attribute.value.lexicalForm.map { .data(name: attribute.name, value: $0) }
        }
        let nodes = network.nodes.map { node in
            var attributes: [DOTAttribute] = [.plainLabel(node.label)]
            for (k, key) in network.nodeKeys.enumerated() {
                if let text = node.attributes.value(at: k)?.lexicalForm { attributes.append(.data(name: key.name, value: text)) }
            }
            if let color = node.color { attributes.append(.color(color.hex)) }
            return DOTNode(name: node.id, attributes: attributes)
        }
        var edges: [DOTEdge] = []
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            var attributes: [DOTAttribute] = []
            if let weight = NumberText.decimal(edge.weight) { attributes.append(.weightText(weight)) }
            for (k, key) in network.edgeKeys.enumerated() {
                if let text = edge.attributes.value(at: k)?.lexicalForm { attributes.append(.data(name: key.name, value: text)) }
            }
            edges.append(DOTEdge(from: network.nodes[edge.source].id, to: network.nodes[edge.target].id, attributes: attributes))
        }
        return DOTGraph(name: network.name, attributes: graphAttributes, nodes: nodes, edges: edges)
    }
}
