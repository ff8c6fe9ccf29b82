import Foundation
import Testing
import MaillageModel

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
        #expect(csv.stdout.contains("COMMUNAUTE EMMAUS D ARRAS,Communauté Emmaüs d'Arras,structure,77567227200017,2\n"), "\(csv.stdout)")
        let kept = try runMaillage(["centrality", folder.path, "--measure", "degree", "--format", "csv", "--keep-capitals"])
        #expect(kept.stdout.contains("COMMUNAUTE EMMAUS D ARRAS,COMMUNAUTE EMMAUS D ARRAS,structure,77567227200017,2\n"), "\(kept.stdout)")
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

    /// An observatory's list with SIRENE's headcount bands: the total in `summary`, the
    /// band in the results, and a map sized by the headcount.
    @Test func headcountsAreTotalledWrittenAndSizeTheMap() throws {
        let folder = try SpreadsheetCommandTests.scratch("effectif")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            SIRET;Raison sociale;Tranche d'effectif salarié;Année effectif;Commune
            77567227200017;COMMUNAUTE EMMAUS D ARRAS;11;2022;Arras
            42345678900019;RESSOURCERIE DU TERNOIS;03;2022;Arras
            51234567900017;SCOP ATELIER BOIS;;;Lens

            """.utf8).write(to: folder.appendingPathComponent("Structures.csv"))
        try Data("SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n51234567900017;CRESS\n".utf8)
            .write(to: folder.appendingPathComponent("Adhésions.csv"))
        let summary = try runMaillage(["summary", folder.path, "--lang", "fr"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("acteurs à effectif connu"), "\(summary.stdout)")
        #expect(summary.stdout.range(of: #"salariés, au moins\s+16\n"#, options: .regularExpression) != nil, "\(summary.stdout)")
        #expect(summary.stdout.range(of: #"salariés, au plus\s+28\n"#, options: .regularExpression) != nil, "\(summary.stdout)")
        let json = try runMaillage(["summary", folder.path, "--format", "json"])
        #expect(json.stdout.contains("\"employees\": {"), "\(json.stdout)")
        let csv = try runMaillage(["centrality", folder.path, "--measure", "degree", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,name,kind,siret,employees,degree\n"), "\(csv.stdout)")
        #expect(csv.stdout.contains("COMMUNAUTE EMMAUS D ARRAS,Communauté Emmaüs d'Arras,unknown,77567227200017,10-19,2\n"), "\(csv.stdout)")
        #expect(csv.stdout.contains("SCOP ATELIER BOIS,SCOP Atelier Bois,unknown,51234567900017,,2\n"), "\(csv.stdout)")
        let map = folder.appendingPathComponent("carte.dot")
        let render = try runMaillage(["render", folder.path, "--size-by", "employees", "-o", map.path, "--lang", "fr"])
        #expect(render.status == 0, "\(render.stderr)")
        let dot = try String(contentsOf: map, encoding: .utf8)
        #expect(dot.contains("Taille : effectif salarié"), "\(dot.prefix(3000))")
        let export = try runMaillage(["export", folder.path, "--size-by", "employees", "-o", folder.appendingPathComponent("r.gexf").path])
        #expect(export.status == 0, "\(export.stderr)")
        let gexf = try String(contentsOf: folder.appendingPathComponent("r.gexf"), encoding: .utf8)
        #expect(gexf.contains("viz:size value=\"50.0\""), "the largest band the largest node")
        #expect(gexf.contains("viz:size value=\"10.0\""), "no headcount: the smallest")
        let wrong = try runMaillage(["render", folder.path, "--size-by", "salaries", "-o", map.path])
        #expect(wrong.status != 0 && wrong.stderr.contains("employees"), "\(wrong.stderr)")
        // Each cluster's employees.
        let clusters = try runMaillage(["clusters", folder.path, "--lang", "fr"])
        #expect(clusters.stdout.contains("  salariés : 16–28 (effectif connu de 2 acteurs)"), "\(clusters.stdout)")
        let clustersJSON = try runMaillage(["clusters", folder.path, "--format", "json"])
        #expect(clustersJSON.stdout.contains("\"employees\": {"), "\(clustersJSON.stdout)")
        // Each territory's employees.
        let territories = try runMaillage(["territories", folder.path, "--level", "commune", "--format", "csv"])
        #expect(territories.status == 0, "\(territories.stderr)")
        #expect(territories.stdout.hasPrefix("id,name,actors,employees_min,employees_max,internal_ties"), "\(territories.stdout)")
        #expect(territories.stdout.contains(",Arras,2,16,28,"), "\(territories.stdout)")
        #expect(territories.stdout.contains(",Lens,1,,,"), "no headcount in Lens: \(territories.stdout)")
        // The report's map likewise.
        let page = folder.appendingPathComponent("rapport.html")
        let report = try runMaillage(["report", folder.path, "--size-by", "employees", "-o", page.path, "--lang", "fr", "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Taille d'un acteur : effectif salarié"))
        #expect(html.contains("size_by"), "in the provenance")
        let byPageRank = try runMaillage(["report", folder.path, "--size-by", "pagerank", "-o", page.path, "--lang", "fr", "--quiet"])
        #expect(byPageRank.status == 0, "\(byPageRank.stderr)")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Taille d'un acteur : PageRank"))
        let refused = try runMaillage(["report", folder.path, "--size-by", "salaries", "-o", page.path])
        #expect(refused.status != 0 && refused.stderr.contains("employees"), "\(refused.stderr)")
    }

    /// Two editions of a list with headcounts: `compare` and the report's « Évolution » give
    /// the employees at each date.
    @Test func compareGivesTheEmployeesOfEachEdition() throws {
        let old = try SpreadsheetCommandTests.scratch("effectif-2023"), new = try SpreadsheetCommandTests.scratch("effectif-2024")
        defer { for f in [old, new] { try? FileManager.default.removeItem(at: f) } }
        for (folder, bands) in [(old, ["11", "03"]), (new, ["12", "03"])] {
            try Data("SIRET;Raison sociale;Tranche d'effectif salarié\n77567227200017;EMMAUS ARRAS;\(bands[0])\n42345678900019;RESSOURCERIE;\(bands[1])\n51234567900017;SCOP BOIS;\n"
                .utf8).write(to: folder.appendingPathComponent("Structures.csv"))
            try Data("SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n51234567900017;CRESS\n".utf8)
                .write(to: folder.appendingPathComponent("Adhésions.csv"))
        }
        let text = try runMaillage(["compare", old.path, new.path, "--lang", "fr"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Salariés : 16–28 → 26–58 (effectif connu de 2 → 2 acteurs)"), "\(text.stdout)")
        let json = try runMaillage(["compare", old.path, new.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let employees = try #require(object["employees"] as? [String: [String: Int]])
        #expect(employees["old"] == ["actors_with_headcount": 2, "min": 16, "max": 28])
        #expect(employees["new"] == ["actors_with_headcount": 2, "min": 26, "max": 58])
        let csv = try runMaillage(["compare", old.path, new.path, "--format", "csv"])
        #expect(csv.stdout.contains("employees,min,,,16,26,10,\n"), "\(csv.stdout)")
        let page = new.appendingPathComponent("evolution.html")
        let report = try runMaillage(["report", new.path, "--compare", old.path, "-o", page.path, "--lang", "fr", "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<li class=\"card\" data-evo=\"employees\"><span class=\"figure long\">16–28 → 26–58</span><span class=\"label\">salariés</span>"), "employees card")
        // Without headcounts on either side: no such figure.
        let plain = try runMaillage(["compare", "Datasets/classics/florentine-families", "Datasets/classics/florentine-families"], in: repositoryRoot)
        #expect(!plain.stdout.contains("Salariés") && !plain.stdout.contains("Employees"), "\(plain.stdout)")
    }

    /// A network's member list with full-time equivalents (« ETP ») beside the headcount:
    /// the total in `summary` (text and JSON), the value in the results, a map and an
    /// export sized by them.
    @Test func fullTimeEquivalentsAreTotalledWrittenAndSizeTheMap() throws {
        let folder = try SpreadsheetCommandTests.scratch("etp")
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("Adhérents.csv")
        try Data("Structure;Réseau;Effectif;ETP\nLa Fabrique;COORACE;12;9,5\nLe Relais;COORACE;10 à 19;14\nLa Cantine;COORACE;;2,75\nLe Garage;COORACE;3;\n".utf8)
            .write(to: list)
        let summary = try runMaillage(["summary", list.path, "--lang", "fr"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.range(of: #"acteurs à ETP connus\s+3\n"#, options: .regularExpression) != nil, "\(summary.stdout)")
        #expect(summary.stdout.range(of: #"équivalents temps plein \(ETP\)\s+26,25\n"#, options: .regularExpression) != nil, "\(summary.stdout)")
        let json = try runMaillage(["summary", list.path, "--format", "json"])
        #expect(json.stdout.contains("\"full_time_equivalents\": {"), "\(json.stdout)")
        #expect(json.stdout.contains("\"total\": 26.25"), "\(json.stdout)")
        let csv = try runMaillage(["centrality", list.path, "--measure", "degree", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,name,kind,employees,fte,degree\n"), "\(csv.stdout)")
        #expect(csv.stdout.contains("La Cantine,La Cantine,unknown,,2.75,3\n"), "\(csv.stdout)")
        let map = folder.appendingPathComponent("carte.dot")
        let render = try runMaillage(["render", list.path, "--size-by", "fte", "-o", map.path, "--lang", "fr"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try String(contentsOf: map, encoding: .utf8).contains("Taille : équivalents temps plein (ETP"))
        let gexf = folder.appendingPathComponent("r.gexf")
        let export = try runMaillage(["export", list.path, "--size-by", "fte", "-o", gexf.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: gexf, encoding: .utf8)
        #expect(text.contains("title=\"fte\" type=\"double\""), "\(text.prefix(3000))")
        #expect(text.contains("viz:size value=\"50.0\"") && text.contains("viz:size value=\"10.0\""), "the most FTE the largest, none the smallest")
        // Each cluster's, the report's key figure, panel and tables.
        let clusters = try runMaillage(["clusters", list.path, "--lang", "fr"])
        #expect(clusters.stdout.contains("  ETP : 26,25 (connus de 3 acteurs)"), "\(clusters.stdout)")
        let page = folder.appendingPathComponent("rapport.html")
        let report = try runMaillage(["report", list.path, "-o", page.path, "--lang", "fr", "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("connus de 3 acteurs sur 4"), "the key figure's note")
        #expect(html.contains("12 salariés · 9,5 ETP"), "the panel's text")
        #expect(html.components(separatedBy: "class=\"sort\">ETP</button>").count == 4, "a column of the kinds', clusters' and actors' tables")
        // Two editions compared: the total at each date, in text, CSV, JSON and the report's « Évolution ».
        let next = folder.appendingPathComponent("Adhérents 2025.csv")
        try Data("Structure;Réseau;ETP\nLa Fabrique;COORACE;10\nLe Relais;COORACE;15,5\nLa Cantine;COORACE;2\n".utf8).write(to: next)
        let compare = try runMaillage(["compare", list.path, next.path, "--lang", "fr"])
        #expect(compare.stdout.contains("ETP : 26,25 → 27,5 (connus de 3 → 3 acteurs)"), "\(compare.stdout)")
        let compareCSV = try runMaillage(["compare", list.path, next.path, "--format", "csv"])
        #expect(compareCSV.stdout.contains("full_time_equivalents,total,,,26.25,27.5,1.25,"), "\(compareCSV.stdout)")
        let compareJSON = try runMaillage(["compare", list.path, next.path, "--format", "json"])
        #expect(compareJSON.stdout.contains("\"full_time_equivalents\": {"), "\(compareJSON.stdout)")
        let evolution = try runMaillage(["report", next.path, "--compare", list.path, "-o", page.path, "--lang", "fr", "--quiet"])
        #expect(evolution.status == 0, "\(evolution.stderr)")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<span class=\"figure\">26,25 → 27,5</span><span class=\"label\">ETP</span>"))
        #expect(FullTimeEquivalentTotal.code(-0.5) == "-0.5" && Language.fr.number(-1.25) == "−1,25")
    }
}
