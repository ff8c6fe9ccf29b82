import Foundation
import MaillageModel
@testable import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// `maillage template`'s files (issue 15, item 6): the workbook as .xlsx and .ods and
/// the CSV files load as written, to one content, and still load once filled in.
@Suite struct TemplateTests {
    /// Writes the template's files into a scratch folder.
    static func written() throws -> ScratchFolder {
        let folder = try ScratchFolder("template")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("csv"), withIntermediateDirectories: true)
        for file in try DatasetTemplate.files() {
            try Data(file.bytes).write(to: folder.url.appendingPathComponent(file.path))
        }
        return folder
    }

    @Test func theTemplateLoadsAsWrittenInEachFormatToOneContent() throws {
        let folder = try Self.written()
        defer { folder.remove() }
        var fingerprints: Set<String> = []
        for path in ["modele-maillage.xlsx", "modele-maillage.ods", "csv"] {
            let result = DatasetLoader.load(folder: folder.url.appendingPathComponent(path))
            #expect(result.diagnostics.isEmpty, "\(path): \(result.printed)")
            let dataset = try #require(result.dataset, "\(path)")
            #expect(dataset.actors.map(\.kind) == [.structure, .collectivite], "\(path)")
            #expect(dataset.actors.first?.legalForm == "association")
            #expect(dataset.cooperations.map(\.form) == [.partenariat, .regroupement])
            #expect(dataset.cooperations.map(\.status) == [.active, .enConstruction])
            #expect(dataset.memberships.map(\.role) == [.porteur, .partenaire])
            #expect(dataset.territories.map(\.level) == [.epci, .commune])
            #expect(dataset.territories.last?.parent == "cc-diois")
            fingerprints.insert(dataset.contentFingerprint)
        }
        #expect(fingerprints.count == 1)
    }

    /// A dataset with what the blank template has no column for: dates of actors,
    /// cooperations and memberships, places, an unknown kind and form, several
    /// territories, a declared size, a status, text with quotes, `;` and a line break.
    static let dated: Dataset = {
        let territories = [
            Territory(id: "62", name: "Pas-de-Calais", level: .departement),
            Territory(id: "cc-ternois", name: "CC du Ternois", level: .epci, parent: "62"),
            Territory(id: "62767", name: "Saint-Pol-sur-Ternoise", level: .commune, parent: "cc-ternois",
                      coordinate: GeoCoordinate(latitude: 50.3812, longitude: 2.3347), insee: "62767"),
        ]
        let actors = [
            Actor(id: "ternois-solidaire", name: "Ternois \"Solidaire\"; insertion", kind: .structure, legalForm: "SCIC", sector: "réemploi",
                  territories: ["62767", "cc-ternois"], website: "https://ternois.example", founded: PartialDate("2012"),
                  coordinate: GeoCoordinate(latitude: 50.38, longitude: 2.33), insee: "62767", employees: Headcount(lower: 10, upper: 19, year: 2022)),
            Actor(id: "mairie", name: "Mairie de Saint-Pol", kind: .collectivite, territories: ["62767"], employees: Headcount(exactly: 40)),
            Actor(id: "inconnu", name: "Garage\nsolidaire", closed: PartialDate("2023-06")),
        ]
        let cooperations = [
            Cooperation(id: "recyclerie", name: "Recyclerie du Ternois", form: .mutualisation, sector: "réemploi", territories: ["cc-ternois"],
                        declaredMembers: 12, status: .enConstruction, started: PartialDate("2021-01"), summary: "Une « recyclerie » ; des ateliers",
                        source: "Entretien, 2024"),
            Cooperation(id: "garage", started: PartialDate("2019"), ended: PartialDate("2023-12-31")),
        ]
        let memberships = [
            Membership(cooperation: "recyclerie", actor: "ternois-solidaire", role: .porteur, since: PartialDate("2021")),
            Membership(cooperation: "recyclerie", actor: "mairie", role: .financeur),
            Membership(cooperation: "garage", actor: "inconnu", role: .animateur, until: PartialDate("2023")),
            Membership(cooperation: "garage", actor: "mairie", role: .partenaire),
        ]
        return Dataset(name: "suivi", actors: actors, cooperations: cooperations, memberships: memberships, territories: territories)
    }()

    /// `maillage template --from`: the template filled with a dataset loads back, from the
    /// workbook, its `.ods` and its CSV files, to the same content, with no message; the
    /// columns the blank template lacks are there only when needed.
    @Test func theTemplateFilledWithADatasetGivesItBack() throws {
        let bundled = try #require(DatasetLoader.load(folder: Repository.bundledDataset).dataset)
        for dataset in [Self.dated, bundled] {
            let folder = try ScratchFolder("filled-template")
            defer { folder.remove() }
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("csv"), withIntermediateDirectories: true)
            for file in try DatasetTemplate.files(filledWith: dataset, name: "jeu") {
                try Data(file.bytes).write(to: folder.url.appendingPathComponent(file.path))
            }
            for path in ["jeu.xlsx", "jeu.ods", "csv"] {
                let result = DatasetLoader.load(folder: folder.url.appendingPathComponent(path))
                #expect(result.diagnostics.isEmpty, "\(dataset.name) \(path): \(result.printed)")
                let back = try #require(result.dataset, "\(path)")
                #expect(back.contentFingerprint == dataset.contentFingerprint, "\(dataset.name) \(path)")
                #expect(back.actors == dataset.actors, "\(dataset.name) \(path)")
                #expect(back.cooperations == dataset.cooperations && back.memberships == dataset.memberships && back.territories == dataset.territories,
                        "\(dataset.name) \(path)")
            }
        }
        let sheets = DatasetTemplate.filledSheets(Self.dated)
        #expect(sheets.map(\.name) == ["acteurs", "coopérations", "participations", "territoires"])
        #expect(sheets[0].columns.suffix(6).map(\.header) == ["Création", "Fermeture", "Latitude", "Longitude", "Code INSEE", "Année de l'effectif"])
        #expect(sheets[1].columns.map(\.header).contains("Fin") && sheets[2].columns.suffix(2).map(\.header) == ["Depuis", "Jusqu'à"])
        #expect(sheets[0].examples[2][2] == "", "an unknown kind is left empty, to fill")
        // Undated and unplaced: the blank template's columns, and no territories sheet when there is none.
        let plain = DatasetTemplate.filledSheets(Dataset(name: "x", actors: [Actor(id: "a"), Actor(id: "b")], cooperations: [Cooperation(id: "c")],
                                                          memberships: [Membership(cooperation: "c", actor: "a"), Membership(cooperation: "c", actor: "b")],
                                                          territories: []))
        #expect(plain.map(\.name) == ["acteurs", "coopérations", "participations"])
        #expect(plain.map(\.columns.count) == DatasetTemplate.sheets.prefix(3).map(\.columns.count))
        let readMe = DatasetTemplate.filled(with: Self.dated).workbook.sheets[0].rows.map { $0[0] }
        #expect(readMe.contains { $0.contains("1 acteur sans type") && $0.contains("1 coopération sans forme") }, "\(readMe)")
    }

    @Test func theWorkbookExplainsEveryColumnAndOffersTheLists() throws {
        let bytes = try DatasetTemplate.workbook.bytes(.xlsx)
        let workbook = try Workbook.read(bytes, format: .xlsx)
        #expect(workbook.sheets.map(\.name) == ["Lisez-moi", "acteurs", "coopérations", "participations", "territoires", "Listes"])
        let readMe = try #require(workbook.sheets.first)
        for sheet in DatasetTemplate.sheets {
            for column in sheet.columns {
                #expect(readMe.cells.contains { $0.text == column.header }, "\(sheet.name).\(column.header) not explained")
            }
        }
        // The drop-down lists point to the values of « Listes », which the loader reads.
        let parts = try WorkbookFuzzTests.unzip(bytes)
        let acteurs = try #require(parts.first { $0.0 == "xl/worksheets/sheet2.xml" })
        #expect(String(decoding: acteurs.1, as: UTF8.self).contains("<dataValidation type=\"list\" errorStyle=\"warning\""))
        #expect(String(decoding: acteurs.1, as: UTF8.self).contains("&apos;Listes&apos;!$A$2:$A$8"))
        let ods = try WorkbookFuzzTests.unzip(try DatasetTemplate.workbook.bytes(.ods))
        #expect(ods.first?.0 == "mimetype")
        let content = String(decoding: try #require(ods.first { $0.0 == "content.xml" }).1, as: UTF8.self)
        #expect(content.contains("of:cell-content-is-in-list([$&apos;Listes&apos;.$A$2:.$A$8])"))
        #expect(content.contains("table:content-validation-name=\"list2_3\""))
        let listes = try #require(workbook.sheets.last)
        for cell in listes.cells where cell.row > 1 {
            switch cell.column {
            case 1: #expect(ValueSynonyms.actorKinds.match(cell.text) != nil, "\(cell.text)")
            case 2: #expect(ValueSynonyms.cooperationForms.match(cell.text) != nil, "\(cell.text)")
            case 3: #expect(ValueSynonyms.roles.match(cell.text) != nil, "\(cell.text)")
            case 4: #expect(ValueSynonyms.territoryLevels.match(cell.text) != nil, "\(cell.text)")
            default: #expect(ValueSynonyms.statuses.match(cell.text) != nil, "\(cell.text)")
            }
        }
    }

    /// Filled in as a user would: rows added to every sheet (French labels, a legal form
    /// as kind, an empty role), in the workbook and in the CSV files.
    @Test(arguments: ["xlsx", "ods", "csv"])
    func theTemplateStillLoadsOnceFilledIn(format: String) throws {
        let folder = try Self.written()
        defer { folder.remove() }
        let added: [String: [[String]]] = [
            "acteurs": [["ressourcerie", "Ressourcerie du Diois", "SCIC", "", "Réemploi", "die", "", "10 à 19", "12,5"],
                        ["cress", "CRESS", "tête de réseau", "", "", "", "", "3", ""]],
            "coopérations": [["pole-reemploi", "Pôle réemploi", "mutualisation", "", "cc-diois", "12", "", "2021", "", ""]],
            "participations": [["pole-reemploi", "ressourcerie", "porteur"], ["pole-reemploi", "jardins-du-val", ""],
                               ["pole-reemploi", "cress", "accompagnateur"], ["cantine-locale", "jardins-du-val", "membre"]],
            "territoires": [["drome", "Drôme", "département", ""]],
        ]
        let target: URL
        if format == "csv" {
            for sheet in DatasetTemplate.sheets {
                let url = folder.url.appendingPathComponent("csv/\(sheet.csv)")
                var text = try String(contentsOf: url, encoding: .utf8)
                for row in added[sheet.name] ?? [] { text += row.joined(separator: ";") + "\r\n" }
                try text.write(to: url, atomically: false, encoding: .utf8)
            }
            target = folder.url.appendingPathComponent("csv")
        } else {
            var draft = DatasetTemplate.workbook
            for s in draft.sheets.indices { draft.sheets[s].rows += added[draft.sheets[s].name] ?? [] }
            target = folder.url.appendingPathComponent("rempli.\(format)")
            try Data(try draft.bytes(format == "xlsx" ? .xlsx : .ods)).write(to: target)
        }
        let result = DatasetLoader.load(folder: target)
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.count == 4 && dataset.cooperations.count == 3 && dataset.memberships.count == 6 && dataset.territories.count == 3)
        let ressourcerie = try #require(dataset.actors.first { $0.id == "ressourcerie" })
        #expect(ressourcerie.kind == .structure && ressourcerie.legalForm == "SCIC")
        #expect(ressourcerie.fullTimeEquivalents == 12.5, "the « ETP » column")
        #expect(ressourcerie.employees == Headcount(lower: 10, upper: 19))
        #expect(dataset.actors.first { $0.id == "jardins-du-val" }?.employees == Headcount(exactly: 14), "the example's")
        #expect(dataset.memberships.first { $0.actor == "jardins-du-val" && $0.cooperation == "pole-reemploi" }?.role == .membre)
        #expect(dataset.cooperations.last?.declaredMembers == 12)
    }

    /// Columns of numbers are written as numeric cells (`<v>`) and read back as the same
    /// text; a cell of such a column that is no plain number, and every other column,
    /// stay text.
    @Test func numberColumnsAreWrittenAsNumbers() throws {
        let rows = [["id", "score", "cp"], ["01500", "0.018925245487927775", "01500"], ["62", "-3", "62000"], ["x", "1e-05", "=1+1"], ["y", "0x1p3", ""]]
        let draft = WorkbookDraft(sheets: [DraftSheet(name: "T", rows: rows, numberColumns: [1, 2])])
        let bytes = try draft.bytes(.xlsx)
        let workbook = try Workbook.read(bytes, format: .xlsx)
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.cells.map(\.text) == rows.flatMap { $0 }.filter { !$0.isEmpty })
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("xl/worksheets/sheet1.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(xml.contains("<c r=\"B2\"><v>0.018925245487927775</v></c>") && xml.contains("<c r=\"B4\"><v>1e-05</v></c>"))
        #expect(xml.contains("<c r=\"C3\"><v>62000</v></c>"))
        #expect(!xml.contains("<v>01500</v>") && !xml.contains("<v>0x1p3</v>") && !xml.contains("<v>=1+1</v>"))
        #expect(xml.contains("<c r=\"A3\" t=\"inlineStr\"><is><t>62</t></is></c>"), "a column not marked stays text")
    }

    @Test func numberColumnsAreFloatCellsInODS() throws {
        let rows = [["id", "score"], ["01500", "0.018925245487927775"], ["62", "1e-05"], ["x", "=1+1"]]
        let bytes = try WorkbookDraft(sheets: [DraftSheet(name: "T", rows: rows, numberColumns: [1])]).bytes(.ods)
        let sheet = try #require(try Workbook.read(bytes, format: .ods).sheets.first)
        #expect(sheet.cells.map(\.text) == rows.flatMap { $0 })
        let xml = try #require(try ZipArchive(bytes, limits: WorkbookLimits()).read("content.xml").flatMap { String(bytes: $0, encoding: .utf8) })
        #expect(xml.contains("<table:table-cell office:value-type=\"float\" office:value=\"1e-05\"><text:p>1e-05</text:p></table:table-cell>"))
        #expect(!xml.contains("office:value=\"01500\"") && !xml.contains("office:value=\"=1+1\""))
    }

    @Test func plainNumbersAreTheCFormatOnes() {
        for yes in ["0", "-3", "12", "0.5", "0.018925245487927775", "1e-05", "2.5E+10", "62000", "12345678901234567"] {
            #expect(DraftSheet.isPlainNumber(yes), "\(yes)")
        }
        for no in ["", "-", "01500", "00", ".5", "5.", "1e", "0x1p3", "nan", "inf", "1 000", "1,5", "+3", "123456789012345678", "62000 Arras"] {
            #expect(!DraftSheet.isPlainNumber(no), "\(no)")
        }
    }

    /// Text that looks like a formula, markup or spaces is written as text and reads back as itself.
    @Test(arguments: [WorkbookFormat.xlsx, .ods])
    func cellsAreWrittenAsInertText(format: WorkbookFormat) throws {
        let texts = ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "<b>&amp;</b>", "  deux espaces  devant", "ligne 1\nligne 2", "a\tb", "é’ – 😀"]
        let draft = WorkbookDraft(sheets: [DraftSheet(name: "Feuille 'à' [1]", rows: [["texte"]] + texts.map { [$0] })])
        let workbook = try Workbook.read(try draft.bytes(format), format: format)
        #expect(workbook.sheets.first?.cells.dropFirst().map(\.text) == texts)
    }
}
