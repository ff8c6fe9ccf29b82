import MaillageSupport

/// Cells of the CSV exports (RFC 4180, comma-separated, header row, `\n` line ends).
///
/// The rules are those of every CSV output of Maillage, ``CSVQuoting`` (MaillageSupport):
/// quoting when needed, and a `'` before a *text* cell a spreadsheet could run as a
/// formula (CSV injection). Numbers are never prefixed.
enum CSVCell {
    /// A text cell (ids, labels, string attributes), guarded against formulas and quoted
    /// when needed.
    static func text(_ cell: String) -> String { CSVQuoting.cell(cell) }

    /// A typed value as a cell: strings through ``text(_:)``, numbers and booleans as
    /// written by `AttributeValue.lexicalForm`, "" for nil or a non-finite double.
    static func value(_ value: AttributeValue?) -> String {
        guard let value, let lexical = value.lexicalForm else { return "" }
        if case .string = value { return text(lexical) }
        return lexical
    }

    /// `cell`, quoted when it holds a delimiter, a quote, a line break or surrounding spaces.
    static func quotedIfNeeded(_ cell: String) -> String { CSVQuoting.cell(cell, guardFormula: false) }

    /// One CSV line (without its line end).
    static func line(_ cells: [String]) -> String { cells.joined(separator: ",") }
}
