import Foundation
import MaillageAnalysis
import MaillageModel
@testable import maillage
@testable import MaillageWorkbook
import Testing

/// `maillage workbook`: every table of one analysis in one workbook, each sheet the
/// same cells as the command that makes its table alone.
@Suite struct WorkbookCommandTests {
    /// A fresh folder for one test's files.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The rows of `sheet`, each cell at its column (empty cells as "").
    static func rows(_ sheet: WorkbookSheet) -> [[String]] {
        let height = sheet.cells.map(\.row).max() ?? 0, width = sheet.cells.map(\.column).max() ?? 0
        var rows = [[String]](repeating: [String](repeating: "", count: width), count: height)
        for cell in sheet.cells { rows[cell.row - 1][cell.column - 1] = cell.text }
        return rows
    }

    /// The CSV table of `command`, below its header, as a French workbook shows it, with each row padded to `width`.
    static func csvBody(_ command: [String], in folder: URL, width: Int) throws -> [[String]] {
        let result = try runMaillage(command + ["--format", "csv", "--quiet"], in: folder)
        #expect(result.status == 0, "\(command): \(result.stderr)")
        let table = SpreadsheetOutputTests.csvCells(result.stdout)
        return SpreadsheetOutputTests.inFrench(Array(table.dropFirst()), header: table.first ?? [])
            .map { $0 + [String](repeating: "", count: max(width - $0.count, 0)) }
    }

    @Test func everySheetHoldsTheTableOfItsCommand() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try runMaillage(["workbook", "-o", "resultats.xlsx"], in: folder)
        #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
        #expect(written.stderr.contains("classeur écrit : resultats.xlsx (Résumé"), "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("resultats.xlsx")))
        let workbook = try Workbook.read(bytes, format: .xlsx)
        #expect(workbook.sheets.map(\.name) == ["Lisez-moi", "Résumé", "Acteurs", "Coopérations", "Têtes de pont", "Groupes", "Territoires", "Courtage", "Pistes"])
        func sheet(_ name: String) throws -> [[String]] { Self.rows(try #require(workbook.sheets.first { $0.name == name })) }

        // Each sheet below its header is the command's CSV table, cell for cell.
        for (name, command) in [("Têtes de pont", ["hubs"]), ("Groupes", ["clusters"]), ("Territoires", ["territories"]),
                                ("Courtage", ["brokers"]), ("Pistes", ["suggest", "--top", "20"])] {
            let rows = try sheet(name)
            let body = try Self.csvBody(command, in: folder, width: rows.first?.count ?? 0)
            #expect(Array(rows.dropFirst()) == body, "\(name): \(rows.dropFirst().prefix(2)) against \(body.prefix(2))")
            #expect(!rows.isEmpty && !rows[0].contains { $0.contains("_") }, "\(name): \(rows.first ?? [])")
        }
        // Acteurs: centrality's table (every measure, by degree) with the territory and the cluster after the kind.
        let actors = try sheet("Acteurs")
        #expect(Array(actors[0].prefix(6)) == ["identifiant", "nom", "type", "territoire", "groupe", "degré"])
        let centrality = try Self.csvBody(["centrality", "--sort", "degree"], in: folder, width: actors[0].count - 2)
        #expect(actors.count - 1 == centrality.count)
        let byID = Dictionary(uniqueKeysWithValues: centrality.map { ($0[0], $0) })
        for row in actors.dropFirst() {
            let expected = try #require(byID[row[0]])
            #expect(Array(row.prefix(3)) + Array(row.dropFirst(5)) == expected, "\(row[0])")
        }
        let degrees = actors.dropFirst().map { Int($0[5]) ?? -1 }
        #expect(degrees == degrees.sorted(by: >))
        // The cluster column agrees with the Groupes sheet, the territory with the territories of the dataset.
        let clusterOf = Dictionary(uniqueKeysWithValues: try sheet("Groupes").dropFirst().map { ($0[1], $0[0]) })
        for row in actors.dropFirst() { #expect(row[4] == (clusterOf[row[0]] ?? ""), "\(row[0])") }
        let dla = try #require(actors.first { $0[0] == "dla" })
        #expect(dla[3] == "Communauté d'agglomération d'Hénin-Carvin")
        // Coopérations: each cooperation with its form in words, its members counted and named.
        let cooperations = try sheet("Coopérations")
        #expect(cooperations[0] == ["identifiant", "nom", "forme", "statut", "début", "fin", "membres", "membres déclarés", "liste des membres", "territoires"])
        #expect(cooperations.count == 21)
        let droit = try #require(cooperations.first { $0[0] == "droit-de-cite-partenariats" })
        #expect(droit[2] == "partenariat de projets" && droit[6] == "1" && droit[7] == "21" && droit[8] == "Droit de Cité", "\(droit)")
        #expect(cooperations.dropFirst().map { Int($0[6]) ?? 0 }.reduce(0, +) == 89, "every membership once")
        // Résumé: summary's figures, under French labels.
        let summary = try sheet("Résumé")
        let figures = try Self.csvBody(["summary"], in: folder, width: 3)
        #expect(summary.dropFirst().map { $0[2] } == figures.map { $0[2] })
        #expect(summary.contains { $0[1] == "acteurs" && $0[2] == "85" })
        // Lisez-moi: the dataset, its fingerprint, each sheet and each measure in words.
        let readMe = try sheet("Lisez-moi")
        let said = readMe.map { $0.joined(separator: " | ") }.joined(separator: "\n")
        for text in ["Jeu de données | pas-de-calais-2015", "Empreinte des fichiers (SHA-256) | ", "Intermédiarité | exacte (Brandes)",
                     "Groupes | leiden, graine 1", "Courtage | Les rôles de courtage", "intermédiarité | Part des plus courts chemins",
                     "Référence : pagerank(G, alpha=0.85"] {
            #expect(said.contains(text), "\(text) missing from:\n\(said)")
        }
        // Figures are numeric cells, no cell is a formula.
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("xl/worksheets/sheet3.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(xml.contains("<c r=\"F2\"><v>") && !xml.contains("<f>"), "\(xml.prefix(1200))")
        // Fractions shown with three significant digits of their typical value, counts as they are.
        let styles = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("xl/styles.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(styles.contains("formatCode=\"0.000\"") && styles.contains("formatCode=\"0.0000\""), "\(styles)")
        let betweenness = try #require(actors[0].firstIndex(of: "intermédiarité"))
        #expect(xml.contains("<c r=\"\(ColumnLetters.of(betweenness + 1))2\" s=\"") && xml.contains("<c r=\"F2\"><v>"), "\(xml.prefix(1500))")
        // Filter buttons over each table.
        #expect(xml.contains("<autoFilter ref=\"A1:\(ColumnLetters.of(actors[0].count))\(actors.count)\"/>"))

        // Given back as a dataset, the workbook is refused in one message, not read as sheets of actors.
        let back = try runMaillage(["summary", "resultats.xlsx"], in: folder)
        #expect(back.status != 0 && back.stderr.contains("classeur de résultats écrit par `maillage workbook`"), "\(back.stderr)")
        #expect(back.stderr.split(separator: "\n").count <= 2, "\(back.stderr)")
    }

    @Test func fractionsAreShownWithThreeSignificantDigitsOfTheirTypicalValue() {
        #expect(SpreadsheetTable.decimals([0.1168, 0.0084, 0, 0]) == 3)
        #expect(SpreadsheetTable.decimals([0.001, 0.3, 0.5]) == 3)  // the smallest p of 999 shuffles stays visible
        #expect(SpreadsheetTable.decimals([0.0333, 0.0118, 0.0107]) == 4)
        #expect(SpreadsheetTable.decimals([36.5, 33, 26.17]) == 2)
        #expect(SpreadsheetTable.decimals([3.1e-6, 2.2e-6, 5e-6]) == 8)
        #expect(SpreadsheetTable.decimals([1e-12, 2e-12]) == 9)
        #expect(SpreadsheetTable.decimals([1, 2, 30]) == nil)
        #expect(SpreadsheetTable.decimals([0, 0, .nan]) == nil)
    }

    /// In English, the sheets are named in English and the headers are the CSV keys; an
    /// `.ods` holds the same sheets; `--measure` chooses the Actors sheet's measures.
    @Test func englishAndOpenDocument() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try runMaillage(["workbook", "-o", "results.ods", "--lang", "en", "--suggestions", "5", "--top", "3",
                                           "--measure", "degree,pagerank", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("results.ods"))), format: .ods)
        #expect(workbook.sheets.map(\.name) == ["Read me", "Summary", "Actors", "Cooperations", "Hubs", "Clusters", "Territories", "Brokerage", "Suggestions"])
        let hubs = Self.rows(try #require(workbook.sheets.first { $0.name == "Hubs" }))
        #expect(hubs.count == 4 && Array(hubs[0].prefix(4)) == ["rank", "tied", "id", "name"])
        #expect(Self.rows(try #require(workbook.sheets.first { $0.name == "Suggestions" })).count == 6)
        #expect(Self.rows(try #require(workbook.sheets.first { $0.name == "Actors" }))[0] == ["id", "name", "kind", "territory", "cluster", "degree", "pagerank"])
        let readMe = Self.rows(try #require(workbook.sheets.first)).map(\.first)
        #expect(readMe.contains("PageRank") && !readMe.contains("betweenness"), "\(readMe)")
    }

    /// A dated dataset gets an « Évolution » sheet: `compare`'s table between the two dates.
    @Test func aDatedDatasetGetsItsEvolution() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let synth = try runMaillage(["synth", "--actors", "200", "--years", "2018-2021", "--seed", "3", "-o", "date"], in: folder)
        #expect(synth.status == 0, "\(synth.stderr)")
        let written = try runMaillage(["workbook", "date", "-o", "e.xlsx", "--from", "2019", "--to", "2021", "--lang", "en", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("e.xlsx"))), format: .xlsx)
        #expect(workbook.sheets.last?.name == "Evolution")
        let rows = Self.rows(try #require(workbook.sheets.last))
        let compare = try runMaillage(["compare", "date", "--at", "2019", "--at", "2021", "--format", "csv", "--lang", "en", "--quiet"], in: folder)
        #expect(compare.status == 0, "\(compare.stderr)")
        // The CSV guards a cell starting « + » with a quote for spreadsheets; a workbook's cells are never formulas.
        func unguarded(_ cell: String) -> String { cell.hasPrefix("'") && "=+-@".contains(cell.dropFirst().first ?? " ") ? String(cell.dropFirst()) : cell }
        let expected = SpreadsheetOutputTests.csvCells(compare.stdout).dropFirst()
            .map { $0.map(unguarded) + [String](repeating: "", count: max(rows[0].count - $0.count, 0)) }
        #expect(rows.count > 10 && Array(rows.dropFirst()) == expected, "\(rows.prefix(3)) against \(expected.prefix(2))")
        let readMe = Self.rows(try #require(workbook.sheets.first)).map { $0.joined(separator: " | ") }.joined(separator: "\n")
        #expect(readMe.contains("Evolution | What changed between the network as of 2019 and as of 2021"), "\(readMe)")

        // In French, the sections and changes in words; an undated dataset has no such sheet.
        let french = try runMaillage(["workbook", "date", "-o", "f.xlsx", "--quiet"], in: folder)
        #expect(french.status == 0, "\(french.stderr)")
        let sheet = try #require(try Workbook.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("f.xlsx"))), format: .xlsx).sheets.last)
        #expect(sheet.name == "Évolution" && Self.rows(sheet).dropFirst().contains { $0[0] == "liens" && $0[1] == "gagné" })
        let undated = try runMaillage(["workbook", fixture("only-memberships").path, "-o", "u.xlsx", "--from", "2019"], in: folder)
        #expect(undated.status != 0 && undated.stderr.contains("aucune date"), "\(undated.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("u.xlsx").path))
    }

    /// The « Évolution » sheet lists the ties gained and lost up to a limit (a network of
    /// 200,000 actors gains millions, more than a sheet holds), most shared first; the
    /// other sections whole. `maillage workbook` failed there (« 4688498 lignes »).
    @Test func theEvolutionSheetListsTiesUpToALimit() throws {
        let old = Dataset(name: "avant", actors: ["a", "b", "c", "d"].map { Actor(id: $0) }, cooperations: [Cooperation(id: "k")],
                          memberships: [Membership(cooperation: "k", actor: "a"), Membership(cooperation: "k", actor: "b")], territories: [])
        let new = Dataset(name: "après", actors: old.actors, cooperations: [Cooperation(id: "k"), Cooperation(id: "m"), Cooperation(id: "n")],
                          memberships: ["c", "d"].map { Membership(cooperation: "k", actor: $0) }
                            + ["a", "b", "c", "d"].map { Membership(cooperation: "m", actor: $0) } + ["c", "d"].map { Membership(cooperation: "n", actor: $0) },
                          territories: [])
        let before = AnalysisSession(dataset: old), after = AnalysisSession(dataset: new)
        let c = NetworkComparison(old: before, new: after)
        #expect(c.tiesGained.count == 5 && c.tiesGained.first?.sharedCooperations == 3, "c–d shares k, m and n")
        func ties(_ csv: CSVText) -> [[String]] { csv.rows.filter { $0[0] == "ties" } }
        let all = CompareCommand.csv(c, old: before, new: after, language: .en)
        let cut = CompareCommand.csv(c, old: before, new: after, tieLimit: 2, language: .en)
        #expect(ties(all).count == 5 && ties(cut).count == 2 && ties(cut) == Array(ties(all).prefix(2)))
        #expect(cut.rows.filter { $0[0] != "ties" } == all.rows.filter { $0[0] != "ties" })
        #expect(WorkbookCommand.evolutionTieLimit < 1_048_576 / 2)
    }

    /// Without territories, the territory sheets are left out and « Lisez-moi » says why;
    /// `--suggestions 0` leaves out the suggestions.
    @Test func sheetsWithNothingToShowAreLeftOutAndSaidSo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try runMaillage(["workbook", fixture("only-memberships").path, "-o", "r.xlsx", "--suggestions", "0", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("r.xlsx"))), format: .xlsx)
        #expect(workbook.sheets.map(\.name) == ["Lisez-moi", "Résumé", "Acteurs", "Coopérations", "Têtes de pont", "Groupes"])
        let readMe = Self.rows(try #require(workbook.sheets.first)).map { $0.joined(separator: " | ") }.joined(separator: "\n")
        #expect(readMe.contains("Les feuilles Territoires et Courtage sont absentes."), "\(readMe)")
        // How the files were read, as `validate` words it, each file named inside the dataset.
        #expect(readMe.contains("Avertissements à la lecture des données | 2\n | memberships.csv: avertissement: pas de table des acteurs"), "\(readMe)")
        #expect(!readMe.contains(fixture("only-memberships").path), "no local path")
        // No territory column either when no actor has a territory.
        let actors = Self.rows(try #require(workbook.sheets.first { $0.name == "Acteurs" }))
        #expect(Array(actors[0].prefix(4)) == ["identifiant", "nom", "type", "groupe"])
    }

    /// Ids and names stay text even when every one is digits (SIRET numbers, a Pajek
    /// network's vertex numbers): Excel would show a 14-digit number as 1,23457E+13.
    @Test func digitIdsStayText() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "coopération;structure\nP;12345678900011\nP;12345678900029\nQ;12345678900029\nQ;98765432100017\n"
            .write(to: folder.appendingPathComponent("siret.csv"), atomically: false, encoding: .utf8)
        let written = try runMaillage(["workbook", "siret.csv", "-o", "s.xlsx", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("s.xlsx")))
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("xl/worksheets/sheet3.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(xml.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>123456789000") && xml.contains("<c r=\"B2\" t=\"inlineStr\">"), "\(xml.prefix(1500))")
        #expect(xml.contains("<c r=\"E2\"><v>"), "the degree stays a number: \(xml.prefix(1500))")
    }

    /// Dataset text stays text (a name that looks like a formula is not one), and a wrong
    /// output name is refused before any work, with nothing written.
    @Test func hostileNamesStayTextAndBadOutputsAreRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try runMaillage(["workbook", fixture("hostile-names").path, "-o", "h.xlsx", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("h.xlsx")))
        let archive = try ZipArchive(bytes, limits: WorkbookLimits())
        var parts = 0
        while let sheet = try archive.read("xl/worksheets/sheet\(parts + 1).xml") {
            parts += 1
            let xml = try #require(String(bytes: sheet, encoding: .utf8))
            #expect(!xml.contains("<f>") && !xml.contains("<script>"), "sheet \(parts)")
        }
        #expect(parts == (try Workbook.read(bytes, format: .xlsx)).sheets.count && parts >= 5)
        let names = Self.rows(try #require(try Workbook.read(bytes, format: .xlsx).sheets.first { $0.name == "Acteurs" })).map { $0[1] }
        #expect(names.contains("<script>alert(1)</script>"))

        for (arguments, message) in [(["-o", "r.csv"], "finissant ainsi"), (["-o", "absent/r.xlsx"], "n'existe pas"), (["-o", "r.xlsx", "--top", "0"], "--top")] {
            let refused = try runMaillage(["workbook"] + arguments, in: folder)
            #expect(refused.status != 0 && refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["h.xlsx"])
    }
}
