import MaillageSupport

/// Writes a ``WorkbookDraft`` as an Office Open XML workbook (`.xlsx`, ECMA-376): the
/// fewest parts Excel, LibreOffice and openpyxl need — content types, relationships,
/// the workbook, one worksheet per sheet, a style sheet with a bold header — with
/// every cell an inline string (or a number in a column of numbers), each drop-down list a
/// `<dataValidation type="list">` pointing to its range, a sheet's filter buttons an
/// `<autoFilter>` over its rows, and every sheet printed on A4 in landscape, one page wide,
/// its header repeated on each page.
enum XLSXWriter {
    static func write(_ draft: WorkbookDraft) throws(WorkbookError) -> [UInt8] {
        var zip = ZipWriter()
        let count = draft.sheets.count
        zip.add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \((0..<count).map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            </Types>
            """)
        zip.add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        var sheets = "", relationships = "", names = ""
        for (i, sheet) in draft.sheets.enumerated() {
            sheets += "<sheet name=\"\(XMLText.escaped(sheetName(sheet.name), inAttribute: true))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            // The header printed on every page, and the filtered range under the name Excel gives it.
            let quoted = "'" + sheetName(sheet.name).replacingOccurrences(of: "'", with: "''") + "'"
            if let range = sheet.filterRange {
                names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">"
                    + XMLText.escaped("\(quoted)!$A$1:$\(range.lastColumn)$\(range.lastRow)") + "</definedName>"
            }
            if sheet.rows.count > 1 {
                names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">" + XMLText.escaped("\(quoted)!$1:$1") + "</definedName>"
            }
            relationships += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        relationships += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        zip.add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets)</sheets>\(names.isEmpty ? "" : "<definedNames>\(names)</definedNames>")</workbook>
            """)
        zip.add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """)
        // One number format and cell style per number of decimals the sheets ask for, after the three fixed styles.
        let places = Set(draft.sheets.flatMap(\.decimals.values)).sorted()
        let numberFormats = places.isEmpty ? "" : "<numFmts count=\"\(places.count)\">" + places.enumerated().map { i, d in
            "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"\(d == 0 ? "0" : "0." + String(repeating: "0", count: d))\"/>"
        }.joined() + "</numFmts>"
        let numberStyles = places.indices.map { "<xf numFmtId=\"\(164 + $0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
        let styleOfPlaces = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, 3 + $0) })
        zip.add("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(numberFormats)<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(3 + places.count)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\(numberStyles)</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """)
        for (i, sheet) in draft.sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet, styles: sheet.decimals.compactMapValues { styleOfPlaces[$0] }))
        }
        return try zip.archive()
    }

    /// Excel's limits on a sheet name: 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    /// The worksheet of `sheet`; `styles` gives the cell style of each column shown with fixed decimals.
    private static func worksheet(_ sheet: DraftSheet, styles: [Int: Int]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            """
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"  // printed one page wide (pageSetup below)
        xml += "<sheetViews><sheetView workbookViewId=\"0\">\(sheet.rows.count > 1 ? "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>" : "")</sheetView></sheetViews>"
        let width = sheet.rows.map(\.count).max() ?? 0
        if width > 0 {
            xml += "<cols>"
            for c in 1...width {
                let w = c <= sheet.columnWidths.count ? sheet.columnWidths[c - 1] : 14
                xml += "<col min=\"\(c)\" max=\"\(c)\" width=\"\(w)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                // Long text wraps in a wide column (a narrow one would make the row tall; its text runs over the empty cells beside).
                let wide = c < sheet.columnWidths.count && sheet.columnWidths[c] >= 40
                let style = r == 0 ? " s=\"1\"" : (text.count > 60 && wide ? " s=\"2\"" : "")
                if r > 0, sheet.numberColumns.contains(c), DraftSheet.isPlainNumber(text) {
                    xml += "<c r=\"\(ColumnLetters.of(c + 1))\(r + 1)\"\(styles[c].map { " s=\"\($0)\"" } ?? "")><v>\(text)</v></c>"
                    continue
                }
                let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                xml += "<c r=\"\(ColumnLetters.of(c + 1))\(r + 1)\" t=\"inlineStr\"\(style)><is><t\(space)>\(XMLText.escaped(text))</t></is></c>"
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if let range = sheet.filterRange { xml += "<autoFilter ref=\"A1:\(range.lastColumn)\(range.lastRow)\"/>" }  // before dataValidations (ECMA-376 order)
        if !sheet.lists.isEmpty {
            xml += "<dataValidations count=\"\(sheet.lists.count)\">"
            for list in sheet.lists {
                let column = ColumnLetters.of(list.column), source = ColumnLetters.of(list.sourceColumn)
                let quoted = "'" + sheetName(list.sourceSheet).replacingOccurrences(of: "'", with: "''") + "'"
                let formula = "\(quoted)!$\(source)$\(list.sourceRows.lowerBound):$\(source)$\(list.sourceRows.upperBound)"
                xml += "<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
                    + "errorTitle=\"Valeur hors liste\" error=\"Cette valeur n'est pas dans la liste : vérifiez-la (maillage validate dira si elle est acceptée).\" "
                    + "sqref=\"\(column)2:\(column)\(list.lastRow)\"><formula1>\(XMLText.escaped(formula))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        // A4 landscape, as wide as one page, as many pages down as the rows need.
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml += "</worksheet>"
        return xml
    }
}
