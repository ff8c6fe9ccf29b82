/// A problem found in a dataset, located as precisely as the input allows.
///
/// Printed as `file:line:column: error|warning: message`, the format compilers use,
/// so editors and CI logs can jump to it; in a workbook, as
/// `participations.xlsx[Participations]!C12: error: message` (see ``CellPosition``).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Hashable {
        /// The dataset cannot be used as it is.
        case error
        /// The dataset can be used; the message says what was assumed.
        case warning
    }

    /// The file's name inside the dataset folder (e.g. `memberships.csv`), or the workbook's.
    public var file: String
    /// Where in the file: line and column of a text file, or sheet and cell of a workbook.
    public var position: CellPosition
    public var severity: Severity
    public var message: String

    /// 1-based line (row in a sheet); 0 when the problem concerns the whole file.
    public var line: Int {
        get { position.line }
        set { position.line = newValue }
    }
    /// 1-based column (counted in characters in a text file); 0 when the problem concerns a whole line or file.
    public var column: Int {
        get { position.column }
        set { position.column = newValue }
    }
    /// The sheet of a workbook the problem lies in; nil for a text file.
    public var sheet: String? { position.sheet }

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, message: String) {
        self.init(file: file, position: CellPosition(line: line, column: column), severity: severity, message: message)
    }

    public init(file: String, position: CellPosition, severity: Severity, message: String) {
        self.file = file
        self.position = position
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ message: String, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }

    public static func error(_ message: String, file: String, at position: CellPosition) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .error, message: message)
    }

    public static func warning(_ message: String, file: String, at position: CellPosition) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .warning, message: message)
    }

    /// `file` followed by the position: `memberships.csv:3:7`, `acteurs.xlsx[Acteurs]!C12`.
    public var location: String { file + position.suffix }

    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }

    /// Ordered by file, then position, so reports read top to bottom.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.position.sheet ?? "", a.line, a.column, a.message) < (b.file, b.position.sheet ?? "", b.line, b.column, b.message)
    }
}
