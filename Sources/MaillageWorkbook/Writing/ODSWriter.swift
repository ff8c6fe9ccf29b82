import MaillageSupport

/// Writes a ``WorkbookDraft`` as an OpenDocument spreadsheet (`.ods`, ODF 1.2): the
/// `mimetype` entry first and stored, the manifest, and `content.xml` with one
/// `table:table` per sheet, every cell a string, the header in bold, and each drop-down
/// list a `table:content-validation` (`of:cell-content-is-in-list`) named by the cells
/// it covers.
enum ODSWriter {
    static func write(_ draft: WorkbookDraft) throws(WorkbookError) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compressed: false)
        zip.add("META-INF/manifest.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
            <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
            <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
            </manifest:manifest>
            """)
        // Every sheet printed on A4 in landscape, one page wide (`scale-to-X`), as many pages down as needed.
        zip.add("styles.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles \(namespaces) office:version="1.2">\
            <office:automatic-styles><style:page-layout style:name="pmLandscape">\
            <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" \
            fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" \
            style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout></office:automatic-styles>\
            <office:master-styles><style:master-page style:name="Default" style:page-layout-name="pmLandscape"/></office:master-styles>\
            </office:document-styles>
            """)
        zip.add("content.xml", content(draft))
        return try zip.archive()
    }

    private static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" \
        xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
        """

    /// A sheet name as an OpenFormula reference part: always quoted.
    private static func quoted(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    private static func content(_ draft: WorkbookDraft) -> String {
        var widths = Set<Int>()
        for sheet in draft.sheets {
            let width = sheet.rows.map(\.count).max() ?? 0
            for c in 0..<width { widths.insert(c < sheet.columnWidths.count ? sheet.columnWidths[c] : 14) }
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(namespaces) office:version=\"1.2\"><office:automatic-styles>"
        for w in widths.sorted() {
            // A character of the default font is about 0.2 cm wide.
            xml += "<style:style style:name=\"co\(w)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(Double(w) * 0.2)cm\"/></style:style>"
        }
        xml += "<style:style style:name=\"taPrinted\" style:family=\"table\" style:master-page-name=\"Default\"><style:table-properties table:display=\"true\"/></style:style>"
        xml += "<style:style style:name=\"ceHeader\" style:family=\"table-cell\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        // One data style and cell style per number of decimals the sheets ask for.
        for d in Set(draft.sheets.flatMap(\.decimals.values)).sorted() {
            xml += "<number:number-style style:name=\"N\(d)\"><number:number number:decimal-places=\"\(d)\" number:min-integer-digits=\"1\"/></number:number-style>"
            xml += "<style:style style:name=\"ceD\(d)\" style:family=\"table-cell\" style:data-style-name=\"N\(d)\"/>"
        }
        xml += "</office:automatic-styles><office:body><office:spreadsheet>"
        let validated = draft.sheets.contains { !$0.lists.isEmpty }
        if validated {
            xml += "<table:content-validations>"
            for (s, sheet) in draft.sheets.enumerated() {
                for list in sheet.lists {
                    let column = ColumnLetters.of(list.sourceColumn)
                    let range = "[$\(quoted(list.sourceSheet)).$\(column)$\(list.sourceRows.lowerBound):.$\(column)$\(list.sourceRows.upperBound)]"
                    let base = "\(quoted(sheet.name)).\(ColumnLetters.of(list.column))2"
                    xml += "<table:content-validation table:name=\"list\(s + 1)_\(list.column)\" "
                        + "table:condition=\"\(XMLText.escaped("of:cell-content-is-in-list(\(range))", inAttribute: true))\" "
                        + "table:allow-empty-cell=\"true\" table:display-list=\"unsorted\" "
                        + "table:base-cell-address=\"\(XMLText.escaped(base, inAttribute: true))\">"
                        + "<table:error-message table:display=\"true\" table:message-type=\"warning\" table:title=\"Valeur hors liste\">"
                        + "<text:p>Cette valeur n'est pas dans la liste : vérifiez-la (maillage validate dira si elle est acceptée).</text:p>"
                        + "</table:error-message></table:content-validation>"
                }
            }
            xml += "</table:content-validations>"
        }
        for (s, sheet) in draft.sheets.enumerated() {
            xml += table(sheet, index: s + 1)
        }
        // Filter buttons: one database range per sheet that has them, as LibreOffice's AutoFilter saves it.
        let filtered = draft.sheets.enumerated().compactMap { s, sheet in sheet.filterRange.map { (s, sheet.name, $0) } }
        if !filtered.isEmpty {
            xml += "<table:database-ranges>"
            for (s, name, range) in filtered {
                let address = "\(quoted(name)).A1:\(quoted(name)).\(range.lastColumn)\(range.lastRow)"
                xml += "<table:database-range table:name=\"__Anonymous_Sheet_DB__\(s)\" table:target-range-address=\"\(XMLText.escaped(address, inAttribute: true))\" "
                    + "table:display-filter-buttons=\"true\"/>"
            }
            xml += "</table:database-ranges>"
        }
        xml += "</office:spreadsheet></office:body></office:document-content>"
        return xml
    }

    private static func table(_ sheet: DraftSheet, index: Int) -> String {
        let width = sheet.rows.map(\.count).max() ?? 0
        var xml = "<table:table table:name=\"\(XMLText.escaped(sheet.name, inAttribute: true))\" table:style-name=\"taPrinted\">"
        for c in 0..<width {
            xml += "<table:table-column table:style-name=\"co\(c < sheet.columnWidths.count ? sheet.columnWidths[c] : 14)\"/>"
        }
        let listColumns = Dictionary(sheet.lists.map { ($0.column, "list\(index)_\($0.column)") }, uniquingKeysWith: { a, _ in a })
        let lastListRow = sheet.lists.map(\.lastRow).max() ?? 0
        for (r, row) in sheet.rows.enumerated() {
            // The header row repeated on each printed page.
            if r == 0 && sheet.rows.count > 1 { xml += "<table:table-header-rows>" }
            xml += "<table:table-row>"
            for c in 0..<width {
                let text = c < row.count ? row[c] : ""
                var attributes = ""
                if r == 0 { attributes += " table:style-name=\"ceHeader\"" }
                if r > 0, let name = listColumns[c + 1] { attributes += " table:content-validation-name=\"\(name)\"" }
                if text.isEmpty {
                    xml += "<table:table-cell\(attributes)/>"
                } else if r > 0, sheet.numberColumns.contains(c), DraftSheet.isPlainNumber(text) {
                    if let d = sheet.decimals[c] { attributes += " table:style-name=\"ceD\(d)\"" }
                    xml += "<table:table-cell office:value-type=\"float\" office:value=\"\(text)\"\(attributes)><text:p>\(text)</text:p></table:table-cell>"
                } else {
                    xml += "<table:table-cell office:value-type=\"string\"\(attributes)>\(paragraphs(text))</table:table-cell>"
                }
            }
            xml += "</table:table-row>"
            if r == 0 && sheet.rows.count > 1 { xml += "</table:table-header-rows>" }
        }
        // Empty rows under the data that keep the drop-down lists.
        let emptyRows = lastListRow - sheet.rows.count
        if emptyRows > 0 {
            xml += "<table:table-row table:number-rows-repeated=\"\(emptyRows)\">"
            var c = 1
            while c <= width {
                if let name = listColumns[c] {
                    xml += "<table:table-cell table:content-validation-name=\"\(name)\"/>"
                    c += 1
                } else {
                    var run = 0
                    while c <= width && listColumns[c] == nil { run += 1; c += 1 }
                    xml += run > 1 ? "<table:table-cell table:number-columns-repeated=\"\(run)\"/>" : "<table:table-cell/>"
                }
            }
            xml += "</table:table-row>"
        }
        xml += "</table:table>"
        return xml
    }

    /// `text` as `text:p` paragraphs (one per line), runs of spaces and tabs kept.
    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = "<text:p>", spaces = 0, atStart = true
            func flush() {
                guard spaces > 0 else { return }
                // One plain space, the others (or all, at the start) as text:s.
                if atStart { out += "<text:s text:c=\"\(spaces)\"/>" } else {
                    out += " "
                    if spaces > 1 { out += "<text:s text:c=\"\(spaces - 1)\"/>" }
                }
                spaces = 0
            }
            for character in line {
                switch character {
                case " ": spaces += 1
                case "\t": flush(); out += "<text:tab/>"; atStart = false
                default:
                    flush()
                    atStart = false
                    out += XMLText.escaped(String(character))
                }
            }
            if spaces > 0 { out += "<text:s text:c=\"\(spaces)\"/>" }
            return out + "</text:p>"
        }.joined()
    }
}
