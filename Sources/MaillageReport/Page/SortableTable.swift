/// A table whose columns the page's script sorts when their header is clicked.
///
/// Each header holds a `<button>` (so it is reachable with the keyboard) and carries
/// `data-type="number"` for numeric columns; numeric cells carry their exact value in
/// `data-sort`, so sorting does not depend on how numbers are written (`0,058`).
struct SortableTable {
    enum ColumnType { case text, number }

    struct Column {
        var title: String
        var type: ColumnType
    }

    struct Cell {
        var content: [HTMLNode]
        /// The value sorted on, for numeric cells; nil sorts on the text.
        var sortKey: String?

        static func text(_ text: String) -> Cell { Cell(content: [.text(text)], sortKey: nil) }
        static func number(_ shown: String, _ value: Double?) -> Cell {
            Cell(content: [.text(shown)], sortKey: value.flatMap { $0.isFinite ? "\($0)" : nil } ?? "")
        }
    }

    var id: String
    var caption: String?
    var columns: [Column]
    var rows: [[Cell]]

    var node: HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(.el("caption", text: caption)) }
        children.append(.el("thead", [:], [.el("tr", [:], columns.map { column in
            .el("th", ["scope": "col", "data-type": column.type == .number ? "number" : "text"],
                [.el("button", ["type": "button", "class": "sort"], text: column.title)])
        })]))
        children.append(.el("tbody", [:], rows.map { row in
            .el("tr", [:], row.enumerated().map { index, cell in
                let numeric = index < columns.count && columns[index].type == .number
                return .el("td", ["class": numeric ? "num" : nil, "data-sort": cell.sortKey], cell.content)
            })
        }))
        return .el("div", ["class": "table-wrap"], [.el("table", ["id": id, "class": "sortable"], children)])
    }
}
