/// A workbook to write: sheets of text cells, each with its drop-down lists — what
/// `XLSXWriter` and `ODSWriter` write, the same content in both formats.
///
/// Every cell is written as text (never as a formula, whatever it starts with), so a
/// dataset value such as `=HYPERLINK(…)` stays inert in the spreadsheet — but for the
/// cells of a sheet's ``DraftSheet/numberColumns``, written as numbers.
public struct WorkbookDraft: Sendable {
    public var sheets: [DraftSheet]

    public init(sheets: [DraftSheet]) {
        self.sheets = sheets
    }

    /// Writes the workbook in `format`.
    /// - Throws: ``WorkbookError`` when the archive cannot be built (it never should), or
    ///   for ``WorkbookFormat/xls``, which is read, not written.
    public func bytes(_ format: WorkbookFormat) throws(WorkbookError) -> [UInt8] {
        switch format {
        case .xlsx: try XLSXWriter.write(self)
        case .ods: try ODSWriter.write(self)
        case .xls:
            throw WorkbookError(fr: "Maillage écrit les classeurs en .xlsx ou .ods, pas en .xls", en: "Maillage writes workbooks as .xlsx or .ods, not .xls")
        }
    }
}

/// One sheet to write: its name, its rows (the first one is the header, set in bold),
/// its columns' widths and its drop-down lists.
public struct DraftSheet: Sendable {
    public var name: String
    /// Rows of cells, the header first; a row may be shorter than others.
    public var rows: [[String]]
    /// Width of each column in characters (missing ones take 14).
    public var columnWidths: [Int]
    /// Drop-down lists on columns of this sheet.
    public var lists: [DropDownList]
    /// Columns (0-based) whose cells below the header are numbers written in C format
    /// (`0.0123`, `-3`, `1e-05`): written as numeric cells, so a spreadsheet sorts and
    /// formats them as numbers. A cell of such a column that is no finite number stays text.
    public var numberColumns: Set<Int>
    /// Filter buttons on the header (Excel's « Filtrer », LibreOffice's « AutoFiltre »),
    /// so that a table of results sorts and filters from its header at once.
    public var filter: Bool
    /// Columns of ``numberColumns`` shown with a fixed number of decimals (`0,1168` rather
    /// than `0,11684834576401`): a display format only, each cell keeps its full value.
    public var decimals: [Int: Int]

    public init(name: String, rows: [[String]], columnWidths: [Int] = [], lists: [DropDownList] = [], numberColumns: Set<Int> = [],
                filter: Bool = false, decimals: [Int: Int] = [:]) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.lists = lists
        self.numberColumns = numberColumns
        self.filter = filter
        self.decimals = decimals.filter { (0...15).contains($0.value) }
    }

    /// The range the filter covers, `A1:P86`: the header and every row, as wide as the
    /// widest row; nil without a filter or without rows under the header.
    var filterRange: (lastColumn: String, lastRow: Int)? {
        let width = rows.map(\.count).max() ?? 0
        guard filter, rows.count > 1, width > 0 else { return nil }
        return (ColumnLetters.of(width), rows.count)
    }
}

extension DraftSheet {
    /// Whether `text` is a number as a spreadsheet's numeric cell holds it: an optional
    /// `-`, digits, an optional fraction, an optional exponent (`0.0123`, `-3`,
    /// `1e-05`), at most 17 significant digits (a double's shortest form has no more), and no
    /// leading zero before another digit (`01500` is a postal code, not 1500).
    public static func isPlainNumber(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == 0x2D { i += 1 }
        let integerStart = i
        let integer = digits()
        guard integer > 0, integer == 1 || b[integerStart] != 0x30 else { return false }
        var mantissa = Array(b[integerStart..<i])
        if i < b.count, b[i] == 0x2E {
            i += 1
            let fractionStart = i
            guard digits() > 0 else { return false }
            mantissa += b[fractionStart..<i]
        }
        let significant = mantissa.drop { $0 == 0x30 }.count
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count && significant <= 17
    }
}

/// A drop-down list on one column, from row 2 to ``lastRow``: the values are a range of
/// one column of another sheet (``sourceSheet``, rows ``sourceRows``). A value not in
/// the list gets a warning, not a refusal — the loader accepts synonyms a list does
/// not show (a legal form in the kind column).
public struct DropDownList: Sendable, Hashable {
    /// 1-based column of the sheet that gets the list.
    public var column: Int
    /// Last row covered (the list starts on row 2, under the header).
    public var lastRow: Int
    public var sourceSheet: String
    /// 1-based column of ``sourceSheet`` holding the values.
    public var sourceColumn: Int
    /// 1-based rows of ``sourceSheet`` holding the values.
    public var sourceRows: ClosedRange<Int>

    public init(column: Int, lastRow: Int, sourceSheet: String, sourceColumn: Int, sourceRows: ClosedRange<Int>) {
        self.column = column
        self.lastRow = lastRow
        self.sourceSheet = sourceSheet
        self.sourceColumn = sourceColumn
        self.sourceRows = sourceRows
    }
}

/// Spreadsheet column letters: 1 → `A`, 27 → `AA`.
enum ColumnLetters {
    static func of(_ column: Int) -> String {
        var n = column, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}
