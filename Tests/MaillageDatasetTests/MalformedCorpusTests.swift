import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// One folder of the malformed corpus (`Tests/Fixtures/malformed-corpus/<class>`), read
/// with one encoding: the exact diagnostics it must get, and whether the dataset
/// stays usable (warnings only) or is refused (any error).
struct CorpusCase: Sendable, CustomTestStringConvertible {
    var folder: String
    var encoding: TextEncoding
    var usable: Bool
    var expected: [String]

    init(_ folder: String, encoding: TextEncoding = .utf8, usable: Bool, _ expected: [String]) {
        self.folder = folder
        self.encoding = encoding
        self.usable = usable
        self.expected = expected
    }

    var testDescription: String { encoding == .utf8 ? folder : "\(folder) (\(encoding.rawValue))" }
}

/// The malformed corpus: every class of broken or hostile dataset named in issue 9,
/// each in its own folder with a README saying what it holds, each with the exact
/// messages it gets (`file:line:column: severity: message`).
///
/// What is an error and what is a warning is documented on ``DatasetLoader``: a
/// warning when the data can still be used safely as read (duplicate memberships,
/// header-only files, very long names, personal data, bidi controls, ids only named
/// in memberships), an error otherwise.
@Suite struct MalformedCorpusTests {
    static let corpus = fixture("malformed-corpus")

    /// The classes of issue 9 and the folders that cover them.
    static let issueClasses: [String: [String]] = [
        "unclosed quotes": ["unclosed-quote", "stray-quote"],
        "ragged rows": ["ragged-rows"],
        "missing required columns": ["missing-required-column", "missing-memberships"],
        "duplicate columns": ["duplicate-column"],
        "empty files": ["empty-file", "empty-ids"],
        "header-only files": ["header-only"],
        "NUL and binary bytes": ["nul-byte", "binary-file", "utf-16", "control-characters", "memberships-is-a-folder"],
        "Windows-1252/Latin-1 files": ["windows-1252", "latin-1", "mixed-encodings"],
        "mixed delimiters": ["mixed-delimiters"],
        "a 1 MB field": ["huge-field"],
        "duplicate ids": ["duplicate-ids"],
        "duplicate memberships": ["duplicate-memberships"],
        "references to unknown ids": ["unknown-references"],
        "unknown enum values": ["unknown-enum-values"],
        "territory parent cycles": ["territory-parent-cycle"],
        "non-numeric numbers": ["non-numeric-numbers"],
        "very long names": ["very-long-names"],
        "DOT/HTML/CSV metacharacters, emoji, right-to-left text": ["metacharacters", "bidi-controls"],
        "personal data": ["personal-data"],
    ]

    static let cases: [CorpusCase] = [
        CorpusCase("bidi-controls", usable: true, [
            "actors.csv:2:10: warning: invisible bidirectional control character U+202E (and 3 more in this file): it can make a name display in another order than it is written; right-to-left text needs none",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
        ]),
        CorpusCase("binary-file", usable: false, [
            "memberships.csv:1:6: error: binary content: a NUL byte, not text (is it a spreadsheet file renamed .csv? export it as CSV UTF-8)",
        ]),
        CorpusCase("control-characters", usable: false, [
            "actors.csv:2:9: error: control character U+0007 in the text (and 3 more in this file): it is not printable and not allowed in SVG or HTML; remove it",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
        ]),
        CorpusCase("duplicate-column", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 1 actor is known only by its id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:1:24: error: duplicate column \"actor\" (already column 2 of the header)",
        ]),
        CorpusCase("duplicate-ids", usable: false, [
            "actors.csv:4:1: error: duplicate actor id \"a1\" (first defined on line 2)",
            "cooperations.csv:3:1: error: duplicate cooperation id \"c1\" (first defined on line 2)",
            "territories.csv:3:1: error: duplicate territory id \"t62\" (first defined on line 2)",
        ]),
        CorpusCase("duplicate-memberships", usable: true, [
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:4:1: warning: duplicate membership of \"a1\" in \"c1\" (first on line 2); this row is ignored",
            "memberships.csv:5:1: warning: duplicate membership of \"a2\" in \"c1\" with another role: \"financeur\" here, \"membre\" on line 3, which is kept; this row is ignored (an actor has one role per cooperation)",
        ]),
        CorpusCase("empty-file", usable: false, [
            "actors.csv:1:1: error: empty file: a header row is expected (id, name, kind, legal_form, sector, territories, website, founded, closed, lat, lon, insee, postcode, address, siret, siren, rna, acronym, legal_category, activity, employees, employees_band, employees_year, legal_unit_employees, legal_unit_employees_year, fte, ess)",
            "memberships.csv:1:1: error: empty file: a header row is expected (cooperation, actor, role, since, until, standing, siret, siren, rna)",
        ]),
        CorpusCase("empty-ids", usable: false, [
            "actors.csv:2:1: error: empty id: every actor needs an id",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:3:4: error: empty actor: every membership needs an id",
            "memberships.csv:4:1: error: empty cooperation: every membership needs an id",
        ]),
        CorpusCase("header-only", usable: true, [
            "actors.csv:1:13: warning: no rows: the file holds a header only",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:2:4: warning: actor \"a1\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
            "memberships.csv:3:4: warning: actor \"a2\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
        ]),
        CorpusCase("huge-field", usable: false, [
            "cooperations.csv:2:9: error: cell of 1048576 bytes in column \"summary\": cells are limited to 65536 bytes (64 KiB); was a whole text pasted into one cell?",
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
        ]),
        CorpusCase("latin-1", usable: false, [
            "memberships.csv:2:4: error: not valid UTF-8 (byte 0xE9); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252",
        ]),
        CorpusCase("memberships-is-a-folder", usable: false, [
            "memberships.csv: error: is a folder, not a CSV file",
        ]),
        CorpusCase("metacharacters", usable: true, [
        ]),
        CorpusCase("missing-memberships", usable: false, [
            "memberships.csv: error: missing: every dataset needs memberships.csv (columns cooperation, actor, role) — who takes part in what",
        ]),
        CorpusCase("missing-required-column", usable: false, [
            "actors.csv:1:1: error: missing required column \"id\" in the header (found: numero, sector)",
            "actors.csv:1:1: warning: unknown column \"numero\" is ignored; known columns: id, name, kind, legal_form, sector, territories, website, founded, closed, lat, lon, insee, postcode, address, siret, siren, rna, acronym, legal_category, activity, employees, employees_band, employees_year, legal_unit_employees, legal_unit_employees_year, fte, ess",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:2:4: warning: actor \"a1\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
            "memberships.csv:3:4: warning: actor \"a2\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
        ]),
        CorpusCase("mixed-delimiters", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 2 cooperations are known only by their id (form \"unknown\")",
            "memberships.csv:3:13: error: 1 cells where the header has 3 (missing from column \"actor\" on); this row seems to use \",\" as its delimiter while the header uses \";\": use one delimiter throughout the file",
            "memberships.csv:3:13: error: empty actor: every membership needs an id",
        ]),
        CorpusCase("mixed-encodings", usable: false, [
            "memberships.csv:3:1: error: not valid UTF-8 (byte 0xE9); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252",
        ]),
        CorpusCase("non-numeric-numbers", usable: false, [
            "cooperations.csv:2:7: error: declared_members must be a whole number of members (e.g. 20), not \"vingt\"",
            "cooperations.csv:3:9: error: declared_members must be a whole number of members (e.g. 20), not \"12.5\"",
            "cooperations.csv:4:10: error: declared_members must be a whole number of members (e.g. 20), not \"-3\"",
            "cooperations.csv:5:11: error: declared_members must be a whole number of members (e.g. 20), not \"1 20 00\"",
            "cooperations.csv:6:9: error: declared_members must be a whole number of members (e.g. 20), not \"99999999999999999999999\"",
            "memberships.csv: warning: actors.csv is absent: 1 actor is known only by its id (kind \"unknown\")",
        ]),
        CorpusCase("nul-byte", usable: false, [
            "memberships.csv:2:5: error: binary content: a NUL byte, not text (is it a spreadsheet file renamed .csv? export it as CSV UTF-8)",
        ]),
        CorpusCase("personal-data", usable: true, [
            "actors.csv:1:17: warning: column \"email\" looks like personal data (e-mail, phone or contact); datasets leave it out: remove the column (Maillage ignores it), or publish with --redact",
            "actors.csv:1:23: warning: column \"téléphone\" looks like personal data (e-mail, phone or contact); datasets leave it out: remove the column (Maillage ignores it), or publish with --redact",
            "actors.csv:4:1: warning: looks like personal data: an e-mail address in column \"id\"; datasets leave e-mails and phone numbers out: remove them, or publish with --redact",
            "actors.csv:4:27: warning: looks like personal data: a phone number in column \"name\"; datasets leave e-mails and phone numbers out: remove them, or publish with --redact",
            "cooperations.csv:2:9: warning: looks like personal data: a phone number in column \"summary\" (and 1 more cells of this column); datasets leave e-mails and phone numbers out: remove them, or publish with --redact",
            "cooperations.csv:2:9: warning: looks like personal data: an e-mail address in column \"summary\"; datasets leave e-mails and phone numbers out: remove them, or publish with --redact",
            "memberships.csv:5:4: warning: looks like personal data: an e-mail address in column \"actor\"; datasets leave e-mails and phone numbers out: remove them, or publish with --redact",
        ]),
        CorpusCase("ragged-rows", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 2 cooperations are known only by their id (form \"unknown\")",
            "memberships.csv:2:15: error: 4 cells where the header has 3: extra cell \"extra\" (a delimiter inside a cell must be quoted)",
            "memberships.csv:3:3: error: 1 cells where the header has 3 (missing from column \"actor\" on)",
            "memberships.csv:3:3: error: empty actor: every membership needs an id",
        ]),
        CorpusCase("stray-quote", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 1 actor is known only by its id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:2:9: error: unexpected text after the closing quote of a cell (a quote inside a quoted cell must be doubled: \"\")",
        ]),
        CorpusCase("territory-parent-cycle", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "territories.csv:2:12: error: territory parents form a cycle: a → c → b → a",
            "territories.csv:5:13: error: territory \"d\" is its own parent",
        ]),
        CorpusCase("unclosed-quote", usable: false, [
            "memberships.csv: warning: actors.csv is absent: 1 actor is known only by its id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:3:4: error: unterminated quoted cell: the quote opened here is never closed (everything after it would be swallowed)",
        ]),
        CorpusCase("unknown-enum-values", usable: false, [
            "actors.csv:2:10: error: unknown actor kind \"club\"; allowed: structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution.",
            "cooperations.csv:2:9: error: unknown cooperation form \"partenaria\"; allowed: mutualisation, partenariat, collectif, regroupement, appui. Did you mean \"partenariat\"?",
            "cooperations.csv:2:20: error: unknown status \"en veille\"; allowed: active, en_construction.",
            "memberships.csv:2:7: error: unknown role \"spectatrice\"; allowed: porteur, animateur, membre, partenaire, financeur, accompagnateur.",
            "territories.csv:2:9: error: unknown territory level \"quartier\"; allowed: region, departement, pays, epci, commune, autre.",
        ]),
        CorpusCase("unknown-references", usable: false, [
            "actors.csv:2:10: error: unknown territory \"nowhere\" (not in territories.csv).",
            "memberships.csv:3:4: warning: actor \"ghost\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
            "memberships.csv:4:1: warning: cooperation \"phantom\" is not in cooperations.csv: its id is used as its name, form \"unknown\"",
            "territories.csv:2:31: error: unknown parent territory \"hauts-de-france\".",
        ]),
        CorpusCase("utf-16", usable: false, [
            "memberships.csv:1:4: error: binary content: a NUL byte, not text (it looks like UTF-16: re-save the file as CSV UTF-8)",
        ]),
        CorpusCase("very-long-names", usable: true, [
            "actors.csv:2:4: warning: very long actor name (339 characters): labels on maps and in reports will be hard to read; keep it under 200 characters",
            "cooperations.csv:2:1: warning: very long cooperation id (250 characters): labels on maps and in reports will be hard to read; keep it under 200 characters",
        ]),
        CorpusCase("windows-1252", usable: false, [
            "actors.csv:2:5: error: not valid UTF-8 (byte 0xE9); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252",
            "memberships.csv:2:6: error: not valid UTF-8 (byte 0xE9); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252",
        ]),
        // Windows-1252 on request: converted, not garbled.
        CorpusCase("windows-1252", encoding: .windows1252, usable: true, [
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
        ]),
        CorpusCase("latin-1", encoding: .windows1252, usable: true, [
            "memberships.csv: warning: actors.csv is absent: 2 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
        ]),
        CorpusCase("mixed-encodings", encoding: .windows1252, usable: false, [
            "memberships.csv:3:1: error: mixed encodings: byte 0xE9 here is Windows-1252, but line 2, column 1 is UTF-8; either reading would garble part of the file: re-save it as \"CSV UTF-8\"",
        ]),
        // UTF-8 files read with --encoding cp1252 stay UTF-8, with a warning.
        CorpusCase("metacharacters", encoding: .windows1252, usable: true, [
            "actors.csv:4:1: warning: read as UTF-8 despite --encoding cp1252: the file is valid UTF-8 and holds non-ASCII characters, which reading it as cp1252 would garble (é would become Ã©)",
            "cooperations.csv:4:6: warning: read as UTF-8 despite --encoding cp1252: the file is valid UTF-8 and holds non-ASCII characters, which reading it as cp1252 would garble (é would become Ã©)",
            "memberships.csv:4:13: warning: read as UTF-8 despite --encoding cp1252: the file is valid UTF-8 and holds non-ASCII characters, which reading it as cp1252 would garble (é would become Ã©)",
        ]),
    ]

    @Test(arguments: cases) func eachClassGetsItsExactMessages(_ corpusCase: CorpusCase) throws {
        let folder = Self.corpus.appendingPathComponent(corpusCase.folder)
        let result = DatasetLoader.load(folder: folder, options: LoadOptions(encoding: corpusCase.encoding))
        #expect(result.printed == corpusCase.expected)
        #expect((result.dataset != nil) == corpusCase.usable)
        var files: [String: [UInt8]] = [:]
        for name in LoadInvariants.fileNames {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = [UInt8](data) }
        }
        let positions = LoadInvariants.positions(result, files: files) { name in
            corpusCase.encoding == .utf8 || String(validating: files[name] ?? [], as: UTF8.self) != nil
        }
        #expect(positions.isEmpty, "\(positions)")
        let invariants = LoadInvariants.dataset(result)
        #expect(invariants.isEmpty, "\(invariants)")
    }

    @Test func everyCorpusFolderHasItsCaseAndEveryIssueClassItsFolder() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.corpus.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let covered = Set(Self.cases.map(\.folder))
        #expect(Set(folders) == covered)
        for (issueClass, classFolders) in Self.issueClasses {
            for folder in classFolders { #expect(covered.contains(folder), "\(issueClass): \(folder)") }
        }
        for folder in folders {
            #expect(FileManager.default.fileExists(atPath: Self.corpus.appendingPathComponent(folder).appendingPathComponent("README.md").path))
        }
    }

    @Test func windows1252IsConvertedNotGarbled() throws {
        let result = DatasetLoader.load(folder: Self.corpus.appendingPathComponent("windows-1252"), options: LoadOptions(encoding: .windows1252))
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.id) == ["Société", "Œuvre’s"])
        #expect(dataset.actors.map(\.name) == ["Société d’économie — 5 €", "Œuvre « solidaire »"])
        #expect(dataset.cooperations.map(\.id) == ["coop-été"])
        let latin1 = try #require(DatasetLoader.load(folder: Self.corpus.appendingPathComponent("latin-1"), options: LoadOptions(encoding: .windows1252)).dataset)
        #expect(latin1.actors.map(\.id) == ["garçon", "À Côté"])
    }

    @Test func metacharactersEmojiAndRightToLeftTextComeThroughUnchanged() throws {
        let dataset = try #require(DatasetLoader.load(folder: Self.corpus.appendingPathComponent("metacharacters")).dataset)
        #expect(dataset.actors.map(\.id) == ["a\"b", "\\N{x} -> y", "جمعية", "a;b,c"])
        #expect(dataset.actors.map(\.name) == [
            "<script>alert(\"x\")</script> & \"Cie\"", "digraph { a -> b [label=\"\\l\"] } \\\\ ]; //",
            "جمعية التعاون الاجتماعي עמותה", "=HYPERLINK(\"http://x\";\"y\")",
        ])
        #expect(dataset.cooperations.map(\.id) == ["c<1>&amp;", "coop 👩‍👩‍👧"])
        #expect(dataset.cooperations[0].summary == "Deux lignes,\nla seconde ; <i>ici</i> --> ]]>")
        #expect(dataset.cooperations[1].name == "Coopération 👩‍👩‍👧 ⚡ 🇫🇷")
        #expect(dataset.memberships.count == 5)
    }

    @Test func devicesPipesAndFoldersAreRefusedWithoutReadingThem() throws {
        let folder = try ScratchFolder("devices")
        defer { folder.remove() }
        // A link to an endless device, and a pipe nobody writes to: reading either would never end.
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("memberships.csv").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(folder.url.appendingPathComponent("actors.csv").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("territories.csv"), withIntermediateDirectories: false)
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.printed == [
            "actors.csv: error: is not a regular file (a device, pipe or socket): a dataset file must be a CSV file",
            "memberships.csv: error: is not a regular file (a device, pipe or socket): a dataset file must be a CSV file",
            "territories.csv: error: is a folder, not a CSV file",
        ])
    }

    @Test func aLineOfManyCellsIsReadInOnePass() throws {
        // 300,000 cells on one line: counting columns afresh for each cell would take
        // minutes; the reader keeps a cursor along the line.
        let folder = try ScratchFolder("wide")
        defer { folder.remove() }
        let row = "c1,a1,membre," + Array(repeating: "x", count: 300_000).joined(separator: ",")
        try folder.write(["memberships.csv": Array("cooperation,actor,role\n\(row)\n".utf8)])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.errors.map(\.description) == [
            "memberships.csv:2:14: error: 300003 cells where the header has 3: extra cell \"x\" (a delimiter inside a cell must be quoted)",
        ])
        let document = CSVReader.read(Array(row.utf8))
        #expect(document.records.first?.fields.last?.column == 13 + 599_999)
    }

    @Test func missingCellsOfARecordSpanningLinesArePlacedWhereItEnds() throws {
        let folder = try ScratchFolder("multiline")
        defer { folder.remove() }
        try folder.write(["memberships.csv": Array("cooperation,actor,role\n\"deux\nlignes\"\n\"\"\n".utf8)])
        let result = DatasetLoader.load(folder: folder.url)
        // The record ends on line 3, column 8. (The `""` line is a record of one empty
        // cell for the reader; the table skips rows whose cells are all empty.)
        #expect(result.errors.map(\.description) == [
            "memberships.csv:3:8: error: 1 cells where the header has 3 (missing from column \"actor\" on)",
            "memberships.csv:3:8: error: empty actor: every membership needs an id",
        ])
        #expect(CSVReader.read(Array("a\n\"\"\n\n".utf8)).records.map { $0.fields.map(\.value) } == [["a"], [""]])
    }

    @Test func messagesQuoteLongValuesCut() throws {
        let folder = try ScratchFolder("long-values")
        defer { folder.remove() }
        let long = String(repeating: "assocation", count: 5_000)
        try folder.write([
            "memberships.csv": Array("cooperation,actor,role\nc1,a1,\(long)\n".utf8),
            "actors.csv": Array("id,kind,\(long)\na1,\(long),\n".utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.errors.count == 2)
        #expect(result.warnings.count == 2)  // the unknown column, and cooperations.csv absent
        for diagnostic in result.diagnostics { #expect(diagnostic.description.count < 400, "\(diagnostic.description.prefix(200))") }
    }
}
