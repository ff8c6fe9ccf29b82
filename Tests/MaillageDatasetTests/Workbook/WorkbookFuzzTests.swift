import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
import ZIPFoundation
@testable import MaillageDataset

/// Seeded fuzzing of the workbook reader and of loading workbooks, like
/// ``LoaderFuzzTests`` for CSV. Inputs: the booklet's .xlsx and .ods (written by
/// openpyxl and odfpy) with their archive bytes mutated, or one of their XML parts
/// mutated the way XML breaks (tags cut or inserted, entities, DTDs, deep nesting,
/// huge repeat counts, bad cell references) and zipped again; and random valid
/// datasets written as workbooks. Properties:
/// - nothing traps; a workbook is read whole or refused with a ``WorkbookError``;
/// - every diagnostic names the workbook, and one located in a sheet names a sheet
///   of it, with row and column ≥ 1;
/// - a dataset is returned exactly when there is no error, and then holds the
///   invariants of ``Dataset``; loading is deterministic;
/// - a random valid dataset written as a workbook loads to the same content as its
///   CSV folder.
///
/// `MAILLAGE_FUZZ_ITERATIONS` and `MAILLAGE_FUZZ_SEED` work as for the CSV fuzzer.
@Suite struct WorkbookFuzzTests {
    static let seeds: [(name: String, bytes: [UInt8])] = ["pas-de-calais-2015.xlsx", "pas-de-calais-2015.ods"].compactMap { name in
        FileManager.default.contents(atPath: fixture("workbooks").appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
    }

    /// The entries of a ZIP archive, in order.
    static func unzip(_ bytes: [UInt8]) throws -> [(String, [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var out: [(String, [UInt8])] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            out.append((entry.path, [UInt8](data)))
        }
        return out
    }

    static let xmlFragments: [String] = [
        "<", ">", "</c>", "</row>", "<row>", "<c r=\"ZZZZ99999999\">", "<c r=\"A0\" t=\"s\"><v>99999</v></c>", "&amp;", "&lol;",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", String(repeating: "<x>", count: 150), "<v>1e308</v>", "t=\"b\"", "s=\"999\"",
        "table:number-columns-repeated=\"16384\"", "table:number-rows-repeated=\"1048576\"", "office:value-type=\"date\"",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<text:p>\u{7}</text:p>", "\u{202E}", "état=\"é\"", "]]>",
    ]

    /// Cell values that reach the loader's checks when put in place of a text.
    static let values: [String] = [
        "", " ", "présidente", "Association", "SCIC", "structure d'appui", "asociation", "vingt", "-3", "12.5", "jean.dupont@example.org",
        "03 21 12 34 56", "a|b||c", "\u{202E}x", "\u{7}", String(repeating: "n", count: 300), "addse", "coop", "nowhere", "region",
        "0", "99999", "1", "true", "&amp;&lt;b&gt;", "Commune", "Structure", "Rôle", "id", "name",
    ]

    /// Replaces the text between two tags with a cell value (escaped): the XML stays
    /// well formed and the change reaches the checks of the cells.
    static func mutateText(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
        var spans: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x3E {  // '>'
                var j = i + 1
                while j < bytes.count, bytes[j] != 0x3C { j += 1 }
                if j > i + 1, j < bytes.count { spans.append((i + 1)..<j) }
                i = j
            } else {
                i += 1
            }
        }
        guard !spans.isEmpty else { return }
        let value = random.pick(values)
        bytes.replaceSubrange(random.pick(spans), with: Array(TestWorkbook.escape(value).utf8))
    }

    static func mutateXML(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
        if random.chance(0.7) {
            mutateText(&bytes, using: &random)
        } else if random.chance(0.5) {
            bytes.insert(contentsOf: Array(random.pick(xmlFragments).utf8), at: random.below(bytes.count + 1))
        } else {
            CSVMutator.mutate(&bytes, using: &random)
        }
    }

    @Test func readerOnMutatedArchives() {
        let iterations = FuzzSettings.iterations(default: 300)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x584C_5358))
        var refused = 0
        for _ in 0..<iterations {
            let seed = random.pick(Self.seeds)
            var bytes = seed.bytes
            for _ in 0..<(1 + random.below(4)) { CSVMutator.mutate(&bytes, using: &random) }
            let format: WorkbookFormat = seed.name.hasSuffix("xlsx") ? .xlsx : .ods
            do {
                _ = try Workbook.read(bytes, format: format)
            } catch {
                refused += 1
                #expect(!error.message.isEmpty)
            }
        }
        #expect(refused > 0)
    }

    @Test func loaderOnMutatedParts() throws {
        let iterations = FuzzSettings.iterations(default: 150)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x4F44_5358))
        let folder = try ScratchFolder("workbook-fuzz")
        defer { folder.remove() }
        let parts = try Self.seeds.map { ($0.name, try Self.unzip($0.bytes)) }
        var refused = 0, usable = 0, failures = 0
        var kinds: Set<String> = []
        for iteration in 0..<iterations where failures < 5 {
            let (name, entries) = random.pick(parts)
            var mutated = entries
            let xml = mutated.indices.filter { mutated[$0].0.hasSuffix(".xml") || mutated[$0].0.hasSuffix(".rels") }
            for _ in 0..<(1 + random.below(3)) {
                let i = random.pick(xml)
                Self.mutateXML(&mutated[i].1, using: &random)
            }
            let bytes = try TestWorkbook.zip(mutated)
            try folder.write([name: bytes])
            let url = folder.url.appendingPathComponent(name)
            let result = DatasetLoader.load(folder: url)
            var violations = LoadInvariants.dataset(result)
            for d in result.diagnostics {
                if d.file != name { violations.append("names another file: \(d)") }
                if let sheet = d.sheet {
                    if sheet.isEmpty { violations.append("empty sheet name: \(d)") }
                    if d.line < 0 || d.column < 0 || (d.column > 0 && d.line == 0) { violations.append("bad cell: \(d)") }
                } else if d.line != 0 || d.column != 0 {
                    violations.append("a line in a workbook: \(d)")
                }
                kinds.insert(d.message.split(separator: " ").prefix(2).joined(separator: " "))
            }
            if iteration % 10 == 0 {
                let again = DatasetLoader.load(folder: url)
                if again.diagnostics != result.diagnostics || again.fingerprint != result.fingerprint { violations.append("not deterministic") }
            }
            if result.dataset == nil { refused += 1 } else { usable += 1 }
            if !violations.isEmpty {
                failures += 1
                let path = LoaderFuzzTests.save([name: bytes], label: "workbook-\(iteration)")
                Issue.record("iteration \(iteration): \(violations.prefix(3)) — saved in \(path)")
            }
        }
        #expect(refused > iterations / 10 && usable > iterations / 20, "refused \(refused), usable \(usable)")
        #expect(kinds.count >= 8, "\(kinds.sorted())")
    }

    @Test func randomValidDatasetsRoundTripThroughWorkbooks() throws {
        let iterations = FuzzSettings.iterations(default: 60)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x5752_4250))
        let folder = try ScratchFolder("workbook-roundtrip")
        defer { folder.remove() }
        var failures = 0
        for iteration in 0..<iterations where failures < 5 {
            let dataset = RandomDataset.make(using: &random)
            let files = RandomDataset.files(of: dataset, using: &random)
            try folder.write(files)
            let fromCSV = DatasetLoader.load(folder: folder.url)
            var tables: [(name: String, rows: [[String]])] = []
            for name in ["memberships", "actors", "cooperations", "territories"] {
                guard let bytes = files[name + ".csv"] else { continue }
                tables.append((name, CSVReader.read(bytes).records.map { $0.fields.map(\.value) }))
            }
            let ods = random.chance(0.5)
            let workbook: [UInt8]
            if ods {
                workbook = try TestWorkbook.ods(tables.map { ($0.name, $0.rows, nil) })
            } else {
                workbook = try TestWorkbook.xlsx(tables.map { table in
                    TestWorkbook.Sheet(name: table.name, data: table.rows.enumerated().map { TestWorkbook.row($0 + 1, $1) }.joined())
                })
            }
            let name = ods ? "jeu.ods" : "jeu.xlsx"
            try folder.write([name: workbook])
            let fromWorkbook = DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
            let same = fromWorkbook.dataset?.contentFingerprint == fromCSV.dataset?.contentFingerprint && fromCSV.dataset != nil
            if !same || fromWorkbook.hasErrors {
                failures += 1
                Issue.record("iteration \(iteration) (\(name)): errors \(fromWorkbook.errors.map(\.description).prefix(3)), same content: \(same)")
            }
            try? FileManager.default.removeItem(at: folder.url.appendingPathComponent(name))
        }
    }
}
