import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A Notion (or Airtable) database of structures exported as CSV: the primary column
/// « Name », relations written « Page (https://www.notion.so/…) », the record history,
/// and in a workspace export the same database twice (its view and « _all »).
@Suite struct NotionExportTests {
    static let header = "Name,Commune,Type,Partenaires,Réseaux,Created time,Last edited time\n"
    static let rows = """
        Ressourcerie du Ternois,Saint-Pol-sur-Ternoise,Association,"Emmaüs Arras (https://www.notion.so/Emmaus-Arras-8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f?pvs=21), APES (https://www.notion.so/APES-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d?pvs=21)","Réseau des ressourceries, CRESS Hauts-de-France","December 3, 2026 10:02 AM","December 3, 2026 11:40 AM"
        Emmaüs Arras,Arras,Association,"Ressourcerie du Ternois (https://www.notion.so/Ressourcerie-du-Ternois-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a?pvs=21)",CRESS Hauts-de-France,"December 3, 2026 10:05 AM","December 3, 2026 10:05 AM"
        Les Jardins de Lens,Lens,Chantier d'insertion,"Emmaüs Arras (Emmau%CC%88s%20Arras%208c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f.md)",Réseau Cocagne,"December 3, 2026 10:07 AM","December 3, 2026 10:07 AM"
        APES,Lille,Tête de réseau,,,"December 3, 2026 10:09 AM","December 3, 2026 10:09 AM"

        """

    /// The workspace export: « Structures <id>.csv » and « Structures <id>_all.csv » in
    /// one folder, named like the actors table; the `_all` file read as ties and networks.
    @Test func aWorkspaceExportReadsTheWholeDatabaseAsTiesAndNetworks() throws {
        let id = "3f2a9c1e8b7d4e6fa1b2c3d4e5f60718"
        let result = try SpreadsheetConventionsTests.load([
            "Structures \(id).csv": Array((Self.header + Self.rows.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n").utf8),
            "Structures \(id)_all.csv": Array((Self.header + Self.rows).utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map(\.id).sorted() == ["APES", "Emmaüs Arras", "Les Jardins de Lens", "Ressourcerie du Ternois"])
        #expect(dataset.cooperations.filter { $0.id.contains("+") }.map(\.id).sorted() == [
            "Les Jardins de Lens+Emmaüs Arras", "Ressourcerie du Ternois+APES", "Ressourcerie du Ternois+Emmaüs Arras",
        ])
        #expect(PartnersAndNetworksTests.networks(of: "Ressourcerie du Ternois", in: dataset) == ["CRESS Hauts-de-France", "Réseau des ressourceries"])
        #expect(dataset.actors.first { $0.id == "APES" }?.kind == .teteDeReseau)
        let printed = result.printed
        #expect(printed.contains(
            "Structures \(id).csv: warning: \"Structures \(id)_all.csv\" read, not \"Structures \(id).csv\": Notion exports a database twice, its view and all its rows (\"_all\")"),
            "\(printed)")
        #expect(printed.contains(
            "Structures \(id)_all.csv: warning: read as the memberships table: its name says actors, but it names each structure's partners or networks (\"Partenaires\")"),
            "\(printed)")
        #expect(printed.contains { $0.contains("columns not read: \"Created time\", \"Last edited time\", the row's history") }, "\(printed)")
        #expect(!printed.contains { $0.contains("unknown column") || $0.contains("https://") }, "\(printed)")
    }

    /// The link after a related page's name is no part of it; parentheses that are no
    /// link stay.
    @Test func aLinkedPageIsReadByItsName() {
        #expect(LinkedPage.name(" Emmaüs Arras (https://www.notion.so/Emmaus-Arras-8c1d?pvs=21) ") == "Emmaüs Arras")
        #expect(LinkedPage.name("Emmaüs Arras (Emmau%CC%88s%20Arras%208c1d.md)") == "Emmaüs Arras")
        #expect(LinkedPage.name("Garage solidaire (SCIC)") == "Garage solidaire (SCIC)")
        #expect(LinkedPage.name("APES (voir https://apes-hdf.org)") == "APES (voir https://apes-hdf.org)")
        #expect(LinkedPage.name("(https://apes-hdf.org)") == "(https://apes-hdf.org)")
    }

    /// « Nom » beside a carrier's column names a project, beside partners and a commune a
    /// structure; beside partners and a start date, a project again.
    @Test func aPrimaryNameColumnIsReadByItsNeighbours() throws {
        let projects = try SpreadsheetConventionsTests.load(["projets.csv": Array(
            "Nom;Porteur;Partenaires\nPlateforme mobilité;Scop Les Compagnons;Trait d'Union, Régie\nRecyclerie;Le Relais;Mutuelle 09\n".utf8)])
        let dataset = try #require(projects.dataset, "\(projects.printed)")
        #expect(dataset.cooperations.map(\.id).sorted() == ["Plateforme mobilité", "Recyclerie"])
        #expect(dataset.memberships.first { $0.actor == "Le Relais" }?.role == .porteur)
        let structures = try SpreadsheetConventionsTests.load(["liste.csv": Array(
            "Nom;Commune;Partenaires\nRégie;Lens;Le Relais\nLe Relais;Arras;\n".utf8)])
        #expect(try #require(structures.dataset, "\(structures.printed)").cooperations.map(\.id) == ["Régie+Le Relais"])
        let project = try SpreadsheetConventionsTests.load(["liste.csv": Array("Nom;Partenaires;Date de début\nRégie;Le Relais;2021\n".utf8)])
        #expect(try #require(project.dataset, "\(project.printed)").cooperations.map(\.id) == ["Régie"])
    }
}
