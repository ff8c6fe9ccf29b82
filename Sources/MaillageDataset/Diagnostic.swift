import MaillageSupport
import MaillageModel

/// A problem found in a dataset, located as precisely as the input allows.
///
/// Printed as `file:line:column: error|warning: message`, the format compilers use,
/// so editors and CI logs can jump to it; in a workbook, as
/// `participations.xlsx[Participations]!C12: error: message` (see ``CellPosition``).
///
/// The message is written in both languages Maillage speaks (``text``); the loader
/// does not know who reads it. ``description(in:)`` prints it in the user's language,
/// with the severity in that language too (`erreur`, `avertissement` in French) and the
/// same layout, so the line stays parseable. ``message`` and ``description`` are the
/// English ones, for library users who do not choose a language.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Hashable {
        /// The dataset cannot be used as it is.
        case error
        /// The dataset can be used; the message says what was assumed.
        case warning

        /// `error`/`warning`, or `erreur`/`avertissement` in French.
        public func name(in language: Language) -> String {
            switch self {
            case .error: return language.pick("erreur", "error")
            case .warning: return language.pick("avertissement", "warning")
            }
        }
    }

    /// The file's name inside the dataset folder (e.g. `memberships.csv`), or the workbook's.
    public var file: String
    /// Where in the file: line and column of a text file, or sheet and cell of a workbook.
    public var position: CellPosition
    public var severity: Severity
    /// What the problem is, in French and in English.
    public var text: LocalizedText
    /// How many problems this diagnostic stands for: 1, or, for the line that counts the
    /// repeated ones left out of the list (« … et 815 autres du même genre »), that count;
    /// so the totals of ``DatasetLoadResult`` are those of the whole dataset.
    public var problems = 1

    /// The message in English (``text`` holds the French one as well).
    public var message: String { text.en }

    /// The message in `language`.
    public func message(in language: Language) -> String { language.text(text) }

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

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity, text: LocalizedText) {
        self.init(file: file, position: CellPosition(line: line, column: column), severity: severity, text: text)
    }

    /// A diagnostic in `file`, or in the file `position` names (``CellPosition/file-property``).
    public init(file: String, position: CellPosition, severity: Severity, text: LocalizedText) {
        self.file = position.file ?? file
        self.position = position.in(file: nil)
        self.severity = severity
        self.text = text
    }

    /// An error at a line and column of a text file (0 for the whole line or file).
    public static func error(_ text: LocalizedText, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, text: text)
    }

    /// A warning at a line and column of a text file (0 for the whole line or file).
    public static func warning(_ text: LocalizedText, file: String, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, text: text)
    }

    /// An error at `position` (a cell of a sheet, or a line and column).
    public static func error(_ text: LocalizedText, file: String, at position: CellPosition) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .error, text: text)
    }

    /// A warning at `position` (a cell of a sheet, or a line and column).
    public static func warning(_ text: LocalizedText, file: String, at position: CellPosition) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .warning, text: text)
    }

    /// `file` followed by the position: `memberships.csv:3:7`, `acteurs.xlsx[Acteurs]!C12`.
    public var location: String { file + position.suffix }

    /// The English line: `memberships.csv:3:7: error: message`.
    public var description: String { description(in: .en) }

    /// The line in `language`: `memberships.csv:3:7: erreur: message` in French,
    /// `memberships.csv:3:7: error: message` in English. The layout is the same in
    /// both (`location: severity: message`, no space before the colons), so a tool can
    /// split it; tools that look for the words `error` and `warning` read `--lang en`.
    /// A line break quoted from the data (a header typed « Statut⏎adhésion ») is a space
    /// there, so that each diagnostic stays one line.
    public func description(in language: Language) -> String {
        var text = message(in: language)
        if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            text = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .joined(separator: " ")
        }
        return "\(location): \(severity.name(in: language)): \(text)"
    }

    /// Ordered by file, then position, so reports read top to bottom.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.position.sheet ?? "", a.line, a.column, a.text.en) < (b.file, b.position.sheet ?? "", b.line, b.column, b.text.en)
    }
}
