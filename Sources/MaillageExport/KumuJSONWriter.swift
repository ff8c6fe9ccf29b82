import MaillageSupport

/// Writes an ``AttributedNetwork`` as Kumu's JSON (`{"elements": […], "connections": […]}`),
/// the network as analysed — actors with their measures and cluster, ties weighted —
/// to be drawn in kumu.io.
///
/// Each node is an element (`_id` the node id, `label` its name, `type` its kind label
/// when it has one, then every attribute as a field); each tie a connection (`from`,
/// `to` the element ids, `direction` `undirected`, `strength` the weight, then the tie's
/// attributes). This is a one-way picture of the network; the dataset itself goes to
/// Kumu and back as a spreadsheet (`maillage export --format kumu -o FILE.xlsx`).
public struct KumuJSONWriter: NetworkWriter {
    public init() {}

    /// Writes the network as Kumu JSON into `out`.
    /// - Complexity: O(size of the output).
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        let kindLabel = network.nodeKeys.firstIndex { $0.name == "kind_label" }
        out.write("{\n  \"elements\": [")
        for (i, node) in network.nodes.enumerated() {
            var pairs: [(String, String)] = [("_id", JSONText.quoted(node.id)), ("label", JSONText.quoted(node.label))]
            if let kindLabel, let value = node.attributes.value(at: kindLabel), let text = NodeLinkJSONWriter.jsonValue(value) {
                pairs.append(("type", text))
            }
            for (k, key) in network.nodeKeys.enumerated() {
                if let value = node.attributes.value(at: k), let text = NodeLinkJSONWriter.jsonValue(value) { pairs.append((key.name, text)) }
            }
            out.write((i == 0 ? "\n    " : ",\n    ") + NodeLinkJSONWriter.jsonObject(pairs))
        }
        out.write(network.nodes.isEmpty ? "],\n" : "\n  ],\n")
        out.write("  \"connections\": [")
        var first = true
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            var pairs: [(String, String)] = [
                ("from", JSONText.quoted(network.nodes[edge.source].id)), ("to", JSONText.quoted(network.nodes[edge.target].id)),
                ("direction", "\"undirected\""),
            ]
            if let weight = NumberText.decimal(edge.weight) { pairs.append(("strength", weight)) }
            for (k, key) in network.edgeKeys.enumerated() {
                if let value = edge.attributes.value(at: k), let text = NodeLinkJSONWriter.jsonValue(value) { pairs.append((key.name, text)) }
            }
            out.write((first ? "\n    " : ",\n    ") + NodeLinkJSONWriter.jsonObject(pairs))
            first = false
        }
        out.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }
}
