import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A folder where the memberships come in several files whose names say nothing: one
/// member list per network, or one memberships table per file. Every message names the
/// file and the cell its row comes from.
@Suite struct SeveralFilesTests {
    static func load(_ files: [String: [UInt8]]) throws -> DatasetLoadResult {
        try SpreadsheetConventionsTests.load(files)
    }

    /// « Adhérents COORACE.csv » and « CRESS.csv »: each a member list, each a cooperation
    /// named after its file; a duplicate row in the second file is said at its own line.
    @Test func oneMemberListPerNetworkFile() throws {
        let result = try Self.load([
            "Adhérents COORACE.csv": Array("Structure;Commune;Rôle\nLe Relais;Arras;porteur\nEnvie 62;Lens;\n".utf8),
            "CRESS.csv": SpreadsheetConventionsTests.cp1252("Structure;Commune\r\nLe Relais;Arras\r\nJardins d'Arras;Arras\r\nJardins d'Arras;Arras\r\n"),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role.rawValue)" } == [
            "COORACE/Le Relais/porteur", "COORACE/Envie 62/membre", "CRESS/Le Relais/membre", "CRESS/Jardins d'Arras/membre",
        ])
        #expect(dataset.actor("Envie 62")?.territories == ["Lens"])
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains(
            "Adhérents COORACE.csv: avertissement: dossier lu comme un fichier par réseau : chacun des 2 fichiers est une coopération nommée d'après lui (« COORACE », « CRESS »), chaque ligne l'un de ses membres"),
            "\(french)")
        #expect(french.contains("CRESS.csv:4:1: avertissement: participation en double de « Jardins d'Arras » à « CRESS » (déjà à la ligne 3) ; cette ligne est ignorée"),
                "the second file's row is named in that file: \(french)")
        #expect(result.fingerprint.count == 64)
    }

    /// « Adhérents COORACE.csv » alone, in its folder, given as the dataset, or as a workbook
    /// whose sheet says nothing: the members of COORACE, with a warning that one network
    /// alone joins them all. « Structures.csv » alone names no network's members.
    @Test func oneNetworksMemberListAlone() throws {
        let list = Array("Structure;Commune\nLe Relais;Arras\nEnvie 62;Lens\nJardins d'Arras;Arras\n".utf8)
        let result = try Self.load(["Adhérents COORACE.csv": list])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.cooperation) == ["COORACE", "COORACE", "COORACE"])
        #expect(dataset.actor("Envie 62")?.territories == ["Lens"])
        #expect(result.printed.contains(
            "Adhérents COORACE.csv: warning: \"Adhérents COORACE\" read as the member list of one network, \"COORACE\": each row one of its members, who therefore all cooperate with each other; to see who cooperates with whom, add the lists of other networks (a sheet or file per network) or a « Réseaux d'appartenance » column"),
            "\(result.printed)")
        let folder = try ScratchFolder("one-network")
        defer { folder.remove() }
        try folder.write(["Adhérents COORACE.csv": list])
        let direct = DatasetLoader.load(folder: folder.url.appendingPathComponent("Adhérents COORACE.csv"))
        #expect(direct.dataset?.memberships.count == 3, "\(direct.printed)")
        let data = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Commune"]) + TestWorkbook.row(2, ["Le Relais", "Arras"])
            + TestWorkbook.row(3, ["Envie 62", "Lens"]) + "</sheetData>"
        try folder.write(["Membres du réseau Cocagne.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: data)])])
        let workbook = DatasetLoader.load(folder: folder.url.appendingPathComponent("Membres du réseau Cocagne.xlsx"))
        #expect(workbook.dataset?.memberships.map(\.cooperation) == ["Cocagne", "Cocagne"], "\(workbook.printed)")
        let structures = try Self.load(["Structures.csv": list])
        #expect(structures.dataset == nil)
        #expect(!structures.printed.contains { $0.contains("member list of one network") }, "\(structures.printed)")
    }

    /// A member list beside a « Liste des structures » is no file per network: that list
    /// names every structure, not a network.
    @Test func aListOfEveryStructureIsNoNetwork() throws {
        let result = try Self.load([
            "Liste des structures.csv": Array("Structure;Commune\nLe Relais;Arras\n".utf8),
            "COORACE.csv": Array("Structure;Commune\nLe Relais;Arras\n".utf8),
        ])
        #expect(!result.printed.contains { $0.contains("one file per network") }, "\(result.printed)")
    }

    /// Two memberships files whose names say nothing, then a workbook of the same: all
    /// read, one after the other; an unknown role in the third is said at its sheet's cell.
    @Test func membershipsTablesOfSeveralFilesAreGathered() throws {
        let folder = try ScratchFolder("several-files")
        defer { folder.remove() }
        let sheet = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Projet", "Rôle"])
            + TestWorkbook.row(2, ["Biocoop", "Tiers-lieu", "grand chef"]) + "</sheetData>"
        try folder.write([
            "Adhérents COORACE.csv": Array("Structure;Réseau\nLe Relais;COORACE\nEnvie 62;COORACE\n".utf8),
            "Adhérents CRESS.csv": Array("Structure;Réseau\nLe Relais;CRESS\nLe Relais;CRESS\n".utf8),
            "Projets.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: sheet)]),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.printed.contains(
            "Adhérents CRESS.csv: warning: read as the memberships table, besides \"Adhérents COORACE.csv\": its name does not say which table it holds, its columns do (\"Structure\", \"Réseau\")"),
            "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Adhérents CRESS.csv:3:") && $0.contains("duplicate") }, "\(result.printed)")
        #expect(result.printed.contains("Projets.xlsx[Feuil1]: warning: memberships read besides those of \"Adhérents COORACE.csv\": the rows of both files are gathered"),
                "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Projets.xlsx[Feuil1]!C2: error: unknown role \"grand chef\"") }, "the workbook's cell: \(result.printed)")
        #expect(result.dataset == nil)
        try folder.write(["Projets.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: sheet.replacingOccurrences(of: "grand chef", with: "porteur"))])])
        let fixed = DatasetLoader.load(folder: folder.url)
        let dataset = try #require(fixed.dataset, "\(fixed.printed)")
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)" } == [
            "COORACE/Le Relais", "COORACE/Envie 62", "CRESS/Le Relais", "Tiers-lieu/Biocoop",
        ])
    }

    /// Each memberships file keeps its own actor columns: the second file's « Commune »
    /// places its structures, and a disagreement names the file of the kept value.
    @Test func eachFilesActorColumnsDescribeItsActors() throws {
        let result = try Self.load([
            "Adhérents COORACE.csv": Array("Structure;Réseau;Commune\nRecyclerie;COORACE;Arras\nGarage;COORACE;Lens\n".utf8),
            "Adhérents CRESS.csv": Array("Structure;Réseau;Commune;Statut juridique\nRecyclerie;CRESS;Lens;Association\nJardin;CRESS;Hesdin;SCIC\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Jardin")?.territories == ["Hesdin"] && dataset.actor("Jardin")?.legalForm == "SCIC")
        #expect(dataset.actor("Recyclerie")?.territories == ["Arras"] && dataset.actor("Recyclerie")?.legalForm == "Association")
        #expect(result.printed.contains(
            "Adhérents CRESS.csv:2:18: warning: another value for the same actor: \"Lens\" here, \"Arras\" on line 2 of \"Adhérents COORACE.csv\", which is kept"),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("no row describes") }, "\(result.printed)")
    }

    /// The same in a workbook: a second sheet of memberships describes its actors too.
    @Test func aSecondSheetsActorColumnsDescribeItsActors() throws {
        let first = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Réseau", "Commune"]) + TestWorkbook.row(2, ["Recyclerie", "COORACE", "Arras"]) + "</sheetData>"
        let second = "<sheetData>" + TestWorkbook.row(1, ["Structure", "Projet", "Commune"]) + TestWorkbook.row(2, ["Jardin", "Tiers-lieu", "Hesdin"])
            + TestWorkbook.row(3, ["Recyclerie", "Tiers-lieu", ""]) + "</sheetData>"
        let folder = try ScratchFolder("second-sheet-actors")
        defer { folder.remove() }
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Participations", data: first), TestWorkbook.Sheet(name: "Feuil2", data: second),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Jardin")?.territories == ["Hesdin"], "\(result.printed)")
        #expect(dataset.memberships.count == 3)
    }
}
