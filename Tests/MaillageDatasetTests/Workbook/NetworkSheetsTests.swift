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
            Self.sheet("Synthèse", [["Réseau", "Nombre d'adhérents"], ["COORACE", "2"], ["Réseau Cocagne", "2"]]),
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
        #expect(french.contains("reseaux.xlsx[Synthèse]: avertissement: feuille non lue : une synthèse pour les lecteurs du classeur (chiffres, graphiques), pas une table du jeu de données"),
                "\(french)")
        // Every message names the sheet and cell it comes from.
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[Adhérents Réseau Cocagne]!A1: warning: 1 row above the header (row 2)") }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[COORACE]!A4: warning:") && $0.contains("total") }, "\(result.printed)")
    }

    @Test func anErrorInASheetIsAtItsCell() throws {
        let result = try Self.load([
            Self.sheet("APES", [["Structure", "Depuis"], ["Envie 62", "après 2019"]]),
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

        // Two sheets of actors beside the memberships: the second is said not read because
        // the first gives the table.
        let actors = [["Structure", "Statut juridique", "Commune"], ["Le Relais", "Association", "Arras"]]
        let two = try Self.load([
            Self.sheet("Participations", [["Structure", "Réseau"], ["Le Relais", "COORACE"]]),
            Self.sheet("Annuaire", actors), Self.sheet("Annuaire ancien", actors),
        ])
        #expect(two.dataset != nil, "\(two.printed)")
        #expect(two.diagnostics.map { $0.description(in: .fr) }.contains(
            "reseaux.xlsx[Annuaire ancien]: avertissement: feuille non lue : ses colonnes sont celles de la table des acteurs, déjà lue dans la feuille « Annuaire » ; un jeu de données n'a qu'une table des acteurs : réunissez les deux feuilles en une, ou analysez celle-ci dans un classeur à part"),
                "\(two.printed)")
    }

    /// A DLA's workbook: its structures, its accompaniments (a list of ties) and the
    /// networks each structure belongs to (a member list): both sheets of memberships are
    /// read, one after the other, each as its layout says, every message at its cell.
    @Test func twoSheetsOfMembershipsAreReadOneAfterTheOther() throws {
        // The workbook, the year Jardins d'Arras joined its network written `joined`.
        func workbook(joined: String) throws -> DatasetLoadResult {
            try Self.load([
                Self.sheet("Structures", [["Nom de la structure", "Statut juridique", "Commune"], ["Le Relais", "Association", "Arras"],
                                          ["Envie 62", "SAS", "Lens"], ["Jardins d'Arras", "Association", "Arras"]]),
                Self.sheet("Accompagnements DLA", [["Structure accompagnée", "Accompagnateur", "Année"], ["Le Relais", "DLA 62", "2021"],
                                                   ["Envie 62", "DLA 62", "2022"]]),
                Self.sheet("Partenariats", [["Structure 1", "Structure 2"], ["Le Relais", "DLA 62"], ["Le Relais", "Envie 62"]]),
                Self.sheet("Réseaux", [["Structure", "Réseau", "Depuis"], ["Le Relais", "COORACE ; CRESS", "2019"], ["Envie 62", "", ""],
                                       ["Jardins d'Arras", "Réseau Cocagne", joined]]),
            ])
        }
        let result = try workbook(joined: "après 2015")
        #expect(result.dataset == nil, "the date is an error at its cell")
        #expect(result.printed.contains { $0.hasPrefix("reseaux.xlsx[Réseaux]!C4: error:") }, "\(result.printed)")
        let fixed = try workbook(joined: "2015")
        let dataset = try #require(fixed.dataset, "\(fixed.printed)")
        // « Partenariats » is named as memberships, so read first; the others follow in their order.
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role.rawValue)" } == [
            "Le Relais+DLA 62/Le Relais/membre", "Le Relais+DLA 62/DLA 62/membre",
            "Le Relais+Envie 62/Le Relais/membre", "Le Relais+Envie 62/Envie 62/membre",
            "Le Relais+DLA 62-2/Le Relais/membre", "Le Relais+DLA 62-2/DLA 62/accompagnateur",
            "Envie 62+DLA 62/Envie 62/membre", "Envie 62+DLA 62/DLA 62/accompagnateur",
            "COORACE/Le Relais/membre", "CRESS/Le Relais/membre", "Réseau Cocagne/Jardins d'Arras/membre",
        ], "\(fixed.printed)")
        #expect(dataset.cooperations.first { $0.id == "Le Relais+DLA 62-2" }?.name == "Le Relais – DLA 62 (accompagnement)", "ids stay unique across the sheets")
        #expect(dataset.cooperations.first { $0.id == "Le Relais+DLA 62-2" }?.started == PartialDate(year: 2021))
        #expect(dataset.actor("Envie 62")?.legalForm == "SAS")
        #expect(fixed.diagnostics.map { $0.description(in: .fr) }.contains(
            "reseaux.xlsx[Réseaux]: avertissement: feuille lue comme la table des participations, en plus de la feuille « Partenariats » : son nom ne dit pas quelle table elle contient, ses colonnes le disent (« Structure », « Réseau », « Depuis »)"),
                "\(fixed.printed)")
        #expect(fixed.printed.contains { $0.hasPrefix("reseaux.xlsx[Réseaux]!B3: warning: \"Envie 62\" has nothing under \"Réseau\"") }, "\(fixed.printed)")
        // The actor missing from the actors sheet is said so by the sheet's name; the
        // networks, in no cooperations table, are counted together.
        let french = fixed.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains("reseaux.xlsx[Partenariats]!B2: avertissement: l'acteur « DLA 62 » n'est pas dans la feuille « Structures » : son identifiant lui sert de nom, type non renseigné"),
                "\(french)")
        #expect(french.contains { $0.hasPrefix("reseaux.xlsx: avertissement: pas de table des coopérations") && $0.contains("3 coopérations ne sont connues que par leur identifiant") },
                "\(french)")
    }
}
