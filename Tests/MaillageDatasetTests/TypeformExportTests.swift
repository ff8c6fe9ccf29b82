import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Typeform's CSV export: the questions as headers, the answers of a question of several
/// choices joined by commas, and its own columns (`#`, `Start Date (UTC)`, `Submit Date
/// (UTC)`, `Network ID`…) said together as the answer's history, never read as dates.
@Suite struct TypeformExportTests {
    @Test func aTypeformExportIsAListOfTiesAndNetworks() throws {
        let csv = """
            #,Quel est le nom de votre structure ?,Avec quelles structures coopérez-vous ?,À quels réseaux adhérez-vous ?,Response Type,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID
            abc1,Les Jardins de Lens,"Emmaüs Arras,CRESS",URSCOP,completed,2024-03-01 10:00:00,,2024-03-01 10:05:00,n1
            abc2,La Cantine,Ressourcerie du Ternois,,completed,2024-03-02 10:00:00,,2024-03-02 10:05:00,n2
            abc3,Le Relais,"Emmaüs Arras,Ressourcerie du Ternois",URSCOP,completed,2024-03-03 10:00:00,,2024-03-03 10:05:00,n3

            """
        let result = try SpreadsheetConventionsTests.load(["responses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(PartnerOptionsTests.partners(of: "Emmaüs Arras", in: dataset) == ["Le Relais", "Les Jardins de Lens"])
        #expect(PartnersAndNetworksTests.networks(of: "Le Relais", in: dataset) == ["URSCOP"])
        #expect(dataset.cooperations.allSatisfy { $0.started == nil && $0.ended == nil })
        #expect(result.printed.contains { $0.contains(
            "warning: columns not read: \"Response Type\", \"Start Date (UTC)\", \"Stage Date (UTC)\", \"Submit Date (UTC)\", \"Network ID\", the row's history") },
                "\(result.printed)")
    }
}
