import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// One row per actor with its cooperations in numbered columns (« Projet 1 | Rôle 1 |
/// Projet 2 | Rôle 2 »), as a survey asks for them (``NumberedCooperationColumns``).
@Suite struct NumberedCooperationColumnsTests {
    static func load(_ name: String, _ text: String) throws -> DatasetLoadResult {
        try ListedCooperationsTests.load(name, Array(text.utf8))
    }

    static func roles(_ dataset: Dataset) -> Set<String> {
        Set(dataset.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role.rawValue)" })
    }

    /// Each filled numbered cell is a membership with its numbered role; the actor's other
    /// columns describe it; a structure naming no cooperation is said and left out.
    @Test func numberedCooperationsWithTheirRoles() throws {
        let result = try Self.load("enquete.csv",
            "Structure;Commune;Coopération 1;Rôle 1;Coopération 2;Rôle 2\r\n"
                + "Ressourcerie;Lens;Pôle réemploi;porteur;Mobilité;\r\n"
                + "Ville de Lens;Lens;Pôle réemploi;financeur;;\r\n"
                + "Garage solidaire;Liévin;Mobilité;porteur;;\r\n"
                + "Épicerie;Liévin;;;;\r\n")
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(Self.roles(dataset) == ["Pôle réemploi/Ressourcerie/porteur", "Mobilité/Ressourcerie/membre",
                                        "Pôle réemploi/Ville de Lens/financeur", "Mobilité/Garage solidaire/porteur"])
        #expect(Set(dataset.cooperations.map(\.id)) == ["Pôle réemploi", "Mobilité"], "no cooperation named « Rôle 1 »")
        #expect(dataset.actor("Garage solidaire")?.territories.isEmpty == false, "« Commune » places the actor")
        #expect(result.printed.contains { $0.hasPrefix("enquete.csv:1:") && $0.contains("numbered columns (from \"Coopération 1\" to \"Coopération 2\"), each with its role") },
                "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("enquete.csv:5:1:") && $0.contains("\"Épicerie\" names no cooperation") }, "\(result.printed)")
    }

    /// Without role columns, below a title, with a total row; « Projet n°2 » is numbered too.
    @Test func numberedProjectsBelowATitle() throws {
        let result = try Self.load("projets.csv",
            "Enquête coopérations 2024;;;\r\nStructure;Projet 1;Projet n°2;Projet 3\r\n"
                + "Ressourcerie;Pôle réemploi;Mobilité;\r\nGarage solidaire;Mobilité;Pôle réemploi;Épicerie\r\nTotal;2;2;1\r\n")
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.memberships.count == 5 && dataset.cooperations.count == 3 && dataset.actors.count == 2)
        #expect(dataset.memberships.allSatisfy { $0.role == .membre })
    }

    /// Rows whose roles are « membre » and « partenaire » — an actor column's and a partner
    /// column's words — are data: a row below the header names no more columns than it, so
    /// no reader takes one for a header (a list of ties did, from the tenth row: 4,000 errors).
    @Test func dataRowsHoldingHeaderWordsStayData() throws {
        var csv = "Structure;Commune;Projet 1;Rôle 1;Projet 2;Rôle 2;Forme\r\n"
        for i in 0..<12 { csv += "Structure \(i);Commune \(i % 3);Projet \(i % 4);membre;Projet \(i % 5 + 4);partenaire;\r\n" }
        let result = try Self.load("enquete.csv", csv)
        #expect(!result.hasErrors, "\(result.printed)")
        #expect(result.dataset?.actors.count == 12 && result.dataset?.memberships.count == 24, "\(result.printed)")
        let grid = CooperationMemberColumnsTests.grid([["Titre", "", ""], ["", "", ""], ["Structure", "Partenaires", "Note"],
                                                       ["A", "membre", "partenaire"], ["Structure", "partenaire", "x"]])
        #expect(Table.headerCandidates(in: grid) == [0, 2])
    }

    @Test func otherLayoutsAreNotTakenForIt() {
        #expect(NumberedCooperationColumns.numbered("Projet 1")! == ("projet", 1))
        #expect(NumberedCooperationColumns.numbered("Rôle_12")! == ("rôle", 12))
        #expect(NumberedCooperationColumns.numbered("Projet") == nil && NumberedCooperationColumns.numbered("2024") == nil)
        // A cooperation column of its own: the memberships table; partners numbered: a list of ties.
        #expect(NumberedCooperationColumns.header(in: CooperationMemberColumnsTests.grid([["Coopération", "Structure", "Projet 1"], ["A", "B", "C"]])) == nil)
        #expect(NumberedCooperationColumns.header(in: CooperationMemberColumnsTests.grid([["Structure", "Partenaire 1", "Partenaire 2"], ["A", "B", "C"]])) == nil)
        // Years are no numbered cooperations.
        #expect(NumberedCooperationColumns.header(in: CooperationMemberColumnsTests.grid([["Structure", "Réseau", "2023", "2024"], ["A", "B", "x", ""]])) == nil)
    }
}
