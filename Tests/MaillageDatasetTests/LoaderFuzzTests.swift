import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Seeded fuzzing and property tests of the CSV reader and the dataset loader.
///
/// Inputs are valid dataset files mutated the way hand-edited spreadsheets break
/// (flipped bits; inserted quotes, delimiters, NUL, CR, BOMs, invalid UTF-8 and
/// Windows-1252 bytes, control and bidi characters, e-mails and phone numbers;
/// truncations, duplicated stretches, 70 KB runs, swapped delimiters), random bytes,
/// and random valid documents and datasets. Properties:
/// - nothing traps;
/// - every diagnostic names a dataset file (or the folder), and a located one points
///   inside that file: 1 ≤ line ≤ its line count, 1 ≤ column ≤ that line's length + 1;
/// - a dataset is returned exactly when there is no error, and then holds the
///   invariants of ``Dataset`` (unique ids, known references, no parent cycle);
/// - loading is deterministic;
/// - random valid datasets written with random delimiters, line ends, BOMs, quoting
///   and column order load back equal, with no error;
/// - the reader gives back the cells an RFC 4180 writer wrote (line breaks inside
///   cells read as `\n`).
///
/// The default run takes a few seconds. A longer run:
/// `MAILLAGE_FUZZ_ITERATIONS=20000 swift test --filter LoaderFuzzTests`
/// (each test then runs that many iterations), and `MAILLAGE_FUZZ_SEED=N` replays a
/// seed. A failing input is saved under the temporary folder and its path printed.
@Suite struct LoaderFuzzTests {
    /// Files of valid datasets, mutated by the fuzzer.
    static let seedDatasets: [[String: [UInt8]]] = {
        let folders = [
            fixture("two-mode-comma"), fixture("two-mode-semicolon-bom-crlf"), fixture("implicit-territories"),
            fixture("malformed-corpus/metacharacters"), fixture("malformed-corpus/personal-data"),
            Repository.bundledDataset,
        ]
        return folders.map { folder in
            var files: [String: [UInt8]] = [:]
            for name in ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv"] {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = [UInt8](data) }
            }
            return files
        }
    }()

    /// Saves a failing input for replay and returns where.
    static func save(_ files: [String: [UInt8]], label: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-fuzz-failure-\(label)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try? Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    @Test func readerOnMutatedAndRandomBytes() {
        let iterations = FuzzSettings.iterations(default: 3000)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x4D41_494C))
        let seeds = Self.seedDatasets.flatMap { $0.values }
        var failures = 0
        for iteration in 0..<iterations where failures < 5 {
            let bytes: [UInt8] = random.chance(0.1)
                ? (0..<random.below(400)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                : CSVMutator.mutated(random.pick(seeds), count: 1 + random.below(8), using: &random)
            let forced: CSVDelimiter? = random.chance(0.2) ? random.pick(CSVDelimiter.allCases) : nil
            let document = CSVReader.read(bytes, delimiter: forced)
            let violations = LoadInvariants.reader(document, bytes: bytes)
            if !violations.isEmpty {
                failures += 1
                let path = Self.save(["input.csv": bytes], label: "reader-\(iteration)")
                Issue.record("iteration \(iteration): \(violations.prefix(3)) — input saved in \(path)")
            }
        }
    }

    @Test func readerGivesBackTheCellsAWriterWrote() {
        let iterations = FuzzSettings.iterations(default: 1500)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x5246_4334))
        var failures = 0
        for iteration in 0..<iterations where failures < 5 {
            let columns = 1 + random.below(5)
            let rows = (0..<(1 + random.below(6))).map { _ in (0..<columns).map { _ in RandomText.rawCell(using: &random) } }
            let writer = RFC4180Writer.random(using: &random)
            let bytes = writer.document(rows)
            let delimiter: CSVDelimiter = writer.delimiter == 0x2C ? .comma : .semicolon
            let document = CSVReader.read(bytes, delimiter: columns == 1 ? delimiter : nil)
            // Quoted line breaks read as "\n"; unquoted cells are trimmed (the writer
            // quotes any cell whose ends are blank).
            let expected = rows.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") } }
            let read = document.records.map { $0.fields.map(\.value) }
            if !document.problems.isEmpty || document.delimiter != delimiter || read != expected {
                failures += 1
                let path = Self.save(["input.csv": bytes], label: "roundtrip-\(iteration)")
                Issue.record("iteration \(iteration): wrote \(expected), read \(read), problems \(document.problems) — saved in \(path)")
            }
            let violations = LoadInvariants.reader(document, bytes: bytes)
            if !violations.isEmpty {
                failures += 1
                Issue.record("iteration \(iteration): \(violations.prefix(3))")
            }
        }
    }

    @Test func loaderOnMutatedDatasets() throws {
        let iterations = FuzzSettings.iterations(default: 400)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x4C4F_4144))
        let folder = try ScratchFolder("fuzz")
        defer { folder.remove() }
        var failures = 0
        var refused = 0, usable = 0
        var messageKinds: Set<String> = []
        for iteration in 0..<iterations where failures < 5 {
            var files = random.pick(Self.seedDatasets)
            let names = files.keys.sorted()
            for _ in 0..<(1 + random.below(2)) {
                let name = random.pick(names)
                guard let bytes = files[name] else { continue }
                switch random.below(20) {
                case 0: files[name] = nil
                case 1: files[name] = (0..<random.below(300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                default: files[name] = CSVMutator.mutated(bytes, count: 1 + random.below(6), using: &random)
                }
            }
            try folder.write(files)
            let encoding: TextEncoding = random.chance(0.2) ? .windows1252 : .utf8
            let result = DatasetLoader.load(folder: folder.url, options: LoadOptions(encoding: encoding))
            var violations = LoadInvariants.positions(result, files: files) { name in
                encoding == .utf8 || String(validating: files[name] ?? [], as: UTF8.self) != nil
            }
            violations += LoadInvariants.dataset(result)
            if result.dataset == nil { refused += 1 } else { usable += 1 }
            for d in result.diagnostics { messageKinds.insert(d.message.split(separator: " ").prefix(2).joined(separator: " ")) }
            if iteration % 10 == 0 {
                let again = DatasetLoader.load(folder: folder.url, options: LoadOptions(encoding: encoding))
                if again.diagnostics != result.diagnostics || again.fingerprint != result.fingerprint { violations.append("not deterministic") }
            }
            if !violations.isEmpty {
                failures += 1
                let path = Self.save(files, label: "loader-\(iteration)")
                Issue.record("iteration \(iteration) (\(encoding.rawValue)): \(violations.prefix(3)) — dataset saved in \(path)")
            }
        }
        // The fuzzer reaches both outcomes and many kinds of problem, not one path.
        #expect(refused > iterations / 4 && usable > iterations / 20, "refused \(refused), usable \(usable)")
        #expect(messageKinds.count >= 15, "\(messageKinds.sorted())")
        print("loader fuzz: \(iterations) datasets, \(refused) refused, \(usable) usable, \(messageKinds.count) kinds of message")
    }

    @Test func randomValidDatasetsRoundTrip() throws {
        let iterations = FuzzSettings.iterations(default: 300)
        var random = FuzzRandom(seed: FuzzSettings.seed(default: 0x5452_4950))
        let folder = try ScratchFolder("roundtrip")
        defer { folder.remove() }
        var failures = 0
        for iteration in 0..<iterations where failures < 5 {
            let dataset = RandomDataset.make(using: &random)
            let files = RandomDataset.files(of: dataset, using: &random)
            try folder.write(files)
            // Names as written: a random name in capitals would otherwise be shown in the usual case (``CapitalNames``).
            let result = DatasetLoader.load(folder: folder.url, options: LoadOptions(keepsCapitals: true))
            let back = result.dataset
            let same = back.map {
                $0.actors == dataset.actors && $0.cooperations == dataset.cooperations
                    && $0.memberships == dataset.memberships && $0.territories == dataset.territories
            } ?? false
            let positions = LoadInvariants.positions(result, files: files) { _ in true }
            if result.hasErrors || !same || !positions.isEmpty {
                failures += 1
                let path = Self.save(files, label: "dataset-\(iteration)")
                Issue.record("iteration \(iteration): errors \(result.errors.map(\.description).prefix(3)), positions \(positions.prefix(3)), equal: \(same) — saved in \(path)")
            }
        }
    }
}
