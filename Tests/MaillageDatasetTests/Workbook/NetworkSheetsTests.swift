import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A workbook with one sheet per network, each listing its members (``NetworkSheets``),
/// as a tête de réseau gathers the lists of the networks it federates.
@Suite struct NetworkSheetsTests {
    static func load(_ sheets: [TestWorkbook.Sheet]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("network-sheets")
        defer { folder.remove() }
        try folder.write(["reseaux.xlsx": try TestWorkbook.xlsx(sheets)])
        return DatasetLoader.load(folder: folder.url.appendingPathComponent("reseaux.xlsx"))
    }

    static func sheet(_ name: String, _ rows: [[String]], from first: Int = 1) -> TestWorkbook.Sheet {
        TestWorkbook.Sheet(name: name, data: "<sheetData>" + rows.enumerated().map { TestWorkbook.row(first + $0.offset, $0.element) }.joined() + "</sheetData>")
    }

    @Test func eachSheetIsACooperationAndEachRowOneOfItsMembers() throws {
        let result = try Self.load([
            Self.sheet("COORACE", [["Structure", "Commune", "Statut juridique", "Rôle"], ["Le Relais", "Arras", "Association", "porteur"],
                                   ["Envie 62", "Lens", "SAS", ""], ["Total", "", "", ""]]),
            Self.sheet("Adhérents Réseau Cocagne", [["Adhérents du Réseau Cocagne en 2024"], ["Nom de la structure", "Commune"],
                                                    ["Jardins d'Arras", "Arras"], ["Le Relais", "Arras"]]),
            Self.sheet("Lisez-moi", [["Une feuille par réseau"]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role.rawValue)" } == [
            "COORACE/Le Relais/porteur", "COORACE/Envie 62/membre", "Réseau Cocagne/Jardins d'Arras/membre", "Réseau Cocagne/Le Relais/membre",
        ])
        #expect(dataset.actors.count == 3)
        #expect(dataset.actor("Envie 62")?.legalForm == "SAS" && dataset.actor("Envie 62")?.kind == .entreprise, "\(result.printed)")
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains(
            "reseaux.xlsx: avertissement: classeur lu comme une feuille par réseau : chacune des 2 feuilles est une coopération nommée d'après elle (« COORACE », « Réseau Cocagne »), chaque ligne l'un de ses membres"),
                "\(french)")
        // Every message names the sheet and cell it comes from.
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[Adhérents Réseau Cocagne]!A1: warning: 1 row above the header (row 2)") }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[COORACE]!A4: warning:") && $0.contains("total") }, "\(result.printed)")
    }

    @Test func anErrorInASheetIsAtItsCell() throws {
        let result = try Self.load([
            Self.sheet("APES", [["Structure", "Depuis"], ["Envie 62", "vers 2019"]]),
            Self.sheet("CRESS", [["Structure", "Depuis"], ["Le Relais", "2020"]]),
        ])
        #expect(result.dataset == nil)
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[APES]!B2: error:") }, "\(result.printed)")
    }

    /// Sheets left as « Feuil1 », years, or one that holds the memberships already: no
    /// list of networks.
    @Test func sheetsThatNameNoNetworkAreNotReadSo() throws {
        let members = [["Structure", "Commune"], ["Le Relais", "Arras"]]
        let years = try Self.load([Self.sheet("2023", members), Self.sheet("2024", members)])
        #expect(!years.printed.contains { $0.contains("one sheet per network") }, "\(years.printed)")
        let generic = try Self.load([Self.sheet("Feuil1", members), Self.sheet("Feuil2", members)])
        #expect(!generic.printed.contains { $0.contains("one sheet per network") }, "\(generic.printed)")
        #expect(NetworkSheets.isNetworkName("Réseau Cocagne") && NetworkSheets.isNetworkName("PTCE 2") && !NetworkSheets.isNetworkName("Données 2024"))
        #expect(NetworkSheets.networkName(ofSheet: "Membres du réseau APES") == "APES" && NetworkSheets.networkName(ofSheet: "Adhérents") == "Adhérents")

        // A sheet of memberships and a second one of the same table: the second is said
        // not read because the first gives the table.
        let two = try Self.load([
            Self.sheet("Accompagnements", [["Structure accompagnée", "Accompagnateur"], ["Le Relais", "DLA 62"]]),
            Self.sheet("Réseaux", [["Structure", "Réseau"], ["Le Relais", "COORACE"]]),
        ])
        #expect(two.dataset != nil, "\(two.printed)")
        #expect(two.diagnostics.map { $0.description(in: .fr) }.contains(
            "reseaux.xlsx[Réseaux]: avertissement: feuille non lue : ses colonnes sont celles de la table des participations, déjà lue dans la feuille « Accompagnements » ; un jeu de données n'a qu'une table des participations : réunissez les deux feuilles en une, ou analysez celle-ci dans un classeur à part"),
                "\(two.printed)")
    }
}
