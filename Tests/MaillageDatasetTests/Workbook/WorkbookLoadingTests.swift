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
            + TestWorkbook.row(12, ["c1", "a2", "observatrice"]) + TestWorkbook.row(13, ["c1", "", "membre"])
        let acteurs = TestWorkbook.row(1, ["Identifiant", "Type"]) + TestWorkbook.row(2, ["a1", "SCIC"]) + TestWorkbook.row(3, ["a1", "Mairie"])
        try folder.write(["participations.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: participations),
            TestWorkbook.Sheet(name: "Acteurs", data: acteurs),
            TestWorkbook.Sheet(name: "Lisez-moi", data: TestWorkbook.row(1, ["Mode d'emploi"])),
            TestWorkbook.Sheet(name: "Brouillon", data: TestWorkbook.row(1, ["x"])),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("participations.xlsx"))
        #expect(result.printed.contains("participations.xlsx[Participations]!C12: error: unknown role \"observatrice\"; allowed: porteur, animateur, membre, partenaire, financeur, accompagnateur."))
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
}
