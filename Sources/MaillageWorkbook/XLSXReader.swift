import MaillageSupport
/// Reads an Office Open XML workbook (`.xlsx`): `xl/workbook.xml` for the sheets
/// (name, visibility, relationship), `xl/_rels/workbook.xml.rels` for their parts,
/// `xl/sharedStrings.xml`, `xl/styles.xml` for which number formats are dates, and
/// each sheet's cells and merged ranges.
struct XLSXReader {
    let archive: ZipArchive
    let limits: WorkbookLimits

    /// A sheet as `xl/workbook.xml` lists it.
    private struct SheetEntry {
        var name: String
        var hidden: Bool
        var relationship: String
    }

    func read() throws(WorkbookError) -> Workbook {
        let workbookPath = try mainPart()
        guard let workbookXML = try archive.read(workbookPath) else {
            throw WorkbookError(fr: "pas un classeur .xlsx : l'archive n'a pas de \(workbookPath) (est-ce un .ods ou un .docx renommé ?)", en: "not an .xlsx workbook: the archive has no \(workbookPath) (is it an .ods or a .docx renamed?)")
        }
        var entries: [SheetEntry] = []
        var date1904 = false
        try XMLEvents.walk(workbookXML, part: workbookPath, limits: limits) { event throws(WorkbookError) in
            guard case .start(let name, let attributes) = event else { return }
            if name == "workbookPr", let value = attributes["date1904"] { date1904 = value == "1" || value == "true" }
            guard name == "sheet" else { return }
            guard let sheetName = attributes["name"], let id = attributes["id"] else {
                throw WorkbookError(fr: "classeur inutilisable : une feuille de \(workbookPath) n'a pas de nom ou pas de partie", en: "not a usable workbook: a sheet of \(workbookPath) has no name or no part")
            }
            let state = attributes["state"] ?? "visible"
            entries.append(SheetEntry(name: sheetName, hidden: state != "visible", relationship: id))
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let targets = try relationships(of: workbookPath)
        let strings = try sharedStrings(folder: folder, targets: targets)
        let dateStyles = try dateStyleIndices(folder: folder, targets: targets)
        var sheets: [WorkbookSheet] = []
        var cellCount = 0
        for entry in entries {
            guard let target = targets.byID[entry.relationship] else {
                throw WorkbookError(fr: "classeur inutilisable : la feuille « \(entry.name) » ne renvoie à aucune partie", en: "not a usable workbook: sheet \"\(entry.name)\" points to no part", sheet: entry.name)
            }
            let path = try ZipArchive.resolve(target, from: folder)
            guard let xml = try archive.read(path) else {
                throw WorkbookError(fr: "classeur inutilisable : la partie de la feuille « \(entry.name) » (\(path)) manque", en: "not a usable workbook: the part of sheet \"\(entry.name)\" (\(path)) is missing", sheet: entry.name)
            }
            var uncalculated: [WorkbookCell] = [], hiddenRows: [ClosedRange<Int>] = []
            let cells = try sheetCells(
                xml, part: path, sheet: entry.name, strings: strings, dateStyles: dateStyles, date1904: date1904, cellCount: &cellCount,
                uncalculated: &uncalculated, hidden: &hiddenRows)
            sheets.append(WorkbookSheet(name: entry.name, isHidden: entry.hidden, cells: cells, uncalculated: uncalculated,
                                        hiddenRows: WorkbookSheet.normalized(hiddenRows)))
        }
        return Workbook(sheets: sheets)
    }

    /// The workbook part named by the package relationships (`xl/workbook.xml` as a rule).
    private func mainPart() throws(WorkbookError) -> String {
        guard let rels = try archive.read("_rels/.rels") else {
            if archive.contains("content.xml") {
                throw WorkbookError(fr: "pas un classeur .xlsx : c'est un fichier OpenDocument ; nommez-le .ods", en: "not an .xlsx workbook: this is an OpenDocument file; name it .ods")
            }
            return "xl/workbook.xml"
        }
        var main: String?
        try XMLEvents.walk(rels, part: "_rels/.rels", limits: limits) { event throws(WorkbookError) in
            if case .start("Relationship", let attributes) = event, let type = attributes["Type"], type.hasSuffix("/officeDocument"),
               let target = attributes["Target"], main == nil {
                main = try ZipArchive.resolve(target, from: "")
            }
        }
        return main ?? "xl/workbook.xml"
    }

    /// Relationship ids and targets of `part`, and the targets by type.
    private struct Relationships {
        var byID: [String: String] = [:]
        var byType: [String: String] = [:]
    }

    private func relationships(of part: String) throws(WorkbookError) -> Relationships {
        var components = part.split(separator: "/").map(String.init)
        let file = components.removeLast()
        let relsPath = (components + ["_rels", file + ".rels"]).joined(separator: "/")
        var out = Relationships()
        guard let xml = try archive.read(relsPath) else { return out }
        try XMLEvents.walk(xml, part: relsPath, limits: limits) { event in
            guard case .start("Relationship", let attributes) = event, let id = attributes["Id"], let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" { return }
            out.byID[id] = target
            if let type = attributes["Type"], let last = type.split(separator: "/").last { out.byType[String(last)] = target }
        }
        return out
    }

    /// The shared strings table: rich text runs joined, phonetic runs left out.
    private func sharedStrings(folder: String, targets: Relationships) throws(WorkbookError) -> [String] {
        let path = try ZipArchive.resolve(targets.byType["sharedStrings"] ?? "sharedStrings.xml", from: folder)
        guard let xml = try archive.read(path) else { return [] }
        var strings: [String] = []
        var current = "", inItem = false, inText = false, phonetic = 0
        try XMLEvents.walk(xml, part: path, limits: limits) { event in
            switch event {
            case .start("si", _): inItem = true; current = ""
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let text) where inItem && inText && phonetic == 0: current += text
            case .end("si"): strings.append(current); inItem = false
            default: break
            }
        }
        return strings
    }

    /// Indices of the cell styles (`s` attribute) whose number format shows a date or time.
    private func dateStyleIndices(folder: String, targets: Relationships) throws(WorkbookError) -> Set<Int> {
        let path = try ZipArchive.resolve(targets.byType["styles"] ?? "styles.xml", from: folder)
        guard let xml = try archive.read(path) else { return [] }
        var customDate: Set<Int> = []
        var formats: [Int] = []
        var inCellXfs = false
        try XMLEvents.walk(xml, part: path, limits: limits) { event in
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"], SpreadsheetDates.isDateFormat(code) {
                    customDate.insert(id)
                }
            case .start("cellXfs", _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let attributes) where inCellXfs:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        var out: Set<Int> = []
        for (index, id) in formats.enumerated() where SpreadsheetDates.builtInDateFormats.contains(id) || customDate.contains(id) {
            out.insert(index)
        }
        return out
    }

    /// The non-empty cells of a sheet part, merged ranges filled; the formulas without a
    /// computed value go to `uncalculated`, the rows marked `hidden="1"` to `hidden`.
    private func sheetCells(
        _ xml: [UInt8], part: String, sheet: String, strings: [String], dateStyles: Set<Int>, date1904: Bool, cellCount: inout Int,
        uncalculated: inout [WorkbookCell], hidden: inout [ClosedRange<Int>]
    ) throws(WorkbookError) -> [WorkbookCell] {
        var cells: [WorkbookCell] = []
        var merges: [(CellReference, CellReference)] = []
        var row = 0, nextColumn = 1
        var cell: (column: Int, type: String, style: Int)?
        var value: String?, inline = "", inValue = false, inInline = false
        var formula: String?, inFormula = false
        var missing: [WorkbookCell] = []
        var hiddenRows: [ClosedRange<Int>] = []
        var count = cellCount
        let limits = self.limits
        try XMLEvents.walk(xml, part: part, limits: limits, sheet: sheet) { event throws(WorkbookError) in
            switch event {
            case .start("row", let attributes):
                if let r = attributes["r"] {
                    guard let n = Int(r), n >= 1, n <= 1_048_576 else {
                        throw WorkbookError(fr: "classeur inutilisable : numéro de ligne « \(r.prefix(20)) » dans \(part)", en: "not a usable workbook: row number \"\(r.prefix(20))\" in \(part)", sheet: sheet)
                    }
                    row = n
                } else {
                    row += 1
                }
                nextColumn = 1
                if let hidden = attributes["hidden"], hidden == "1" || hidden == "true" { WorkbookSheet.note(hidden: row...row, in: &hiddenRows) }
            case .start("c", let attributes):
                var column = nextColumn
                if let reference = attributes["r"] {
                    guard let parsed = CellReference(reference) else {
                        throw WorkbookError(fr: "classeur inutilisable : référence de cellule « \(reference.prefix(20)) » dans \(part)", en: "not a usable workbook: cell reference \"\(reference.prefix(20))\" in \(part)", sheet: sheet)
                    }
                    column = parsed.column
                    if parsed.row != row, row == 0 { row = parsed.row }
                }
                nextColumn = column + 1
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                value = nil
                inline = ""
                formula = nil
            case .start("f", _): inFormula = true; formula = formula ?? ""
            case .end("f"): inFormula = false
            case .start("v", _): inValue = true; value = value ?? ""
            case .end("v"): inValue = false
            case .start("is", _): inInline = true
            case .end("is"): inInline = false
            case .text(let text):
                if inValue { value = (value ?? "") + text } else if inInline { inline += text } else if inFormula { formula = (formula ?? "") + text }
            case .end("c"):
                guard let (column, type, style) = cell else { return }
                cell = nil
                // No value, or an empty one where a number is due (`<v/>`, as some writers leave it);
                // a text formula may compute an empty text.
                if value == nil || (value?.isEmpty == true && type != "str"), type != "inlineStr", let formula, row >= 1 {
                    missing.append(WorkbookCell(row: row, column: column, text: "=" + formula.prefix(60)))
                }
                let text: String?
                switch type {
                case "s":
                    guard let v = value else { text = nil; break }
                    guard let index = Int(v.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else {
                        throw WorkbookError(
                            fr: "classeur inutilisable : la cellule \(CellReference.letters(column))\(row) renvoie à la chaîne partagée \(v.prefix(12)), qui n'existe pas",
                            en: "not a usable workbook: cell \(CellReference.letters(column))\(row) names shared string \(v.prefix(12)), which does not exist",
                            sheet: sheet)
                    }
                    text = strings[index]
                case "inlineStr": text = inline
                case "str", "e": text = value
                case "b": text = value.map { $0 == "1" || $0.lowercased() == "true" ? "true" : "false" }
                case "d": text = value
                default:
                    if let v = value, dateStyles.contains(style), let serial = Double(v) {
                        text = SpreadsheetDates.iso(serial: serial, date1904: date1904) ?? v
                    } else {
                        text = value
                    }
                }
                guard let text, !text.isEmpty, row >= 1 else { return }
                count += 1
                guard count <= limits.cells else {
                    throw WorkbookError(fr: "refusé : le classeur compte plus de \(limits.cells) cellules", en: "refused: the workbook holds more than \(limits.cells) cells", sheet: sheet)
                }
                cells.append(WorkbookCell(row: row, column: column, text: text))
            case .start("mergeCell", let attributes):
                guard let ref = attributes["ref"] else { return }
                let ends = ref.split(separator: ":")
                guard ends.count == 2, let from = CellReference(String(ends[0])), let to = CellReference(String(ends[1])) else { return }
                merges.append((from, to))
            default: break
            }
        }
        cellCount = count
        uncalculated = missing
        hidden = hiddenRows
        return try MergedRanges.fill(cells, ranges: merges.map { ($0.0.row, $0.0.column, $0.1.row, $0.1.column) }, limits: limits, cellCount: &cellCount, sheet: sheet)
    }
}

/// A cell reference such as `C12` (absolute marks `$` allowed).
struct CellReference {
    var row: Int
    var column: Int

    init?(_ text: String) {
        var letters = "", digits = ""
        for scalar in text.unicodeScalars where scalar != "$" {
            if scalar.value >= 65 && scalar.value <= 90 || scalar.value >= 97 && scalar.value <= 122 {
                guard digits.isEmpty else { return nil }
                letters.unicodeScalars.append(scalar)
            } else if scalar.value >= 48 && scalar.value <= 57 {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard !letters.isEmpty, letters.count <= 3, let row = Int(digits), row >= 1, row <= 1_048_576 else { return nil }
        var column = 0
        for scalar in letters.uppercased().unicodeScalars { column = column * 26 + Int(scalar.value - 64) }
        guard column <= 16_384 else { return nil }
        self.row = row
        self.column = column
    }

    /// Column letters of a 1-based column.
    static func letters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            out.append(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }
}

/// Merged ranges: the value of a range's first cell given to every cell it covers.
enum MergedRanges {
    static func fill(
        _ cells: [WorkbookCell], ranges: [(Int, Int, Int, Int)], limits: WorkbookLimits, cellCount: inout Int, sheet: String
    ) throws(WorkbookError) -> [WorkbookCell] {
        guard !ranges.isEmpty else { return cells }
        var byPosition: [Int: Int] = [:]  // row * 20_000 + column → index
        for (i, cell) in cells.enumerated() { byPosition[cell.row * 20_000 + cell.column] = i }
        var out = cells
        for (top, left, bottom, right) in ranges {
            guard top <= bottom, left <= right, let origin = byPosition[top * 20_000 + left] else { continue }
            let area = (bottom - top + 1) * (right - left + 1)
            cellCount += area - 1
            guard cellCount <= limits.cells else {
                throw WorkbookError(fr: "refusé : le classeur compte plus de \(limits.cells) cellules (plages fusionnées comprises)", en: "refused: the workbook holds more than \(limits.cells) cells (merged ranges counted)", sheet: sheet)
            }
            let text = cells[origin].text
            for r in top...bottom {
                for c in left...right where !(r == top && c == left) && byPosition[r * 20_000 + c] == nil {
                    out.append(WorkbookCell(row: r, column: c, text: text))
                }
            }
        }
        out.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return out
    }
}
