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
        var cell = cell
        if let first = cell.first, "=+@\t".contains(first) || (first == "-" && Double(cell) == nil) {
            cell = "'" + cell
        }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

    func rendered() -> String {
        ([header] + rows).map { $0.map(CSVText.escape).joined(separator: ",") }.joined(separator: "\n")
    }
}
