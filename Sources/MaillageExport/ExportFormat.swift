/// The export formats of `maillage export` (Architecture article of the documentation) and the writer behind each.
public enum ExportFormat: String, NetworkWriter, CaseIterable {
    /// GraphML: ``GraphMLWriter``.
    case graphml
    /// GEXF 1.3: ``GEXFWriter``.
    case gexf
    /// NetworkX node-link JSON: ``NodeLinkJSONWriter``.
    case json
    /// CSV edge list (``EdgeListCSVWriter``), with a node table beside it (``NodeTableCSVWriter``).
    case csv
    /// Plain DOT text: ``DOTWriter``.
    case dot
    /// Kumu (kumu.io). Written as a file named `.xlsx`: the *dataset* as Kumu's
    /// spreadsheet (Elements and Connections sheets, `KumuSpreadsheet` in
    /// MaillageDataset), which the loader reads back to the same dataset. Written as
    /// text (``NetworkWriter/write(_:)``, a file named `.json`): the analysed network as Kumu's JSON
    /// (``KumuJSONWriter``), one way.
    case kumu
    /// The adjacency matrix in CSV, one row and one column per node: ``AdjacencyMatrixCSVWriter``.
    case matrix

    /// The usual file extension (without the dot).
    public var fileExtension: String {
        switch self {
        case .kumu: "xlsx"
        case .matrix: "csv"
        default: rawValue
        }
    }

    /// The format a file name's extension stands for (case-insensitive), or nil:
    /// `.graphml` (and `.xml`), `.gexf`, `.json`, `.csv`, `.dot` (and `.gv`), `.xlsx`
    /// (``kumu``: the only workbook `export` writes).
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "graphml", "xml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "csv": self = .csv
        case "dot", "gv": self = .dot
        case "xlsx": self = .kumu
        default: return nil
        }
    }

    /// Writes the network in this format, with the writers' default settings (for `csv`,
    /// the edge list only), into `out`; ``NetworkWriter/write(_:)`` gives it as one string.
    /// - Complexity: O(size of the output).
    public func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output) {
        switch self {
        case .graphml: GraphMLWriter().write(network, to: &out)
        case .gexf: GEXFWriter().write(network, to: &out)
        case .json: NodeLinkJSONWriter().write(network, to: &out)
        case .csv: EdgeListCSVWriter().write(network, to: &out)
        case .dot: DOTWriter().write(network, to: &out)
        case .kumu: KumuJSONWriter().write(network, to: &out)
        case .matrix: AdjacencyMatrixCSVWriter().write(network, to: &out)
        }
    }
}
