import Foundation
import Testing
@testable import MaillageDataset

/// Issue 19, loader cases: files outside the folder (2), noncharacters (7), long names
/// (8), repeated diagnostics (10), `|` in ids (12).
@Suite struct TextLimitsTests {
    static func dataset(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static let memberships = "cooperation,actor,role\nc1,a1,membre\nc1,a2,membre\n"

    @Test func item2_filesLinkedFromOutsideTheFolderAreNotRead() throws {
        let outside = try Self.dataset(["secret.txt": "-----BEGIN PRIVATE KEY----- fake\n", "actors.csv": "id,name\na1,Un\na2,Deux\n"])
        let folder = try Self.dataset(["memberships.csv": Self.memberships])
        defer { try? FileManager.default.removeItem(at: outside); try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("README.md"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        let result = DatasetLoader.load(folder: folder)
        let dataset = try #require(result.dataset)
        #expect(!dataset.provenance.contains("PRIVATE KEY"))
        #expect(result.warnings.contains { $0.file == "README.md" && $0.message.contains("outside the dataset folder") }, "\(result.diagnostics)")
        // A CSV file linked from outside is an error.
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("actors.csv"), withDestinationURL: outside.appendingPathComponent("actors.csv"))
        let refused = DatasetLoader.load(folder: folder)
        #expect(refused.dataset == nil)
        #expect(refused.errors.contains { $0.file == "actors.csv" && $0.message.contains("outside the dataset folder") }, "\(refused.diagnostics)")
        // A link inside the folder is fine.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("actors.csv"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("README.md"))
        try Data("# Source\n".utf8).write(to: folder.appendingPathComponent("notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("README.md").path, withDestinationPath: "notes.md")
        #expect(DatasetLoader.load(folder: folder).dataset?.provenance == "# Source\n")
    }

    @Test(arguments: [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF] as [UInt32])
    func item7_noncharactersAreRefusedWithTheirPlace(_ value: UInt32) throws {
        let noncharacter = String(try #require(Unicode.Scalar(value)))
        let folder = try Self.dataset(["memberships.csv": Self.memberships, "actors.csv": "id,name\na1,Bon\na2,Mau\(noncharacter)vais\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DatasetLoader.load(folder: folder)
        #expect(result.dataset == nil)
        let error = try #require(result.errors.first { $0.message.hasPrefix("noncharacter U+") })
        #expect(error.file == "actors.csv" && error.line == 3 && error.column == 7, "\(error)")
    }

    @Test func item8_namesOverTheLimitAreRefused() throws {
        let long = String(repeating: "é", count: TextLimits.longestName + 1)
        let folder = try Self.dataset(["memberships.csv": Self.memberships, "actors.csv": "id,name\na1,\(long)\na2,Court\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DatasetLoader.load(folder: folder)
        #expect(result.dataset == nil)
        #expect(result.errors.contains { $0.file == "actors.csv" && $0.line == 2 && $0.message.hasPrefix("actor name of 1001 characters: names and ids are limited to 1000 characters") },
                "\(result.diagnostics)")
        let fits = try Self.dataset(["memberships.csv": Self.memberships, "actors.csv": "id,name\na1,\(long.dropLast())\na2,Court\n"])
        defer { try? FileManager.default.removeItem(at: fits) }
        #expect(DatasetLoader.load(folder: fits).dataset != nil)
    }

    @Test func item10_repeatedDiagnosticsAreCappedWithACount() throws {
        // A header of 5,000 unknown columns and 300 unknown actors.
        let header = "cooperation,actor,role," + (0..<5000).map { "x\($0)" }.joined(separator: ",")
        var memberships = header + "\n"
        for i in 0..<300 { memberships += "c1,a\(i),membre" + String(repeating: ",", count: 5000) + "\n" }
        let folder = try Self.dataset(["memberships.csv": memberships, "actors.csv": "id,name\nz,Z\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DatasetLoader.load(folder: folder)
        #expect(result.diagnostics.count < 100, "\(result.diagnostics.count) diagnostics")
        #expect(result.diagnostics.contains { $0.message.hasPrefix("… and ") && $0.message.contains("more like the above") })
        #expect(TextLimits.wording(of: "actor \"a1\" is not in actors.csv (line 3)") == TextLimits.wording(of: "actor \"b22\" is not in actors.csv (line 40)"))
    }

    /// The line that counts repeated diagnostics recalls their message with its own
    /// figures (« une année (2019) », not « une année () »), and the totals count every
    /// problem, those left out of the list too.
    @Test func item10_theCountedRestKeepsTheMessagesFiguresAndTheTotalsCountIt() throws {
        var memberships = "cooperation,actor,role,since\n"
        for i in 0..<30 { memberships += "c1,a\(i),membre,après \(2000 + i)\n" }
        let folder = try Self.dataset(["memberships.csv": memberships])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DatasetLoader.load(folder: folder)
        let rest = try #require(result.errors.first { $0.message.hasPrefix("… and ") })
        #expect(rest.message(in: .fr).contains("(since doit être une date — une année (2019), un mois…)"), "\(rest.message(in: .fr))")
        #expect(rest.message.contains("a year (2019), a month (2019-03) or…);"), "\(rest.message)")
        #expect(rest.message.hasPrefix("… and 10 more like the above (since must be a date"), "\(rest.message)")
        #expect(result.errors.count == 21)
        #expect(result.errorCount == 30 && result.warningCount == result.warnings.count)
    }

    @Test func item12_pipesInIdsAreRefused() throws {
        let folder = try Self.dataset(["memberships.csv": "cooperation,actor,role\nc|1,a1,membre\nc2,a|2,membre\n", "actors.csv": "id,name\na1,Un\na|2,Deux\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DatasetLoader.load(folder: folder)
        #expect(result.dataset == nil)
        #expect(result.errors.contains { $0.file == "actors.csv" && $0.line == 3 && $0.message.contains("actor id \"a|2\" holds \"|\"") }, "\(result.diagnostics)")
        #expect(result.errors.contains { $0.file == "memberships.csv" && $0.line == 2 && $0.message.contains("cooperation id \"c|1\" holds \"|\"") })
    }
}
