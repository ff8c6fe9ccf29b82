import MaillageSupport
/// A spreadsheet workbook's sheets as text cells: what the dataset loader needs of an
/// `.xlsx` (Office Open XML), `.ods` (OpenDocument) or `.xls` (Excel 97–2003) file,
/// nothing of its styling.
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
        // What the file is, whatever its extension says: an .xls saved as .xlsx, an .xlsx
        // named .xls, a password-protected .xlsx (a compound file), a web page named .xls.
        if CompoundFile.isCompoundFile(bytes) {
            let container = try CompoundFile(bytes, limits: limits)
            return try XLSReader(container: container, limits: limits).read()
        }
        // Excel 2 to 4 saved a bare BIFF stream (BOF record 0x0009, 0x0209, 0x0409).
        if format == .xls, bytes.count >= 4, bytes[0] == 0x09, [0x00, 0x02, 0x04].contains(bytes[1]) {
            throw WorkbookError(
                fr: "classeur trop ancien (Excel 2 à 4) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx",
                en: "workbook too old (Excel 2 to 4): open it in Excel or LibreOffice and save it as .xlsx")
        }
        if format == .xls, !bytes.starts(with: [0x50, 0x4B]) {
            let start = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
            if start.contains("<html") || start.contains("<table") || start.contains("<!doctype") {
                throw WorkbookError(
                    fr: "ce fichier .xls est une page web (un tableau HTML, comme certains logiciels l'exportent) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx",
                    en: "this .xls file is a web page (an HTML table, as some programs export it): open it in Excel or LibreOffice and save it as .xlsx")
            }
            throw WorkbookError(
                fr: "ce fichier .xls n'est pas un classeur Excel (du texte ?) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx, ou en CSV",
                en: "this .xls file is not an Excel workbook (text?): open it in Excel or LibreOffice and save it as .xlsx, or as CSV")
        }
        let archive = try ZipArchive(bytes, limits: limits)
        switch format {
        case .xlsx, .xls: return try XLSXReader(archive: archive, limits: limits).read()
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
    /// Excel 97–2003 (BIFF8), as older tools and many administrations still save.
    case xls

    /// The format of a file name's extension (case-insensitive), nil for another.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "xlsx", "xlsm": self = .xlsx
        case "ods": self = .ods
        case "xls": self = .xls
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
    /// The rows the sheet hides (1-based, in order, as ranges): filtered out by an
    /// AutoFilter, or hidden by hand (Excel's « Masquer », LibreOffice's « Cacher »).
    /// Their cells are in ``cells`` all the same.
    public var hiddenRows: [ClosedRange<Int>]

    public init(name: String, isHidden: Bool = false, cells: [WorkbookCell], uncalculated: [WorkbookCell] = [],
                hiddenRows: [ClosedRange<Int>] = []) {
        self.name = name
        self.isHidden = isHidden
        self.cells = cells
        self.uncalculated = uncalculated
        self.hiddenRows = hiddenRows
    }

    /// Adds `rows` to the hidden `ranges` a reader collects, joining it to the last range
    /// when they touch (readers meet rows in order; ``normalized(_:)`` sorts the rest).
    static func note(hidden rows: ClosedRange<Int>, in ranges: inout [ClosedRange<Int>]) {
        if let last = ranges.last, rows.lowerBound >= last.lowerBound, rows.lowerBound <= last.upperBound + 1 {
            ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, rows.upperBound)
        } else {
            ranges.append(rows)
        }
    }

    /// `ranges` sorted, those that overlap or touch joined.
    static func normalized(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var joined: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) { note(hidden: range, in: &joined) }
        return joined
    }

    /// Whether row `row` (1-based) is hidden (``hiddenRows``).
    public func hides(row: Int) -> Bool {
        guard !hiddenRows.isEmpty else { return false }
        // The last range starting at or before `row`.
        var low = 0, high = hiddenRows.count
        while low < high {
            let mid = (low + high) / 2
            if hiddenRows[mid].lowerBound <= row { low = mid + 1 } else { high = mid }
        }
        return low > 0 && hiddenRows[low - 1].contains(row)
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
