/// Writes the edges of an ``AttributedNetwork`` as a CSV edge list: a header
/// `source,target,weight,<edge keys…>` and one row per edge, source and target given by
/// node id.
///
/// The column names are those Gephi's spreadsheet importer recognises (Source, Target,
/// Weight, matched without regard to case) and that `pandas.read_csv` +
/// `networkx.from_pandas_edgelist(df, "source", "target", edge_attr=True)` expect;
/// Cytoscape imports it with File › Import › Network from File. Multi-valued attributes
/// (the cooperations behind a tie) are `|`-joined. Node attributes go in the companion
/// table written by ``NodeTableCSVWriter``. Cells follow `CSVCell` (quoting, and a `'`
/// before text that a spreadsheet would take for a formula — the same rule in both
/// tables, so ids still match between them).
///
/// - Complexity: O(size of the output).
public struct EdgeListCSVWriter: NetworkWriter {
    public init() {}

    /// Writes the CSV text, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        out.write(CSVCell.line(["source", "target", "weight"] + network.edgeKeys.map { CSVCell.text($0.name) }) + "\n")
        for edge in network.edges {
            guard network.nodes.indices.contains(edge.source), network.nodes.indices.contains(edge.target) else { continue }
            var cells = [CSVCell.text(network.nodes[edge.source].id), CSVCell.text(network.nodes[edge.target].id),
                         CSVCell.value(.double(edge.weight))]
            for k in network.edgeKeys.indices { cells.append(CSVCell.value(edge.attributes.value(at: k))) }
            out.write(CSVCell.line(cells) + "\n")
        }
    }
}
