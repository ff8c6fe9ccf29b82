import Foundation
import MaillageModel
@testable import MaillageDataset
@testable import MaillageWorkbook
import Testing

/// A member list filtered to its current members, or with rows hidden by hand: read as the
/// sheet shows it, in the three workbook formats.
@Suite struct HiddenRowsTests {
    static let header = ["Structure", "Commune", "Réseau"]
    static let rows = [
        ["Jardins de Cocagne Arras", "Arras", "COORACE"], ["Envie Lens", "Lens", "COORACE"],
        ["La Ressourcerie du Ternois", "Saint-Pol-sur-Ternoise", "CRESS"], ["SCOP Le Chantier", "Béthune", "CRESS"],
        ["Épicerie solidaire", "Béthune", "COORACE"],
    ]

    /// The members read from the workbook `bytes` named `name`, and what was printed.
    static func load(_ bytes: [UInt8], name: String) throws -> (actors: [String], printed: [String]) {
        let folder = try ScratchFolder("hidden-rows")
        defer { folder.remove() }
        try folder.write([name: bytes])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
        let dataset = try #require(result.dataset, "\(result.printed)")
        return (dataset.actors.map(\.id).sorted(), result.printed)
    }

    @Test func rangesOfHiddenRowsAreJoinedAndLookedUp() {
        var ranges: [ClosedRange<Int>] = []
        for row in [3, 4, 5, 9] { WorkbookSheet.note(hidden: row...row, in: &ranges) }
        WorkbookSheet.note(hidden: 10...1_000_000, in: &ranges)
        #expect(ranges == [3...5, 9...1_000_000])
        #expect(WorkbookSheet.normalized([9...9, 3...4, 5...5, 4...6]) == [3...6, 9...9])
        let sheet = WorkbookSheet(name: "s", cells: [], hiddenRows: ranges)
        #expect([1, 2, 3, 5, 6, 8, 9, 500_000, 1_000_001].map { sheet.hides(row: $0) } == [false, false, true, true, false, false, true, true, false])
    }

    @Test func anExcelFilterLeavesItsHiddenRowsOut() throws {
        // A title line above the header, hidden too: read as before (above the first row shown).
        var data = "<sheetData><row r=\"1\" hidden=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Adhérents au 12/03/2025</t></is></c></row>"
            + TestWorkbook.row(2, Self.header)
        for (i, row) in Self.rows.enumerated() {
            let line = TestWorkbook.row(i + 3, row)
            data += i % 2 == 1 ? line.replacingOccurrences(of: "<row r=\"\(i + 3)\">", with: "<row r=\"\(i + 3)\" hidden=\"1\">") : line
        }
        data += "</sheetData>"
        let read = try Self.load(try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents", data: data)]), name: "adherents.xlsx")
        #expect(read.actors == ["Jardins de Cocagne Arras", "La Ressourcerie du Ternois", "Épicerie solidaire"])
        #expect(read.printed.filter { $0.contains("hidden in the spreadsheet") } == [
            "adherents.xlsx[Adhérents]!A4: warning: 2 rows hidden in the spreadsheet (by a filter, or by hand): not read, as the sheet shows them (rows 4, 6); to read them, show them (Data › Filter › Show all, or Unhide rows)",
        ], "\(read.printed)")
    }

    @Test func anOpenDocumentFilterOrCollapseLeavesItsRowsOut() throws {
        func row(_ texts: [String], visibility: String? = nil, repeated: Int? = nil) -> String {
            "<table:table-row\(visibility.map { " table:visibility=\"\($0)\"" } ?? "")\(repeated.map { " table:number-rows-repeated=\"\($0)\"" } ?? "")>"
                + texts.map { "<table:table-cell office:value-type=\"string\"><text:p>\(TestWorkbook.escape($0))</text:p></table:table-cell>" }.joined()
                + "</table:table-row>"
        }
        let body = "<table:table table:name=\"Adhérents\">" + row(Self.header) + row(Self.rows[0]) + row(Self.rows[1], visibility: "filter")
            + row(Self.rows[2]) + row(Self.rows[3], visibility: "collapse") + row(Self.rows[4])
            + row([], visibility: "collapse", repeated: 1_048_000) + "</table:table>"
        let read = try Self.load(try TestWorkbook.odsContent(body), name: "adherents.ods")
        #expect(read.actors == ["Jardins de Cocagne Arras", "La Ressourcerie du Ternois", "Épicerie solidaire"])
        #expect(read.printed.contains { $0.hasPrefix("adherents.ods[Adhérents]!A3: warning: 2 rows hidden") && $0.contains("(rows 3, 5)") }, "\(read.printed)")
    }

    @Test func anExcel97FilterLeavesItsHiddenRowsOut() throws {
        let url = Repository.url("Tests/Fixtures/workbooks/adherents-filtre-excel97.xls")
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: url)), format: .xls)
        #expect(workbook.sheets[0].hiddenRows == [4...4, 6...6])
        let read = try Self.load([UInt8](try Data(contentsOf: url)), name: "adherents.xls")
        #expect(read.actors == ["Jardins de Cocagne Arras", "La Ressourcerie du Ternois", "Épicerie solidaire"])
        #expect(read.printed.contains { $0.hasPrefix("adherents.xls[Adhérents]!A4: warning: 2 rows hidden") }, "\(read.printed)")
    }

    @Test func aSheetWithNothingHiddenBelowItsFirstRowSaysNothing() throws {
        var data = "<sheetData>" + TestWorkbook.row(1, Self.header)
        for (i, row) in Self.rows.enumerated() { data += TestWorkbook.row(i + 2, row) }
        // Empty rows hidden below the list: nothing left out.
        data += "<row r=\"20\" hidden=\"1\"/></sheetData>"
        let read = try Self.load(try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents", data: data)]), name: "adherents.xlsx")
        #expect(read.actors.count == 5)
        #expect(!read.printed.contains { $0.contains("hidden") }, "\(read.printed)")
    }
}
