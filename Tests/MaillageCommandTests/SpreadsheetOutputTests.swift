import Foundation
@testable import MaillageWorkbook
import Testing

/// `--format xlsx`: every command's CSV table as a one-sheet workbook, the same cells,
/// numbers as numeric cells, dataset text never a formula.
@Suite struct SpreadsheetOutputTests {
    /// RFC 4180 cells of `text` (quotes doubled inside quoted cells), rows on LF.
    static func csvCells(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters = characters.dropFirst() } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(cell); cell = ""
            } else if c == "\n" { row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    /// The rows of a CSV table as a French workbook shows them: yes/no as « oui »/« non »,
    /// the kind of an actor (column `kind` of `header`) by its French label.
    static func inFrench(_ rows: [[String]], header: [String]) -> [[String]] {
        let kinds = ["structure": "structure ESS", "collectivite": "collectivité", "tete_de_reseau": "tête de réseau",
                     "appui": "structure d'appui", "financeur": "financeur", "entreprise": "entreprise",
                     "institution": "institution", "unknown": "non renseigné"]
        let kind = header.firstIndex(of: "kind")
        return rows.map { row in
            row.enumerated().map { c, cell in
                if c == kind { return kinds[cell] ?? cell }
                return cell == "true" ? "oui" : cell == "false" ? "non" : cell
            }
        }
    }

    @Test(arguments: [
        (["hubs"], "Têtes de pont"), (["centrality"], "Centralité"), (["clusters"], "Groupes"), (["territories"], "Territoires"),
        (["brokers"], "Courtage"), (["summary"], "Résumé"), (["suggest"], "Pistes"), (["validate"], "Vérification"),
    ])
    func theWorkbookHoldsTheCSVTable(command: [String], sheet: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try runMaillage(command + ["--format", "csv", "--quiet"], in: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        let written = try runMaillage(command + ["--format", "xlsx", "-o", "t.xlsx", "--quiet"], in: folder)
        #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("t.xlsx")))
        let workbook = try Workbook.read(bytes, format: .xlsx)
        #expect(workbook.sheets.map(\.name) == [sheet])
        // Below the header, the CSV's cells; the header, one French name per key.
        let table = Self.csvCells(csv.stdout)
        let expected = Self.inFrench(Array(table.dropFirst()), header: table.first ?? []).flatMap { $0 }.filter { !$0.isEmpty }
        let cells = workbook.sheets.first?.cells ?? []
        let body = cells.filter { $0.row > 1 }.map(\.text)
        #expect(body.count == expected.count && body == expected, "\(command): \(body.prefix(12)) against \(expected.prefix(12))")
        #expect(cells.filter { $0.row == 1 }.count == table.first?.count)
    }

    /// Headers in the language of `--lang`: French names for people, the CSV keys in English.
    @Test func headersAreInTheLanguageOfTheCommandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func header(_ lang: String, _ command: String) throws -> [String] {
            let result = try runMaillage([command, "--format", "xlsx", "-o", "\(lang).xlsx", "--lang", lang, "--quiet"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(lang).xlsx")))
            return try Workbook.read(bytes, format: .xlsx).sheets.first?.cells.filter { $0.row == 1 }.map(\.text) ?? []
        }
        #expect(try header("fr", "hubs").prefix(8) == ["rang", "ex aequo", "identifiant", "nom", "type", "score", "intermédiarité", "coordinateur"])
        #expect(try header("en", "hubs").prefix(8) == ["rank", "tied", "id", "name", "kind", "score", "betweenness", "coordinator"])
        #expect(try header("fr", "territories") == ["identifiant", "nom", "acteurs", "liens internes", "liens vers l'extérieur", "indice E-I",
                                                     "E-I attendu par hasard", "p (E-I aussi bas)", "p (E-I aussi haut)", "densité", "morceaux",
                                                     "acteurs les mieux placés"])
        let brokers = try header("fr", "brokers")
        #expect(brokers.contains("coordinateur (rapport à la taille)") && brokers.contains("agent de liaison (p)") && brokers.contains("courtage entre groupes attendu"), "\(brokers)")
        #expect(!brokers.contains { $0.contains("_") }, "\(brokers)")
        let centrality = try header("fr", "centrality")
        #expect(!centrality.contains { $0.contains("_") } && centrality.contains("degré"), "\(centrality)")
    }

    @Test func figuresAreNumbersAndIdsStayText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Structure;Code postal;Projet\n=HYPERLINK(\"x\");01500;P\n01500;62000;P\nB;59000;Q\n=HYPERLINK(\"x\");01500;Q\n"
            .write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let written = try runMaillage(["centrality", "liste.csv", "--format", "xlsx", "-o", "c.xlsx", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("c.xlsx")))
        let sheet = try #require(try Workbook.read(bytes, format: .xlsx).sheets.first)
        let header = sheet.cells.filter { $0.row == 1 }.map(\.text)
        let degree = try #require(header.firstIndex(of: "degré")), id = try #require(header.firstIndex(of: "identifiant"))
        #expect(Set(sheet.cells.filter { $0.row > 1 && $0.column == id + 1 }.map(\.text)) == ["=HYPERLINK(\"x\")", "01500", "B"])
        // The sheet's XML: the degree column numeric cells, the ids inline strings (a
        // formula-looking name and a postal-code-looking id stay text).
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("xl/worksheets/sheet1.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        let letter = String(UnicodeScalar(UInt8(65 + degree)))
        #expect(xml.contains("<c r=\"\(letter)2\"><v>"), "\(xml.prefix(1500))")
        #expect(xml.contains("t=\"inlineStr\"><is><t>01500</t>") && xml.contains("<t>=HYPERLINK(&quot;x&quot;)</t>"), "\(xml.prefix(1500))")
        #expect(!xml.contains("<f>"))
    }

    @Test func anODSWorkbookHoldsTheSameTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-ods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try runMaillage(["hubs", "--format", "csv", "--quiet"], in: folder)
        let written = try runMaillage(["hubs", "--format", "ods", "-o", "t.ods", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("t.ods")))
        let sheet = try #require(try Workbook.read(bytes, format: .ods).sheets.first)
        #expect(sheet.name == "Têtes de pont")
        let table = Self.csvCells(csv.stdout)
        #expect(sheet.cells.filter { $0.row > 1 }.map(\.text) == Self.inFrench(Array(table.dropFirst()), header: table.first ?? []).flatMap { $0 }.filter { !$0.isEmpty })
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("content.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(xml.contains("office:value-type=\"float\""))
    }

    /// Without `--format`, the extension of `-o` chooses: `tetes.xlsx` is a workbook
    /// (not a text table Excel would refuse), `t.csv` CSV; `--format` still wins.
    @Test func theExtensionOfTheOutputChoosesTheFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, _) in [(["-o", "tetes.xlsx"], "tetes.xlsx"), (["-o", "t.csv"], "t.csv"), (["-o", "t.json"], "t.json"),
                                  (["-o", "t.ods"], "t.ods"), (["-o", "table.csv", "--format", "table"], "table.csv")] {
            let result = try runMaillage(["hubs", "--quiet"] + arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let bytes = { (name: String) in [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()) }
        #expect(try Workbook.read(bytes("tetes.xlsx"), format: .xlsx).sheets.first?.name == "Têtes de pont")
        #expect(try Workbook.read(bytes("t.ods"), format: .ods).sheets.first?.name == "Têtes de pont")
        #expect(String(decoding: bytes("t.csv"), as: UTF8.self).hasPrefix("rank,tied,id,name,"))
        #expect(String(decoding: bytes("t.json"), as: UTF8.self).hasPrefix("{"))
        #expect(String(decoding: bytes("table.csv"), as: UTF8.self).hasPrefix("Têtes de pont"))
    }

    @Test func aWorkbookNeedsAFile() throws {
        let result = try runMaillageInEnglish(["hubs", "--format", "xlsx", "--lang", "en"])
        #expect(result.status == 64 && result.stderr.contains("--format xlsx writes a workbook: give it a file, -o table.xlsx"), "\(result.stderr)")
    }
}
