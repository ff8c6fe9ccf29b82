/// A problem found in a dataset, located as precisely as the input allows.
///
/// Printed as `file:line:column: error|warning: message`, the format compilers use,
/// so editors and CI logs can jump to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Hashable {
        /// The dataset cannot be used as it is.
        case error
        /// The dataset can be used; the message says what was assumed.
        case warning
    }

    /// The file's name inside the dataset folder (e.g. `memberships.csv`).
    public var file: String
    /// 1-based line in the file; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column (counted in characters); 0 when the problem concerns a whole line or file.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ message: String, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }

    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// Ordered by file, then position, so reports read top to bottom.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}
