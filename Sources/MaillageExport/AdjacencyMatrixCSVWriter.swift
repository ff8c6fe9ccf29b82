/// Writes an ``AttributedNetwork`` as its adjacency matrix in CSV: an empty corner cell
/// and the node ids across the first row, then one row per node, its id first, then
/// the weight of its tie to each node (`0` where there is none, on the diagonal too).
///
/// This is the layout of Gephi's matrix CSV, of `pandas.DataFrame.to_csv` on
/// `networkx.to_pandas_adjacency`, of R's `read.csv(file, row.names = 1)` and of the
/// « matrice des partenariats » a spreadsheet keeps, which Maillage reads back as a
/// dataset (the `AdjacencyMatrix` reading of MaillageDataset, one cooperation per tie:
/// a weight above 1 comes back as one tie). Whole weights are written as integers (the
/// `count` projection's shared cooperations), others as decimals with a point. Ids
/// follow `CSVCell` (quoting, and a `'` before text a spreadsheet would take for a
/// formula).
///
/// - Complexity: O(n² + m) time for n nodes and m edges, O(n + m) memory: the output
///   itself is n² cells, which is why `maillage export` refuses more than
///   ``maximumNodes`` nodes.
public struct AdjacencyMatrixCSVWriter: NetworkWriter {
    /// The most nodes `maillage export --format matrix` writes a matrix of: 25 million
    /// cells, about 50 MB of text; a larger network is better exported as an edge list.
    public static let maximumNodes = 5_000

    public init() {}

    /// Writes the CSV text, ending with a newline, into `out`.
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        let n = network.nodes.count
        var neighbours = [[(node: Int, weight: Double)]](repeating: [], count: n)
        for edge in network.edges where network.nodes.indices.contains(edge.source) && network.nodes.indices.contains(edge.target) {
            neighbours[edge.source].append((edge.target, edge.weight))
            if edge.target != edge.source { neighbours[edge.target].append((edge.source, edge.weight)) }
        }
        out.write(CSVCell.line([""] + network.nodes.map { CSVCell.text($0.id) }) + "\n")
        var row = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for (j, weight) in neighbours[i] { row[j] += weight }
            out.write(CSVCell.line([CSVCell.text(network.nodes[i].id)] + row.map(Self.cell)) + "\n")
            for (j, _) in neighbours[i] { row[j] = 0 }
        }
    }

    /// A weight as a cell: `0`, `2`, or `0.25`.
    static func cell(_ weight: Double) -> String {
        if weight == weight.rounded(), abs(weight) < 1e15 { return String(Int(weight)) }
        return CSVCell.value(.double(weight))
    }
}
