/// Cells of the CSV exports (RFC 4180, comma-separated, header row, `\n` line ends).
///
/// The rules are those of the other CSV outputs of Maillage: a cell is quoted (inner
/// quotes doubled) when it holds a comma, a semicolon (French spreadsheets split on it),
/// a quote or a line break; a *text* cell starting with `=`, `+`, `@`, a tab, or a `-`
/// that does not start a number is prefixed with `'`, so a spreadsheet shows it as text
/// instead of running it as a formula (CSV injection). Numbers are never prefixed.
enum CSVCell {
    /// A text cell (ids, labels, string attributes), guarded against formulas and quoted
    /// when needed.
    static func text(_ cell: String) -> String {
        var cell = cell
        if let first = cell.first, "=+@\t".contains(first) || (first == "-" && Double(cell) == nil) {
            cell = "'" + cell
        }
        return quotedIfNeeded(cell)
    }

    /// A typed value as a cell: strings through ``text(_:)``, numbers and booleans as
    /// written by `AttributeValue.lexicalForm`, "" for nil or a non-finite double.
    static func value(_ value: AttributeValue?) -> String {
        guard let value, let lexical = value.lexicalForm else { return "" }
        if case .string = value { return text(lexical) }
        return lexical
    }

    /// `cell`, quoted when it holds a delimiter, a quote or a line break.
    static func quotedIfNeeded(_ cell: String) -> String {
        if cell.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var quoted = "\""
            for character in cell {
                quoted.append(character)
                if character == "\"" { quoted.append("\"") }
            }
            return quoted + "\""
        }
        return cell
    }

    /// One CSV line (without its line end).
    static func line(_ cells: [String]) -> String { cells.joined(separator: ",") }
}
