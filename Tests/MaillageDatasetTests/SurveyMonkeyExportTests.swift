import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// SurveyMonkey's « Toutes les réponses » export: two header lines, the questions over
/// « Réponse ouverte » or over their options, a ticked option's cell holding its text.
@Suite struct SurveyMonkeyExportTests {
    static let rows: [[String]] = [
        ["ID du répondant", "ID du collecteur", "Date de début", "Date de fin", "Adresse IP", "Nom de votre structure",
         "Avec quelles structures coopérez-vous ?", "", "", "À quels réseaux adhérez-vous ?", "", ""],
        ["", "", "", "", "", "Réponse ouverte", "APES", "Emmaüs Arras", "Autre (veuillez préciser)", "CRESS Hauts-de-France", "URSCOP",
         "Autre (veuillez préciser)"],
        ["114152261234", "432101234", "12/03/2025 10:02:11", "12/03/2025 10:09:45", "82.64.1.2", "Ressourcerie du Ternois",
         "APES", "Emmaüs Arras", "", "CRESS Hauts-de-France", "", ""],
        ["114152261235", "432101234", "12/03/2025 11:40:02", "12/03/2025 11:52:30", "82.64.1.3", "Emmaüs Arras",
         "APES", "", "Secours populaire", "CRESS Hauts-de-France", "URSCOP", ""],
        ["114152261236", "432101234", "13/03/2025 09:15:00", "13/03/2025 09:20:00", "82.64.1.4", "Les Jardins de Lens",
         "", "Emmaüs Arras", "", "", "", "Réseau Cocagne"],
    ]

    static func check(_ result: DatasetLoadResult) throws {
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(PartnerOptionsTests.partners(of: "Emmaüs Arras", in: dataset) == ["APES", "Les Jardins de Lens", "Ressourcerie du Ternois", "Secours populaire"])
        #expect(PartnerOptionsTests.partners(of: "Ressourcerie du Ternois", in: dataset) == ["APES", "Emmaüs Arras"])
        #expect(PartnersAndNetworksTests.networks(of: "Emmaüs Arras", in: dataset) == ["CRESS Hauts-de-France", "URSCOP"])
        #expect(PartnersAndNetworksTests.networks(of: "Les Jardins de Lens", in: dataset) == ["Réseau Cocagne"])
        // The answer's dates are no cooperation's start and end; « Réponse ouverte » is no structure.
        #expect(dataset.cooperations.allSatisfy { $0.started == nil && $0.ended == nil })
        #expect(!dataset.actors.contains { $0.id == "Réponse ouverte" })
        #expect(result.printed.contains { $0.contains(
            "warning: columns not read: \"ID du répondant\", \"ID du collecteur\", \"Date de début de la réponse\", \"Date de fin de la réponse\", the row's history") },
                "\(result.printed)")
        #expect(result.printed.contains { $0.contains("warning: read as a SurveyMonkey export: the two header lines read as one") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("without a header") }, "\(result.printed)")
    }

    @Test func aCSVExportReadsBothHeaderLines() throws {
        let csv = Self.rows.map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Self.check(try SpreadsheetConventionsTests.load(["Enquête coopérations.csv": Array(csv.utf8)]))
    }

    /// The Excel export: the options of the last question run on past the first line's
    /// last question, and the sheet is as wide as the second line.
    @Test func anExcelExportIsAsWideAsItsSecondLine() throws {
        let folder = try ScratchFolder("surveymonkey")
        defer { folder.remove() }
        let data = "<sheetData>" + Self.rows.enumerated().map { TestWorkbook.row($0.offset + 1, $0.element) }.joined() + "</sheetData>"
        try folder.write(["export.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Sheet", data: data)])])
        try Self.check(DatasetLoader.load(folder: folder.url.appendingPathComponent("export.xlsx")))
    }
}
