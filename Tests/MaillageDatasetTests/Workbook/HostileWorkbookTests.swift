import Foundation
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Malformed and hostile workbooks: each refused with a clear message, none read in
/// part, nothing followed out of the archive, no crash.
@Suite struct HostileWorkbookTests {
    static let header = TestWorkbook.row(1, ["cooperation", "actor"]) + TestWorkbook.row(2, ["c1", "a1"])

    static func refusal(_ bytes: [UInt8], format: WorkbookFormat = .xlsx, limits: WorkbookLimits = WorkbookLimits()) -> String? {
        do {
            _ = try Workbook.read(bytes, format: format, limits: limits)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aZipBombStopsAtTheInflatedSizeLimit() throws {
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        parts.append(("xl/sharedStrings.xml", Array("<sst>".utf8) + [UInt8](repeating: 0x20, count: 3 << 20) + Array("</sst>".utf8)))
        parts.removeAll { $0.0 == "xl/sharedStrings.xml" && $0.1.count < 1000 }
        let bytes = try TestWorkbook.zip(parts)
        #expect(bytes.count < 64 << 10, "the archive is small: \(bytes.count) bytes")
        var limits = WorkbookLimits()
        limits.inflatedBytes = 2 << 20
        #expect(Self.refusal(bytes, limits: limits) == "refused: the workbook inflates to more than 2 MiB (a « zip bomb », or far too large for a dataset)")
        #expect(Self.refusal(bytes) == nil, "3 MiB is within the default limit")
        #expect(WorkbookLimits().inflatedBytes == 256 << 20)
    }

    @Test func tooManyEntries() throws {
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        for i in 0..<30 { parts.append(("junk/\(i)", [])) }
        var limits = WorkbookLimits()
        limits.entries = 20
        #expect(Self.refusal(try TestWorkbook.zip(parts), limits: limits) == "refused: the archive holds more than 20 entries; a workbook holds a few dozen")
    }

    @Test func entityExpansionAndDTDsAreRefusedBeforeParsing() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>
            """
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        parts.removeAll { $0.0 == "xl/sharedStrings.xml" }
        parts.append(("xl/sharedStrings.xml", Array(laughs.utf8)))
        #expect(Self.refusal(try TestWorkbook.zip(parts))
            == "refused: xl/sharedStrings.xml declares a DTD or entities, which workbooks never use (entity expansion can make a small file huge)")
        let external = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>"
        parts.removeAll { $0.0 == "xl/sharedStrings.xml" }
        parts.append(("xl/sharedStrings.xml", Array(external.utf8)))
        #expect(Self.refusal(try TestWorkbook.zip(parts))?.hasPrefix("refused: xl/sharedStrings.xml declares a DTD") == true)
    }

    @Test func deeplyNestedXMLIsRefused() throws {
        let deep = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        let bytes = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: Self.header + deep)])
        #expect(Self.refusal(bytes) == "refused: xl/worksheets/sheet1.xml nests elements more than 100 deep")
    }

    @Test func pathsOutOfTheArchiveAreRefused() throws {
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        let index = try #require(parts.firstIndex { $0.0 == "xl/_rels/workbook.xml.rels" })
        parts[index].1 = Array(String(decoding: parts[index].1, as: UTF8.self)
            .replacingOccurrences(of: "worksheets/sheet1.xml", with: "../../../../etc/passwd").utf8)
        #expect(Self.refusal(try TestWorkbook.zip(parts)) == "refused: the workbook points to \"../../../../etc/passwd\", outside the archive")
        #expect(throws: WorkbookError.self) { try ZipArchiveProbe.resolve("C:\\Windows\\win.ini") }
    }

    @Test func malformedWorkbooksGetClearMessages() throws {
        #expect(Self.refusal(Array("cooperation,actor\nc1,a1\n".utf8))
            == "not a workbook: the file is not a ZIP archive (an .xlsx or .ods file is one); was it renamed from another format?")
        #expect(Self.refusal(Array("PK".utf8) + [UInt8](repeating: 7, count: 100))?.hasPrefix("not a workbook: the ZIP archive is damaged") == true)
        let broken = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: "<row><c><v>1</c></row>")])
        #expect(Self.refusal(broken)?.hasPrefix("not a workbook: xl/worksheets/sheet1.xml is not well-formed XML (line") == true)
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        parts.removeAll { $0.0 == "xl/worksheets/sheet1.xml" }
        #expect(Self.refusal(try TestWorkbook.zip(parts))
            == "not a usable workbook: the part of sheet \"Participations\" (xl/worksheets/sheet1.xml) is missing")
        let badIndex = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "S", data: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")])
        #expect(Self.refusal(badIndex) == "not a usable workbook: cell A1 names shared string 7, which does not exist")
        let ods = try TestWorkbook.ods([("Participations", [["cooperation", "actor"]], nil)])
        #expect(Self.refusal(ods) == "not an .xlsx workbook: this is an OpenDocument file; name it .ods")
        let xlsx = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: Self.header)])
        #expect(Self.refusal(xlsx, format: .ods) == "not an .ods workbook: this is an Office Open XML file; name it .xlsx")
    }

    @Test func repeatedCellsCountTowardsTheCellLimit() throws {
        let body = """
            <table:table table:name="Participations"><table:table-row table:number-rows-repeated="1000000">\
            <table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell>\
            </table:table-row></table:table>
            """
        #expect(Self.refusal(try TestWorkbook.odsContent(body), format: .ods) == "refused: the workbook holds more than 20000000 cells")
    }

    /// Loading goes through the same refusals, located at the workbook (and sheet).
    @Test func theLoaderReportsRefusalsAtTheFile() throws {
        let folder = try ScratchFolder("hostile-workbook")
        defer { folder.remove() }
        let deep = String(repeating: "<a>", count: 500) + String(repeating: "</a>", count: 500)
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: Self.header + deep)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
        #expect(result.dataset == nil)
        #expect(result.printed == ["reseau.xlsx[Participations]: error: refused: xl/worksheets/sheet1.xml nests elements more than 100 deep"])
    }
}

/// Archive path resolution, reached through the reader.
enum ZipArchiveProbe {
    static func resolve(_ target: String) throws(WorkbookError) {
        var parts = TestWorkbook.xlsxParts([TestWorkbook.Sheet(name: "P", data: "")])
        if let index = parts.firstIndex(where: { $0.0 == "xl/_rels/workbook.xml.rels" }) {
            parts[index].1 = Array(String(decoding: parts[index].1, as: UTF8.self)
                .replacingOccurrences(of: "worksheets/sheet1.xml", with: TestWorkbook.escape(target)).utf8)
        }
        guard let bytes = try? TestWorkbook.zip(parts) else { return }
        _ = try Workbook.read(bytes, format: .xlsx)
    }
}
