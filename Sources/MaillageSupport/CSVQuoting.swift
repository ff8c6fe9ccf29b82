/// The one CSV cell quoter of Maillage's outputs: command results (`--format csv`),
/// exports (edge list, node table) and the files of a written dataset.
///
/// - Quoting (RFC 4180, inner quotes doubled): a cell holding a comma, a semicolon
///   (French spreadsheets split on it), a quote, a line break (LF or CR), or leading or
///   trailing spaces or tabs (which readers trim).
/// - Formula guard (CSV injection, OWASP), for text cells of outputs opened in
///   spreadsheets: a cell is prefixed with `'` when it starts with a tab, a CR or a LF,
///   or when its first character after leading spaces is `=`, `+`, `-`, `@` or one of
///   their fullwidth forms `＝ ＋ － ＠` (which spreadsheets read as the ASCII ones), unless
///   the whole cell is a finite number such as `-3`, `+1.5` or `-2e-3` (`-inf`, `-nan`,
///   `+infinity` are guarded). Dataset files are written without the guard, so they load
///   back unchanged.
public enum CSVQuoting {
    /// `cell` as one CSV cell, guarded against formulas when `guardFormula`.
    /// - Complexity: O(length of the cell); cells needing nothing are returned as they are.
    public static func cell(_ cell: String, guardFormula: Bool = true) -> String {
        let guarded = guardFormula && isFormulaLike(cell)
        let quoted = needsQuotes(cell.utf8)
        if !guarded && !quoted { return cell }
        var text = guarded ? "'" + cell : cell
        if quoted {
            var result = "\""
            result.reserveCapacity(text.utf8.count + 2)
            for character in text.unicodeScalars {
                if character == "\"" { result.unicodeScalars.append("\"") }
                result.unicodeScalars.append(character)
            }
            result += "\""
            text = result
        }
        return text
    }

    /// Appends `cell` to a byte buffer (see ``cell(_:guardFormula:)``), without building a String.
    public static func append(_ cell: String, to bytes: inout [UInt8], guardFormula: Bool = true) {
        let guarded = guardFormula && isFormulaLike(cell)
        let quoted = needsQuotes(cell.utf8)
        if quoted { bytes.append(0x22) }
        if guarded { bytes.append(0x27) }
        if quoted {
            for b in cell.utf8 {
                if b == 0x22 { bytes.append(0x22) }
                bytes.append(b)
            }
            bytes.append(0x22)
        } else {
            bytes.append(contentsOf: cell.utf8)
        }
    }

    /// Whether a cell must be quoted: a delimiter, quote or line break inside, or spaces
    /// or tabs at either end.
    public static func needsQuotes(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        return utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether a spreadsheet could read the text cell as a formula (see the type).
    public static func isFormulaLike(_ cell: String) -> Bool {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first else { return false }
        if first == "\t" || first == "\r" || first == "\n" { return true }
        // Fast path: an ASCII letter or digit first (most cells).
        if first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) { return false }
        guard let lead = scalars.first(where: { $0 != " " && $0 != "\u{A0}" && $0 != "\u{3000}" }) else { return false }
        switch lead {
        case "=", "@", "\u{FF1D}", "\u{FF20}", "\u{FF0B}", "\u{FF0D}", "\t", "\r", "\n":
            return true
        case "+", "-":
            return !isFiniteNumber(cell)
        default:
            return false
        }
    }

    /// A plain finite number: digits, sign, point and exponent only, and finite.
    static func isFiniteNumber(_ cell: String) -> Bool {
        guard cell.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }),
              let value = Double(cell) else { return false }
        return value.isFinite
    }
}
