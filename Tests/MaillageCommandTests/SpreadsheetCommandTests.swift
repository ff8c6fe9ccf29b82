import Foundation
@testable import MaillageWorkbook
import Testing

/// Issue 15 at the command line: territory analyses that have nothing to show stop
/// with a reason (item 4), `maillage template` (item 6), Kumu export and import (item 7),
/// the booklet's merges undone by `--no-aliases` (item 8).
@Suite struct SpreadsheetCommandTests {
    static func scratch(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [["territories"], ["render", "--view", "territories", "-o", "carte.svg"], ["brokers"]])
    func aTerritoryAnalysisWithNothingToShowFailsAndWritesNothing(command: [String]) throws {
        let folder = try Self.scratch("no-territories")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runMaillage(command + [fixture("only-memberships").path, "--lang", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no territory analysis possible: the dataset gives no territory"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("carte.svg").path))
        // Brokerage between kinds needs no territory, and the failure says so.
        if command == ["brokers"] {
            #expect(result.stderr.contains("Without territories, --group-by kind measures brokerage between actor kinds."), "\(result.stderr)")
            let kinds = try runMaillage(["brokers", "--group-by", "kind", fixture("only-memberships").path])
            #expect(kinds.status == 0)
            #expect(kinds.stdout.hasPrefix("Courtage — only-memberships (groupes : types d'acteurs)"), "\(kinds.stdout)")
        } else {
            #expect(!result.stderr.contains("--group-by"))
        }
    }

    @Test func aCommuneColumnGivesTerritoriesAndAnEmptyLevelNamesTheOthers() throws {
        let folder = try Self.scratch("communes")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Structure;Coopération;Rôle\r\nAsso A;Projet 1;porteur\r\nMairie de Die;Projet 1;partenaire\r\nAsso B;Projet 2;porteur\r\nAsso A;Projet 2;membre\r\n"
            .write(to: folder.appendingPathComponent("Participations 2024.csv"), atomically: false, encoding: .utf8)
        try "Structure;Type;Commune\r\nAsso A;Association;Die\r\nMairie de Die;Mairie;Die\r\nAsso B;SCIC;Crest\r\n"
            .write(to: folder.appendingPathComponent("Acteurs.csv"), atomically: false, encoding: .utf8)
        let table = try runMaillage(["territories", folder.path, "--lang", "en", "--format", "csv"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Die,Die,2") && table.stdout.contains("Crest,Crest,1"), "\(table.stdout)")
        let region = try runMaillage(["territories", folder.path, "--lang", "en", "--level", "region"])
        #expect(region.status == 1)
        #expect(region.stderr.contains("nothing to show at level region: no actor lies in a territory of that level. Levels with territories: commune (2 territories); pick one with --level."), "\(region.stderr)")
    }

    /// `validate --aliases-draft`: every likely pair in a file to review, the table says
    /// where; a draft naming the output file is refused before anything is written.
    @Test func validateWritesTheLikelyDuplicatesAsAnAliasesDraft() throws {
        let folder = try Self.scratch("draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<25).map { "Atelier chantier insertion numero \($0)" } + (0..<25).map { "Atelier chantier insertion numéro \($0)x" }
        try ("Structure;Projet\n" + names.map { "\($0);P" }.joined(separator: "\n") + "\n")
            .write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let plain = try runMaillageInEnglish(["validate", "liste.csv", "--lang", "en"], in: folder)
        #expect(plain.stdout.contains("25 pairs of likely identical actors: --aliases-draft FILE.csv writes them all as an aliases table to review"), "\(plain.stdout)")
        let written = try runMaillageInEnglish(["validate", "liste.csv", "--lang", "en", "--aliases-draft", "relire.csv"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("25 pairs of likely identical actors written to relire.csv: delete the rows that are two actors, save the rest as aliases.csv"))
        let draft = try String(contentsOf: folder.appendingPathComponent("relire.csv"), encoding: .utf8)
        #expect(draft.split(separator: "\r\n").count == 26)
        #expect(draft.contains("Atelier chantier insertion numéro 0x;Atelier chantier insertion numero 0\r\n"), "\(draft)")
        let same = try runMaillageInEnglish(["validate", "liste.csv", "-o", "x.txt", "--aliases-draft", "x.txt"], in: folder)
        #expect(same.status != 0 && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.txt").path), "\(same.stderr)")
    }

    /// Counts of a thousand and more are grouped as each language writes them: « 1 200
    /// participations » (a narrow no-break space), "1,200 memberships".
    @Test func validateGroupsTheThousandsOfItsCounts() throws {
        let folder = try Self.scratch("thousands")
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = ["coopération;structure"] + (0..<1200).map { "Projet \($0 / 2);Structure \($0 % 700)" }
        try (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let french = try runMaillage(["validate", "liste.csv", "--lang", "fr"], in: folder)
        #expect(french.stdout.contains("liste.csv: 700 acteurs, 600 coopérations, 1\u{202F}200 participations, 0 territoire"), "\(french.stdout)")
        let english = try runMaillage(["validate", "liste.csv", "--lang", "en"], in: folder)
        #expect(english.stdout.contains("liste.csv: 700 actors, 600 cooperations, 1,200 memberships, 0 territories"), "\(english.stdout)")
    }

    /// Three networks of 40 to 60 members and 100 partnerships of two: the summary and
    /// the report say that the networks make most ties, and how to leave them out.
    @Test func aFewLargeNetworksAreSaidToMakeMostTies() throws {
        let folder = try Self.scratch("large")
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = ["coopération;structure"]
        for (network, range) in [("Réseau A", 0..<60), ("Réseau B", 40..<90), ("Réseau C", 10..<50)] {
            rows += range.map { "\(network);Structure \($0)" }
        }
        for i in 0..<100 { rows += ["Projet \(i);Structure \(i)", "Projet \(i);Structure \((i + 37) % 100)"] }
        try (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let json = try runMaillage(["summary", "liste.csv", "--format", "json", "--quiet"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let large = try #require(object["large_cooperations"] as? [String: Any], "\(json.stdout.suffix(400))")
        #expect(large["ids"] as? [String] == ["Réseau A", "Réseau B", "Réseau C"])
        #expect(large["max_cooperation_size"] as? Int == 39)
        let text = try runMaillage(["summary", "liste.csv", "--lang", "fr", "--quiet"], in: folder)
        #expect(text.stdout.contains("Les 3 plus grandes coopérations (de 40 à 60 membres : « Réseau A », « Réseau B », « Réseau C ») font à elles seules"), "\(text.stdout)")
        for command in ["hubs", "clusters"] {
            let listed = try runMaillage([command, "liste.csv", "--lang", "en", "--quiet"], in: folder)
            #expect(listed.stdout.contains("To see the network of the other cooperations, run again with --max-cooperation-size 39"), "\(command): \(listed.stdout.suffix(500))")
        }
        let report = try runMaillage(["report", "liste.csv", "-o", "r.html", "--quiet"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.contains("relancez avec --max-cooperation-size 39"))
        let workbook = try runMaillage(["workbook", "liste.csv", "-o", "r.xlsx", "--quiet"], in: folder)
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let readMe = try #require(try Workbook.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("r.xlsx"))), format: .xlsx).sheets.first)
        let readMeText = WorkbookCommandTests.rows(readMe).map { $0.joined(separator: " | ") }
        #expect(readMeText.contains { $0.hasPrefix("Grandes coopérations | Les 3 plus grandes coopérations") }, "\(readMeText.prefix(12))")
        // Left out, they make no tie and nothing is said.
        let capped = try runMaillage(["summary", "liste.csv", "--format", "json", "--max-cooperation-size", "39", "--quiet"], in: folder)
        let cappedObject = try #require(try JSONSerialization.jsonObject(with: Data(capped.stdout.utf8)) as? [String: Any])
        #expect(cappedObject["large_cooperations"] is NSNull, "\(capped.stdout.suffix(300))")
    }

    /// A list with postal codes and no territories table: grouped by département, and the
    /// report's source and the JSON `meta` say where the départements come from.
    @Test func postalCodesGiveDepartementsThatTheOutputsTrace() throws {
        let folder = try Self.scratch("postcodes")
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = ["Structure;Code postal;Projet"]
        for (i, cp) in ["62000", "62300", "59000", "59100", "80000", "60000"].enumerated() {
            rows.append("Structure \(["A", "B", "C", "D", "E", "F"][i]);\(cp);P\(i % 2)")
            rows.append("Structure \(["A", "B", "C", "D", "E", "F"][i]);\(cp);Q")
        }
        try (rows.joined(separator: "\r\n") + "\r\n").write(to: folder.appendingPathComponent("liste.csv"), atomically: false, encoding: .utf8)
        let territories = try runMaillage(["territories", "liste.csv", "--format", "csv", "--quiet"], in: folder)
        #expect(territories.status == 0, "\(territories.stderr)")
        #expect(territories.stdout.contains("62,Pas-de-Calais,2") && territories.stdout.contains("59,Nord,2") && territories.stdout.contains("80,Somme,1"), "\(territories.stdout)")
        let json = try runMaillage(["hubs", "liste.csv", "--format", "json", "--quiet"], in: folder)
        #expect(json.stdout.contains("\"actors_located_by_postal_code\": 6") || json.stdout.contains("\"actors_located_by_postal_code\":6"), "\(json.stdout.prefix(600))")
        // The loader's warnings in both languages, each file named inside the dataset.
        let meta = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["meta"] as? [String: Any]
        let warnings = try #require((meta?["dataset"] as? [String: Any])?["reading_warnings"] as? [[String: String]], "\(json.stdout.prefix(900))")
        #expect(warnings.contains { $0["en"]?.hasPrefix("liste.csv: warning: ") == true && $0["fr"]?.hasPrefix("liste.csv: avertissement: ") == true }, "\(warnings)")
        #expect(!json.stdout.contains("\"reading_warnings\"") || !warnings.contains { ($0["en"] ?? "").contains(folder.path) })
        let report = try runMaillage(["report", "liste.csv", "-o", "r.html", "--quiet"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.contains("Départements et régions tirés des codes postaux (ou codes INSEE) : 6 acteurs situés ainsi"))
        // The loader's warnings, as `validate` prints them, with the file named inside the dataset.
        #expect(html.contains("Avertissements à la lecture des données ("), "the warnings in the source section")
        #expect(html.contains("liste.csv: avertissement: pas de table des acteurs") || html.contains("liste.csv: avertissement: pas de table des coopérations"))
        #expect(!html.contains(folder.path), "no local path in a page meant to be sent")
        #expect(html.contains("Territoires (département)"))
        // With the départements' outlines (as published, « code » and « nom »), every actor
        // is drawn in its département.
        var features: [String] = []
        for (code, x) in [("62", 2.0), ("59", 3.0), ("80", 2.0), ("60", 2.5)] {
            let y = code == "80" ? 49.8 : code == "60" ? 49.3 : 50.4
            features.append("{\"type\":\"Feature\",\"properties\":{\"code\":\"\(code)\",\"nom\":\"D\(code)\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[\(x),\(y)],[\(x + 0.4),\(y)],[\(x + 0.4),\(y + 0.3)],[\(x),\(y + 0.3)],[\(x),\(y)]]]}}")
        }
        try ("{\"type\":\"FeatureCollection\",\"features\":[" + features.joined(separator: ",") + "]}")
            .write(to: folder.appendingPathComponent("departements.geojson"), atomically: false, encoding: .utf8)
        let geo = try runMaillage(["render", "liste.csv", "--layout", "geo", "--boundaries", "departements.geojson", "-o", "geo.svg", "--quiet"], in: folder)
        #expect(geo.status == 0, "\(geo.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("geo.svg"), encoding: .utf8)
        #expect(svg.contains("6 acteurs à leur lieu"), "\(svg.prefix(2000))")
        #expect(svg.contains("Lieu : Pas&#45;de&#45;Calais"), "Graphviz writes - as &#45;")
    }

    @Test func theTemplateIsWrittenValidatesAndIsNeverOverwrittenSilently() throws {
        let folder = try Self.scratch("template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try runMaillageInEnglish(["template", "modele", "--lang", "en"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        for path in ["modele/modele-maillage.xlsx", "modele/modele-maillage.ods", "modele/csv"] {
            let check = try runMaillageInEnglish(["validate", path], in: folder)
            #expect(check.status == 0 && check.stdout.contains("0 errors, 0 warnings"), "\(path): \(check.stdout)")
        }
        let again = try runMaillageInEnglish(["template", "modele", "--lang", "en"], in: folder)
        #expect(again.status == 1 && again.stderr.contains("refusing to overwrite"), "\(again.stderr)")
        #expect(try runMaillageInEnglish(["template", "modele", "--force"], in: folder).status == 0)
    }

    /// `template propre.xlsx --from suivi.csv`: the user's list as Maillage read it, in the
    /// template's format, which loads with no message and gives the same analysis; never
    /// written over the dataset it is made from; a dataset with errors is refused.
    @Test func theTemplateFilledFromADataset() throws {
        let folder = try Self.scratch("template-from")
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "Projet;Porteur;Partenaires;Forme;Statut\r\nRecyclerie;Ternois Solidaire;\"Mairie, CC du Ternois\";mutualisation;en cours\r\n"
            + "Garage;Garage Solidaire;Mairie;;\r\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("suivi.csv"))
        let written = try runMaillageInEnglish(["template", "propre.xlsx", "--from", "suivi.csv", "--quiet"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("dataset written in the template's format (4 actors, 2 cooperations, 5 memberships, 0 territories of suivi.csv)"),
                "\(written.stderr)")
        let check = try runMaillageInEnglish(["validate", "propre.xlsx"], in: folder)
        #expect(check.status == 0 && check.stdout.contains("0 errors, 0 warnings"), "\(check.stdout)")
        let before = try runMaillageInEnglish(["hubs", "suivi.csv", "--quiet", "--format", "csv"], in: folder)
        let after = try runMaillageInEnglish(["hubs", "propre.xlsx", "--quiet", "--format", "csv"], in: folder)
        #expect(before.status == 0 && before.stdout == after.stdout, "\(before.stdout)\n\(after.stdout)")
        let over = try runMaillageInEnglish(["template", "suivi.csv", "--from", "suivi.csv", "--force"], in: folder)
        #expect(over.status == 1 && over.stderr.contains("refusing to write over suivi.csv"), "\(over.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("suivi.csv"), encoding: .utf8) == csv)
        try Data("cooperation,actor,role\nc1,a1,chef\n".utf8).write(to: folder.appendingPathComponent("faux.csv"))
        let refused = try runMaillageInEnglish(["template", "faux.xlsx", "--from", "faux.csv"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("unknown role") && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("faux.xlsx").path))
    }

    /// `template adherents.xlsx` writes that workbook, not a folder named adherents.xlsx;
    /// a name in .csv is refused with the way out (the CSV template is four files).
    @Test func aTemplateNamedLikeAWorkbookIsThatWorkbook() throws {
        let folder = try Self.scratch("template-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["adherents.xlsx", "Adherents.ODS"] {
            let written = try runMaillageInEnglish(["template", name], in: folder)
            #expect(written.status == 0, "\(written.stderr)")
            var isFolder: ObjCBool = true
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && !isFolder.boolValue)
            let check = try runMaillageInEnglish(["validate", name], in: folder)
            #expect(check.status == 0 && check.stdout.contains("0 errors, 0 warnings"), "\(name): \(check.stdout)")
            let again = try runMaillageInEnglish(["template", name], in: folder)
            #expect(again.status == 1 && again.stderr.contains("refusing to overwrite"), "\(again.stderr)")
        }
        let csv = try runMaillageInEnglish(["template", "adherents.csv"], in: folder)
        #expect(csv.status == 1 && csv.stderr.contains("give a folder, e.g. \"maillage template adherents\""), "\(csv.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["adherents.xlsx", "Adherents.ODS"])
    }

    @Test func theBookletGoesToKumuAndBack() throws {
        let folder = try Self.scratch("kumu")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try runMaillage(["export", "--format", "kumu", "-o", "reseau-kumu.xlsx"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let original = try runMaillage(["summary", "--format", "csv"])
        let back = try runMaillage(["summary", "reseau-kumu.xlsx", "--format", "csv"], in: folder)
        #expect(back.status == 0 && back.stderr.isEmpty, "\(back.stderr)")
        #expect(back.stdout == original.stdout)
        // A file named .xlsx is Kumu's spreadsheet without --format, as the refusal of an
        // unknown extension says.
        let byName = try runMaillage(["export", "-o", "sans-format.xlsx"], in: folder)
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("sans-format.xlsx")) == Data(contentsOf: folder.appendingPathComponent("reseau-kumu.xlsx")))
        // The analysed network as Kumu's JSON.
        let json = try runMaillage(["export", "--format", "kumu", "-o", "reseau.json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("reseau.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["elements"] as? [Any])?.count == 85)
        #expect(((object["connections"] as? [[String: Any]])?.first?["direction"] as? String) == "undirected")
    }

    @Test func noAliasesKeepsTheBookletsMentionsApart() throws {
        let merged = try runMaillage(["hubs", "--top", "1", "--format", "csv"])
        #expect(merged.stdout.split(separator: "\n").dropFirst().first?.contains(",dla,") == true, "\(merged.stdout)")
        let apart = try runMaillage(["hubs", "--top", "1", "--format", "csv", "--no-aliases", "--quiet"])
        #expect(apart.status == 0)
        #expect(apart.stdout.split(separator: "\n").dropFirst().first?.contains(",apes,") == true, "\(apart.stdout)")
    }
}

/// The issue's "Done when": an Excel-FR semicolon CSV folder with French headers, an
/// .xlsx written by openpyxl and an .ods written by LibreOffice (fixtures made by
/// `Tests/Fixtures/workbooks/make_diois_workbooks.py`) each give a report on the first
/// try, with kinds and territories.
@Suite struct SpreadsheetFirstTryTests {
    @Test(arguments: ["excel-fr-diois", "workbooks/diois-openpyxl.xlsx", "workbooks/diois-libreoffice.ods"])
    func aReportOnTheFirstTryWithKindsAndTerritories(input: String) throws {
        let folder = try SpreadsheetCommandTests.scratch("first-try")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = fixture(input).path
        let report = try runMaillage(["report", path, "-o", "rapport.html", "--lang", "fr"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("4 acteurs") && report.stderr.contains("3 territoires"), "\(report.stderr)")
        #expect(!report.stderr.contains("error"), "\(report.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("rapport.html"), encoding: .utf8)
        #expect(html.contains("CC du Diois") && html.contains("Châtillon-en-Diois"))
        #expect(html.contains("structure d&#39;appui") || html.contains("structure d'appui"))
        #expect(html.contains("collectivité"))
        let territories = try runMaillage(["territories", path, "--format", "csv", "--quiet"])
        #expect(territories.status == 0 && territories.stdout.contains("Die,Die,2"), "\(territories.stdout)\(territories.stderr)")
    }
}
