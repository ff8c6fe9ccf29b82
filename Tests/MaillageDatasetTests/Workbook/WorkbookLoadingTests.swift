import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Datasets given as workbooks: a single workbook, a workbook per table in a folder,
/// diagnostics located at the sheet and cell.
@Suite struct WorkbookLoadingTests {
    static let workbooks = fixture("workbooks")
    static let booklet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Datasets/pas-de-calais-2015")

    /// The booklet written by openpyxl (.xlsx, French sheet names and headers, a
    /// « Lisez-moi » sheet, numbers) and by odfpy (.ods) loads to the same content
    /// as its CSV folder.
    @Test(arguments: ["pas-de-calais-2015.xlsx", "pas-de-calais-2015.ods"])
    func bookletWorkbookLoadsToTheSameContentAsItsCSVFolder(file: String) throws {
        let csv = try #require(DatasetLoader.load(folder: Self.booklet).dataset)
        let result = DatasetLoader.load(folder: Self.workbooks.appendingPathComponent(file))
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.contentFingerprint == csv.contentFingerprint)
        #expect(dataset.actors == csv.actors)
        #expect(dataset.cooperations == csv.cooperations)
        #expect(dataset.memberships == csv.memberships)
        #expect(dataset.territories == csv.territories)
        #expect(result.fingerprint.count == 64 && result.fingerprint != DatasetLoader.load(folder: Self.booklet).fingerprint)
    }

    @Test func diagnosticsPointToTheSheetAndCell() throws {
        let folder = try ScratchFolder("workbook-cells")
        defer { folder.remove() }
        let participations = TestWorkbook.row(1, ["Coopération", "Structure", "Rôle"]) + TestWorkbook.row(3, ["c1", "a1", "porteur"])
            + TestWorkbook.row(12, ["c1", "a2", "spectatrice"]) + TestWorkbook.row(13, ["c1", "", "membre"])
        let acteurs = TestWorkbook.row(1, ["Identifiant", "Type"]) + TestWorkbook.row(2, ["a1", "SCIC"]) + TestWorkbook.row(3, ["a1", "Mairie"])
        try folder.write(["participations.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: participations),
            TestWorkbook.Sheet(name: "Acteurs", data: acteurs),
            TestWorkbook.Sheet(name: "Lisez-moi", data: TestWorkbook.row(1, ["Mode d'emploi"])),
            TestWorkbook.Sheet(name: "Brouillon", data: TestWorkbook.row(1, ["x"])),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("participations.xlsx"))
        #expect(result.printed.contains("participations.xlsx[Participations]!C12: error: unknown role \"spectatrice\"; allowed: porteur, animateur, membre, partenaire, financeur, accompagnateur."))
        #expect(result.printed.contains("participations.xlsx[Acteurs]!A3: error: duplicate actor id \"a1\" (first defined on row 2)"))
        #expect(result.printed.contains("participations.xlsx[Participations]!B13: error: empty actor: every membership needs an id"))
        #expect(result.printed.contains { $0.hasPrefix("participations.xlsx[Brouillon]: warning: sheet not read") })
        #expect(!result.printed.contains { $0.contains("Lisez-moi") })
    }

    @Test func aFolderMayHoldAWorkbookPerTable() throws {
        let folder = try ScratchFolder("workbook-folder")
        defer { folder.remove() }
        try folder.write([
            "Participations 2024.csv": Array("cooperation,actor\nc1,a1\nc1,a2\n".utf8),
            "Acteurs_v2.xlsx": try TestWorkbook.xlsx([
                TestWorkbook.Sheet(name: "Feuil1", data: TestWorkbook.row(1, ["id", "kind"]) + TestWorkbook.row(2, ["a1", "Association"]) + TestWorkbook.row(3, ["a2", "Département"])),
            ]),
            "Territoires.ods": try TestWorkbook.ods([("Feuille1", [["id", "level"], ["t1", "Région"]], nil)]),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("a1")?.kind == .structure)
        #expect(dataset.actor("a1")?.legalForm == "Association")
        #expect(dataset.actor("a2")?.kind == .collectivite)
        #expect(dataset.territory("t1")?.level == .region)
        #expect(!result.hasErrors)
    }

    @Test func aSingleSheetWorkbookIsMemberships() throws {
        let folder = try ScratchFolder("workbook-single")
        defer { folder.remove() }
        try folder.write(["Réseau.ods": try TestWorkbook.ods([("Feuille1", [["Structure", "Projet"], ["A", "P1"], [], ["B", "P1"]], nil)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("Réseau.ods"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.actor) == ["A", "B"], "the empty row is skipped")
        #expect(dataset.name == "Réseau")
    }

    @Test func hiddenSheetsAreNotRead() throws {
        let folder = try ScratchFolder("workbook-hidden")
        defer { folder.remove() }
        try folder.write(["d.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: TestWorkbook.row(1, ["cooperation", "actor"]) + TestWorkbook.row(2, ["c1", "a1"])),
            TestWorkbook.Sheet(name: "Acteurs", data: TestWorkbook.row(1, ["id", "kind"]) + TestWorkbook.row(2, ["a1", "structure"]), hidden: true),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("d.xlsx"))
        #expect(result.printed.contains("d.xlsx[Acteurs]: warning: hidden sheet: not read (show it in the spreadsheet to use it)"))
        #expect(result.dataset?.actor("a1")?.kind == .unknown)
    }

    /// Sheets left with the spreadsheet's own names (« Feuil1 », « Feuil2 », « Sheet3 »)
    /// are the tables their headers name, each said with a warning; a header that could
    /// be two tables, or a table already read from a sheet named after it, is not read.
    @Test func sheetsWithoutATableNameAreReadByTheirHeaders() throws {
        let folder = try ScratchFolder("workbook-feuil")
        defer { folder.remove() }
        let memberships = TestWorkbook.row(1, ["Structure", "Projet", "Rôle"]) + TestWorkbook.row(2, ["Mairie de Die", "PTCE", "porteur"])
            + TestWorkbook.row(3, ["Biocoop", "PTCE", "membre"])
        let actors = TestWorkbook.row(1, ["Liste des structures"]) + TestWorkbook.row(3, ["Structure", "Statut juridique", "Commune"])
            + TestWorkbook.row(4, ["Mairie de Die", "Collectivité", "Die"]) + TestWorkbook.row(5, ["Biocoop", "SCIC", "Die"])
        let ambiguous = TestWorkbook.row(1, ["Nom", "Type", "Commune"]) + TestWorkbook.row(2, ["x", "y", "Die"])
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Feuil1", data: memberships),
            TestWorkbook.Sheet(name: "Feuil2", data: actors),
            TestWorkbook.Sheet(name: "Sheet3", data: ambiguous),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.count == 2)
        #expect(dataset.actor("Biocoop")?.legalForm == "SCIC", "\(result.printed)")
        #expect(dataset.actor("Mairie de Die")?.kind == .collectivite)
        #expect(result.printed.contains("reseau.xlsx[Feuil1]: warning: sheet read as the memberships table: its name does not say which table it holds, its columns do (\"Structure\", \"Projet\", \"Rôle\")"),
                "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("feuille lue comme la table des acteurs : son nom ne dit pas quelle table elle contient, ses colonnes le disent (« Statut juridique », « Commune »)") })
        #expect(result.printed.contains { $0.hasPrefix("reseau.xlsx[Sheet3]: warning: sheet not read: its name does not say which table it holds") })

        // A sheet named « Participations » is the memberships table; a « Feuil2 » of the same
        // shape is read after it, and its rows, repeating the first sheet's, are kept once.
        try folder.write(["named.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: memberships),
            TestWorkbook.Sheet(name: "Feuil2", data: memberships),
        ])])
        let named = DatasetLoader.load(folder: folder.url.appendingPathComponent("named.xlsx"))
        #expect(named.dataset?.memberships.count == 2, "\(named.printed)")
        #expect(named.printed.contains { $0.hasPrefix("named.xlsx[Feuil2]: warning: sheet read as the memberships table, besides sheet \"Participations\"") },
                "\(named.printed)")

        // A list of ties in Feuil1, its actors in Feuil2.
        let ties = TestWorkbook.row(1, ["Structure 1", "Structure 2"]) + TestWorkbook.row(2, ["Mairie de Die", "Biocoop"])
        try folder.write(["ties.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Feuil1", data: ties),
            TestWorkbook.Sheet(name: "Feuil2", data: actors),
        ])])
        let tieList = DatasetLoader.load(folder: folder.url.appendingPathComponent("ties.xlsx"))
        #expect(tieList.dataset?.cooperations.count == 1, "\(tieList.printed)")
        #expect(tieList.dataset?.actor("Biocoop")?.legalForm == "SCIC")
    }
}
