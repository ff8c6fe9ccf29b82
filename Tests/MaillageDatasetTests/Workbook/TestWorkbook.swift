import Foundation
import ZIPFoundation

/// Builds small .xlsx and .ods files in memory, part by part, so tests can hold
/// exactly the XML they need (formulas with cached values, inline strings, merged
/// cells, hostile content) without any program outside the test.
enum TestWorkbook {
    /// A ZIP archive of `entries` (path → bytes), deflated unless `stored`.
    static func zip(_ entries: [(String, [UInt8])], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: stored ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// One sheet of an .xlsx: its name, the XML of its `<sheetData>` (and what follows
    /// it, such as `<mergeCells>`), whether it is hidden.
    struct Sheet {
        var name: String
        var data: String
        var hidden = false
    }

    /// The parts of an .xlsx holding `sheets`, `strings` as the shared strings and a
    /// style 1 that shows dates (number format 14).
    static func xlsxParts(_ sheets: [Sheet], strings: [String] = [], workbookExtra: String = "") -> [(String, [UInt8])] {
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """))
        let sheetList = sheets.enumerated().map { i, sheet in
            "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "")/>"
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\(workbookExtra)<sheets>\(sheetList)</sheets></workbook>
            """))
        let rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)\
            <Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """))
        let items = strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
        parts.append(("xl/sharedStrings.xml", """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(strings.count)">\(items)</sst>
            """))
        parts.append(("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>\
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>
            """))
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                \(sheet.data.hasPrefix("<sheetData") ? sheet.data : "<sheetData>\(sheet.data)</sheetData>")</worksheet>
                """))
        }
        return parts.map { ($0.0, Array($0.1.utf8)) }
    }

    static func xlsx(_ sheets: [Sheet], strings: [String] = []) throws -> [UInt8] {
        try zip(xlsxParts(sheets, strings: strings))
    }

    /// A row of inline-string cells starting at column A.
    static func row(_ number: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().compactMap { i, text in
            text.isEmpty ? nil : "<c r=\"\(letters(i + 1))\(number)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
        }.joined()
        return "<row r=\"\(number)\">\(cells)</row>"
    }

    /// The content.xml of an .ods whose tables are `tables` (name → rows of strings),
    /// `extraStyles` inside `<office:automatic-styles>`.
    static func ods(_ tables: [(name: String, rows: [[String]], style: String?)], extraStyles: String = "") throws -> [UInt8] {
        let body = tables.map { table in
            let rows = table.rows.map { row in
                "<table:table-row>" + row.map { text in
                    text.isEmpty ? "<table:table-cell/>"
                        : "<table:table-cell office:value-type=\"string\"><text:p>\(escape(text))</text:p></table:table-cell>"
                }.joined() + "</table:table-row>"
            }.joined()
            return "<table:table table:name=\"\(escape(table.name))\"\(table.style.map { " table:style-name=\"\($0)\"" } ?? "")>\(rows)</table:table>"
        }.joined()
        return try odsContent(body, extraStyles: extraStyles)
    }

    /// An .ods whose spreadsheet body is `body` (XML of `<table:table>` elements).
    static func odsContent(_ body: String, extraStyles: String = "") throws -> [UInt8] {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>\(extraStyles)</office:automatic-styles>\
            <office:body><office:spreadsheet>\(body)</office:spreadsheet></office:body></office:document-content>
            """
        return try zip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Array(content.utf8))], stored: false)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func letters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            out.append(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }
}
