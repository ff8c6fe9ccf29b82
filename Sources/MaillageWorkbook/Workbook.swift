import MaillageSupport
/// A spreadsheet workbook's sheets as text cells: what the dataset loader needs of an
/// `.xlsx` (Office Open XML) or `.ods` (OpenDocument) file, nothing of its styling.
///
/// Each cell's text is what the spreadsheet shows as its value, written plainly:
/// strings as typed (shared, inline or rich text joined), numbers without grouping
/// (`1234.5`), dates as ISO 8601 (`2024-03-01`, with `T10:30:00` when there is a
/// time), booleans as `true`/`false`, formulas as their cached value. A merged
/// range gives its value to every cell it covers. Empty cells are left out.
public struct Workbook: Sendable {
    /// The sheets in workbook order, hidden ones included (see ``WorkbookSheet/isHidden``).
    public var sheets: [WorkbookSheet]

    public init(sheets: [WorkbookSheet]) {
        self.sheets = sheets
    }

    /// Reads a workbook from its bytes; `format` says which kind (from the file's extension).
    /// - Throws: ``WorkbookError`` when the file is not a usable workbook, breaks a
    ///   limit of ``WorkbookLimits``, or is hostile (DTD, paths out of the archive).
    public static func read(_ bytes: [UInt8], format: WorkbookFormat, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError) -> Workbook {
        let archive = try ZipArchive(bytes, limits: limits)
        switch format {
        case .xlsx: return try XLSXReader(archive: archive, limits: limits).read()
        case .ods: return try ODSReader(archive: archive, limits: limits).read()
        }
    }
}

/// The workbook formats read.
public enum WorkbookFormat: String, Sendable, CaseIterable {
    /// Office Open XML (Excel, LibreOffice, Google Sheets, Numbers export).
    case xlsx
    /// OpenDocument spreadsheet (LibreOffice, OpenOffice).
    case ods

    /// The format of a file name's extension (case-insensitive), nil for another.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "xlsx", "xlsm": self = .xlsx
        case "ods": self = .ods
        default: return nil
        }
    }
}

/// One sheet: its name, whether it is hidden, and its non-empty cells in row order.
public struct WorkbookSheet: Sendable {
    public var name: String
    /// Hidden by its author (Excel's « Masquer », LibreOffice's « Cacher »).
    public var isHidden: Bool
    /// Non-empty cells, ordered by row then column.
    public var cells: [WorkbookCell]
    /// Cells holding a formula but no value computed for it (a workbook written by a
    /// program rather than saved by a spreadsheet): read as empty; the text is the formula.
    public var uncalculated: [WorkbookCell]

    public init(name: String, isHidden: Bool = false, cells: [WorkbookCell], uncalculated: [WorkbookCell] = []) {
        self.name = name
        self.isHidden = isHidden
        self.cells = cells
        self.uncalculated = uncalculated
    }
}

/// One non-empty cell: 1-based row and column, and its text.
public struct WorkbookCell: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var text: String

    public init(row: Int, column: Int, text: String) {
        self.row = row
        self.column = column
        self.text = text
    }
}

/// Why a workbook cannot be read, said for the person who made it, in French and
/// in English (``text``; ``message`` and ``description`` are the English one).
public struct WorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why, in both languages.
    public var text: LocalizedText
    /// The sheet concerned, when one is.
    public var sheet: String?

    public init(_ text: LocalizedText, sheet: String? = nil) {
        self.text = text
        self.sheet = sheet
    }

    /// Why, with its French (`fr`) and English (`en`) wordings.
    public init(fr: String, en: String, sheet: String? = nil) {
        self.init(LocalizedText(fr: fr, en: en), sheet: sheet)
    }

    /// Why, in English.
    public var message: String { text.en }

    public var description: String { message }
}

/// The limits a workbook must stay within; past them it is refused, not read in part.
///
/// They stop hostile files: a small archive that inflates to gigabytes (a « zip
/// bomb »), an archive of a million entries, XML nested thousands deep, a sheet
/// claiming billions of repeated cells.
public struct WorkbookLimits: Sendable, Hashable {
    /// Bytes all the entries read may inflate to, in total: 256 MiB.
    public var inflatedBytes: Int = 256 << 20
    /// Entries the archive may hold: 10,000.
    public var entries: Int = 10_000
    /// Depth of XML element nesting: 100.
    public var xmlDepth: Int = 100
    /// Non-empty cells over all sheets, repeated and merged cells counted: 20 million.
    public var cells: Int = 20_000_000

    public init() {}
}
