import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end reliability: the real `maillage` executable on every folder of the
/// malformed corpus (`Tests/Fixtures/malformed-corpus`), on
/// hostile names, with `--redact`, and with output paths that cannot be written.
///
/// Every run must end by an exit status of 0, 1 or 64 (usage) — never a signal, never a Swift
/// runtime trap or stack trace — with its problems printed as
/// `folder/file[:line:column]: error|warning: message`, and must leave no output
/// file (nor temporary file) behind when it fails, and the dataset untouched.
@Suite struct ReliabilityCommandTests {
    static let corpus = repositoryRoot.appendingPathComponent("Tests/Fixtures/malformed-corpus")

    /// Folders whose problems concern whole files, with no line to point at.
    static let wholeFileProblems: Set<String> = ["missing-memberships", "memberships-is-a-folder", "utf-16"]

    static var corpusFolders: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// A fresh folder for outputs.
    static func outputFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The run ended normally: exit 0, 1, or 64 (a usage error found by argument
    /// validation), no trap, no stack trace.
    static func expectCleanEnd(_ result: ProcessResult, _ what: String) {
        #expect([0, 1, 64].contains(result.status), "\(what): status \(result.status)")
        for marker in ["Fatal error", "Stack dump", "Current stack trace", "Illegal instruction", "Segmentation fault", "Trace/breakpoint", "💣"] {
            #expect(!result.stderr.contains(marker), "\(what): \(result.stderr.prefix(600))")
        }
    }

    /// Lines of `text` that are diagnostics of the dataset in `folder`.
    static func diagnosticLines(_ text: String, folder: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasPrefix(folder + "/") && ($0.contains(": error: ") || $0.contains(": warning: ")) }
    }

    /// A SHA-256-free fingerprint of a folder: every file's path and bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            while let name = walker.nextObject() as? String {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = data }
            }
        }
        return files
    }

    @Test(arguments: corpusFolders) func validateReportsEveryClassWithItsPlaceAndExitStatus(_ folder: String) throws {
        let result = try runMaillageInEnglish(["validate", folder], in: Self.corpus)
        Self.expectCleanEnd(result, "validate \(folder)")
        let lines = Self.diagnosticLines(result.stdout, folder: folder)
        #expect(!lines.isEmpty || folder == "metacharacters", "\(result.stdout)")
        let errors = lines.filter { $0.contains(": error: ") }
        #expect(result.status == (errors.isEmpty ? 0 : 1))
        let warnings = lines.count - errors.count
        #expect(result.stdout.hasSuffix("\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"),
                "\(result.stdout)")
        // Every problem names its file; cell-level ones their line and column.
        let located = try Regex(#"^[^:]+/[a-z]+\.(csv|md):[0-9]+:[0-9]+: (error|warning): "#)
        if !Self.wholeFileProblems.contains(folder), folder != "metacharacters" {
            #expect(lines.contains { $0.firstMatch(of: located) != nil }, "\(lines)")
        }
        for line in errors where !Self.wholeFileProblems.contains(folder) {
            #expect(line.firstMatch(of: located) != nil, "\(line)")
        }
    }

    @Test(arguments: corpusFolders) func analysisCommandsRefuseOrRunWithoutCrashing(_ folder: String) throws {
        let validate = try runMaillageInEnglish(["validate", folder], in: Self.corpus)
        let usable = validate.status == 0
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let before = Self.snapshot(Self.corpus.appendingPathComponent(folder))
        let runs: [[String]] = [
            ["summary", folder, "--format", "json", "-o", out.appendingPathComponent("summary.json").path],
            ["centrality", folder, "--format", "csv", "-o", out.appendingPathComponent("centrality.csv").path],
            ["export", folder, "-o", out.appendingPathComponent("network.graphml").path],
            ["render", folder, "-o", out.appendingPathComponent("map.svg").path],
        ]
        for arguments in runs {
            let result = try runMaillageInEnglish(arguments, in: Self.corpus)
            Self.expectCleanEnd(result, arguments.joined(separator: " "))
            #expect(result.status == (usable ? 0 : 1), "\(arguments.joined(separator: " ")): \(result.stderr.prefix(400))")
            if !usable {
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.contains("the dataset has"), "\(result.stderr.prefix(400))")
                if !Self.wholeFileProblems.contains(folder) {
                    #expect(!Self.diagnosticLines(result.stderr, folder: folder).isEmpty, "\(result.stderr.prefix(400))")
                }
            }
        }
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        if usable {
            #expect(Set(written) == ["summary.json", "centrality.csv", "network.graphml", "map.svg"])
            for name in ["network.graphml", "map.svg"] {
                let data = try Data(contentsOf: out.appendingPathComponent(name))
                #expect(WellFormedXML(data: data).isWellFormed, "\(folder)/\(name)")
            }
            let summary = try Data(contentsOf: out.appendingPathComponent("summary.json"))
            #expect((try? JSONSerialization.jsonObject(with: summary)) != nil)
        } else {
            #expect(written.isEmpty, "a failed run left \(written)")
        }
        #expect(Self.snapshot(Self.corpus.appendingPathComponent(folder)) == before, "the dataset was modified")
    }

    @Test func windows1252IsRefusedWithTheWayOutThenReadOnRequest() throws {
        let detected = try runMaillageInEnglish(["centrality", "windows-1252", "--format", "json"], in: Self.corpus)
        #expect(detected.status == 0, "\(detected.stderr)")
        #expect(detected.stderr.contains("windows-1252/actors.csv:2:5: warning: read as Windows-1252"))
        let refused = try runMaillageInEnglish(["centrality", "windows-1252", "--encoding", "utf-8", "--format", "json"], in: Self.corpus)
        Self.expectCleanEnd(refused, "cp1252 refused")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("windows-1252/actors.csv:2:5: error: not valid UTF-8 (byte 0xE9)"))
        #expect(refused.stderr.contains("--encoding cp1252"))
        let read = try runMaillageInEnglish(["centrality", "windows-1252", "--encoding", "cp1252", "--format", "json"], in: Self.corpus)
        #expect(read.status == 0, "\(read.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
        let names = Set(((json["actors"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names == ["Société d’économie — 5 €", "Œuvre « solidaire »"])
    }

    @Test func hostileNamesAreEscapedInEveryFormat() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // JSON: names come back exactly.
        let json = try runMaillage(["centrality", "metacharacters", "--format", "json"], in: Self.corpus)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let names = Set(((object["actors"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names.contains("<script>alert(\"x\")</script> & \"Cie\""))
        #expect(names.contains("جمعية التعاون الاجتماعي עמותה"))
        #expect(!json.stdout.contains("<script>"), "JSON escapes < and > for embedding in HTML")
        // CSV: formulas are neutralised, delimiters quoted.
        let csv = try runMaillage(["centrality", "metacharacters", "--format", "csv", "--measure", "degree"], in: Self.corpus)
        #expect(csv.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""), "\(csv.stdout)")
        #expect(csv.stdout.contains("\"a;b,c\""))
        // SVG and GraphML: well-formed XML with no element smuggled in by a name.
        for name in ["map.svg", "network.graphml", "network.gexf"] {
            let path = out.appendingPathComponent(name).path
            let command = name.hasSuffix(".svg") ? "render" : "export"
            let result = try runMaillage([command, "metacharacters", "-o", path], in: Self.corpus)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let xml = WellFormedXML(data: try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(xml.isWellFormed, "\(name)")
            #expect(!xml.elements.contains("script") && !xml.elements.contains("b") && !xml.elements.contains("i"), "\(name): \(xml.elements)")
            #expect(xml.text.contains("alert(\"x\")") || xml.attributeValues.contains { $0.contains("alert(\"x\")") }, "\(name)")
        }
        // HTML report: the names are there, escaped; none is markup.
        let report = out.appendingPathComponent("report.html")
        let result = try runMaillage(["report", "metacharacters", "-o", report.path], in: Self.corpus)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(!html.contains("<script>alert(") && !html.contains("<b>Coop</b>") && !html.contains("<i>ici</i>"))
        #expect(html.contains("&lt;script&gt;alert(") || html.contains("\\u003cscript\\u003ealert("))
    }

    @Test func redactRemovesWebsitesEmailsAndPhonesFromOutputs() throws {
        let contacts = ["https://alpha.example.org", "alpha.example.org", "jeanne.durand@example.net", "06 12 34 56 78", "@example"]
        // Without --redact the contact details are there (ids, names, the export's website attribute)…
        let plainExport = try runMaillage(["export", "personal-data", "--format", "json"], in: Self.corpus)
        #expect(plainExport.status == 0, "\(plainExport.stderr)")
        #expect(plainExport.stdout.contains("https://alpha.example.org"))
        let plainCentrality = try runMaillage(["centrality", "personal-data", "--format", "json"], in: Self.corpus)
        #expect(plainCentrality.stdout.contains("jeanne.durand@example.net"))
        #expect(plainCentrality.stdout.contains("06 12 34 56 78"))
        // …with --redact no output holds any of them.
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let runs: [[String]] = [
            ["summary", "personal-data", "--format", "json", "--redact"],
            ["centrality", "personal-data", "--format", "json", "--redact"],
            ["centrality", "personal-data", "--format", "csv", "--redact"],
            ["export", "personal-data", "--format", "json", "--redact"],
            ["export", "personal-data", "--format", "graphml", "--redact"],
            ["render", "personal-data", "--redact", "-o", out.appendingPathComponent("map.svg").path],
            ["render", "personal-data", "--redact", "-o", out.appendingPathComponent("map.dot").path],
            ["report", "personal-data", "--redact", "-o", out.appendingPathComponent("report.html").path],
        ]
        for arguments in runs {
            let result = try runMaillage(arguments, in: Self.corpus)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            var output = result.stdout
            if let path = arguments.last, path.hasPrefix("/") { output = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
            #expect(!output.isEmpty, "\(arguments)")
            for contact in contacts { #expect(!output.contains(contact), "\(arguments) leaks \(contact)") }
        }
        let redacted = try runMaillage(["centrality", "personal-data", "--format", "json", "--redact"], in: Self.corpus)
        #expect(redacted.stdout.contains("\"redacted-1\""))
        #expect(redacted.stdout.contains("Jeanne Durand ([redacted])"))
    }

    @Test func personalDataIsWarnedAboutWithItsPlace() throws {
        let result = try runMaillageInEnglish(["validate", "personal-data"], in: Self.corpus)
        #expect(result.status == 0)
        #expect(result.stdout.contains("personal-data/actors.csv:1:17: warning: column \"email\" looks like personal data"))
        #expect(result.stdout.contains("personal-data/actors.csv:4:27: warning: looks like personal data: a phone number in column \"name\""))
        #expect(result.stdout.contains("personal-data/cooperations.csv:2:9: warning: looks like personal data: an e-mail address in column \"summary\""))
        #expect(!result.stdout.contains("jeanne.durand@example.net\"; datasets"), "the warning never repeats the address")
    }

    @Test func datasetPathsThatAreNotFoldersAreNamed() throws {
        // A .txt file is a memberships file now (Excel's « Texte » exports); a README is no dataset.
        let text = try runMaillageInEnglish(["summary", "not-a-folder.txt"], in: Self.corpus)
        #expect(text.status == 0, "\(text.stderr)")
        let file = try runMaillageInEnglish(["summary", "header-only/README.md"], in: Self.corpus)
        Self.expectCleanEnd(file, "file as dataset")
        #expect(file.status == 1)
        #expect(file.stderr.contains("README.md: error: not a folder, and a .md file is not read: a dataset is a folder of CSV files"), "\(file.stderr)")
        let missing = try runMaillageInEnglish(["centrality", "no-such-folder"], in: Self.corpus)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-folder: error: no such dataset folder"))
    }

    @Test func unwritableOutputsGetAClearMessageAndLeaveNothing() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let dataset = repositoryRoot.appendingPathComponent("Tests/Fixtures/two-mode-comma").path
        let existingFolder = out.appendingPathComponent("already-a-folder")
        try FileManager.default.createDirectory(at: existingFolder, withIntermediateDirectories: false)
        let aFile = out.appendingPathComponent("a-file.txt")
        try Data("x".utf8).write(to: aFile)
        // A folder nobody may write in: a read-only one, or for root (whom permissions
        // do not stop) the kernel's /sys.
        let readOnly = out.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly.path) }
        let unwritable = getuid() == 0 ? URL(fileURLWithPath: "/sys") : readOnly
        let cases: [(path: String, message: String)] = [
            (existingFolder.path, "cannot write \(existingFolder.path): it is a folder; give a file name"),
            (aFile.appendingPathComponent("summary.json").path, "cannot write \(aFile.appendingPathComponent("summary.json").path): \(aFile.path) is a file, not a folder"),
            (out.appendingPathComponent("missing/summary.json").path, "the folder \(out.appendingPathComponent("missing").path) does not exist"),
            (unwritable.appendingPathComponent("summary.json").path,
             "cannot write \(unwritable.appendingPathComponent("summary.json").path): Permission denied (the folder is not writable: choose another -o path)"),
        ]
        let commands = ["summary", "centrality", "clusters", "hubs", "territories", "brokers", "export"].map { [$0, dataset, "--format", "json"] }
        for (path, message) in cases {
            for command in commands {
                let result = try runMaillageInEnglish(command + ["-o", path])
                Self.expectCleanEnd(result, "\(command[0]) -o \(path)")
                #expect(result.status == 1)
                #expect(result.stderr.contains(message), "\(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count <= 2, "one clear message: \(result.stderr)")
            }
            let render = try runMaillageInEnglish(["render", dataset, "-o", path.hasSuffix(".json") ? path.replacingOccurrences(of: ".json", with: ".svg") : path])
            Self.expectCleanEnd(render, "render -o \(path)")
            #expect(render.status != 0)
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == ["already-a-folder", "a-file.txt", "read-only"], "no temporary file left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existingFolder.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly.path).isEmpty)
    }

    @Test func aFailedRunKeepsThePreviousOutputWhole() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let previous = Data("previous output\n".utf8)
        let names = ["summary.json", "map.svg", "network.graphml", "centrality.csv", "clusters.json", "hubs.json", "territories.json", "brokers.json", "report.html"]
        for name in names { try previous.write(to: out.appendingPathComponent(name)) }
        func path(_ name: String) -> String { out.appendingPathComponent(name).path }
        let runs: [[String]] = [
            ["summary", "ragged-rows", "--format", "json", "-o", path("summary.json")],
            ["centrality", "nul-byte", "--format", "csv", "-o", path("centrality.csv")],
            ["clusters", "unclosed-quote", "--format", "json", "-o", path("clusters.json")],
            ["hubs", "duplicate-ids", "--format", "json", "-o", path("hubs.json")],
            ["territories", "windows-1252", "--encoding", "utf-8", "--format", "json", "-o", path("territories.json")],
            ["brokers", "control-characters", "--format", "json", "-o", path("brokers.json")],
            ["render", "huge-field", "-o", path("map.svg")],
            ["export", "territory-parent-cycle", "-o", path("network.graphml")],
            ["report", "mixed-delimiters", "-o", path("report.html")],
            // Failures after loading: an actor or a territory that does not exist.
            ["render", "metacharacters", "--ego", "nobody", "-o", path("map.svg")],
            ["summary", "metacharacters", "--territory", "nowhere", "--format", "json", "-o", path("summary.json")],
        ]
        for arguments in runs {
            let result = try runMaillage(arguments, in: Self.corpus)
            Self.expectCleanEnd(result, arguments.joined(separator: " "))
            #expect(result.status == 1, "\(arguments.joined(separator: " ")): \(result.stderr.prefix(300))")
        }
        for name in names {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == previous, "\(name) was touched")
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == Set(names), "no temporary file left")
        // A successful run replaces it whole.
        let ok = try runMaillage(["summary", "metacharacters", "--format", "json", "-o", out.appendingPathComponent("summary.json").path], in: Self.corpus)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json")))) != nil)
    }

    @Test func theInputDatasetIsNeverOverwritten() throws {
        let out = try Self.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let source = repositoryRoot.appendingPathComponent("Tests/Fixtures/two-mode-comma")
        let dataset = out.appendingPathComponent("dataset")
        try FileManager.default.copyItem(at: source, to: dataset)
        let before = Self.snapshot(dataset)
        for name in ["memberships.csv", "actors.csv", "README.md"] {
            let target = dataset.appendingPathComponent(name).path
            for command in [["centrality", dataset.path, "--format", "csv"], ["export", dataset.path, "--format", "csv"]] {
                let result = try runMaillageInEnglish(command + ["-o", target])
                #expect(result.status == 1)
                #expect(result.stderr.contains("refusing to write \(target): it is a file of the dataset folder"), "\(result.stderr)")
            }
        }
        #expect(Self.snapshot(dataset) == before)
    }

    @Test func everyOutputFileGoesThroughAtomicFile() throws {
        // The commands write files only through AtomicFile (or DatasetWriter for
        // `synth`, which writes each file atomically too): no other file-writing call.
        let commands = repositoryRoot.appendingPathComponent("Sources/maillage")
        let forbidden = [".write(to:", ".write(toFile:", "createFile(atPath", "FileHandle(forWriting", "fopen(", "moveItem(", "copyItem(", "replaceItemAt("]
        var offenders: [String] = []
        let walker = try #require(FileManager.default.enumerator(atPath: commands.path))
        for case let name as String in walker where name.hasSuffix(".swift") {
            if name.hasSuffix("AtomicFile.swift") { continue }
            let text = try String(contentsOf: commands.appendingPathComponent(name), encoding: .utf8)
            for pattern in forbidden where text.contains(pattern) { offenders.append("\(name): \(pattern)") }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}

/// Whether data parses as XML, with the element names, text and attribute values it holds.
final class WellFormedXML: NSObject, XMLParserDelegate {
    private(set) var isWellFormed = false
    private(set) var elements: Set<String> = []
    private(set) var text = ""
    private(set) var attributeValues: [String] = []

    init(data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.insert(elementName)
        attributeValues += attributes.values
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
