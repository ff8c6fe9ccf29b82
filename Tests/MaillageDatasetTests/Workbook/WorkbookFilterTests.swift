@testable import MaillageWorkbook
import Testing

/// A sheet's filter buttons (``DraftSheet/filter``): an `<autoFilter>` over the rows in
/// .xlsx, a database range with filter buttons in .ods; the cells read back unchanged,
/// and a sheet without rows under its header, or without `filter`, gets none.
@Suite struct WorkbookFilterTests {
    static let draft = WorkbookDraft(sheets: [
        DraftSheet(name: "Têtes de pont", rows: [["rang", "nom", "score"], ["1", "L'APES", "86.6"], ["2", "DLA"]], numberColumns: [0, 2], filter: true),
        DraftSheet(name: "Vide", rows: [["rang"]], filter: true),
        DraftSheet(name: "Lisez-moi", rows: [["titre", ""], ["a", "b"]]),
    ])

    @Test func excelGetsAnAutoFilterOverTheRows() throws {
        let bytes = try Self.draft.bytes(.xlsx)
        let archive = try ZipArchive(bytes, limits: WorkbookLimits())
        func sheet(_ n: Int) throws -> String { try #require(try archive.read("xl/worksheets/sheet\(n).xml").flatMap { String(bytes: $0, encoding: .utf8) }) }
        let first = try sheet(1)
        #expect(first.contains("</sheetData><autoFilter ref=\"A1:C3\"/><pageMargins"), "\(first)")
        // Excel's name for the filtered range, and the header printed on every page.
        let workbook = try #require(try archive.read("xl/workbook.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">&apos;Têtes de pont&apos;!$A$1:$C$3</definedName>"), "\(workbook)")
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;Têtes de pont&apos;!$1:$1</definedName>"), "\(workbook)")
        #expect(first.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        let second = try sheet(2), third = try sheet(3)
        #expect(!second.contains("autoFilter") && !third.contains("autoFilter"))
        let read = try Workbook.read(bytes, format: .xlsx)
        #expect(read.sheets[0].cells.map(\.text) == ["rang", "nom", "score", "1", "L'APES", "86.6", "2", "DLA"])
    }

    @Test func openDocumentGetsADatabaseRangeWithFilterButtons() throws {
        let bytes = try Self.draft.bytes(.ods)
        let content = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("content.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(content.contains("<table:database-ranges><table:database-range table:name=\"__Anonymous_Sheet_DB__0\" "
                                 + "table:target-range-address=\"&apos;Têtes de pont&apos;.A1:&apos;Têtes de pont&apos;.C3\" "
                                 + "table:display-filter-buttons=\"true\"/></table:database-ranges>"),
                "\(content.suffix(600))")
        #expect(content.components(separatedBy: "<table:database-range ").count == 2)
        let read = try Workbook.read(bytes, format: .ods)
        #expect(read.sheets.map(\.name) == ["Têtes de pont", "Vide", "Lisez-moi"])
        #expect(read.sheets[0].cells.map(\.text) == ["rang", "nom", "score", "1", "L'APES", "86.6", "2", "DLA"])
    }
}
