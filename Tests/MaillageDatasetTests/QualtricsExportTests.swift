import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A Qualtrics export: variable names, then the questions' texts, then (newer exports)
/// an `ImportId` line; multiple choices joined by commas, « Autre » written in its own
/// « - Autre - Text » column.
@Suite struct QualtricsExportTests {
    static let names = "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientEmail,LocationLatitude,LocationLongitude,Q1,Q2,Q3,Q3_4_TEXT,Q4\n"
    static let questions = "Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Email,Location Latitude,Location Longitude,Quel est le nom de votre structure ?,Dans quelle commune est-elle située ?,Avec quelles structures coopérez-vous ? - Selected Choice,Avec quelles structures coopérez-vous ? - Autre - Text,À quels réseaux adhérez-vous ?\n"
    static let importIDs = (["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished", "recordedDate", "_recordId",
                             "recipientEmail", "locationLatitude", "locationLongitude", "QID1_TEXT", "QID2_TEXT", "QID3", "QID3_4_TEXT", "QID4"]
        .map { "\"{\"\"ImportId\"\":\"\"\($0)\"\"}\"" }.joined(separator: ",")) + "\n"
    static let answers = """
        2025-03-12 10:02:11,2025-03-12 10:09:45,IP Address,82.64.1.2,100,454,True,2025-03-12 10:09:46,R_1abc,,50.3,2.3,Ressourcerie du Ternois,Saint-Pol-sur-Ternoise,"APES,Emmaüs Arras",,CRESS Hauts-de-France
        2025-03-12 11:40:02,2025-03-12 11:52:30,IP Address,82.64.1.3,100,748,True,2025-03-12 11:52:31,R_2abc,,50.2,2.7,Emmaüs Arras,Arras,"APES,Autre",Secours populaire,"CRESS Hauts-de-France,URSCOP"
        2025-03-13 09:15:00,2025-03-13 09:20:00,IP Address,82.64.1.4,100,300,True,2025-03-13 09:20:01,R_3abc,,50.4,2.8,Les Jardins de Lens,Lens,"Emmaüs Arras,Autre",,Réseau Cocagne

        """

    static func check(_ result: DatasetLoadResult) throws {
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(PartnerOptionsTests.partners(of: "Emmaüs Arras", in: dataset) == ["APES", "Les Jardins de Lens", "Ressourcerie du Ternois", "Secours populaire"])
        #expect(PartnerOptionsTests.partners(of: "Les Jardins de Lens", in: dataset) == ["Emmaüs Arras"], "an « Autre » ticked and left blank names nobody")
        #expect(PartnersAndNetworksTests.networks(of: "Emmaüs Arras", in: dataset) == ["CRESS Hauts-de-France", "URSCOP"])
        // The respondent's location is no structure's place; the answer's dates no cooperation's.
        #expect(dataset.actors.allSatisfy { $0.coordinate == nil })
        #expect(dataset.cooperations.allSatisfy { $0.started == nil && $0.ended == nil })
        #expect(dataset.actors.first { $0.id == "Emmaüs Arras" }?.territories.isEmpty == false)
        let printed = result.printed
        #expect(printed.contains { $0.contains("warning: read as a Qualtrics export: the questions' texts (line 2) as the header") }, "\(printed)")
        #expect(printed.contains { $0.contains("columns not read: \"StartDate\", \"EndDate\", \"Response Type\"") }, "\(printed)")
        #expect(printed.contains { $0.contains("columns \"IP Address\", \"Recipient Email\", \"Location Latitude\", \"Location Longitude\" look like personal data") },
                "\(printed)")
        #expect(!printed.contains { $0.contains("unknown column") }, "\(printed)")
    }

    @Test func aNewerExportSkipsItsImportIDLine() throws {
        try Self.check(try SpreadsheetConventionsTests.load(["qualtrics.csv": Array((Self.names + Self.questions + Self.importIDs + Self.answers).utf8)]))
    }

    @Test func anOlderExportHasTwoHeaderLines() throws {
        try Self.check(try SpreadsheetConventionsTests.load(["qualtrics.csv": Array((Self.names + Self.questions + Self.answers).utf8)]))
    }
}
