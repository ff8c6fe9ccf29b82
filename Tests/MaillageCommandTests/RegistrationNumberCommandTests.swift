import Foundation
import Testing

/// An observatory's list keyed on SIRET: the numbers come back in the results it joins to
/// its own lists (centrality CSV and JSON, the workbook's « Acteurs » sheet, the exports'
/// node attributes), and a dataset without numbers keeps its columns.
@Suite struct RegistrationNumberCommandTests {
    static func observatory() throws -> URL {
        let folder = try SpreadsheetCommandTests.scratch("siret")
        try Data("""
            SIRET;Raison sociale;Catégorie juridique
            775 672 272 00017;COMMUNAUTE EMMAUS D ARRAS;9220
            42345678900019;RESSOURCERIE DU TERNOIS;9220
            51234567900017;SCOP ATELIER BOIS;5458

            """.utf8).write(to: folder.appendingPathComponent("Structures.csv"))
        try Data("""
            SIRET;Réseau
            77567227200017;CRESS
            42345678900019;CRESS
            51234567900017;CRESS
            51234567900017;URSCOP
            42345678900019;URSCOP

            """.utf8).write(to: folder.appendingPathComponent("Adhésions.csv"))
        return folder
    }

    @Test func theNumbersComeBackInTheResults() throws {
        let folder = try Self.observatory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try runMaillage(["centrality", folder.path, "--measure", "degree", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("id,name,kind,siret,degree\n"), "\(csv.stdout)")
        #expect(csv.stdout.contains("COMMUNAUTE EMMAUS D ARRAS,COMMUNAUTE EMMAUS D ARRAS,structure,77567227200017,2\n"), "\(csv.stdout)")
        let json = try runMaillage(["centrality", folder.path, "--measure", "degree", "--format", "json"])
        #expect(json.stdout.contains("\"siret\": \"51234567900017\""), "\(json.stdout)")
        let export = try runMaillage(["export", folder.path, "--format", "graphml", "-o", folder.appendingPathComponent("reseau.graphml").path])
        #expect(export.status == 0, "\(export.stderr)")
        let graphml = try String(contentsOf: folder.appendingPathComponent("reseau.graphml"), encoding: .utf8)
        #expect(graphml.contains("attr.name=\"siret\""), "\(graphml.prefix(2000))")
        #expect(graphml.contains(">42345678900019<"))
        // A dataset without numbers: no such column.
        let plain = try runMaillage(["centrality", "Datasets/classics/florentine-families", "--measure", "degree", "--format", "csv"], in: repositoryRoot)
        #expect(plain.stdout.hasPrefix("id,name,kind,degree\n"), "\(plain.stdout.prefix(200))")
    }
}
