/// CSV output (RFC 4180, comma, header row).
struct CSVText {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// Quotes a cell when it holds a delimiter, a quote or a line break. A text cell
    /// starting with `=`, `+`, `@` or a tab is prefixed with `'` so spreadsheets do not
    /// run it as a formula; numbers (which may start with `-`) are left alone.
    static func escape(_ cell: String) -> String {
        // Fast path, on bytes: nothing to quote and no formula lead (most cells).
        let bytes = cell.utf8
        let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }
        let lead = bytes.first
        let mayBeFormula = lead == 0x3D || lead == 0x2B || lead == 0x40 || lead == 0x09 || lead == 0x2D
        if !needsQuotes && !mayBeFormula { return cell }
        var cell = cell
        if let first = cell.first, "=+@\t".contains(first) || (first == "-" && Double(cell) == nil) {
            cell = "'" + cell
        }
        if needsQuotes {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

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
