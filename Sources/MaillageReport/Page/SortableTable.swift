import MaillageSupport

/// A table whose columns the page's script sorts when their header is clicked.
///
/// Each header holds a `<button>` (so it is reachable with the keyboard) and carries
/// `data-type="number"` for numeric columns; numeric cells carry their exact value in
/// `data-sort`, so sorting does not depend on how numbers are written (`0,058`).
///
/// A table of more than ``pagedAbove`` rows is paged: the page holds its first
/// ``pageSize`` rows as HTML (what prints, and what shows without script); the script
/// sorts the rows and builds one page of them at a time, so a table of 200,000 actors
/// costs the page a few dozen rows of DOM. It finds the rows either in a compact JSON
/// block of the table's own beside it (``RowSource/own``), or, for the actors and the
/// cooperations, builds them from the page data's columns (``RowSource/pageData(_:rows:)``:
/// the table is given only its written rows, ``writtenRows(of:)``), so that the page
/// does not carry them twice.
struct SortableTable {
    enum ColumnType { case text, number }

    /// Rows past which a table is paged.
    static let pagedAbove = 100
    /// Rows per page of a paged table.
    static let pageSize = 50

    /// Where a cell goes when the table is shown as cards (narrow screens, see
    /// ``cardsOnPhones``): the card's title line, its lead (shown right after the
    /// title, before the figures), or with the figures.
    enum CardPlace: String { case title = "card-title", lead = "card-lead", figure = "" }

    struct Column {
        var title: String
        var type: ColumnType
        var card: CardPlace = .figure
    }

    struct Cell {
        var content: [HTMLNode]
        /// The value sorted on, for numeric cells; nil sorts on the text.
        var sortKey: String?
        /// The cell as the page's script rebuilds it in a paged table (see
        /// `scriptPagedTables`); nil writes `content` as a generic element tree.
        var data: JSONValue? = nil

        static func text(_ text: String) -> Cell { Cell(content: [.text(text)], sortKey: nil, data: .string(text)) }
        static func number(_ shown: String, _ value: Double?) -> Cell {
            let finite = value.flatMap { $0.isFinite ? $0 : nil }
            return Cell(content: [.text(shown)], sortKey: finite.map { "\($0)" } ?? "",
                        data: .array([.string(shown), finite.map { .number($0) } ?? .null]))
        }
    }

    /// Where the script finds a paged table's rows.
    enum RowSource: Equatable {
        /// Every row is given; a paged table writes them in a JSON block of its own.
        case own
        /// Only the rows written in the page are given (the first page of a paged table);
        /// the script builds all `rows` from the page data's columns named `name`
        /// (`actors` or `cooperations`), in the order of the rows given.
        case pageData(_ name: String, rows: Int)
    }

    var id: String
    var caption: String?
    var columns: [Column]
    var rows: [[Cell]]
    /// Below a tablet's width, each row becomes a card: its title cells, its lead cell,
    /// then the other cells each labelled with its column's title (`data-label`).
    var cardsOnPhones = false
    var source: RowSource = .own
    /// The name of the table's CSV file without extension (`tetes-de-pont`), or nil for
    /// a table offered for no download. The page's script puts a download button under
    /// each named table (`scriptTableDownloads`); the file is named after the dataset
    /// and this name.
    var download: String? = nil

    /// The number of rows of the whole table.
    var rowCount: Int {
        if case .pageData(_, let count) = source { return count }
        return rows.count
    }

    var paged: Bool { rowCount > Self.pagedAbove }

    /// The part of `order` whose rows the page writes for a table of `order.count` rows
    /// built from the page data: all of them, or the first page of a paged table.
    static func writtenRows(of order: [Int]) -> ArraySlice<Int> {
        order.count > pagedAbove ? order.prefix(pageSize) : order[...]
    }

    /// The table, and for a paged table the JSON block of its rows.
    /// - Complexity: O(size of the cells).
    var node: HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(.el("caption", text: caption)) }
        children.append(.el("thead", [:], [.el("tr", [:], columns.map { column in
            .el("th", ["scope": "col", "data-type": column.type == .number ? "number" : "text",
                       "data-card": column.card == .figure ? nil : column.card.rawValue],
                [.el("button", ["type": "button", "class": "sort"], text: column.title)])
        })]))
        let shown = paged ? Array(rows.prefix(Self.pageSize)) : rows
        children.append(.el("tbody", [:], shown.map { row in
            .el("tr", [:], row.enumerated().map { index, cell in
                let column = index < columns.count ? columns[index] : nil
                let classes = [column?.type == .number ? "num" : "", column?.card.rawValue ?? ""].filter { !$0.isEmpty }
                return .el("td", ["class": classes.isEmpty ? nil : classes.joined(separator: " "), "data-sort": cell.sortKey,
                                  "data-label": cardsOnPhones ? column?.title : nil], cell.content)
            })
        }))
        let tableClass = cardsOnPhones ? "sortable cards-on-phone" : "sortable"
        guard paged else {
            return .el("div", ["class": "table-wrap"], [.el("table", ["id": id, "class": tableClass, "data-download": download], children)])
        }
        if case .pageData(let name, let count) = source {
            return .el("div", ["class": "table-wrap"], [
                .el("table", ["id": id, "class": tableClass, "data-paged": "", "data-source": name, "data-rows": String(count),
                              "data-download": download], children),
            ])
        }
        let json: JSONValue = .array(rows.map { row in .array(row.map { $0.data ?? Self.tree($0.content) }) })
        return .el("div", ["class": "table-wrap"], [
            .el("table", ["id": id, "class": tableClass, "data-paged": "rows-" + id, "data-rows": String(rows.count),
                          "data-download": download], children),
            .el("script", ["type": "application/json", "id": "rows-" + id], [.trusted(.json(json))]),
        ])
    }

    /// `nodes` as a generic element tree for the script: a string for text,
    /// `{"h": [name, {attributes}, children…]}` for an element. Names come from
    /// ``HTMLName`` (never from data); the script sets values with `setAttribute` and
    /// text with `textContent`.
    static func tree(_ nodes: [HTMLNode]) -> JSONValue {
        func one(_ node: HTMLNode) -> JSONValue {
            switch node {
            case .text(let text): return .string(text)
            case .trusted: return .string("")
            case .element(let name, let attributes, let children):
                return .array([.string(name.description), .object(attributes.map { ($0.0.description, .string($0.1)) })] + children.map(one))
            }
        }
        return .object([("h", .array(nodes.map(one)))])
    }
}
