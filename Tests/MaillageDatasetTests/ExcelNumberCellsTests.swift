import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Codes as Excel keeps them once it has read them as numbers: an INSEE code of the
/// Ain without its leading zero (1004 for 01004), in a number cell of a workbook.
@Suite struct ExcelNumberCellsTests {
    /// A number cell of an .xlsx.
    static func number(_ reference: String, _ value: String) -> String { "<c r=\"\(reference)\"><v>\(value)</v></c>" }

    @Test func aFourDigitINSEECodeInANumberCellGetsItsLeadingZeroBack() throws {
        let folder = try ScratchFolder("excel-numbers")
        defer { folder.remove() }
        let data = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Code INSEE", "Projet"])
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Envie Ain</t></is></c>\(Self.number("B2", "1004"))<c r=\"C2\" t=\"inlineStr\"><is><t>Recyclerie</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>CIAS Bourg</t></is></c>\(Self.number("B3", "1053"))<c r=\"C3\" t=\"inlineStr\"><is><t>Recyclerie</t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Régie</t></is></c>\(Self.number("B4", "12"))<c r=\"C4\" t=\"inlineStr\"><is><t>Recyclerie</t></is></c></row>"
            + "</sheetData>"
        try folder.write(["ain.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: data)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("ain.xlsx"))
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains(
            "ain.xlsx[Feuil1]!B2: avertissement: code INSEE « 1004 » lu « 01004 », avec le zéro initial que le tableur avait retiré (et 1 autre) ; mettez la colonne au format texte pour le garder"),
            "\(french)")
        // A code that is none, even with a zero, is still an error, named by its header.
        #expect(french.contains { $0.hasPrefix("ain.xlsx[Feuil1]!B4: erreur: « Code INSEE » « 12 » n'est pas un code commune INSEE") }, "\(french)")
        let fixed = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: data.replacingOccurrences(of: Self.number("B4", "12"), with: ""))])
        try folder.write(["ain.xlsx": fixed])
        let dataset = try #require(DatasetLoader.load(folder: folder.url.appendingPathComponent("ain.xlsx")).dataset)
        #expect(dataset.actor("Envie Ain")?.insee == "01004")
        #expect(dataset.actor("CIAS Bourg")?.insee == "01053")
    }
}
