import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// KoboToolbox's export with labels as headers: its own columns (`start`, `end`, `_id`,
/// `_uuid`…) left out, a question of several answers read from its split options.
@Suite struct KoboToolboxExportTests {
    static let rows: [[String]] = [
        ["start", "end", "Nom de votre structure", "Avec quelles structures coopérez-vous ?",
         "Avec quelles structures coopérez-vous ?/Emmaüs Arras", "Avec quelles structures coopérez-vous ?/Ressourcerie du Ternois",
         "Avec quelles structures coopérez-vous ?/CRESS / Hauts-de-France", "À quels réseaux adhérez-vous ?", "_id", "_uuid", "_submission_time",
         "_validation_status", "_index"],
        ["2024-03-01T10:00:00.000+01:00", "2024-03-01T10:05:00.000+01:00", "Les Jardins de Lens", "Emmaüs Arras CRESS", "1", "0", "1",
         "URSCOP", "101", "a1b2", "2024-03-01T09:05:00", "", "1"],
        ["2024-03-02T10:00:00.000+01:00", "2024-03-02T10:05:00.000+01:00", "La Cantine", "Ressourcerie du Ternois", "0", "1", "0",
         "", "102", "c3d4", "2024-03-02T09:05:00", "", "2"],
        ["2024-03-03T10:00:00.000+01:00", "2024-03-03T10:05:00.000+01:00", "Le Relais", "Emmaüs Arras Ressourcerie du Ternois", "1", "1", "0",
         "URSCOP", "103", "e5f6", "2024-03-03T09:05:00", "", "3"],
    ]

    static func check(_ result: DatasetLoadResult) throws {
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(PartnerOptionsTests.partners(of: "Emmaüs Arras", in: dataset) == ["Le Relais", "Les Jardins de Lens"])
        #expect(PartnerOptionsTests.partners(of: "Les Jardins de Lens", in: dataset) == ["CRESS / Hauts-de-France", "Emmaüs Arras"], "an option with a « / »")
        #expect(PartnerOptionsTests.partners(of: "Ressourcerie du Ternois", in: dataset) == ["La Cantine", "Le Relais"])
        #expect(PartnersAndNetworksTests.networks(of: "Le Relais", in: dataset) == ["URSCOP"])
        // The form's start and end are no cooperation's, nor any membership's, dates.
        #expect(dataset.cooperations.allSatisfy { $0.started == nil && $0.ended == nil })
        #expect(dataset.memberships.allSatisfy { $0.since == nil && $0.until == nil })
        #expect(!dataset.actors.contains { $0.id.contains("Emmaüs Arras ") || $0.id == "1" || $0.id == "0" }, "\(dataset.actors.map(\.id))")
        #expect(result.printed.contains { $0.contains(
            "warning: read as a KoboToolbox export: its 7 own columns not read (\"start\", \"end\", \"_id\", \"_uuid\"…: when and by whom the form was filled in, not dates of cooperation), each option of a question of several answers titled \"Question [Option]\" (3 options, 5 ticked cells), the column joining them not read") },
                "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("without the time") || $0.contains("_uuid\" is not read") }, "\(result.printed)")
    }

    @Test func aCSVExportReadsItsSplitOptions() throws {
        let csv = Self.rows.map { $0.map { "\"\($0)\"" }.joined(separator: ";") }.joined(separator: "\n") + "\n"
        try Self.check(try SpreadsheetConventionsTests.load(["Enquête coopérations.csv": Array(csv.utf8)]))
    }

    @Test func anExcelExportReadsTheSame() throws {
        let folder = try ScratchFolder("kobo")
        defer { folder.remove() }
        let data = "<sheetData>" + Self.rows.enumerated().map { TestWorkbook.row($0.offset + 1, $0.element) }.joined() + "</sheetData>"
        try folder.write(["Coopérations ESS 2024.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Coopérations ESS 2024", data: data)])])
        try Self.check(DatasetLoader.load(folder: folder.url.appendingPathComponent("Coopérations ESS 2024.xlsx")))
    }

    /// A table with a column named « start » and no column only KoboToolbox writes is no export of it.
    @Test func aStartColumnAloneIsNoKoboExport() {
        #expect(!KoboToolboxExport.recognizes(CooperationMemberColumnsTests.grid([["start", "end", "Structure", "Réseau"], ["2021", "2022", "A", "R"]])))
        #expect(KoboToolboxExport.recognizes(CooperationMemberColumnsTests.grid([["start", "end", "Structure", "_uuid"], ["2021", "2022", "A", "x"]])))
    }

    /// A survey's date cell, read once per partner of its row, is said once.
    @Test func aCellReadOncePerPartnerIsSaidOnce() throws {
        let csv = "Nom de votre structure;Partenaire 1;Partenaire 2;Partenaire 3;Depuis\nA;B;C;D;2024-03-01T10:00:00\nE;B;;;2023-01-01T09:00:00\n"
        let result = try SpreadsheetConventionsTests.load(["Enquête.csv": Array(csv.utf8)])
        #expect(result.dataset != nil, "\(result.printed)")
        #expect(result.printed.filter { $0.contains("without the time of day") }.count == 2, "\(result.printed)")
        // In French, the rebuilt table's column is named as a French header would name it, not by its key.
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("début : « 2024-03-01T10:00:00 »") },
                "\(result.diagnostics.map { $0.message(in: .fr) })")
    }

    /// An export with the form's XML names: read, with the advice to export with labels.
    @Test func anExportOfXMLNamesSaysToExportLabels() throws {
        let csv = """
            start;end;nom_structure;partenaires;partenaires/emmaus_arras;partenaires/cress;_id;_uuid;_submission_time;_index
            2024-03-01T10:00:00;2024-03-01T10:05:00;Les Jardins de Lens;emmaus_arras cress;1;1;101;a1;2024-03-01;1

            """
        let result = try SpreadsheetConventionsTests.load(["export.csv": Array(csv.utf8)])
        #expect(result.printed.contains { $0.contains("the options are the form's XML names (\"cress\"): export with \"Labels\"") }, "\(result.printed)")
        #expect(KoboToolboxExport.isXMLName("emmaus_arras") && !KoboToolboxExport.isXMLName("Emmaüs Arras") && !KoboToolboxExport.isXMLName(""))
    }
}
