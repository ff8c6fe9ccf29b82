import MaillageSupport
/// Reads an OpenDocument spreadsheet (`.ods`): the tables of `content.xml`, their
/// visibility from the automatic table styles, rows and cells with their repeat and
/// span counts, covered cells of merged ranges.
///
/// Typed cells take their value from the value attributes (`office:value`,
/// `office:date-value`, `office:boolean-value`), not from the displayed text, which
/// follows the locale (`1 234,5`); strings take the text of their paragraphs, joined
/// by line breaks. Repeats of empty rows and cells (a sheet padded to a million rows)
/// cost nothing; repeats of non-empty ones count towards ``WorkbookLimits/cells``.
struct ODSReader {
    let archive: ZipArchive
    let limits: WorkbookLimits

    func read() throws(WorkbookError) -> Workbook {
        guard let xml = try archive.read("content.xml") else {
            if archive.contains("xl/workbook.xml") || archive.contains("_rels/.rels") {
                throw WorkbookError(fr: "pas un classeur .ods : c'est un fichier Office Open XML ; nommez-le .xlsx", en: "not an .ods workbook: this is an Office Open XML file; name it .xlsx")
            }
            throw WorkbookError(fr: "pas un classeur .ods : l'archive n'a pas de content.xml", en: "not an .ods workbook: the archive has no content.xml")
        }
        var hiddenStyles: Set<String> = []
        var currentStyle: String?
        var sheets: [WorkbookSheet] = []
        var sheetName = "", sheetStyle: String?
        var cells: [WorkbookCell] = []
        var merges: [(Int, Int, Int, Int)] = []
        // Rows filtered out or hidden by hand (`table:visibility` « filter », « collapse »).
        var hiddenRows: [ClosedRange<Int>] = []
        var row = 0, column = 0, rowRepeat = 1, rowStart = 0
        var cell: (value: String?, repeatCount: Int, rowSpan: Int, columnSpan: Int)?
        var text = "", paragraphs = 0, inAnnotation = 0
        var count = 0
        let limits = self.limits

        func finishSheet() throws(WorkbookError) {
            var total = count
            let filled = try MergedRanges.fill(cells, ranges: merges, limits: limits, cellCount: &total, sheet: sheetName)
            count = total
            sheets.append(WorkbookSheet(name: sheetName, isHidden: sheetStyle.map(hiddenStyles.contains) ?? false, cells: filled,
                                        hiddenRows: WorkbookSheet.normalized(hiddenRows)))
        }

        try XMLEvents.walk(xml, part: "content.xml", limits: limits) { event throws(WorkbookError) in
            switch event {
            case .start("style", let attributes):
                currentStyle = attributes["family"] == "table" ? attributes["name"] : nil
            case .start("table-properties", let attributes):
                if let style = currentStyle, attributes["display"] == "false" { hiddenStyles.insert(style) }
            case .end("style"):
                currentStyle = nil
            case .start("table", let attributes):
                sheetName = attributes["name"] ?? "Feuille\(sheets.count + 1)"
                sheetStyle = attributes["style-name"]
                cells = []
                merges = []
                hiddenRows = []
                row = 0
            case .end("table"):
                try finishSheet()
            case .start("table-row", let attributes):
                row += 1
                column = 0
                rowStart = cells.count
                rowRepeat = Self.count(attributes["number-rows-repeated"])
                if let visibility = attributes["visibility"], visibility == "collapse" || visibility == "filter" {
                    WorkbookSheet.note(hidden: row...(row + rowRepeat - 1), in: &hiddenRows)
                }
            case .end("table-row"):
                // Repeated rows: copies of the row's cells (a padding of empty rows has none).
                if rowRepeat > 1 {
                    let first = row
                    let inRow = Array(cells[rowStart...])
                    if !inRow.isEmpty {
                        let extra = inRow.count * (rowRepeat - 1)
                        count += extra
                        guard count <= limits.cells else {
                            throw WorkbookError(fr: "refusé : le classeur compte plus de \(limits.cells) cellules", en: "refused: the workbook holds more than \(limits.cells) cells", sheet: sheetName)
                        }
                        for k in 1..<rowRepeat { cells += inRow.map { WorkbookCell(row: first + k, column: $0.column, text: $0.text) } }
                    }
                    row += rowRepeat - 1
                }
            case .start("table-cell", let attributes), .start("covered-table-cell", let attributes):
                let valueType = attributes["value-type"]
                var value: String?
                switch valueType {
                case "float", "percentage", "currency": value = attributes["value"]
                case "date": value = attributes["date-value"].map(Self.isoDate)
                case "time": value = attributes["time-value"]
                case "boolean": value = attributes["boolean-value"].map { $0 == "true" || $0 == "1" ? "true" : "false" }
                default: value = nil
                }
                cell = (value, Self.count(attributes["number-columns-repeated"]),
                        Self.count(attributes["number-rows-spanned"]), Self.count(attributes["number-columns-spanned"]))
                text = ""
                paragraphs = 0
            case .start("annotation", _): inAnnotation += 1
            case .end("annotation"): inAnnotation -= 1
            case .start("p", _) where inAnnotation == 0 && cell != nil:
                if paragraphs > 0 { text += "\n" }
                paragraphs += 1
            case .start("s", let attributes) where inAnnotation == 0 && cell != nil:
                text += String(repeating: " ", count: min(Self.count(attributes["c"]), 1000))
            case .start("tab", _) where inAnnotation == 0 && cell != nil: text += "\t"
            case .start("line-break", _) where inAnnotation == 0 && cell != nil: text += "\n"
            case .text(let piece) where inAnnotation == 0 && cell != nil && paragraphs > 0: text += piece
            case .end("table-cell"), .end("covered-table-cell"):
                guard let current = cell else { return }
                cell = nil
                let start = column + 1
                column += current.repeatCount
                guard let value = current.value ?? (text.isEmpty ? nil : text) else { return }
                count += current.repeatCount
                guard count <= limits.cells, column <= 16_384 * 64 else {
                    throw WorkbookError(fr: "refusé : le classeur compte plus de \(limits.cells) cellules", en: "refused: the workbook holds more than \(limits.cells) cells", sheet: sheetName)
                }
                for c in start..<(start + current.repeatCount) {
                    cells.append(WorkbookCell(row: row, column: c, text: value))
                    if current.rowSpan > 1 || current.columnSpan > 1 {
                        merges.append((row, c, row + current.rowSpan - 1, c + current.columnSpan - 1))
                    }
                }
            default: break
            }
        }
        return Workbook(sheets: sheets)
    }

    /// A repeat or span count: at least 1, at most about a million (the largest sheet).
    static func count(_ text: String?) -> Int {
        guard let text, let n = Int(text), n > 1 else { return 1 }
        return min(n, 1 << 20)
    }

    /// `2024-03-01T00:00:00` → `2024-03-01`; a time of day is kept.
    static func isoDate(_ text: String) -> String {
        if text.hasSuffix("T00:00:00") { return String(text.dropLast(9)) }
        return text
    }
}
