import MaillageSupport
import MaillageModel
/// Where a cell lies in its input, in the terms of that input's format.
///
/// A text table (CSV) locates by 1-based line and column (columns count characters);
/// a sheet of a workbook by sheet name, 1-based row and 1-based column, printed as a
/// spreadsheet cell reference (`[Participations]!C12`). A position of line or row 0
/// concerns the whole file or sheet; of column 0, a whole line or row.
public struct CellPosition: Sendable, Hashable, Comparable {
    /// The sheet's name in a workbook; nil for a text file.
    public var sheet: String?
    /// 1-based line (text) or row (sheet); 0 for the whole file or sheet.
    public var line: Int
    /// 1-based column: characters on the line (text), column number (sheet, A = 1); 0 for a whole line or row.
    public var column: Int
    /// The file the cell lies in, when a table gathers the rows of several files (one
    /// file per network, more memberships files beside the first); nil for the table's
    /// own file. A ``Diagnostic`` at this position names this file.
    public var file: String?

    public init(sheet: String? = nil, line: Int = 0, column: Int = 0) {
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    /// A position in a text file.
    public static func text(line: Int, column: Int) -> CellPosition { CellPosition(line: line, column: column) }

    /// A cell of a sheet: `row` and `column` 1-based.
    public static func cell(sheet: String, row: Int, column: Int) -> CellPosition {
        CellPosition(sheet: sheet, line: row, column: column)
    }

    /// The whole file.
    public static let file = CellPosition()

    /// Whether the position is in a sheet of a workbook.
    public var isInSheet: Bool { sheet != nil }

    /// What follows the file's name when printed: `:12:3` in a text file,
    /// `[Sheet]!C12` (a cell), `[Sheet]!12:12` (a row) or `[Sheet]` in a workbook;
    /// empty for a whole text file.
    public var suffix: String {
        if let sheet {
            let name = "[\(sheet)]"
            guard line > 0 else { return name }
            guard column > 0 else { return "\(name)!\(line):\(line)" }
            return "\(name)!\(Self.columnLetters(column))\(line)"
        }
        var out = ""
        if line > 0 { out += ":\(line)" }
        if line > 0 && column > 0 { out += ":\(column)" }
        return out
    }

    /// How a message names the place where a row starts: "line 4" in a text file, "row 4" in a sheet.
    public var rowDescription: String { sheet == nil ? "line \(line)" : "row \(line)" }

    /// ``rowDescription`` in both languages (« ligne 4 » in French, in a file or a sheet).
    public var rowText: LocalizedText { LocalizedText(fr: "ligne \(line)", en: rowDescription) }

    /// Spreadsheet column letters of a 1-based column: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 1-based column of spreadsheet column letters (`C` → 3), nil when not letters.
    public static func columnNumber(_ letters: some StringProtocol) -> Int? {
        var n = 0
        guard !letters.isEmpty, letters.count <= 4 else { return nil }
        for scalar in letters.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n
    }

    /// Ordered by file (the table's own first), sheet (text first), then line, then column.
    public static func < (a: CellPosition, b: CellPosition) -> Bool {
        (a.file ?? "", a.sheet ?? "", a.line, a.column) < (b.file ?? "", b.sheet ?? "", b.line, b.column)
    }

    /// This position, said to lie in `file` (nil: the table's own file).
    public func `in`(file: String?) -> CellPosition {
        var moved = self
        moved.file = file
        return moved
    }
}
