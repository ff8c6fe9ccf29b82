import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Kumu interop (issue 15, item 7): a dataset written as Kumu's spreadsheet reads back
/// to the same dataset; spreadsheets made in Kumu's own way (labels for ids, free
/// types, ties between people, several To) are mapped as documented in ``KumuTables``,
/// with every message at its Kumu cell.
@Suite struct KumuTests {
    static let booklet = WorkbookLoadingTests.booklet

    @Test(arguments: [WorkbookFormat.xlsx, .ods])
    func theBookletGoesToKumuAndBackUnchanged(format: WorkbookFormat) throws {
        let original = try #require(DatasetLoader.load(folder: Self.booklet).dataset)
        #expect(KumuSpreadsheet.problem(original) == nil)
        let folder = try ScratchFolder("kumu-round-trip")
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("kumu.\(format.rawValue)")
        try Data(try KumuSpreadsheet.workbook(original).bytes(format)).write(to: file)
        let result = DatasetLoader.load(folder: file)
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let back = try #require(result.dataset)
        #expect(back.actors == original.actors)
        #expect(back.cooperations == original.cooperations)
        #expect(back.memberships == original.memberships)
        #expect(back.territories == original.territories)
        #expect(back.contentFingerprint == original.contentFingerprint)
    }

    @Test func aDatedDatasetKeepsItsDatesThroughKumu() throws {
        let folder = try ScratchFolder("kumu-dated")
        defer { folder.remove() }
        try folder.write([
            "memberships.csv": Array("cooperation,actor,role,since,until\nc1,a1,porteur,2019,2023-06\nc1,a2,,,\n".utf8),
            "actors.csv": Array("id,name,kind,founded,closed\na1,A un,SCIC,2001,\na2,A deux,,,2024\n".utf8),
            "cooperations.csv": Array("id,name,form,started,ended\nc1,C un,collectif,2018,\n".utf8),
        ])
        let original = try #require(DatasetLoader.load(folder: folder.url).dataset)
        let file = folder.url.appendingPathComponent("export-kumu.xlsx")
        try Data(try KumuSpreadsheet.workbook(original).bytes(.xlsx)).write(to: file)
        let back = try #require(DatasetLoader.load(folder: file).dataset)
        #expect(back.contentFingerprint == original.contentFingerprint)
        #expect(back.memberships.first?.since == PartialDate("2019"))
    }

    @Test func sharedIdsCannotGoToKumu() throws {
        let dataset = Dataset(name: "x", actors: [Actor(id: "die")], cooperations: [Cooperation(id: "c")],
                              memberships: [Membership(cooperation: "c", actor: "die")], territories: [Territory(id: "die")])
        #expect(KumuSpreadsheet.problem(dataset)?.contains("\"die\" (actor and territory)") == true)
    }

    /// A spreadsheet as people make it in Kumu: Label first, free types, connections by
    /// label, several elements in To, a tie between two organisations, Direction.
    static let kumuMade: [(name: String, rows: [[String]])] = [
        ("Elements", [
            ["Label", "Type", "Description", "Tags", "Secteur"],
            ["Mairie de Die", "Mairie", "", "public", ""],
            ["Ressourcerie", "Association", "Réemploi", "", "Déchets"],
            ["Marie Martin", "Person", "", "", ""],
            ["Pôle réemploi", "Projet", "Un pôle de réemploi", "", "Déchets"],
            ["Die", "Territoire", "", "", ""],
        ]),
        ("Connections", [
            ["From", "To", "Type", "Direction"],
            ["Ressourcerie", "Pôle réemploi", "porteuse", "directed"],
            ["Mairie de Die", "Pôle réemploi|Die", "finance", "directed"],
            ["Ressourcerie", "Mairie de Die", "partenariat", "undirected"],
            ["Ressourcerie", "Die", "", ""],
            ["Marie Martin", "Inconnue", "", ""],
        ]),
    ]

    @Test func aKumuMadeWorkbookIsMappedAndItsProblemsLocated() throws {
        let folder = try ScratchFolder("kumu-made")
        defer { folder.remove() }
        let draft = WorkbookDraft(sheets: Self.kumuMade.map { DraftSheet(name: $0.name, rows: $0.rows) }
                                  + [DraftSheet(name: "Brouillon (ignore)", rows: [["x"]]), DraftSheet(name: "Graphique", rows: [["x"]])])
        let file = folder.url.appendingPathComponent("reseau.xlsx")
        try Data(try draft.bytes(.xlsx)).write(to: file)
        let result = DatasetLoader.load(folder: file)
        #expect(result.printed.sorted() == [
            "reseau.xlsx[Connections]!B6: error: the connection names \"Inconnue\", which no Kumu element has as ID or Label",
            "reseau.xlsx[Connections]!C3: warning: Kumu connection type \"finance\" is not a role: read as « membre »",
            "reseau.xlsx[Elements]!B4: warning: Kumu type \"Person\" is not a kind of actor: read as an actor of kind unknown (a Type « Coopération » makes a cooperation, « Territoire » a territory)",
            "reseau.xlsx[Graphique]: warning: sheet not read: a Kumu workbook is read from its Elements and Connections sheets",
        ], "\(result.printed)")
        #expect(result.dataset == nil)
        // Without the faulty connection, the network as documented.
        var fixed = Self.kumuMade
        fixed[1].rows.removeLast()
        try Data(try WorkbookDraft(sheets: fixed.map { DraftSheet(name: $0.name, rows: $0.rows) }).bytes(.ods))
            .write(to: folder.url.appendingPathComponent("reseau.ods"))
        let loaded = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.ods"))
        let dataset = try #require(loaded.dataset, "\(loaded.printed)")
        #expect(dataset.actors.map(\.id) == ["Mairie de Die", "Ressourcerie", "Marie Martin"])
        #expect(dataset.actors.map(\.kind) == [.collectivite, .structure, .unknown])
        #expect(dataset.actors[1].legalForm == "Association" && dataset.actors[1].sector == "Déchets")
        #expect(dataset.actors.map(\.territories) == [["Die"], ["Die"], []])
        #expect(dataset.cooperations.map(\.id) == ["Pôle réemploi", "Ressourcerie+Mairie de Die"])
        #expect(dataset.cooperations.first?.summary == "Un pôle de réemploi")
        #expect(dataset.cooperations.last?.name == "Ressourcerie – Mairie de Die")
        #expect(dataset.cooperations.last?.form == .partenariat)
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role.rawValue)" } == [
            "Pôle réemploi/Ressourcerie/porteur", "Pôle réemploi/Mairie de Die/membre",
            "Ressourcerie+Mairie de Die/Ressourcerie/membre", "Ressourcerie+Mairie de Die/Mairie de Die/membre",
        ])
        #expect(dataset.territories.map(\.id) == ["Die"])
    }

    @Test func aKumuPairOfCSVFilesIsRead() throws {
        let folder = try ScratchFolder("kumu-csv")
        defer { folder.remove() }
        try folder.write([
            "Elements.csv": Array("Label,Type\nA,Association\nB,Mairie\nProjet X,Coopération\n".utf8),
            "Connections.csv": Array("From;To;Type\nA;Projet X;porteur\nB;Projet X;spectatrice\nB;Projet Y;\nA;B\n".utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.printed.count == 3 && result.printed.contains { $0.hasPrefix("Connections.csv:5:") && $0.contains("error") }, "\(result.printed)")
        #expect(result.printed.prefix(2) == [
            "Connections.csv:3:12: warning: Kumu connection type \"spectatrice\" is not a role: read as « membre »",
            "Connections.csv:4:3: error: the connection names \"Projet Y\", which no Kumu element has as ID or Label",
        ], "\(result.printed)")
    }

    @Test func aKumuWorkbookWithoutElementsLabelIsRefusedAtItsHeader() throws {
        let draft = WorkbookDraft(sheets: [DraftSheet(name: "Elements", rows: [["Nom", "Type"], ["A", "Association"]]),
                                           DraftSheet(name: "Connections", rows: [["From", "To"]])])
        let folder = try ScratchFolder("kumu-header")
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("k.xlsx")
        try Data(try draft.bytes(.xlsx)).write(to: file)
        let result = DatasetLoader.load(folder: file)
        #expect(result.errors.map(\.description) == ["k.xlsx[Elements]!A1: error: missing required column \"Label\" in the Kumu Elements table"])
    }

    /// Kumu workbooks are fuzzed like the others (``WorkbookFuzzTests``): the booklet's
    /// Kumu export (.xlsx, .ods) and a Kumu-made workbook, their XML mutated; nothing
    /// traps, every message names the workbook and a cell of one of its sheets, a dataset
    /// comes exactly when there is no error.
    @Test func kumuWorkbooksAreFuzzed() throws {
        let iterations = FuzzSettings.iterations(default: 60)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x4B55_4D55))
        let folder = try ScratchFolder("kumu-fuzz")
        defer { folder.remove() }
        let booklet = try #require(DatasetLoader.load(folder: Self.booklet).dataset)
        let made = WorkbookDraft(sheets: Self.kumuMade.map { DraftSheet(name: $0.name, rows: $0.rows) })
        let seeds: [(String, [(String, [UInt8])])] = [
            ("kumu.xlsx", try WorkbookFuzzTests.unzip(try KumuSpreadsheet.workbook(booklet).bytes(.xlsx))),
            ("kumu.ods", try WorkbookFuzzTests.unzip(try KumuSpreadsheet.workbook(booklet).bytes(.ods))),
            ("made.xlsx", try WorkbookFuzzTests.unzip(try made.bytes(.xlsx))),
        ]
        var refused = 0, usable = 0, failures = 0
        for iteration in 0..<iterations where failures < 5 {
            let (name, entries) = random.pick(seeds)
            var mutated = entries
            let xml = mutated.indices.filter { mutated[$0].0.hasSuffix(".xml") }
            for _ in 0..<(1 + random.below(3)) {
                let i = random.pick(xml)
                if random.below(2) == 0 {
                    WorkbookFuzzTests.mutateText(&mutated[i].1, using: &random)
                } else {
                    WorkbookFuzzTests.mutateXML(&mutated[i].1, using: &random)
                }
            }
            let bytes = try TestWorkbook.zip(mutated)
            try folder.write([name: bytes])
            let result = DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
            var violations = LoadInvariants.dataset(result)
            for d in result.diagnostics {
                if d.file != name { violations.append("names another file: \(d)") }
                if d.sheet == nil && (d.line != 0 || d.column != 0) { violations.append("a line in a workbook: \(d)") }
                if let sheet = d.sheet, sheet.isEmpty || d.line < 0 || d.column < 0 { violations.append("bad cell: \(d)") }
            }
            if result.dataset == nil { refused += 1 } else { usable += 1 }
            if !violations.isEmpty {
                failures += 1
                let path = LoaderFuzzTests.save([name: bytes], label: "kumu-\(iteration)")
                Issue.record("iteration \(iteration): \(violations.prefix(3)) — saved in \(path)")
            }
        }
        #expect(refused > iterations / 10 && usable > iterations / 20, "refused \(refused), usable \(usable)")
    }
}
