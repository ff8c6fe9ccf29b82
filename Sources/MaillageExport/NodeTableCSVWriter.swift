/// Writes the nodes of an ``AttributedNetwork`` as a CSV table: a header
/// `id,label,<node keys…>,color,size` and one row per node (`color` as `#RRGGBB`; the
/// `color` and `size` columns only when some node has them).
///
/// `Id` and `Label` are the columns Gephi's spreadsheet importer maps onto nodes (Data
/// Laboratory › Import Spreadsheet › Nodes table); Cytoscape imports it as a node table
/// keyed by `id`. It is the companion of the edge list of ``EdgeListCSVWriter``; cells
/// follow the same `CSVCell` rules.
///
/// - Complexity: O(size of the output).
public struct NodeTableCSVWriter: NetworkWriter {
    public init() {}

    /// Writes the CSV text, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        let hasColor = network.nodes.contains { $0.color != nil }
        let hasSize = network.nodes.contains { $0.size.map(\.isFinite) ?? false }
        var header = ["id", "label"] + network.nodeKeys.map { CSVCell.text($0.name) }
        if hasColor { header.append("color") }
        if hasSize { header.append("size") }
        out.write(CSVCell.line(header) + "\n")
        for node in network.nodes {
            var cells = [CSVCell.text(node.id), CSVCell.text(node.label)]
            for k in network.nodeKeys.indices { cells.append(CSVCell.value(node.attributes.value(at: k))) }
            if hasColor { cells.append(node.color?.hex ?? "") }
            if hasSize { cells.append(CSVCell.value(node.size.flatMap(AttributeValue.number))) }
            out.write(CSVCell.line(cells) + "\n")
        }
    }
}
