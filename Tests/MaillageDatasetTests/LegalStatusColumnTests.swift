import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// « Statut » alone (``LegalStatusColumn``): the structures' legal form when its values
/// are legal forms, not read otherwise.
@Suite struct LegalStatusColumnTests {
    static func load(_ files: [String: String]) throws -> DatasetLoadResult {
        try SpreadsheetConventionsTests.load(files.mapValues { Array($0.utf8) })
    }

    /// A member list: « Structure | Statut | Réseau » gives the kinds.
    @Test func aMemberListsStatusGivesTheKinds() throws {
        let result = try Self.load(["adhesions.csv": "Structure;Statut;Réseau\nRecyclerie;Association;COORACE\nGarage;SCIC;COORACE\nMairie;Collectivité;CRESS\n"])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Garage")?.legalForm == "SCIC")
        #expect(dataset.actor("Mairie")?.kind == .collectivite && dataset.actor("Recyclerie")?.kind == .structure)
        #expect(result.printed.contains { $0.contains("column \"Statut\" read as the actors' legal form") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    /// An actors table: the column is read at its own header cell.
    @Test func anActorsTablesStatus() throws {
        let result = try Self.load([
            "acteurs.csv": "Structure;Statut;Commune\nRecyclerie;Association;Arras\nGarage;SCOP;Lens\n",
            "participations.csv": "Structure;Projet\nRecyclerie;P\nGarage;P\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Garage")?.legalForm == "SCOP")
        #expect(result.printed.contains(
            "acteurs.csv:1:11: warning: column \"Statut\" read as the actors' legal form: its values are legal forms (association, SCIC, local authority…)"),
            "\(result.printed)")
    }

    /// A status of another kind (« Actif »), or beside a « Forme juridique » column: not read.
    @Test func otherStatusesAreNotLegalForms() throws {
        let active = try Self.load([
            "acteurs.csv": "Structure;Statut\nRecyclerie;Actif\nGarage;En sommeil\n",
            "participations.csv": "Structure;Projet\nRecyclerie;P\nGarage;P\n",
        ])
        #expect(active.printed.contains { $0.hasPrefix("acteurs.csv:1:11: warning: unknown column \"statut\"") }, "\(active.printed)")
        let beside = try Self.load([
            "acteurs.csv": "Structure;Forme juridique;Statut\nRecyclerie;Association;Association\n",
            "participations.csv": "Structure;Projet\nRecyclerie;P\n",
        ])
        #expect(!beside.printed.contains { $0.contains("read as the actors' legal form") }, "\(beside.printed)")
        #expect(!beside.hasErrors, "\(beside.printed)")
    }
}
