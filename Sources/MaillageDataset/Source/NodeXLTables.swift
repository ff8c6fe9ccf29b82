import MaillageSupport
import MaillageModel
import MaillageWorkbook

/// A NodeXL workbook (the network template for Excel: an « Edges » sheet headed
/// « Vertex 1 », « Vertex 2 », a « Vertices » sheet headed « Vertex ») read as Maillage's
/// tables.
///
/// Each edge is a two-member cooperation (``TieList``: « Vertex 1 », « Vertex 2 » are its
/// ends, its « Label » its name), each vertex an actor named by « Vertex ». NodeXL's own
/// columns — the drawing (Color, Width, Shape, Size, Opacity, Visibility, X, Y…), its
/// metrics (Degree, Betweenness Centrality…), its bookkeeping (ID, Dynamic Filter, « Add
/// Your Own Columns Here ») and the vertices' display « Label » — are said in one warning
/// and not read; the columns the user added (« Type », « Commune », « Relationship »…) are
/// read as headers are. NodeXL's other sheets (Groups, Group Vertices, Overall Metrics)
/// are not read. Every cell keeps its sheet position.
enum NodeXLTables {
    /// NodeXL's own columns (keys), in its Edges and Vertices sheets.
    static let ownColumns: Set<String> = Set([
        "color", "width", "style", "opacity", "visibility", "label text color", "label font size", "reciprocated?", "id",
        "dynamic filter", "add your own columns here", "edge weight", "shape", "size", "image file", "label fill color",
        "label position", "tooltip", "layout order", "x", "y", "locked?", "polar r", "polar angle", "degree", "in-degree",
        "out-degree", "betweenness centrality", "closeness centrality", "eigenvector centrality", "pagerank",
        "clustering coefficient", "reciprocated vertex pair ratio", "vertex group", "group",
    ].map(Vocabulary.key))

    /// The tables of `workbook` when it is a NodeXL workbook; nil otherwise.
    static func tables(_ workbook: Workbook, file: String, diagnostics: inout [Diagnostic]) -> [String: any CellGrid]? {
        let visible = workbook.sheets.filter { !$0.isHidden }
        func header(_ sheet: WorkbookSheet) -> [String] {
            guard let first = sheet.cells.first?.row else { return [] }
            return sheet.cells.prefix { $0.row == first }.map { Vocabulary.key($0.text) }
        }
        let (one, two, vertex) = (Vocabulary.key("Vertex 1"), Vocabulary.key("Vertex 2"), Vocabulary.key("Vertex"))
        guard let edges = visible.first(where: { Vocabulary.key($0.name) == Vocabulary.key("Edges") && Array(header($0).prefix(2)) == [one, two] })
        else { return nil }
        let vertices = visible.first { Vocabulary.key($0.name) == Vocabulary.key("Vertices") && header($0).first == vertex }
        var dropped: [String] = []
        func kept(_ sheet: WorkbookSheet, renaming: [String: String], dropping: Set<String>, layoutSaid: Bool = false) -> MappedGrid {
            let grid = WorkbookTables.grid(sheet, file: file, diagnostics: &diagnostics)
            guard grid.recordCount > 0 else { return MappedGrid(header: [], records: [], origin: grid.origin) }
            let headerCells = Array(grid.cellRange(ofRecord: 0))
            var columns: [Int] = [], names: [String] = [], positions: [CellPosition] = []
            for (c, cell) in headerCells.enumerated() {
                let text = grid.text(ofCell: cell).trimmingSpaces()
                let key = Vocabulary.key(text)
                if let renamed = renaming[key] {
                    columns.append(c); names.append(renamed)
                } else if ownColumns.contains(key) || dropping.contains(key) || text.isEmpty {
                    if !text.isEmpty, !dropped.contains(text) { dropped.append(text) }
                    continue
                } else {
                    columns.append(c); names.append(text)
                }
                positions.append(grid.position(ofCell: cell))
            }
            var records: [[MappedGrid.Cell]] = []
            for r in 1..<grid.recordCount {
                let range = grid.cellRange(ofRecord: r)
                records.append(columns.map { c in
                    MappedGrid.Cell(text: grid.text(ofCell: range.lowerBound + c), position: grid.position(ofCell: range.lowerBound + c))
                })
            }
            return MappedGrid(header: names, records: records, origin: grid.origin, headerPositions: positions, layoutSaid: layoutSaid)
        }
        var grids: [String: any CellGrid] = [:]
        grids[TableSchema.memberships.file] = kept(edges, renaming: [one: "source", two: "target"], dropping: [], layoutSaid: true)
        if let vertices {
            grids[TableSchema.actors.file] = kept(vertices, renaming: [vertex: "name"], dropping: [Vocabulary.key("Label")])
        }
        let shown = dropped.prefix(6).map { "« \($0.excerpt) »" }.joined(separator: ", ")
        let shownEN = dropped.prefix(6).map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
        let more = dropped.count > 6 ? LocalizedText(fr: "… \(dropped.count) en tout", en: "… \(dropped.count) in all") : .empty
        diagnostics.append(.warning(LocalizedText(
            fr: "classeur NodeXL : feuilles « \(edges.name) » (chaque lien une coopération à deux)" + (vertices.map { " et « \($0.name) » (les acteurs)" } ?? "")
                + " lues ; les colonnes de NodeXL (\(shown)\(more.fr)) et ses autres feuilles ne le sont pas",
            en: "NodeXL workbook: sheets \"\(edges.name)\" (each edge a cooperation of two)" + (vertices.map { " and \"\($0.name)\" (the actors)" } ?? "")
                + " read; NodeXL's columns (\(shownEN)\(more.en)) and its other sheets are not"),
            file: file, at: CellPosition(sheet: edges.name)))
        return grids
    }
}
