import Foundation
import MaillageWorkbook
import Testing

/// What the workbook reader gives for each kind of cell an .xlsx or .ods holds.
@Suite struct WorkbookReaderTests {
    @Test func xlsxCellsOfEveryKind() throws {
        let data = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>
            <row r="2"><c r="A2"><v>12</v></c><c r="B2"><v>0.25</v></c><c r="C2" s="1"><v>45352</v></c><c r="D2" s="2"><v>45352.5</v></c></row>
            <row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>Alphax</v></c>\
            <c r="D4"><f>A2*2</f><v>24</v></c><c r="E4" t="s"><f>A1</f><v>0</v></c></row>
            """
        let bytes = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuille 1", data: data)], strings: ["Alpha"])
        let workbook = try Workbook.read(bytes, format: .xlsx)
        let cells = try #require(workbook.sheets.first).cells
        #expect(cells.map { "\(TestWorkbook.letters($0.column))\($0.row)=\($0.text)" } == [
            "A1=Alpha", "B1=inline", "A2=12", "B2=0.25", "C2=2024-03-01", "D2=2024-03-01T12:00:00",
            "A4=true", "B4=false", "C4=Alphax", "D4=24", "E4=Alpha",
        ])
    }

    /// A sheet whose XML is over 10 MB (60,000 rows here: what a big Excel file holds) is
    /// read whole; given to libxml2 in one piece it was refused as not well-formed.
    @Test func aSheetOfMoreThanTenMegabytesIsRead() throws {
        var data = "<sheetData>"
        data.reserveCapacity(12_000_000)
        let filler = String(repeating: "x", count: 120)
        for r in 1...60_000 {
            data += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"inlineStr\"><is><t>Structure \(r) \(filler)</t></is></c></row>"
        }
        data += "</sheetData>"
        #expect(data.utf8.count > 10_500_000)
        let bytes = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: data)])
        let workbook = try Workbook.read(bytes, format: .xlsx)
        let cells = try #require(workbook.sheets.first).cells
        #expect(cells.count == 60_000)
        #expect(cells.last?.text == "Structure 60000 \(filler)")
    }

    @Test func xlsxMergedCellsFillTheirRangeAndHiddenSheetsAreMarked() throws {
        let data = """
            <sheetData>\(TestWorkbook.row(1, ["cooperation", "actor"]))\(TestWorkbook.row(2, ["Pôle", "a1"]))\(TestWorkbook.row(3, ["", "a2"]))</sheetData>\
            <mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>
            """
        let bytes = try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: data),
            TestWorkbook.Sheet(name: "Listes", data: TestWorkbook.row(1, ["porteur"]), hidden: true),
        ])
        let workbook = try Workbook.read(bytes, format: .xlsx)
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
        #expect(workbook.sheets[0].cells.filter { $0.column == 1 }.map(\.text) == ["cooperation", "Pôle", "Pôle"])
    }

    @Test func date1904System() throws {
        let bytes = try TestWorkbook.zip(TestWorkbook.xlsxParts(
            [TestWorkbook.Sheet(name: "S", data: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>")],
            workbookExtra: "<workbookPr date1904=\"1\"/>"))
        #expect(try Workbook.read(bytes, format: .xlsx).sheets[0].cells.map(\.text) == ["1904-01-01"])
    }

    @Test func odsCellsRepeatsSpansAndHiddenTables() throws {
        let body = """
            <table:table table:name="Acteurs"><table:table-row>\
            <table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell>\
            <table:table-cell table:number-columns-repeated="1020"/></table:table-row>\
            <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>\
            <table:table-row><table:table-cell office:value-type="float" office:value="1234.5"><text:p>1 234,5</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Deux<text:s text:c="2"/>espaces</text:p><text:p>et une ligne</text:p></table:table-cell></table:table-row>\
            <table:table-row><table:table-cell office:value-type="date" office:date-value="2024-03-01T00:00:00"><text:p>01/03/24</text:p></table:table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="true" table:formula="of:=TRUE()"><text:p>VRAI</text:p></table:table-cell></table:table-row>\
            <table:table-row><table:table-cell office:value-type="string" table:number-rows-spanned="2"><text:p>fusion</text:p></table:table-cell></table:table-row>\
            <table:table-row><table:covered-table-cell/></table:table-row>\
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>\
            </table:table>\
            <table:table table:name="Cachée" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>
            """
        let styles = "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
        let workbook = try Workbook.read(try TestWorkbook.odsContent(body, extraStyles: styles), format: .ods)
        #expect(workbook.sheets.map(\.name) == ["Acteurs", "Cachée"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
        #expect(workbook.sheets[0].cells.map { "\(TestWorkbook.letters($0.column))\($0.row)=\($0.text)" } == [
            "A1=id", "B1=name", "A5=1234.5", "B5=Deux  espaces\net une ligne", "A6=2024-03-01", "B6=true", "A7=fusion", "A8=fusion",
        ])
    }

    @Test func sheetDatesAndFormats() {
        #expect(WorkbookFormat(fileExtension: "XLSX") == .xlsx)
        #expect(WorkbookFormat(fileExtension: "ods") == .ods)
        #expect(WorkbookFormat(fileExtension: "xls") == .xls)
        #expect(WorkbookFormat(fileExtension: "xlsb") == nil)
    }
}
