import MaillageSupport

/// CSV output (RFC 4180, comma, header row).
struct CSVText {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// A cell as written: quoted and guarded against formulas by ``CSVQuoting`` (MaillageSupport).
    static func escape(_ cell: String) -> String { CSVQuoting.cell(cell) }

    func rendered() -> String {
        var out = ""
        out.reserveCapacity(64 * (rows.count + 1))
        for (i, row) in ([header] + rows).enumerated() {
            if i > 0 { out += "\n" }
            for (j, cell) in row.enumerated() {
                if j > 0 { out += "," }
                out += CSVText.escape(cell)
            }
        }
        return out
    }
}
